// «Настроить книгу» as a pure operation: the tabs as read → the writes that bring every source tab to its desired state.

import { defaultQuarters } from "../domain/calendar";
import { defaultBands, defaultSettings } from "../domain/defaults";
import type { LocalDate, Settings } from "../domain/records";
import { editDistance, normalizeKey } from "../domain/text";
import type { Locale } from "../i18n/format";
import { tableMessages } from "../i18n/tables";
import { type Cell, columnLetter, type Grid, isBlank, lastFilledRow, withoutTrailingBlanks } from "./cell";
import { type CellOptions, readCell } from "./codec";
import { optionLabels } from "./enums";
import { normalizeHeader } from "./normalize";
import { mapHeader } from "./read";
import { formatSettings, parseSettings, settingsParamOf, settingsPatches } from "./settings";
import type { ColumnSpec, TabKey } from "./spec-types";
import { anyTab, SETTINGS_PARAMS, type SettingsParam, SOURCE_TAB_ORDER } from "./specs";
import {
  appendBlock,
  type CellBlock,
  type ColumnFormat,
  fingerprint,
  type RuleSpec,
  type TabWrite,
  withBlocks,
} from "./tab-write";
import { formatRecord, headerRow } from "./write";

/** What setup reads: every sheet name in tab order, the source tabs found, and the fingerprints it recorded before. */
export interface SetupInput {
  sheetNames: readonly string[];
  /**
   * Each tab found, with its grid: the whole tab, or only its header row (a one-row grid) where setupNeedsRows says
   * the header is all setup needs.
   */
  tabs: Partial<Record<TabKey, { name: string; grid: Grid }>>;
  /** The look each tab was last brought to (setup's own record, kept in the document). */
  applied: Partial<Record<TabKey, string>>;
  locale: Locale;
  timeZone: string;
  today: LocalDate;
}

/** A required column that is missing while an unknown header stands where the column belongs: rename it. */
export interface RenamedHeader {
  tab: string;
  /** Letter and header as in the sheet. */
  column: string;
  found: string;
  expected: string;
}

export interface SetupPlan {
  writes: TabWrite[];
  /** Each tab's grid once the writes are applied (row 1 = header). */
  grids: Record<TabKey, Grid>;
  names: Record<TabKey, string>;
  /** The look of each tab after the writes: record it when they all succeeded. */
  applied: Record<TabKey, string>;
  createdTabs: number;
  addedColumns: number;
  addedParams: number;
  /** Tabs whose dropdowns, notes and frozen header were (re)applied although nothing else was written. */
  restyledTabs: number;
  renamed: RenamedHeader[];
}

/**
 * The desired state of every source tab of data-model.md and the writes that reach it from what was read: a missing
 * tab is created (Настройки with the current year's defaults, Ступени with the four bands), a missing column is
 * appended after the last used one, a missing parameter of Настройки below it; every spec column gets a bold header,
 * its note, width and dropdown (a person's own note or width stays), row 1 is frozen. A value a person typed is never
 * changed. Formats are written when the tab changed or its look differs from the one recorded, so a second run writes
 * nothing and a run after a fault at any point ends where a clean run does.
 */
export function planSetup(input: SetupInput): SetupPlan {
  const options: CellOptions = { timeZone: input.timeZone, locale: input.locale };
  const plan: SetupPlan = {
    writes: [],
    grids: {} as Record<TabKey, Grid>,
    names: {} as Record<TabKey, string>,
    applied: {} as Record<TabKey, string>,
    createdTabs: 0,
    addedColumns: 0,
    addedParams: 0,
    restyledTabs: 0,
    renamed: [],
  };
  let nextIndex = input.sheetNames.length;
  const changed = new Set<TabKey>();
  for (const key of SOURCE_TAB_ORDER) {
    const found = input.tabs[key];
    const grid: Grid = found?.grid ?? [];
    const write: TabWrite = { tab: key, name: found?.name ?? anyTab(key).name[input.locale], blocks: [] };
    if (!found) {
      write.create = { index: nextIndex++ };
      plan.createdTabs++;
    }
    if (grid.every((row) => row.every(isBlank))) write.blocks = freshRows(key, input);
    else {
      const columns = missingColumns(key, grid, input.locale, plan.renamed);
      plan.addedColumns += columns.added;
      write.blocks.push(...columns.blocks);
      const afterHeader = withBlocks(grid, columns.blocks);
      if (key === "settings") {
        const params = missingParams(afterHeader, input, options);
        plan.addedParams += params.added;
        write.blocks.push(...params.blocks);
      }
      if (key === "bands" && lastFilledRow(grid) === 1 && headerIsWhole("bands", afterHeader[0]))
        write.blocks.push(...appendBlock(grid, bandRows(afterHeader[0], options)));
    }
    plan.grids[key] = withBlocks(grid, write.blocks);
    plan.names[key] = write.name;
    if (write.create || write.blocks.length > 0) changed.add(key);
    plan.writes.push(write);
  }
  for (const write of plan.writes) {
    const look = desiredLook(write.tab, plan, input.locale);
    const print = fingerprint({
      name: write.name,
      header: withoutTrailingBlanks(plan.grids[write.tab][0]),
      ...look,
    });
    plan.applied[write.tab] = print;
    if (changed.has(write.tab) || input.applied[write.tab] !== print) {
      Object.assign(write, look);
      if (!changed.has(write.tab)) plan.restyledTabs++;
    }
  }
  return plan;
}

