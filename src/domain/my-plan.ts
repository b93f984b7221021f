// «Мой план»: one subject's introductions per grade and quarter as a teacher sees them, and the rules of a change.

import { toDayNumber } from "./local-date";
import {
  bandsOfGrade,
  fittingProfessions,
  indexSubjects,
  type PlanRow,
  type PlanSettings,
  type TaughtSubject,
} from "./plan-coverage";
import type { Band, LocalDate, PlanEntry, PlanStatus, Profession, Subject } from "./records";
import { normalizeKey } from "./text";

/** A row of План as the sidebar shows it; `version` names its cells as read (a change to it meanwhile is refused). */
export interface MyPlanEntry {
  row: number;
  quarter: number;
  status: PlanStatus;
  date?: LocalDate;
  topic?: string;
  profession: string;
  teacher?: string;
  version: string;
}

/** One grade × quarter: the target, what counts, what waits, what is missing. */
export interface MyPlanCell {
  quarter: number;
  required: number;
  done: number;
  planned: number;
  suggested: number;
  /** max(0, required − done − planned). */
  missing: number;
  entries: MyPlanEntry[];
}

export interface MyPlanGrade {
  grade: number;
  band?: string;
  cells: MyPlanCell[];
  /** Professions linked to the subject that fit the grade's band and are not used in the grade this year. */
  unused: string[];
  /** Every profession linked to the subject that fits the grade's band. */
  fitting: string[];
}

export interface MyPlanQuarter {
  quarter: number;
  start: LocalDate;
  end: LocalDate;
  /** Over before today: nothing can be accepted or added there. */
  ended: boolean;
}

export interface MyPlanView {
  subject: string;
  required: number;
  today: LocalDate;
  quarters: MyPlanQuarter[];
  grades: MyPlanGrade[];
  /** Teachers of the subject on Предметы. */
  teachers: string[];
}

export interface MyPlanInput {
  subjects: readonly Subject[];
  professions: readonly Profession[];
  plan: readonly PlanRow[];
  bands: readonly Band[];
  settings: PlanSettings;
  today: LocalDate;
}

/** The subject of Предметы with this name (same-name rule), or undefined. */
export function findSubject(subjects: readonly Subject[], name: string): TaughtSubject | undefined {
  const key = normalizeKey(name);
  return indexSubjects(subjects).find((s) => s.key === key);
}

/** The plan rows of a subject (not cancelled ones excluded: the sidebar shows them struck through). */
function rowsOf(plan: readonly PlanRow[], subjectKey: string): PlanRow[] {
  return plan.filter((r) => normalizeKey(r.record.subject) === subjectKey);
}

/** Professions used (not cancelled) in a subject × grade this year, by key; `exceptRow` is left out. */
export function usedInGrade(plan: readonly PlanRow[], subjectKey: string, grade: number, exceptRow?: number) {
  const used = new Set<string>();
  for (const r of plan) {
    if (r.row === exceptRow || r.record.status === "cancelled" || r.record.grade !== grade) continue;
    if (normalizeKey(r.record.subject) === subjectKey) used.add(normalizeKey(r.record.profession));
  }
  return used;
}

/**
 * The view of one subject: for each grade it is taught in and each quarter, the rows (sheet order), the counts against
 * the target, and the professions a teacher may pick (linked, fitting the band, unused in the grade this year).
 * `versionOf` names each row's cells as read.
 */
export function myPlanView(
  input: MyPlanInput,
  subject: TaughtSubject,
  versionOf: (row: number) => string,
): MyPlanView {
  const required = input.settings.introductionsPerQuarter;
  const today = toDayNumber(input.today);
  const rows = rowsOf(input.plan, subject.key);
  const grades = subject.grades.map((grade): MyPlanGrade => {
    const bandNames = bandsOfGrade(input.bands, grade);
    const bandKeys = new Set(bandNames.map(normalizeKey));
    const fitting = fittingProfessions(input.professions, subject.key, bandKeys);
    const used = usedInGrade(rows, subject.key, grade);
    const cells = [1, 2, 3, 4].map((quarter): MyPlanCell => {
      const entries = rows
        .filter((r) => r.record.grade === grade && r.record.quarter === quarter)
        .map((r) => toEntry(r, versionOf(r.row)));
      const count = (s: PlanStatus) => entries.filter((e) => e.status === s).length;
      const done = count("done");
      const planned = count("planned");
      return {
        quarter,
        required,
        done,
        planned,
        suggested: count("suggested"),
        missing: Math.max(0, required - done - planned),
        entries,
      };
    });
    return {
      grade,
      ...(bandNames[0] ? { band: bandNames[0] } : {}),
      cells,
      unused: fitting.filter((f) => !used.has(f.key)).map((f) => f.name),
      fitting: fitting.map((f) => f.name),
    };
  });
  return {
    subject: subject.subject,
    required,
    today: input.today,
    quarters: input.settings.quarters.map((q, i) => ({
      quarter: i + 1,
      start: q.start,
      end: q.end,
      ended: toDayNumber(q.end) < today,
    })),
    grades,
    teachers: subject.teachers,
  };
}

