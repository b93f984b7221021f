// Checks across tabs (pure): values that must name a row of another tab, classes of events, full names in «коды» mode.

import type { Settings } from "../domain/records";
import { normalizeKey } from "../domain/text";
import { equipmentMessages } from "../i18n/equipment";
import type { Locale } from "../i18n/format";
import { tableMessages } from "../i18n/tables";
import { validateMessages } from "../i18n/validate";
import { columnLetter, type Grid, isBlank } from "./cell";
import { displayCell, readCell } from "./codec";
import type { ZoneOptions } from "./dates";
import { keyOfColumn, looksLikeFullName } from "./normalize";
import { type HeaderMap, mapHeader, type ReadResult, type RowError } from "./read";
import type { ColumnSpec, TabKey, TabSpec } from "./spec-types";
import { anyTab, SOURCE_TAB_ORDER } from "./specs";

/** What the cross-tab checks look at: the tabs as read in one operation. */
export interface CrossCheckInput {
  /** Raw grids (row 1 = header) of the tabs the workbook has. */
  grids: Partial<Record<TabKey, Grid>>;
  /**
   * The tabs whose header could be read: their records, and the rows left out because of errors with the cells that
   * did parse (checked too, so that a row shows every problem it has).
   */
  reads: Partial<Record<TabKey, ReadResult<Record<string, unknown>>>>;
  settings: Pick<Settings, "personalDataMode">;
  options: ZoneOptions & { locale: Locale };
}

/** Column types that hold one value: a dropdown from another tab fits them, and a reference is checked as a whole. */
const SINGLE: readonly ColumnSpec["type"][] = ["text", "className", "grade", "integer", "number"];

/**
 * Every problem that one tab alone cannot see, as RowErrors of the tab holding the bad cell:
 * - a value of a column with `ref` (pupil class, plan profession, participation event id, …) that no row of the
 *   referenced tab holds; list columns name every unknown item;
 * - a class in a `Класс` column or in an event's or questionnaire's `Классы` that is not on Классы;
 * - in «коды» mode, a pupil code or label that looks like «Фамилия Имя»;
 * - a room of Оборудование typed another way than its first row (the same normalizeKey, another spelling).
 * Rows with errors are checked too, on the cells that parsed: a bad cell is reported by the read, its other cells here.
 * A referenced tab that is missing or unreadable is skipped: that is reported once, by the tab itself.
 * The referenced values are taken from every non-blank cell of the referenced column, rows with errors included,
 * so one bad cell there does not turn into a cascade of problems here.
 * Values compare by the referenced column's key (keyOfColumn): a name (profession, subject, band) by the domain's
 * normalizeKey — the rule plan coverage and the suggester use, so «Инженер робототехник» or «Врач.» in План is
 * found here exactly when «Итоги — план» finds it; a code or id (class, pupil code, event id) by identityKey.
 */
