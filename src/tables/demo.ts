// «Заполнить демо-данными» as a pure operation: setup's plan plus the demo school's rows, or the tabs that refuse it.

import { defaultQuarters } from "../domain/calendar";
import type { DemoSchool } from "../domain/demo";
import type { Settings } from "../domain/records";
import { type Cell, type Grid, isBlank, isDate, lastFilledRow } from "./cell";
import type { CellOptions } from "./codec";
import { mapHeader } from "./read";
import { parseSettings, settingsParamOf, settingsPatches } from "./settings";
import { headerIsWhole, type SetupPlan } from "./setup";
import type { TabKey } from "./spec-types";
import { anyTab, type SettingsParamKey, SOURCE_TAB_ORDER } from "./specs";
import { appendBlock, patchBlocks } from "./tab-write";
import { formatRecord } from "./write";

/** A source tab the demo school has rows for; Настройки is patched instead. */
type DemoTab = Exclude<keyof DemoSchool & TabKey, "settings">;

/** Tabs whose rows setup itself writes; they do not count as anyone's data. */
const SETUP_TABS: readonly TabKey[] = ["settings", "bands"];

/** The parameters the demo sets; a blank cell that means «default» elsewhere stays blank. */
const DEMO_PARAMS: readonly SettingsParamKey[] = [
  "school",
  "year",
  ...([1, 2, 3, 4] as const).flatMap((q) => [`q${q}Start`, `q${q}End`] as const),
];

export interface DemoInput {
  /** The source tabs as read: their grids (row 1 = header). */
  grids: Partial<Record<TabKey, Grid>>;
  /** True when this workbook was started as a demo book (ПрофТрек's marker). */
  demoBook: boolean;
}

/**
 * The tabs that refuse the demo: those with rows of their own. In a book started as a demo book a tab that holds
 * exactly the demo's rows is complete and is skipped, so an interrupted fill can be finished; any other rows are
 * someone's data. (A complete demo book is not refused here: the shell refuses it when setup has nothing to finish.)
 */
export function checkDemoTarget(input: DemoInput, demo: DemoSchool, options: CellOptions): TabKey[] {
  return filledTabs(input).filter((key) => {
    const grid = input.grids[key]!;
    if (!input.demoBook || !(key in demo) || !headerIsWhole(key, grid[0] ?? [])) return true;
    return !sameRows(grid, demoRows(key as DemoTab, grid[0] ?? [], demo, options));
  });
}

/** The source tabs but Настройки and Ступени that hold rows. */
export function filledTabs(input: Pick<DemoInput, "grids">): TabKey[] {
  return SOURCE_TAB_ORDER.filter((key) => {
    const grid = input.grids[key];
    return !SETUP_TABS.includes(key) && grid !== undefined && lastFilledRow(grid) > 1;
  });
}

/**
 * Adds the demo school to setup's plan: the rows of every demo tab that has none yet (one block each, below the
 * header), and the school, year and quarter dates into Настройки. Returns the number of rows added.
 */
export function addDemoWrites(
  plan: SetupPlan,
  demo: DemoSchool,
  options: CellOptions,
  today: string,
): number {
  let rows = 0;
  for (const write of plan.writes) {
    const key = write.tab;
    const grid = plan.grids[key];
    if (key === "settings") {
      write.blocks.push(...patchBlocks(grid, settingsDemoPatches(grid, demo.settings, options, today)));
      continue;
    }
    // A tab whose header setup reported (a required column renamed) gets no rows until it is renamed.
    if (!(key in demo) || lastFilledRow(grid) > 1 || !headerIsWhole(key, grid[0] ?? [])) continue;
    const values = demoRows(key as DemoTab, grid[0] ?? [], demo, options);
    write.blocks.push(...appendBlock(grid, values));
    rows += values.length;
  }
  return rows;
}

/** The demo's records of a tab as rows in the tab's column order. */
function demoRows(
  key: DemoTab,
  header: readonly unknown[],
  demo: DemoSchool,
  options: CellOptions,
): Cell[][] {
  const spec = anyTab(key);
  const map = mapHeader(spec, header);
  const records = demo[key] as unknown as Record<string, unknown>[];
  return records.map((r) => formatRecord(spec, map, r, options).map((c) => c ?? ""));
}

/** The grid's rows below the header are exactly `rows` (as the sheet reads them back). */
function sameRows(grid: Grid, rows: readonly Cell[][]): boolean {
  if (lastFilledRow(grid) - 1 !== rows.length) return false;
  return rows.every((row, r) => row.every((cell, c) => cellKey(cell) === cellKey(grid[r + 1]?.[c])));
}

function cellKey(cell: Cell | null | undefined): string {
  if (isDate(cell)) return `d${cell.getTime()}`;
  if (isBlank(cell)) return "";
  const text = String(cell);
  return text.startsWith("'") ? text.slice(1) : text;
}

/** Patches of the demo's school name, year and quarters in Настройки; the other parameters are kept. */
function settingsDemoPatches(grid: Grid, demo: Settings, options: CellOptions, today: string) {
  const current = parseSettings(grid, { ...options, today, defaultQuarters }).settings;
  const wanted: Settings = { ...current, school: demo.school, year: demo.year, quarters: demo.quarters };
  const pi = mapHeader(anyTab("settings"), grid[0]).index.param;
  if (pi === undefined) return [];
  // A bounded number of cells (the school, the year, eight quarter dates), whatever the size of the school.
  return settingsPatches(grid, wanted, options).filter((p) => {
    const param = settingsParamOf(grid[p.row - 1]?.[pi]);
    return param !== undefined && DEMO_PARAMS.includes(param.key);
  });
}