function toEntry(r: PlanRow, version: string): MyPlanEntry {
  const e = r.record;
  return {
    row: r.row,
    quarter: e.quarter,
    status: e.status,
    ...(e.date ? { date: e.date } : {}),
    ...(e.topic ? { topic: e.topic } : {}),
    profession: e.profession,
    ...(e.teacher ? { teacher: e.teacher } : {}),
    version,
  };
}

/** What a teacher does from the sidebar. Rows are named with the version the sidebar saw. */
export type MyPlanChange =
  /** A proposal becomes «запланировано» on `date` (or its own date, when inside the quarter). */
  | { kind: "accept"; row: number; version: string; date?: LocalDate }
  /** Another linked profession, not yet used in the grade this year. */
  | { kind: "replace"; row: number; version: string; profession: string }
  /** Held: «проведено» on `date` (inside the quarter, not after today). */
  | { kind: "done"; row: number; version: string; date: LocalDate }
  /** A new «запланировано» row in a gap. */
  | { kind: "add"; grade: number; quarter: number; profession: string; date: LocalDate; topic?: string };

/** Why a change cannot be made; the sidebar words it. */
export type MyPlanIssue =
  | { code: "rowGone"; row: number }
  | { code: "rowChanged"; row: number }
  | { code: "notThisSubject"; row: number }
  | { code: "notSuggested"; row: number }
  | { code: "alreadyDone"; row: number }
  | { code: "cancelledRow"; row: number }
  | { code: "unknownSubject"; subject: string }
  | { code: "gradeNotTaught"; grade: number }
  | { code: "quarterEnded"; quarter: number }
  | { code: "dateOutside"; date: LocalDate; start: LocalDate; end: LocalDate }
  | { code: "dateInFuture"; date: LocalDate }
  | { code: "noDate" }
  | { code: "unknownProfession"; profession: string }
  | { code: "notLinked"; profession: string }
  | { code: "usedInGrade"; profession: string; grade: number };

/** What the change writes to one row (patch) or appends (add): fields of PlanEntry. */
export type MyPlanEdit =
  | { kind: "patch"; row: number; set: Partial<PlanEntry> }
  | { kind: "append"; entry: PlanEntry };

/** The context of a check: the view's rules from the rows as read inside the lock. */
export interface MyPlanCheck {
  input: MyPlanInput;
  subject: TaughtSubject;
  versionOf: (row: number) => string | undefined;
  /** Lesson topic of a profession («Знакомство с профессией: …»): a topic so made follows a replaced profession. */
  topic: (profession: string) => string;
}

/**
 * Checks the changes one after another (a later change sees the earlier ones: two adds cannot take the same
 * profession) and returns the edits, or the issues. Nothing is edited when any change has an issue.
 */
