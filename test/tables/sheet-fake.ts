// Test helpers: what Sheets does to values written with setValues, and Dates from another realm.

import * as vm from "node:vm";
import type { Cell } from "../../src/tables/cell";

/** A Date made in another JS realm, as the emulator's vm context or Apps Script hands them out. */
export function foreignDate(time: number): Date {
  return vm.runInNewContext(`new Date(${time})`) as Date;
}

/**
 * What a Sheets cell holds after setValues of `value`, like a user typing it (ru_RU locale): a leading apostrophe
 * makes literal text; a formula start is refused here (the writer must never produce one); number-, boolean- and
 * date-looking text is converted.
 */
export function stored(value: Cell | undefined): Cell {
  if (value === undefined) return "";
  if (typeof value !== "string") return value;
  if (value.startsWith("'")) return value.slice(1);
  if (/^[=+\-@]/.test(value)) throw new Error(`formula written: ${value}`);
  if (/^-?\d+(,\d+)?$/.test(value.trim())) return Number(value.trim().replace(",", "."));
  if (/^(true|false|истина|ложь)$/i.test(value.trim())) return /^(true|истина)$/i.test(value.trim());
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (m) return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
  return value;
}

/** Writes rows through `stored`, as a read after setValues would see them. */
export function storedRows(rows: readonly (readonly (Cell | undefined)[])[]): Cell[][] {
  return rows.map((r) => r.map(stored));
}

export const MOSCOW = { timeZone: "Europe/Moscow" };
export const IRKUTSK = { timeZone: "Asia/Irkutsk" };
export const NEW_YORK = { timeZone: "America/New_York" };
