// Events as pure operations: ids М-0001… for rows without one, a save from the «Мероприятие» sidebar, and the
// sidebar's view (the quarter's events, the component × band balance of the year).

import { compareDates, isValidLocalDate } from "../domain/calendar";
import { type BalanceCell, componentBalance, currentQuarter } from "../domain/participation";
import {
  type Band,
  type Component,
  EVENT_STATUSES,
  type EventFormat,
  type LocalDate,
  type QuarterDates,
  type SchoolEvent,
} from "../domain/records";
import { normalizeKey } from "../domain/text";
import { eventsMessages } from "../i18n/events";
import type { Locale } from "../i18n/format";
import { type Cell, type Grid, isBlank } from "./cell";
import { identityKey, parseClassSelector } from "./normalize";
import type { HeaderMap, ReadResult } from "./read";
import { TABS } from "./specs";
import { appendBlock, patchWrites, sizeOf, type TabWrite } from "./tab-write";
import { type CellPatch, formatRecord, patchRow } from "./write";

/** The prefix of event ids (Cyrillic М). */
export const EVENT_ID_PREFIX = "М-";

/** The number of an id «М-0007» → 7; null for anything else. */
export function eventIdNumber(id: string): number | null {
  const key = identityKey(id);
  const prefix = identityKey(EVENT_ID_PREFIX);
  if (!key.startsWith(prefix)) return null;
  const n = Number(key.slice(prefix.length));
  return Number.isInteger(n) && n > 0 ? n : null;
}

export const formatEventId = (n: number) => `${EVENT_ID_PREFIX}${String(n).padStart(4, "0")}`;

/** The highest id number in the Id column (rows with errors too) and the high-water mark kept by ПрофТрек. */
export function highestEventId(grid: Grid, header: HeaderMap<SchoolEvent>, highWater: number): number {
  const i = header.index.id;
  let max = highWater;
  if (i === undefined) return max;
  for (let r = 1; r < grid.length; r++) {
    const cell = grid[r]?.[i];
    const n = typeof cell === "string" ? eventIdNumber(cell) : null;
    if (n !== null && n > max) max = n;
  }
  return max;
}

/**
 * Ids for rows typed by hand without one: every non-blank row whose Id cell is blank gets the next number, in row
 * order, as a patch of that cell only (nothing else of the row is touched). Ids are never reused: numbering starts
 * above both the column's highest id and `highWater`, the highest ever given.
 */
export function planEventIdFill(
  grid: Grid,
  header: HeaderMap<SchoolEvent>,
  highWater: number,
): { patches: CellPatch[]; last: number } {
  const i = header.index.id;
  let last = highestEventId(grid, header, highWater);
  const patches: CellPatch[] = [];
  if (i === undefined) return { patches, last };
  const known = Object.values(header.index) as number[];
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (!isBlank(cells[i])) continue;
    if (known.every((c) => isBlank(cells[c]))) continue;
    last += 1;
    patches.push({ row: r + 1, column: i + 1, value: formatEventId(last) });
  }
  return { patches, last };
}

/** What the sidebar sends. */
export interface EventDraft {
  date: string;
  title: string;
  format: EventFormat;
  component: Component;
  /** As people write it: «8А, 8Б», «8-9», «все». */
  classes: string;
  hours?: number;
  responsible?: string;
  partner?: string;
  professions: string[];
  status: SchoolEvent["status"];
}

export interface EventSnapshot {
  tabName: string;
  grid: Grid;
  events: ReadResult<SchoolEvent>;
  quarters: readonly QuarterDates[];
  professions: readonly string[];
  /** The highest id number ever given (document property). */
  highWater: number;
  locale: Locale;
  timeZone: string;
}

export type EventField = "date" | "title" | "classes" | "hours" | "professions" | "id";
export interface EventIssue {
  field: EventField;
  text: string;
}

/** A save's plan: the outcome, the writes, the new high-water mark, and the saved row as a record. */
export interface EventSavePlan {
  outcome: EventSaveOutcome;
  writes: TabWrite[];
  last: number;
  saved?: { row: number; record: SchoolEvent };
}

