// XCell ⇄ exceljs cells: how a cell is put into exceljs for writing, and taken out of whatever a file holds.

import type { Cell, CellValue as ExcelValue, Style } from "exceljs";
import { hasStyle, type XCell, type XScalar, type XValue } from "./cells";
import { fromXlsxColor } from "./colors";
import { escapeXlsxText } from "./text";
import { toExcelJs } from "./validations";

const FONT = { name: "Calibri", size: 11, family: 2, scheme: "minor" } as const;

/**
 * The style of every cell without one: exceljs gives each new cell an empty style object of its own and, on write,
 * looks each object up in its style table (the same object is looked up once). Dates always carry a format
 * (encodeCell), so no unstyled cell needs exceljs' default date format.
 */
const UNSTYLED: Partial<Style> = {};

/** Writes an XCell into an exceljs cell; styles are shared objects by key (exceljs dedupes them anyway). */
export function writeXCell(target: Cell, x: XCell, styles: Map<string, Partial<Style>>): void {
  const v = x.value;
  const styled = hasStyle(x);
  let value: ExcelValue;
  // A cell with no value is written only when it has a style: one with just a note needs a value to exist.
  if (v === null) value = styled && x.note === undefined ? null : "";
  else if (typeof v === "string") value = escapeXlsxText(v);
  else if (typeof v === "object" && !(v instanceof Date))
    value = v.result === undefined ? { formula: v.formula } : { formula: v.formula, result: v.result };
  else value = v;
  target.value = value;
  if (styled) {
    const key = JSON.stringify([x.numFmt, x.fill, x.color, x.bold, x.italic, x.wrap, x.horizontal]);
    let style = styles.get(key);
    if (!style) {
      style = {};
      if (x.numFmt !== undefined) style.numFmt = x.numFmt;
      if (x.fill)
        style.fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: `FF${x.fill.slice(1).toUpperCase()}` },
        };
      if (x.color || x.bold || x.italic) {
        style.font = { ...FONT };
        if (x.color) style.font.color = { argb: `FF${x.color.slice(1).toUpperCase()}` };
        if (x.bold) style.font.bold = true;
        if (x.italic) style.font.italic = true;
      }
      if (x.wrap || x.horizontal) {
        style.alignment = {};
        if (x.wrap) style.alignment.wrapText = true;
        if (x.horizontal) style.alignment.horizontal = x.horizontal;
      }
      styles.set(key, style);
    }
    target.style = style as Style;
  } else target.style = UNSTYLED as Style;
  if (x.note !== undefined) target.note = escapeXlsxText(x.note);
  if (x.validation) target.dataValidation = toExcelJs(x.validation);
}

interface StyleParts {
  numFmt?: string;
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
}

const styleCache = new WeakMap<object, StyleParts>();

const NO_STYLE: StyleParts = Object.freeze({});

function styleParts(style: Partial<Style> | undefined): StyleParts {
  if (!style || (style.numFmt === undefined && !style.fill && !style.font && !style.alignment))
    return NO_STYLE;
  const cached = styleCache.get(style);
  if (cached) return cached;
  const p: StyleParts = {};
  if (typeof style.numFmt === "string" && style.numFmt !== "") p.numFmt = style.numFmt;
  const fill = style.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const c = fromXlsxColor(fill.fgColor, "fill");
    if (c) p.fill = c;
  }
  const font = style.font;
  if (font) {
    const c = fromXlsxColor(font.color, "font");
    if (c) p.color = c;
    if (font.bold) p.bold = true;
    if (font.italic) p.italic = true;
  }
  const a = style.alignment;
  if (a) {
    if (a.wrapText) p.wrap = true;
    const h = a.horizontal;
    if (h === "left" || h === "center" || h === "right") p.horizontal = h;
    else if (h === "centerContinuous") p.horizontal = "center";
  }
  styleCache.set(style, p);
  return p;
}

function text(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && Array.isArray((v as { richText?: unknown }).richText)) {
    return (v as { richText: { text?: string }[] }).richText.map((r) => r.text ?? "").join("");
  }
  return v === null || v === undefined ? "" : String(v);
}

function scalar(v: unknown): XScalar | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as { error?: string; richText?: unknown; text?: unknown; hyperlink?: unknown };
    if (typeof o.error === "string") return o.error;
    if (o.richText) return text(o);
    if (o.hyperlink !== undefined || o.text !== undefined) return text(o.text);
  }
  return String(v);
}

/** What an exceljs cell holds, as an XCell; undefined for a merged cell's non-top-left part. */
export function readXCell(cell: Cell): XCell | undefined {
  const v = cell.value as unknown;
  if (cell.type === 1 /* ValueType.Merge */) return undefined;
  let value: XValue;
  if (cell.type === 6 /* ValueType.Formula */) {
    // cell.value drops falsy results (0, false): cell.result keeps them.
    const formula = cell.formula;
    const result = scalar(cell.result);
    if (formula) value = result === undefined ? { formula } : { formula, result };
    else value = result ?? null;
  } else {
    value = scalar(v) ?? null;
  }
  const x: XCell = { value, ...styleParts(cell.style as Partial<Style> | undefined) };
  const note = cell.note as unknown;
  if (note !== undefined && note !== null) {
    const t =
      typeof note === "string" ? note : text({ richText: (note as { texts?: unknown[] }).texts ?? [] });
    if (t !== "") x.note = t;
  }
  return x;
}
