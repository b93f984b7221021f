// The emulator's workbook as plain data: what the services read and change, and what the .xlsx file stores.

import type { FormModel } from "./services/form-model";
import type { TriggerStoreSnapshot } from "./services/triggers";
import { parseA1 } from "./spreadsheet/a1";

/** A cell value as Apps Script hands it out: '' for an empty cell. */
export type CellValue = string | number | boolean | Date;

/** A list or checkbox validation, the kinds ПрофТрек uses. */
export type ValidationModel =
  | { kind: "list"; values: string[]; showDropdown: boolean; allowInvalid: boolean; helpText?: string }
  | {
      /** A list taken from a range of another tab, written as A1 notation with the sheet name. */
      kind: "range";
      a1: string;
      showDropdown: boolean;
      allowInvalid: boolean;
      helpText?: string;
    }
  | { kind: "checkbox"; allowInvalid: boolean; helpText?: string }
  | { kind: "date"; allowInvalid: boolean; helpText?: string }
  | { kind: "number"; min?: number; max?: number; allowInvalid: boolean; helpText?: string };

export interface CellModel {
  v: CellValue;
  /** A formula as typed, starting with '='. The emulator does not compute formulas; v keeps the last value. */
  formula?: string;
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: "bold" | "normal";
  fontStyle?: "italic" | "normal";
  wrap?: boolean;
  horizontalAlignment?: "left" | "center" | "right";
  note?: string;
}

/**
 * A data validation over a block of a sheet, 0-based and inclusive. A sheet's ranges never overlap: a cell has the
 * rule of the one range that covers it, or none. Rules are replaced, never changed in place, so ranges may share one.
 */
export interface ValidationRangeModel {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  rule: ValidationModel;
}

export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: "DOCUMENT" | "PROJECT";
}

export interface ProtectionModel {
  id: number;
  description: string;
  warningOnly: boolean;
  /** A1 of the protected range, or null when the whole sheet is protected. */
  range: string | null;
  editors: string[];
}

/** An embedded chart, recorded as its spec: the emulator draws nothing, the playground does. */
export interface ChartModel {
  id: number;
  /** Apps Script's Charts.ChartType name: BAR, COLUMN, LINE, PIE, … */
  type: string;
  /** A1 ranges (on this sheet) of the data. */
  ranges: string[];
  /** Anchor: 1-based row and column of the top-left corner. */
  row: number;
  column: number;
  options: Record<string, unknown>;
}

export interface SheetModel {
  /** The gid, unique and stable in the workbook. */
  id: number;
  name: string;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  /** Rows of cells, 0-based; a missing row or cell is empty. Length is not the sheet's size. */
  cells: (CellModel | undefined)[][];
  /** The sheet's grid size (Apps Script: getMaxRows / getMaxColumns). */
  maxRows: number;
  maxColumns: number;
  /** Column widths in pixels by 1-based column index. */
  columnWidths: Record<number, number>;
  /** Data validations by block (emulator/spreadsheet/validation-ranges.ts keeps them apart); none when absent. */
  validations?: ValidationRangeModel[];
  protections: ProtectionModel[];
  metadata: DeveloperMetadataModel[];
  charts: ChartModel[];
}

export interface WorkbookModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  /** Sheets in tab order. */
  sheets: SheetModel[];
  /** Spreadsheet-level developer metadata. */
  metadata: DeveloperMetadataModel[];
  /** PropertiesService document properties, kept with the workbook so that local mode remembers them. */
  documentProperties: Record<string, string>;
  /** FormApp's forms made from this workbook (its Drive, for the emulator), kept so local mode remembers them. */
  forms?: FormModel[];
  /** The installable triggers of the script, kept so that local mode fires the ones made earlier. */
  triggers?: TriggerStoreSnapshot;
  /** Next id for sheets, metadata, protections and charts. */
  nextId: number;
}

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;

