// Spreadsheet: the file — its tabs (insert, delete, move, find), active tab, locale and time zone, toasts, metadata.

import type { SheetModel } from "../model";
import { newSheet } from "../model";
import { fromSerial, toSerial } from "./dates";
import type { Doc } from "./doc";
import { member, ProtectionType } from "./enums";
import { badArgs, fail, isNumber, MSG } from "./errors";
import { addMetadata, EmuMetadataFinder } from "./metadata";
import { checkSheetName } from "./sheet";
import {
  asGas,
  type GasMetadata,
  type GasMetadataFinder,
  type GasProtection,
  type GasRange,
  type GasSheet,
  type GasSpreadsheet,
} from "./types";

export type SpreadsheetApi = Pick<
  GasSpreadsheet,
  | "getId"
  | "getName"
  | "rename"
  | "getUrl"
  | "getSpreadsheetTimeZone"
  | "setSpreadsheetTimeZone"
  | "getSpreadsheetLocale"
  | "setSpreadsheetLocale"
  | "getSheets"
  | "getNumSheets"
  | "getSheetByName"
  | "getSheetById"
  | "getActiveSheet"
  | "setActiveSheet"
  | "insertSheet"
  | "deleteSheet"
  | "moveActiveSheet"
  | "toast"
  | "addDeveloperMetadata"
  | "getDeveloperMetadata"
  | "createDeveloperMetadataFinder"
  | "getRange"
  | "getProtections"
>;

type InsertOptions = { template?: GasSheet };

export class EmuSpreadsheet implements SpreadsheetApi {
  constructor(private readonly doc: Doc) {}

  private hit(method: string): void {
    this.doc.hit(`Spreadsheet.${method}`);
  }

  private get wb() {
    return this.doc.wb;
  }

