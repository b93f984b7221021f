// Range, part 3: data validation on the block — rules singly or per cell, checkboxes.

import type { ValidationModel } from "../model";
import { unsupported } from "./errors";
import { ensureCell } from "./grid";
import { RangeFormatting } from "./range-format";
import type { GasRange, GasValidation } from "./types";
import { setValidation, setValidations, validationAt, validationBlock } from "./validation-ranges";

export type RangeValidation = Pick<
  GasRange,
  | "getDataValidation"
  | "getDataValidations"
  | "setDataValidation"
  | "setDataValidations"
  | "clearDataValidations"
  | "insertCheckboxes"
  | "removeCheckboxes"
  | "check"
  | "uncheck"
  | "isChecked"
>;

export class RangeValidating extends RangeFormatting implements RangeValidation {
  /** The block's rules, row by row (null when none touches it). */
  protected rules(): (ValidationModel | undefined)[][] | null {
    return validationBlock(this.sheetModel, this.row - 1, this.column - 1, this.numRows, this.numColumns);
  }

  getDataValidation(): GasValidation | null {
    this.hit("getDataValidation");
    const rule = validationAt(this.sheetModel, this.row - 1, this.column - 1);
    return rule ? this.doc.validation(rule) : null;
  }

  getDataValidations(): (GasValidation | null)[][] {
    this.hit("getDataValidations");
    const rules = this.rules();
    const out: (GasValidation | null)[][] = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i++) {
      const line: (GasValidation | null)[] = new Array(this.numColumns);
      for (let j = 0; j < this.numColumns; j++) {
        const rule = rules?.[i]?.[j];
        line[j] = rule ? this.doc.validation(rule) : null;
      }
      out[i] = line;
    }
    return out;
  }

  setDataValidation(rule: GasValidation | null): GasRange {
    this.hit("setDataValidation");
    const model =
      rule === null ? undefined : this.doc.asValidation(rule, "Range.setDataValidation", [rule]).model;
    this.setRule(model);
    return this.self();
  }

  setDataValidations(rules: (GasValidation | null)[][]): GasRange {
    this.hit("setDataValidations");
    const block = this.checkShape("setDataValidations", rules);
    const models = block.map((r) =>
      r.map((x) =>
        x === null ? undefined : this.doc.asValidation(x, "Range.setDataValidations", [rules]).model,
      ),
    );
    setValidations(this.sheetModel, this.row - 1, this.column - 1, models);
    return this.self();
  }

  clearDataValidations(): GasRange {
    this.hit("clearDataValidations");
    this.setRule(undefined);
    return this.self();
  }

  /** One rule (or none) on the whole block. */
  protected setRule(rule: ValidationModel | undefined): void {
    setValidation(this.sheetModel, this.row - 1, this.column - 1, this.numRows, this.numColumns, rule);
  }

  /** Checkbox validation on every cell, and every cell set to FALSE (unchecked), as insertCheckboxes() does. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GasRange {
    this.hit("insertCheckboxes");
    if (checkedValue !== undefined || uncheckedValue !== undefined)
      unsupported("Range.insertCheckboxes(checkedValue)");
    this.setRule({ kind: "checkbox", allowInvalid: false });
    this.fillBlock((cell) => {
      cell.v = false;
      delete cell.formula;
    });
    return this.self();
  }

  removeCheckboxes(): GasRange {
    this.hit("removeCheckboxes");
    const rules = this.rules();
    if (!rules) return this.self();
    const kept = rules.map((line) => line.map((rule) => (rule?.kind === "checkbox" ? undefined : rule)));
    setValidations(this.sheetModel, this.row - 1, this.column - 1, kept);
    const cells = this.sheetModel.cells;
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) {
        if (rules[i]![j]?.kind !== "checkbox") continue;
        const cell = cells[this.row - 1 + i]?.[this.column - 1 + j];
        if (cell && typeof cell.v === "boolean") cell.v = "";
      }
    }
    return this.self();
  }

  check(): GasRange {
    this.hit("check");
    this.setChecked(true);
    return this.self();
  }

  uncheck(): GasRange {
    this.hit("uncheck");
    this.setChecked(false);
    return this.self();
  }

  private setChecked(value: boolean): void {
    const rules = this.rules();
    if (!rules) return;
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) {
        if (rules[i]![j]?.kind === "checkbox")
          ensureCell(this.sheetModel, this.row - 1 + i, this.column - 1 + j).v = value;
      }
    }
  }

  /** true/false when every cell is a checkbox in that state, null otherwise. */
  isChecked(): boolean | null {
    this.hit("isChecked");
    const rules = this.rules();
    if (!rules) return null;
    const cells = this.readBlock((cell) => cell);
    const states = rules.flatMap((line, i) =>
      line.map((rule, j) => (rule?.kind === "checkbox" ? cells[i]![j]?.v === true : null)),
    );
    if (states.some((s) => s === null)) return null;
    if (states.every((s) => s === true)) return true;
    return states.every((s) => s === false) ? false : null;
  }
}
