// Data validation: the builder (the criteria ПрофТрек uses), the built rule, and what a rule accepts on write.

import type { CellValue, SheetModel, ValidationModel } from "../model";
import { quoteSheetName } from "./a1";
import type { Doc } from "./doc";
import { type CriteriaName, DataValidationCriteria, member } from "./enums";
import { badArgs, fail, isDate, MSG, unsupported } from "./errors";
import { asGas, type GasRange, type GasValidation, type GasValidationBuilder } from "./types";

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

const same = (a: unknown, b: unknown) => String(a).toLowerCase() === String(b).toLowerCase();

/** Whether a rule with "reject input" lets `v` into a cell. An empty cell always passes. */
export function accepts(doc: Doc, sheet: SheetModel, rule: ValidationModel, v: CellValue): boolean {
  if (v === "") return true;
  switch (rule.kind) {
    case "list":
      return rule.values.some((x) => same(x, v));
    case "range": {
      const allowed = doc.valuesOfA1(rule.a1, sheet);
      return allowed === null || allowed.some((x) => same(x, v));
    }
    case "checkbox":
      return typeof v === "boolean";
    case "date":
      return isDate(v);
    case "number":
      return (
        typeof v === "number" &&
        (rule.min === undefined || v >= rule.min) &&
        (rule.max === undefined || v <= rule.max)
      );
  }
}

function criteriaOf(m: ValidationModel): CriteriaName {
  switch (m.kind) {
    case "list":
      return "VALUE_IN_LIST";
    case "range":
      return "VALUE_IN_RANGE";
    case "checkbox":
      return "CHECKBOX";
    case "date":
      return "DATE_IS_VALID_DATE";
    case "number":
      if (m.min !== undefined && m.max !== undefined) return "NUMBER_BETWEEN";
      return m.min !== undefined ? "NUMBER_GREATER_THAN_OR_EQUAL_TO" : "NUMBER_LESS_THAN_OR_EQUAL_TO";
  }
}

function criteriaValues(doc: Doc, m: ValidationModel): unknown[] {
  switch (m.kind) {
    case "list":
      return [[...m.values], m.showDropdown];
    case "range": {
      const { sheet, r, c, nr, nc } = doc.resolveA1(m.a1, doc.activeSheet());
      return [doc.range(sheet, r, c, nr, nc), m.showDropdown];
    }
    case "number":
      return [m.min, m.max].filter((x) => x !== undefined);
    default:
      return [];
  }
}

/** A built rule (immutable; copy() gives a builder). */
export class EmuValidation
  implements
    Pick<GasValidation, "copy" | "getAllowInvalid" | "getCriteriaType" | "getCriteriaValues" | "getHelpText">
{
  constructor(
    private readonly doc: Doc,
    readonly model: ValidationModel,
  ) {}

  copy(): GasValidationBuilder {
    this.doc.hit("DataValidation.copy");
    return asGas(new EmuValidationBuilder(this.doc, { ...this.model }));
  }
  getAllowInvalid(): boolean {
    this.doc.hit("DataValidation.getAllowInvalid");
    return this.model.allowInvalid;
  }
  getCriteriaType(): Criteria {
    this.doc.hit("DataValidation.getCriteriaType");
    return criteriaOf(this.model) as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    this.doc.hit("DataValidation.getCriteriaValues");
    return criteriaValues(this.doc, this.model);
  }
  getHelpText(): string {
    this.doc.hit("DataValidation.getHelpText");
    return this.model.helpText ?? "";
  }
}

type Draft = Partial<ValidationModel> & { allowInvalid?: boolean; helpText?: string };

