// What a sheet cell may hold, and the small checks every reader needs (Date objects may come from another realm).

import type { Reason } from "../i18n/tables";

/** One value of `Range.getValues()`: text, number, boolean or a Date. */
export type Cell = string | number | boolean | Date;

/** A grid as read from a tab; rows may be ragged and hold null/undefined where nothing was read. */
export type Grid = readonly (readonly (Cell | null | undefined)[])[];

/**
 * True for a Date from any JS realm. The emulator's vm context and Apps Script hand out Dates whose
 * constructor is not this realm's Date, so `instanceof Date` would be false for them.
 */
export function isDate(v: unknown): v is Date {
  // Cells are mostly strings and numbers: those are answered without the (slower) toString tag, as is a Date of
  // this realm; a Date of another realm still is one by its tag.
  if (typeof v !== "object" || v === null) return false;
  return v instanceof Date || Object.prototype.toString.call(v) === "[object Date]";
}

/** True for an empty cell: "", whitespace only, null or undefined. A Date, a number or `false` is not blank. */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v !== "string") return false;
  if (v === "") return true;
  // Most cells start with a letter or digit: no space trim() removes is in U+0021–U+167F but U+00A0, so no copy.
  const first = v.charCodeAt(0);
  if (first > 0x20 && first < 0x1680 && first !== 0xa0) return false;
  return v.trim() === "";
}

/** The result of reading one cell: a value, or a reason why the cell was rejected. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Reason };

/** A successful Parsed. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A failed Parsed. */
export function fail<T = never>(reason: Reason): Parsed<T> {
  return { ok: false, reason };
}

/** Column letters of a 0-based index: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A row without its blank cells at the end: a whole-tab read pads row 1 to the widest row, a read of row 1 not. */
export function withoutTrailingBlanks<T>(row: readonly T[] | undefined): T[] {
  const cells = [...(row ?? [])];
  while (cells.length > 0 && isBlank(cells[cells.length - 1])) cells.pop();
  return cells;
}

/** The 1-based number of the last row holding anything (1 for a header-only tab). */
export function lastFilledRow(grid: Grid): number {
  for (let r = grid.length - 1; r > 0; r--) if ((grid[r] ?? []).some((c) => !isBlank(c))) return r + 1;
  return 1;
}
