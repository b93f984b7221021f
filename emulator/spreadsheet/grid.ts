// The sheet's grid as data: cells by 0-based position, the used extent, inserting and deleting rows and columns.

import type { CellModel, SheetModel } from "../model";
import {
  deleteValidationColumns,
  deleteValidationRows,
  insertValidationColumns,
  insertValidationRows,
} from "./validation-ranges";

export function cellAt(sheet: SheetModel, r0: number, c0: number): CellModel | undefined {
  return sheet.cells[r0]?.[c0];
}

/** The cell at a 0-based position, created empty if missing. */
export function ensureCell(sheet: SheetModel, r0: number, c0: number): CellModel {
  let row = sheet.cells[r0];
  if (!row) {
    row = [];
    sheet.cells[r0] = row;
  }
  let cell = row[c0];
  if (!cell) {
    cell = { v: "" };
    row[c0] = cell;
  }
  return cell;
}

/** A cell with a value or a formula: what getLastRow/getLastColumn/getDataRange count as content. */
export function hasContent(cell: CellModel | undefined): boolean {
  return cell !== undefined && (cell.v !== "" || cell.formula !== undefined);
}

/** The last row and column with content, 1-based (0 for an empty sheet). */
export function extent(sheet: SheetModel): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  const cells = sheet.cells;
  for (let r = cells.length - 1; r >= 0; r--) {
    const row = cells[r];
    if (!row) continue;
    for (let c = row.length - 1; c >= lastColumn; c--) {
      if (hasContent(row[c])) {
        if (lastRow === 0) lastRow = r + 1;
        lastColumn = c + 1;
        break;
      }
    }
  }
  return { lastRow, lastColumn };
}

/** The format fields of a cell (what clearFormat removes). */
export const FORMAT_KEYS = [
  "numberFormat",
  "background",
  "fontColor",
  "fontWeight",
  "fontStyle",
  "wrap",
  "horizontalAlignment",
] as const satisfies readonly (keyof CellModel)[];

/** Clears parts of a cell: contents (value and formula), formats, notes (validations are the sheet's, by block). */
export function clearCell(
  cell: CellModel,
  what: { contents?: boolean; formats?: boolean; notes?: boolean },
): void {
  if (what.contents) {
    cell.v = "";
    delete cell.formula;
  }
  if (what.formats) for (const k of FORMAT_KEYS) delete cell[k];
  if (what.notes) delete cell.note;
}

/** Clears parts of every cell of a sheet. */
export function clearCells(sheet: SheetModel, what: Parameters<typeof clearCell>[1]): void {
  for (const row of sheet.cells) {
    if (!row) continue;
    for (const cell of row) if (cell) clearCell(cell, what);
  }
}

function blanks(count: number): undefined[] {
  return new Array<undefined>(count).fill(undefined);
}

/** Inserts `count` empty rows so that the first new row has 0-based index `at`; the grid grows. */
export function insertRows(sheet: SheetModel, at: number, count: number): void {
  if (sheet.cells.length > at) sheet.cells.splice(at, 0, ...(blanks(count) as never[]));
  insertValidationRows(sheet, at, count);
  sheet.maxRows += count;
}

export function deleteRows(sheet: SheetModel, at: number, count: number): void {
  sheet.cells.splice(at, count);
  deleteValidationRows(sheet, at, count);
  sheet.maxRows -= count;
}

/** Inserts `count` empty columns at 0-based index `at`; widths of the columns after it move along. */
export function insertColumns(sheet: SheetModel, at: number, count: number): void {
  for (const row of sheet.cells) {
    if (row && row.length > at) row.splice(at, 0, ...blanks(count));
  }
  insertValidationColumns(sheet, at, count);
  const widths: Record<number, number> = {};
  for (const [k, w] of Object.entries(sheet.columnWidths)) {
    const col = Number(k);
    widths[col > at ? col + count : col] = w;
  }
  sheet.columnWidths = widths;
  sheet.maxColumns += count;
}

export function deleteColumns(sheet: SheetModel, at: number, count: number): void {
  for (const row of sheet.cells) {
    if (row && row.length > at) row.splice(at, count);
  }
  deleteValidationColumns(sheet, at, count);
  const widths: Record<number, number> = {};
  for (const [k, w] of Object.entries(sheet.columnWidths)) {
    const col = Number(k);
    if (col <= at) widths[col] = w;
    else if (col > at + count) widths[col - count] = w;
  }
  sheet.columnWidths = widths;
  sheet.maxColumns -= count;
}
