// «Мой план» sidebar: a subject's introductions per grade and quarter; accept, replace, mark held or add in one call each.

import type { MyPlanCell, MyPlanChange, MyPlanEntry, MyPlanGrade, MyPlanQuarter } from "../../domain/my-plan";
import type { MyPlanData, MyPlanSaveResult } from "../../gas/my-plan";
import { type MyPlanMessages, myPlanMessages } from "../../i18n/my-plan";
import { h, mount } from "../shared/dom";
import { call } from "../shared/server";

const app = document.getElementById("app")!;
const status = h("div", { class: "status", id: "status", role: "status", "aria-live": "polite" });

interface State {
  data: MyPlanData;
  m: MyPlanMessages;
  /** Grades whose section is open (kept across saves). */
  open: Set<number>;
  /** The entry or gap whose form is open: "replace:12", "done:12", "add:7:2". */
  form?: string;
  busy: boolean;
  /** Rows saved last, highlighted. */
  saved: number[];
}

let state: State;

const isoToText = (d?: string) => (d ? d.split("-").reverse().join(".") : "");

function setStatus(text: string, kind: "" | "error" = "", details: string[] = []): void {
  status.className = `status ${kind}`.trim();
  mount(status, text, details.length ? h("ul", {}, ...details.map((d) => h("li", {}, d))) : null);
}

/** Sends changes; re-renders with the fresh plan the server returns, whatever the outcome. */
function save(changes: MyPlanChange[]): void {
  const view = state.data.view;
  if (!view || state.busy) return;
  state.busy = true;
  setStatus(state.m.saving);
  render();
  call("saveMyPlan", view.subject, changes)
    .then((r: MyPlanSaveResult) => {
      state.busy = false;
      state.data = r.data;
      if (r.ok) {
        state.form = undefined;
        state.saved = r.rows;
        setStatus(r.message);
      } else {
        if (r.changed) state.form = undefined;
        setStatus(r.message, "error", r.changed ? [...r.issues, state.m.hintChanged] : r.issues);
      }
      render();
    })
    .catch((e: Error) => {
      state.busy = false;
      setStatus(e.message, "error");
      render();
    });
}

function load(subject?: string): void {
  state.busy = true;
  render();
  call("getMyPlan", subject)
    .then((d) => {
      state.busy = false;
      state.data = d;
      state.form = undefined;
      state.saved = [];
      state.open = new Set(openByDefault(d));
      render();
    })
    .catch((e: Error) => {
      state.busy = false;
      setStatus(e.message, "error");
      render();
    });
}

/** Grades with something to do in a quarter that is not over: proposals waiting or introductions missing. */
function openByDefault(d: MyPlanData): number[] {
  const view = d.view;
  if (!view) return [];
  const live = new Set(view.quarters.filter((q) => !q.ended).map((q) => q.quarter));
  return view.grades
    .filter((g) => g.cells.some((c) => live.has(c.quarter) && (c.suggested > 0 || c.missing > 0)))
    .map((g) => g.grade);
}

/** A date inside the quarter: today when it falls there, else the quarter's first day (or last, when past). */
function defaultDate(q: MyPlanQuarter, today: string): string {
  if (today < q.start) return q.start;
  if (today > q.end) return q.end;
  return today;
}

/** The professions the teacher may pick, searchable: a text filter over a list box. */
function professionPicker(names: readonly string[], id: string): { el: HTMLElement; value: () => string } {
  const m = state.m;
  const list = h("select", {
    id: `${id}-list`,
    size: Math.min(6, Math.max(2, names.length)),
    "aria-label": m.pick,
  });
  const fill = (q: string) => {
    const needle = q.trim().toLowerCase();
    mount(
      list,
      ...names.filter((n) => n.toLowerCase().includes(needle)).map((n) => h("option", { value: n }, n)),
    );
    if (list.options.length > 0) list.selectedIndex = 0;
  };
  const search = h("input", {
    type: "search",
    id: `${id}-search`,
    placeholder: m.search,
    "aria-label": m.search,
    oninput: (e: Event) => fill((e.target as HTMLInputElement).value),
  });
  fill("");
  const el =
    names.length === 0
      ? h("p", { class: "muted" }, m.noUnused)
      : h("div", { class: "picker" }, h("label", { for: `${id}-search` }, m.profession), search, list);
  return { el, value: () => list.value };
}

