// The hub every emulated object shares: the context, the call counter, and the factories that wrap model objects.

import type { EmuContext } from "../context";
import type {
  ChartModel,
  DeveloperMetadataModel,
  ProtectionModel,
  SheetModel,
  ValidationModel,
} from "../model";
import { parseA1 } from "./a1";
import { badArgs, fail, MSG } from "./errors";
import { EmuMetadata } from "./metadata";
import { EmuProtection } from "./protection";
import { EmuRange } from "./range";
import { EmuSheet } from "./sheet";
import { EmuSpreadsheet } from "./spreadsheet";
import {
  asGas,
  type GasMetadata,
  type GasProtection,
  type GasRange,
  type GasSheet,
  type GasSpreadsheet,
  type GasValidation,
} from "./types";
import { EmuValidation } from "./validation";

export class Doc {
  private readonly sheets = new WeakMap<SheetModel, EmuSheet>();
  private book: EmuSpreadsheet | null = null;

  constructor(
    readonly ctx: EmuContext,
    /** The add-on's name: the caption of createAddonMenu(). */
    readonly addonName: string,
  ) {}

  get wb() {
    return this.ctx.workbook;
  }

  /** Counts one service call (and throws an injected fault). Every public method calls it first. */
  hit(method: string): void {
    this.ctx.counter.hit(method);
  }

  /** Counts the cells a Range call read or wrote (no effect on behaviour). */
  cells(kind: "read" | "write", n: number, sheetId: number): void {
    this.ctx.counter.cells(kind, n, sheetId);
  }

  /** Throws if the sheet was deleted: wrappers outlive their sheets, the data must not be touched through them. */
  checkAlive(sheet: SheetModel): void {
    if (!this.wb.sheets.includes(sheet)) fail(MSG.deletedSheet);
  }

  spreadsheet(): GasSpreadsheet {
    this.book ??= new EmuSpreadsheet(this);
    return asGas(this.book);
  }

  sheet(model: SheetModel): GasSheet {
    let s = this.sheets.get(model);
    if (!s) {
      s = new EmuSheet(this, model);
      this.sheets.set(model, s);
    }
    return asGas(s);
  }

  range(model: SheetModel, row: number, column: number, numRows: number, numColumns: number): GasRange {
    return asGas(new EmuRange(this, model, row, column, numRows, numColumns));
  }

  validation(model: ValidationModel): GasValidation {
    return asGas(new EmuValidation(this, model));
  }

  protection(sheet: SheetModel, model: ProtectionModel): GasProtection {
    return asGas(new EmuProtection(this, sheet, model));
  }

  metadata(model: DeveloperMetadataModel, sheet: SheetModel | null): GasMetadata {
    return asGas(new EmuMetadata(this, model, sheet));
  }

  /** The active sheet (the first one if the active id is gone). */
  activeSheet(): SheetModel {
    const sheets = this.wb.sheets;
    return sheets.find((s) => s.id === this.ctx.activeSheetId) ?? sheets[0];
  }

  sheetByName(name: string): SheetModel | undefined {
    const low = name.toLowerCase();
    return this.wb.sheets.find((s) => s.name.toLowerCase() === low);
  }

  /** A range given to a method of ours: it must be one of our Range objects. */
  asRange(x: unknown, method: string, args: readonly unknown[]): EmuRange {
    if (x instanceof EmuRange) return x;
    return badArgs(method, args);
  }

  asSheet(x: unknown, method: string, args: readonly unknown[]): EmuSheet {
    if (x instanceof EmuSheet) return x;
    return badArgs(method, args);
  }

  asValidation(x: unknown, method: string, args: readonly unknown[]): EmuValidation {
    if (x instanceof EmuValidation) return x;
    return badArgs(method, args);
  }

  /**
   * Resolves A1 notation ("Sheet!A1:B2", or on `onSheet`) to a sheet and a block inside its grid; open sides
   * ("A:C", "2:5", "A2:C") reach the grid's edge. Throws Apps Script's errors for bad notation or coordinates.
   */
  resolveA1(
    text: string,
    onSheet: SheetModel,
  ): { sheet: SheetModel; r: number; c: number; nr: number; nc: number } {
    const ref = parseA1(text);
    if (!ref) return fail(MSG.rangeNotFound);
    const sheet = ref.sheet === null ? onSheet : this.sheetByName(ref.sheet);
    if (!sheet) return fail(MSG.rangeNotFound);
    const r = ref.row ?? 1;
    const c = ref.column ?? 1;
    const endRow = ref.endRow ?? sheet.maxRows;
    const endColumn = ref.endColumn ?? sheet.maxColumns;
    if (endRow > sheet.maxRows || endColumn > sheet.maxColumns) fail(MSG.outsideSheet);
    return { sheet, r, c, nr: endRow - r + 1, nc: endColumn - c + 1 };
  }

  /** The values of an A1 range ("Sheet!A1:A9"), for list-from-range validation; null if it does not resolve. */
  valuesOfA1(a1: string, onSheet: SheetModel): unknown[] | null {
    try {
      const { sheet, r, c, nr, nc } = this.resolveA1(a1, onSheet);
      const out: unknown[] = [];
      for (let i = 0; i < nr; i++) {
        const row = sheet.cells[r - 1 + i];
        if (!row) continue;
        for (let j = 0; j < nc; j++) {
          const cell = row[c - 1 + j];
          if (cell && cell.v !== "") out.push(cell.v);
        }
      }
      return out;
    } catch (_e) {
      return null;
    }
  }

  /** Charts live on sheets as recorded specs; this finds the sheet holding a chart model. */
  sheetOfChart(chart: ChartModel): SheetModel | undefined {
    return this.wb.sheets.find((s) => s.charts.includes(chart));
  }
}
