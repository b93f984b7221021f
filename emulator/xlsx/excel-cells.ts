// exceljs cells → XCell: what a cell of any file holds (files of ours are read by own-read.ts, written by write.ts).

import type { Cell, Style } from "exceljs";
import type { XCell, XScalar, XValue } from "./cells";
import { fromXlsxColor } from "./colors";

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
