// Reading a source tab: find columns by header, turn rows into zod-checked records and Russian row errors.

import type { Participation } from "../domain/records";
import type { Locale } from "../i18n/format";
import { type Reason, reasonText, tableMessages } from "../i18n/tables";
import { columnLetter, type Grid, isBlank } from "./cell";
import { type CellOptions, displayCell, readCell } from "./codec";
import type { ZoneOptions } from "./dates";
import { identityKey, keyOfColumn, normalizeHeader } from "./normalize";
import type { ColumnSpec, TabKey, TabSpec } from "./spec-types";

type Key<T> = Extract<keyof T, string>;

/** Where each known column sits in a tab's actual header row. */
export interface HeaderMap<T = Record<string, unknown>> {
  tab: TabKey;
  /** 0-based index of each spec column found in row 1. */
  index: Partial<Record<Key<T>, number>>;
  /** Row 1 as text, trimmed, in the sheet's order. */
  headers: string[];
  /** Required columns not found. */
  missing: Key<T>[];
  /** Spec columns found more than once, with every 0-based index. */
  duplicates: { column: Key<T>; indexes: number[] }[];
}

/** A rejected cell: the row is left out of every computation, never changed. */
export interface RowError {
  tabKey: TabKey;
  /** The tab's name in the locale. */
  tab: string;
  /** 1-based sheet row. */
  row: number;
  /** Letter and header as in the sheet: B «Класс». */
  column: string;
  columnKey: string;
  /** The cell as people read it. */
  value: string;
  reason: string;
  /** The whole sentence: «Ученики», строка 5, столбец B «Класс»: … */
  message: string;
}

/** A problem with a whole tab (a missing or doubled column, a missing row): the operation stops, nothing is written. */
export class TableError extends Error {
  constructor(
    message: string,
    readonly tabKey: TabKey,
    readonly code: "missingColumn" | "duplicateHeader" | "idNotFound" | "noIdColumn",
    readonly column?: string,
  ) {
    super(message);
    this.name = "TableError";
  }
}

/** Zone and locale of a read; the locale only changes message texts (labels of both locales are accepted). */
export interface ReadOptions extends ZoneOptions {
  locale?: Locale;
}

/** The records read from a tab, each with its 1-based sheet row, and the rejected cells. */
export interface ReadResult<T> {
  records: { row: number; record: T }[];
  errors: RowError[];
  /**
   * The rows left out because of errors, each with the cells that did parse (a bad cell is absent), in sheet order:
   * for checks that report every problem of a row (the cross-tab checks), never for a computation.
   */
  rejected: { row: number; draft: Partial<T> }[];
  header: HeaderMap<T>;
}

const lookups = new WeakMap<object, Map<string, string>>();

/** Normalized header → column key for a spec: both locales' headers and the aliases. */
function headerLookup(spec: TabSpec<unknown>): Map<string, string> {
  let lookup = lookups.get(spec);
  if (!lookup) {
    lookup = new Map();
    for (const c of spec.columns) {
      for (const h of [c.header.ru, c.header.en, ...(c.aliases ?? [])]) lookup.set(normalizeHeader(h), c.key);
    }
    lookups.set(spec, lookup);
  }
  return lookup;
}

/** Finds the spec's columns in a header row, in any order and either locale; extra user columns are ignored. */
export function mapHeader<T>(spec: TabSpec<T>, headerRow: readonly unknown[]): HeaderMap<T> {
  const lookup = headerLookup(spec as TabSpec<unknown>);
  const found = new Map<string, number[]>();
  const headers = Array.from(headerRow, (cell) =>
    typeof cell === "string" ? cell.trim() : isBlank(cell) ? "" : String(cell),
  );
  headers.forEach((text, i) => {
    const key = lookup.get(normalizeHeader(text));
    if (key !== undefined) found.set(key, [...(found.get(key) ?? []), i]);
  });
  const index: Partial<Record<Key<T>, number>> = {};
  const duplicates: HeaderMap<T>["duplicates"] = [];
  for (const [key, indexes] of found) {
    index[key as Key<T>] = indexes[0];
    if (indexes.length > 1) duplicates.push({ column: key as Key<T>, indexes });
  }
  const missing = spec.columns.filter((c) => c.required && found.get(c.key) === undefined).map((c) => c.key);
  return { tab: spec.key, index, headers, missing, duplicates };
}

