// «Отметить участие» sidebar: choose an event and a class, mark each pupil (or everyone at once), save in one call.

import type { Mark } from "../../domain/participation";
import type { AttendanceData } from "../../gas/attendance";
import { type AttendanceMessages, attendanceMessages } from "../../i18n/attendance";
import type { AttendanceEvent } from "../../tables/attendance";
import { formatLocalDate } from "../../tables/dates";
import { h, mount } from "../shared/dom";
import { call } from "../shared/server";

const MARKS: readonly Mark[] = ["present", "absent", "excused"];
const app = document.getElementById("app")!;

interface State {
  data: AttendanceData;
  m: AttendanceMessages;
  eventId: string;
  className: string;
  /** The marks on screen for the chosen event and class, by pupil code. */
  draft: Record<string, Mark>;
}

const status = h("p", { class: "status", id: "status", role: "status", "aria-live": "polite" });
const body = h("div", {});

function setStatus(text: string, kind: "" | "error" | "warning" = ""): void {
  status.className = `status ${kind}`.trim();
  status.textContent = text;
}

function currentEvent(state: State): AttendanceEvent | undefined {
  return state.data.events.find((e) => e.id === state.eventId);
}

function eventCaption(state: State, e: AttendanceEvent): string {
  const when = e.date === state.data.today ? state.m.today : formatLocalDate(e.date);
  return `${when} · ${e.title} (${e.id})`;
}

/** The saved marks of the chosen class become the draft. */
function resetDraft(state: State): void {
  const saved = state.data.marks[state.eventId] ?? {};
  state.draft = {};
  for (const p of state.data.pupils[state.className] ?? [])
    if (saved[p.code]) state.draft[p.code] = saved[p.code];
}

function pickClass(state: State, className: string): void {
  state.className = className;
  resetDraft(state);
  render(state);
}

/** Fresh data from the server, the marks of events loaded before kept (the data carries one event's marks). */
function takeData(state: State, data: AttendanceData): void {
  state.data = { ...data, marks: { ...state.data.marks, ...data.marks } };
}

function pickEvent(state: State, eventId: string): void {
  state.eventId = eventId;
  const event = currentEvent(state);
  const classes = event?.classes.filter((c) => (state.data.pupils[c] ?? []).length > 0) ?? [];
  pickClass(state, classes.includes(state.className) ? state.className : (classes[0] ?? ""));
  if (eventId && state.data.marks[eventId] === undefined) loadMarks(state, eventId);
}

/**
 * The saved marks of an event not loaded yet (the sidebar opens with the nearest event's): one call; the marks
 * fill the pupils not marked on screen meanwhile.
 */
function loadMarks(state: State, eventId: string): void {
  setStatus(state.m.loading);
  call("getAttendance", eventId)
    .then((data) => {
      takeData(state, data);
      state.data.marks[eventId] ??= {};
      if (state.eventId === eventId) {
        const saved = state.data.marks[eventId];
        for (const p of state.data.pupils[state.className] ?? [])
          if (saved[p.code] && !state.draft[p.code]) state.draft[p.code] = saved[p.code];
        render(state);
      }
      if (status.textContent === state.m.loading) setStatus("");
    })
    .catch((e: Error) => setStatus(e.message, "error"));
}

function countsText(state: State): string {
  const pupils = state.data.pupils[state.className] ?? [];
  const n = { present: 0, absent: 0, excused: 0 };
  for (const p of pupils) {
    const mark = state.draft[p.code];
    if (mark) n[mark]++;
  }
  return state.m.counts(n.present, n.absent, n.excused, pupils.length - n.present - n.absent - n.excused);
}

function pupilRow(state: State, code: string, label: string | undefined, refresh: () => void): HTMLLIElement {
  const m = state.m;
  const saved = state.data.marks[state.eventId]?.[code];
  const buttons = MARKS.map((mark) =>
    h(
      "button",
      {
        type: "button",
        class: mark,
        title: m.marks[mark],
        "aria-label": `${code}: ${m.marks[mark]}`,
        "aria-pressed": String(state.draft[code] === mark),
        "data-mark": mark,
        onclick: () => {
          state.draft[code] = mark;
          refresh();
        },
      },
      m.short[mark],
    ),
  );
  const changed = state.draft[code] !== undefined && state.draft[code] !== saved;
  return h(
    "li",
    { class: changed ? "changed" : "", "data-code": code },
    h("span", { class: "pupil" }, code, label ? h("span", { class: "label" }, label) : null),
    h("span", { class: "marks", role: "group", "aria-label": code }, ...buttons),
  );
}

