// Plan suggester: fills coverage gaps with «предложено» rows of linked professions spread over the quarter's weeks.

import { fromDayNumber, schoolWeeks, toDayNumber } from "./local-date";
import {
  bandsOfGrade,
  fittingProfessions,
  indexSubjects,
  type PlanSettings,
  type TaughtSubject,
} from "./plan-coverage";
import type { Band, LocalDate, PlanEntry, PlanStatus, Profession, Subject } from "./records";
import { normalizeKey } from "./text";

/** Statuses that fill a gap for the suggester: its own suggestions count, so a second run adds nothing. */
export const FILLING_STATUSES: readonly PlanStatus[] = ["planned", "done", "suggested"];

/** Input of suggestPlan. */
export interface SuggestPlanInput {
  subjects: readonly Subject[];
  professions: readonly Profession[];
  plan: readonly PlanEntry[];
  settings: PlanSettings;
  bands: readonly Band[];
  /** When given, quarters that ended before today get nothing and the current quarter is filled from today on. */
  today?: LocalDate;
  /** The lesson topic for a profession name, e.g. «Знакомство с профессией: …» from the message catalogue. */
  topic?: (profession: string) => string;
}

/** The result of suggestPlan. */
export interface SuggestedPlan {
  /** New rows to append, status suggested, in Предметы order, then grade, quarter and date. */
  rows: PlanEntry[];
  bySubject: { subject: string; rows: PlanEntry[] }[];
  /** Grades with a gap that no thesaurus profession can fill; `linked` = professions linked to the subject at all. */
  noProfessions: { subject: string; grades: number[]; linked: number }[];
  /**
   * Where a suggestion must repeat a profession already used (or suggested) in the subject × grade this year, because
   * every linked profession fitting the band is used: the repeated names, and how many professions the thesaurus
   * lacks there (one per repeat).
   */
  forcedRepeats: {
    subject: string;
    grade: number;
    professions: string[];
    lacking: number;
    fitting: number;
  }[];
  /** Quarters that ended before today: nothing is suggested there; how many introductions they miss. */
  endedQuarters: { quarter: number; missing: number }[];
}

type Candidate = { key: string; name: string };

/** The plan rows of one subject, by normalized subject key. */
function rowsBySubject(plan: readonly PlanEntry[]): Map<string, PlanEntry[]> {
  const map = new Map<string, PlanEntry[]>();
  for (const r of plan) {
    const key = normalizeKey(r.subject);
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return map;
}

/**
 * Dates for n suggestions in [from, to]: the k-th falls in week floor((k + 0.5) · weeks / n) of the
 * Monday-start weeks, on a weekday; grades start on different weekdays (grade 5 on Friday, 6 on Monday, …)
 * so a teacher's suggestions do not all land on one day, and suggestions sharing a week take the next weekday.
 */
function spreadDates(from: number, to: number, n: number, grade: number): LocalDate[] {
  const weeks = schoolWeeks(from, to);
  if (weeks.length === 0) return [];
  const usedInWeek = new Map<number, number>();
  const dates: LocalDate[] = [];
  for (let k = 0; k < n; k++) {
    const w = Math.min(weeks.length - 1, Math.floor(((k + 0.5) * weeks.length) / n));
    const days = weeks[w];
    const used = usedInWeek.get(w) ?? 0;
    usedInWeek.set(w, used + 1);
    dates.push(fromDayNumber(days[(grade - 1 + used) % days.length]));
  }
  return dates;
}

/** Picks n professions: unused in the subject × grade first, then least used there, then least used in the subject. */
function pickProfessions(
  candidates: readonly Candidate[],
  n: number,
  usedInGrade: Map<string, number>,
  usedInSubject: Map<string, number>,
  repeated: string[],
): Candidate[] {
  const picked: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const best = [...candidates].sort(
      (a, b) =>
        (usedInGrade.get(a.key) ?? 0) - (usedInGrade.get(b.key) ?? 0) ||
        (usedInSubject.get(a.key) ?? 0) - (usedInSubject.get(b.key) ?? 0) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )[0];
    picked.push(best);
    if ((usedInGrade.get(best.key) ?? 0) > 0) repeated.push(best.name);
    usedInGrade.set(best.key, (usedInGrade.get(best.key) ?? 0) + 1);
    usedInSubject.set(best.key, (usedInSubject.get(best.key) ?? 0) + 1);
  }
  return picked;
}

