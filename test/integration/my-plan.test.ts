// «Мой план» through the built bundle: one call to open, one save per action (accept, replace, held, add), a row
// changed by someone else refused, and service calls the same for 100 and 5,000 rows of План.

import type { Emulator } from "../../emulator/index";
import type { MyPlanChange } from "../../src/domain/my-plan";
import type { MyPlanData, MyPlanSaveResult } from "../../src/gas/my-plan";
import { openAt } from "./fault-sweep";
import {
  fixtureWorkbook,
  moscowDate,
  type RowValues,
  settingsRows,
  sheetOf,
  tabReads,
  values,
} from "./plan-fixtures";

// 20.11.2026: the second quarter (05.11–28.12) is under way, the first is over.
const NOW = new Date("2026-11-20T09:00:00Z");

const PROFESSIONS = ["Программист", "Аналитик данных", "Актуарий", "Криптограф", "Инженер-конструктор"];

function school(extraPlanRows = 0): ReturnType<typeof fixtureWorkbook> {
  const plan: RowValues[] = [
    // row 2: a proposal in quarter 2 of grade 5
    {
      Предмет: "Математика",
      Параллель: 5,
      Четверть: 2,
      Дата: moscowDate("2026-11-25"),
      "Тема урока": "Знакомство с профессией: Программист",
      Профессия: "Программист",
      Статус: "предложено",
    },
    // row 3: planned on a past day: can be marked held
    {
      Предмет: "Математика",
      Параллель: 5,
      Четверть: 2,
      Дата: moscowDate("2026-11-10"),
      Профессия: "Актуарий",
      Учитель: "Иванова И. И.",
      Статус: "запланировано",
    },
    // row 4: quarter 1 (over), grade 6
    {
      Предмет: "Математика",
      Параллель: 6,
      Четверть: 1,
      Дата: moscowDate("2026-09-20"),
      Профессия: "Криптограф",
      Статус: "проведено",
    },
  ];
  for (let i = 0; i < extraPlanRows; i++)
    plan.push({
      Предмет: "Биология",
      Параллель: 5 + (i % 2),
      Четверть: 1 + (i % 4),
      Профессия: "Агроном",
      Статус: "проведено",
    });
  return fixtureWorkbook({
    settings: settingsRows(2),
    bands: [
      { Ступень: "1–4", Классы: "1-4" },
      { Ступень: "5–7", Классы: "5-7" },
    ],
    subjects: [
      { Предмет: "Математика", Классы: "5-6", Учителя: "Иванова И. И." },
      { Предмет: "Биология", Классы: "5-6" },
    ],
    professions: [
      ...PROFESSIONS.map((p) => ({ Профессия: p, Предметы: "Математика" })),
      { Профессия: "Агроном", Предметы: "Биология" },
    ],
    plan,
  });
}