async function save(state: State, button: HTMLButtonElement): Promise<void> {
  const marks = Object.entries(state.draft).map(([code, mark]) => ({ code, mark }));
  if (marks.length === 0) {
    setStatus(state.m.nothingMarked, "warning");
    return;
  }
  button.disabled = true;
  setStatus(state.m.saving);
  try {
    const r = await call("saveAttendance", { eventId: state.eventId, className: state.className, marks });
    takeData(state, r.data);
    if (r.ok) {
      resetDraft(state);
      render(state);
      setStatus(r.message);
    } else {
      if (r.gone) pickEvent(state, state.data.events[0]?.id ?? "");
      else render(state);
      setStatus(r.message, "error");
    }
  } catch (e) {
    setStatus((e as Error).message, "error");
  } finally {
    button.disabled = false;
  }
}

function render(state: State): void {
  const m = state.m;
  const event = currentEvent(state);
  const eventSelect = h(
    "select",
    { id: "event", onchange: (e: Event) => pickEvent(state, (e.target as HTMLSelectElement).value) },
    ...state.data.events.map((e) =>
      h("option", { value: e.id, selected: e.id === state.eventId }, eventCaption(state, e)),
    ),
  );
  if (!event) {
    mount(body, h("p", { class: "warning" }, m.noEvents));
    return;
  }
  const classes = event.classes.filter((c) => (state.data.pupils[c] ?? []).length > 0);
  const classButtons = classes.map((c) =>
    h(
      "button",
      {
        type: "button",
        "aria-pressed": String(c === state.className),
        "data-class": c,
        onclick: () => pickClass(state, c),
      },
      c,
    ),
  );
  const list = h("ul", { class: "pupils", id: "pupils" });
  const counts = h("p", { class: "counts", id: "counts", "aria-live": "polite" });
  const unsaved = h("p", { class: "warning", id: "unsaved" });
  const pupils = state.data.pupils[state.className] ?? [];
  const refresh = () => {
    mount(list, ...pupils.map((p) => pupilRow(state, p.code, p.label, refresh)));
    counts.textContent = countsText(state);
    const saved = state.data.marks[state.eventId] ?? {};
    const changed = pupils.filter((p) => state.draft[p.code] && state.draft[p.code] !== saved[p.code]).length;
    unsaved.textContent = changed > 0 ? m.unsaved(changed) : "";
    unsaved.hidden = changed === 0;
  };
  refresh();
  const saveButton = h("button", { type: "button", class: "primary", id: "save" }, m.save);
  saveButton.onclick = () => save(state, saveButton);
  const allPresent = h(
    "button",
    {
      type: "button",
      id: "all-present",
      onclick: () => {
        for (const p of pupils) state.draft[p.code] = "present";
        refresh();
      },
    },
    m.allPresent,
  );
  mount(
    body,
    h("label", { for: "event" }, m.event),
    eventSelect,
    h(
      "p",
      { class: "event-meta", id: "event-meta" },
      `${formatLocalDate(event.date)} · ${event.title} · ${m.hours(event.hours)} · ${event.id}`,
    ),
    h("label", {}, m.className),
    classes.length > 0
      ? h("div", { class: "classes", role: "group", "aria-label": m.className }, ...classButtons)
      : h("p", { class: "warning" }, m.noClasses),
    classes.length > 0 && pupils.length > 0
      ? h(
          "div",
          {},
          h("div", { class: "actions" }, allPresent, saveButton),
          h("p", { class: "legend" }, MARKS.map((k) => `${m.short[k]} — ${m.marks[k]}`).join(" · ")),
          counts,
          unsaved,
          list,
        )
      : null,
    state.data.withoutId > 0 ? h("p", { class: "muted" }, m.withoutId(state.data.withoutId)) : null,
    state.data.skipped > 0 ? h("p", { class: "warning" }, m.skipped(state.data.skipped)) : null,
  );
}

function start(data: AttendanceData): void {
  const m = attendanceMessages(data.locale);
  document.documentElement.lang = data.locale;
  document.title = m.title;
  app.setAttribute("aria-label", m.title);
  const state: State = { data, m, eventId: "", className: "", draft: {} };
  mount(app, body, status);
  if (data.events.length === 0) {
    mount(body, h("p", { class: "warning" }, m.noEvents));
    return;
  }
  pickEvent(state, data.events[0].id);
}

call("getAttendance")
  .then(start)
  .catch((e: Error) => mount(app, h("p", { class: "error", role: "alert" }, e.message)));
