// SpreadsheetApp (and Charts.ChartType) for the emulator: what the bundle finds as the globals of those names.

import type { EmuContext } from "../context";
import type { CellValue, SheetModel } from "../model";
import { gasError } from "../services/common";
import { Doc } from "./doc";
import {
  BorderStyle,
  ChartType,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from "./enums";
import {
  asGas,
  type GasApp,
  type GasSheet,
  type GasSpreadsheet,
  type GasUi,
  type GasValidationBuilder,
} from "./types";
import { EmuUi } from "./ui";
import { accepts, EmuValidationBuilder } from "./validation";
import { validationAt } from "./validation-ranges";

export { a1Of, columnLetters, parseA1 } from "./a1";
export { displayValue } from "./display";
export { type Input, parseTyped, typedInput } from "./input";

export interface SpreadsheetAppOptions {
  /** The caption of createAddonMenu() (an add-on's menu carries the add-on's name). */
  addonName?: string;
}

export type SpreadsheetAppApi = Pick<
  GasApp,
  | "getActive"
  | "getActiveSpreadsheet"
  | "getActiveSheet"
  | "setActiveSheet"
  | "getUi"
  | "flush"
  | "newDataValidation"
>;

export class EmuSpreadsheetApp implements SpreadsheetAppApi {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;
  readonly WrapStrategy = WrapStrategy;
  readonly SheetType = SheetType;
  private ui: EmuUi | null = null;

  constructor(private readonly doc: Doc) {}

  /**
   * Emulator only (not Apps Script): whether a person may type `v` into a cell — a "reject input" rule refuses what
   * it does not accept, as Sheets does. Counts no call.
   */
  acceptsEdit(sheet: SheetModel, row: number, column: number, v: CellValue): boolean {
    const rule = validationAt(sheet, row - 1, column - 1);
    return !rule || rule.allowInvalid || accepts(this.doc, sheet, rule, v);
  }

  getActive(): GasSpreadsheet {
    this.doc.hit("SpreadsheetApp.getActive");
    return this.doc.spreadsheet();
  }
  getActiveSpreadsheet(): GasSpreadsheet {
    this.doc.hit("SpreadsheetApp.getActiveSpreadsheet");
    return this.doc.spreadsheet();
  }
  getActiveSheet(): GasSheet {
    this.doc.hit("SpreadsheetApp.getActiveSheet");
    return this.doc.sheet(this.doc.activeSheet());
  }
  setActiveSheet(sheet: GasSheet, _restoreSelection?: boolean): GasSheet {
    this.doc.hit("SpreadsheetApp.setActiveSheet");
    const s = this.doc.asSheet(sheet, "SpreadsheetApp.setActiveSheet", [sheet]);
    this.doc.checkAlive(s.model);
    this.doc.ctx.activeSheetId = s.model.id;
    return sheet;
  }
  getUi(): GasUi {
    this.doc.hit("SpreadsheetApp.getUi");
    // Apps Script: a script run by an installable trigger (onFormSubmit) has no UI to show.
    if (this.doc.ctx.uiAvailable && !this.doc.ctx.uiAvailable())
      throw gasError("Cannot call SpreadsheetApp.getUi() from this context.");
    this.ui ??= new EmuUi(this.doc);
    return asGas(this.ui);
  }
  /** Writes are applied at once in the emulator: nothing is pending, but the call is counted like any other. */
  flush(): void {
    this.doc.hit("SpreadsheetApp.flush");
  }
  newDataValidation(): GasValidationBuilder {
    this.doc.hit("SpreadsheetApp.newDataValidation");
    return asGas(new EmuValidationBuilder(this.doc));
  }

  toString(): string {
    return "SpreadsheetApp";
  }
}

/** The SpreadsheetApp global over a context: its workbook, counter, UI log and scripted answers. */
export function createSpreadsheetApp(ctx: EmuContext, opts: SpreadsheetAppOptions = {}): EmuSpreadsheetApp {
  return new EmuSpreadsheetApp(new Doc(ctx, opts.addonName ?? "ПрофТрек"));
}

/** The Charts global, as far as embedded charts need it: Charts.ChartType. */
export const Charts = Object.freeze({ ChartType, toString: () => "Charts" });

export function createCharts(): typeof Charts {
  return Charts;
}
