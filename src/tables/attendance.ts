// Marking a class at an event as a pure operation: what the sidebar shows, and a save as rows appended to Участие.

import { compareDates, daysBetween } from "../domain/calendar";
import { eventClasses, gradeOf, latestMarks, type Mark, markKey } from "../domain/participation";
import type { LocalDate, Participation, Pupil, SchoolEvent } from "../domain/records";
import { attendanceMessages } from "../i18n/attendance";
import type { Locale } from "../i18n/format";
import type { Cell, Grid } from "./cell";
import { identityKey } from "./normalize";
import type { ReadResult } from "./read";
import { TABS } from "./specs";
import { appendBlock, type TabWrite } from "./tab-write";
import { formatRecord } from "./write";

/** An event as the sidebar lists it. */
export interface AttendanceEvent {
  id: string;
  date: LocalDate;
  title: string;
  hours: number;
  status: SchoolEvent["status"];
  /** Classes with active pupils that the event is for, in class order. */
  classes: string[];
}

/** Everything the sidebar needs, built from Мероприятия, Ученики and Участие as read. */
export interface AttendanceView {
  /** Not cancelled, with an id: the nearest to today first (past before future on a tie). */
  events: AttendanceEvent[];
  /** Active pupils by class, in sheet order: code and the short label only. */
  pupils: Record<string, { code: string; label?: string }[]>;
  /** The mark that counts, by event id then pupil code (as the tabs spell them). */
  marks: Record<string, Record<string, Mark>>;
  /** Events without an Id (not listed). */
  withoutId: number;
  /** Rows of Участие left out because of errors. */
  skipped: number;
}

let collator: Intl.Collator | undefined;

/** Class names of active pupils, in class order (grade, then name; one collator, not one per comparison). */
function activeClasses(pupils: readonly Pupil[]): string[] {
  const names = new Set<string>();
  for (const p of pupils) if (p.active) names.add(p.className);
  collator ??= new Intl.Collator("ru");
  const order = collator;
  return [...names].sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || order.compare(a, b));
}

/** eventClasses for many events over the same class names: each class's grade worked out once. */
function classesOfEvents(classNames: readonly string[]): (e: SchoolEvent) => string[] {
  const grades = classNames.map(gradeOf);
  return (e) => {
    const s = e.classes;
    if (s.all) return [...classNames];
    return classNames.filter((c, i) => s.classes.includes(c) || s.grades.includes(grades[i]));
  };
}

/** The sidebar's view without marks: events nearest to today first, active pupils by class. */
export type AttendanceList = Omit<AttendanceView, "marks" | "skipped">;

/** The events listed (nearest to today first) and the active pupils by class; no participation needed. */
export function attendanceList(
  events: readonly SchoolEvent[],
  pupils: readonly Pupil[],
  today: LocalDate,
): AttendanceList {
  const classesOf = classesOfEvents(activeClasses(pupils));
  const listed = events
    .filter((e): e is SchoolEvent & { id: string } => Boolean(e.id) && e.status !== "cancelled")
    .map((e) => ({
      event: {
        id: e.id,
        date: e.date,
        title: e.title,
        hours: e.hours,
        status: e.status,
        classes: classesOf(e),
      },
      distance: Math.abs(daysBetween(today, e.date)),
    }))
    .sort((a, b) => a.distance - b.distance || compareDates(a.event.date, b.event.date))
    .map((x) => x.event);
  const byClass: AttendanceView["pupils"] = {};
  for (const p of pupils) {
    if (!p.active) continue;
    const list = byClass[p.className] ?? [];
    list.push(p.label ? { code: p.code, label: p.label } : { code: p.code });
    byClass[p.className] = list;
  }
  return { events: listed, pupils: byClass, withoutId: events.filter((e) => !e.id).length };
}

/** The marks that count of the listed events, by event id then pupil code (as the tabs spell them). */
export function attendanceMarks(
  list: AttendanceList,
  pupils: readonly Pupil[],
  participation: ReadResult<Participation>,
): Pick<AttendanceView, "marks" | "skipped"> {
  const eventIds = new Map(list.events.map((e) => [identityKey(e.id), e.id]));
  const codes = new Map(pupils.map((p) => [identityKey(p.code), p.code]));
  const marks: AttendanceView["marks"] = {};
  for (const [, r] of latestMarks(participation.records, identityKey)) {
    const id = eventIds.get(identityKey(r.record.eventId));
    const code = codes.get(identityKey(r.record.code));
    if (id === undefined || code === undefined) continue;
    const forEvent = marks[id] ?? {};
    forEvent[code] = r.record.mark;
    marks[id] = forEvent;
  }
  return { marks, skipped: new Set(participation.errors.map((e) => e.row)).size };
}

/** The sidebar's view: events nearest to today first, active pupils by class, the saved marks. */
export function attendanceView(
  events: readonly SchoolEvent[],
  pupils: readonly Pupil[],
  participation: ReadResult<Participation>,
  today: LocalDate,
): AttendanceView {
  const list = attendanceList(events, pupils, today);
  return { ...list, ...attendanceMarks(list, pupils, participation) };
}

