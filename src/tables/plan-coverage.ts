// The «Итоги — план» tab as data: coverage by quarter with its chart, a subject × grade matrix per quarter, gaps, flags.

import type { CoverageCell, PlanCoverage, PlanFlag } from "../domain/plan-coverage";
import type { Locale } from "../i18n/format";
import { type PlanReportMessages, planCoverageMessages } from "../i18n/plan-coverage";
import { type Cell, columnLetter } from "./cell";
import { guardText } from "./codec";
import { formatLocalDate } from "./dates";
import { rectangular, type SheetContent } from "./sheet-content";

/** Fills of the matrix and gap cells. */
export const PLAN_COLOURS = {
  met: "#b7e1cd",
  partial: "#fce8b2",
  none: "#f4c7c3",
  notTaught: "#efefef",
  header: "#e8eaed",
} as const;

/** The developer-metadata kind of the «Итоги — план» tab. */
export const PLAN_REPORT_KIND = "plan-summary";

/** Where the totals block sits (1-based): its header row; quarters 1–4 follow, then the year. */
export const TOTALS_HEADER_ROW = 5;

/** The chart stands below the totals (a blank row between), over this many rows (Sheets' default height). */
export const CHART_ROWS = 18;
/** The chart's first row (1-based): after the totals' header, four quarters, the year and a blank row. */
export const CHART_ROW = TOTALS_HEADER_ROW + 7;
/** The chart's column: the first, where the tab opens. */
export const CHART_COLUMN = 1;

/** Where План stands, so every flag links to its cell: the sheet id and the 0-based column of each field. */
export interface PlanLinkTarget {
  gid: number;
  columns: Partial<Record<"subject" | "grade" | "quarter" | "date" | "profession" | "status", number>>;
}

export interface PlanReportInput {
  coverage: PlanCoverage;
  /** When given, each flag gets a link to its cell on План. */
  planSheet?: PlanLinkTarget;
  /** Introductions required per subject × grade × quarter (Настройки). */
  required: number;
  /** The «Сформировано …» line. */
  stamp: string;
  locale: Locale;
}

type Row = {
  cells: Cell[];
  fills?: (string | null)[];
  bold?: boolean | boolean[];
  formats?: (string | null)[];
  /** A HYPERLINK formula for the flag's link column. */
  link?: string;
};

/** The 0-based column of the cell a flag is about on План. */
export function flagColumn(flag: PlanFlag, columns: PlanLinkTarget["columns"]): number {
  switch (flag.kind) {
    case "subjectUnknown":
      return columns.subject ?? 0;
    case "gradeNotTaught":
      return columns.grade ?? 0;
    case "dateOutsideQuarter":
    case "overdue":
      return columns.date ?? columns.quarter ?? 0;
    default:
      return columns.profession ?? 0;
  }
}

/** A link inside the spreadsheet to a cell of the sheet with this gid: `#gid=123&range=B5`. */
export function cellHref(gid: number, a1: string): string {
  return `#gid=${gid}&range=${a1}`;
}

