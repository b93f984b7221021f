// «Мой план» as data: a row's version from its cells as read, and a teacher's changes as patches and one append to План.

import { type MyPlanChange, type MyPlanInput, type MyPlanIssue, planMyPlanChanges } from "../domain/my-plan";
import type { TaughtSubject } from "../domain/plan-coverage";
import type { PlanEntry } from "../domain/records";
import { fnv1a } from "../domain/text";
import type { Grid } from "./cell";
import { type CellOptions, displayCell } from "./codec";
import type { HeaderMap } from "./read";
import { TABS } from "./specs";
import { appendBlock, type CellBlock, patchBlocks, type TabWrite } from "./tab-write";
import { appendRows, patchRow } from "./write";

/**
 * The version of a row of План: a hash of its known cells as people read them. The sidebar sends back the version it
 * saw; a row whose cells changed meanwhile (someone else's edit, rows moved) has another and the change is refused.
 */
export function planRowVersion(grid: Grid, header: HeaderMap<PlanEntry>, row: number, options: CellOptions) {
  const cells = grid[row - 1];
  if (!cells) return undefined;
  const parts: string[] = [];
  for (const c of TABS.plan.columns) {
    const i = header.index[c.key];
    parts.push(i === undefined ? "" : displayCell(cells[i], options));
  }
  if (parts.every((p) => p === "")) return undefined;
  return fnv1a(parts.join("\u0000"));
}

/** План (and what the rules need) as read inside the lock. */
export interface MyPlanSnapshot {
  tabName: string;
  grid: Grid;
  header: HeaderMap<PlanEntry>;
  input: MyPlanInput;
  subject: TaughtSubject;
  options: CellOptions;
  topic: (profession: string) => string;
}

export type MyPlanSaveOutcome =
  | { ok: true; patched: number; added: number; rows: number[] }
  | { ok: false; issues: MyPlanIssue[] };

/**
 * The changes as writes: each edited row's changed cells as one block (the row is saved whole or not at all), the
 * added rows in one block below the last filled row. All or nothing: one issue and nothing is written.
 */
export function planMyPlanSave(
  snap: MyPlanSnapshot,
  changes: readonly MyPlanChange[],
): { outcome: MyPlanSaveOutcome; writes: TabWrite[] } {
  const versionOf = (row: number) => planRowVersion(snap.grid, snap.header, row, snap.options);
  const checked = planMyPlanChanges(
    { input: snap.input, subject: snap.subject, versionOf, topic: snap.topic },
    changes,
  );
  if (!checked.ok) return { outcome: { ok: false, issues: checked.issues }, writes: [] };
  const patches = checked.edits.flatMap((e) =>
    e.kind === "patch" ? patchRow(snap.grid, TABS.plan, snap.header, e.row, e.set, snap.options) : [],
  );
  const added = checked.edits.flatMap((e) => (e.kind === "append" ? [e.entry] : []));
  const blocks: CellBlock[] = patchBlocks(snap.grid, patches);
  const rows = [...new Set(patches.map((p) => p.row))];
  if (added.length > 0) {
    const block = appendRows(snap.grid, TABS.plan, snap.header, added, snap.options);
    blocks.push(...appendBlock(snap.grid, block.values));
    for (let i = 0; i < added.length; i++) rows.push(block.row + i);
  }
  const writes: TabWrite[] = blocks.length === 0 ? [] : [{ tab: "plan", name: snap.tabName, blocks }];
  return { outcome: { ok: true, patched: rows.length - added.length, added: added.length, rows }, writes };
}
