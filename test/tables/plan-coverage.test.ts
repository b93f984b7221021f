// The «Итоги — план» builder: pure data from a coverage result — layout, colours, gaps, flags, chart, both locales.

import { type PlanRow, planCoverage } from "../../src/domain/plan-coverage";
import type { PlanEntry, Profession, Subject } from "../../src/domain/records";
import { planCoverageMessages } from "../../src/i18n/plan-coverage";
import {
  CHART_COLUMN,
  CHART_ROW,
  CHART_ROWS,
  coverageColour,
  flagText,
  PLAN_COLOURS,
  planReport,
  TOTALS_HEADER_ROW,
} from "../../src/tables/plan-coverage";
import { rectangular } from "../../src/tables/sheet-content";

const QUARTERS = [
  { start: "2026-09-01", end: "2026-10-24" },
  { start: "2026-11-05", end: "2026-12-28" },
  { start: "2027-01-12", end: "2027-03-21" },
  { start: "2027-04-01", end: "2027-05-26" },
];
const subject = (name: string, grades: number[]): Subject => ({ subject: name, grades, teachers: [] });
const profession = (name: string, subjects: string[]): Profession => ({
  profession: name,
  subjects,
  types: [],
  isNew: false,
  competences: [],
  bands: [],
});
const rows = (entries: [string, number, number, string, PlanEntry["status"], string?][]): PlanRow[] =>
  entries.map(([s, grade, quarter, p, status, date], i) => ({
    row: i + 2,
    record: { subject: s, grade, quarter, profession: p, status, ...(date ? { date } : {}) },
  }));

const coverage = planCoverage({
  subjects: [subject("Физика", [7, 8]), subject("Музыка", [1])],
  professions: [profession("Инженер", ["Физика"]), profession("Звукорежиссёр", ["Музыка"])],
  plan: rows([
    ["Физика", 7, 1, "Инженер", "done"],
    ["Физика", 7, 1, "Электрик", "planned"],
    ["Физика", 8, 2, "Инженер", "planned", "2027-04-05"],
    ["Музыка", 1, 4, "Звукорежиссёр", "planned"],
    ["Музыка", 1, 4, "Инженер", "suggested"],
  ]),
  settings: { quarters: QUARTERS, introductionsPerQuarter: 2 },
  today: "2026-11-26",
});
const content = planReport({ coverage, required: 2, stamp: "Сформировано …", locale: "ru" });
const at = (text: string) => content.rows.findIndex((r) => r[0] === text);

test("the content is rectangular and every format matrix has its shape", () => {
  const width = content.rows[0].length;
  expect(content.rows).toEqual(rectangular(content.rows));
  expect(content.rows.every((r) => r.length === width)).toBe(true);
  for (const m of [content.backgrounds!, content.bold!]) {
    expect(m).toHaveLength(content.rows.length);
    expect(m.every((r) => r.length === width)).toBe(true);
  }
  expect(content.columnWidths).toHaveLength(width);
  expect(width).toBe(8);
});

test("first lines: the stamp, the target, the totals by quarter and for the year", () => {
  expect(content.rows[0][0]).toBe("Сформировано …");
  expect(content.rows[1][0]).toMatch(/норма — 2 в четверть/);
  expect(content.rows[TOTALS_HEADER_ROW - 2][0]).toBe("Охват по четвертям");
  expect(content.rows.slice(TOTALS_HEADER_ROW - 1, TOTALS_HEADER_ROW + 5).map((r) => r.slice(0, 6))).toEqual([
    ["Четверть", "% в норме", "В норме", "Ячеек", "Не хватает знакомств", "Предложено, ждут учителя"],
    ["1 четверть", 33.3, 1, 3, 4, 0],
    ["2 четверть", 0, 0, 3, 5, 0],
    ["3 четверть", 0, 0, 3, 6, 0],
    ["4 четверть", 0, 0, 3, 5, 1],
    ["За год", 8.3, 1, 12, 20, 1],
  ]);
  // One decimal shown as such: the percent cells carry the "0.0" format.
  expect(content.numberFormats![TOTALS_HEADER_ROW][1]).toBe("0.0");
  expect(content.bold![TOTALS_HEADER_ROW + 4][0]).toBe(true);
});

