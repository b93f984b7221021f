// Applying a plan suggestion as data: the suggested rows appended below План's last row in one block.

import type { PlanEntry } from "../domain/records";
import type { Grid } from "./cell";
import type { CellOptions } from "./codec";
import type { HeaderMap } from "./read";
import { TABS } from "./specs";
import { appendBlock, type TabWrite } from "./tab-write";
import { appendRows } from "./write";

/** The write that appends the suggested rows to План (none when there are none); no row is edited. */
export function planSuggestionWrites(
  tabName: string,
  grid: Grid,
  header: HeaderMap<PlanEntry>,
  rows: readonly PlanEntry[],
  options: CellOptions,
): TabWrite[] {
  if (rows.length === 0) return [];
  const block = appendRows(grid, TABS.plan, header, rows, options);
  return [{ tab: "plan", name: tabName, blocks: appendBlock(grid, block.values) }];
}
