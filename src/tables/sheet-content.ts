// A generated tab as pure data: one grid of values with parallel formats, charts and sizes, written in a few calls.

import { type Cell, isDate } from "./cell";
import { DATE_FORMAT } from "./tab-write";

export interface ChartSpec {
  /** Apps Script Charts.ChartType name. */
  type: "BAR" | "COLUMN" | "LINE" | "PIE";
  title: string;
  /** 1-based rows and columns of the data block inside the tab (header row included). */
  range: { row: number; column: number; numRows: number; numColumns: number };
  /** Anchor of the chart's top-left corner. */
  anchor: { row: number; column: number };
  /** EmbeddedChartBuilder.setOption pairs, e.g. `{"vAxis.minValue": 0}`. */
  options?: Record<string, string | number | boolean>;
  /** Series stacked (a BAR or COLUMN chart of parts of a whole). */
  stacked?: boolean;
  /** Series colours in order (CSS hex), where the default palette would mislead (red for «working»). */
  colors?: string[];
  /**
   * Further column blocks of the same rows, added after `range` (EmbeddedChartBuilder.addRange each): series that do
   * not stand next to the label column. Sheets puts the ranges side by side: labels, then the series.
   */
  moreRanges?: { row: number; column: number; numRows: number; numColumns: number }[];
}

export interface SheetContent {
  /** Rectangular: every row has the same length. Row 1 is the «сформировано …» line. */
  rows: Cell[][];
  /** Same shape as rows; null = no fill. */
  backgrounds?: (string | null)[][];
  /** Same shape as rows. */
  bold?: boolean[][];
  /** Same shape as rows; null = automatic. */
  numberFormats?: (string | null)[][];
  frozenRows?: number;
  columnWidths?: number[];
  charts?: ChartSpec[];
  /**
   * Formulas written after the values with one setFormulas (HYPERLINK cells): a column block whose top-left is
   * (row, column), 1-based; "" keeps the value written there.
   */
  links?: { row: number; column: number; formulas: string[][] };
  /** Same shape as rows; null = no note. Written with one setNotes over the block (a header cell's definition). */
  notes?: (string | null)[][];
}

/** Pads rows to one width with "", so the block can be written with a single setValues. */
export function rectangular(rows: Cell[][]): Cell[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<Cell>(width - r.length).fill("")]));
}

/**
 * The content with DATE_FORMAT on every Date cell the content gives no format: a Date in a cell with automatic format
 * shows as a date-time in Sheets. The content itself when there is none (no extra call for a tab without dates).
 */
export function withDateFormats(content: SheetContent): SheetContent {
  let formats: (string | null)[][] | undefined;
  content.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (!isDate(v) || content.numberFormats?.[r]?.[c]) return;
      formats ??= content.rows.map((line, i) => line.map((_, j) => content.numberFormats?.[i]?.[j] ?? null));
      formats[r][c] = DATE_FORMAT;
    });
  });
  return formats ? { ...content, numberFormats: formats } : content;
}

/** How many rows a chart placed beside a block takes (the generated tabs' charts are drawn this tall). */
export const CHART_ROWS = 18;

/** A row of a generated tab as a builder collects it: its cells and, per cell, fill, number format and note. */
export interface BuiltRow {
  cells: Cell[];
  fills?: (string | null)[];
  bold?: boolean;
  formats?: (string | null)[];
  notes?: (string | null)[];
}

/** The rows and charts of a generated tab, built top to bottom, then turned into one SheetContent. */
export class SheetBuilder {
  readonly rows: BuiltRow[] = [];
  readonly charts: ChartSpec[] = [];
  push(...rows: BuiltRow[]): void {
    this.rows.push(...rows);
  }
  /** 1-based number of the next row. */
  get next(): number {
    return this.rows.length + 1;
  }
  /** Blank rows until the block that began at `from` is as tall as a chart. */
  padFrom(from: number): void {
    while (this.next < from + CHART_ROWS) this.rows.push({ cells: [] });
  }
  /** One rectangular block; number formats and notes only when a row gives some (each is one more call). */
  content(widths: readonly number[], frozenRows: number): SheetContent {
    const values = rectangular(this.rows.map((r) => r.cells));
    const width = values[0].length;
    const grid = <T>(pick: (r: BuiltRow, i: number) => T) =>
      this.rows.map((r) => Array.from({ length: width }, (_, i) => pick(r, i)));
    const notes = grid((r, i) => r.notes?.[i] ?? null);
    return {
      rows: values,
      backgrounds: grid((r, i) => r.fills?.[i] ?? null),
      bold: grid((r) => r.bold === true),
      ...(this.rows.some((r) => r.formats) ? { numberFormats: grid((r, i) => r.formats?.[i] ?? null) } : {}),
      ...(notes.some((r) => r.some((n) => n !== null)) ? { notes } : {}),
      frozenRows,
      columnWidths: Array.from({ length: width }, (_, i) => widths[i] ?? 100),
      ...(this.charts.length ? { charts: this.charts } : {}),
    };
  }
}