export function crossTabProblems(input: CrossCheckInput): RowError[] {
  const { locale } = input.options;
  const why = validateMessages(locale).crossReason;
  const known = new Map<string, Set<string> | null>();
  const valuesOf = (tab: TabKey, column: string, key: (text: string) => string): Set<string> | null => {
    const id = `${tab}.${column}`;
    if (!known.has(id)) known.set(id, referenceValues(input, tab, column, key));
    return known.get(id) ?? null;
  };
  const out: RowError[] = [];
  for (const key of SOURCE_TAB_ORDER) {
    const read = input.reads[key];
    if (!read) continue;
    const spec = anyTab(key);
    const grid = input.grids[key] ?? [];
    const header = read.header as HeaderMap;
    const rows: { row: number; record: Record<string, unknown> }[] = [
      ...read.records,
      ...read.rejected.map((r) => ({ row: r.row, record: r.draft })),
    ];
    const report = (row: number, columnKey: string, reason: string) => {
      const i = header.index[columnKey];
      const value = i === undefined ? "" : displayCell(grid[row - 1]?.[i], input.options);
      out.push(crossProblem(spec, header, row, columnKey, value, reason, locale));
    };
    for (const column of spec.columns) {
      const ref = column.ref ?? (column.type === "className" && key !== "classes" ? CLASS_REF : undefined);
      const classList = column.type === "classSelector";
      if (!ref && !classList) continue;
      const target = ref ?? CLASS_REF;
      const targetSpec = anyTab(target.tab);
      const targetColumn = targetSpec.columns.find((c) => c.key === target.column);
      const keyOf = keyOfColumn(targetColumn);
      const allowed = valuesOf(target.tab, target.column, keyOf);
      if (!allowed) continue;
      const targetHeader = targetColumn?.header[locale] ?? "";
      // Values repeat down a column (150,000 participation rows name a few thousand codes): each distinct text is
      // keyed and looked up once.
      const verdicts = new Map<string, boolean>();
      const known = (text: string): boolean => {
        let found = verdicts.get(text);
        if (found === undefined) {
          found = allowed.has(keyOf(text));
          verdicts.set(text, found);
        }
        return found;
      };
      for (const { row, record } of rows) {
        const value = record[column.key];
        if (classList) {
          const classes = (value as { classes?: string[] } | undefined)?.classes ?? [];
          const unknown = classes.filter((c) => !known(c));
          if (unknown.length) report(row, column.key, why.unknownClasses(targetSpec.name[locale], unknown));
        } else if (Array.isArray(value)) {
          const unknown = value.map(String).filter((v) => !known(v));
          if (unknown.length)
            report(row, column.key, why.unknownRefs(targetSpec.name[locale], targetHeader, unknown));
        } else if (value !== undefined && value !== "" && !known(String(value))) {
          report(row, column.key, why.unknownRef(targetSpec.name[locale], targetHeader));
        }
      }
    }
    if (key === "equipment") {
      // One room typed two ways (same normalizeKey, other spelling) splits it in two for a reader of the tab.
      const first = new Map<string, { room: string; row: number }>();
      for (const { row, record } of read.records) {
        const room = String(record.room ?? "").trim();
        const seen = first.get(normalizeKey(room));
        if (!seen) first.set(normalizeKey(room), { room, row });
        else if (seen.room !== room)
          report(row, "room", equipmentMessages(locale).issues.roomTwoWays(seen.room, seen.row));
      }
    }
    if (key === "pupils" && input.settings.personalDataMode === "codes") {
      for (const { row, record } of rows) {
        for (const field of ["code", "label"]) {
          const text = record[field];
          if (typeof text === "string" && looksLikeFullName(text)) report(row, field, why.fullName());
        }
      }
    }
  }
  return out;
}

const CLASS_REF = { tab: "classes", column: "className" } as const;

/** The keys of the values of a column of a tab, from every non-blank cell; null when the tab cannot be used. */
function referenceValues(
  input: CrossCheckInput,
  tab: TabKey,
  columnKey: string,
  key: (text: string) => string,
): Set<string> | null {
  const grid = input.grids[tab];
  if (!grid || !input.reads[tab]) return null;
  const spec = anyTab(tab);
  const column = spec.columns.find((c) => c.key === columnKey);
  const i = mapHeader(spec, grid[0] ?? []).index[columnKey];
  if (!column || i === undefined) return null;
  const lenient: ColumnSpec = { ...column, required: false, default: undefined };
  const cellOptions = { ...input.options };
  const values = new Set<string>();
  for (let r = 1; r < grid.length; r++) {
    const cell = grid[r]?.[i];
    if (isBlank(cell)) continue;
    const parsed = SINGLE.includes(column.type) ? readCell(lenient, cell, cellOptions) : undefined;
    const text =
      parsed?.ok && parsed.value !== undefined ? String(parsed.value) : displayCell(cell, input.options);
    values.add(key(text));
  }
  return values;
}

/** A RowError with a reason already in words (the table layer's rowError takes its own catalogue's reasons). */
export function crossProblem(
  spec: TabSpec,
  header: HeaderMap,
  row: number,
  columnKey: string,
  value: string,
  reason: string,
  locale: Locale,
): RowError {
  const msg = tableMessages(locale);
  const i = header.index[columnKey];
  const spelled = spec.columns.find((c) => c.key === columnKey)?.header[locale] ?? columnKey;
  const column =
    i === undefined ? `«${spelled}»` : msg.columnRef(columnLetter(i), header.headers[i] || spelled);
  const tab = spec.name[locale];
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
