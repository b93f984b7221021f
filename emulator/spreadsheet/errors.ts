// Apps Script's own wording for the errors SpreadsheetApp throws, in one place (sources in the conformance tests).

import { gasError, isDate, isNumber, signatureError } from "../services/common";

export { gasError, isDate, isNumber, signatureError };

/** Apps Script's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 50000;

/** Google Sheets' limit on the characters of a tab's name. */
export const MAX_SHEET_NAME_CHARS = 100;

export const MSG = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columnsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  outsideSheet: "The coordinates of the range are outside the dimensions of the sheet.",
  startRowTooSmall: "The starting row of the range is too small.",
  startColumnTooSmall: "The starting column of the range is too small.",
  numRowsTooSmall: "The number of rows in the range must be at least 1.",
  numColumnsTooSmall: "The number of columns in the range must be at least 1.",
  rangeNotFound: "Range not found",
  cellOutOfRange: "Cell reference out of range",
  /** Sheets' limit on a tab's name (https://github.com/getodk/collect/issues/2918); the wording is the emulator's. */
  sheetNameTooLong: (name: string) =>
    `The sheet name "${name.slice(0, 20)}…" is longer than ${MAX_SHEET_NAME_CHARS} characters. Please enter a shorter name.`,
  frozenAllRows: "You can't freeze all visible rows on the sheet.",
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  rowsOutOfBounds: "Those rows are out of bounds.",
  columnsOutOfBounds: "Those columns are out of bounds.",
  deleteAllRows: "Sorry, it is not possible to delete all non-frozen rows.",
  deleteAllColumns: "Sorry, it is not possible to delete all non-frozen columns.",
  tooLong: `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
  violatesValidation: (a1: string) =>
    `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
  metadataArbitraryRange:
    "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.",
  /* Emulator wording: Apps Script's text for these is not documented. */
  deletedSheet: "This sheet has been deleted.",
  deletedObject: (what: string) => `This ${what} has been deleted.`,
  noCriteria: "The data validation rule has no criteria.",
} as const;

/** Throws Apps Script's exception with `message`. */
export function fail(message: string): never {
  throw gasError(message);
}

/** Throws "The parameters (…) don't match the method signature for SpreadsheetApp.<Class>.<method>." */
export function badArgs(method: string, args: readonly unknown[]): never {
  throw signatureError(`SpreadsheetApp.${method}`, args);
}

/** A whole number parameter (Apps Script's Integer): truncates a fraction, rejects anything that is not a number. */
export function int(method: string, args: readonly unknown[], v: unknown): number {
  if (!isNumber(v)) badArgs(method, args);
  return Math.trunc(v);
}

/** Something the emulator leaves out on purpose: a clear failure rather than a silent no-op. */
export function unsupported(what: string): never {
  throw new Error(
    `${what} is not emulated: ПрофТрек does not use it. Add it in emulator/spreadsheet if it becomes needed.`,
  );
}
