// How a cell looks in the grid: the emulator's own display rules (getDisplayValues), with ИСТИНА/ЛОЖЬ in a Russian book.

import type { CellModel, CellValue } from "../model";
import { displayValue as sheetsDisplay } from "../spreadsheet/display";
import type { RawType } from "./api-types";

/** A Date from any realm (the bundle's Dates are not `instanceof` Node's Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

export function rawType(v: CellValue | undefined): RawType {
  if (v === undefined || v === "") return "";
  if (isDate(v)) return "d";
  if (typeof v === "number") return "n";
  if (typeof v === "boolean") return "b";
  return "s";
}

interface Book {
  locale: string;
  timeZone: string;
}

function bool(v: boolean, book: Book): string {
  if (book.locale.toLowerCase().startsWith("ru")) return v ? "ИСТИНА" : "ЛОЖЬ";
  return v ? "TRUE" : "FALSE";
}

/** The text a cell shows, through its number format, in the workbook's locale and time zone. */
export function displayValue(cell: CellModel | undefined, book: Book): string {
  if (!cell || cell.v === undefined || cell.v === null) return "";
  if (typeof cell.v === "boolean") return bool(cell.v, book);
  return sheetsDisplay(cell.v, cell.numberFormat, book.locale, book.timeZone);
}

/** What an in-cell editor starts with: the formula, or the value in the automatic format, so it is read back the same. */
export function editText(cell: CellModel | undefined, book: Book): string {
  if (!cell || cell.v === undefined || cell.v === null) return "";
  if (cell.formula) return cell.formula;
  if (typeof cell.v === "boolean") return bool(cell.v, book);
  return sheetsDisplay(cell.v, undefined, book.locale, book.timeZone);
}
