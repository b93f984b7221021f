// One cell: the model's CellModel ⇄ XCell, what the .xlsx cell holds (write.ts writes XCells as XML; own-read.ts
// and excel-cells.ts, for exceljs, read them back). What a cell cannot carry goes to the meta tab as "extras": the
// fields where decodeCell(simulateRead(encodeCell(cell))) differs from the cell.

import type { CellModel, CellValue } from "../model";
import { toArgb } from "./colors";
import { hasUnsafeAttributeChars, hasUnsafeChars, MAX_CELL_TEXT, truncate } from "./text";
import { fromWallClock, toWallClock } from "./zone";

/** A date cell with no number format of its own is written with this one, and read back as none. */
export const DEFAULT_DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";

export type XScalar = string | number | boolean | Date;
export type XValue = null | XScalar | { formula: string; result?: XScalar };

/** What one .xlsx cell holds. Dates are wall clocks (their UTC fields), as the file has no zone. */
export interface XCell {
  value: XValue;
  numFmt?: string;
  /** "#rrggbb", lower case. */
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  note?: string;
}

/** Fields of a cell the meta tab overrides; null means "absent". */
export type CellExtras = { [K in keyof CellModel]?: CellModel[K] | null };

// exceljs' own rules (lib/utils/utils.js), so that simulateRead predicts what it reads.
export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
const dateToSerial = (d: Date): number => 25569 + d.getTime() / 86_400_000;
const serialToDate = (v: number): Date => new Date(Math.round((v - 25569) * 86_400_000));

/** Any realm's Date (the bundle's Dates are not `instanceof` this realm's Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** True when the cell has a style of its own in the file (a style-less cell with no value is not written). */
export function hasStyle(x: XCell): boolean {
  return (
    x.numFmt !== undefined ||
    x.fill !== undefined ||
    x.color !== undefined ||
    x.bold === true ||
    x.italic === true ||
    x.wrap === true ||
    x.horizontal !== undefined
  );
}

// ---------------------------------------------------------------------------------------------------------------
// model → XCell

function encodeScalar(v: CellValue, timeZone: string): XScalar | null {
  if (typeof v === "string") return v === "" ? null : truncate(v, MAX_CELL_TEXT);
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (isDate(v)) {
    const t = v.getTime();
    return Number.isFinite(t) ? new Date(toWallClock(t, timeZone)) : null;
  }
  return null;
}

/** A formula's cached result as exceljs writes it faithfully (t="str" text is neither escaped nor decoded alike). */
function encodeResult(v: CellValue, timeZone: string): XScalar | undefined {
  if (typeof v === "string" && (v.length > MAX_CELL_TEXT || hasUnsafeChars(v) || /&[a-z]*;/.test(v)))
    return undefined;
  return encodeScalar(v, timeZone) ?? undefined;
}

/** Validations are no part of a cell: the writer puts the sheet's rules on ranges. */
export function encodeCell(cell: CellModel, timeZone: string): XCell {
  const f = cell.formula;
  const isFormula = typeof f === "string" && f.length > 1 && f.startsWith("=") && !hasUnsafeChars(f);
  let value: XValue;
  if (isFormula) {
    const result = encodeResult(cell.v, timeZone);
    value = result === undefined ? { formula: f.slice(1) } : { formula: f.slice(1), result };
  } else {
    value = encodeScalar(cell.v, timeZone);
  }
  const x: XCell = { value };
  const nf = cell.numberFormat;
  // "General" is no format at all in the file (and a style with only it would not even be written).
  // exceljs looks formats up in a plain object: "constructor" or "valueOf" would find Object.prototype's.
  if (
    typeof nf === "string" &&
    nf !== "" &&
    nf !== "General" &&
    !hasUnsafeAttributeChars(nf) &&
    !(nf in Object.prototype)
  ) {
    x.numFmt = nf;
  }
  // A date always gets a format: exceljs would give it one, on a style object shared with other cells.
  else if (isDate(isFormula ? (value as { result?: XScalar }).result : value)) x.numFmt = DEFAULT_DATE_FORMAT;
  const fill = cell.background !== undefined ? toArgb(cell.background) : null;
  if (fill) x.fill = `#${fill.slice(2).toLowerCase()}`;
  const color = cell.fontColor !== undefined ? toArgb(cell.fontColor) : null;
  if (color) x.color = `#${color.slice(2).toLowerCase()}`;
  if (cell.fontWeight === "bold") x.bold = true;
  if (cell.fontStyle === "italic") x.italic = true;
  if (cell.wrap === true) x.wrap = true;
  const h = cell.horizontalAlignment;
  if (h === "left" || h === "center" || h === "right") x.horizontal = h;
  if (typeof cell.note === "string" && cell.note !== "") x.note = cell.note;
  return x;
}

// ---------------------------------------------------------------------------------------------------------------
// XCell → model

