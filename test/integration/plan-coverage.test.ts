// «Итоги — план» through the built bundle: hand-counted figures on a small fixture, the tab's marker, its rebuild.

import { createEmulator } from "../../emulator/index";
import { newSheet } from "../../emulator/model";
import { PLAN_COLOURS, TOTALS_HEADER_ROW } from "../../src/tables/plan-coverage";
import { fixtureWorkbook, moscowDate, type RowValues, settingsRows, sheetOf, values } from "./plan-fixtures";

const TAB = "Итоги — план";

const plan = (
  subject: string,
  grade: number,
  quarter: number,
  profession: string,
  status: string,
  date?: string,
): RowValues => ({
  Предмет: subject,
  Параллель: grade,
  Четверть: quarter,
  Профессия: profession,
  Статус: status,
  ...(date ? { Дата: moscowDate(date) } : {}),
});

/**
 * Математика in grades 5–6 and Биология in grade 5: 12 cells, 2 introductions required per quarter.
 * Counted by hand (planned and done count; suggested and cancelled do not; rows of an unknown subject or of a grade
 * where the subject is not taught do not):
 *   Математика 5: Q1 2 ✓, Q2 1, Q3 0, Q4 0
 *   Математика 6: Q1 0 (one suggested, one cancelled), Q2 0, Q3 1, Q4 2 ✓
 *   Биология 5:   Q1 2 ✓, Q2 1, Q3 1 (dated in Q2), Q4 0
 * → 3 of 12 cells meet the target (25 %); by quarter 2/3 (67 %), 0/3, 0/3, 1/3 (33 %); 9 gaps.
 * Flags: row 4 duplicate (first row 2), 9 not linked, 10 grade not taught, 11 unknown subject, 12 unknown profession,
 * 15 date outside the quarter (in quarter 2).
 */
function smallSchool() {
  return fixtureWorkbook({
    settings: settingsRows(2),
    subjects: [
      { Предмет: "Математика", Классы: "5-6", Учителя: "Иванова И. И." },
      { Предмет: "Биология", Классы: "5" },
    ],
    professions: [
      { Профессия: "Программист", Предметы: "Математика", Тип: "З" },
      { Профессия: "Актуарий", Предметы: "Математика" },
      { Профессия: "Криптограф", Предметы: "Математика" },
      { Профессия: "Агроном", Предметы: "Биология" },
      { Профессия: "Ветеринар", Предметы: "Биология" },
      { Профессия: "Эколог", Предметы: "Биология" },
    ],
    plan: [
      plan("Математика", 5, 1, "Программист", "запланировано"), // row 2
      plan("Математика", 5, 1, "Актуарий", "проведено"), // 3
      plan("Математика", 5, 2, "Программист", "запланировано"), // 4: duplicate of row 2
      plan("Математика", 6, 1, "Программист", "предложено"), // 5: counts for nothing
      plan("Математика", 6, 1, "Актуарий", "отменено"), // 6: counts for nothing, no flags
      plan("Биология", 5, 1, "Агроном", "проведено"), // 7
      plan("Биология", 5, 1, "Ветеринар", ""), // 8: blank status reads as planned
      plan("Биология", 5, 2, "Программист", "запланировано"), // 9: not linked to Биология
      plan("Биология", 6, 1, "Агроном", "запланировано"), // 10: Биология is not taught in grade 6
      plan("Химия", 5, 1, "Агроном", "запланировано"), // 11: no such subject
      plan("Математика", 6, 3, "Космонавт", "запланировано"), // 12: not in the thesaurus
      plan("Математика", 6, 4, "Актуарий", "проведено"), // 13
      plan("Математика", 6, 4, "Криптограф", "проведено"), // 14
      plan("Биология", 5, 3, "Эколог", "проведено", "2026-12-01"), // 15: a date of quarter 2
    ],
  });
}

/** The row (1-based) whose first cell is `text`. */
function rowOf(grid: unknown[][], text: string, from = 0): number {
  const i = grid.findIndex((r, k) => k >= from && r[0] === text);
  if (i < 0) throw new Error(`no row starting with «${text}»`);
  return i + 1;
}

