// The one executor of source-tab writes: TabWrite values applied with the fewest calls (a block = one setValues).

import type { Messages } from "../i18n";
import { columnLetter } from "../tables/cell";
import type { TabKey } from "../tables/spec-types";
import {
  type CellBlock,
  type ColumnFormat,
  DATE_FORMAT,
  dateRuns,
  hasWork,
  isAppend,
  type RuleSpec,
  type TabWrite,
  type WriteTabKey,
} from "../tables/tab-write";
import { journalReport } from "./boundary";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Sheets' width of a column nobody has resized. */
const DEFAULT_WIDTH = 100;

/** Where the executor finds the sheets: the operation's Workbook (or anything that finds a tab by key). */
export interface SheetSource {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet(key: WriteTabKey): Sheet | null;
}

/** What the writes did, for an honest message: how many tabs inserted and blocks of values written. */
export interface WriteReport {
  changesMade: number;
}

/**
 * Applies the writes in order: missing tabs inserted, each tab's grid grown once, each block written with one
 * setValues (its dates formatted as dates first); then header formats, rules and the frozen row. Call it holding the document lock. Throws on the first
 * failure; `report.changesMade` then says whether any value had been saved.
 */
export function applyTabWrites(
  source: SheetSource,
  writes: readonly TabWrite<WriteTabKey>[],
  report: WriteReport = { changesMade: 0 },
): WriteReport {
  const sheets = new Map<WriteTabKey, Sheet>();
  const sheetOf = (key: WriteTabKey): Sheet | null => sheets.get(key) ?? source.sheet(key);
  const maxRows = new Map<WriteTabKey, number>();
  const created = new Set<WriteTabKey>();
  const due = writes.filter(hasWork);
  for (const w of due) {
    let sheet = sheetOf(w.tab);
    if (!sheet) {
      if (!w.create) throw new Error(`No sheet for ${w.tab}`);
      sheet = source.ss.insertSheet(w.name, w.create.index);
      created.add(w.tab);
      report.changesMade++;
    }
    sheets.set(w.tab, sheet);
    if (w.blocks.length === 0) continue;
    if (!inside(w)) {
      const rows = grow(sheet, w.blocks, w.readSize);
      if (rows !== undefined) maxRows.set(w.tab, rows);
    }
    for (const block of w.blocks) {
      if (isAppend(block)) {
        const placed = placeAppend(sheet, block);
        writeBlock(sheet, placed.block, placed.range);
      } else writeBlock(sheet, block);
      report.changesMade++;
    }
  }
  const rules = new Map<string, Rule | null>();
  const ruleOf = (spec: RuleSpec | null | undefined): Rule | null => {
    if (!spec) return null;
    const id = JSON.stringify(spec);
    if (!rules.has(id)) rules.set(id, buildRule(spec, sheetOf));
    return rules.get(id) ?? null;
  };
  for (const w of due) {
    const sheet = sheets.get(w.tab)!;
    if (w.columns?.length) {
      const rows = maxRows.get(w.tab) ?? sheet.getMaxRows();
      formatColumns(sheet, w.columns, rows, ruleOf, created.has(w.tab));
    }
    if (w.cellRules && w.cellRules.rules.length > 0) {
      const { row, column, rules: list } = w.cellRules;
      sheet.getRange(row, column, list.length, 1).setDataValidations(list.map((r) => [ruleOf(r)]));
    }
    if (w.frozenRows && (created.has(w.tab) || sheet.getFrozenRows() < w.frozenRows))
      sheet.setFrozenRows(w.frozenRows);
  }
  return report;
}

/**
 * Where an append goes now: its rows were empty when the operation read the tab, but a person may have typed there
 * since (typing takes no lock). One read of just those rows; if any cell is filled, the block moves below the sheet's
 * last row with content as it stands now (the grid grown if needed), so nothing typed is overwritten. The range read
 * is the one written when the block stays (one getRange, not two).
 */
function placeAppend(sheet: Sheet, block: CellBlock): { block: CellBlock; range?: Range } {
  const numRows = block.values.length;
  const numColumns = block.values[0]?.length ?? 1;
  const range = sheet.getRange(block.row, block.column, numRows, numColumns);
  const target = range.getValues();
  if (target.every((r) => r.every((v) => v === "" || v === null))) return { block, range };
  const row = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  if (row + numRows - 1 > maxRows) sheet.insertRowsAfter(maxRows, row + numRows - 1 - maxRows);
  return { block: { ...block, row } };
}

/** True when every block lies inside the grid as read (the data range is never larger than the sheet). */
function inside(w: TabWrite<WriteTabKey>): boolean {
  const size = w.readSize;
  if (!size) return false;
  return w.blocks.every(
    (b) =>
      b.row + b.values.length - 1 <= size.rows && b.column + (b.values[0]?.length ?? 1) - 1 <= size.columns,
  );
}

/**
 * Grows the sheet once to hold every block (Apps Script refuses a range outside the grid); returns its rows, or
 * undefined when they were not asked. A side the grid as read already covers (the data range is never larger than
 * the sheet) costs no call.
 */
