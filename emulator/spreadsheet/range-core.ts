// Range, part 1: where the block is (1-based, inside the grid), and reading/writing its cells as blocks.

import type { CellModel, SheetModel } from "../model";
import { a1Of } from "./a1";
import type { Doc } from "./doc";
import { badArgs, fail, MSG } from "./errors";
import { cellAt, ensureCell } from "./grid";
import { asGas, type GasRange, type GasSheet } from "./types";

export type RangeGeometry = Pick<
  GasRange,
  | "getA1Notation"
  | "getColumn"
  | "getGridId"
  | "getHeight"
  | "getLastColumn"
  | "getLastRow"
  | "getNumColumns"
  | "getNumRows"
  | "getRow"
  | "getRowIndex"
  | "getSheet"
  | "getWidth"
  | "getCell"
  | "offset"
  | "isBlank"
  | "canEdit"
>;

/** Checks a block's coordinates as Sheet.getRange does, in Apps Script's order. */
export function checkBlock(
  sheet: SheetModel,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): void {
  if (row < 1) fail(MSG.startRowTooSmall);
  if (column < 1) fail(MSG.startColumnTooSmall);
  if (numRows < 1) fail(MSG.numRowsTooSmall);
  if (numColumns < 1) fail(MSG.numColumnsTooSmall);
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) fail(MSG.outsideSheet);
}

/** Range methods that read the cells' contents or formats, and those that change them (for the cell counters). */
const CELL_READS =
  /^get(Values?|DisplayValues?|Formulas?|FormulasR1C1|FormulaR1C1|Notes?|Backgrounds?|FontColors?|FontWeights?|FontStyles?|NumberFormats?|DataValidations?|HorizontalAlignments?|Wraps?|RichTextValues?)$|^isChecked$/;
const CELL_WRITES = /^(set|clear|insertCheckboxes|removeCheckboxes|check|uncheck)/;

export class RangeCore implements RangeGeometry {
  constructor(
    protected readonly doc: Doc,
    readonly sheetModel: SheetModel,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  /** Counts the call, then refuses to work on a deleted sheet. */
  protected hit(method: string): void {
    this.doc.hit(`Range.${method}`);
    this.doc.checkAlive(this.sheetModel);
    const kind = CELL_READS.test(method) ? "read" : CELL_WRITES.test(method) ? "write" : null;
    if (kind) this.doc.cells(kind, this.numRows * this.numColumns, this.sheetModel.id);
  }

  protected self(): GasRange {
    return asGas(this);
  }

  get a1(): string {
    return a1Of(this.row, this.column, this.numRows, this.numColumns);
  }

  /** Reads the block cell by cell into a new 2-D array. */
  protected readBlock<T>(read: (cell: CellModel | undefined) => T): T[][] {
    const out: T[][] = new Array(this.numRows);
    const cells = this.sheetModel.cells;
    for (let i = 0; i < this.numRows; i++) {
      const row = cells[this.row - 1 + i];
      const line: T[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) line[j] = read(row?.[this.column - 1 + j]);
      out[i] = line;
    }
    return out;
  }

  protected topLeft(): CellModel | undefined {
    return cellAt(this.sheetModel, this.row - 1, this.column - 1);
  }

  /** Applies `write` to every cell of the block (creating empty cells). */
  protected fillBlock(write: (cell: CellModel, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++)
        write(ensureCell(this.sheetModel, this.row - 1 + i, this.column - 1 + j), i, j);
    }
  }

  /** Applies `clear` to the existing cells of the block only. */
  protected eachExisting(clear: (cell: CellModel) => void): void {
    const cells = this.sheetModel.cells;
    for (let i = 0; i < this.numRows; i++) {
      const row = cells[this.row - 1 + i];
      if (!row) continue;
      for (let j = 0; j < this.numColumns; j++) {
        const cell = row[this.column - 1 + j];
        if (cell) clear(cell);
      }
    }
  }

  /** A 2-D argument of a plural setter must have the block's shape, with Apps Script's messages when not. */
  protected checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r)))
      return badArgs(`Range.${method}`, [data]);
    if (data.length !== this.numRows) fail(MSG.rowsMismatch(data.length, this.numRows));
    for (const r of data as unknown[][]) {
      if (r.length !== this.numColumns) fail(MSG.columnsMismatch(r.length, this.numColumns));
    }
    return data as unknown[][];
  }

  getA1Notation(): string {
    this.hit("getA1Notation");
    return this.a1;
  }
  getRow(): number {
    this.hit("getRow");
    return this.row;
  }
  getRowIndex(): number {
    this.hit("getRowIndex");
    return this.row;
  }
  getColumn(): number {
    this.hit("getColumn");
    return this.column;
  }
  getNumRows(): number {
    this.hit("getNumRows");
    return this.numRows;
  }
  getNumColumns(): number {
    this.hit("getNumColumns");
    return this.numColumns;
  }
  getHeight(): number {
    this.hit("getHeight");
    return this.numRows;
  }
  getWidth(): number {
    this.hit("getWidth");
    return this.numColumns;
  }
  getLastRow(): number {
    this.hit("getLastRow");
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.hit("getLastColumn");
    return this.column + this.numColumns - 1;
  }
  getGridId(): number {
    this.hit("getGridId");
    return this.sheetModel.id;
  }
  getSheet(): GasSheet {
    this.hit("getSheet");
    return this.doc.sheet(this.sheetModel);
  }
  canEdit(): boolean {
    this.hit("canEdit");
    return true;
  }

  isBlank(): boolean {
    this.hit("isBlank");
    let blank = true;
    this.eachExisting((cell) => {
      if (cell.v !== "" || cell.formula !== undefined) blank = false;
    });
    return blank;
  }

  /** A cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): GasRange {
    this.hit("getCell");
    if (typeof row !== "number" || typeof column !== "number") badArgs("Range.getCell", [row, column]);
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) fail(MSG.cellOutOfRange);
    return this.doc.range(this.sheetModel, this.row + row - 1, this.column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    this.hit("offset");
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((x) => x !== undefined);
    if (args.some((x) => typeof x !== "number" || !Number.isFinite(x))) badArgs("Range.offset", args);
    const r = this.row + Math.trunc(rowOffset);
    const c = this.column + Math.trunc(columnOffset);
    const nr = numRows === undefined ? this.numRows : Math.trunc(numRows);
    const nc = numColumns === undefined ? this.numColumns : Math.trunc(numColumns);
    checkBlock(this.sheetModel, r, c, nr, nc);
    return this.doc.range(this.sheetModel, r, c, nr, nc);
  }

  /** What Apps Script's objects print as. */
  toString(): string {
    return "Range";
  }
}
