// The «Отметить участие» sidebar's server side through the built bundle: open in one call, save under the lock,
// two saves of one class both land, a lock timeout writes nothing, service calls flat from 100 to 30,000 rows.

import type { Emulator } from "../../emulator/index";
import { cloneWorkbook, type WorkbookModel } from "../../emulator/model";
import type { AttendanceData, AttendanceSaveResult } from "../../src/gas/attendance";
import { openAt } from "./fault-sweep";
import {
  addTab,
  fixtureWorkbook,
  moscowDate,
  type RowValues,
  settingsRows,
  sheetOf,
  tabReads,
  values,
} from "./plan-fixtures";

/** «Now» of these tests: Friday 20 November 2026, 12:00 in Moscow (2nd quarter). */
const NOW = new Date("2026-11-20T09:00:00Z");

const PUPILS: RowValues[] = [
  { Код: "8А-01", Класс: "8А", Подпись: "А. И.", Активен: "да" },
  { Код: "8А-02", Класс: "8А", Активен: "да" },
  { Код: "8А-03", Класс: "8 а", Активен: "да" },
  { Код: "8А-04", Класс: "8А", Активен: "нет" },
  { Код: "8Б-01", Класс: "8Б", Активен: "да" },
  { Код: "9А-01", Класс: "9А", Активен: "да" },
];
const EVENTS: RowValues[] = [
  {
    Id: "М-0001",
    Дата: moscowDate("2026-11-19"),
    Название: "Экскурсия",
    Форма: "экскурсия",
    Компонент: "просвещение",
    Классы: "8-9",
    Часы: 3,
    Статус: "проведено",
  },
  {
    Id: "М-0002",
    Дата: moscowDate("2026-11-10"),
    Название: "Отменённая",
    Форма: "другое",
    Компонент: "просвещение",
    Классы: "8А",
    Статус: "отменено",
  },
  {
    Id: "М-0003",
    Дата: moscowDate("2026-12-10"),
    Название: "Проба",
    Форма: "профпроба",
    Компонент: "адаптация",
    Классы: "9А",
    Часы: 4,
  },
  {
    Дата: moscowDate("2026-11-21"),
    Название: "Без Id",
    Форма: "другое",
    Компонент: "диагностика",
    Классы: "8А",
  },
];

/** A school with `rows` rows of Участие above the marks of М-0001 (for other events), and spare grid rows. */
function school(rows = 0, spare = 500): WorkbookModel {
  const participation: RowValues[] = [];
  for (let i = 0; i < rows; i++)
    participation.push({
      Мероприятие: `М-9${String(i % 1000).padStart(3, "0")}`,
      Код: `Х-${i}`,
      Отметка: "участвовал",
    });
  participation.push({ Мероприятие: "М-0001", Код: "8А-01", Класс: "8А", Отметка: "не участвовал" });
  const wb = fixtureWorkbook({ settings: settingsRows(), pupils: PUPILS, events: EVENTS });
  const sheet = addTab(wb, "participation", participation);
  sheet.maxRows = participation.length + 1 + spare;
  return wb;
}

