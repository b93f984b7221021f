// Hours and participation: who took part in which event, профминимум hours against the expected pace, flags, rates.

import { compareDates, daysBetween, isInRange } from "./calendar";
import { toDayNumber } from "./local-date";
import type {
  Band,
  Component,
  Consultation,
  LocalDate,
  Participation,
  Project,
  Pupil,
  QuarterDates,
  SchoolClass,
  SchoolEvent,
  Settings,
  Trial,
} from "./records";
import { COMPONENTS } from "./records";

export type Mark = Participation["mark"];

/** Profминимум is counted from grade 6 (grades 6–11); younger pupils are tracked without an hours target. */
export const PROFMINIMUM_FROM_GRADE = 6;
/** Grades whose pupils are expected to have an individual project. */
export const PROJECT_GRADES: readonly number[] = [9, 11];

export type PupilFlag = "noParticipationThisQuarter" | "behindProfminimum" | "noIndividualProject";
export const PUPIL_FLAGS: readonly PupilFlag[] = [
  "noParticipationThisQuarter",
  "behindProfminimum",
  "noIndividualProject",
];

/** A participation row as read, with its 1-based sheet row (the later row wins). */
export interface MarkRow {
  row: number;
  record: Participation;
}

/** Everything the computation needs, read from the source tabs. */
export interface ParticipationInput {
  settings: Pick<Settings, "quarters" | "profminimumHours">;
  classes: readonly SchoolClass[];
  pupils: readonly Pupil[];
  events: readonly SchoolEvent[];
  participation: readonly MarkRow[];
  trials: readonly Trial[];
  projects: readonly Project[];
  consultations: readonly Consultation[];
  today: LocalDate;
  /** The identity of a code or id (tables' identityKey): «м-0001 » is «М-0001». */
  idKey: (text: string) => string;
}

export interface PupilSummary {
  code: string;
  className: string;
  grade: number;
  label?: string;
  active: boolean;
  /** Latest mark per event, by the event id's key. */
  marks: Record<string, Mark>;
  /** Events (not cancelled) marked «участвовал». */
  events: number;
  /** Hours of those events: the row's Часы, else the event's. */
  eventHours: number;
  /** Hours of professional trials (Профпробы) begun by today. */
  trialHours: number;
  /** eventHours + trialHours. */
  hours: number;
  /** The year's профминимум hours; null below grade 6. */
  target: number | null;
  /** target × the elapsed share of the school year; null below grade 6. */
  expected: number | null;
  /** Flags of an active pupil (a pupil who left has none). */
  flags: PupilFlag[];
  trials: Trial[];
  projects: Project[];
  consultations: Consultation[];
}

/** One event of a class: its rate among the class's active pupils, once it has taken place. */
export interface ClassEventRate {
  eventKey: string;
  present: number;
  absent: number;
  excused: number;
  /** present ÷ active pupils; null for an event still to come or not yet marked for the class. */
  rate: number | null;
}

export interface ClassSummary {
  className: string;
  grade: number;
  /** Active pupils. */
  pupils: number;
  /** The class's events that are not cancelled, in date order (keys of the events list). */
  events: ClassEventRate[];
  /** Present marks ÷ (active pupils × events taken place); null when none has taken place. */
  rate: number | null;
  meanHours: number | null;
  behind: number;
  noParticipationThisQuarter: number;
  noIndividualProject: number;
}

export interface ParticipationSummary {
  /** The quarter whose participation is flagged (the one under way, or the last one begun); null before the year. */
  quarter: number | null;
  /** The elapsed share of the school year's quarter days, 0–1. */
  yearShare: number;
  pupils: PupilSummary[];
  classes: ClassSummary[];
}

/** The grade of a normalized class name: "8А" → 8. */
export function gradeOf(className: string): number {
  return Number.parseInt(className, 10);
}

/** The classes an event is for, among the given class names (in their order). */
export function eventClasses(event: Pick<SchoolEvent, "classes">, classNames: readonly string[]): string[] {
  const s = event.classes;
  if (s.all) return [...classNames];
  return classNames.filter((c) => s.classes.includes(c) || s.grades.includes(gradeOf(c)));
}

