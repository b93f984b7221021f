// Sheet, part 2: the tab — name, position, visibility, colors, widths, frozen panes, protection, metadata, charts.

import { chartsOf, insertChart, newChartBuilder, removeChart, updateChart } from "./charts";
import { displayValue } from "./display";
import { member, ProtectionType } from "./enums";
import { badArgs, fail, int, MAX_SHEET_NAME_CHARS, MSG } from "./errors";
import { clearCells } from "./grid";
import { addMetadata, EmuMetadataFinder, sheetMetadata } from "./metadata";
import { newProtection } from "./protection";
import { normColor } from "./range-format";
import { SheetGridBase } from "./sheet-grid";
import {
  asGas,
  type GasChart,
  type GasChartBuilder,
  type GasMetadata,
  type GasMetadataFinder,
  type GasProtection,
  type GasSheet,
  type GasSpreadsheet,
} from "./types";

/** Sheets' default column width in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;

export type SheetTab = Pick<
  GasSheet,
  | "activate"
  | "getName"
  | "getSheetName"
  | "setName"
  | "getSheetId"
  | "getIndex"
  | "getParent"
  | "hideSheet"
  | "showSheet"
  | "isSheetHidden"
  | "getTabColor"
  | "setTabColor"
  | "getFrozenRows"
  | "setFrozenRows"
  | "getFrozenColumns"
  | "setFrozenColumns"
  | "getColumnWidth"
  | "setColumnWidth"
  | "setColumnWidths"
  | "autoResizeColumn"
  | "autoResizeColumns"
  | "clear"
  | "clearContents"
  | "clearFormats"
  | "clearNotes"
  | "protect"
  | "getProtections"
  | "addDeveloperMetadata"
  | "getDeveloperMetadata"
  | "createDeveloperMetadataFinder"
  | "newChart"
  | "insertChart"
  | "getCharts"
  | "removeChart"
  | "updateChart"
>;

/** Checks a sheet name against the others (case-insensitively, as Sheets does). */
export function checkSheetName(
  doc: { wb: { sheets: { name: string }[] } },
  name: string,
  except?: { name: string },
): void {
  if (name.length > MAX_SHEET_NAME_CHARS) fail(MSG.sheetNameTooLong(name));
  const low = name.toLowerCase();
  if (doc.wb.sheets.some((s) => s !== except && s.name.toLowerCase() === low)) fail(MSG.sheetExists(name));
}

export class EmuSheet extends SheetGridBase implements SheetTab {
  getName(): string {
    this.hit("getName");
    return this.model.name;
  }
  getSheetName(): string {
    this.hit("getSheetName");
    return this.model.name;
  }
  setName(name: string): GasSheet {
    this.hit("setName");
    if (typeof name !== "string" || name.trim() === "") return badArgs("Sheet.setName", [name]);
    checkSheetName(this.doc, name, this.model);
    this.model.name = name;
    return this.self();
  }
  getSheetId(): number {
    this.hit("getSheetId");
    return this.model.id;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    this.hit("getIndex");
    return this.doc.wb.sheets.indexOf(this.model) + 1;
  }
  getParent(): GasSpreadsheet {
    this.hit("getParent");
    return this.doc.spreadsheet();
  }
  activate(): GasSheet {
    this.hit("activate");
    this.doc.ctx.activeSheetId = this.model.id;
    return this.self();
  }

  hideSheet(): GasSheet {
    this.hit("hideSheet");
    if (!this.model.hidden && this.doc.wb.sheets.every((s) => s === this.model || s.hidden))
      fail(MSG.hideAllSheets);
    this.model.hidden = true;
    return this.self();
  }
  showSheet(): GasSheet {
    this.hit("showSheet");
    this.model.hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    this.hit("isSheetHidden");
    return this.model.hidden;
  }

  getTabColor(): string | null {
    this.hit("getTabColor");
    return this.model.tabColor;
  }
  setTabColor(color: string | null): GasSheet {
    this.hit("setTabColor");
    this.model.tabColor = normColor(color) ?? null;
    return this.self();
  }

  getFrozenRows(): number {
    this.hit("getFrozenRows");
    return this.model.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.hit("setFrozenRows");
    const n = int("Sheet.setFrozenRows", [rows], rows);
    if (n < 0 || n > this.model.maxRows) fail(MSG.rowsOutOfBounds);
    // Sheets keeps at least one row below the frozen ones (the Sheets API answers the same for frozenRowCount).
    if (n > 0 && n >= this.model.maxRows) fail(MSG.frozenAllRows);
    this.model.frozenRows = n;
  }
  getFrozenColumns(): number {
    this.hit("getFrozenColumns");
    return this.model.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.hit("setFrozenColumns");
    const n = int("Sheet.setFrozenColumns", [columns], columns);
    if (n < 0 || n > this.model.maxColumns) fail(MSG.columnsOutOfBounds);
    this.model.frozenColumns = n;
  }

