// Issue 15, part 3: nothing typed is overwritten. A person types a row below the tab's last row right after the
// operation read the tab (typing takes no lock); every append of the product must then land below that row, the typed
// row kept, its own rows written once. The emulator's Range.getValues is wrapped: after each read of a whole tab
// (from row 1) of the target, a row is typed just below the last filled one.

import type { Emulator } from "../../emulator/index";
import type { SheetModel } from "../../emulator/model";
import { EmuRange } from "../../emulator/spreadsheet/range";
import type { AttendanceData } from "../../src/gas/attendance";
import { client, demo, eventDraft, openAt } from "./fault-sweep";
import { readinessAnswers, readinessWorkbook } from "./questionnaire-fixtures";

const lastFilled = (s: SheetModel): number => {
  for (let r = s.cells.length - 1; r >= 0; r--)
    if ((s.cells[r] ?? []).some((c) => c && c.v !== "" && c.v !== undefined && c.v !== null)) return r + 1;
  return 0;
};

/** Rows typed by the «person», by sheet: [row, text]. */
let typed: { sheet: string; row: number; text: string }[] = [];
let target: string | null = null;
const original = EmuRange.prototype.getValues;

beforeAll(() => {
  EmuRange.prototype.getValues = function (this: EmuRange) {
    const values = original.call(this);
    const sheet = (this as unknown as { sheetModel: SheetModel }).sheetModel;
    if (target !== null && sheet.name === target && this.getRow() === 1) {
      const row = lastFilled(sheet) + 1;
      const text = `введено вручную ${typed.length + 1}`;
      sheet.cells[row - 1] ??= [];
      sheet.cells[row - 1][0] = { v: text };
      if (row > sheet.maxRows) sheet.maxRows = row;
      typed.push({ sheet: sheet.name, row, text });
    }
    return values;
  };
});
afterAll(() => {
  EmuRange.prototype.getValues = original;
});

/** Runs `op` with typing into `tab` after each of its whole-tab reads; returns the workbook. */
function withTyping(tab: string, op: () => void): void {
  typed = [];
  target = tab;
  try {
    op();
  } finally {
    target = null;
  }
}

function expectTypedKept(emu: Emulator): void {
  expect(typed.length).toBeGreaterThan(0);
  for (const t of typed) {
    const sheet = emu.workbook.sheets.find((s) => s.name === t.sheet)!;
    expect({ row: t.row, v: sheet.cells[t.row - 1]?.[0]?.v }).toEqual({ row: t.row, v: t.text });
  }
}

/** How many rows of `tab` hold `text` in some cell. */
function rowsWith(emu: Emulator, tab: string, text: string): number {
  const sheet = emu.workbook.sheets.find((s) => s.name === tab)!;
  return sheet.cells.filter((r) => (r ?? []).some((c) => c?.v === text)).length;
}

describe("a row typed between the operation's read and its write is kept; the operation's rows go below it", () => {
  test("thesaurus: a profession added", () => {
    const emu = openAt(demo());
    withTyping("Профессии", () =>
      client(emu, "saveProfession", {
        profession: "Оператор беспилотных систем",
        subjects: ["Физика"],
        types: ["technics"],
        isNew: true,
        competences: ["программирование"],
      }),
    );
    expectTypedKept(emu);
    expect(rowsWith(emu, "Профессии", "Оператор беспилотных систем")).toBe(1);
  });

  test("events: an event added", () => {
    const emu = openAt(demo());
    withTyping("Мероприятия", () => client(emu, "saveEvent", eventDraft("Встреча с агрономом СХПК")));
    expectTypedKept(emu);
    expect(rowsWith(emu, "Мероприятия", "Встреча с агрономом СХПК")).toBe(1);
  });

  test("attendance: a class's marks appended", () => {
    const emu = openAt(demo());
    const data = client(openAt(demo()), "getAttendance") as AttendanceData;
    const event = data.events.find((e) => e.classes.some((c) => (data.pupils[c] ?? []).length > 0))!;
    const className = event.classes.find((c) => (data.pupils[c] ?? []).length > 0)!;
    const marks = data.pupils[className].map((p, i) => ({
      code: p.code,
      mark: i === 0 ? "absent" : "present",
    }));
    const before = emu.workbook.sheets.find((s) => s.name === "Участие")!;
    const rowsBefore = lastFilled(before);
    withTyping("Участие", () => client(emu, "saveAttendance", { eventId: event.id, className, marks }));
    expectTypedKept(emu);
    const after = emu.workbook.sheets.find((s) => s.name === "Участие")!;
    expect(lastFilled(after)).toBeGreaterThan(rowsBefore + typed.length);
  });

  test("«Мой план»: an introduction added", () => {
    const emu = openAt(demo());
    const change = { kind: "add", grade: 8, quarter: 2, profession: "Сити-фермер", date: "2026-11-20" };
    withTyping("План", () => client(emu, "saveMyPlan", "Биология", [change]));
    expectTypedKept(emu);
    expect(rowsWith(emu, "План", "Сити-фермер")).toBeGreaterThanOrEqual(1);
  });

  test("plan apply: the previewed rows appended", () => {
    const emu = openAt(demo());
    const { token } = client(openAt(demo()), "getPlanSuggestion") as { token: string };
    withTyping("План", () => client(emu, "applyPlanSuggestion", token));
    expectTypedKept(emu);
  });

  test("equipment: an item added, and a resource", () => {
    const emu = openAt(demo());
    withTyping("Оборудование", () =>
      client(emu, "saveEquipmentItem", {
        room: "Кабинет физики",
        name: "Конструктор «Юный электрик»",
        quantity: 6,
        condition: "ok",
        subjects: ["Физика"],
        professions: [],
        digital: false,
      }),
    );
    expectTypedKept(emu);
    expect(rowsWith(emu, "Оборудование", "Конструктор «Юный электрик»")).toBe(1);
    withTyping("Ресурсы", () =>
      client(emu, "saveResource", {
        name: "Точка роста",
        kind: "practice",
        bands: ["8–9"],
        subjects: ["Физика"],
        component: "interests",
      }),
    );
    expectTypedKept(emu);
    expect(rowsWith(emu, "Ресурсы", "Точка роста")).toBe(1);
  });

  test("questionnaires: a submission's row appended to «Выбор экзаменов» (the teacher's rows kept)", () => {
    const emu = openAt(readinessWorkbook());
    emu.uiScript.promptAnswers.push({ button: "OK", text: "ГОТОВНОСТЬ" });
    emu.call("addReadyQuestionnaire");
    emu.call("createQuestionnaireForm", "ГОТОВНОСТЬ");
    const form = emu.workbook.forms![0];
    typed = [];
    target = "Выбор экзаменов";
    let submission: { errors: string[] };
    try {
      submission = emu.submitForm(form.id, readinessAnswers(form, "9А-01", ["Физика"]));
    } finally {
      target = null;
    }
    expect(submission.errors).toEqual([]);
    expectTypedKept(emu);
    expect(rowsWith(emu, "Выбор экзаменов", "9А-01")).toBeGreaterThanOrEqual(1);
  });
});
