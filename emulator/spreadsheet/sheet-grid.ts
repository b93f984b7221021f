// Sheet, part 1: the grid — ranges, extent, size, inserting and deleting rows and columns, appendRow.

import type { SheetModel } from "../model";
import type { Doc } from "./doc";
import { badArgs, fail, isNumber, MSG } from "./errors";
import { deleteColumns, deleteRows, extent, insertColumns, insertRows } from "./grid";
import { EmuRange } from "./range";
import { checkBlock } from "./range-core";
import { asGas, type GasRange, type GasSheet } from "./types";

export type SheetGrid = Pick<
  GasSheet,
  | "getRange"
  | "getDataRange"
  | "getLastRow"
  | "getLastColumn"
  | "getMaxRows"
  | "getMaxColumns"
  | "appendRow"
  | "insertRowAfter"
  | "insertRowBefore"
  | "insertRows"
  | "insertRowsAfter"
  | "insertRowsBefore"
  | "deleteRow"
  | "deleteRows"
  | "insertColumnAfter"
  | "insertColumnBefore"
  | "insertColumns"
  | "insertColumnsAfter"
  | "insertColumnsBefore"
  | "deleteColumn"
  | "deleteColumns"
>;

/** The arguments actually given (a trailing undefined is a missing argument). */
function given(args: readonly unknown[]): unknown[] {
  const out = [...args];
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
}

export class SheetGridBase implements SheetGrid {
  constructor(
    protected readonly doc: Doc,
    readonly model: SheetModel,
  ) {}

  /** Counts the call, then refuses to work on a deleted sheet. */
  protected hit(method: string): void {
    this.doc.hit(`Sheet.${method}`);
    this.doc.checkAlive(this.model);
  }

  protected self(): GasSheet {
    return asGas(this);
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation); 1-based and inside the grid. */
  getRange(a: number | string, b?: number, c?: number, d?: number): GasRange {
    this.hit("getRange");
    const args = given([a, b, c, d]);
    if (typeof a === "string" && args.length === 1) {
      const { sheet, r, c: col, nr, nc } = this.doc.resolveA1(a, this.model);
      return this.doc.range(sheet, r, col, nr, nc);
    }
    if (args.length < 2 || !args.every(isNumber)) return badArgs("Sheet.getRange", args);
    const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map(Math.trunc);
    checkBlock(this.model, row, column, numRows, numColumns);
    return this.doc.range(this.model, row, column, numRows, numColumns);
  }

  /** From A1 to the last cell with content; A1 alone for an empty sheet. */
  getDataRange(): GasRange {
    this.hit("getDataRange");
    const { lastRow, lastColumn } = extent(this.model);
    return this.doc.range(this.model, 1, 1, Math.max(lastRow, 1), Math.max(lastColumn, 1));
  }

  getLastRow(): number {
    this.hit("getLastRow");
    return extent(this.model).lastRow;
  }
  getLastColumn(): number {
    this.hit("getLastColumn");
    return extent(this.model).lastColumn;
  }
  getMaxRows(): number {
    this.hit("getMaxRows");
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    this.hit("getMaxColumns");
    return this.model.maxColumns;
  }

  /** Writes after the last row with content, growing the grid when that row is past its end. */
  appendRow(rowContents: unknown[]): GasSheet {
    this.hit("appendRow");
    if (!Array.isArray(rowContents)) return badArgs("Sheet.appendRow", [rowContents]);
    if (rowContents.length === 0) return this.self();
    this.doc.cells("write", rowContents.length, this.model.id);
    const target = extent(this.model).lastRow + 1;
    const range = new EmuRange(this.doc, this.model, target, 1, 1, rowContents.length);
    range.writeBlock([rowContents], () => {
      if (target > this.model.maxRows) this.model.maxRows = target;
      if (rowContents.length > this.model.maxColumns) this.model.maxColumns = rowContents.length;
    });
    return this.self();
  }

  private rowsAt(method: string, position: unknown, howMany: unknown, insert: boolean, after: boolean): void {
    if (!isNumber(position) || !isNumber(howMany)) badArgs(`Sheet.${method}`, given([position, howMany]));
    const [p, n] = [Math.trunc(position), Math.trunc(howMany)];
    const max = this.model.maxRows;
    if (p < 1 || n < 1 || p > max || (!insert && p + n - 1 > max)) fail(MSG.rowsOutOfBounds);
    if (insert) insertRows(this.model, after ? p : p - 1, n);
    else {
      if (max - n <= this.model.frozenRows) fail(MSG.deleteAllRows);
      deleteRows(this.model, p - 1, n);
    }
  }

  private columnsAt(
    method: string,
    position: unknown,
    howMany: unknown,
    insert: boolean,
    after: boolean,
  ): void {
    if (!isNumber(position) || !isNumber(howMany)) badArgs(`Sheet.${method}`, given([position, howMany]));
    const [p, n] = [Math.trunc(position), Math.trunc(howMany)];
    const max = this.model.maxColumns;
    if (p < 1 || n < 1 || p > max || (!insert && p + n - 1 > max)) fail(MSG.columnsOutOfBounds);
    if (insert) insertColumns(this.model, after ? p : p - 1, n);
    else {
      if (max - n <= this.model.frozenColumns) fail(MSG.deleteAllColumns);
      deleteColumns(this.model, p - 1, n);
    }
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this.hit("insertRowsAfter");
    this.rowsAt("insertRowsAfter", afterPosition, howMany, true, true);
    return this.self();
  }
  insertRowAfter(afterPosition: number): GasSheet {
    this.hit("insertRowAfter");
    this.rowsAt("insertRowAfter", afterPosition, 1, true, true);
    return this.self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    this.hit("insertRowsBefore");
    this.rowsAt("insertRowsBefore", beforePosition, howMany, true, false);
    return this.self();
  }
  insertRowBefore(beforePosition: number): GasSheet {
    this.hit("insertRowBefore");
    this.rowsAt("insertRowBefore", beforePosition, 1, true, false);
    return this.self();
  }
  insertRows(rowIndex: number, numRows?: number): void {
    this.hit("insertRows");
    this.rowsAt("insertRows", rowIndex, numRows ?? 1, true, false);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.hit("deleteRows");
    this.rowsAt("deleteRows", rowPosition, howMany, false, false);
  }
  deleteRow(rowPosition: number): GasSheet {
    this.hit("deleteRow");
    this.rowsAt("deleteRow", rowPosition, 1, false, false);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    this.hit("insertColumnsAfter");
    this.columnsAt("insertColumnsAfter", afterPosition, howMany, true, true);
    return this.self();
  }
  insertColumnAfter(afterPosition: number): GasSheet {
    this.hit("insertColumnAfter");
    this.columnsAt("insertColumnAfter", afterPosition, 1, true, true);
    return this.self();
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    this.hit("insertColumnsBefore");
    this.columnsAt("insertColumnsBefore", beforePosition, howMany, true, false);
    return this.self();
  }
  insertColumnBefore(beforePosition: number): GasSheet {
    this.hit("insertColumnBefore");
    this.columnsAt("insertColumnBefore", beforePosition, 1, true, false);
    return this.self();
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.hit("insertColumns");
    this.columnsAt("insertColumns", columnIndex, numColumns ?? 1, true, false);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.hit("deleteColumns");
    this.columnsAt("deleteColumns", columnPosition, howMany, false, false);
  }
  deleteColumn(columnPosition: number): GasSheet {
    this.hit("deleteColumn");
    this.columnsAt("deleteColumn", columnPosition, 1, false, false);
    return this.self();
  }
}