export type EventSaveOutcome =
  | { ok: true; id: string; row: number; created: boolean; message: string }
  | { ok: false; issues: EventIssue[]; message: string };

const tidy = (s: string | undefined) => {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? undefined : t;
};

/**
 * Plans a save: a new event gets the next id and is appended below the last row; an edit (by its id) patches the
 * cells that changed. Rows without an id get theirs in the same write. The date must lie inside the school year, the
 * classes must read as classes or grades, professions must be in the thesaurus. Returns the new high-water mark.
 */
export function planEventSave(
  snap: EventSnapshot,
  draft: EventDraft,
  editId: string | undefined,
): EventSavePlan {
  const m = eventsMessages(snap.locale);
  const header = snap.events.header;
  const issues: EventIssue[] = [];
  const start = snap.quarters[0]?.start;
  const end = snap.quarters[snap.quarters.length - 1]?.end;
  if (!isValidLocalDate(draft.date)) issues.push({ field: "date", text: m.issues.date });
  else if (start && end && (compareDates(draft.date, start) < 0 || compareDates(draft.date, end) > 0))
    issues.push({ field: "date", text: m.issues.dateOutside(start, end) });
  const title = tidy(draft.title);
  if (!title) issues.push({ field: "title", text: m.issues.title });
  const classes = parseClassSelector(draft.classes);
  if (!classes.ok) issues.push({ field: "classes", text: m.issues.classes });
  if (draft.hours !== undefined && !(draft.hours >= 0)) issues.push({ field: "hours", text: m.issues.hours });
  const thesaurus = new Map(snap.professions.map((p) => [normalizeKey(p), p]));
  const unknown = draft.professions.filter((p) => tidy(p) && !thesaurus.has(normalizeKey(p)));
  if (unknown.length > 0) issues.push({ field: "professions", text: m.issues.professions(unknown) });
  const fill = planEventIdFill(snap.grid, header, snap.highWater);
  let row: number | undefined;
  if (editId !== undefined) {
    row = snap.events.records.find(
      (r) => r.record.id && identityKey(r.record.id) === identityKey(editId),
    )?.row;
    if (row === undefined) issues.push({ field: "id", text: m.issues.gone(editId) });
  }
  if (issues.length > 0 || !classes.ok || !title)
    return { outcome: { ok: false, issues, message: m.fixErrors }, writes: [], last: snap.highWater };

  const record: SchoolEvent = {
    date: draft.date as LocalDate,
    title,
    format: draft.format,
    component: draft.component,
    classes: classes.value,
    hours: draft.hours ?? 1,
    professions: draft.professions.map((p) => thesaurus.get(normalizeKey(p)) ?? p).filter((p) => tidy(p)),
    status: EVENT_STATUSES.includes(draft.status) ? draft.status : "planned",
  };
  const responsible = tidy(draft.responsible);
  const partner = tidy(draft.partner);
  if (responsible) record.responsible = responsible;
  if (partner) record.partner = partner;
  const cells = { timeZone: snap.timeZone, locale: snap.locale };
  const spec = TABS.events;
  if (row === undefined) {
    // A repeat of an add that was saved (a retry after a failure): nothing is appended again.
    // The draft's key once; another event's only on the same date (the key starts with the date).
    const key = comparable(record);
    const same = snap.events.records.find(
      (r) => r.record.id && r.record.date === record.date && comparable(r.record) === key,
    );
    if (same?.record.id) {
      const writes = patchWrites("events", snap.tabName, snap.grid, fill.patches);
      const message = m.alreadySaved(same.record.id, same.row);
      return {
        outcome: { ok: true, id: same.record.id, row: same.row, created: false, message },
        writes,
        last: fill.last,
        saved: same,
      };
    }
    const last = fill.last + 1;
    const id = formatEventId(last);
    const values = formatRecord(spec, header, { ...record, id }, cells).map((c): Cell => c ?? "");
    const writes: TabWrite[] = [
      ...patchWrites("events", snap.tabName, snap.grid, fill.patches),
      {
        tab: "events",
        name: snap.tabName,
        blocks: appendBlock(snap.grid, [values]),
        readSize: sizeOf(snap.grid),
      },
    ];
    const newRow = writes[writes.length - 1].blocks[0].row;
    return {
      outcome: { ok: true, id, row: newRow, created: true, message: m.added(id, newRow) },
      saved: { row: newRow, record: { ...record, id } },
      writes,
      last,
    };
  }
  const before = snap.events.records.find((r) => r.row === row)!.record;
  const id = before.id!;
  // Only what differs from the row as read (with its defaults): a blank «Статус» stays blank when still planned.
  const wanted: Partial<SchoolEvent> = {
    ...record,
    responsible: record.responsible,
    partner: record.partner,
  };
  const changes: Partial<SchoolEvent> = {};
  for (const [key, value] of Object.entries(wanted) as [keyof SchoolEvent, unknown][])
    if (JSON.stringify(value) !== JSON.stringify(before[key]))
      (changes as Record<string, unknown>)[key] = value;
  const patches = [...fill.patches, ...patchRow(snap.grid, spec, header, row, changes, cells)];
  const writes = patchWrites("events", snap.tabName, snap.grid, patches);
  return {
    outcome: { ok: true, id, row, created: false, message: m.updated(id, row) },
    saved: { row, record: { ...record, id } },
    writes,
    last: fill.last,
  };
}

