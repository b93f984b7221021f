// «Настроить книгу»: creates missing tabs, appends missing columns and settings; never touches what is already there.

import { defaultQuarters } from "../domain/calendar";
import { defaultBands, defaultSettings } from "../domain/defaults";
import type { Settings } from "../domain/records";
import { type Locale, messages } from "../i18n";
import { type Cell, type Grid, isBlank, lastFilledRow } from "../tables/cell";
import type { CellOptions } from "../tables/codec";
import { mapHeader } from "../tables/read";
import { formatSettings, parseSettings, settingsParamOf, settingsPatches } from "../tables/settings";
import { anyTab, SETTINGS_PARAMS, SOURCE_TAB_ORDER, type TabKey } from "../tables/specs";
import { formatRecord, headerRow } from "../tables/write";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { columnRule, type RuleCache, settingsValueRule } from "./setup-rules";
import { Workbook } from "./workbook";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A source tab after setup: its sheet and its cells as they now are (row 1 = header). */
export interface TabState {
  key: TabKey;
  sheet: Sheet;
  /** The tab's values as read, with what setup wrote put in. */
  grid: Cell[][];
  /** 0-based columns setup wrote a header into (all of them for a new or empty tab). */
  added: number[];
  /** True when the tab was missing or empty and got its whole first content now. */
  fresh: boolean;
}

export interface SetupOutcome {
  locale: Locale;
  tabs: Record<TabKey, TabState>;
  createdTabs: number;
  addedColumns: number;
  addedParams: number;
}

/** «Настроить книгу»: the whole setup under the document lock, then a toast of what changed. */
export function runSetup(): SetupOutcome {
  return withDocumentLock(messages(userLocale()), () => {
    const outcome = setupTabs(new Workbook());
    const m = messages(outcome.locale);
    const changed = outcome.createdTabs + outcome.addedColumns + outcome.addedParams > 0;
    SpreadsheetApp.getActiveSpreadsheet().toast(
      changed
        ? m.setup.done(outcome.createdTabs, outcome.addedColumns, outcome.addedParams)
        : m.setup.nothingToDo,
      m.setup.title,
    );
    return outcome;
  });
}

/**
 * Brings every source tab of data-model.md into the workbook. Call it holding the document lock, with a Workbook made
 * inside the lock. A missing tab is created (bold frozen header, notes, widths, dropdowns; Настройки with the
 * defaults of the current school year, Ступени with the four bands); a missing column is appended after the
 * last used column; a missing parameter of Настройки is appended below it; an empty Ступени gets the four bands.
 * Cells that exist are never rewritten, moved or reformatted, so a second run writes nothing.
 */
export function setupTabs(wb: Workbook): SetupOutcome {
  const locale = wb.locale;
  const options: CellOptions = { timeZone: wb.timeZone, locale };
  let position = -1;
  const tabs = {} as Record<TabKey, TabState>;
  const outcome: SetupOutcome = { locale, tabs, createdTabs: 0, addedColumns: 0, addedParams: 0 };
  const cache: RuleCache = new Map();
  for (const key of SOURCE_TAB_ORDER) {
    const spec = anyTab(key);
    let sheet = wb.sheet(key);
    const grid: Cell[][] = sheet ? wb.grid(key).map((r) => Array.from(r, (c) => c ?? "")) : [];
    if (!sheet) {
      if (position < 0) position = wb.ss.getNumSheets();
      sheet = wb.ss.insertSheet(spec.name[locale], position++);
      outcome.createdTabs++;
    }
    const state: TabState = { key, sheet, grid, added: [], fresh: false };
    tabs[key] = state;
    if (isEmpty(grid)) writeFresh(state, wb, options, cache);
    else {
      outcome.addedColumns += appendMissingColumns(state, locale);
      if (key === "settings") outcome.addedParams += appendMissingParams(state, wb, options, cache);
      if (key === "bands" && lastFilledRow(grid) === 1) writeRows(state, bandRows(state.grid[0], options));
    }
    formatAdded(state, locale);
  }
  for (const key of SOURCE_TAB_ORDER) applyRules(tabs[key], tabs, locale, cache);
  return outcome;
}

