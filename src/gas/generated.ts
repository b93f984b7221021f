// Generated tabs: built whole in a fresh, marked sheet, then swapped in; a failure keeps the old tab, and the next run
// removes a temporary sheet that a failure left behind.

import type { Messages } from "../i18n";
import { type SheetContent, withDateFormats } from "../tables/sheet-content";
import { journalGenerating, journalWrite } from "./boundary";
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

/**
 * Writes the content into an empty sheet with a constant number of calls, whatever the number of rows; its dates get
 * a date format (withDateFormats), one setNumberFormats with the others.
 */
function fill(sheet: Sheet, written: SheetContent): void {
  const content = withDateFormats(written);
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
  if (content.notes) range.setNotes(content.notes.map((r) => r.map((n) => n ?? "")));
  if (content.frozenRows) sheet.setFrozenRows(content.frozenRows);
  // One call per run of columns of the same width (a class view has a column per event, all alike).
  const widths = content.columnWidths ?? [];
  for (let i = 0; i < widths.length; ) {
    let j = i + 1;
    while (j < widths.length && widths[j] === widths[i]) j++;
    if (widths[i] > 0) {
      if (j - i === 1) sheet.setColumnWidth(i + 1, widths[i]);
      else sheet.setColumnWidths(i + 1, j - i, widths[i]);
    }
    i = j;
  }
  const links = content.links;
  if (links && links.formulas.length > 0) {
    // Only the rows that hold a link: "" in setFormulas would clear the value written there.
    const first = links.formulas.findIndex((r) => r[0] !== "");
    let last = links.formulas.length - 1;
    while (last > first && links.formulas[last][0] === "") last--;
    if (first >= 0) {
      const block = links.formulas.slice(first, last + 1);
      if (block.every((r) => r[0] !== ""))
        sheet.getRange(links.row + first, links.column, block.length, block[0].length).setFormulas(block);
    }
  }
  for (const c of content.charts ?? []) {
    let builder = sheet
      .newChart()
      .setChartType(Charts.ChartType[c.type])
      .addRange(sheet.getRange(c.range.row, c.range.column, c.range.numRows, c.range.numColumns));
    for (const r of c.moreRanges ?? [])
      builder = builder.addRange(sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
    builder = builder.setPosition(c.anchor.row, c.anchor.column, 0, 0).setOption("title", c.title);
    for (const [option, value] of Object.entries(c.options ?? {})) builder = builder.setOption(option, value);
    if (c.stacked) builder = builder.setOption("isStacked", true);
    if (c.colors) builder = builder.setOption("colors", c.colors);
    sheet.insertChart(builder.build());
  }
}

/** The temporary sheets of tab `name` are named `${tempPrefix(name)}<digits>` («Итоги — план ~65096»). */
function tempPrefix(name: string): string {
  return `${name.slice(0, 24)} ~`;
}

function isTempName(name: string, candidate: string): boolean {
  const prefix = tempPrefix(name);
  return candidate.startsWith(prefix) && /^\d+$/.test(candidate.slice(prefix.length));
}

/**
 * The sheets marked as `kind`, found with one metadata search: four calls, plus three for each sheet found (the tab
 * itself, and leftovers if any), whatever the number of sheets or rows. `current` is the one named `name`;
 * `leftovers`, by name, are the ones with a temporary name of `name`. A sheet without the marker is never among them.
 */
function ownSheets(
  ss: Spreadsheet,
  name: string,
  kind: string,
): { current: Sheet | null; leftovers: Map<string, Sheet> } {
  const found = ss.createDeveloperMetadataFinder().withKey(GENERATED_KEY).withValue(kind).find();
  let current: Sheet | null = null;
  const leftovers = new Map<string, Sheet>();
  for (const meta of found) {
    const sheet = meta.getLocation().getSheet();
    if (!sheet) continue;
    const sheetName = sheet.getName();
    if (sheetName === name) current = sheet;
    else if (isTempName(name, sheetName)) leftovers.set(sheetName, sheet);
  }
  return { current, leftovers };
}

/**
 * Rebuilds the generated tab `name` from `content`. The new tab is complete before the old one is removed;
 * a tab with that name that ПрофТрек did not make is never touched.
 *
 * The new tab is built in a temporary sheet that carries the marker from its first call on, so whatever call fails,
 * a sheet left behind is recognisable: the next run deletes every sheet with a temporary name of `name` and the
 * marker of `kind` (a rename that failed after the old tab was deleted leaves one, complete) and builds anew where
 * it stood. A sheet so named without the marker is the user's and is left alone.
 */
export function replaceGeneratedTab(
  ss: Spreadsheet,
  m: Messages,
  name: string,
  kind: string,
  content: SheetContent,
): Sheet {
  journalGenerating(name);
  const own = ownSheets(ss, name, kind);
  let old = own.current;
  if (!old) {
    // Not ours of this kind: a tab of another kind is replaced, a user's tab stops the run.
    old = ss.getSheetByName(name);
    if (old && generatedKind(old) === null) throw new UserError(m.generated.userTabInTheWay(name));
  }
  // Nine random digits: a user's tab that happens to bear the same name is all but impossible.
  let tmpName: string;
  do tmpName = `${tempPrefix(name)}${Math.floor(Math.random() * 1e9)}`;
  while (own.leftovers.has(tmpName));
  // Inserted where the old tab (or a leftover) stands, or last; insertSheet also makes it the active tab.
  const anchor = old ?? own.leftovers.values().next().value;
  const sheet = ss.insertSheet(tmpName, anchor ? anchor.getIndex() - 1 : ss.getSheets().length);
  try {
    // The marker first: whatever fails after this, the sheet is recognisable as a leftover of ours.
    sheet.addDeveloperMetadata(GENERATED_KEY, kind);
    for (const leftover of own.leftovers.values()) ss.deleteSheet(leftover);
    fill(sheet, content);
    sheet.protect().setDescription(m.generated.protection).setWarningOnly(true);
    if (old) ss.deleteSheet(old);
  } catch (e) {
    journalGenerating(name);
    try {
      ss.deleteSheet(sheet);
    } catch (_) {
      // Left behind: if it has the marker, the next run removes it.
    }
    throw e;
  }
  // Should the rename fail, the complete tab stays under its temporary name until the next run replaces it.
  journalGenerating(null);
  journalWrite();
  sheet.setName(name);
  return sheet;
}

/** One tab of a set rebuilt together: its name, its kind and its content. */
export interface GeneratedTab {
  name: string;
  kind: string;
  content: SheetContent;
}

/** A temporary name of `name` not taken by a known leftover. */
function freshTempName(name: string, taken: ReadonlyMap<string, Sheet>): string {
  let tmpName: string;
  do tmpName = `${tempPrefix(name)}${Math.floor(Math.random() * 1e9)}`;
  while (taken.has(tmpName));
  return tmpName;
}

/**
 * A step of the clean-up after a failure, tried twice (a time-out of Google's services is often passing): what still
 * fails is left for the next run, which recognises a marked sheet with a temporary name.
 */
function twice(step: () => void): void {
  try {
    step();
  } catch (_e) {
    try {
      step();
    } catch (_again) {
      // Left behind, marked: the next run removes it.
    }
  }
}

/**
 * Rebuilds several generated tabs as one: every new tab is built whole in a marked temporary sheet first; only then
 * are the old tabs renamed aside (to a temporary name of their own, still marked), the new ones given their names,
 * and the old ones deleted. A failure while building or swapping deletes the new sheets and gives the old tabs their
 * names back, so the previous set stays whole and no temporary tab is left; should that clean-up fail too, the next
 * run deletes every marked sheet with a temporary name. A tab of one of these names that ПрофТрек did not make stops
 * the run before anything is written.
 */
export function replaceGeneratedTabs(
  ss: Spreadsheet,
  m: Messages,
  tabs: readonly GeneratedTab[],
  /** Called once every new tab is built, before the swap (a progress toast). */
  beforeSwap?: () => void,
): Sheet[] {
  journalGenerating(tabs.map((t) => t.name).join("», «"));
  const found = tabs.map((t) => {
    const own = ownSheets(ss, t.name, t.kind);
    let old = own.current;
    if (!old) {
      old = ss.getSheetByName(t.name);
      if (old && generatedKind(old) === null) throw new UserError(m.generated.userTabInTheWay(t.name));
    }
    return { tab: t, old, leftovers: own.leftovers };
  });
  const built: { sheet: Sheet; tmpName: string }[] = [];
  try {
    for (const f of found) {
      const tmpName = freshTempName(f.tab.name, f.leftovers);
      const anchor = f.old ?? f.leftovers.values().next().value;
      const sheet = ss.insertSheet(tmpName, anchor ? anchor.getIndex() - 1 : ss.getSheets().length);
      built.push({ sheet, tmpName });
      sheet.addDeveloperMetadata(GENERATED_KEY, f.tab.kind);
      for (const leftover of f.leftovers.values()) ss.deleteSheet(leftover);
      fill(sheet, f.tab.content);
      sheet.protect().setDescription(m.generated.protection).setWarningOnly(true);
    }
  } catch (e) {
    for (const b of built) twice(() => ss.deleteSheet(b.sheet));
    throw e;
  }
  beforeSwap?.();
  const aside: { sheet: Sheet; name: string }[] = [];
  try {
    found.forEach((f) => {
      if (!f.old) return;
      const name = f.tab.name;
      f.old.setName(freshTempName(name, f.leftovers));
      aside.push({ sheet: f.old, name });
    });
    found.forEach((f, i) => {
      built[i].sheet.setName(f.tab.name);
    });
  } catch (e) {
    for (const b of built) twice(() => ss.deleteSheet(b.sheet));
    for (const a of aside) twice(() => a.sheet.setName(a.name));
    throw e;
  }
  journalGenerating(null);
  journalWrite();
  for (const a of aside) twice(() => ss.deleteSheet(a.sheet));
  return built.map((b) => b.sheet);
}
