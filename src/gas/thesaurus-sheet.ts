// Writing into a source tab in blocks: rows appended with one setValues, a row's changed cells patched in runs.

import type { Cell } from "../tables/cell";
import type { CellPatch } from "../tables/write";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes `values` at `row` (1-based) from column 1 with one setValues, growing the sheet first when the block would
 * pass its last row (Apps Script refuses a range outside the grid). Nothing is written for an empty block.
 */
export function appendBlock(sheet: Sheet, row: number, values: Cell[][]): void {
  if (values.length === 0) return;
  const last = row + values.length - 1;
  const maxRows = sheet.getMaxRows();
  if (last > maxRows) sheet.insertRowsAfter(maxRows, last - maxRows);
  const width = values[0].length;
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  sheet.getRange(row, 1, values.length, width).setValues(values);
}

/**
 * Writes the patches of one row: each run of adjacent columns with one setValues, so the cells between two changed
 * ones are never rewritten. At most one call per changed column, whatever the size of the tab.
 */
export function writeRowPatches(sheet: Sheet, patches: readonly CellPatch[]): void {
  const sorted = [...patches].sort((a, b) => a.row - b.row || a.column - b.column);
  let run: CellPatch[] = [];
  const flush = () => {
    if (run.length === 0) return;
    sheet.getRange(run[0].row, run[0].column, 1, run.length).setValues([run.map((p) => p.value)]);
    run = [];
  };
  for (const p of sorted) {
    const prev = run[run.length - 1];
    if (prev && (prev.row !== p.row || prev.column + 1 !== p.column)) flush();
    run.push(p);
  }
  flush();
}
