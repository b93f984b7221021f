// Generated tabs: built whole in a fresh sheet, marked and protected, then swapped in; a failure keeps the old tab.

import type { Messages } from "../i18n";
import type { SheetContent } from "../tables/sheet-content";
import { UserError } from "./lock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Developer metadata key that marks a tab as ПрофТрек's own; its value is the kind of tab. */
export const GENERATED_KEY = "proftrack.generated";

/** The marker's value on a sheet, or null for a tab ПрофТрек did not make. */
export function generatedKind(sheet: Sheet): string | null {
  const meta = sheet.getDeveloperMetadata().find((d) => d.getKey() === GENERATED_KEY);
  return meta ? meta.getValue() : null;
}

/** Writes the content into an empty sheet with a constant number of calls, whatever the number of rows. */
function fill(sheet: Sheet, content: SheetContent): void {
  const rows = content.rows;
  const numRows = rows.length;
  const numCols = rows[0]?.length ?? 1;
  // A new sheet has a 1000 × 26 grid: one more call grows it when the content is larger (a step, not per row).
  const maxRows = sheet.getMaxRows();
  if (maxRows < numRows) sheet.insertRowsAfter(maxRows, numRows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < numCols) sheet.insertColumnsAfter(maxColumns, numCols - maxColumns);
  const range = sheet.getRange(1, 1, numRows, numCols);
  range.setValues(rows);
  if (content.backgrounds) range.setBackgrounds(content.backgrounds);
  if (content.bold) range.setFontWeights(content.bold.map((r) => r.map((b) => (b ? "bold" : "normal"))));
  if (content.numberFormats)
    range.setNumberFormats(content.numberFormats.map((r) => r.map((f) => f ?? "General")));
  if (content.frozenRows) sheet.setFrozenRows(content.frozenRows);
  content.columnWidths?.forEach((w, i) => {
    if (w > 0) sheet.setColumnWidth(i + 1, w);
  });
  for (const c of content.charts ?? []) {
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType[c.type])
      .addRange(sheet.getRange(c.range.row, c.range.column, c.range.numRows, c.range.numColumns))
      .setPosition(c.anchor.row, c.anchor.column, 0, 0)
      .setOption("title", c.title)
      .build();
    sheet.insertChart(chart);
  }
}

/**
 * Rebuilds the generated tab `name` from `content`. The new tab is complete before the old one is removed;
 * a tab with that name that ПрофТрек did not make is never touched.
 */
export function replaceGeneratedTab(
  ss: Spreadsheet,
  m: Messages,
  name: string,
  kind: string,
  content: SheetContent,
): Sheet {
  const old = ss.getSheetByName(name);
  if (old && generatedKind(old) === null) throw new UserError(m.generated.userTabInTheWay(name));
  const tmpName = `${name.slice(0, 24)} ~${Math.floor(Math.random() * 1e5)}`;
  // Inserted where the old tab stands (or last); insertSheet also makes it the active tab, so the user sees it.
  const sheet = ss.insertSheet(tmpName, old ? old.getIndex() - 1 : ss.getSheets().length);
  try {
    fill(sheet, content);
    sheet.addDeveloperMetadata(GENERATED_KEY, kind);
    sheet.protect().setDescription(m.generated.protection).setWarningOnly(true);
  } catch (e) {
    ss.deleteSheet(sheet);
    throw e;
  }
  if (old) ss.deleteSheet(old);
  sheet.setName(name);
  return sheet;
}
