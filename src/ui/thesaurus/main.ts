// «Профессии» sidebar: the thesaurus in one call, search and filters as you type, add and edit in a form.

import type { KlimovType } from "../../domain/records";
import { searchProfessions } from "../../domain/thesaurus";
import type { ThesaurusData, ThesaurusEntry } from "../../gas/thesaurus";
import { type ThesaurusMessages, thesaurusMessages } from "../../i18n/thesaurus";
import { h, mount } from "../shared/dom";
import { call } from "../shared/server";
import { buildForm } from "./form";

const app = document.getElementById("app")!;

interface State {
  data: ThesaurusData;
  m: ThesaurusMessages;
  query: string;
  subject: string;
  type: "" | KlimovType;
  onlyNew: boolean;
  /** The row saved last, highlighted in the list. */
  savedRow?: number;
}

const collator = new Intl.Collator("ru");

/** The page's fixed parts (Sheets shows the title above the sidebar): the add button, the list or form, the status. */
const addButton = h("button", { type: "button", class: "primary", id: "add" });
const status = h("p", { class: "status", id: "status", role: "status", "aria-live": "polite" });
const body = h("div", {});

function setStatus(text: string, kind: "" | "error" | "warning" = ""): void {
  status.className = `status ${kind}`.trim();
  status.textContent = text;
}

function typeBadges(state: State, types: readonly KlimovType[]): Node[] {
  return types.map((code) => {
    const t = state.data.types.find((x) => x.code === code);
    return h("span", { class: "badge type", title: t?.title ?? code }, t?.short ?? code);
  });
}

function listItem(state: State, p: ThesaurusEntry, onEdit: (p: ThesaurusEntry) => void): HTMLLIElement {
  const m = state.m;
  const meta = [p.subjects.join(", "), p.industry ?? ""].filter((s) => s !== "").join(" · ");
  const button = h(
    "button",
    {
      type: "button",
      class: p.row === state.savedRow ? "item saved" : "item",
      title: m.editOf(p.profession),
      "data-row": String(p.row),
      onclick: () => onEdit(p),
    },
    h("span", { class: "name" }, p.profession),
    p.isNew ? h("span", { class: "badge new" }, m.newBadge) : null,
    h("span", { class: "meta" }, ...typeBadges(state, p.types), meta),
  );
  return h("li", {}, button);
}

/** The list view: search, filters, count and the matching professions; typing re-renders only the list. */
function listView(state: State, onEdit: (p: ThesaurusEntry) => void): HTMLElement {
  const m = state.m;
  const sorted = [...state.data.professions].sort((a, b) => collator.compare(a.profession, b.profession));
  const count = h("p", { class: "count muted", id: "count", "aria-live": "polite" });
  const list = h("ul", { class: "list", id: "list" });
  const refresh = () => {
    const hits = searchProfessions(sorted, {
      query: state.query,
      subject: state.subject || undefined,
      type: state.type || undefined,
      onlyNew: state.onlyNew,
    });
    count.textContent = m.shown(hits.length, sorted.length);
    if (sorted.length === 0) mount(list, h("li", { class: "muted note" }, m.emptyThesaurus));
    else if (hits.length === 0) mount(list, h("li", { class: "muted note" }, m.nothingFound));
    else mount(list, ...hits.map((hit) => listItem(state, hit.profession as ThesaurusEntry, onEdit)));
  };
  const search = h("input", {
    type: "search",
    id: "search",
    value: state.query,
    placeholder: m.searchPlaceholder,
    autocomplete: "off",
    oninput: (e: Event) => {
      state.query = (e.target as HTMLInputElement).value;
      refresh();
    },
  });
  const subject = h(
    "select",
    {
      id: "filter-subject",
      onchange: (e: Event) => {
        state.subject = (e.target as HTMLSelectElement).value;
        refresh();
      },
    },
    h("option", { value: "" }, m.filterAll),
    ...state.data.subjects.map((s) => h("option", { value: s, selected: s === state.subject }, s)),
  );
  const type = h(
    "select",
    {
      id: "filter-type",
      onchange: (e: Event) => {
        state.type = (e.target as HTMLSelectElement).value as State["type"];
        refresh();
      },
    },
    h("option", { value: "" }, m.filterAll),
    ...state.data.types.map((t) =>
      h("option", { value: t.code, selected: t.code === state.type }, `${t.short} — ${t.title}`),
    ),
  );
  const onlyNew = h("input", {
    type: "checkbox",
    id: "filter-new",
    checked: state.onlyNew,
    onchange: (e: Event) => {
      state.onlyNew = (e.target as HTMLInputElement).checked;
      refresh();
    },
  });
  refresh();
  return h(
    "section",
    { "aria-label": m.title },
    h("label", { for: "search" }, m.searchLabel),
    search,
    h(
      "div",
      { class: "filters" },
      h("div", {}, h("label", { for: "filter-subject" }, m.filterSubject), subject),
      h("div", {}, h("label", { for: "filter-type" }, m.filterType), type),
      h("label", { class: "check", for: "filter-new" }, onlyNew, m.onlyNew),
    ),
    count,
    state.data.skipped > 0 ? h("p", { class: "warning note" }, m.skipped(state.data.skipped)) : null,
    list,
  );
}

function showList(state: State, focusRow?: number): void {
  addButton.hidden = false;
  mount(
    body,
    listView(state, (p) => showForm(state, p)),
  );
  const saved = focusRow === undefined ? null : body.querySelector<HTMLElement>(`[data-row="${focusRow}"]`);
  if (saved) {
    saved.scrollIntoView({ block: "center" });
    saved.focus({ preventScroll: true });
  }
}

function showForm(state: State, entry: ThesaurusEntry | null): void {
  addButton.hidden = true;
  setStatus("");
  const form = buildForm({
    m: state.m,
    data: state.data,
    entry,
    setStatus,
    onData: (data) => {
      state.data = data;
    },
    onSaved: (data, row, message) => {
      state.data = data;
      state.savedRow = row;
      showList(state, row);
      setStatus(message);
      if (!body.querySelector(`[data-row="${row}"]`)) addButton.focus();
    },
    onCancel: () => {
      showList(state, entry?.row);
      if (!entry) addButton.focus();
    },
  });
  mount(body, form.el);
  form.focus();
}

function start(data: ThesaurusData): void {
  const m = thesaurusMessages(data.locale);
  document.documentElement.lang = data.locale;
  document.title = m.title;
  // Opened from the plan preview for one subject: the list starts filtered to it (when the subject exists).
  const start = (window as { __proftrackStart?: { subject?: unknown } }).__proftrackStart;
  const wanted = typeof start?.subject === "string" ? start.subject : "";
  const subject = data.subjects.find((s) => s === wanted) ?? "";
  const state: State = { data, m, query: "", subject, type: "", onlyNew: false };
  addButton.textContent = m.add;
  addButton.onclick = () => showForm(state, null);
  app.setAttribute("aria-label", m.title);
  mount(app, h("div", { class: "top" }, addButton), body, status);
  if (data.subjects.length === 0) setStatus(m.noSubjects, "warning");
  showList(state);
  (document.getElementById("search") as HTMLInputElement).focus();
}

call("getThesaurus")
  .then(start)
  .catch((e: Error) => mount(app, h("p", { class: "error", role: "alert" }, e.message)));
