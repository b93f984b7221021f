// «Мероприятие» sidebar: the quarter's events by component, the year's component × band gaps, add and edit in a form.

import type { EventDraftArg, EventsData } from "../../gas/events";
import { type EventsMessages, eventsMessages } from "../../i18n/events";
import { formatLocalDate } from "../../tables/dates";
import type { EventEntry, EventField } from "../../tables/events";
import { h, mount } from "../shared/dom";
import { call } from "../shared/server";

const app = document.getElementById("app")!;

interface State {
  data: EventsData;
  m: EventsMessages;
  quarter: number;
  savedId?: string;
}

const status = h("p", { class: "status", id: "status", role: "status", "aria-live": "polite" });
const body = h("div", {});

function setStatus(text: string, kind: "" | "error" | "warning" = ""): void {
  status.className = `status ${kind}`.trim();
  status.textContent = text;
}

function inQuarter(state: State, e: EventEntry): boolean {
  const q = state.data.quarters[state.quarter - 1];
  return Boolean(q) && e.date >= q.start && e.date <= q.end;
}

function eventButton(state: State, e: EventEntry): HTMLLIElement {
  const status = e.status === "planned" ? "" : ` · ${state.m.statuses[e.status]}`;
  return h(
    "li",
    {},
    h(
      "button",
      {
        type: "button",
        class: e.id === state.savedId ? "saved" : "",
        "data-id": e.id ?? "",
        title: state.m.editOf(e.id ?? ""),
        onclick: () => showForm(state, e),
      },
      `${formatLocalDate(e.date).slice(0, 5)} · ${e.title}`,
      h("span", { class: "meta" }, `${e.classes} · ${e.hours} ч · ${e.id ?? "—"}${status}`),
    ),
  );
}

function balanceTable(state: State): HTMLElement {
  const m = state.m;
  const head = h("tr", {}, h("th", {}, ""), ...state.data.bands.map((b) => h("th", {}, b)));
  const rows = state.data.components.map((c) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, c.label),
      ...state.data.bands.map((b) => {
        const n = state.data.year.find((x) => x.component === c.code && x.band === b)?.count ?? 0;
        return h("td", { class: n === 0 ? "gap" : "has", "data-cell": `${c.code}|${b}` }, String(n));
      }),
    ),
  );
  const gaps = state.data.year.filter((x) => x.count === 0).length;
  return h(
    "section",
    { id: "balance" },
    h("h2", {}, m.balance),
    h("table", { class: "balance" }, h("thead", {}, head), h("tbody", {}, ...rows)),
    h("p", { class: gaps ? "warning" : "muted", id: "gaps" }, m.empty(gaps)),
  );
}

function showList(state: State): void {
  const m = state.m;
  const quarterSelect = h(
    "select",
    {
      id: "quarter",
      onchange: (e: Event) => {
        state.quarter = Number((e.target as HTMLSelectElement).value);
        showList(state);
      },
    },
    ...[1, 2, 3, 4].map((q) => h("option", { value: String(q), selected: q === state.quarter }, String(q))),
  );
  const add = h(
    "button",
    { type: "button", class: "primary", id: "add", onclick: () => showForm(state, null) },
    m.add,
  );
  const events = state.data.events.filter((e) => inQuarter(state, e));
  const groups = state.data.components.map((c) => {
    const list = events.filter((e) => e.component === c.code);
    const empty = state.data.inQuarter
      .filter((x) => x.component === c.code && x.count === 0)
      .map((x) => x.band);
    return h(
      "section",
      { class: "group", "data-component": c.code },
      h("h2", {}, `${c.label} (${list.length})`),
      list.length ? h("ul", { class: "events" }, ...list.map((e) => eventButton(state, e))) : null,
      empty.length ? h("p", { class: "empty-group" }, `${m.band}: ${empty.join(", ")} — 0`) : null,
    );
  });
  mount(
    body,
    h(
      "div",
      { class: "top" },
      h("div", {}, h("label", { for: "quarter" }, m.pickQuarter), quarterSelect),
      add,
    ),
    balanceTable(state),
    h("h2", {}, m.quarter(state.quarter)),
    events.length === 0 ? h("p", { class: "muted" }, m.noEvents) : null,
    ...groups,
  );
}

function field(label: string, control: HTMLElement, name: EventField | "", hint?: string): HTMLElement {
  const id = control.id;
  return h(
    "div",
    {},
    h("label", { for: id }, label),
    control,
    hint ? h("div", { class: "hint" }, hint) : null,
    name ? h("div", { class: "field-error", id: `error-${name}` }) : null,
  );
}