/**
 * Whether setup needs a tab's rows and not only its header (row 1): Настройки and Ступени, which setup fills; a tab
 * whose header is blank (empty, or rows without a header); a tab lacking a spec column (the new column goes after
 * the widest row, and a header standing in a required column's place is told a rename or a person's own column by
 * the cells below it). Otherwise planSetup looks at row 1 only, so the header alone is read.
 */
export function setupNeedsRows(key: TabKey, header: readonly unknown[]): boolean {
  if (key === "settings" || key === "bands" || header.every(isBlank)) return true;
  const spec = anyTab(key);
  const map = mapHeader(spec, header);
  return spec.columns.some((c) => map.index[c.key] === undefined);
}

/** A missing or empty tab's whole first content: its header, and Настройки's parameters or Ступени's bands. */
function freshRows(key: TabKey, input: SetupInput): CellBlock[] {
  const options: CellOptions = { timeZone: input.timeZone, locale: input.locale };
  if (key === "settings") {
    const settings: Settings = { ...defaultSettings(input.today), language: input.locale };
    return [{ row: 1, column: 1, values: formatSettings(settings, options) }];
  }
  const header = headerRow(anyTab(key), input.locale);
  const rows = key === "bands" ? [header, ...bandRows(header, options)] : [header];
  return [{ row: 1, column: 1, values: rows }];
}

/** True when rows can be written under this header: every required column found once. */
export function headerIsWhole(key: TabKey, header: readonly unknown[]): boolean {
  const map = mapHeader(anyTab(key), header);
  return map.missing.length === 0 && map.duplicates.length === 0;
}

/** The four bands of the seed as rows in the tab's column order. */
function bandRows(header: readonly unknown[], options: CellOptions): Cell[][] {
  const spec = anyTab("bands");
  const map = mapHeader(spec, header);
  return defaultBands().map((b) =>
    formatRecord(spec, map, b as unknown as Record<string, unknown>, options).map((c) => c ?? ""),
  );
}

/**
 * Spec columns the header lacks, as one block after the last used column. A required column whose place in the
 * spec's order holds a header ПрофТрек does not know is not appended: it is reported as a header to rename.
 */
function missingColumns(
  key: TabKey,
  grid: Grid,
  locale: Locale,
  renamed: RenamedHeader[],
): { added: number; blocks: CellBlock[] } {
  const spec = anyTab(key);
  const header = mapHeader(spec, grid[0] ?? []);
  const labels = headerRow(spec, locale);
  const known = new Set(
    spec.columns.flatMap((c) => [c.header.ru, c.header.en, ...(c.aliases ?? [])].map(normalizeHeader)),
  );
  const missing: string[] = [];
  spec.columns.forEach((c, i) => {
    if (header.index[c.key] !== undefined) return;
    const standing = header.headers[i] ?? "";
    if (
      c.required &&
      standing !== "" &&
      !known.has(normalizeHeader(standing)) &&
      looksRenamed(c, standing, grid, i)
    ) {
      const column = `${columnLetter(i)} «${standing}»`;
      renamed.push({ tab: spec.name[locale], column, found: standing, expected: c.header[locale] });
      return;
    }
    missing.push(labels[i]);
  });
  if (missing.length === 0) return { added: 0, blocks: [] };
  const start = grid.reduce((w, r) => Math.max(w, r.length), 0);
  return { added: missing.length, blocks: [{ row: 1, column: start + 1, values: [missing] }] };
}

/**
 * Whether an unknown header standing where a required column belongs is that column renamed (data-model rule), or a
 * person's own column: it is their own only when the column is of a checked type and the values below do not read
 * as that type («заметка» under where «Класс» belongs). A close name («Каб.» for «Кабинет») is always a rename.
 */
function looksRenamed(column: ColumnSpec, standing: string, grid: Grid, index: number): boolean {
  const names = [column.header.ru, column.header.en, ...(column.aliases ?? [])].map((h) => normalizeKey(h));
  const found = normalizeKey(standing);
  const close = names.some(
    (name) =>
      (found.length >= 3 && name.startsWith(found)) ||
      editDistance(found, name, 2) <= 2 ||
      found.split(" ").some((word) => word.length >= 4 && name.split(" ").includes(word)),
  );
  if (close || column.type === "text" || column.type === "list" || column.type === "raw") return true;
  const options = { timeZone: "UTC", locale: "ru" as const };
  const cells = grid
    .slice(1)
    .map((r) => r[index])
    .filter((c) => !isBlank(c));
  return cells.every((c) => readCell({ ...column, required: false }, c, options).ok);
}