/** A new workbook with one empty sheet, as Google creates it («Лист1» in a Russian locale). */
export function newWorkbook(
  opts: Partial<Pick<WorkbookModel, "name" | "timeZone" | "locale" | "id">> = {},
): WorkbookModel {
  const wb: WorkbookModel = {
    id: opts.id ?? "local-workbook",
    name: opts.name ?? "ПрофТрек",
    timeZone: opts.timeZone ?? "Europe/Moscow",
    locale: opts.locale ?? "ru_RU",
    sheets: [],
    metadata: [],
    documentProperties: {},
    nextId: 1,
  };
  const first = newSheet(wb, wb.locale.startsWith("ru") ? "Лист1" : "Sheet1");
  first.id = 0;
  wb.sheets.push(first);
  return wb;
}

/** A blank sheet with a fresh id (not yet inserted). */
export function newSheet(wb: WorkbookModel, name: string): SheetModel {
  return {
    id: nextId(wb),
    name,
    hidden: false,
    frozenRows: 0,
    frozenColumns: 0,
    tabColor: null,
    cells: [],
    maxRows: DEFAULT_MAX_ROWS,
    maxColumns: DEFAULT_MAX_COLUMNS,
    columnWidths: {},
    protections: [],
    metadata: [],
    charts: [],
  };
}

export function nextId(wb: WorkbookModel): number {
  const id = wb.nextId;
  wb.nextId += 1;
  return id;
}

/** The last row and column holding a value, 1-based (0 when the sheet is empty): Apps Script's getLastRow/Column. */
export function dataExtent(sheet: SheetModel): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  sheet.cells.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (cell && (cell.v !== "" || cell.formula)) {
        if (r + 1 > lastRow) lastRow = r + 1;
        if (c + 1 > lastColumn) lastColumn = c + 1;
      }
    });
  });
  return { lastRow, lastColumn };
}

/**
 * The cells of an A1 range as a chart reads them (the playground's grid and the printed report): of `sheet`, or of the
 * sheet the range names; open ends clipped to the data's extent, at most 5,001 rows and 201 columns; row by row.
 */
export function chartRangeCells(
  wb: WorkbookModel,
  sheet: SheetModel,
  a1: string,
): (CellModel | undefined)[][] {
  const r = parseA1(a1);
  if (!r) return [];
  const target = r.sheet ? wb.sheets.find((s) => s.name === r.sheet) : sheet;
  if (!target) return [];
  const ext = dataExtent(target);
  const row1 = r.row ?? 1;
  const col1 = r.column ?? 1;
  const row2 = Math.min(r.endRow ?? ext.lastRow, row1 + 5000);
  const col2 = Math.min(r.endColumn ?? ext.lastColumn, col1 + 200);
  const out: (CellModel | undefined)[][] = [];
  for (let row = row1; row <= row2; row++) {
    const line: (CellModel | undefined)[] = [];
    for (let col = col1; col <= col2; col++) line.push(target.cells[row - 1]?.[col - 1]);
    out.push(line);
  }
  return out;
}

/** Deep copy (Dates kept as Dates): used to rebuild-before-replace checks and byte-identical comparisons. */
export function cloneWorkbook(wb: WorkbookModel): WorkbookModel {
  return structuredClone(wb);
}

/**
 * A new file made in local mode drops the blank «Лист1» Google puts into every new spreadsheet, once the add-on's
 * own tabs exist. Only an untouched starter sheet goes; a sheet with anything in it stays.
 */
export function dropBlankStarterSheet(wb: WorkbookModel): void {
  const starter = wb.sheets.find((s) => s.id === 0 && (s.name === "Лист1" || s.name === "Sheet1"));
  if (!starter || wb.sheets.length < 2) return;
  if (dataExtent(starter).lastRow > 0 || starter.metadata.length || starter.charts.length) return;
  wb.sheets = wb.sheets.filter((s) => s !== starter);
}