function isEmpty(grid: Grid): boolean {
  return grid.every((row) => row.every((c) => isBlank(c)));
}

/** A missing or empty tab: its header, and for Настройки and Ступени their default rows, in one setValues. */
function writeFresh(state: TabState, wb: Workbook, options: CellOptions, cache: RuleCache): void {
  const spec = anyTab(state.key);
  let rows: Cell[][];
  if (state.key === "settings") {
    const settings: Settings = { ...defaultSettings(wb.today), language: options.locale };
    rows = formatSettings(settings, options);
  } else {
    const header = headerRow(spec, options.locale);
    rows = state.key === "bands" ? [header, ...bandRows(header, options)] : [header];
  }
  ensureColumns(state.sheet, rows[0].length);
  if (rows.length > 1) ensureRows(state.sheet, rows.length);
  state.sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  state.grid = rows.map((r) => [...r]);
  state.added = rows[0].map((_, i) => i);
  state.fresh = true;
  state.sheet.setFrozenRows(1);
  if (state.key === "settings") {
    const rules = SETTINGS_PARAMS.map((p) => [settingsValueRule(p, options.locale, cache)]);
    state.sheet.getRange(2, 2, rules.length, 1).setDataValidations(rules);
  }
}

/** The four bands of the seed as rows in the tab's column order. */
function bandRows(header: readonly Cell[], options: CellOptions): Cell[][] {
  const spec = anyTab("bands");
  const map = mapHeader(spec, header);
  return defaultBands().map((b) =>
    formatRecord(spec, map, b as unknown as Record<string, unknown>, options).map((c) => c ?? ""),
  );
}

/** Writes rows below the last filled row of the tab (one setValues) and keeps the in-memory grid in step. */
export function writeRows(state: TabState, rows: Cell[][]): number {
  if (rows.length === 0) return 0;
  const first = lastFilledRow(state.grid) + 1;
  const width = rows[0].length;
  const maxRows = state.sheet.getMaxRows();
  const last = first + rows.length - 1;
  if (last > maxRows) state.sheet.insertRowsAfter(maxRows, last - maxRows);
  state.sheet.getRange(first, 1, rows.length, width).setValues(rows);
  state.grid.length = first - 1;
  state.grid.push(...rows.map((r) => [...r]));
  return first;
}

/** Spec columns the header lacks, appended after the last used column with one setValues; returns how many. */
function appendMissingColumns(state: TabState, locale: Locale): number {
  const spec = anyTab(state.key);
  const header = mapHeader(spec, state.grid[0] ?? []);
  const labels = headerRow(spec, locale);
  const missing = spec.columns
    .map((c, i) => ({ key: c.key, label: labels[i] }))
    .filter((c) => header.index[c.key] === undefined);
  if (missing.length === 0) return 0;
  const start = state.grid.reduce((w, r) => Math.max(w, r.length), 0);
  ensureColumns(state.sheet, start + missing.length);
  state.sheet.getRange(1, start + 1, 1, missing.length).setValues([missing.map((c) => c.label)]);
  const row = state.grid[0];
  while (row.length < start) row.push("");
  row.push(...missing.map((c) => c.label));
  state.added = missing.map((_, i) => start + i);
  return missing.length;
}