function asRead(v: XScalar, numFmt: string | undefined): XScalar {
  if (v instanceof Date && !isDateFmt(numFmt)) return dateToSerial(v);
  if (typeof v === "number" && isDateFmt(numFmt)) return serialToDate(v);
  if (typeof v === "number" && Object.is(v, -0)) return 0;
  return v;
}

/**
 * The XCell a read gives back after writing this one (dates follow the number format, -0 is 0). exceljs also
 * turns text and boolean formula results in a date format into Dates; the reader takes those from the XML.
 */
export function simulateRead(written: XCell): XCell {
  // exceljs reads a format code with its backslash escapes dropped.
  const x = written.numFmt?.includes("\\")
    ? { ...written, numFmt: written.numFmt.replace(/[\\](.)/g, "$1") }
    : written;
  const v = x.value;
  if (v === null) return x;
  if (typeof v === "object" && !(v instanceof Date)) {
    if (v.result === undefined || typeof v.result === "string" || typeof v.result === "boolean") return x;
    return { ...x, value: { formula: v.formula, result: asRead(v.result, x.numFmt) } };
  }
  return { ...x, value: asRead(v, x.numFmt) };
}

function decodeScalar(v: XScalar, timeZone: string): CellValue {
  return v instanceof Date ? new Date(fromWallClock(v.getTime(), timeZone)) : v;
}

export function decodeCell(x: XCell, timeZone: string): CellModel {
  const v = x.value;
  let cell: CellModel;
  let shown: XScalar | undefined;
  if (v === null) cell = { v: "" };
  else if (typeof v === "object" && !(v instanceof Date)) {
    shown = v.result;
    cell = { v: v.result === undefined ? "" : decodeScalar(v.result, timeZone), formula: `=${v.formula}` };
  } else {
    shown = v;
    cell = { v: decodeScalar(v, timeZone) };
  }
  if (x.numFmt && x.numFmt !== "General" && !(shown instanceof Date && x.numFmt === DEFAULT_DATE_FORMAT)) {
    cell.numberFormat = x.numFmt;
  }
  if (x.fill !== undefined) cell.background = x.fill;
  if (x.color !== undefined) cell.fontColor = x.color;
  if (x.bold) cell.fontWeight = "bold";
  if (x.italic) cell.fontStyle = "italic";
  if (x.wrap) cell.wrap = true;
  if (x.horizontal) cell.horizontalAlignment = x.horizontal;
  if (x.note !== undefined) cell.note = x.note;
  return cell;
}

// ---------------------------------------------------------------------------------------------------------------
// extras

/** Deep equality where an undefined property equals a missing one, and Dates compare by time. */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && Object.is(a.getTime(), b.getTime());
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) if (!same(ra[k], rb[k])) return false;
  return true;
}

/**
 * True when a cell surely comes back from the file as it is, without encoding and decoding it: only a value
 * (text within Excel's limit, a finite number other than -0, a boolean). Most cells of a big workbook are such;
 * the rest take cellExtras' full comparison.
 */
export function isPlainCell(cell: CellModel): boolean {
  let keys = 0;
  for (const k in cell) {
    if (k === "v") keys += 1;
    else return false;
  }
  if (keys !== 1) return false;
  const v = cell.v;
  if (typeof v === "string") return v.length <= MAX_CELL_TEXT;
  if (typeof v === "number") return Number.isFinite(v) && !Object.is(v, -0);
  return typeof v === "boolean";
}

/** The fields of `want` that `got` does not have alike (undefined when none). */
export function cellExtras(want: CellModel, got: CellModel | undefined): CellExtras | undefined {
  let extras: CellExtras | undefined;
  const base = got ?? ({} as Partial<CellModel>);
  const keys = new Set([...Object.keys(want), ...Object.keys(base)]) as Set<keyof CellModel>;
  for (const k of keys) {
    if (!same(want[k], base[k])) {
      extras ??= {};
      (extras as Record<string, unknown>)[k] = want[k] === undefined ? null : want[k];
    }
  }
  return extras;
}

/** A deep copy of JSON-like data with Dates: cells sharing one extras entry must not share objects. */
function copy<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  if (isDate(v)) return new Date(v.getTime()) as T;
  if (Array.isArray(v)) return v.map(copy) as T;
  // fromEntries defines properties, so that a "__proto__" key stays a key.
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copy(x)])) as T;
}

export function applyExtras(cell: CellModel | undefined, extras: CellExtras): CellModel {
  const out: Record<string, unknown> = { ...(cell ?? { v: "" }) };
  for (const [k, v] of Object.entries(extras)) {
    if (v === null) delete out[k];
    else
      Object.defineProperty(out, k, { value: copy(v), enumerable: true, writable: true, configurable: true });
  }
  return out as unknown as CellModel;
}
