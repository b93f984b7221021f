// A change to a source tab as data: blocks of cells, header formats, rules and the frozen row, applied by one executor.

import { fnv1a } from "../domain/text";
import { type Cell, type Grid, isDate, lastFilledRow } from "./cell";
import { guardText } from "./codec";
import type { TabKey } from "./spec-types";
import type { CellPatch } from "./write";

/** A data validation as data; the executor builds it (once per operation) and every rule only warns. */
export type RuleSpec =
  | { kind: "list"; values: readonly string[] }
  /** A list taken from another source tab's column, rows 2 to the end (1-based column there). */
  | { kind: "range"; tab: TabKey; column: number }
  | { kind: "date" };

/**
 * Values written with one setValues at (row, column), 1-based. `kept` marks cells rewritten only so that the
 * block is one call (a row's edit is all or nothing): they hold what the tab holds now, and a formula there is kept.
 */
export interface CellBlock {
  row: number;
  column: number;
  values: Cell[][];
  kept?: boolean[][];
}

/**
 * The look of one column of the header row and the rule of its cells below. A person's own note or width wins:
 * `note` and `width` are set only where the cell has no note and the column has the default width.
 */
export interface ColumnFormat {
  /** 1-based column. */
  column: number;
  bold?: boolean;
  note?: string;
  width?: number;
  /** Over rows 2 to the last row of the grid. */
  rule?: RuleSpec;
}

/** The tabs a TabWrite may change: the source tabs, and the tabs ПрофТрек upserts row by row. */
export type WriteTabKey = TabKey | "questionnaireResults" | "examChoice";

/**
 * One tab's change. Blocks first, then formats; a tab the workbook lacks is inserted at `create.index`. A source tab's
 * unless said otherwise (`TabWrite<WriteTabKey>` for an upserted tab).
 */
export interface TabWrite<K extends WriteTabKey = TabKey> {
  tab: K;
  /** The sheet's name as it stands (or will stand) in the workbook. */
  name: string;
  create?: { index: number };
  blocks: CellBlock[];
  columns?: ColumnFormat[];
  /** Rules of single cells in one column (Настройки's value cells), one setDataValidations. */
  cellRules?: { row: number; column: number; rules: (RuleSpec | null)[] };
  /** At least this many frozen rows (a person's larger freeze stays). */
  frozenRows?: number;
  /** The size of the grid as read: blocks inside it need no growing of the sheet (and no call to learn its size). */
  readSize?: { rows: number; columns: number };
}

/**
 * The number format of the dates ПрофТрек writes: the date alone. Sheets shows a script's Date in a cell with automatic
 * format as a date-time («15.09.2026 0:00:00»); tokens as in Sheets' date patterns (`mm` after `dd` is the month).
 */
export const DATE_FORMAT = "dd.mm.yyyy";

/** A rectangle of cells, 1-based, in the sheet's coordinates. */
export interface CellRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * The rectangles of a block's new dates, to be given DATE_FORMAT before its values are written: in each column the
 * runs from a Date to a Date through blank cells (a date column's blanks take the format too, so that rows without a
 * date do not split the run: the calls stay as many whatever the number of rows), never through a kept cell (a
 * person's cell keeps its format) nor a number or text (Настройки's value column mixes dates and numbers); adjacent
 * columns with the same run become one rectangle.
 */
export function dateRuns(block: CellBlock): CellRect[] {
  const height = block.values.length;
  const width = block.values[0]?.length ?? 0;
  const rects: CellRect[] = [];
  let open = new Map<string, CellRect>();
  for (let c = 0; c < width; c++) {
    const next = new Map<string, CellRect>();
    for (const [first, last] of columnRuns(block, c, height)) {
      const key = `${first}:${last}`;
      const rect = open.get(key);
      if (rect) rect.numColumns++;
      else
        rects.push({
          row: block.row + first,
          column: block.column + c,
          numRows: last - first + 1,
          numColumns: 1,
        });
      next.set(key, rect ?? rects[rects.length - 1]);
    }
    open = next;
  }
  return rects;
}

/** The runs [first, last] (0-based rows of the block) of new Dates in one column, bridging blank new cells. */
function columnRuns(block: CellBlock, c: number, height: number): [number, number][] {
  const runs: [number, number][] = [];
  let run: [number, number] | null = null;
  for (let r = 0; r < height; r++) {
    const v = block.values[r][c];
    const kept = block.kept?.[r]?.[c] === true;
    if (!kept && isDate(v)) {
      if (run) run[1] = r;
      else {
        run = [r, r];
        runs.push(run);
      }
    } else if (kept || v !== "") run = null;
  }
  return runs;
}

