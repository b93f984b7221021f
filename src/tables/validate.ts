// The «Проверка данных» tab as data: one row per problem, errors then warnings, by tab, row and column, with a link.

import type { PlanFlag, PlanFlagKind } from "../domain/plan-coverage";
import type { PlanEntry } from "../domain/records";
import type { Locale } from "../i18n/format";
import { planCoverageMessages } from "../i18n/plan-coverage";
import { validateMessages } from "../i18n/validate";
import { type Cell, columnLetter, type Grid } from "./cell";
import { displayCell, guardText } from "./codec";
import { crossProblem } from "./cross-checks";
import type { ZoneOptions } from "./dates";
import { redactFullNames } from "./normalize";
import { flagText } from "./plan-coverage";
import type { HeaderMap, RowError } from "./read";
import type { SheetContent } from "./sheet-content";
import type { TabKey } from "./spec-types";
import { anyTab, SOURCE_TAB_ORDER } from "./specs";

/**
 * How serious a problem is: an error leaves its row out of every computation (a bad cell, a reference to nothing, a
 * repeat); a warning is about a row that counts (a plan row's remark: a date outside its quarter, an overdue date, …).
 */
export type Severity = "error" | "warning";

/** One line of the report. */
export interface ReportProblem {
  severity: Severity;
  tabKey: TabKey;
  /** The tab's name as shown. */
  tab: string;
  /** 1-based sheet row; undefined for a problem of the whole tab (a missing tab). */
  row?: number;
  /** 0-based column in the sheet, when the problem is in a known column. */
  columnIndex?: number;
  /** Letter and header as in the sheet: B «Класс». */
  column: string;
  value: string;
  reason: string;
}

/** A row error (or, with severity, a warning) placed in its sheet: the column's index from the tab's header as read. */
export function locateError(
  error: RowError,
  header: HeaderMap | undefined,
  severity: Severity = "error",
): ReportProblem {
  return {
    severity,
    tabKey: error.tabKey,
    tab: error.tab,
    row: error.row,
    columnIndex: header?.index[error.columnKey],
    column: error.column,
    value: error.value,
    reason: error.reason,
  };
}

/** The cell of a plan row each flag is about. */
const FLAG_COLUMN: Record<PlanFlagKind, Extract<keyof PlanEntry, string>> = {
  subjectUnknown: "subject",
  gradeNotTaught: "grade",
  unknownProfession: "profession",
  professionNotLinked: "profession",
  duplicateProfession: "profession",
  dateOutsideQuarter: "date",
  overdue: "date",
};

/** Flags that say what a cross-tab error on the same cell says already (a subject or profession no tab holds). */
const RESTATES_ERROR: readonly PlanFlagKind[] = ["subjectUnknown", "unknownProfession"];

/**
 * The plan's flags (domain planCoverage) as warnings on «План», each at its row and the cell it is about, worded as
 * on «Итоги — план». A flag that restates an error already found on the same cell (an unknown profession is a
 * cross-tab error too) is left out; other flags on that cell stay (an unknown profession repeated in a grade).
 */
export function planFlagWarnings(input: {
  flags: readonly PlanFlag[];
  header: HeaderMap;
  /** The «План» grid as read (row 1 = header), for the cells' values. */
  grid: Grid;
  /** The problems found so far: errors on «План» hide the flags that restate them. */
  errors: readonly ReportProblem[];
  options: ZoneOptions & { locale: Locale };
}): ReportProblem[] {
  const { header, grid, options } = input;
  const { locale } = options;
  const m = planCoverageMessages(locale).planReport;
  const cellOf = (row: number, columnIndex: number | undefined) => `${row}\u0000${columnIndex ?? ""}`;
  const withError = new Set(
    input.errors
      .filter((p) => p.severity === "error" && p.tabKey === "plan" && p.row !== undefined)
      .map((p) => cellOf(p.row!, p.columnIndex)),
  );
  const out: ReportProblem[] = [];
  for (const flag of input.flags) {
    const columnKey = FLAG_COLUMN[flag.kind];
    const i = header.index[columnKey];
    if (RESTATES_ERROR.includes(flag.kind) && withError.has(cellOf(flag.row, i))) continue;
    const value = i === undefined ? "" : displayCell(grid[flag.row - 1]?.[i], options);
    const warning = crossProblem(
      anyTab("plan"),
      header,
      flag.row,
      columnKey,
      value,
      flagText(m, flag),
      locale,
    );
    out.push(locateError(warning, header, "warning"));
  }
  return out;
}