const data = (emu: Emulator): AttendanceData => {
  const r = emu.runFromClient("getAttendance", []);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as AttendanceData;
};
const save = (emu: Emulator, input: unknown): AttendanceSaveResult => {
  const r = emu.runFromClient("saveAttendance", [input]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as AttendanceSaveResult;
};
const all8A = (mark = "present") => ({
  eventId: "М-0001",
  className: "8А",
  marks: ["8А-01", "8А-02", "8А-03"].map((code) => ({ code, mark })),
});

describe("opening the sidebar", () => {
  test("showAttendanceSidebar shows dist/attendance.html and reads no tab", () => {
    const emu = openAt(school(), NOW);
    emu.call("showAttendanceSidebar");
    expect(emu.ui.shown.at(-1)).toMatchObject({ kind: "sidebar", title: "Отметить участие" });
    expect(emu.ui.shown.at(-1)?.html).toContain("getAttendance");
    expect(tabReads(emu)).toBe(0);
  });

  test("getAttendance: one call, three tabs read once; nearest events first, active pupils, the marks that count", () => {
    const emu = openAt(school(), NOW);
    const d = data(emu);
    // Мероприятия and Ученики whole; of Участие its header, its event column and the rows of the event shown.
    expect(tabReads(emu)).toBe(5);
    expect(emu.calls.sheetsRead.size).toBe(3);
    expect(d.today).toBe("2026-11-20");
    expect(d.events.map((e) => e.id)).toEqual(["М-0001", "М-0003"]); // cancelled and id-less left out
    expect(d.events[0]).toEqual({
      id: "М-0001",
      date: "2026-11-19",
      title: "Экскурсия",
      hours: 3,
      status: "done",
      classes: ["8А", "8Б", "9А"],
    });
    expect(d.pupils["8А"]).toEqual([{ code: "8А-01", label: "А. И." }, { code: "8А-02" }, { code: "8А-03" }]);
    expect(d.marks).toEqual({ "М-0001": { "8А-01": "absent" } });
    expect(d.withoutId).toBe(1);
  });

  test("getAttendance with an event: that event's marks only ({} when it has none)", () => {
    const emu = openAt(school(), NOW);
    const r = emu.runFromClient("getAttendance", ["М-0003"]);
    expect(r.ok && (r.value as AttendanceData).marks).toEqual({ "М-0003": {} });
    const again = emu.runFromClient("getAttendance", ["м-0001"]);
    expect(again.ok && (again.value as AttendanceData).marks).toEqual({ "М-0001": { "8А-01": "absent" } });
    const wrong = emu.runFromClient("getAttendance", [{ id: 1 }]);
    expect(wrong.ok).toBe(false);
  });
});

describe("saving a class's marks", () => {
  test("«все участвовали»: changed marks appended in one setValues under the lock; nothing else moves", () => {
    const emu = openAt(school(), NOW);
    const before = values(emu, "Участие");
    const r = save(emu, all8A());
    expect(r).toMatchObject({ ok: true, appended: 3, unchanged: 0, row: 3 });
    expect(r.message).toBe("Сохранено 3 отметки для 8А: лист «Участие», строки с 3.");
    const after = values(emu, "Участие");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((row) => row.slice(0, 6))).toEqual([
      ["М-0001", "8А-01", "8А", "участвовал", "", "teacher@school.example"],
      ["М-0001", "8А-02", "8А", "участвовал", "", "teacher@school.example"],
      ["М-0001", "8А-03", "8А", "участвовал", "", "teacher@school.example"],
    ]);
    expect(after[2][6]).toEqual(NOW);
    expect(emu.calls.get("Range.setValues")).toBe(1);
    expect(emu.calls.get("Lock.waitLock")).toBe(1);
    expect(emu.calls.get("Lock.releaseLock")).toBe(1);
    expect(r.data.marks["М-0001"]).toEqual({ "8А-01": "present", "8А-02": "present", "8А-03": "present" });
  });

  test("a repeated save writes nothing and says so; a changed mark appends only that pupil's row", () => {
    const emu = openAt(school(), NOW);
    save(emu, all8A());
    const again = save(emu, all8A());
    expect(again).toMatchObject({
      ok: true,
      appended: 0,
      unchanged: 3,
      message: "Отметки 8А уже сохранены: ничего не изменилось.",
    });
    const n = values(emu, "Участие").length;
    const one = save(emu, {
      ...all8A(),
      marks: [...all8A().marks.slice(0, 2), { code: "8А-03", mark: "excused" }],
    });
    expect(one).toMatchObject({ ok: true, appended: 1, unchanged: 2 });
    expect(values(emu, "Участие")).toHaveLength(n + 1);
    expect(one.data.marks["М-0001"]["8А-03"]).toBe("excused");
  });

  test("a pupil outside the event's classes, or who left, is refused and nothing is written", () => {
    const emu = openAt(school(), NOW);
    const copy = cloneWorkbook(emu.workbook);
    const r = save(emu, {
      eventId: "М-0003",
      className: "9А",
      marks: [
        { code: "9А-01", mark: "present" },
        { code: "8А-01", mark: "present" },
      ],
    });
    expect(r).toMatchObject({ ok: false, refused: ["8А-01"] });
    expect(r.message).toBe(
      "Ученик 8А-01 не относится к классам мероприятия М-0003 (или выбыл): ничего не сохранено.",
    );
    const left = save(emu, { ...all8A(), marks: [{ code: "8А-04", mark: "present" }] });
    expect(left).toMatchObject({ ok: false, refused: ["8А-04"] });
    const cancelled = save(emu, { ...all8A(), eventId: "М-0002" });
    expect(cancelled.message).toBe("Мероприятие М-0002 отменено: отметки для него не сохраняются.");
    const wrongClass = save(emu, { eventId: "М-0003", className: "8А", marks: [] });
    expect(wrongClass.message).toBe("Класс 8А не участвует в мероприятии М-0003.");
    expect(emu.workbook).toEqual(copy);
  });

  test("arguments are checked with zod before anything is read", () => {
    const emu = openAt(school(), NOW);
    const r = emu.runFromClient("saveAttendance", [
      { eventId: "М-0001", className: "8А", marks: [{ code: "x", mark: "был" }] },
    ]);
    expect(!r.ok && r.error.message).toBe(
      "Сохранение отметок участия: неверные данные — поле «Отметки → № 1 → Отметка»: недопустимое значение",
    );
    expect(tabReads(emu)).toBe(0);
  });
});