/** True when a write has anything to do: a tab to insert, values, formats, rules or a frozen row. */
export function hasWork(w: TabWrite<WriteTabKey>): boolean {
  return Boolean(
    w.create || w.blocks.length > 0 || w.columns?.length || w.cellRules?.rules.length || w.frozenRows,
  );
}

/** The size of a grid as `getDataRange().getValues()` returned it. */
export function sizeOf(grid: Grid): { rows: number; columns: number } {
  return { rows: grid.length, columns: grid.reduce((w, r) => Math.max(w, r.length), 0) };
}

/**
 * The blocks made by appendBlock: their rows were empty when the tab was read, and the executor checks that they still
 * are right before writing (a person may have typed there meanwhile: typing takes no lock). Kept aside, not as a field,
 * so that a block stays plain data.
 */
const appends = new WeakSet<CellBlock>();

/** True for a block of new rows below the tab's last filled row (appendBlock's). */
export function isAppend(block: CellBlock): boolean {
  return appends.has(block);
}

/** The rows to write below the tab's last filled row, as one block (nothing when `rows` is empty). */
export function appendBlock(grid: Grid, rows: readonly Cell[][]): CellBlock[] {
  if (rows.length === 0) return [];
  const block: CellBlock = { row: lastFilledRow(grid) + 1, column: 1, values: rows.map((r) => [...r]) };
  appends.add(block);
  return [block];
}

/**
 * Patches as blocks: the patches of one row become one block from its first to its last changed column (the cells
 * between are rewritten with what they hold, as text where text would read as a number or formula), so a row is
 * saved whole or not at all; rows one below the other with the same span share a block.
 */
export function patchBlocks(grid: Grid, patches: readonly CellPatch[]): CellBlock[] {
  const byRow = new Map<number, CellPatch[]>();
  for (const p of patches) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  const blocks: CellBlock[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const list = byRow.get(row)!;
    const first = Math.min(...list.map((p) => p.column));
    const last = Math.max(...list.map((p) => p.column));
    const cells = grid[row - 1] ?? [];
    const values: Cell[] = [];
    const kept: boolean[] = [];
    for (let c = first; c <= last; c++) {
      const patch = list.find((p) => p.column === c);
      const current = cells[c - 1];
      values.push(patch ? patch.value : keepCell(current));
      kept.push(!patch);
    }
    const prev = blocks[blocks.length - 1];
    const adjacent =
      prev &&
      prev.column === first &&
      prev.values[0].length === values.length &&
      prev.row + prev.values.length === row;
    if (adjacent) {
      prev.values.push(values);
      if (prev.kept || kept.some(Boolean)) {
        prev.kept ??= prev.values.slice(0, -1).map((r) => r.map(() => false));
        prev.kept.push(kept);
      }
    } else
      blocks.push({ row, column: first, values: [values], kept: kept.some(Boolean) ? [kept] : undefined });
  }
  return blocks;
}

/** The write of patches to existing rows of a tab (none when there are none): one block per row, no growing. */
export function patchWrites(
  tab: TabKey,
  name: string,
  grid: Grid,
  patches: readonly CellPatch[],
): TabWrite[] {
  if (patches.length === 0) return [];
  return [{ tab, name, blocks: patchBlocks(grid, patches), readSize: sizeOf(grid) }];
}

/** A cell written back as it reads: text stays text (never becomes a number, date or formula). */
function keepCell(cell: Cell | null | undefined): Cell {
  if (cell === undefined || cell === null) return "";
  return typeof cell === "string" ? guardText(cell) : cell;
}

/**
 * The grid after the blocks are written (for an operation that goes on computing from it). Rows no block touches are
 * shared with `grid`, not copied: a 60,000-row tab with a header appended costs one row's copy.
 */
export function withBlocks(grid: Grid, blocks: readonly CellBlock[]): Grid {
  if (blocks.length === 0) return grid;
  const out: (readonly (Cell | null | undefined)[])[] = grid.slice();
  for (const b of blocks) {
    b.values.forEach((rowValues, i) => {
      const r = b.row - 1 + i;
      while (out.length <= r) out.push([]);
      const row: (Cell | null | undefined)[] = Array.from(out[r], (c) => c ?? "");
      while (row.length < b.column - 1) row.push("");
      rowValues.forEach((v, j) => {
        row[b.column - 1 + j] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
      });
      out[r] = row;
    });
  }
  return out;
}

/** A short stable hash of a value's JSON: the fingerprint of a tab's desired look. */
export function fingerprint(value: unknown): string {
  return fnv1a(JSON.stringify(value));
}