/** The A1 address a problem points at: its cell, the row's first cell, or A1 of the tab. */
export function problemA1(p: Pick<ReportProblem, "row" | "columnIndex">): string {
  return `${columnLetter(p.columnIndex ?? 0)}${p.row ?? 1}`;
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

/** Report rows start here (1-based): row 1 is the «сформировано …» line, row 2 the header. */
export const REPORT_FIRST_ROW = 3;
/** The 1-based column of the links (the last of Вид | Лист | Строка | Столбец | Значение | Проблема | Ссылка). */
export const REPORT_LINK_COLUMN = 7;

export interface ValidationReport {
  content: SheetContent;
  /** One HYPERLINK formula per problem (a column block for one setFormulas at REPORT_FIRST_ROW), or [] with none. */
  links: string[][];
  problems: ReportProblem[];
}

/**
 * The generated tab: the stamp line, the header Вид | Лист | Строка | Столбец | Значение | Проблема | Ссылка, then
 * the errors and then the warnings, each in tab order (as in data-model.md), by row and column. The link cells hold the `#gid=…&range=…` address as
 * text; `links` turns them into clickable formulas. A tab whose gid is unknown gets no link. With no problem,
 * one line says so.
 */
export function validationReport(
  problems: readonly ReportProblem[],
  gids: Partial<Record<TabKey, number>>,
  stamp: string,
  locale: Locale,
): ValidationReport {
  const m = validateMessages(locale).validate;
  const order = (k: TabKey) => SOURCE_TAB_ORDER.indexOf(k);
  const rank = (s: Severity) => (s === "error" ? 0 : 1);
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        rank(a.p.severity) - rank(b.p.severity) ||
        order(a.p.tabKey) - order(b.p.tabKey) ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        (a.p.columnIndex ?? -1) - (b.p.columnIndex ?? -1) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
  const c = m.columns;
  const rows: Cell[][] = [
    [stamp, "", "", "", "", "", ""],
    [c.kind, c.tab, c.row, c.column, c.value, c.problem, c.link],
  ];
  const links: string[][] = [];
  for (const p of sorted) {
    const gid = gids[p.tabKey];
    const a1 = problemA1(p);
    const href = gid === undefined ? "" : cellHref(gid, a1);
    rows.push([
      m.severity[p.severity],
      guardText(p.tab),
      p.row ?? "",
      guardText(p.column),
      // The value as typed, except a full name (152-ФЗ): its initials; the link leads to the cell itself. Only a
      // pupil's cell may be a bare «Фамилия Имя»; elsewhere two capitalised words are a room, a profession, a title.
      guardText(redactFullNames(p.value, p.tabKey === "pupils")),
      guardText(p.reason),
      guardText(href),
    ]);
    links.push([href === "" ? "" : hyperlinkFormula(href, m.goTo(a1))]);
  }
  if (sorted.length === 0) rows.push(["", "", "", "", "", m.none, ""]);
  const bold = rows.map((_, r) => rows[0].map(() => r === 1));
  const backgrounds = rows.map((_, r) => rows[0].map(() => (r === 1 ? "#eeeeee" : null)));
  return {
    content: {
      rows,
      bold,
      backgrounds,
      frozenRows: 2,
      columnWidths: [120, 150, 70, 190, 200, 480, 150],
    },
    links,
    problems: sorted,
  };
}