test("a matrix per quarter over the grades any subject has; grey where a subject is not taught", () => {
  const q1 = at("1 четверть: знакомств по предметам и параллелям");
  expect(content.rows[q1 + 1].slice(0, 4)).toEqual(["Предмет", "1 кл.", "7 кл.", "8 кл."]);
  expect(content.rows[q1 + 2].slice(0, 4)).toEqual(["Физика", "", 2, 0]);
  expect(content.rows[q1 + 3].slice(0, 4)).toEqual(["Музыка", 0, "", ""]);
  expect(content.backgrounds![q1 + 2].slice(0, 4)).toEqual([
    null,
    PLAN_COLOURS.notTaught,
    PLAN_COLOURS.met,
    PLAN_COLOURS.none,
  ]);
  const q4 = at("4 четверть: знакомств по предметам и параллелям");
  // Only the planned row counts: the suggested one does not.
  expect(content.rows[q4 + 3].slice(0, 2)).toEqual(["Музыка", 1]);
  expect(content.backgrounds![q4 + 3][1]).toBe(PLAN_COLOURS.partial);
});

test("gaps list every cell short of the target, coloured by what it has", () => {
  const g = at("Пробелы: где знакомств меньше нормы");
  const rest = content.rows.slice(g + 2);
  const gaps = rest.slice(
    0,
    rest.findIndex((r) => r[0] === ""),
  );
  expect(gaps).toHaveLength(11);
  expect(gaps[0].slice(0, 6)).toEqual(["Физика", 7, 2, 0, 2, 2]);
  expect(gaps.find((r) => r[0] === "Музыка" && r[2] === 4)?.slice(0, 6)).toEqual(["Музыка", 1, 4, 1, 2, 1]);
});

test("flags name the row, the profession and the problem; dates as dd.mm.yyyy", () => {
  const f = at("Замечания к строкам листа «План»");
  expect(content.rows.slice(f + 2).map((r) => r.slice(0, 5))).toEqual([
    ["Физика", 7, 1, 3, "«Электрик»: профессии нет в тезаурусе (лист «Профессии»)"],
    ["Физика", 8, 2, 4, "«Инженер»: дата 05.04.2027 вне четверти (05.11.2026–28.12.2026): это 4 четверть"],
    ["Музыка", 1, 4, 6, "«Инженер»: профессия в тезаурусе не связана с этим предметом"],
  ]);
});

test("one COLUMN chart over the quarters' labels and percentages, below the totals, over empty rows", () => {
  expect(content.charts).toEqual([
    {
      type: "COLUMN",
      title: "Ячеек в норме по четвертям, %",
      range: { row: TOTALS_HEADER_ROW, column: 1, numRows: 5, numColumns: 2 },
      anchor: { row: CHART_ROW, column: CHART_COLUMN },
      // The axis from 0 to 100 %: 90 and 92 must not look like half and whole.
      options: { "vAxis.minValue": 0, "vAxis.maxValue": 100, legend: "none" },
    },
  ]);
  // Nothing but the totals (6 columns) in the rows the chart covers.
  // Nothing in the rows the chart covers, below the totals.
  for (let r = CHART_ROW - 1; r < CHART_ROW - 1 + CHART_ROWS; r++)
    expect(content.rows[r].every((v) => v === "")).toBe(true);
  const r = TOTALS_HEADER_ROW - 1;
  expect(content.rows.slice(r, r + 5).map((x) => x.slice(0, 2))).toEqual([
    ["Четверть", "% в норме"],
    ["1 четверть", 33.3],
    ["2 четверть", 0],
    ["3 четверть", 0],
    ["4 четверть", 0],
  ]);
});

test("no gaps and no flags: one line each says so", () => {
  const full = planCoverage({
    subjects: [subject("Физика", [7])],
    professions: [profession("Инженер", ["Физика"]), profession("Электрик", ["Физика"])],
    plan: rows(
      [1, 2, 3, 4].flatMap((q) => [
        ["Физика", 7, q, "Инженер", "done"] as [string, number, number, string, PlanEntry["status"]],
      ]),
    ),
    settings: { quarters: QUARTERS, introductionsPerQuarter: 1 },
    today: "2026-11-26",
  });
  const c = planReport({ coverage: { ...full, flags: [] }, required: 1, stamp: "s", locale: "ru" });
  const texts = c.rows.map((r) => r[0]);
  expect(texts).toContain("Пробелов нет: норма выполнена везде.");
  expect(texts).toContain("Замечаний нет.");
});