function grow(
  sheet: Sheet,
  blocks: readonly CellBlock[],
  read: TabWrite<WriteTabKey>["readSize"],
): number | undefined {
  const rows = Math.max(...blocks.map((b) => b.row + b.values.length - 1));
  const columns = Math.max(...blocks.map((b) => b.column + (b.values[0]?.length ?? 1) - 1));
  let maxRows: number | undefined;
  if (!read || rows > read.rows) {
    maxRows = sheet.getMaxRows();
    if (rows > maxRows) {
      sheet.insertRowsAfter(maxRows, rows - maxRows);
      maxRows = rows;
    }
  }
  if (!read || columns > read.columns) {
    const maxColumns = sheet.getMaxColumns();
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  }
  return maxRows;
}

/**
 * One setValues; a kept cell that holds a formula gets its formula back, not its value. The block's new dates get
 * DATE_FORMAT first, one setNumberFormat per rectangle (dateRuns): a Date written into a cell with automatic format
 * would show as a date-time, and setting the format before the values leaves nothing to finish when the write fails
 * between the two (the repeated save finds the values there and writes nothing).
 */
function writeBlock(sheet: Sheet, block: CellBlock, at?: Range): void {
  if (block.values.length === 0) return;
  const [numRows, numColumns] = [block.values.length, block.values[0].length];
  const range = at ?? sheet.getRange(block.row, block.column, numRows, numColumns);
  for (const rect of dateRuns(block)) {
    const whole = rect.numRows === numRows && rect.numColumns === numColumns;
    const target = whole ? range : sheet.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
    target.setNumberFormat(DATE_FORMAT);
  }
  let values = block.values;
  if (block.kept) {
    const formulas = range.getFormulas();
    values = values.map((row, r) =>
      row.map((v, c) => (block.kept?.[r]?.[c] && formulas[r][c] ? formulas[r][c] : v)),
    );
  }
  range.setValues(values);
}

/**
 * Bold runs, notes where the cell has none, widths where the column has the default, one rule per run of columns.
 * A sheet inserted by this operation has no notes and default widths: nothing is read from it.
 */
function formatColumns(
  sheet: Sheet,
  columns: readonly ColumnFormat[],
  maxRows: number,
  ruleOf: (spec: RuleSpec | undefined) => Rule | null,
  fresh: boolean,
): void {
  for (const run of runs(
    columns.filter((c) => c.bold),
    () => "bold",
  ))
    sheet.getRange(1, run[0].column, 1, run.length).setFontWeight("bold");
  const noted = columns.filter((c) => c.note);
  if (noted.length > 0) {
    const first = noted[0].column;
    const last = noted[noted.length - 1].column;
    const range = sheet.getRange(1, first, 1, last - first + 1);
    const width = last - first + 1;
    const current = fresh ? new Array<string>(width).fill("") : range.getNotes()[0];
    const wanted = current.map((note, i) => note || (noted.find((c) => c.column === first + i)?.note ?? ""));
    if (wanted.some((note, i) => note !== current[i])) range.setNotes([wanted]);
  }
  // Set also when it equals the default, so that a run after a fault leaves what a clean run leaves.
  for (const c of columns) {
    if (c.width && (fresh || sheet.getColumnWidth(c.column) === DEFAULT_WIDTH))
      sheet.setColumnWidth(c.column, c.width);
  }
  if (maxRows < 2) return;
  for (const run of runs(
    columns.filter((c) => c.rule),
    (c) => JSON.stringify(c.rule),
  ))
    sheet.getRange(2, run[0].column, maxRows - 1, run.length).setDataValidation(ruleOf(run[0].rule));
}

/** Adjacent columns (sorted) with the same id, grouped. */
function runs(columns: readonly ColumnFormat[], id: (c: ColumnFormat) => string): ColumnFormat[][] {
  const out: ColumnFormat[][] = [];
  for (const c of [...columns].sort((a, b) => a.column - b.column)) {
    const run = out[out.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && prev.column + 1 === c.column && id(prev) === id(c)) run.push(c);
    else out.push([c]);
  }
  return out;
}

/** A rule that only warns (ПрофТрек reads synonyms and the other locale's labels too). */
function buildRule(spec: RuleSpec, sheetOf: (key: TabKey) => Sheet | null): Rule | null {
  const builder = SpreadsheetApp.newDataValidation();
  switch (spec.kind) {
    case "list":
      builder.requireValueInList([...spec.values], true);
      break;
    case "date":
      builder.requireDate();
      break;
    case "range": {
      const target = sheetOf(spec.tab);
      if (!target) return null;
      const letter = columnLetter(spec.column - 1);
      builder.requireValueInRange(target.getRange(`${letter}2:${letter}`), true);
      break;
    }
  }
  return builder.setAllowInvalid(true).build();
}

/**
 * applyTabWrites for an operation a person started. Its progress is watched by the failure boundary (boundary.ts),
 * which words a failure of Google's services with whether anything was saved (a save is idempotent, so repeating it
 * completes what is missing); the service's own text goes to the log only.
 */
export function saveTabWrites(
  source: SheetSource,
  writes: readonly TabWrite<WriteTabKey>[],
  _m: Messages,
): void {
  const report: WriteReport = { changesMade: 0 };
  journalReport(report);
  applyTabWrites(source, writes, report);
}