/** What the sidebar sends: the event, the class, and a mark for each pupil marked. */
export interface AttendanceInput {
  eventId: string;
  className: string;
  marks: { code: string; mark: Mark }[];
}

/** Мероприятия, Ученики and Участие as read inside the lock. */
export interface AttendanceSnapshot {
  tabName: string;
  /** Участие as read, or just its event column: the rows appended go below its last filled row. */
  grid: Grid;
  /** The sheet's grid when known (its rows and columns): an append inside it needs no growing. */
  size?: { rows: number; columns: number };
  participation: ReadResult<Participation>;
  events: readonly SchoolEvent[];
  pupils: readonly Pupil[];
  locale: Locale;
  timeZone: string;
}

/** The plan of a save: its outcome, the writes, and the rows appended as records (to answer without a re-read). */
export interface AttendancePlan {
  outcome: AttendanceOutcome;
  writes: TabWrite[];
  appended: { row: number; record: Participation }[];
}

export type AttendanceOutcome =
  | { ok: true; appended: number; unchanged: number; row: number | null; message: string }
  | { ok: false; gone?: boolean; refused?: string[]; message: string };

/**
 * Plans a save: each mark that differs from the one that counts now becomes a new row appended below the last row
 * of Участие (a later row replaces an earlier one in every computation, so nothing already there is touched).
 * A mark equal to the saved one is not written again: a repeated save answers that nothing changed. The event must
 * exist and not be cancelled, the class must be one of its classes, and every pupil an active pupil of one of its
 * classes — else nothing is written. `markedAt` is written as a date-time.
 */
export function planAttendanceSave(
  snap: AttendanceSnapshot,
  input: AttendanceInput,
  markedBy: string,
  markedAt: Date,
): AttendancePlan {
  const m = attendanceMessages(snap.locale);
  const none: TabWrite[] = [];
  const event = snap.events.find((e) => e.id && identityKey(e.id) === identityKey(input.eventId));
  if (!event?.id)
    return {
      writes: none,
      appended: [],
      outcome: { ok: false, gone: true, message: m.eventGone(input.eventId) },
    };
  if (event.status === "cancelled")
    return { writes: none, appended: [], outcome: { ok: false, message: m.eventCancelled(event.id) } };
  const classNames = activeClasses(snap.pupils);
  const classes = eventClasses(event, classNames);
  const className = classes.find((c) => identityKey(c) === identityKey(input.className));
  if (!className)
    return {
      writes: none,
      appended: [],
      outcome: { ok: false, message: m.classOutside(input.className, event.id) },
    };
  const byCode = new Map(snap.pupils.filter((p) => p.active).map((p) => [identityKey(p.code), p]));
  const refused = input.marks
    .filter((x) => {
      const p = byCode.get(identityKey(x.code));
      return !p || !classes.includes(p.className);
    })
    .map((x) => x.code);
  if (refused.length > 0)
    return {
      writes: none,
      appended: [],
      outcome: { ok: false, refused, message: m.pupilsOutside(refused, event.id) },
    };
  if (input.marks.length === 0)
    return { writes: none, appended: [], outcome: { ok: false, message: m.nothingMarked } };

  const latest = latestMarks(snap.participation.records, identityKey);
  const eventKey = identityKey(event.id);
  const seen = new Set<string>();
  const records: Participation[] = [];
  for (const x of input.marks) {
    const pupil = byCode.get(identityKey(x.code))!;
    const key = markKey(eventKey, identityKey(pupil.code));
    if (seen.has(key)) continue;
    seen.add(key);
    if (latest.get(key)?.record.mark === x.mark) continue;
    const record: Participation = {
      eventId: event.id,
      code: pupil.code,
      className: pupil.className,
      mark: x.mark,
    };
    if (markedBy) record.markedBy = markedBy;
    records.push(record);
  }
  const unchanged = seen.size - records.length;
  if (records.length === 0)
    return {
      writes: none,
      appended: [],
      outcome: { ok: true, appended: 0, unchanged, row: null, message: m.unchanged(className) },
    };
  const spec = TABS.participation;
  const header = snap.participation.header;
  const cells = { timeZone: snap.timeZone, locale: snap.locale };
  const at = header.index.markedAt;
  const rows = records.map((r) => {
    const row = formatRecord(spec, header, r, cells).map((c): Cell => c ?? "");
    if (at !== undefined) row[at] = markedAt;
    return row;
  });
  const blocks = appendBlock(snap.grid, rows);
  const write: TabWrite = {
    tab: "participation",
    name: snap.tabName,
    blocks,
    ...(snap.size ? { readSize: snap.size } : {}),
  };
  const row = blocks[0].row;
  return {
    writes: [write],
    appended: records.map((record, i) => ({ row: row + i, record })),
    outcome: {
      ok: true,
      appended: records.length,
      unchanged,
      row,
      message: m.saved(records.length, className, row),
    },
  };
}