/**
 * The tab as it stands after a save, without reading it again: ids given to hand-typed rows, the saved record put
 * at its row (appended or replaced).
 */
export function afterEventSave(
  read: ReadResult<SchoolEvent>,
  writes: readonly TabWrite[],
  saved: { row: number; record: SchoolEvent } | undefined,
): ReadResult<SchoolEvent> {
  const idColumn = (read.header.index.id ?? -1) + 1;
  const ids = new Map<number, string>();
  for (const w of writes)
    for (const b of w.blocks)
      b.values.forEach((values, i) => {
        const offset = idColumn - b.column;
        const v = values[offset];
        if (offset >= 0 && typeof v === "string" && eventIdNumber(v) !== null) ids.set(b.row + i, v);
      });
  const records = read.records.map((r) =>
    ids.has(r.row) ? { row: r.row, record: { ...r.record, id: ids.get(r.row) } } : r,
  );
  if (saved) {
    const i = records.findIndex((r) => r.row === saved.row);
    if (i >= 0) records[i] = saved;
    else records.push(saved);
  }
  return { ...read, records };
}

/** The fields that make two events the same event (names by the same-name rule). */
function comparable(e: SchoolEvent): string {
  return JSON.stringify([
    e.date,
    normalizeKey(e.title),
    e.format,
    e.component,
    e.classes,
    e.hours,
    normalizeKey(e.responsible ?? ""),
    normalizeKey(e.partner ?? ""),
    e.professions.map(normalizeKey),
    e.status,
  ]);
}

/** An event as the sidebar lists it: the record with its row, the classes as people write them. */
export type EventEntry = Omit<SchoolEvent, "classes"> & { row: number; classes: string };

export interface EventsView {
  /** The quarter shown (under way, or the last begun; the 1st before the year). */
  quarter: number;
  quarters: QuarterDates[];
  events: EventEntry[];
  /** The year's component × band balance and the shown quarter's. */
  year: BalanceCell[];
  inQuarter: BalanceCell[];
  bands: string[];
}

/** The sidebar's view: every valid event (date order), the year's and the quarter's component × band balance. */
export function eventsView(
  read: ReadResult<SchoolEvent>,
  bands: readonly Band[],
  quarters: readonly QuarterDates[],
  today: LocalDate,
  classesText: (s: SchoolEvent["classes"]) => string,
): EventsView {
  const quarter = currentQuarter(quarters, today) ?? 1;
  const records = read.records.map((r) => r.record);
  return {
    quarter,
    quarters: [...quarters],
    events: read.records
      .map((r) => ({ ...r.record, row: r.row, classes: classesText(r.record.classes) }))
      // ISO dates order as text (the same order as compareDates, without two day numbers per comparison).
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row)),
    year: componentBalance(records, bands),
    inQuarter: componentBalance(records, bands, quarters[quarter - 1]),
    bands: bands.map((b) => b.name),
  };
}