/** The grades an event is for: those of its classes and grades (all given grades for «все»). */
export function eventGrades(event: Pick<SchoolEvent, "classes">, allGrades: readonly number[]): number[] {
  const s = event.classes;
  if (s.all) return [...allGrades];
  return [...new Set([...s.grades, ...s.classes.map(gradeOf)])].sort((a, b) => a - b);
}

/**
 * The share of the school year elapsed on `today`: days of the quarters up to and including today over all days
 * of the quarters (holidays do not advance the pace). 0 before the 1st quarter, 1 after the 4th.
 */
export function yearShare(quarters: readonly QuarterDates[], today: LocalDate): number {
  let total = 0;
  let elapsed = 0;
  for (const q of quarters) {
    const days = daysBetween(q.start, q.end) + 1;
    if (days <= 0) continue;
    total += days;
    if (compareDates(today, q.end) >= 0) elapsed += days;
    else if (compareDates(today, q.start) >= 0) elapsed += daysBetween(q.start, today) + 1;
  }
  return total === 0 ? 0 : elapsed / total;
}

/** The quarter under way on `today`, or in the holidays the last one begun (1–4); null before the 1st quarter. */
export function currentQuarter(quarters: readonly QuarterDates[], today: LocalDate): number | null {
  let found: number | null = null;
  quarters.forEach((q, i) => {
    if (compareDates(q.start, today) <= 0) found = i + 1;
  });
  return found;
}

/** For each (event, pupil code) the row furthest down the tab: a later mark replaces an earlier one. */
export function latestMarks(rows: readonly MarkRow[], idKey: (s: string) => string): Map<string, MarkRow> {
  const latest = new Map<string, MarkRow>();
  for (const r of rows) {
    const key = markKey(idKey(r.record.eventId), idKey(r.record.code));
    const known = latest.get(key);
    if (!known || r.row >= known.row) latest.set(key, r);
  }
  return latest;
}

