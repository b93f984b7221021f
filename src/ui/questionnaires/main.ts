// «Анкеты» sidebar: the questionnaires in one call; create a form, add a ready questionnaire, recompute the results.

import type { QuestionnairesData } from "../../gas/questionnaires";
import { questionnaireMessages } from "../../i18n/questionnaires";
import * as reliability from "../../i18n/reliability";
import { h, mount } from "../shared/dom";
import { call } from "../shared/server";

const app = document.getElementById("app")!;
const status = h("p", { class: "status", id: "status", role: "status", "aria-live": "polite" });

function setStatus(text: string, kind: "" | "error" = ""): void {
  status.className = `status ${kind}`.trim();
  status.textContent = text;
}

function render(data: QuestionnairesData): void {
  const m = questionnaireMessages(data.locale);
  const s = m.sidebar;
  const busy = (button: HTMLButtonElement, text: string, run: () => Promise<string>) => {
    button.disabled = true;
    setStatus(text);
    run()
      .then((done) =>
        call("getQuestionnaires").then((fresh) => {
          render(fresh);
          setStatus(done);
        }),
      )
      .catch((e: Error) => {
        button.disabled = false;
        setStatus(e.message, "error");
      });
  };
  const items = data.questionnaires.map((q) => {
    const create = h("button", { type: "button", class: "primary", "data-id": q.id }, s.createForm);
    create.onclick = () =>
      busy(create, s.creating, () => call("createQuestionnaireForm", q.id).then(() => s.created(q.id)));
    return h(
      "li",
      { class: "questionnaire", "data-id": q.id },
      h("div", { class: "name" }, h("b", {}, q.id), " — ", q.title),
      h(
        "div",
        { class: "meta" },
        `${s.questions(q.questions)} · ${s.responses(q.responses)}${q.status ? ` · ${q.status}` : ""}`,
      ),
      q.issues.length > 0
        ? h("ul", { class: "issues" }, ...q.issues.map((i) => h("li", { class: "error" }, i)))
        : null,
      q.formUrl
        ? h("a", { href: q.formUrl, target: "_blank", rel: "noopener" }, s.openForm)
        : q.issues.length === 0
          ? create
          : null,
    );
  });
  const ready = data.ready.map((r) => {
    const add = h("button", { type: "button", "data-ready": r.id }, s.add);
    add.onclick = () =>
      busy(add, "…", () => call("addReadyQuestionnaireById", r.id).then(() => s.added(r.id)));
    return h("li", {}, h("span", {}, `${r.id} — ${r.title} `), add);
  });
  const t = (data.locale === "en" ? reliability.en : reliability.ru).trigger;
  const repair = h("button", { type: "button", id: "repair-trigger", class: "primary" }, t.repair);
  repair.onclick = () => busy(repair, "…", () => call("repairFormTrigger").then((out) => out.message));
  const triggerNotice = data.triggerMissing
    ? h("div", { class: "trigger-missing" }, h("p", { class: "error", role: "alert" }, t.missing), repair)
    : null;
  const rescore = h("button", { type: "button", id: "rescore" }, s.rescore);
  rescore.onclick = () =>
    busy(rescore, "…", () => call("rescoreQuestionnaires").then((out) => s.rescored(out.results)));
  app.replaceChildren();
  mount(
    app,
    triggerNotice,
    items.length > 0 ? h("ul", { class: "list" }, ...items) : h("p", { class: "muted" }, s.empty),
    ready.length > 0 ? h("h2", {}, s.ready) : null,
    ready.length > 0 ? h("ul", { class: "ready" }, ...ready) : null,
    rescore,
    status,
  );
}

call("getQuestionnaires")
  .then(render)
  .catch((e: Error) => mount(app, h("p", { class: "error", role: "alert" }, e.message)));
