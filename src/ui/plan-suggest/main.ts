// «Предложить план» preview: how many rows for which subjects, the subjects lacking professions; writes on confirm.

import type { PlanSuggestionData } from "../../gas/plan-suggest";
import { planSuggestMessages } from "../../i18n/plan-suggest";
import { h, mount } from "../shared/dom";
import { call, close } from "../shared/server";

const app = document.getElementById("app")!;

function show(d: PlanSuggestionData): void {
  const m = planSuggestMessages(d.locale).planSuggest;
  document.documentElement.lang = d.locale;
  document.title = m.title;
  const status = h("p", { class: "status", id: "status", role: "status", "aria-live": "polite" });
  const actions = h("div", { class: "actions" });
  const closeButton = () => h("button", { type: "button", id: "close", onclick: close }, m.close);

  const table =
    d.total > 0
      ? h(
          "div",
          { class: "scroll" },
          h(
            "table",
            { id: "by-subject" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, m.columns.subject),
                h("th", { scope: "col" }, m.columns.grades),
                h("th", { scope: "col", class: "num" }, m.columns.rows),
              ),
            ),
            h(
              "tbody",
              {},
              ...d.bySubject.map((s) =>
                h(
                  "tr",
                  {},
                  h("td", {}, s.subject),
                  h("td", {}, s.grades.join(", ")),
                  h("td", { class: "num" }, String(s.rows)),
                ),
              ),
            ),
          ),
        )
      : null;
  const lacking =
    d.noProfessions.length > 0
      ? h(
          "section",
          { class: "lacking", id: "lacking", "aria-labelledby": "lacking-title" },
          h("h2", { id: "lacking-title" }, m.lacking),
          h(
            "ul",
            {},
            ...d.noProfessions.map((n) => h("li", {}, m.lackingLine(n.subject, n.grades, n.linked))),
          ),
          h("p", { class: "muted" }, m.lackingHint),
        )
      : null;

  const bySubject = new Map<string, PlanSuggestionData["detail"]>();
  for (const d0 of d.detail) bySubject.set(d0.subject, [...(bySubject.get(d0.subject) ?? []), d0]);
  const detail =
    d.detail.length > 0
      ? h(
          "details",
          { id: "detail" },
          h("summary", {}, m.detailTitle),
          ...[...bySubject].map(([subject, lines]) =>
            h(
              "div",
              { class: "detail-subject" },
              h("strong", {}, subject),
              h("ul", {}, ...lines.map((l) => h("li", {}, m.detailLine(l.grade, l.quarter, l.professions)))),
            ),
          ),
        )
      : null;
  const forced =
    d.forcedRepeats.length > 0
      ? h(
          "section",
          { class: "lacking", id: "forced", "aria-labelledby": "forced-title" },
          h("h2", { id: "forced-title" }, m.forcedTitle),
          h(
            "ul",
            {},
            ...d.forcedRepeats.map((f) =>
              h("li", {}, m.forcedLine(f.subject, f.grade, f.professions, f.lacking, f.fitting)),
            ),
          ),
          h(
            "div",
            { class: "open-subjects" },
            ...[...new Set(d.forcedRepeats.map((f) => f.subject))].map((subject) =>
              h(
                "button",
                {
                  type: "button",
                  class: "link",
                  onclick: () => {
                    call("showThesaurusForSubject", subject)
                      .then(close)
                      .catch((e: Error) => {
                        status.className = "status error";
                        status.textContent = e.message;
                      });
                  },
                },
                m.forcedOpen(subject),
              ),
            ),
          ),
        )
      : null;
  const ended =
    d.endedQuarters.length > 0 ? h("p", { class: "muted", id: "ended" }, m.ended(d.endedQuarters)) : null;

  const apply = h(
    "button",
    {
      type: "button",
      class: "primary",
      id: "apply",
      onclick: () => {
        apply.disabled = true;
        cancel.disabled = true;
        status.className = "status";
        status.textContent = m.applying;
        call("applyPlanSuggestion", d.token)
          .then((r) => {
            status.textContent = r.message;
            const done = closeButton();
            mount(actions, done);
            done.focus();
          })
          .catch((e: Error) => {
            status.className = "status error";
            status.textContent = e.message;
            const done = closeButton();
            mount(actions, done);
            done.focus();
          });
      },
    },
    m.apply(d.total),
  );
  const cancel = h("button", { type: "button", id: "cancel", onclick: close }, m.cancel);
  if (d.total > 0) mount(actions, apply, cancel);
  else mount(actions, closeButton());

  mount(
    app,
    h("p", {}, m.intro(d.required)),
    table,
    h("p", { id: "total" }, d.total > 0 ? m.total(d.total) : m.nothing),
    detail,
    ended,
    forced,
    lacking,
    status,
    actions,
  );
  (actions.querySelector("button") as HTMLButtonElement).focus();
}

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") close();
});

call("getPlanSuggestion")
  .then(show)
  .catch((e: Error) => mount(app, h("p", { class: "error", role: "alert" }, e.message)));