/** The key of an (event, pupil) pair from their identity keys. */
export function markKey(eventKey: string, codeKey: string): string {
  return `${eventKey}\u0000${codeKey}`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** True when a trial was under way at some day of the range (a trial without dates counts everywhere). */
function trialOverlaps(trial: Trial, range: QuarterDates): boolean {
  const start = trial.start ?? trial.end;
  const end = trial.end ?? trial.start;
  if (!start || !end) return true;
  return compareDates(start, range.end) <= 0 && compareDates(end, range.start) >= 0;
}

/** A trial counts once it has begun (a trial without a start date counts). */
function trialBegun(trial: Trial, today: LocalDate): boolean {
  return !trial.start || compareDates(trial.start, today) <= 0;
}

/**
 * Hours and participation of every pupil and class. Rules (README «Часы и участие»):
 * - a later row of Участие for the same (event, code) replaces an earlier one; a cancelled event counts for nobody,
 *   nor does a mark of an event id Мероприятия does not hold;
 * - hours = hours of events marked «участвовал» (the row's Часы, else the event's) + hours of trials begun by today;
 * - target = «Часов профминимума в год» from grade 6; expected = target × yearShare(today);
 * - flags, for active pupils only: no event or trial in the current quarter; hours below the expected pace (grade
 *   6+); no individual project in Проекты (grades 9 and 11);
 * - rates count active pupils only: a pupil who left (Активен = нет) leaves them.
 */
export function participationSummary(input: ParticipationInput): ParticipationSummary {
  const { idKey, today } = input;
  const quarters = input.settings.quarters;
  const share = yearShare(quarters, today);
  const quarter = currentQuarter(quarters, today);
  const quarterRange = quarter === null ? null : quarters[quarter - 1];
  const events = new Map<string, SchoolEvent>();
  for (const e of input.events) if (e.id) events.set(idKey(e.id), e);
  // Whether an event falls in the current quarter, asked once per event rather than once per mark.
  const inQuarterEvents = new Set<string>();
  if (quarterRange) for (const [k, e] of events) if (isInRange(e.date, quarterRange)) inQuarterEvents.add(k);

  const trials = groupByCode(input.trials, idKey);
  const projects = groupByCode(input.projects, idKey);
  const consultations = groupByCode(input.consultations, idKey);
  const marksOf = latestMarksByCode(input.participation, idKey);

  const pupils = input.pupils.map((p): PupilSummary => {
    const key = idKey(p.code);
    const grade = gradeOf(p.className);
    const marks: Record<string, Mark> = {};
    let count = 0;
    let eventHours = 0;
    let inQuarter = false;
    for (const [eventKey, { record }] of marksOf.get(key) ?? []) {
      const event = events.get(eventKey);
      if (!event || event.status === "cancelled") continue;
      marks[eventKey] = record.mark;
      if (record.mark !== "present") continue;
      count++;
      eventHours += record.hours ?? event.hours;
      if (inQuarterEvents.has(eventKey)) inQuarter = true;
    }
    const own = trials.get(key) ?? [];
    const counted = own.filter((t) => trialBegun(t, today));
    const trialHours = counted.reduce((s, t) => s + (t.hours ?? 0), 0);
    if (quarterRange && counted.some((t) => trialOverlaps(t, quarterRange))) inQuarter = true;
    const target = grade >= PROFMINIMUM_FROM_GRADE ? input.settings.profminimumHours : null;
    const expected = target === null ? null : round2(target * share);
    const hours = round2(eventHours + trialHours);
    const ownProjects = projects.get(key) ?? [];
    const flags: PupilFlag[] = [];
    if (p.active) {
      if (quarterRange && !inQuarter) flags.push("noParticipationThisQuarter");
      if (expected !== null && hours < expected) flags.push("behindProfminimum");
      if (PROJECT_GRADES.includes(grade) && !ownProjects.some((x) => x.kind === "individual"))
        flags.push("noIndividualProject");
    }
    const summary: PupilSummary = {
      code: p.code,
      className: p.className,
      grade,
      active: p.active,
      marks,
      events: count,
      eventHours: round2(eventHours),
      trialHours: round2(trialHours),
      hours,
      target,
      expected,
      flags,
      trials: own,
      projects: ownProjects,
      consultations: consultations.get(key) ?? [],
    };
    if (p.label) summary.label = p.label;
    return summary;
  });

  const activeByClass = new Map<string, PupilSummary[]>();
  for (const p of pupils) if (p.active) pushTo(activeByClass, p.className, p);
  const live = liveEventsByDate(input.events).map((e) => ({
    e,
    key: idKey(e.id ?? ""),
    datedByToday: compareDates(e.date, today) <= 0,
  }));
  const classNames = allClassNames(input.classes, input.pupils);
  const classes = classNames.map((c) =>
    classSummary(
      c,
      live.filter((x) => isEventFor(x.e, c)),
      activeByClass.get(c) ?? [],
    ),
  );
  return { quarter, yearShare: share, pupils, classes };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Rows with a code, by the code's identity key, each list in row order. */
function groupByCode<T extends { code?: string }>(
  list: readonly T[],
  idKey: (s: string) => string,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of list) if (x.code) pushTo(map, idKey(x.code), x);
  return map;
}

/**
 * latestMarks grouped by the pupil's code key: for each pupil, event key → the latest row of the pair, in the order the
 * pairs first appear on the tab. Each code and id goes through idKey once.
 */
function latestMarksByCode(
  rows: readonly MarkRow[],
  idKey: (s: string) => string,
): Map<string, Map<string, MarkRow>> {
  const byCode = new Map<string, Map<string, MarkRow>>();
  for (const r of rows) {
    const code = idKey(r.record.code);
    const event = idKey(r.record.eventId);
    let own = byCode.get(code);
    if (!own) {
      own = new Map();
      byCode.set(code, own);
    }
    const known = own.get(event);
    if (!known || r.row >= known.row) own.set(event, r);
  }
  return byCode;
}

/** Class names of Классы, then any that only pupils name, in that order. */
export function allClassNames(classes: readonly SchoolClass[], pupils: readonly Pupil[]): string[] {
  const names = classes.map((c) => c.className);
  const seen = new Set(names);
  for (const p of pupils)
    if (!seen.has(p.className)) {
      seen.add(p.className);
      names.push(p.className);
    }
  return names;
}

/** True when an event is for the class: «все», the class itself, or its grade. */
function isEventFor(event: Pick<SchoolEvent, "classes">, className: string): boolean {
  const s = event.classes;
  return s.all || s.classes.includes(className) || s.grades.includes(gradeOf(className));
}

/** The events with an id that are not cancelled, in date order (ties in sheet order); each date read once. */
function liveEventsByDate(events: readonly SchoolEvent[]): SchoolEvent[] {
  return events
    .flatMap((e, i) => (e.id && e.status !== "cancelled" ? [{ e, i, day: toDayNumber(e.date) }] : []))
    .sort((a, b) => a.day - b.day || a.i - b.i)
    .map(({ e }) => e);
}

/** The events of a class that are not cancelled, in date order (ties in sheet order). */
export function eventsOfClass(events: readonly SchoolEvent[], className: string): SchoolEvent[] {
  return liveEventsByDate(events).filter((e) => isEventFor(e, className));
}

/** An event of the class (eventsOfClass order) with its id's key and whether it is dated today or earlier. */
interface ClassEvent {
  e: SchoolEvent;
  key: string;
  datedByToday: boolean;
}

function classSummary(
  className: string,
  classEvents: readonly ClassEvent[],
  active: readonly PupilSummary[],
): ClassSummary {
  // Each active pupil's marks tallied by event, once (not once per event of the class).
  const tallies = new Map<string, Record<Mark, number>>();
  for (const p of active)
    for (const key in p.marks) {
      let tally = tallies.get(key);
      if (!tally) {
        tally = { present: 0, absent: 0, excused: 0 };
        tallies.set(key, tally);
      }
      tally[p.marks[key]!]++;
    }
  let present = 0;
  let places = 0;
  const events = classEvents.map(({ e, key, datedByToday }): ClassEventRate => {
    const tally = { present: 0, absent: 0, excused: 0, ...tallies.get(key) };
    // An event that has not taken place, or that nobody of the class has been marked for, has no rate yet.
    const marked = tally.present + tally.absent + tally.excused > 0;
    const happened = e.status === "done" || datedByToday || tally.present > 0;
    const rate = happened && marked && active.length > 0 ? tally.present / active.length : null;
    if (rate !== null) {
      present += tally.present;
      places += active.length;
    }
    return { eventKey: key, ...tally, rate };
  });
  const withTarget = active.filter((p) => p.target !== null);
  const count = (flag: PupilFlag) => active.filter((p) => p.flags.includes(flag)).length;
  return {
    className,
    grade: gradeOf(className),
    pupils: active.length,
    events,
    rate: places === 0 ? null : present / places,
    meanHours: active.length === 0 ? null : round2(active.reduce((s, p) => s + p.hours, 0) / active.length),
    behind: withTarget.filter((p) => p.flags.includes("behindProfminimum")).length,
    noParticipationThisQuarter: count("noParticipationThisQuarter"),
    noIndividualProject: count("noIndividualProject"),
  };
}

/** One cell of the component × band balance. */
export interface BalanceCell {
  component: Component;
  band: string;
  /** Events (not cancelled) of the component for any grade of the band. */
  count: number;
}

/**
 * The 5 × bands balance of the events that are not cancelled (optionally those inside `range`): an event for grades
 * 8–9 counts in the band 8–9; «все» counts in every band. Cells with 0 are the gaps the coordinator fills.
 */
export function componentBalance(
  events: readonly SchoolEvent[],
  bands: readonly Band[],
  range?: QuarterDates,
): BalanceCell[] {
  const allGrades = [...new Set(bands.flatMap((b) => b.grades))];
  const live = events.filter((e) => e.status !== "cancelled" && (!range || isInRange(e.date, range)));
  const grades = live.map((e) => ({ e, grades: eventGrades(e, allGrades) }));
  const cells: BalanceCell[] = [];
  for (const component of COMPONENTS) {
    for (const band of bands) {
      const count = grades.filter(
        (x) => x.e.component === component && x.grades.some((g) => band.grades.includes(g)),
      ).length;
      cells.push({ component, band: band.name, count });
    }
  }
  return cells;
}
