// Sheet-level fields .xlsx holds natively: name, hidden, frozen rows/columns, tab colour, column widths.

import type { Worksheet } from "exceljs";
import type { SheetModel } from "../model";
import { fromXlsxColor, toArgb, type XlsxColor } from "./colors";

/** Excel's column count and widest column (in characters). */
export const MAX_XLSX_COLUMNS = 16_384;
export const MAX_XLSX_ROWS = 1_048_576;
const MAX_WIDTH = 255;
const EXCELJS_DEFAULT_WIDTH = 9;
/** Pixels per Excel width unit (a character of the default font). */
export const PX_PER_CHAR = 7;

/** The natively kept fields of a sheet. */
export type NativeSheet = Pick<
  SheetModel,
  "name" | "hidden" | "frozenRows" | "frozenColumns" | "tabColor" | "columnWidths"
>;
export const NATIVE_KEYS = [
  "name",
  "hidden",
  "frozenRows",
  "frozenColumns",
  "tabColor",
  "columnWidths",
] as const;

export interface SheetLayout {
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** ARGB or null. */
  tabColor: string | null;
  /** Excel widths by 1-based column. */
  widths: Map<number, number>;
}

const count = (n: number): number => (Number.isInteger(n) && n > 0 && n < MAX_XLSX_ROWS ? n : 0);

export function encodeLayout(sheet: SheetModel, forceVisible: boolean): SheetLayout {
  const widths = new Map<number, number>();
  for (const [k, px] of Object.entries(sheet.columnWidths ?? {})) {
    const col = Number(k);
    if (!Number.isInteger(col) || col < 1 || col > MAX_XLSX_COLUMNS) continue;
    if (typeof px !== "number" || !Number.isFinite(px) || px <= 0 || px / PX_PER_CHAR > MAX_WIDTH) continue;
    // exceljs drops a width equal to its default (9): a hair more keeps it, and widthToPx rounds it away.
    const width = px / PX_PER_CHAR;
    widths.set(col, width === EXCELJS_DEFAULT_WIDTH ? width + 1e-9 : width);
  }
  return {
    hidden: sheet.hidden === true && !forceVisible,
    frozenRows: count(sheet.frozenRows),
    frozenColumns: count(sheet.frozenColumns),
    tabColor: sheet.tabColor ? toArgb(sheet.tabColor) : null,
    widths,
  };
}

/** Pixels from an Excel width: exact for widths this module wrote, rounded to 1/1000 px otherwise. */
export function widthToPx(width: number): number {
  return Math.round(width * PX_PER_CHAR * 1000) / 1000;
}

export function decodeLayout(name: string, layout: SheetLayout, maxColumns = MAX_XLSX_COLUMNS): NativeSheet {
  const columnWidths: Record<number, number> = {};
  for (const [col, w] of layout.widths) if (col <= maxColumns) columnWidths[col] = widthToPx(w);
  return {
    name,
    hidden: layout.hidden,
    frozenRows: layout.frozenRows,
    frozenColumns: layout.frozenColumns,
    tabColor: layout.tabColor ? (fromXlsxColor({ argb: layout.tabColor }, "fill") ?? null) : null,
    columnWidths,
  };
}

export function applyLayout(ws: Worksheet, layout: SheetLayout): void {
  if (layout.hidden) ws.state = "hidden";
  if (layout.frozenRows > 0 || layout.frozenColumns > 0) {
    ws.views = [{ state: "frozen", xSplit: layout.frozenColumns, ySplit: layout.frozenRows }];
  }
  if (layout.tabColor) ws.properties.tabColor = { argb: layout.tabColor };
  for (const [col, w] of layout.widths) ws.getColumn(col).width = w;
}

/** The layout of a tab read from a file (any producer). */
export function readLayout(ws: Worksheet): SheetLayout {
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen = view?.state === "frozen";
  const tab = ws.properties?.tabColor as XlsxColor | undefined;
  let tabColor: string | null = null;
  if (tab) {
    const hex = fromXlsxColor(tab, "fill");
    if (hex) tabColor = `FF${hex.slice(1).toUpperCase()}`;
  }
  const widths = new Map<number, number>();
  const columns = ws.columns ?? [];
  for (const c of columns) {
    if (typeof c.width === "number" && Number.isFinite(c.width) && typeof c.number === "number")
      widths.set(c.number, c.width);
  }
  return {
    hidden: ws.state === "hidden" || ws.state === "veryHidden",
    frozenRows: frozen ? count(Math.round(view?.ySplit ?? 0)) : 0,
    frozenColumns: frozen ? count(Math.round(view?.xSplit ?? 0)) : 0,
    tabColor,
    widths,
  };
}
