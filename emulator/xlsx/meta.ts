// The hidden `_proftrack` tab: what .xlsx cannot hold natively, as JSON text split over the cells of column A.

import * as z from "zod";
import type { ValidationModel } from "../model";
import { a1 } from "./address";
import { type CellExtras, isDate } from "./cells";
import { chunks } from "./text";

export const META_SHEET = "_proftrack";
export const META_FORMAT = "proftrack-workbook";
export const META_VERSION = 1;
/** Below Excel's 32,767 characters a cell. */
const CHUNK = 32_000;

/**
 * One sheet's entry: `$xlsx` is the tab's name in the file (entries are matched to tabs by it), `$cells` the cell
 * fields the file could not hold (A1 or A1:A9 → fields, null = absent). Every other key is a SheetModel field: always
 * the ones .xlsx has no place for (id, maxRows, protections, …, and any field added to the model later), and the
 * natively kept ones (name, hidden, frozen rows/columns, tab colour, column widths) only where the file could
 * not keep them exactly.
 */
export const SheetMeta = z.looseObject({
  $xlsx: z.string(),
  $cells: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  $validations: z
    .array(z.object({ rule: z.record(z.string(), z.unknown()), ranges: z.array(z.string()) }))
    .optional(),
});

/** A validation rule the file could not hold exactly (or placed past the file's grid), with its A1 ranges. */
export interface LossyValidation {
  rule: ValidationModel;
  ranges: string[];
}

export interface SheetMeta {
  $xlsx: string;
  $cells?: Record<string, CellExtras>;
  /** Validations the file's <dataValidations> do not hold exactly; they replace the file's over their ranges. */
  $validations?: LossyValidation[];
  [key: string]: unknown;
}

/**
 * Every WorkbookModel field but `sheets` (id, name, timeZone, locale, nextId, metadata, documentProperties, and
 * any added later), plus the format tag and the sheets' entries in tab order. Only what reading relies on is
 * checked: the model's fields come back as they were written, whatever they hold.
 */
export const WorkbookMeta = z.looseObject({
  format: z.literal(META_FORMAT),
  version: z.number(),
  sheets: z.array(SheetMeta),
});
export interface WorkbookMeta {
  format: typeof META_FORMAT;
  version: number;
  sheets: SheetMeta[];
  [key: string]: unknown;
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (isDate(raw)) {
    const t = raw.getTime();
    return { $date: Number.isFinite(t) ? t : null };
  }
  if (typeof raw === "number" && (!Number.isFinite(raw) || Object.is(raw, -0))) {
    return { $num: Object.is(raw, -0) ? "-0" : String(raw) };
  }
  return value;
}

/** JSON that keeps Dates (of any realm), NaN, ±Infinity and -0. */
export function stringifyMeta(meta: WorkbookMeta): string {
  return JSON.stringify(meta, replacer);
}

export interface CellExtrasAt {
  row: number;
  col: number;
  extras: CellExtras;
}

/**
 * Cell extras keyed by A1 ranges: cells down a column with the same extras share one key ("D2:D1000"), so that
 * a format the file cannot hold, set on a whole column, is stored once.
 */
export function compactExtras(list: CellExtrasAt[]): Record<string, CellExtras> {
  const groups = new Map<string, CellExtrasAt[]>();
  for (const item of list) {
    const key = JSON.stringify(item.extras, replacer);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const out: Record<string, CellExtras> = {};
  for (const group of groups.values()) {
    group.sort((a, b) => a.col - b.col || a.row - b.row);
    let start = group[0]!;
    let end = start;
    const flush = () => {
      out[start === end ? a1(start.row, start.col) : `${a1(start.row, start.col)}:${a1(end.row, end.col)}`] =
        start.extras;
    };
    for (const item of group.slice(1)) {
      if (item.col === end.col && item.row === end.row + 1) {
        end = item;
      } else {
        flush();
        start = item;
        end = item;
      }
    }
    flush();
  }
  return out;
}

export function parseMeta(text: string): WorkbookMeta {
  let data: unknown;
  try {
    data = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === "object" && !Array.isArray(value)) {
        const o = value as Record<string, unknown>;
        const keys = Object.keys(o);
        if (keys.length === 1 && keys[0] === "$date")
          return new Date(typeof o.$date === "number" ? o.$date : Number.NaN);
        if (keys.length === 1 && keys[0] === "$num" && typeof o.$num === "string") {
          return o.$num === "-0" ? -0 : Number(o.$num);
        }
      }
      return value;
    });
  } catch (e) {
    throw new Error(`the ${META_SHEET} tab does not hold valid JSON: ${(e as Error).message}`);
  }
  const parsed = WorkbookMeta.safeParse(data);
  if (!parsed.success) {
    throw new Error(
      `the ${META_SHEET} tab is not a ПрофТрек workbook description: ${z.prettifyError(parsed.error)}`,
    );
  }
  if (parsed.data.version > META_VERSION) {
    throw new Error(
      `the workbook was saved by a newer ПрофТрек (format ${parsed.data.version}); update to open it`,
    );
  }
  // The data as parsed (the schema keeps unknown keys anyway): zod's copy would turn a "__proto__" key into a
  // prototype.
  return data as WorkbookMeta;
}

/** The JSON cut into cell-sized chunks (column A, from row 1). */
export function metaChunks(text: string): string[] {
  return chunks(text, CHUNK);
}