function open(emu: Emulator, subject?: string): MyPlanData {
  const r = emu.runFromClient("getMyPlan", subject === undefined ? [] : [subject]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as MyPlanData;
}
function save(emu: Emulator, changes: MyPlanChange[], subject = "Математика"): MyPlanSaveResult {
  const r = emu.runFromClient("saveMyPlan", [subject, changes]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as MyPlanSaveResult;
}
const entry = (d: MyPlanData, row: number) =>
  d.view!.grades.flatMap((g) => g.cells.flatMap((c) => c.entries)).find((e) => e.row === row)!;
const planRow = (emu: Emulator, row: number) => values(emu, "План")[row - 1];

describe("opening «Мой план»", () => {
  test("the menu item opens the sidebar and reads nothing", () => {
    const emu = openAt(school(), NOW);
    emu.call("showPlanSidebar");
    expect(emu.ui.shown.at(-1)).toMatchObject({ kind: "sidebar", title: "Мой план" });
    expect(tabReads(emu)).toBe(0);
  });

  test("one call: per grade and quarter the rows, counts against the target, and the professions still unused", () => {
    const emu = openAt(school(), NOW);
    const d = open(emu);
    expect(tabReads(emu)).toBe(5);
    expect(d.subjects).toEqual(["Математика", "Биология"]);
    const view = d.view!;
    expect(view.subject).toBe("Математика");
    expect(view.quarters.map((q) => q.ended)).toEqual([true, false, false, false]);
    const g5 = view.grades.find((g) => g.grade === 5)!;
    expect(g5.band).toBe("5–7");
    expect(g5.cells[1]).toMatchObject({
      quarter: 2,
      required: 2,
      done: 0,
      planned: 1,
      suggested: 1,
      missing: 1,
    });
    expect(g5.cells[1].entries.map((e) => [e.row, e.status, e.profession])).toEqual([
      [2, "suggested", "Программист"],
      [3, "planned", "Актуарий"],
    ]);
    expect(g5.unused).toEqual(["Аналитик данных", "Криптограф", "Инженер-конструктор"]);
    expect(view.grades.find((g) => g.grade === 6)!.unused).not.toContain("Криптограф");
  });

  test("the chosen subject is remembered for the user", () => {
    const emu = openAt(school(), NOW);
    expect(open(emu, "биология").view!.subject).toBe("Биология");
    expect(open(emu).view!.subject).toBe("Биология");
  });
});

describe("saving", () => {
  test("accept: the proposal becomes «запланировано» in one block, nothing else moves", () => {
    const emu = openAt(school(), NOW);
    const d = open(emu);
    const before = values(emu, "План");
    emu.calls.reset();
    const r = save(emu, [{ kind: "accept", row: 2, version: entry(d, 2).version }]);
    expect(r).toMatchObject({ ok: true, rows: [2] });
    expect(r.ok && r.message).toBe("Изменено: 1 строка на листе «План».");
    expect(emu.calls.get("Range.setValues")).toBe(1);
    expect(emu.calls.get("Lock.waitLock")).toBe(1);
    const after = values(emu, "План");
    expect(after[1][7]).toBe("запланировано");
    expect(after.filter((_, i) => i !== 1)).toEqual(before.filter((_, i) => i !== 1));
    expect(entry(r.data, 2).status).toBe("planned");
  });

  test("replace: another linked profession not used in the grade; the generated topic follows it", () => {
    const emu = openAt(school(), NOW);
    const d = open(emu);
    const r = save(emu, [
      { kind: "replace", row: 2, version: entry(d, 2).version, profession: "аналитик данных" },
    ]);
    expect(r.ok).toBe(true);
    expect(planRow(emu, 2)[5]).toBe("Аналитик данных");
    expect(planRow(emu, 2)[4]).toBe("Знакомство с профессией: Аналитик данных");
    expect(planRow(emu, 2)[7]).toBe("предложено");
  });

  test("replace by a profession already used in the grade is refused, with nothing written", () => {
    const emu = openAt(school(), NOW);
    const d = open(emu);
    emu.calls.reset();
    const r = save(emu, [{ kind: "replace", row: 2, version: entry(d, 2).version, profession: "Актуарий" }]);
    expect(r).toMatchObject({ ok: false, message: "Ничего не сохранено:" });
    expect(!r.ok && r.issues).toEqual([
      "профессия «Актуарий» уже была в 5 классе по этому предмету в этом году.",
    ]);
    expect(emu.calls.get("Range.setValues")).toBe(0);
  });

  test("held: «проведено» with its date; a date still to come is refused", () => {
    const emu = openAt(school(), NOW);
    const d = open(emu);
    const version = entry(d, 3).version;
    const future = save(emu, [{ kind: "done", row: 3, version, date: "2026-11-27" }]);
    expect(!future.ok && future.issues[0]).toMatch(/ещё не наступила/);
    const r = save(emu, [{ kind: "done", row: 3, version, date: "2026-11-12" }]);
    expect(r.ok).toBe(true);
    expect(planRow(emu, 3)[7]).toBe("проведено");
    expect(sheetOf(emu, "План").cells[2][3]?.v).toEqual(moscowDate("2026-11-12"));
  });

  test("add: a new «запланировано» row in the gap, below the last one, with the subject's teacher", () => {
    const emu = openAt(school(), NOW);
    open(emu);
    const r = save(emu, [
      { kind: "add", grade: 5, quarter: 2, profession: "Криптограф", date: "2026-12-02" },
    ]);
    expect(r).toMatchObject({ ok: true, rows: [5] });
    expect(planRow(emu, 5)).toEqual([
      "Математика",
      5,
      2,
      moscowDate("2026-12-02"),
      "Знакомство с профессией: Криптограф",
      "Криптограф",
      "Иванова И. И.",
      "запланировано",
    ]);
    const g5 = (r.ok ? r.data : null)!.view!.grades[0];
    expect(g5.cells[1].missing).toBe(0);
    expect(g5.unused).not.toContain("Криптограф");
    // An ended quarter takes nothing.
    const late = save(emu, [
      { kind: "add", grade: 5, quarter: 1, profession: "Аналитик данных", date: "2026-10-01" },
    ]);
    expect(!late.ok && late.issues).toEqual(["1 четверть уже прошла: в неё не добавляют."]);
  });

  test("a row someone changed since the sidebar read it is refused, and the whole save writes nothing", () => {
    const emu = openAt(school(), NOW);
    const d = open(emu);
    // Another teacher types into row 2 (no lock is taken by typing).
    sheetOf(emu, "План").cells[1][5] = { v: "Криптограф" };
    const before = values(emu, "План");
    const r = save(emu, [
      { kind: "accept", row: 2, version: entry(d, 2).version },
      { kind: "done", row: 3, version: entry(d, 3).version, date: "2026-11-12" },
    ]);
    expect(r).toMatchObject({ ok: false, changed: true });
    expect(!r.ok && r.issues).toEqual([
      "строку 2 листа «План» изменил кто-то другой, пока была открыта панель.",
    ]);
    expect(values(emu, "План")).toEqual(before);
    // The fresh data shows the other teacher's edit.
    expect(entry(r.data, 2).profession).toBe("Криптограф");
  });

  test("a repeated accept (the same click twice) is refused as already accepted, nothing written twice", () => {
    const emu = openAt(school(), NOW);
    const d = open(emu);
    const change: MyPlanChange = { kind: "accept", row: 2, version: entry(d, 2).version };
    expect(save(emu, [change]).ok).toBe(true);
    emu.calls.reset();
    const again = save(emu, [change]);
    expect(again.ok).toBe(false);
    expect(emu.calls.get("Range.setValues")).toBe(0);
  });
});

describe("service calls", () => {
  const measure = (rows: number, changes: (d: MyPlanData) => MyPlanChange[]) => {
    const wb = school(rows);
    // Room below the data, as a sheet people fill has: growing a full grid is one more call, once.
    const plan = wb.sheets.find((s) => s.name === "План")!;
    plan.maxRows = rows + 1000;
    const emu = openAt(wb, NOW);
    emu.calls.reset();
    const d = open(emu);
    const opened = emu.calls.snapshot();
    emu.calls.reset();
    const r = save(emu, changes(d));
    if (!r.ok) throw new Error(r.issues.join("; "));
    return { opened, saved: emu.calls.snapshot() };
  };
  const cases: [string, (d: MyPlanData) => MyPlanChange[]][] = [
    ["accept", (d) => [{ kind: "accept", row: 2, version: entry(d, 2).version }]],
    ["replace", (d) => [{ kind: "replace", row: 2, version: entry(d, 2).version, profession: "Криптограф" }]],
    ["held", (d) => [{ kind: "done", row: 3, version: entry(d, 3).version, date: "2026-11-12" }]],
    ["add", () => [{ kind: "add", grade: 5, quarter: 2, profession: "Криптограф", date: "2026-12-02" }]],
  ];
  test.each(cases)(
    "%s: the same calls for 100 and 5,000 rows of План, at most twice the physical minimum",
    (kind, changes) => {
      const small = measure(100, changes);
      const large = measure(5_000, changes);
      expect(large).toEqual(small);
      const total = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);
      // The physical minimum of a save: the lock (get, wait, release), five tabs read (find, range, values), one block
      // written (range, values), the zone of the dates.
      const minimum = 3 + 5 * 3 + 2 + 1;
      expect(total(small.saved)).toBeLessThanOrEqual(2 * minimum);
      // Five tabs inside the lock, and План again for the fresh view; an added row is re-checked right before its write.
      expect(small.saved["Range.getValues"]).toBe(kind === "add" ? 7 : 6);
      expect(total(small.opened)).toBeLessThanOrEqual(2 * (5 * 3 + 1 + 1));
    },
  );
});