describe("refreshPlanCoverage on a hand-counted fixture", () => {
  const emu = createEmulator({ workbook: smallSchool() });
  const outcome = emu.call<{ percent: number; gaps: number; flags: number }>("refreshPlanCoverage");
  const grid = values(emu, TAB);
  const sheet = sheetOf(emu, TAB);

  test("returns and toasts the headline figures", () => {
    // Missing by hand: Математика 5 — 0+1+2+2, Математика 6 — 2+2+1+0, Биология 5 — 0+1+1+2 = 14; one «предложено».
    expect(outcome).toEqual({ percent: 25, gaps: 9, missing: 14, suggested: 1, flags: 6 });
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      "Охват плана: 25 % ячеек в норме; не хватает 14 знакомств в 9 ячейках; предложено и ждут учителя: 1. Подробности — на листе «Итоги — план».",
    );
  });

  test("the tab is marked as generated, protected with a warning, and stamped", () => {
    expect(sheet.metadata).toEqual([
      expect.objectContaining({ key: "proftrack.generated", value: "plan-summary" }),
    ]);
    expect(sheet.protections).toEqual([expect.objectContaining({ warningOnly: true })]);
    expect(String(grid[0][0])).toMatch(
      /^Сформировано ПрофТрек \d\d\.\d\d\.\d{4} \d\d:\d\d по листам: Настройки, Предметы, Профессии, План\./,
    );
    expect(sheet.frozenRows).toBe(1);
  });

  test("totals: % of cells meeting the target by quarter and for the year", () => {
    const r = TOTALS_HEADER_ROW - 1;
    expect(grid.slice(r, r + 6).map((row) => row.slice(0, 4))).toEqual([
      ["Четверть", "% в норме", "В норме", "Ячеек"],
      ["1 четверть", 66.7, 2, 3],
      ["2 четверть", 0, 0, 3],
      ["3 четверть", 0, 0, 3],
      ["4 четверть", 33.3, 1, 3],
      ["За год", 25, 3, 12],
    ]);
  });

  test("a subject × grade matrix per quarter, counts coloured against the target, grey where not taught", () => {
    const expected: Record<number, [string, number | "", number | ""][]> = {
      1: [
        ["Математика", 2, 0],
        ["Биология", 2, ""],
      ],
      2: [
        ["Математика", 1, 0],
        ["Биология", 1, ""],
      ],
      3: [
        ["Математика", 0, 1],
        ["Биология", 1, ""],
      ],
      4: [
        ["Математика", 0, 2],
        ["Биология", 0, ""],
      ],
    };
    const colour = (v: number | "") =>
      v === ""
        ? PLAN_COLOURS.notTaught
        : v >= 2
          ? PLAN_COLOURS.met
          : v > 0
            ? PLAN_COLOURS.partial
            : PLAN_COLOURS.none;
    for (let q = 1; q <= 4; q++) {
      const title = rowOf(grid, `${q} четверть: знакомств по предметам и параллелям`);
      expect(grid[title].slice(0, 3)).toEqual(["Предмет", "5 кл.", "6 кл."]);
      const rows = grid.slice(title + 1, title + 3).map((r) => r.slice(0, 3));
      expect(rows).toEqual(expected[q]);
      const fills = sheet.cells
        .slice(title + 1, title + 3)
        .map((r) => [r?.[1]?.background, r?.[2]?.background]);
      expect(fills).toEqual(expected[q].map(([, a, b]) => [colour(a), colour(b)]));
    }
  });

  test("the gaps, in subject, grade and quarter order, with what is missing", () => {
    const title = rowOf(grid, "Пробелы: где знакомств меньше нормы");
    expect(grid[title].slice(0, 6)).toEqual([
      "Предмет",
      "Параллель",
      "Четверть",
      "Есть",
      "Норма",
      "Не хватает",
    ]);
    const gaps = grid.slice(title + 1, title + 10).map((r) => r.slice(0, 6));
    expect(gaps).toEqual([
      ["Математика", 5, 2, 1, 2, 1],
      ["Математика", 5, 3, 0, 2, 2],
      ["Математика", 5, 4, 0, 2, 2],
      ["Математика", 6, 1, 0, 2, 2],
      ["Математика", 6, 2, 0, 2, 2],
      ["Математика", 6, 3, 1, 2, 1],
      ["Биология", 5, 2, 1, 2, 1],
      ["Биология", 5, 3, 1, 2, 1],
      ["Биология", 5, 4, 0, 2, 2],
    ]);
    expect(grid[title + 10]?.[0] ?? "").toBe("");
    expect(sheet.cells[title + 1]?.[3]?.background).toBe(PLAN_COLOURS.partial);
    expect(sheet.cells[title + 2]?.[3]?.background).toBe(PLAN_COLOURS.none);
  });

  test("the flags on plan rows, in the plan's order", () => {
    const title = rowOf(grid, "Замечания к строкам листа «План»");
    expect(grid[title].slice(0, 5)).toEqual(["Предмет", "Параллель", "Четверть", "Строка", "Замечание"]);
    expect(grid.slice(title + 1).map((r) => r.slice(0, 5))).toEqual([
      [
        "Математика",
        5,
        2,
        4,
        "«Программист»: профессия уже была в этой параллели по этому предмету (строка 2)",
      ],
      ["Биология", 5, 2, 9, "«Программист»: профессия в тезаурусе не связана с этим предметом"],
      ["Биология", 6, 1, 10, "«Агроном»: в этой параллели предмет не изучается (лист «Предметы»)"],
      ["Химия", 5, 1, 11, "«Агроном»: предмета нет на листе «Предметы»"],
      ["Математика", 6, 3, 12, "«Космонавт»: профессии нет в тезаурусе (лист «Профессии»)"],
      [
        "Биология",
        5,
        3,
        15,
        "«Эколог»: дата 01.12.2026 вне четверти (12.01.2027–21.03.2027): это 2 четверть",
      ],
    ]);
    // Each flag links to its cell on План: the profession's (F), the subject's (A), the grade's (B), the date's (D).
    const gid = sheetOf(emu, "План").id;
    const cells = ["F4", "F9", "B10", "A11", "F12", "D15"];
    expect(grid.slice(title + 1).map((r) => r[5])).toEqual(cells.map((a1) => `перейти к ${a1}`));
    expect(sheet.cells.slice(title + 1).map((r) => r?.[5]?.formula)).toEqual(
      cells.map((a1) => `=HYPERLINK("#gid=${gid}&range=${a1}","перейти к ${a1}")`),
    );
  });

  test("a COLUMN chart of % coverage by quarter, below the totals, its axis 0–100 %", () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.type).toBe("COLUMN");
    expect(chart.ranges).toEqual([`A${TOTALS_HEADER_ROW}:B${TOTALS_HEADER_ROW + 4}`]);
    expect(chart.options.title).toBe("Ячеек в норме по четвертям, %");
    expect({ row: chart.row, column: chart.column }).toEqual({ row: TOTALS_HEADER_ROW + 7, column: 1 });
    // From 0 to 100 %: 90 and 92 must not look like half and whole.
    expect(chart.options["vAxis.minValue"]).toBe(0);
    expect(chart.options["vAxis.maxValue"]).toBe(100);
  });

  test("source tabs are not written", () => {
    const before = smallSchool();
    for (const name of ["Настройки", "Предметы", "Профессии", "План"]) {
      const now = emu.workbook.sheets.find((s) => s.name === name)!;
      const then = before.sheets.find((s) => s.name === name)!;
      expect(now.cells).toEqual(then.cells);
    }
  });
});