/** Parameters Настройки lacks, with their defaults, as one block below its last row. */
function missingParams(
  grid: Grid,
  input: SetupInput,
  options: CellOptions,
): { added: number; blocks: CellBlock[] } {
  const header = mapHeader(anyTab("settings"), grid[0]);
  const [pi, vi] = [header.index.param, header.index.value];
  if (pi === undefined || vi === undefined) return { added: 0, blocks: [] };
  const present = new Set(grid.slice(1).map((r) => settingsParamOf(r[pi])?.key));
  if (SETTINGS_PARAMS.every((p) => present.has(p.key))) return { added: 0, blocks: [] };
  // Without a school year the defaults are those of the current one (as for a new workbook).
  const defaults = defaultSettings(input.today);
  const seen = present.has("year") ? grid : [...grid, rowWith(pi, vi, YEAR_LABEL, defaults.year)];
  const zone = { ...options, today: input.today, defaultQuarters };
  const settings = { ...parseSettings(seen, zone).settings };
  if (!present.has("language")) settings.language = options.locale;
  const last = lastFilledRow(grid);
  const patches = settingsPatches(grid, settings, options).filter((p) => p.row > last);
  const rows = [...new Set(patches.map((p) => p.row))].sort((a, b) => a - b);
  const left = Math.min(pi, vi);
  const width = Math.abs(pi - vi) + 1;
  const values: Cell[][] = rows.map(() => new Array<Cell>(width).fill(""));
  for (const p of patches) values[p.row - rows[0]][p.column - 1 - left] = p.value;
  return { added: rows.length, blocks: [{ row: rows[0], column: left + 1, values }] };
}

const YEAR_LABEL = SETTINGS_PARAMS.find((p) => p.key === "year")!.label.ru;

function rowWith(pi: number, vi: number, param: string, value: string): Cell[] {
  const row: Cell[] = [];
  row[pi] = param;
  row[vi] = value;
  return Array.from(row, (c) => c ?? "");
}

/** Header formats and rules of every spec column where it stands, the frozen header, Настройки's value rules. */
function desiredLook(
  key: TabKey,
  plan: SetupPlan,
  locale: Locale,
): Pick<TabWrite, "columns" | "cellRules" | "frozenRows"> {
  const spec = anyTab(key);
  const grid = plan.grids[key];
  const header = mapHeader(spec, grid[0] ?? []);
  const columns: ColumnFormat[] = [];
  for (const c of spec.columns) {
    const i = header.index[c.key];
    if (i === undefined) continue;
    const rule = key === "settings" ? undefined : columnRule(key, c as ColumnSpec, plan, locale);
    columns.push({
      column: i + 1,
      bold: true,
      note: c.note[locale],
      width: c.width,
      ...(rule ? { rule } : {}),
    });
  }
  columns.sort((a, b) => a.column - b.column);
  const look: Pick<TabWrite, "columns" | "cellRules" | "frozenRows"> = { columns, frozenRows: 1 };
  if (key === "settings") {
    const [pi, vi] = [header.index.param, header.index.value];
    const last = lastFilledRow(grid);
    if (pi !== undefined && vi !== undefined && last > 1) {
      const rules = grid
        .slice(1, last)
        .map((r) => settingsParamOf(r[pi]))
        .map((p) => (p ? settingsValueRule(p, locale) : null));
      look.cellRules = { row: 2, column: vi + 1, rules };
    }
  }
  return look;
}

/** Column types a one-value dropdown fits (list columns hold several values in a cell). */
const ONE_VALUE: readonly ColumnSpec["type"][] = ["text", "className", "grade"];

/**
 * The rule of a column: enumerations and да/нет as lists, a reference to another tab (and every class column, to
 * Классы) as a list from that tab's column where it stands, dates as dates. Every rule only warns, since ПрофТрек
 * reads synonyms and the other locale's labels too and reports the rest in «Проверка данных».
 */
export function columnRule(
  tabKey: TabKey,
  column: ColumnSpec,
  plan: Pick<SetupPlan, "grids">,
  locale: Locale,
): RuleSpec | undefined {
  const ref =
    column.ref ??
    (column.type === "className" && tabKey !== "classes"
      ? { tab: "classes" as TabKey, column: "className" }
      : undefined);
  if (ref && ONE_VALUE.includes(column.type)) {
    const target = plan.grids[ref.tab];
    const i = target ? mapHeader(anyTab(ref.tab), target[0] ?? []).index[ref.column] : undefined;
    return i === undefined ? undefined : { kind: "range", tab: ref.tab, column: i + 1 };
  }
  if (column.type === "enum" && column.enumeration)
    return { kind: "list", values: optionLabels(column.enumeration, locale) };
  if (column.type === "boolean") {
    const msg = tableMessages(locale);
    return { kind: "list", values: [msg.yes, msg.no] };
  }
  if (column.type === "date") return { kind: "date" };
  return undefined;
}

/** The rule of a parameter's value cell in Настройки: its options, a date, or none. */
function settingsValueRule(param: SettingsParam, locale: Locale): RuleSpec | null {
  if (param.enumeration) return { kind: "list", values: optionLabels(param.enumeration, locale) };
  if (param.type === "date") return { kind: "date" };
  return null;
}