export function planMyPlanChanges(
  check: MyPlanCheck,
  changes: readonly MyPlanChange[],
): { ok: true; edits: MyPlanEdit[] } | { ok: false; issues: MyPlanIssue[] } {
  const { input, subject } = check;
  const today = toDayNumber(input.today);
  const issues: MyPlanIssue[] = [];
  const edits: MyPlanEdit[] = [];
  // The plan as the changes so far leave it, for the «not yet used» rule.
  let plan: PlanRow[] = [...input.plan];
  let nextRow = Math.max(1, ...plan.map((r) => r.row)) + 1;
  const quarterOf = (n: number) => input.settings.quarters[n - 1];
  const dateIssue = (date: LocalDate, quarter: number, notAfterToday: boolean): MyPlanIssue | undefined => {
    const q = quarterOf(quarter);
    if (!q) return { code: "quarterEnded", quarter };
    const day = toDayNumber(date);
    if (day < toDayNumber(q.start) || day > toDayNumber(q.end))
      return { code: "dateOutside", date, start: q.start, end: q.end };
    if (notAfterToday && day > today) return { code: "dateInFuture", date };
    return undefined;
  };
  const professionIssue = (name: string, grade: number, exceptRow?: number): MyPlanIssue | undefined => {
    const key = normalizeKey(name);
    const known = input.professions.find((p) => normalizeKey(p.profession) === key);
    if (!known) return { code: "unknownProfession", profession: name };
    if (!known.subjects.some((s) => normalizeKey(s) === subject.key))
      return { code: "notLinked", profession: name };
    if (usedInGrade(plan, subject.key, grade, exceptRow).has(key))
      return { code: "usedInGrade", profession: known.profession, grade };
    return undefined;
  };
  const canonical = (name: string) =>
    input.professions.find((p) => normalizeKey(p.profession) === normalizeKey(name))?.profession.trim() ??
    name;

  for (const change of changes) {
    if (change.kind === "add") {
      if (!subject.grades.includes(change.grade)) {
        issues.push({ code: "gradeNotTaught", grade: change.grade });
        continue;
      }
      const q = quarterOf(change.quarter);
      if (q && toDayNumber(q.end) < today) {
        issues.push({ code: "quarterEnded", quarter: change.quarter });
        continue;
      }
      const problem =
        dateIssue(change.date, change.quarter, false) ?? professionIssue(change.profession, change.grade);
      if (problem) {
        issues.push(problem);
        continue;
      }
      const profession = canonical(change.profession);
      const teachers = teachersOfGrade(plan, subject, change.grade);
      const entry: PlanEntry = {
        subject: subject.subject,
        grade: change.grade,
        quarter: change.quarter,
        date: change.date,
        topic: change.topic?.trim() || check.topic(profession),
        profession,
        ...(teachers.length === 1 ? { teacher: teachers[0] } : {}),
        status: "planned",
      };
      edits.push({ kind: "append", entry });
      plan = [...plan, { row: nextRow++, record: entry }];
      continue;
    }
    const current = plan.find((r) => r.row === change.row);
    const seen = check.versionOf(change.row);
    if (!current || seen === undefined) {
      issues.push({ code: "rowGone", row: change.row });
      continue;
    }
    if (seen !== change.version) {
      issues.push({ code: "rowChanged", row: change.row });
      continue;
    }
    const record = current.record;
    if (normalizeKey(record.subject) !== subject.key) {
      issues.push({ code: "notThisSubject", row: change.row });
      continue;
    }
    if (record.status === "cancelled") {
      issues.push({ code: "cancelledRow", row: change.row });
      continue;
    }
    let set: Partial<PlanEntry> | undefined;
    if (change.kind === "accept") {
      if (record.status !== "suggested") {
        issues.push({ code: "notSuggested", row: change.row });
        continue;
      }
      const date = change.date ?? record.date;
      const problem =
        date === undefined ? { code: "noDate" as const } : dateIssue(date, record.quarter, false);
      if (problem) {
        issues.push(problem);
        continue;
      }
      set = { status: "planned", date };
    } else if (change.kind === "replace") {
      if (record.status === "done") {
        issues.push({ code: "alreadyDone", row: change.row });
        continue;
      }
      const problem = professionIssue(change.profession, record.grade, change.row);
      if (problem) {
        issues.push(problem);
        continue;
      }
      const profession = canonical(change.profession);
      const followsTopic =
        record.topic === undefined ||
        normalizeKey(record.topic) === normalizeKey(check.topic(record.profession));
      set = { profession, ...(followsTopic ? { topic: check.topic(profession) } : {}) };
    } else {
      if (record.status === "done" && record.date === change.date) {
        issues.push({ code: "alreadyDone", row: change.row });
        continue;
      }
      const problem = dateIssue(change.date, record.quarter, true);
      if (problem) {
        issues.push(problem);
        continue;
      }
      set = { status: "done", date: change.date };
    }
    edits.push({ kind: "patch", row: change.row, set });
    plan = plan.map((r) => (r.row === change.row ? { row: r.row, record: { ...r.record, ...set } } : r));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, edits };
}

/** Who teaches the subject in a grade: the teachers on its plan rows, else the subject's teachers. */
function teachersOfGrade(plan: readonly PlanRow[], subject: TaughtSubject, grade: number): string[] {
  const named = new Set<string>();
  for (const r of plan) {
    const t = r.record.teacher?.trim();
    if (t && r.record.grade === grade && normalizeKey(r.record.subject) === subject.key) named.add(t);
  }
  return named.size > 0 ? [...named] : subject.teachers;
}