/** Save and cancel; with no `onSave` (nothing to pick) only cancel. */
function formButtons(onSave?: () => void): HTMLElement {
  const m = state.m;
  return h(
    "div",
    { class: "actions" },
    onSave
      ? h("button", { type: "button", class: "primary", disabled: state.busy, onclick: onSave }, m.save)
      : null,
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          state.form = undefined;
          render();
        },
      },
      m.cancel,
    ),
  );
}

function replaceForm(grade: MyPlanGrade, e: MyPlanEntry): HTMLElement {
  const picker = professionPicker(grade.unused, `replace-${e.row}`);
  return h(
    "div",
    { class: "form" },
    picker.el,
    grade.unused.length > 0
      ? formButtons(() => {
          const profession = picker.value();
          if (profession) save([{ kind: "replace", row: e.row, version: e.version, profession }]);
        })
      : formButtons(),
  );
}

function doneForm(q: MyPlanQuarter, e: MyPlanEntry): HTMLElement {
  const m = state.m;
  const today = state.data.view!.today;
  const max = today < q.end ? today : q.end;
  const date = h("input", {
    type: "date",
    id: `done-${e.row}-date`,
    min: q.start,
    max,
    value: e.date && e.date <= max && e.date >= q.start ? e.date : defaultDate(q, max),
  });
  return h(
    "div",
    { class: "form" },
    h("label", { for: `done-${e.row}-date` }, m.date),
    date,
    formButtons(() => save([{ kind: "done", row: e.row, version: e.version, date: date.value }])),
  );
}

function addForm(grade: MyPlanGrade, q: MyPlanQuarter): HTMLElement {
  const m = state.m;
  const id = `add-${grade.grade}-${q.quarter}`;
  const picker = professionPicker(grade.unused, id);
  const date = h("input", {
    type: "date",
    id: `${id}-date`,
    min: q.start,
    max: q.end,
    value: defaultDate(q, state.data.view!.today),
  });
  const topic = h("input", { type: "text", id: `${id}-topic`, maxLength: 300 });
  return h(
    "div",
    { class: "form" },
    picker.el,
    grade.unused.length > 0
      ? h(
          "div",
          {},
          h("label", { for: `${id}-date` }, m.date),
          date,
          h("label", { for: `${id}-topic` }, m.topic),
          topic,
          formButtons(() => {
            const profession = picker.value();
            if (!profession) return;
            save([
              {
                kind: "add",
                grade: grade.grade,
                quarter: q.quarter,
                profession,
                date: date.value,
                ...(topic.value.trim() ? { topic: topic.value.trim() } : {}),
              },
            ]);
          }),
        )
      : formButtons(),
  );
}

function toggleForm(key: string): void {
  state.form = state.form === key ? undefined : key;
  render();
  document.getElementById(`form-${key}`)?.querySelector<HTMLElement>("input, select")?.focus();
}

function entryItem(grade: MyPlanGrade, q: MyPlanQuarter, e: MyPlanEntry): HTMLElement {
  const m = state.m;
  const live = !q.ended && !state.busy;
  const button = (label: string, kind: string, onclick: () => void, primary = false) =>
    h(
      "button",
      { type: "button", class: primary ? "small primary" : "small", "data-action": kind, onclick },
      label,
    );
  const actions: HTMLElement[] = [];
  if (e.status === "suggested" && live)
    actions.push(
      button(m.accept, "accept", () => save([{ kind: "accept", row: e.row, version: e.version }]), true),
      button(m.replace, "replace", () => toggleForm(`replace:${e.row}`)),
    );
  if (e.status === "planned" && !state.busy) {
    if (e.date === undefined || e.date <= state.data.view!.today || q.ended)
      actions.push(button(m.markDone, "done", () => toggleForm(`done:${e.row}`), true));
    if (live) actions.push(button(m.replace, "replace", () => toggleForm(`replace:${e.row}`)));
  }
  const form =
    state.form === `replace:${e.row}`
      ? replaceForm(grade, e)
      : state.form === `done:${e.row}`
        ? doneForm(q, e)
        : null;
  return h(
    "li",
    {
      class: `entry ${e.status}${state.saved.includes(e.row) ? " saved" : ""}`,
      "data-row": String(e.row),
    },
    h(
      "div",
      { class: "entry-line" },
      h("span", { class: "date" }, isoToText(e.date)),
      h("span", { class: "name" }, e.profession),
      h("span", { class: `chip ${e.status}` }, m.status[e.status]),
    ),
    actions.length ? h("div", { class: "entry-actions" }, ...actions) : null,
    form ? h("div", { id: `form-${state.form}` }, form) : null,
  );
}