describe("two editors at once", () => {
  test("two saves of 8А from two sidebars opened together both land; a row typed meanwhile is kept", () => {
    const emu = openAt(school(), NOW);
    // Both teachers open the sidebar before either saves.
    data(emu);
    data(emu);
    const first = save(emu, {
      eventId: "М-0001",
      className: "8А",
      marks: [
        { code: "8А-01", mark: "present" },
        { code: "8А-02", mark: "present" },
      ],
    });
    // A person types a row into Участие by hand between the two saves.
    const typedRow = values(emu, "Участие").length + 1;
    emu.editCell("Участие", typedRow, 1, "М-0003");
    emu.editCell("Участие", typedRow, 2, "9А-01");
    emu.editCell("Участие", typedRow, 4, "участвовал");
    const second = save(emu, {
      eventId: "М-0001",
      className: "8А",
      marks: [
        { code: "8А-02", mark: "absent" },
        { code: "8А-03", mark: "excused" },
      ],
    });
    expect(first).toMatchObject({ ok: true, appended: 2, row: 3 });
    expect(second).toMatchObject({ ok: true, appended: 2, row: typedRow + 1 });
    const rows = values(emu, "Участие").map((r) => r.slice(0, 4).join(" | "));
    expect(rows.slice(1)).toEqual([
      "М-0001 | 8А-01 | 8А | не участвовал",
      "М-0001 | 8А-01 | 8А | участвовал",
      "М-0001 | 8А-02 | 8А | участвовал",
      "М-0003 | 9А-01 |  | участвовал",
      "М-0001 | 8А-02 | 8А | не участвовал",
      "М-0001 | 8А-03 | 8А | уважительная причина",
    ]);
    expect(second.data.marks["М-0001"]).toEqual({
      "8А-01": "present",
      "8А-02": "absent",
      "8А-03": "excused",
    });
  });

  test("a save while another execution holds the lock waits for it, then lands after its rows", () => {
    const emu = openAt(school(), NOW);
    const executions = emu.services.state.executions;
    // The other teacher's save is under way: it holds the lock and finishes within the wait.
    executions.holdAs("other-teacher", "document", { releaseAfterMs: 3000 });
    const r = save(emu, all8A());
    expect(r).toMatchObject({ ok: true, appended: 3 });
    const order = executions.history.map((h) => `${h.execution}:${h.action}`);
    expect(order.slice(0, 3)).toEqual([
      "other-teacher:acquire",
      "other-teacher:release",
      expect.stringMatching(/:acquire$/),
    ]);
  });

  test("a lock timeout: the Russian message, nothing written", () => {
    const emu = openAt(school(), NOW);
    emu.services.state.executions.holdAs("other-editor", "document");
    const copy = cloneWorkbook(emu.workbook);
    const r = emu.runFromClient("saveAttendance", [all8A()]);
    expect(!r.ok && r.error.message).toBe(
      "Таблицу сейчас изменяет другой пользователь. Подождите несколько секунд и повторите.",
    );
    expect(emu.workbook).toEqual(copy);
    expect(tabReads(emu)).toBe(0);
  });
});