function showForm(state: State, entry: EventEntry | null): void {
  const m = state.m;
  const f = m.fields;
  setStatus("");
  const q = state.data.quarters[0];
  const last = state.data.quarters[state.data.quarters.length - 1];
  const date = h("input", {
    type: "date",
    id: "f-date",
    value: entry?.date ?? state.data.today,
    min: q?.start,
    max: last?.end,
  });
  const title = h("input", { type: "text", id: "f-title", value: entry?.title ?? "", autocomplete: "off" });
  const format = h(
    "select",
    { id: "f-format" },
    ...state.data.formats.map((o) =>
      h("option", { value: o.code, selected: o.code === (entry?.format ?? "classHour") }, o.label),
    ),
  );
  const component = h(
    "select",
    { id: "f-component" },
    ...state.data.components.map((o) =>
      h("option", { value: o.code, selected: o.code === (entry?.component ?? "enlightenment") }, o.label),
    ),
  );
  const classes = h("input", {
    type: "text",
    id: "f-classes",
    value: entry?.classes ?? "",
    autocomplete: "off",
  });
  const hours = h("input", {
    type: "number",
    id: "f-hours",
    min: "0",
    step: "0.5",
    value: String(entry?.hours ?? 1),
  });
  const responsible = h("input", { type: "text", id: "f-responsible", value: entry?.responsible ?? "" });
  const partner = h("input", { type: "text", id: "f-partner", value: entry?.partner ?? "" });
  const list = h(
    "datalist",
    { id: "professions-list" },
    ...state.data.professions.map((p) => h("option", { value: p })),
  );
  const professions = h("input", {
    type: "text",
    id: "f-professions",
    value: (entry?.professions ?? []).join(", "),
    list: "professions-list",
    autocomplete: "off",
  });
  professions.setAttribute("list", "professions-list");
  const statusSelect = h(
    "select",
    { id: "f-status" },
    ...(["planned", "done", "cancelled"] as const).map((s) =>
      h("option", { value: s, selected: s === (entry?.status ?? "planned") }, m.statuses[s]),
    ),
  );
  const save = h("button", { type: "submit", class: "primary", id: "save" }, m.save);
  const cancel = h("button", { type: "button", id: "cancel", onclick: () => showList(state) }, m.cancel);
  const form = h(
    "form",
    { id: "event-form", novalidate: true },
    h("h2", {}, entry?.id ? m.formEdit(entry.id) : m.formAdd),
    field(f.date, date, "date"),
    field(f.title, title, "title"),
    field(f.format, format, ""),
    field(f.component, component, ""),
    field(f.classes, classes, "classes", f.classesHint),
    field(f.hours, hours, "hours"),
    field(f.responsible, responsible, ""),
    field(f.partner, partner, ""),
    field(f.professions, professions, "professions", f.professionsHint),
    list,
    field(f.status, statusSelect, ""),
    h("div", { class: "field-error", id: "error-id" }),
    h("div", { class: "buttons" }, cancel, save),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    for (const el of Array.from(form.querySelectorAll(".field-error"))) el.textContent = "";
    const hoursValue = hours.value.trim() === "" ? undefined : Number(hours.value);
    const draft: EventDraftArg = {
      date: date.value,
      title: title.value,
      format: format.value as EventDraftArg["format"],
      component: component.value as EventDraftArg["component"],
      classes: classes.value,
      hours: hoursValue !== undefined && Number.isFinite(hoursValue) ? hoursValue : undefined,
      responsible: responsible.value,
      partner: partner.value,
      professions: professions.value
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
      status: statusSelect.value as EventDraftArg["status"],
    };
    save.disabled = true;
    setStatus(m.saving);
    try {
      const r = await call("saveEvent", draft, entry?.id ?? undefined);
      state.data = r.data;
      if (r.ok) {
        state.savedId = r.id;
        const saved = state.data.events.find((e) => e.id === r.id);
        const quarter = saved
          ? state.data.quarters.findIndex((x) => saved.date >= x.start && saved.date <= x.end)
          : -1;
        if (quarter >= 0) state.quarter = quarter + 1;
        showList(state);
        setStatus(r.message);
      } else {
        for (const issue of r.issues) {
          const el = form.querySelector(`#error-${issue.field}`);
          if (el) el.textContent = issue.text;
        }
        setStatus(r.message, "error");
      }
    } catch (e) {
      setStatus((e as Error).message, "error");
    } finally {
      save.disabled = false;
    }
  });
  mount(body, form);
  title.focus();
}

function start(data: EventsData): void {
  const m = eventsMessages(data.locale);
  document.documentElement.lang = data.locale;
  document.title = m.title;
  app.setAttribute("aria-label", m.title);
  const state: State = { data, m, quarter: data.quarter };
  mount(app, body, status);
  showList(state);
}

call("getEvents")
  .then(start)
  .catch((e: Error) => mount(app, h("p", { class: "error", role: "alert" }, e.message)));
