// Range, part 3: data validation on the block — rules singly or per cell, checkboxes.

import type { ValidationModel } from "../model";
import { unsupported } from "./errors";
import { RangeFormatting } from "./range-format";
import type { GasRange, GasValidation } from "./types";

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
  getDataValidation(): GasValidation | null {
    this.hit("getDataValidation");
    const rule = this.topLeft()?.validation;
    return rule ? this.doc.validation(rule) : null;
  }

  getDataValidations(): (GasValidation | null)[][] {
    this.hit("getDataValidations");
    return this.readBlock((cell) => (cell?.validation ? this.doc.validation(cell.validation) : null));
  }

  setDataValidation(rule: GasValidation | null): GasRange {
    this.hit("setDataValidation");
    const model =
      rule === null ? undefined : this.doc.asValidation(rule, "Range.setDataValidation", [rule]).model;
    this.applyValidation(() => model);
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
    this.applyValidation((i, j) => models[i][j]);
    return this.self();
  }

  clearDataValidations(): GasRange {
    this.hit("clearDataValidations");
    this.eachExisting((cell) => delete cell.validation);
    return this.self();
  }

  private applyValidation(rule: (i: number, j: number) => ValidationModel | undefined): void {
    this.fillBlock((cell, i, j) => {
      const model = rule(i, j);
      if (model === undefined) delete cell.validation;
      else cell.validation = model;
    });
  }

  /** Checkbox validation on every cell, and every cell set to FALSE (unchecked), as insertCheckboxes() does. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GasRange {
    this.hit("insertCheckboxes");
    if (checkedValue !== undefined || uncheckedValue !== undefined)
      unsupported("Range.insertCheckboxes(checkedValue)");
    const rule: ValidationModel = { kind: "checkbox", allowInvalid: false };
    this.fillBlock((cell) => {
      cell.validation = rule;
      cell.v = false;
      delete cell.formula;
    });
    return this.self();
  }

  removeCheckboxes(): GasRange {
    this.hit("removeCheckboxes");
    this.eachExisting((cell) => {
      if (cell.validation?.kind !== "checkbox") return;
      delete cell.validation;
      if (typeof cell.v === "boolean") cell.v = "";
    });
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
    this.eachExisting((cell) => {
      if (cell.validation?.kind === "checkbox") cell.v = value;
    });
  }

  /** true/false when every cell is a checkbox in that state, null otherwise. */
  isChecked(): boolean | null {
    this.hit("isChecked");
    const states = this.readBlock((cell) =>
      cell?.validation?.kind === "checkbox" ? cell.v === true : null,
    ).flat();
    if (states.some((s) => s === null)) return null;
    if (states.every((s) => s === true)) return true;
    return states.every((s) => s === false) ? false : null;
  }
}