/** Throws a TableError naming the tab and column when a required column is missing or a known column is doubled. */
export function assertHeader<T>(spec: TabSpec<T>, header: HeaderMap<T>, locale: Locale = "ru"): void {
  const msg = tableMessages(locale);
  const tab = spec.name[locale];
  for (const key of header.missing) {
    const column = spec.columns.find((c) => c.key === key)!;
    throw new TableError(msg.missingColumn(tab, column.header[locale]), spec.key, "missingColumn", key);
  }
  for (const d of header.duplicates) {
    const text = header.headers[d.indexes[0]];
    throw new TableError(
      msg.duplicateHeader(tab, text, d.indexes.map(columnLetter)),
      spec.key,
      "duplicateHeader",
      d.column,
    );
  }
}

/** Builds a RowError in a locale. */
export function rowError<T>(
  spec: TabSpec<T>,
  header: HeaderMap<T>,
  row: number,
  columnKey: string,
  value: string,
  why: Reason,
  locale: Locale,
): RowError {
  const msg = tableMessages(locale);
  const i = header.index[columnKey as Key<T>];
  const spelled = spec.columns.find((c) => c.key === columnKey)?.header[locale] ?? columnKey;
  const column =
    i === undefined ? `«${spelled}»` : msg.columnRef(columnLetter(i), header.headers[i] || spelled);
  const tab = spec.name[locale];
  const reason = reasonText(why, locale);
  return {
    tabKey: spec.key,
    tab,
    row,
    column,
    columnKey,
    value,
    reason,
    message: msg.rowError(tab, row, column, value, reason),
  };
}

/**
 * Reads a source tab's grid (row 1 = header) into typed records. Blank rows are skipped. Every problem of a row is
 * reported, one RowError per cell: a bad cell, a cross-column rule (`complete`, on the cells that parsed), a repeat of
 * an earlier valid row (on the cells that parsed); such a row is left out of `records` and kept, as far as it parsed,
 * in `rejected`. Throws TableError only for a missing or doubled column.
 */
export function readTable<T>(spec: TabSpec<T>, grid: Grid, options: ReadOptions): ReadResult<T> {
  const locale = options.locale ?? "ru";
  const cellOptions: CellOptions = { ...options, locale };
  const header = mapHeader(spec, grid[0] ?? []);
  assertHeader(spec, header, locale);
  // Each column with its place in the row, looked up once per tab rather than once per cell.
  const columns = spec.columns.map((c) => ({ column: c as ColumnSpec, key: c.key, at: header.index[c.key] }));
  const present = columns.flatMap((c) => (c.at === undefined ? [] : [c.at]));
  const records: ReadResult<T>["records"] = [];
  const rejected: ReadResult<T>["rejected"] = [];
  const errors: RowError[] = [];
  const unique = uniqueKeys(spec);
  const seen = unique.map(() => new Map<string, number>());
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const row = r + 1;
    if (allBlank(cells, present)) continue;
    const rowErrors: RowError[] = [];
    const fail = (key: string, why: Reason) => {
      const i = header.index[key as Key<T>];
      const value = i === undefined ? "" : displayCell(cells[i], options);
      rowErrors.push(rowError(spec, header, row, key, value, why, locale));
    };
    const draft: Record<string, unknown> = {};
    for (const { column, key, at } of columns) {
      const parsed = readCell(column, at === undefined ? undefined : cells[at], cellOptions);
      if (parsed.ok) {
        if (parsed.value !== undefined) draft[key] = parsed.value;
      } else fail(key, parsed.reason);
    }
    if (spec.complete) {
      // On a partial draft too: a rule about a column that already failed would only repeat that failure.
      const failed = new Set(rowErrors.map((e) => e.columnKey));
      for (const issue of spec.complete(draft as Partial<T>))
        if (!failed.has(issue.column)) fail(issue.column, issue.reason);
    }
    // A row whose every cell the codec read is the record: the codec gives each column's record type (test/tables/
    // properties.test.ts checks, on arbitrary cells, that such records pass spec.schema), so no schema runs per row.
    const record: T | undefined = rowErrors.length === 0 ? (draft as T) : undefined;
    // Only a valid row takes its values: a later valid row is never left out for repeating a rejected one.
    const repeated = firstRepeat(unique, seen, draft, row, record !== undefined);
    if (repeated) fail(repeated.column, { code: "duplicate", args: [repeated.row] });
    if (rowErrors.length > 0 || record === undefined) {
      errors.push(...dedupe(rowErrors));
      rejected.push({ row, draft: draft as Partial<T> });
    } else records.push({ row, record });
  }
  return { records, errors, rejected, header };
}