/** `=HYPERLINK("…","…")`, in the en_US syntax Range.setFormulas takes whatever the spreadsheet's locale. */
export function hyperlinkFormula(href: string, label: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${q(href)},${q(label)})`;
}

/** One decimal, as the percent columns show it (6.9 %, not 7 %). */
export const PERCENT_FORMAT = "0.0";

/** The colour of a count against the target: met, some, or none. */
export function coverageColour(count: number, required: number): string {
  if (count >= required) return PLAN_COLOURS.met;
  return count > 0 ? PLAN_COLOURS.partial : PLAN_COLOURS.none;
}

/** The text of a flag in the report's locale. */
export function flagText(m: PlanReportMessages, flag: PlanFlag): string {
  const date = (d: string) => formatLocalDate(d);
  switch (flag.kind) {
    case "dateOutsideQuarter":
      return m.flag.dateOutsideQuarter(
        date(flag.date),
        date(flag.quarterStart),
        date(flag.quarterEnd),
        flag.dateQuarter,
      );
    case "overdue":
      return m.flag.overdue(date(flag.date));
    case "duplicateProfession":
      return flag.forced ? m.flag.forcedRepeat(flag.firstRow) : m.flag.duplicateProfession(flag.firstRow);
    default:
      return m.flag[flag.kind]();
  }
}

/** The totals block's width: quarter, %, meeting, cells, introductions missing, proposals waiting. */
const TOTALS_WIDTH = 6;

function totalsRows(m: PlanReportMessages, coverage: PlanCoverage): Row[] {
  const c = m.totalsColumns;
  const { totals } = coverage;
  const formats = [null, PERCENT_FORMAT, null, null, null, null];
  return [
    { cells: [m.totals], bold: true },
    {
      cells: [c.quarter, c.percent, c.meeting, c.cells, c.missing, c.suggested],
      bold: true,
      fills: Array(TOTALS_WIDTH).fill(PLAN_COLOURS.header),
    },
    ...totals.byQuarter.map((q) => ({
      cells: [m.quarterLabel(q.quarter), q.percent, q.meeting, q.cells, q.missing, q.suggested],
      formats,
    })),
    {
      cells: [m.year, totals.percent, totals.meeting, totals.cells, totals.missing, totals.suggested],
      bold: true,
      formats,
    },
  ];
}

function matrixRows(m: PlanReportMessages, coverage: PlanCoverage, grades: number[], quarter: number): Row[] {
  const bySubject = new Map<string, Map<number, CoverageCell>>();
  for (const cell of coverage.cells) {
    if (cell.quarter !== quarter) continue;
    const row = bySubject.get(cell.subject) ?? new Map<number, CoverageCell>();
    row.set(cell.grade, cell);
    bySubject.set(cell.subject, row);
  }
  const rows: Row[] = [
    { cells: [] },
    { cells: [m.matrix(quarter)], bold: true },
    {
      cells: [m.subject, ...grades.map(m.gradeHeader)],
      bold: true,
      fills: [PLAN_COLOURS.header, ...grades.map(() => PLAN_COLOURS.header)],
    },
  ];
  for (const [subject, cells] of bySubject) {
    const values: Cell[] = [guardText(subject)];
    const fills: (string | null)[] = [null];
    for (const g of grades) {
      const cell = cells.get(g);
      values.push(cell ? cell.count : "");
      fills.push(cell ? coverageColour(cell.count, cell.required) : PLAN_COLOURS.notTaught);
    }
    rows.push({ cells: values, fills });
  }
  return rows;
}

function gapRows(m: PlanReportMessages, coverage: PlanCoverage): Row[] {
  const c = m.gapsColumns;
  const gaps = coverage.cells.filter((cell) => !cell.meets);
  const rows: Row[] = [
    { cells: [] },
    { cells: [m.gaps], bold: true },
    {
      cells: [c.subject, c.grade, c.quarter, c.count, c.required, c.missing, c.suggested, c.teacher],
      bold: true,
      fills: Array(8).fill(PLAN_COLOURS.header),
    },
  ];
  for (const g of gaps) {
    const colour = coverageColour(g.count, g.required);
    rows.push({
      cells: [
        guardText(g.subject),
        g.grade,
        g.quarter,
        g.count,
        g.required,
        g.missing,
        g.suggested,
        guardText(g.teachers.join(", ")),
      ],
      fills: [null, null, null, colour, null, null, null, null],
    });
  }
  if (coverage.cells.length === 0) rows.push({ cells: [m.noSubjects] });
  else if (gaps.length === 0) rows.push({ cells: [m.noGaps] });
  return rows;
}

/** The flags' link column (1-based): after subject, grade, quarter, row and the remark. */
export const FLAG_LINK_COLUMN = 6;

function flagRows(m: PlanReportMessages, flags: readonly PlanFlag[], target?: PlanLinkTarget): Row[] {
  const c = m.flagsColumns;
  const rows: Row[] = [
    { cells: [] },
    { cells: [m.flags], bold: true },
    {
      cells: [c.subject, c.grade, c.quarter, c.row, c.problem, c.link],
      bold: true,
      fills: Array(6).fill(PLAN_COLOURS.header),
    },
  ];
  for (const f of flags) {
    const a1 = target ? `${columnLetter(flagColumn(f, target.columns))}${f.row}` : "";
    const href = target ? cellHref(target.gid, a1) : "";
    rows.push({
      cells: [
        guardText(f.subject),
        f.grade,
        f.quarter,
        f.row,
        guardText(m.flagLine(f.profession, flagText(m, f))),
        guardText(href),
      ],
      ...(target ? { link: hyperlinkFormula(href, m.goTo(a1)) } : {}),
    });
  }
  if (flags.length === 0) rows.push({ cells: [m.noFlags] });
  return rows;
}

/**
 * The whole tab: the stamp, a heading with the target, the totals by quarter and for the year (% of cells meeting
 * the target, with a COLUMN chart of the quarters beside them), the legend, for each quarter a subject × grade matrix of counts
 * coloured against the target (grey where the subject is not taught), the list of gaps, and the flags on plan rows.
 * Its size depends on subjects, grades and flags, never on the number of plan rows as such.
 */
export function planReport(input: PlanReportInput): SheetContent {
  const m = planCoverageMessages(input.locale).planReport;
  const { coverage } = input;
  const grades = [...new Set(coverage.cells.map((c) => c.grade))].sort((a, b) => a - b);
  const rows: Row[] = [
    { cells: [input.stamp] },
    { cells: [m.heading(input.required)] },
    { cells: [] },
    ...totalsRows(m, coverage),
  ];
  // Room for the chart below the totals, so that it shows when the tab opens.
  while (rows.length < CHART_ROW - 1 + CHART_ROWS) rows.push({ cells: [] });
  rows.push({ cells: [] }, { cells: [coverage.cells.length === 0 ? m.noSubjects : m.legend] });
  if (coverage.cells.length > 0)
    for (let q = 1; q <= 4; q++) rows.push(...matrixRows(m, coverage, grades, q));
  rows.push(...gapRows(m, coverage), ...flagRows(m, coverage.flags, input.planSheet));

  const values = rectangular(rows.map((r) => r.cells));
  const width = values[0].length;
  const backgrounds = rows.map((r) => Array.from({ length: width }, (_, i) => r.fills?.[i] ?? null));
  const bold = rows.map((r) =>
    Array.from({ length: width }, (_, i) => (Array.isArray(r.bold) ? (r.bold[i] ?? false) : r.bold === true)),
  );
  const numberFormats = rows.map((r) => Array.from({ length: width }, (_, i) => r.formats?.[i] ?? null));
  const firstLink = rows.findIndex((r) => r.link !== undefined);
  const links =
    firstLink < 0
      ? undefined
      : {
          row: firstLink + 1,
          column: FLAG_LINK_COLUMN,
          formulas: rows.slice(firstLink).map((r) => [r.link ?? ""]),
        };
  return {
    rows: values,
    backgrounds,
    bold,
    numberFormats,
    frozenRows: 1,
    // E holds the flags' remarks (long), F the links and the totals' last header.
    columnWidths: [240, ...Array.from({ length: width - 1 }, (_, i) => (i === 3 ? 380 : i === 4 ? 170 : 95))],
    ...(links ? { links } : {}),
    charts: [
      {
        type: "COLUMN",
        title: m.chartTitle,
        range: { row: TOTALS_HEADER_ROW, column: 1, numRows: 5, numColumns: 2 },
        anchor: { row: CHART_ROW, column: CHART_COLUMN },
        // From 0 to 100 %: 90 and 92 must not look like a half and a whole.
        options: { "vAxis.minValue": 0, "vAxis.maxValue": 100, legend: "none" },
      },
    ],
  };
}