/** Parameters Настройки lacks, appended below its last row with their defaults (one setValues); returns how many. */
function appendMissingParams(state: TabState, wb: Workbook, options: CellOptions, cache: RuleCache): number {
  const grid = state.grid;
  const header = mapHeader(anyTab("settings"), grid[0]);
  const [pi, vi] = [header.index.param, header.index.value];
  if (pi === undefined || vi === undefined) return 0;
  const present = new Set(grid.slice(1).map((r) => settingsParamOf(r[pi])?.key));
  if (SETTINGS_PARAMS.every((p) => present.has(p.key))) return 0;
  // Without a school year the defaults are those of the current one (as for a new workbook).
  const defaults = defaultSettings(wb.today);
  const seen = present.has("year") ? grid : [...grid, rowWith(pi, vi, YEAR_LABEL, defaults.year)];
  const zone = { timeZone: options.timeZone, locale: options.locale, today: wb.today, defaultQuarters };
  const settings = { ...parseSettings(seen, zone).settings };
  if (!present.has("language")) settings.language = options.locale;
  const last = lastFilledRow(grid);
  const patches = settingsPatches(grid, settings, options).filter((p) => p.row > last);
  const rows = [...new Set(patches.map((p) => p.row))].sort((a, b) => a - b);
  const left = Math.min(pi, vi);
  const width = Math.abs(pi - vi) + 1;
  const block: Cell[][] = rows.map(() => new Array<Cell>(width).fill(""));
  for (const p of patches) block[p.row - rows[0]][p.column - 1 - left] = p.value;
  ensureRows(state.sheet, rows[0] + rows.length - 1);
  state.sheet.getRange(rows[0], left + 1, block.length, width).setValues(block);
  const rules = block.map((r) => [settingsValueRule(settingsParamOf(r[pi - left])!, options.locale, cache)]);
  state.sheet.getRange(rows[0], vi + 1, rules.length, 1).setDataValidations(rules);
  for (const r of block) {
    const full: Cell[] = [];
    full[pi] = r[pi - left];
    full[vi] = r[vi - left];
    grid.push(Array.from(full, (c) => c ?? ""));
  }
  return block.length;
}

const YEAR_LABEL = SETTINGS_PARAMS.find((p) => p.key === "year")!.label.ru;

function rowWith(pi: number, vi: number, param: string, value: string): Cell[] {
  const row: Cell[] = [];
  row[pi] = param;
  row[vi] = value;
  return Array.from(row, (c) => c ?? "");
}

function ensureColumns(sheet: Sheet, needed: number): void {
  const max = sheet.getMaxColumns();
  if (needed > max) sheet.insertColumnsAfter(max, needed - max);
}

function ensureRows(sheet: Sheet, needed: number): void {
  const max = sheet.getMaxRows();
  if (needed > max) sheet.insertRowsAfter(max, needed - max);
}

/** Bold header cells, their notes and widths, for the columns setup added (they are contiguous). */
function formatAdded(state: TabState, locale: Locale): void {
  if (state.added.length === 0) return;
  const spec = anyTab(state.key);
  const header = mapHeader(spec, state.grid[0]);
  const first = state.added[0];
  const columns = state.added.map((i) => spec.columns.find((c) => header.index[c.key] === i));
  const range = state.sheet.getRange(1, first + 1, 1, state.added.length);
  range.setFontWeight("bold");
  range.setNotes([columns.map((c) => c?.note[locale] ?? "")]);
  columns.forEach((c, j) => {
    if (c && c.width > 0) state.sheet.setColumnWidth(first + j + 1, c.width);
  });
}

/** Dropdowns and date checks on the added columns: one setDataValidation per column over rows 2…max. */
function applyRules(state: TabState, tabs: Record<TabKey, TabState>, locale: Locale, cache: RuleCache): void {
  if (state.added.length === 0 || state.key === "settings") return;
  const spec = anyTab(state.key);
  const header = mapHeader(spec, state.grid[0]);
  let maxRows = 0;
  for (const i of state.added) {
    const column = spec.columns.find((c) => header.index[c.key] === i);
    if (!column) continue;
    const rule = columnRule(state.key, column, tabs, locale, cache);
    if (!rule) continue;
    if (maxRows === 0) maxRows = state.sheet.getMaxRows();
    if (maxRows < 2) return;
    state.sheet.getRange(2, i + 1, maxRows - 1, 1).setDataValidation(rule);
  }
}