describe("rebuilding «Итоги — план»", () => {
  test("a second run replaces the tab in place, with the new figures", () => {
    const emu = createEmulator({ workbook: smallSchool() });
    emu.call("refreshPlanCoverage");
    const first = sheetOf(emu, TAB);
    const index = emu.workbook.sheets.indexOf(first);
    const planTab = sheetOf(emu, "План");
    planTab.cells.push(["Математика", 5, 2, "", "", "Криптограф", "", "проведено"].map((v) => ({ v })));
    emu.call("refreshPlanCoverage");
    const second = sheetOf(emu, TAB);
    expect(emu.workbook.sheets.filter((s) => s.name === TAB)).toHaveLength(1);
    expect(emu.workbook.sheets.indexOf(second)).toBe(index);
    expect(second.charts).toHaveLength(1);
    const grid = values(emu, TAB);
    expect(grid[rowOf(grid, "За год") - 1].slice(0, 4)).toEqual(["За год", 33.3, 4, 12]);
  });

  test("a user's own tab of that name is never overwritten: a clear message, nothing written", () => {
    const wb = smallSchool();
    const mine = newSheet(wb, TAB);
    mine.cells.push([{ v: "мои заметки" }]);
    wb.sheets.push(mine);
    const emu = createEmulator({ workbook: wb });
    const r = emu.runFromClient("refreshPlanCoverage", []);
    expect(r).toEqual({
      ok: false,
      error: {
        name: "UserError",
        message:
          "Лист «Итоги — план» создан не ПрофТрек, поэтому он не будет перезаписан. Переименуйте его и повторите.",
      },
    });
    expect(values(emu, TAB)).toEqual([["мои заметки"]]);
    expect(emu.workbook.sheets.filter((s) => s.name.startsWith("Итоги"))).toHaveLength(1);
  });

  test("a failure while building keeps the previous tab", () => {
    const emu = createEmulator({ workbook: smallSchool() });
    emu.call("refreshPlanCoverage");
    const before = structuredClone(sheetOf(emu, TAB).cells);
    emu.calls.reset();
    emu.failAt({
      method: "Range.setBackgrounds",
      nth: 1,
      message: "Service Spreadsheets timed out while accessing document",
    });
    expect(emu.runFromClient("refreshPlanCoverage", []).ok).toBe(false);
    expect(sheetOf(emu, TAB).cells).toEqual(before);
    expect(emu.workbook.sheets.filter((s) => s.name.startsWith("Итоги"))).toHaveLength(1);
  });

  test("in English when Настройки says so", () => {
    const wb = smallSchool();
    const settings = wb.sheets.find((s) => s.name === "Настройки")!;
    settings.cells.push([{ v: "Язык" }, { v: "en" }]);
    const emu = createEmulator({ workbook: wb });
    emu.call("refreshPlanCoverage");
    const grid = values(emu, "Summary — plan");
    expect(grid[TOTALS_HEADER_ROW - 1].slice(0, 4)).toEqual(["Quarter", "% meeting", "Meeting", "Cells"]);
    expect(rowOf(grid, "Year")).toBe(TOTALS_HEADER_ROW + 5);
  });
});