function quarterBlock(grade: MyPlanGrade, cell: MyPlanCell): HTMLElement {
  const m = state.m;
  const q = state.data.view!.quarters[cell.quarter - 1];
  const badges = [
    q.ended ? h("span", { class: "badge muted" }, m.ended) : null,
    cell.missing > 0
      ? h("span", { class: "badge missing" }, m.missing(cell.missing))
      : h("span", { class: "badge met" }, m.met),
    cell.suggested > 0 ? h("span", { class: "badge waiting" }, m.waiting(cell.suggested)) : null,
  ];
  const addKey = `add:${grade.grade}:${cell.quarter}`;
  const canAdd = !q.ended && cell.missing > 0 && !state.busy;
  return h(
    "section",
    { class: "quarter", "data-quarter": String(cell.quarter) },
    h(
      "h3",
      {},
      m.quarterTitle(cell.quarter),
      " ",
      h("span", { class: "counts" }, m.counts(cell.done, cell.planned, cell.required)),
    ),
    h("div", { class: "badges" }, ...badges),
    cell.entries.length
      ? h("ul", { class: "entries" }, ...cell.entries.map((e) => entryItem(grade, q, e)))
      : null,
    canAdd
      ? h(
          "button",
          { type: "button", class: "small add", "data-action": "add", onclick: () => toggleForm(addKey) },
          m.add,
        )
      : null,
    state.form === addKey ? h("div", { id: `form-${addKey}` }, addForm(grade, q)) : null,
  );
}

function gradeSection(grade: MyPlanGrade): HTMLElement {
  const m = state.m;
  const missing = grade.cells.reduce((s, c) => s + c.missing, 0);
  const waiting = grade.cells.reduce((s, c) => s + c.suggested, 0);
  const details = h(
    "details",
    { class: "grade", "data-grade": String(grade.grade), open: state.open.has(grade.grade) },
    h(
      "summary",
      {},
      h("span", { class: "grade-title" }, m.gradeTitle(grade.grade, grade.band)),
      missing > 0 ? h("span", { class: "badge missing" }, m.missing(missing)) : null,
      waiting > 0 ? h("span", { class: "badge waiting" }, m.waiting(waiting)) : null,
      missing === 0 && waiting === 0 ? h("span", { class: "badge met" }, m.met) : null,
    ),
    ...grade.cells.map((c) => quarterBlock(grade, c)),
  );
  details.addEventListener("toggle", () => {
    if (details.open) state.open.add(grade.grade);
    else state.open.delete(grade.grade);
  });
  return details;
}

function render(): void {
  const { data, m } = state;
  document.documentElement.lang = data.locale;
  const view = data.view;
  if (!view) {
    mount(app, h("p", { class: "warning" }, m.noSubjects), status);
    return;
  }
  const select = h(
    "select",
    {
      id: "subject",
      disabled: state.busy,
      onchange: (e: Event) => load((e.target as HTMLSelectElement).value),
    },
    ...data.subjects.map((s) => h("option", { value: s, selected: s === view.subject }, s)),
  );
  const live = new Set(view.quarters.filter((q) => !q.ended).map((q) => q.quarter));
  const waiting = view.grades.flatMap((g) =>
    g.cells
      .filter((c) => live.has(c.quarter))
      .flatMap((c) => c.entries.filter((e) => e.status === "suggested")),
  );
  const acceptAll =
    waiting.length > 1
      ? h(
          "button",
          {
            type: "button",
            id: "accept-all",
            disabled: state.busy,
            onclick: () => save(waiting.map((e) => ({ kind: "accept", row: e.row, version: e.version }))),
          },
          m.acceptAll(waiting.length),
        )
      : null;
  mount(
    app,
    h(
      "div",
      { class: "top" },
      h("label", { for: "subject" }, m.subject),
      h(
        "div",
        { class: "subject-line" },
        select,
        h(
          "button",
          { type: "button", id: "refresh", disabled: state.busy, onclick: () => load(view.subject) },
          m.refresh,
        ),
      ),
    ),
    h("p", { class: "muted intro" }, m.intro(view.required)),
    acceptAll,
    status,
    h("div", { id: "grades" }, ...view.grades.map(gradeSection)),
  );
}

document.documentElement.lang = "ru";
call("getMyPlan")
  .then((data) => {
    state = {
      data,
      m: myPlanMessages(data.locale).myPlan,
      open: new Set(openByDefault(data)),
      busy: false,
      saved: [],
    };
    render();
  })
  .catch((e: Error) => mount(app, h("p", { class: "error", role: "alert" }, e.message)));
