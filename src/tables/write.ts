// Writing records into a source tab: rows in the tab's actual column order, appended blocks, and cell patches by id.

import type { Locale } from "../i18n/format";
import { tableMessages } from "../i18n/tables";
import { type Cell, type Grid, isBlank, lastFilledRow } from "./cell";
import { type CellOptions, formatValue, readCell, sameValue } from "./codec";
import { identityKey, keyOfColumn } from "./normalize";
import { assertHeader, type HeaderMap, TableError } from "./read";
import type { ColumnSpec, TabSpec } from "./spec-types";

type Key<T> = Extract<keyof T, string>;

/** One cell to write; row and column are 1-based, as in `Sheet.getRange(row, column)`. */
export interface CellPatch {
  row: number;
  column: number;
  value: Cell;
}

/** The header row of a new tab in a locale; required columns carry a `*`. */
export function headerRow<T>(spec: TabSpec<T>, locale: Locale): string[] {
  return spec.columns.map((c) => (c.required ? `${c.header[locale]}*` : c.header[locale]));
}

/**
 * A record as a row in the tab's actual column order (header.headers.length cells). Columns the spec does not know
 * stay undefined; enums are written as the locale's label, lists joined with ", ", dates as Dates at midnight in
 * the zone, text guarded against being read as a formula or number.
 */
export function formatRecord<T>(
  spec: TabSpec<T>,
  header: HeaderMap<T>,
  record: Partial<T>,
  options: CellOptions,
): (Cell | undefined)[] {
  assertHeader(spec, header, options.locale);
  const row: (Cell | undefined)[] = new Array(header.headers.length).fill(undefined);
  for (const c of spec.columns) {
    const i = header.index[c.key];
    if (i !== undefined) row[i] = formatValue(c as ColumnSpec, record[c.key], options);
  }
  return row;
}

/**
 * The block to write below the tab's last filled row with one setValues: `{ row, column: 1, values }`
 * (row 1-based; unknown columns are "" so the block is rectangular). Empty `values` when there is nothing to add.
 */
export function appendRows<T>(
  grid: Grid,
  spec: TabSpec<T>,
  header: HeaderMap<T>,
  records: readonly Partial<T>[],
  options: CellOptions,
): { row: number; column: 1; values: Cell[][] } {
  const values = records.map((r) => formatRecord(spec, header, r, options).map((cell) => cell ?? ""));
  return { row: lastFilledRow(grid) + 1, column: 1, values };
}

/**
 * Patches for one row (1-based): only the columns in `changes` whose value really differs from what the row
 * holds now (compared as read, so «8а» → «8А» is no change). Columns absent from the tab are skipped.
 */
export function patchRow<T>(
  grid: Grid,
  spec: TabSpec<T>,
  header: HeaderMap<T>,
  row: number,
  changes: Partial<T>,
  options: CellOptions,
): CellPatch[] {
  assertHeader(spec, header, options.locale);
  const cells = grid[row - 1] ?? [];
  const patches: CellPatch[] = [];
  for (const c of spec.columns) {
    if (!(c.key in changes)) continue;
    const i = header.index[c.key];
    if (i === undefined) continue;
    const column = c as ColumnSpec;
    const wanted = changes[c.key];
    const current = readCell({ ...column, required: false, default: undefined }, cells[i], options);
    const blankWanted = wanted === undefined || (Array.isArray(wanted) && wanted.length === 0);
    if (current.ok && (sameValue(current.value, wanted) || (blankWanted && isBlank(cells[i])))) continue;
    patches.push({ row, column: i + 1, value: formatValue(column, wanted, options) });
  }
  return patches;
}

/** The 1-based row whose id column holds `id` (a name by the same-name rule, a code exactly), or undefined. */
export function findRowById<T>(
  grid: Grid,
  spec: TabSpec<T>,
  header: HeaderMap<T>,
  id: string,
  options: CellOptions,
): number | undefined {
  const i = idIndex(spec, header, options.locale);
  const column = spec.columns.find((c) => c.key === spec.idColumn)! as ColumnSpec;
  // A name column (Профессия) finds its row by the same-name rule, a code or id exactly.
  const key = keyOfColumn(column);
  const wanted = key(id);
  for (let r = 1; r < grid.length; r++) {
    const parsed = readCell({ ...column, required: false }, grid[r]?.[i], options);
    if (parsed.ok && typeof parsed.value === "string" && key(parsed.value) === wanted) return r + 1;
  }
  return undefined;
}

/** Patches for the row with this id (see patchRow); throws TableError when no row has it. */
export function patchById<T>(
  grid: Grid,
  spec: TabSpec<T>,
  header: HeaderMap<T>,
  id: string,
  changes: Partial<T>,
  options: CellOptions,
): CellPatch[] {
  const row = findRowById(grid, spec, header, id, options);
  if (row === undefined) {
    throw new TableError(
      tableMessages(options.locale).idNotFound(spec.name[options.locale], id),
      spec.key,
      "idNotFound",
      spec.idColumn,
    );
  }
  return patchRow(grid, spec, header, row, changes, options);
}

function idIndex<T>(spec: TabSpec<T>, header: HeaderMap<T>, locale: Locale): number {
  const i = spec.idColumn === undefined ? undefined : header.index[spec.idColumn as Key<T>];
  if (i === undefined)
    throw new TableError(
      tableMessages(locale).noIdColumn(spec.name[locale]),
      spec.key,
      "noIdColumn",
      spec.idColumn,
    );
  return i;
}

/** The next id after the highest one with this prefix: nextId("М-", ["М-0007", "М-0002"]) → "М-0008". */
export function nextId(prefix: string, existing: readonly string[], digits = 4): string {
  const wanted = identityKey(prefix);
  let max = 0;
  for (const id of existing) {
    const key = identityKey(id);
    if (!key.startsWith(wanted)) continue;
    const n = Number(key.slice(wanted.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${String(max + 1).padStart(digits, "0")}`;
}