test("no subjects: the tab says there is nothing to count, with no matrices", () => {
  const empty = planCoverage({
    subjects: [],
    professions: [],
    plan: [],
    settings: { quarters: QUARTERS, introductionsPerQuarter: 2 },
    today: "2026-11-26",
  });
  const c = planReport({ coverage: empty, required: 2, stamp: "s", locale: "ru" });
  const texts = c.rows.map((r) => r[0]);
  expect(texts).toContain("На листе «Предметы» нет предметов: считать нечего.");
  expect(texts.some((t) => String(t).includes("знакомств по предметам"))).toBe(false);
  // An empty book has no gaps to praise: «Пробелов нет: норма выполнена» would contradict «считать нечего».
  expect(texts).not.toContain("Пробелов нет: норма выполнена везде.");
});

test("every flag links to its cell on План, and the gaps name the teacher", () => {
  const c = planReport({
    coverage,
    required: 2,
    stamp: "s",
    locale: "ru",
    planSheet: { gid: 77, columns: { subject: 0, grade: 1, quarter: 2, date: 3, profession: 5, status: 7 } },
  });
  const flagHeader = c.rows.findIndex((r) => r[4] === "Замечание");
  const flagRows = c.rows.slice(flagHeader + 1);
  expect(flagRows.length).toBe(coverage.flags.length);
  expect(c.links).toEqual({
    row: flagHeader + 2,
    column: 6,
    formulas: coverage.flags.map((f) => {
      const col = f.kind === "dateOutsideQuarter" || f.kind === "overdue" ? "D" : "F";
      return [`=HYPERLINK("#gid=77&range=${col}${f.row}","перейти к ${col}${f.row}")`];
    }),
  });
  expect(flagRows.every((r) => String(r[5]).startsWith("#gid=77&range="))).toBe(true);
  const gapHeader = c.rows.findIndex((r) => r[0] === "Предмет" && r[7] === "Учитель");
  expect(gapHeader).toBeGreaterThan(0);
});

test("English labels", () => {
  const c = planReport({ coverage, required: 2, stamp: "Generated …", locale: "en" });
  expect(c.rows[TOTALS_HEADER_ROW - 1].slice(0, 4)).toEqual(["Quarter", "% meeting", "Meeting", "Cells"]);
  expect(c.rows.some((r) => r[0] === "Quarter 1: introductions by subject and grade")).toBe(true);
  expect(c.charts?.[0].title).toBe("Cells meeting the target by quarter, %");
});

test("text from the sheets that could be a formula is guarded", () => {
  const tricky = planCoverage({
    subjects: [subject("=Физика", [7])],
    professions: [],
    plan: rows([["=Физика", 7, 1, "+Инженер", "planned"]]),
    settings: { quarters: QUARTERS, introductionsPerQuarter: 2 },
    today: "2026-11-26",
  });
  const c = planReport({ coverage: tricky, required: 2, stamp: "s", locale: "ru" });
  expect(c.rows.filter((r) => r[0] === "'=Физика").length).toBeGreaterThanOrEqual(5);
  expect(c.rows.some((r) => r[0] === "=Физика")).toBe(false);
  expect(c.rows.at(-1)?.[4]).toBe("«+Инженер»: профессии нет в тезаурусе (лист «Профессии»)");
});

test("colours and flag texts", () => {
  expect(coverageColour(2, 2)).toBe(PLAN_COLOURS.met);
  expect(coverageColour(3, 2)).toBe(PLAN_COLOURS.met);
  expect(coverageColour(1, 2)).toBe(PLAN_COLOURS.partial);
  expect(coverageColour(0, 2)).toBe(PLAN_COLOURS.none);
  const m = planCoverageMessages("ru").planReport;
  const base = { row: 5, subject: "Физика", grade: 7, quarter: 2, profession: "Инженер" };
  expect(flagText(m, { ...base, kind: "overdue", date: "2026-11-10" })).toBe(
    "дата 10.11.2026 прошла, а статус всё ещё «запланировано»",
  );
  expect(flagText(m, { ...base, kind: "duplicateProfession", firstRow: 3, forced: false })).toBe(
    "профессия уже была в этой параллели по этому предмету (строка 3)",
  );
  expect(flagText(m, { ...base, kind: "gradeNotTaught" })).toBe(
    "в этой параллели предмет не изучается (лист «Предметы»)",
  );
});