  private column(method: string, column: unknown, count: unknown = 1): [number, number] {
    const c = int(`Sheet.${method}`, [column, count], column);
    const n = int(`Sheet.${method}`, [column, count], count);
    if (c < 1 || n < 1 || c + n - 1 > this.model.maxColumns) fail(MSG.columnsOutOfBounds);
    return [c, n];
  }

  getColumnWidth(columnPosition: number): number {
    this.hit("getColumnWidth");
    const [c] = this.column("getColumnWidth", columnPosition);
    return this.model.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.hit("setColumnWidth");
    return this.setWidths("setColumnWidth", columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.hit("setColumnWidths");
    return this.setWidths("setColumnWidths", startColumn, numColumns, width);
  }
  private setWidths(method: string, start: number, count: number, width: number): GasSheet {
    const [c, n] = this.column(method, start, count);
    const w = int(`Sheet.${method}`, [start, count, width], width);
    for (let i = c; i < c + n; i++) this.model.columnWidths[i] = w;
    return this.self();
  }
  autoResizeColumn(columnPosition: number): GasSheet {
    this.hit("autoResizeColumn");
    this.fitColumns("autoResizeColumn", columnPosition, 1);
    return this.self();
  }
  autoResizeColumns(startColumn: number, numColumns: number): GasSheet {
    this.hit("autoResizeColumns");
    this.fitColumns("autoResizeColumns", startColumn, numColumns);
    return this.self();
  }
  /** Fits each column to its longest displayed text (about 7 px a character), as a stand-in for Sheets' measuring. */
  private fitColumns(method: string, start: number, count: number): void {
    const [c, n] = this.column(method, start, count);
    const { locale, timeZone } = this.doc.wb;
    for (let col = c; col < c + n; col++) {
      let longest = 0;
      for (const row of this.model.cells) {
        const cell = row?.[col - 1];
        if (cell)
          longest = Math.max(longest, displayValue(cell.v, cell.numberFormat, locale, timeZone).length);
      }
      this.model.columnWidths[col] = Math.min(Math.max(longest * 7 + 10, 21), 1000);
    }
  }

  /** Contents and formats of every cell (notes and validation stay); with options, only the part asked for. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    this.hit("clear");
    const o = options ?? {};
    const any = o.formatOnly || o.contentsOnly;
    clearCells(this.model, { contents: !any || !!o.contentsOnly, formats: !any || !!o.formatOnly });
    return this.self();
  }
  clearContents(): GasSheet {
    this.hit("clearContents");
    clearCells(this.model, { contents: true });
    return this.self();
  }
  clearFormats(): GasSheet {
    this.hit("clearFormats");
    clearCells(this.model, { formats: true });
    return this.self();
  }
  clearNotes(): GasSheet {
    this.hit("clearNotes");
    clearCells(this.model, { notes: true });
    return this.self();
  }

  protect(): GasProtection {
    this.hit("protect");
    return newProtection(this.doc, this.model, null);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GasProtection[] {
    this.hit("getProtections");
    const t = member(ProtectionType, type) ?? badArgs("Sheet.getProtections", [type]);
    return this.model.protections
      .filter((p) => (p.range === null) === (t === "SHEET"))
      .map((p) => this.doc.protection(this.model, p));
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GasSheet {
    this.hit("addDeveloperMetadata");
    addMetadata(this.doc, "Sheet.addDeveloperMetadata", [key, a, b], this.model);
    return this.self();
  }
  getDeveloperMetadata(): GasMetadata[] {
    this.hit("getDeveloperMetadata");
    return sheetMetadata(this.doc, this.model);
  }
  createDeveloperMetadataFinder(): GasMetadataFinder {
    this.hit("createDeveloperMetadataFinder");
    return asGas(new EmuMetadataFinder(this.doc, this.model));
  }

  newChart(): GasChartBuilder {
    this.hit("newChart");
    return newChartBuilder(this.doc, this.model);
  }
  insertChart(chart: GasChart): void {
    this.hit("insertChart");
    insertChart(this.doc, this.model, chart);
  }
  getCharts(): GasChart[] {
    this.hit("getCharts");
    return chartsOf(this.doc, this.model);
  }
  removeChart(chart: GasChart): void {
    this.hit("removeChart");
    removeChart(this.model, chart);
  }
  updateChart(chart: GasChart): void {
    this.hit("updateChart");
    updateChart(this.model, chart);
  }

  override toString(): string {
    return "Sheet";
  }
}
