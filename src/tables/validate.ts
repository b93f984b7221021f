// The «Проверка данных» tab as data: one row per problem, sorted by tab, row and column, with a link to the cell.

import type { Locale } from "../i18n/format";
import { validateMessages } from "../i18n/validate";
import { type Cell, columnLetter } from "./cell";
import { guardText } from "./codec";
import type { HeaderMap, RowError } from "./read";
import type { SheetContent } from "./sheet-content";
import type { TabKey } from "./spec-types";
import { SOURCE_TAB_ORDER } from "./specs";

/** One line of the report. */
export interface ReportProblem {
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

/** A row error placed in its sheet: the column's index comes from the tab's header as read. */
export function locateError(error: RowError, header: HeaderMap | undefined): ReportProblem {
  return {
    tabKey: error.tabKey,
    tab: error.tab,
    row: error.row,
    columnIndex: header?.index[error.columnKey],
    column: error.column,
    value: error.value,
    reason: error.reason,
  };
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
/** The 1-based column of the links. */
export const REPORT_LINK_COLUMN = 6;

export interface ValidationReport {
  content: SheetContent;
  /** One HYPERLINK formula per problem (a column block for one setFormulas at REPORT_FIRST_ROW), or [] with none. */
  links: string[][];
  problems: ReportProblem[];
}

/**
 * The generated tab: the stamp line, the header Лист | Строка | Столбец | Значение | Проблема | Ссылка, then the
 * problems in tab order (as in data-model.md), by row and column. The link cells hold the `#gid=…&range=…` address as
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
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        order(a.p.tabKey) - order(b.p.tabKey) ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        (a.p.columnIndex ?? -1) - (b.p.columnIndex ?? -1) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
  const c = m.columns;
  const rows: Cell[][] = [
    [stamp, "", "", "", "", ""],
    [c.tab, c.row, c.column, c.value, c.problem, c.link],
  ];
  const links: string[][] = [];
  for (const p of sorted) {
    const gid = gids[p.tabKey];
    const a1 = problemA1(p);
    const href = gid === undefined ? "" : cellHref(gid, a1);
    rows.push([
      guardText(p.tab),
      p.row ?? "",
      guardText(p.column),
      guardText(p.value),
      guardText(p.reason),
      guardText(href),
    ]);
    links.push([href === "" ? "" : hyperlinkFormula(href, m.goTo(a1))]);
  }
  if (sorted.length === 0) rows.push(["", "", "", "", m.none, ""]);
  const bold = rows.map((_, r) => rows[0].map(() => r === 1));
  const backgrounds = rows.map((_, r) => rows[0].map(() => (r === 1 ? "#eeeeee" : null)));
  return {
    content: {
      rows,
      bold,
      backgrounds,
      frozenRows: 2,
      columnWidths: [150, 70, 190, 200, 480, 150],
    },
    links,
    problems: sorted,
  };
}