/** SpreadsheetApp.newDataValidation(): allowInvalid starts true ("The default for a new data validation rule is true"). */
export class EmuValidationBuilder
  implements
    Pick<
      GasValidationBuilder,
      | "build"
      | "copy"
      | "getAllowInvalid"
      | "getCriteriaType"
      | "getCriteriaValues"
      | "getHelpText"
      | "requireCheckbox"
      | "requireDate"
      | "requireNumberBetween"
      | "requireNumberGreaterThanOrEqualTo"
      | "requireNumberLessThanOrEqualTo"
      | "requireValueInList"
      | "requireValueInRange"
      | "setAllowInvalid"
      | "setHelpText"
      | "withCriteria"
    >
{
  private draft: Draft;

  constructor(
    private readonly doc: Doc,
    draft: Draft = {},
  ) {
    this.draft = { allowInvalid: true, ...draft };
  }

  private hit(method: string): void {
    this.doc.hit(`DataValidationBuilder.${method}`);
  }

  private criteria(c: Partial<ValidationModel>): GasValidationBuilder {
    this.draft = { allowInvalid: this.draft.allowInvalid, helpText: this.draft.helpText, ...c } as Draft;
    return asGas(this);
  }

  private complete(): ValidationModel | null {
    const d = this.draft;
    if (!d.kind) return null;
    const m = { ...d, allowInvalid: d.allowInvalid ?? true } as ValidationModel;
    if (m.helpText === undefined) delete m.helpText;
    return m;
  }

  requireValueInList(values: string[], showDropdown?: boolean): GasValidationBuilder {
    this.hit("requireValueInList");
    if (!Array.isArray(values)) badArgs("DataValidationBuilder.requireValueInList", [values, showDropdown]);
    return this.criteria({
      kind: "list",
      values: values.map((v) => String(v)),
      showDropdown: showDropdown ?? true,
    });
  }
  requireValueInRange(range: GasRange, showDropdown?: boolean): GasValidationBuilder {
    this.hit("requireValueInRange");
    const r = this.doc.asRange(range, "DataValidationBuilder.requireValueInRange", [range, showDropdown]);
    const a1 = `${quoteSheetName(r.sheetModel.name)}!${r.a1}`;
    return this.criteria({ kind: "range", a1, showDropdown: showDropdown ?? true });
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GasValidationBuilder {
    this.hit("requireCheckbox");
    if (checkedValue !== undefined || uncheckedValue !== undefined)
      unsupported("DataValidationBuilder.requireCheckbox(checkedValue)");
    return this.criteria({ kind: "checkbox" });
  }
  requireDate(): GasValidationBuilder {
    this.hit("requireDate");
    return this.criteria({ kind: "date" });
  }
  requireNumberBetween(start: number, end: number): GasValidationBuilder {
    this.hit("requireNumberBetween");
    if (typeof start !== "number" || typeof end !== "number")
      badArgs("DataValidationBuilder.requireNumberBetween", [start, end]);
    return this.criteria({ kind: "number", min: Math.min(start, end), max: Math.max(start, end) });
  }
  requireNumberGreaterThanOrEqualTo(n: number): GasValidationBuilder {
    this.hit("requireNumberGreaterThanOrEqualTo");
    if (typeof n !== "number") badArgs("DataValidationBuilder.requireNumberGreaterThanOrEqualTo", [n]);
    return this.criteria({ kind: "number", min: n });
  }
  requireNumberLessThanOrEqualTo(n: number): GasValidationBuilder {
    this.hit("requireNumberLessThanOrEqualTo");
    if (typeof n !== "number") badArgs("DataValidationBuilder.requireNumberLessThanOrEqualTo", [n]);
    return this.criteria({ kind: "number", max: n });
  }
  withCriteria(criteria: Criteria, args: unknown[]): GasValidationBuilder {
    this.hit("withCriteria");
    const name = member(DataValidationCriteria, criteria);
    const a = Array.isArray(args) ? args : [];
    switch (name) {
      case "VALUE_IN_LIST":
        return this.criteria({
          kind: "list",
          values: (a[0] as unknown[]).map(String),
          showDropdown: a[1] !== false,
        });
      case "VALUE_IN_RANGE": {
        const r = this.doc.asRange(a[0], "DataValidationBuilder.withCriteria", [criteria, args]);
        return this.criteria({
          kind: "range",
          a1: `${quoteSheetName(r.sheetModel.name)}!${r.a1}`,
          showDropdown: a[1] !== false,
        });
      }
      case "CHECKBOX":
        return this.criteria({ kind: "checkbox" });
      case "DATE_IS_VALID_DATE":
        return this.criteria({ kind: "date" });
      case "NUMBER_BETWEEN":
        return this.criteria({ kind: "number", min: a[0] as number, max: a[1] as number });
      case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
        return this.criteria({ kind: "number", min: a[0] as number });
      case "NUMBER_LESS_THAN_OR_EQUAL_TO":
        return this.criteria({ kind: "number", max: a[0] as number });
      default:
        return unsupported(`DataValidationBuilder.withCriteria(${String(criteria)})`);
    }
  }
  setAllowInvalid(allowInvalidData: boolean): GasValidationBuilder {
    this.hit("setAllowInvalid");
    if (typeof allowInvalidData !== "boolean")
      badArgs("DataValidationBuilder.setAllowInvalid", [allowInvalidData]);
    this.draft.allowInvalid = allowInvalidData;
    return asGas(this);
  }
  setHelpText(helpText: string): GasValidationBuilder {
    this.hit("setHelpText");
    if (typeof helpText !== "string") badArgs("DataValidationBuilder.setHelpText", [helpText]);
    this.draft.helpText = helpText;
    return asGas(this);
  }
  getAllowInvalid(): boolean {
    this.hit("getAllowInvalid");
    return this.draft.allowInvalid ?? true;
  }
  getHelpText(): string | null {
    this.hit("getHelpText");
    return this.draft.helpText ?? null;
  }
  getCriteriaType(): Criteria {
    this.hit("getCriteriaType");
    const m = this.complete();
    return (m ? criteriaOf(m) : null) as unknown as Criteria;
  }
  getCriteriaValues(): unknown[] {
    this.hit("getCriteriaValues");
    const m = this.complete();
    return m ? criteriaValues(this.doc, m) : [];
  }
  copy(): GasValidationBuilder {
    this.hit("copy");
    return asGas(new EmuValidationBuilder(this.doc, { ...this.draft }));
  }
  build(): GasValidation {
    this.hit("build");
    const m = this.complete();
    if (!m) return fail(MSG.noCriteria);
    return this.doc.validation(m);
  }
}
