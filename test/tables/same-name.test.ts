// One rule for "the same name": «Проверить данные» (cross-tab checks, uniqueness) and «Итоги — план» (coverage)
// agree on which plan rows name a profession or subject of the workbook.

import { planCoverage } from "../../src/domain/plan-coverage";
import type { PlanEntry, Profession, Settings, Subject } from "../../src/domain/records";
import type { Cell, Grid } from "../../src/tables/cell";
import { crossTabProblems } from "../../src/tables/cross-checks";
import { type ReadResult, readTable } from "../../src/tables/read";
import { anyTab, type TabKey } from "../../src/tables/specs";

const options = { timeZone: "Europe/Moscow", locale: "ru" as const };
const QUARTERS: Settings["quarters"] = [
  { start: "2026-09-01", end: "2026-10-24" },
  { start: "2026-11-05", end: "2026-12-28" },
  { start: "2027-01-11", end: "2027-03-20" },
  { start: "2027-03-30", end: "2027-05-26" },
];

/** Reads the grids as the validate operation does, then runs both the cross-tab check and plan coverage. */
function both(grids: Partial<Record<TabKey, Grid>>) {
  const reads: Partial<Record<TabKey, ReadResult<Record<string, unknown>>>> = {};
  for (const [key, grid] of Object.entries(grids) as [TabKey, Grid][])
    reads[key] = readTable(anyTab(key), grid, options) as ReadResult<Record<string, unknown>>;
  const problems = crossTabProblems({ grids, reads, settings: { personalDataMode: "codes" }, options });
  const records = <T>(key: TabKey) => (reads[key]?.records ?? []).map((r) => r.record as T);
  const coverage = planCoverage({
    subjects: records<Subject>("subjects"),
    professions: records<Profession>("professions"),
    plan: (reads.plan?.records ?? []).map((r) => ({ row: r.row, record: r.record as PlanEntry })),
    settings: { quarters: QUARTERS, introductionsPerQuarter: 1 },
    today: "2026-09-01",
  });
  return { reads, problems, coverage };
}

const subjects: Cell[][] = [
  ["Предмет", "Классы"],
  ["Физика", "7-11"],
  ["Технология", "5-9"],
];
const professions: Cell[][] = [
  ["Профессия", "Предметы"],
  ["Инженер-робототехник", "Физика, Технология"],
  ["Врач", "Физика"],
  ["Астрофизик", "Физика"],
  ["Сварщик", "Технология"],
];

describe("validation and coverage agree on the same name", () => {
  // Each plan row names a profession of Профессии in another spelling, except «Космобиолог».
  const plan: Cell[][] = [
    ["Предмет", "Параллель", "Четверть", "Профессия"],
    ["Физика", 8, 1, "Инженер робототехник"], // 2: a space for the hyphen
    ["Физика", 8, 2, "Врач."], // 3: a trailing dot
    ["Физика", 9, 1, "Астро\u200Bфизик"], // 4: a zero-width space
    ["Физика", 9, 2, "Aстрофизик"], // 5: a Latin A
    ["Технология", 6, 1, "«Cварщик»"], // 6: quotes and a Latin C
    ["Технология", 6, 2, "инженер – робототехник"], // 7: an en dash with spaces
    ["Фи\u00ADзика.", 10, 1, "ВРАЧ"], // 8: the subject with a soft hyphen and a dot
    ["Физика", 10, 2, "Космобиолог"], // 9: a different profession
    ["Физика", 11, 1, "Врачи"], // 10: a different profession, one letter longer
    ["Астрономия", 11, 2, "Астрофизик"], // 11: a different subject
  ];
  const { reads, problems, coverage } = both({ subjects, professions, plan });
  /** [row, column] pairs in row order (the check goes column by column, coverage row by row). */
  const byRow = (pairs: (string | number)[][]) =>
    [...pairs].sort((a, b) => Number(a[0]) - Number(b[0]) || String(a[1]).localeCompare(String(b[1])));

  test("every row is read", () => {
    expect(reads.plan?.errors).toEqual([]);
    expect(reads.plan?.records).toHaveLength(10);
  });

  test("the check reports only the genuinely different names", () => {
    expect(byRow(problems.map((p) => [p.row, p.columnKey, p.value]))).toEqual([
      [9, "profession", "Космобиолог"],
      [10, "profession", "Врачи"],
      [11, "subject", "Астрономия"],
    ]);
  });

  test("coverage flags exactly the same rows", () => {
    const unknown = byRow(
      coverage.flags
        .filter((f) => f.kind === "unknownProfession" || f.kind === "subjectUnknown")
        .map((f) => [f.row, f.kind === "unknownProfession" ? "profession" : "subject"]),
    );
    expect(unknown).toEqual([
      [9, "profession"],
      [10, "profession"],
      [11, "subject"],
    ]);
    expect(byRow(problems.map((p) => [p.row, p.columnKey]))).toEqual(unknown);
  });

  test("and counts the respelled rows as introductions", () => {
    const cell = (grade: number, quarter: number, subject = "Физика") =>
      coverage.cells.find((c) => c.subject === subject && c.grade === grade && c.quarter === quarter)?.count;
    expect([cell(8, 1), cell(8, 2), cell(9, 1), cell(9, 2), cell(10, 1)]).toEqual([1, 1, 1, 1, 1]);
    expect([cell(6, 1, "Технология"), cell(6, 2, "Технология")]).toEqual([1, 1]);
  });

  test("no respelled row is flagged as a profession not linked to its subject", () => {
    expect(coverage.flags.filter((f) => f.kind === "professionNotLinked")).toEqual([]);
  });
});

describe("uniqueness of a name column follows the same rule", () => {
  test("a respelled profession repeats its row on Профессии; codes stay exact", () => {
    const grid: Cell[][] = [
      ...professions,
      ["инженер робототехник", "Физика"], // 6
      ["Врач.", "Физика"], // 7
      ["Aстро\u200Bфизик", "Физика"], // 8
      ["Врачи", "Физика"], // 9: a different profession
    ];
    const read = readTable(anyTab("professions"), grid, options);
    expect(read.errors.map((e) => [e.row, e.columnKey, e.reason])).toEqual([
      [6, "profession", "повторяет строку 2"],
      [7, "profession", "повторяет строку 3"],
      [8, "profession", "повторяет строку 4"],
    ]);
    expect(read.records.map((r) => r.row)).toEqual([2, 3, 4, 5, 9]);
  });

  test("subjects and bands are names too", () => {
    const subjectGrid: Cell[][] = [...subjects, ["физика.", "7-9"]];
    expect(readTable(anyTab("subjects"), subjectGrid, options).errors.map((e) => e.row)).toEqual([4]);
    const bands: Cell[][] = [
      ["Ступень", "Классы"],
      ["5–7", "5-7"],
      ["5-7", "5-7"],
    ];
    expect(readTable(anyTab("bands"), bands, options).errors.map((e) => e.row)).toEqual([3]);
  });

  test("pupil codes compare exactly (identityKey): a Latin look-alike is another code", () => {
    const pupils: Cell[][] = [
      ["Код", "Класс"],
      ["А-1", "8А"],
      ["A-1", "8А"], // Latin A: a code is not a name
      ["а-1", "8А"], // case still does not matter
    ];
    expect(readTable(anyTab("pupils"), pupils, options).errors.map((e) => e.row)).toEqual([4]);
  });
});
