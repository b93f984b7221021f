// Range, part 4: values and formulas (the hot path: one array pass, no per-cell wrappers), clearing, protection.

import type { CellModel, CellValue } from "../model";
import { columnLetters } from "./a1";
import { displayValue } from "./display";
import { badArgs, fail, MSG } from "./errors";
import { clearCell } from "./grid";
import { type Input, toFormula, toInput, typingOf } from "./input";
import { addMetadata, metadataAt } from "./metadata";
import { newProtection } from "./protection";
import { RangeValidating } from "./range-validation";
import type { GasMetadata, GasProtection, GasRange } from "./types";
import { accepts } from "./validation";

export type RangeValues = Pick<
  GasRange,
  | "getValue"
  | "getValues"
  | "setValue"
  | "setValues"
  | "getDisplayValue"
  | "getDisplayValues"
  | "getFormula"
  | "getFormulas"
  | "setFormula"
  | "setFormulas"
  | "clear"
  | "clearContent"
  | "clearFormat"
  | "protect"
  | "addDeveloperMetadata"
  | "getDeveloperMetadata"
  | "activate"
>;

export class EmuRange extends RangeValidating implements RangeValues {
  private out(v: CellValue): unknown {
    return v instanceof Date ? this.doc.ctx.toRealmDate(v) : v;
  }

  getValues(): unknown[][] {
    this.hit("getValues");
    return this.readBlock((cell) => (cell === undefined ? "" : this.out(cell.v)));
  }

  getValue(): unknown {
    this.hit("getValue");
    const cell = this.topLeft();
    return cell === undefined ? "" : this.out(cell.v);
  }

  getDisplayValues(): string[][] {
    this.hit("getDisplayValues");
    const { locale, timeZone } = this.doc.wb;
    return this.readBlock((cell) =>
      cell === undefined ? "" : displayValue(cell.v, cell.numberFormat, locale, timeZone),
    );
  }

  getDisplayValue(): string {
    this.hit("getDisplayValue");
    const cell = this.topLeft();
    const { locale, timeZone } = this.doc.wb;
    return cell === undefined ? "" : displayValue(cell.v, cell.numberFormat, locale, timeZone);
  }

  getFormulas(): string[][] {
    this.hit("getFormulas");
    return this.readBlock((cell) => cell?.formula ?? "");
  }

  getFormula(): string {
    this.hit("getFormula");
    return this.topLeft()?.formula ?? "";
  }

  setValues(values: unknown[][]): GasRange {
    this.hit("setValues");
    const block = this.checkShape("setValues", values);
    const typing = typingOf(this.doc.wb);
    const inputs = this.convert((cell, i, j) => toInput(block[i][j], cell?.numberFormat === "@", typing));
    this.store(inputs);
    return this.self();
  }

  /** Sets every cell of the range to the value (Apps Script fills a multi-cell range with it). */
  setValue(value: unknown): GasRange {
    this.hit("setValue");
    const typing = typingOf(this.doc.wb);
    this.store(this.convert((cell) => toInput(value, cell?.numberFormat === "@", typing)));
    return this.self();
  }

  setFormulas(formulas: string[][]): GasRange {
    this.hit("setFormulas");
    const block = this.checkShape("setFormulas", formulas);
    this.store(this.convert((_cell, i, j) => toFormula(block[i][j])));
    return this.self();
  }

  setFormula(formula: string): GasRange {
    this.hit("setFormula");
    if (typeof formula !== "string") badArgs("Range.setFormula", [formula]);
    const input = toFormula(formula);
    this.store(this.convert(() => input));
    return this.self();
  }

  /**
   * Emulator-internal (not an Apps Script method, not counted): writes values as setValues does, calling `prepare`
   * after every value was accepted and before anything is stored (appendRow grows the grid there).
   */
  writeBlock(values: unknown[][], prepare: () => void): void {
    const typing = typingOf(this.doc.wb);
    const inputs = this.convert((cell, i, j) => toInput(values[i][j], cell?.numberFormat === "@", typing));
    prepare();
    this.store(inputs);
  }

  /** Converts and checks every input before anything is written: a refused value leaves the range untouched. */
  private convert(make: (cell: CellModel | undefined, i: number, j: number) => Input): Input[][] {
    const cells = this.sheetModel.cells;
    const rules = this.rules();
    const out: Input[][] = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i++) {
      const row = cells[this.row - 1 + i];
      const line: Input[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) {
        const cell = row?.[this.column - 1 + j];
        const input = make(cell, i, j);
        const rule = rules?.[i]?.[j];
        if (
          rule &&
          !rule.allowInvalid &&
          input.formula === undefined &&
          !accepts(this.doc, this.sheetModel, rule, input.v)
        ) {
          fail(MSG.violatesValidation(`${columnLetters(this.column + j)}${this.row + i}`));
        }
        line[j] = input;
      }
      out[i] = line;
    }
    return out;
  }

  /**
   * Stores converted inputs. A date written into a cell whose number format is automatic gives the cell a date format
   * (a script's Date the locale's date-time: Sheets shows «15.09.2026 0:00:00» for a midnight Date); a cell with a
   * format keeps it.
   */
  private store(inputs: Input[][]): void {
    this.fillBlock((cell, i, j) => {
      const input = inputs[i][j];
      cell.v = input.v;
      if (input.formula === undefined) delete cell.formula;
      else cell.formula = input.formula;
      if (input.format !== undefined && cell.numberFormat === undefined) cell.numberFormat = input.format;
    });
  }

  /** Contents and formats; with options, only the parts asked for (validations only with validationsOnly). */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GasRange {
    this.hit("clear");
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    this.eachExisting((cell) =>
      clearCell(cell, {
        contents: !any || o.contentsOnly,
        formats: !any || o.formatOnly,
        notes: o.commentsOnly,
      }),
    );
    if (o.validationsOnly) this.setRule(undefined);
    return this.self();
  }

  clearContent(): GasRange {
    this.hit("clearContent");
    this.clearValues();
    return this.self();
  }

  clearFormat(): GasRange {
    this.hit("clearFormat");
    this.clearFormats();
    return this.self();
  }

  private clearValues(): void {
    this.eachExisting((cell) => clearCell(cell, { contents: true }));
  }

  protect(): GasProtection {
    this.hit("protect");
    return newProtection(this.doc, this.sheetModel, this.a1);
  }

  /** Only whole rows or whole columns can carry metadata (besides sheets and the spreadsheet). */
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GasRange {
    this.hit("addDeveloperMetadata");
    addMetadata(this.doc, "Range.addDeveloperMetadata", [key, a, b], this.sheetModel, this.location());
    return this.self();
  }

  getDeveloperMetadata(): GasMetadata[] {
    this.hit("getDeveloperMetadata");
    const loc = this.location(true);
    return loc ? metadataAt(this.doc, this.sheetModel, loc) : [];
  }

  private location(quiet = false): { type: "ROW" | "COLUMN"; index: number } | null {
    const s = this.sheetModel;
    if (this.column === 1 && this.numColumns === s.maxColumns && this.numRows === 1)
      return { type: "ROW", index: this.row };
    if (this.row === 1 && this.numRows === s.maxRows && this.numColumns === 1)
      return { type: "COLUMN", index: this.column };
    if (quiet) return null;
    return fail(MSG.metadataArbitraryRange);
  }

  activate(): GasRange {
    this.hit("activate");
    this.doc.ctx.activeSheetId = this.sheetModel.id;
    return this.self();
  }
}
