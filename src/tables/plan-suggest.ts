// «Предложить план» as data: the preview token (which rows the user saw) and the append of the suggested rows.

import type { PlanEntry } from "../domain/records";
import { fnv1a, normalizeKey } from "../domain/text";
import type { Grid } from "./cell";
import type { CellOptions } from "./codec";
import type { HeaderMap } from "./read";
import { TABS } from "./specs";
import { appendBlock, sizeOf, type TabWrite } from "./tab-write";
import { appendRows } from "./write";

/** План as read inside the lock, and the suggestion computed from the same reads. */
export interface PlanSuggestionSnapshot {
  tabName: string;
  grid: Grid;
  header: HeaderMap<PlanEntry>;
  rows: readonly PlanEntry[];
  options: CellOptions;
}

/**
 * Applying the previewed suggestion: the rows must be the previewed set or a subset of it (others may have filled
 * some gaps meanwhile), else `stale`; they are appended below План's last row in one block, no row edited.
 */
export function planSuggestionApply(
  snap: PlanSuggestionSnapshot,
  token: string,
): { ok: true; added: number; writes: TabWrite[] } | { ok: false; stale: true } {
  const previewed = tokenHashes(token);
  if (!previewed || !withinPreview(snap.rows, previewed)) return { ok: false, stale: true };
  if (snap.rows.length === 0) return { ok: true, added: 0, writes: [] };
  const block = appendRows(snap.grid, TABS.plan, snap.header, snap.rows, snap.options);
  const writes: TabWrite[] = [
    {
      tab: "plan",
      name: snap.tabName,
      blocks: appendBlock(snap.grid, block.values),
      readSize: sizeOf(snap.grid),
    },
  ];
  return { ok: true, added: snap.rows.length, writes };
}

const PREFIX = "v1.";

/** What identifies a suggested row: subject, grade, quarter, date and profession (compared normalized). */
export function suggestionKey(
  e: Pick<PlanEntry, "subject" | "grade" | "quarter" | "date" | "profession">,
): string {
  return [normalizeKey(e.subject), e.grade, e.quarter, e.date ?? "", normalizeKey(e.profession)].join(
    "\u0000",
  );
}

/** The token of a set of suggested rows: "v1." and each row's hash, sorted and unique. */
export function suggestionToken(rows: readonly PlanEntry[]): string {
  return PREFIX + [...new Set(rows.map((r) => fnv1a(suggestionKey(r))))].sort().join("");
}

/** The row hashes of a token, or null when it is not one. */
export function tokenHashes(token: string): Set<string> | null {
  if (!token.startsWith(PREFIX)) return null;
  const body = token.slice(PREFIX.length);
  if (!/^(?:[0-9a-f]{8})*$/.test(body)) return null;
  const hashes = new Set<string>();
  for (let i = 0; i < body.length; i += 8) hashes.add(body.slice(i, i + 8));
  return hashes;
}

/** True when every row is among the previewed ones: the same set, or a subset (others filled some gaps meanwhile). */
export function withinPreview(rows: readonly PlanEntry[], previewed: ReadonlySet<string>): boolean {
  return rows.every((r) => previewed.has(fnv1a(suggestionKey(r))));
}