function allBlank(cells: readonly unknown[], at: readonly number[]): boolean {
  for (const i of at) if (!isBlank(cells[i])) return false;
  return true;
}

/** One unique column set of a spec: its column keys, each with the key its values compare by. */
type UniqueSet = { column: string; keyOf: (text: string) => string }[];

/**
 * The spec's unique column sets with their comparison keys (keyOfColumn): a name column — Профессия, Предмет,
 * Ступень — is unique by the domain's normalizeKey, the rule by which coverage, the suggester and the cross-tab
 * checks take two spellings for one entry («Инженер-робототехник» and «инженер робототехник» are a repeat);
 * codes and ids (Код, Id, Класс) are unique by identityKey.
 */
function uniqueKeys<T>(spec: TabSpec<T>): UniqueSet[] {
  return (spec.unique ?? []).map((set) =>
    set.map((column) => ({
      column,
      keyOf: keyOfColumn(spec.columns.find((c) => c.key === column) as ColumnSpec | undefined),
    })),
  );
}

/**
 * Checks the unique column sets (a set with a value missing is not checked); returns the earlier row a set of values
 * repeats, else records the row's values when `take` (a valid row).
 */
function firstRepeat(
  sets: readonly UniqueSet[],
  seen: Map<string, number>[],
  draft: Record<string, unknown>,
  row: number,
  take: boolean,
) {
  if (sets.length === 0) return undefined;
  const keys = sets.map((set) => {
    const values = set.map((c) => draft[c.column]);
    if (values.some((v) => v === undefined || v === "")) return undefined;
    return values.map((v, i) => set[i].keyOf(String(v))).join("\u0000");
  });
  for (let s = 0; s < sets.length; s++) {
    const key = keys[s];
    const earlier = key === undefined ? undefined : seen[s].get(key);
    if (earlier !== undefined) return { column: sets[s][0].column, row: earlier };
  }
  if (!take) return undefined;
  keys.forEach((key, s) => {
    if (key !== undefined) seen[s].set(key, row);
  });
  return undefined;
}

function dedupe(errors: RowError[]): RowError[] {
  return errors.filter(
    (e, i) => errors.findIndex((x) => x.columnKey === e.columnKey && x.reason === e.reason) === i,
  );
}

/**
 * The participation that counts: for each (event, pupil code) the row furthest down wins, as data-model.md says
 * («a later row for the same (event, pupil) replaces an earlier one»). Ids and codes compare normalized.
 * Returned in sheet order of the winning rows.
 */
export function latestParticipation(
  rows: readonly { row: number; record: Participation }[],
): Participation[] {
  const latest = new Map<string, { row: number; record: Participation }>();
  for (const r of rows) {
    const key = `${identityKey(r.record.eventId)}\u0000${identityKey(r.record.code)}`;
    const known = latest.get(key);
    if (!known || r.row >= known.row) latest.set(key, r);
  }
  return [...latest.values()].sort((a, b) => a.row - b.row).map((r) => r.record);
}