describe("service calls", () => {
  const callsOf = (rows: number, spare: number, op: "open" | "save") => {
    const emu = openAt(school(rows, spare), NOW);
    if (op === "open") data(emu);
    else expect(save(emu, all8A())).toMatchObject({ ok: true, appended: 3 });
    return emu.calls.snapshot();
  };

  test("opening: equal for 100 and 30,000 rows of Участие, one read per tab", () => {
    const small = callsOf(100, 500, "open");
    expect(callsOf(30_000, 500, "open")).toEqual(small);
    // Мероприятия, Ученики; Участие's header, event column and the event's rows.
    expect(small["Range.getValues"]).toBe(5);
  });

  /** Cells read by an operation on a school with `rows` rows of Участие for other events above М-0001's. */
  const cellsOf = (rows: number, op: "open" | "save") => {
    const emu = openAt(school(rows, 500), NOW);
    if (op === "open") data(emu);
    else expect(save(emu, all8A())).toMatchObject({ ok: true, appended: 3 });
    return emu.calls.cellsRead;
  };

  test("cells read: Участие's other rows cost one cell each (its event column), not a whole row each", () => {
    for (const op of ["open", "save"] as const) {
      const small = cellsOf(100, op);
      const big = cellsOf(30_000, op);
      // 29,900 more rows of other events: their event cells only (the rows of М-0001 are read across, as before).
      expect({ op, more: big - small }).toEqual({ op, more: 29_900 });
    }
  });

  test("an event whose rows lie far apart: its rows between read in the four columns a mark needs", () => {
    const wb = school(1_000, 0);
    // A mark of М-0001 at the top, long before the others (row 2): the span is the whole tab.
    const sheet = sheetOf({ workbook: wb } as Emulator, "Участие");
    sheet.cells[1] = [{ v: "М-0001" }, { v: "8А-02" }, { v: "8А" }, { v: "уважительная причина" }];
    const emu = openAt(wb, NOW);
    const r = emu.runFromClient("getAttendance", ["М-0001"]);
    expect(r.ok && (r.value as AttendanceData).marks).toEqual({
      "М-0001": { "8А-01": "absent", "8А-02": "excused" },
    });
    const rows = sheet.maxRows;
    const columns = sheet.cells[0].length;
    // Row 1 is read across the sheet's width (the header, and the width the write may use without asking).
    const width = sheet.maxColumns;
    const others = values(emu, "Мероприятия").length * values(emu, "Мероприятия")[0].length;
    const pupils = values(emu, "Ученики").length * values(emu, "Ученики")[0].length;
    // Its header row, its event column, rows 2 to the last across Мероприятие…Отметка (4 columns, not 7).
    expect(emu.calls.cellsRead).toBeLessThanOrEqual(others + pupils + width + rows + (rows - 1) * 4);
    expect(emu.calls.cellsRead).toBeLessThan(others + pupils + rows * columns);
  });

  test("saving: equal for 100 and 30,000 rows, and at most twice the physical minimum", () => {
    const small = callsOf(100, 500, "save");
    const big = callsOf(30_000, 500, "save");
    expect(big).toEqual(small);
    // A full grid costs one call more to grow it, whatever its size.
    expect(callsOf(30_000, 0, "save")).toEqual(callsOf(100, 0, "save"));
    // The physical minimum: the lock, one read of each of Настройки, Мероприятия, Ученики, three of Участие (its
    // header, its event column, the event's rows), one write.
    const minimum = 1 + 3 + 3 + 1 + 1; // + the appended rows re-checked right before the write
    const physical = big["Lock.waitLock"] + big["Range.getValues"] + big["Range.setValues"];
    expect(physical).toBe(minimum);
    // In service calls: the spreadsheet (getActiveSpreadsheet), the lock (get, wait, release), each of the four tabs
    // found (getSheetByName) and read (getDataRange + getValues), the write getRange + setValues = 1 + 3 + 12 + 2 = 18.
    const total = Object.values(big).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(2 * 18);
  });
});

test("the participation sheet keeps its own columns to the right", () => {
  const wb = school();
  const sheet = sheetOf({ workbook: wb } as Emulator, "Участие");
  sheet.cells[0].push({ v: "Заметки" });
  sheet.cells[1].push({ v: "моя заметка" });
  const emu = openAt(wb, NOW);
  save(emu, all8A());
  const rows = values(emu, "Участие");
  expect(rows[0][7]).toBe("Заметки");
  expect(rows[1][7]).toBe("моя заметка");
  expect(rows[2][7]).toBe("");
});