  getId(): string {
    this.hit("getId");
    return this.wb.id;
  }
  getName(): string {
    this.hit("getName");
    return this.wb.name;
  }
  rename(newName: string): void {
    this.hit("rename");
    if (typeof newName !== "string") badArgs("Spreadsheet.rename", [newName]);
    this.wb.name = newName;
  }
  /** A docs.google.com address with the id, as a real file has (it leads nowhere for a local workbook). */
  getUrl(): string {
    this.hit("getUrl");
    return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(this.wb.id)}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.hit("getSpreadsheetTimeZone");
    return this.wb.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.hit("setSpreadsheetTimeZone");
    if (typeof timezone !== "string") badArgs("Spreadsheet.setSpreadsheetTimeZone", [timezone]);
    // Sheets stores a date as a serial number of days on the spreadsheet's clock, with no zone: a new time zone
    // leaves every date cell showing the same day and time. The emulator keeps instants, so it moves each one to
    // the instant at which the new zone's clock shows what the old zone's clock showed.
    rezoneDates(this.wb.sheets, this.wb.timeZone, timezone);
    this.wb.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    this.hit("getSpreadsheetLocale");
    return this.wb.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.hit("setSpreadsheetLocale");
    if (typeof locale !== "string") badArgs("Spreadsheet.setSpreadsheetLocale", [locale]);
    this.wb.locale = locale;
  }

  getSheets(): GasSheet[] {
    this.hit("getSheets");
    return this.wb.sheets.map((s) => this.doc.sheet(s));
  }
  getNumSheets(): number {
    this.hit("getNumSheets");
    return this.wb.sheets.length;
  }
  /** Sheet names are matched without regard to case, as Sheets keeps them unique that way. */
  getSheetByName(name: string): GasSheet | null {
    this.hit("getSheetByName");
    if (typeof name !== "string") badArgs("Spreadsheet.getSheetByName", [name]);
    const s = this.doc.sheetByName(name);
    return s ? this.doc.sheet(s) : null;
  }
  getSheetById(id: number): GasSheet | null {
    this.hit("getSheetById");
    const s = this.wb.sheets.find((x) => x.id === id);
    return s ? this.doc.sheet(s) : null;
  }
  getActiveSheet(): GasSheet {
    this.hit("getActiveSheet");
    return this.doc.sheet(this.doc.activeSheet());
  }
  setActiveSheet(sheet: GasSheet, _restoreSelection?: boolean): GasSheet {
    this.hit("setActiveSheet");
    const s = this.doc.asSheet(sheet, "Spreadsheet.setActiveSheet", [sheet]);
    this.doc.checkAlive(s.model);
    this.doc.ctx.activeSheetId = s.model.id;
    return sheet;
  }

  /**
   * insertSheet([name][, index][, {template}]): index is 0-based (default: after the active sheet); the new
   * sheet becomes the active one. A taken name throws Apps Script's "A sheet with the name … already exists".
   */
  insertSheet(a?: string | number | InsertOptions, b?: number | InsertOptions, c?: InsertOptions): GasSheet {
    this.hit("insertSheet");
    const args = [a, b, c];
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    let name: string | undefined;
    let index: number | undefined;
    let options: InsertOptions | undefined;
    args.forEach((x, i) => {
      if (typeof x === "string" && i === 0) name = x;
      else if (isNumber(x) && index === undefined && options === undefined) index = Math.trunc(x);
      else if (x !== null && typeof x === "object" && !Array.isArray(x) && i === args.length - 1) options = x;
      else badArgs("Spreadsheet.insertSheet", args);
    });
    const sheets = this.wb.sheets;
    if (name === undefined || name === "") name = this.defaultName();
    checkSheetName(this.doc, name);
    const model = options?.template ? this.copyOf(options.template, name) : newSheet(this.wb, name);
    const at = index ?? sheets.indexOf(this.doc.activeSheet()) + 1;
    sheets.splice(Math.min(Math.max(at, 0), sheets.length), 0, model);
    this.doc.ctx.activeSheetId = model.id;
    return this.doc.sheet(model);
  }

  private defaultName(): string {
    const base = this.wb.locale.toLowerCase().startsWith("ru") ? "Лист" : "Sheet";
    let n = this.wb.sheets.length + 1;
    while (this.doc.sheetByName(`${base}${n}`)) n++;
    return `${base}${n}`;
  }

  private copyOf(template: unknown, name: string): SheetModel {
    const src = this.doc.asSheet(template, "Spreadsheet.insertSheet", [name, template]).model;
    const model = newSheet(this.wb, name);
    Object.assign(model, {
      cells: structuredClone(src.cells),
      ...(src.validations ? { validations: structuredClone(src.validations) } : {}),
      maxRows: src.maxRows,
      maxColumns: src.maxColumns,
      frozenRows: src.frozenRows,
      frozenColumns: src.frozenColumns,
      columnWidths: { ...src.columnWidths },
    });
    return model;
  }

  deleteSheet(sheet: GasSheet): void {
    this.hit("deleteSheet");
    const s = this.doc.asSheet(sheet, "Spreadsheet.deleteSheet", [sheet]).model;
    this.doc.checkAlive(s);
    const sheets = this.wb.sheets;
    if (sheets.length === 1) fail(MSG.lastSheet);
    const at = sheets.indexOf(s);
    sheets.splice(at, 1);
    if (this.doc.ctx.activeSheetId === s.id) this.doc.ctx.activeSheetId = sheets[Math.max(at - 1, 0)].id;
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.hit("moveActiveSheet");
    if (!isNumber(pos)) badArgs("Spreadsheet.moveActiveSheet", [pos]);
    const sheets = this.wb.sheets;
    const active = this.doc.activeSheet();
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(Math.min(Math.max(Math.trunc(pos) - 1, 0), sheets.length), 0, active);
  }

  /** "If null, the toast defaults to 5 seconds; if negative, the toast remains until dismissed." */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.hit("toast");
    this.doc.ctx.ui.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? "" : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : timeoutSeconds,
    });
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GasSpreadsheet {
    this.hit("addDeveloperMetadata");
    addMetadata(this.doc, "Spreadsheet.addDeveloperMetadata", [key, a, b], null);
    return asGas(this);
  }
  /** The metadata of the spreadsheet itself (not of its sheets). */
  getDeveloperMetadata(): GasMetadata[] {
    this.hit("getDeveloperMetadata");
    return this.wb.metadata.map((m) => this.doc.metadata(m, null));
  }
  createDeveloperMetadataFinder(): GasMetadataFinder {
    this.hit("createDeveloperMetadataFinder");
    return asGas(new EmuMetadataFinder(this.doc, null));
  }

  /** "Sheet!A1:B2", or A1 notation on the active sheet. */
  getRange(a1Notation: string): GasRange {
    this.hit("getRange");
    if (typeof a1Notation !== "string") badArgs("Spreadsheet.getRange", [a1Notation]);
    const { sheet, r, c, nr, nc } = this.doc.resolveA1(a1Notation, this.doc.activeSheet());
    return this.doc.range(sheet, r, c, nr, nc);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GasProtection[] {
    this.hit("getProtections");
    const t = member(ProtectionType, type) ?? badArgs("Spreadsheet.getProtections", [type]);
    return this.wb.sheets.flatMap((s) =>
      s.protections
        .filter((p) => (p.range === null) === (t === "SHEET"))
        .map((p) => this.doc.protection(s, p)),
    );
  }

  toString(): string {
    return "Spreadsheet";
  }
}

/** Every Date cell re-anchored so that its wall clock (its serial number) is the same in `to` as it was in `from`. */
function rezoneDates(sheets: readonly SheetModel[], from: string, to: string): void {
  if (from === to || !validZone(from) || !validZone(to)) return;
  for (const sheet of sheets) {
    for (const row of sheet.cells) {
      if (!row) continue;
      for (const cell of row) {
        if (cell && cell.v instanceof Date) cell.v = fromSerial(toSerial(cell.v, from), to);
      }
    }
  }
}

function validZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