function countBy(rows: readonly PlanEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    if (r.status === "cancelled") continue;
    const key = normalizeKey(r.profession);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

interface SubjectReport {
  missing: number[];
  forced: SuggestedPlan["forcedRepeats"];
  ended: Map<number, number>;
}

function suggestForSubject(
  input: SuggestPlanInput,
  subject: TaughtSubject,
  existing: readonly PlanEntry[],
  report: SubjectReport,
): PlanEntry[] {
  const { missing } = report;
  const required = input.settings.introductionsPerQuarter;
  const today = input.today === undefined ? undefined : toDayNumber(input.today);
  const usedInSubject = countBy(existing);
  const teacher = subject.teachers.length === 1 ? { teacher: subject.teachers[0] } : {};
  const rows: PlanEntry[] = [];
  for (const grade of subject.grades) {
    const gradeRows = existing.filter((r) => r.grade === grade);
    const usedInGrade = countBy(gradeRows);
    const bandKeys = new Set(bandsOfGrade(input.bands, grade).map(normalizeKey));
    const candidates: Candidate[] = fittingProfessions(input.professions, subject.key, bandKeys);
    const repeated: string[] = [];
    for (let quarter = 1; quarter <= 4; quarter++) {
      const filled = gradeRows.filter(
        (r) => r.quarter === quarter && FILLING_STATUSES.includes(r.status),
      ).length;
      const needed = required - filled;
      const q = input.settings.quarters[quarter - 1];
      if (needed <= 0 || !q) continue;
      const end = toDayNumber(q.end);
      // A quarter that is over is history: nothing is suggested there, and the preview says what it misses.
      if (today !== undefined && today > end) {
        report.ended.set(quarter, (report.ended.get(quarter) ?? 0) + needed);
        continue;
      }
      const from = Math.max(toDayNumber(q.start), today ?? Number.NEGATIVE_INFINITY);
      if (candidates.length === 0) {
        if (!missing.includes(grade)) missing.push(grade);
        continue;
      }
      const dates = spreadDates(from, end, needed, grade);
      const picked = pickProfessions(candidates, dates.length, usedInGrade, usedInSubject, repeated);
      picked.forEach((p, k) => {
        rows.push({
          subject: subject.subject,
          grade,
          quarter,
          date: dates[k],
          ...(input.topic ? { topic: input.topic(p.name) } : {}),
          profession: p.name,
          ...teacher,
          status: "suggested",
        });
      });
    }
    if (repeated.length > 0)
      report.forced.push({
        subject: subject.subject,
        grade,
        professions: [...new Set(repeated)],
        lacking: repeated.length,
        fitting: candidates.length,
      });
  }
  return rows;
}

/**
 * Fills every gap of the plan with rows of status suggested. A gap is required − (planned + done + suggested)
 * in a subject × taught grade × quarter. Only professions linked to the subject and fitting the grade's band
 * are used; the plan is never edited, only appended to; the result depends only on the input, and
 * suggestPlan(plan ++ suggestPlan(plan).rows) adds nothing. Where no profession fits, the grade is reported
 * in noProfessions instead.
 */
export function suggestPlan(input: SuggestPlanInput): SuggestedPlan {
  const subjects = indexSubjects(input.subjects);
  const plan = rowsBySubject(input.plan);
  const rows: PlanEntry[] = [];
  const bySubject: SuggestedPlan["bySubject"] = [];
  const noProfessions: SuggestedPlan["noProfessions"] = [];
  const forcedRepeats: SuggestedPlan["forcedRepeats"] = [];
  const ended = new Map<number, number>();
  for (const subject of subjects) {
    const missing: number[] = [];
    const report: SubjectReport = { missing, forced: forcedRepeats, ended };
    const subjectRows = suggestForSubject(input, subject, plan.get(subject.key) ?? [], report);
    rows.push(...subjectRows);
    if (subjectRows.length > 0) bySubject.push({ subject: subject.subject, rows: subjectRows });
    if (missing.length > 0) {
      const linked = new Set(
        input.professions
          .filter((p) => p.subjects.some((s) => normalizeKey(s) === subject.key))
          .map((p) => normalizeKey(p.profession)),
      );
      noProfessions.push({ subject: subject.subject, grades: missing, linked: linked.size });
    }
  }
  const endedQuarters = [...ended.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([quarter, n]) => ({ quarter, missing: n }));
  return { rows, bySubject, noProfessions, forcedRepeats, endedQuarters };
}
