// Plan coverage: introductions per subject × grade × quarter against the setting, and flags on plan rows.

import { toDayNumber } from "./local-date";
import type { Band, LocalDate, PlanEntry, PlanStatus, Profession, Settings, Subject } from "./records";
import { normalizeKey } from "./text";

/** A plan record with the sheet row it came from, so flags can name the row. */
export interface PlanRow {
  row: number;
  record: PlanEntry;
}

/** The settings the plan needs. */
export type PlanSettings = Pick<Settings, "quarters" | "introductionsPerQuarter">;

/** A subject of Предметы with its key and sorted grades; entries with the same key are merged. */
export interface TaughtSubject {
  key: string;
  subject: string;
  grades: number[];
  teachers: string[];
}

/** Merges Предметы by normalizeKey (first spelling wins), grades sorted and unique; Предметы order kept. */
export function indexSubjects(subjects: readonly Subject[]): TaughtSubject[] {
  const byKey = new Map<string, TaughtSubject>();
  for (const s of subjects) {
    const key = normalizeKey(s.subject);
    if (key === "") continue;
    const found = byKey.get(key) ?? { key, subject: s.subject.trim(), grades: [], teachers: [] };
    found.grades = [...new Set([...found.grades, ...s.grades])].sort((a, b) => a - b);
    found.teachers = [...new Set([...found.teachers, ...s.teachers])];
    byKey.set(key, found);
  }
  return [...byKey.values()];
}

/** The normalized subject keys each profession (by normalizeKey of its name) is linked to. */
export function professionLinks(professions: readonly Profession[]): Map<string, Set<string>> {
  const links = new Map<string, Set<string>>();
  for (const p of professions) {
    const key = normalizeKey(p.profession);
    const set = links.get(key) ?? new Set<string>();
    for (const s of p.subjects) set.add(normalizeKey(s));
    links.set(key, set);
  }
  return links;
}

/** The names of the bands (Ступени) holding a grade; usually one. */
export function bandsOfGrade(bands: readonly Band[], grade: number): string[] {
  return bands.filter((b) => b.grades.includes(grade)).map((b) => b.name);
}

/** Statuses that count as an introduction in coverage. */
export const COUNTED_STATUSES: readonly PlanStatus[] = ["planned", "done"];

/** One subject × grade × quarter; `band` is the first band holding the grade, when bands are given. */
export interface CoverageCell {
  subject: string;
  grade: number;
  quarter: number;
  band?: string;
  count: number;
  required: number;
  meets: boolean;
  /** Introductions the cell lacks: max(0, required − count). */
  missing: number;
  /** «предложено» rows waiting for a teacher in this cell. */
  suggested: number;
  /** Who teaches it: the teachers named on its plan rows, else the subject's teachers on Предметы. */
  teachers: string[];
}

/** One subject × grade over the year: counts summed, and how many of its 4 quarters meet the setting. */
export interface SubjectGradeCoverage {
  subject: string;
  grade: number;
  band?: string;
  count: number;
  required: number;
  quartersMeeting: number;
  meets: boolean;
}

/** Cells meeting the setting; percent has one decimal (6.9, not 7), and is 0 when there are no cells. */
export interface CoverageTotal {
  cells: number;
  meeting: number;
  percent: number;
  /** Introductions missing in all: the sum of the cells' `missing`. */
  missing: number;
  /** «предложено» rows waiting for a teacher. */
  suggested: number;
}

interface PlanFlagBase {
  row: number;
  subject: string;
  grade: number;
  quarter: number;
  profession: string;
}

/**
 * A problem on one plan row. Cancelled rows get no flags; overdue is only for planned rows;
 * a duplicate is flagged on every later row of the same profession in a subject × grade (firstRow: the first).
 */
export type PlanFlag = PlanFlagBase &
  (
    | { kind: "subjectUnknown" }
    | { kind: "gradeNotTaught" }
    | { kind: "unknownProfession" }
    | { kind: "professionNotLinked" }
    | {
        kind: "dateOutsideQuarter";
        date: LocalDate;
        quarterStart: LocalDate;
        quarterEnd: LocalDate;
        dateQuarter?: number;
      }
    | { kind: "overdue"; date: LocalDate }
    /**
     * `forced`: a «предложено» row repeating a profession because every linked profession fitting the grade's band
     * is already used in that subject × grade (the thesaurus lacks professions), apart from a teacher's own repeat.
     */
    | { kind: "duplicateProfession"; firstRow: number; forced: boolean }
  );

/** The kinds of PlanFlag. */
export type PlanFlagKind = PlanFlag["kind"];

/** The result of planCoverage. */
export interface PlanCoverage {
  cells: CoverageCell[];
  bySubjectGrade: SubjectGradeCoverage[];
  totals: CoverageTotal & { byQuarter: (CoverageTotal & { quarter: number })[] };
  flags: PlanFlag[];
}

/** Input of planCoverage. */
export interface PlanCoverageInput {
  subjects: readonly Subject[];
  professions: readonly Profession[];
  plan: readonly PlanRow[];
  settings: PlanSettings;
  bands?: readonly Band[];
  /** Rows dated before today and still planned are overdue. */
  today: LocalDate;
}

const cellKey = (subjectKey: string, grade: number, quarter: number) =>
  `${subjectKey}\u0000${grade}\u0000${quarter}`;

/** A share in percent with one decimal: 6.9, never rounded up to a whole 7. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : 0;
}

function total(cells: readonly CoverageCell[]): CoverageTotal {
  const meeting = cells.filter((c) => c.meets).length;
  return {
    cells: cells.length,
    meeting,
    percent: percentOf(meeting, cells.length),
    missing: cells.reduce((sum, c) => sum + c.missing, 0),
    suggested: cells.reduce((sum, c) => sum + c.suggested, 0),
  };
}

/**
 * Professions linked to the subject (by key) and fitting one of the bands (a profession with no bands fits all;
 * `bandKeys` null: no bands known, every linked profession fits).
 */
export function fittingProfessions(
  professions: readonly Profession[],
  subjectKey: string,
  bandKeys: ReadonlySet<string> | null,
): { key: string; name: string }[] {
  const seen = new Map<string, { key: string; name: string }>();
  for (const p of professions) {
    const key = normalizeKey(p.profession);
    if (key === "" || seen.has(key)) continue;
    if (!p.subjects.some((s) => normalizeKey(s) === subjectKey)) continue;
    const fits =
      bandKeys === null ||
      p.bands.every((b) => normalizeKey(b) === "") ||
      p.bands.some((b) => bandKeys.has(normalizeKey(b)));
    if (fits) seen.set(key, { key, name: p.profession.trim() });
  }
  return [...seen.values()];
}

/**
 * For every subject × grade it is taught in × quarter, counts plan rows with status planned or done
 * (suggested and cancelled count for nothing) against settings.introductionsPerQuarter, and flags rows.
 * Cells follow Предметы order, then grade, then quarter; flags follow the plan's order.
 */
export function planCoverage(input: PlanCoverageInput): PlanCoverage {
  const required = input.settings.introductionsPerQuarter;
  const subjects = indexSubjects(input.subjects);
  const subjectByKey = new Map(subjects.map((s) => [s.key, s]));
  const links = professionLinks(input.professions);
  const counts = new Map<string, number>();
  const suggested = new Map<string, number>();
  const teachersOf = new Map<string, Set<string>>();
  const flags: PlanFlag[] = [];
  const firstRowOf = new Map<string, number>();
  /** Distinct professions used (not cancelled) per subject × grade, and the repeats flagged there. */
  const usedIn = new Map<string, Set<string>>();
  const repeats: { flag: PlanFlag & { kind: "duplicateProfession" }; suggested: boolean; key: string }[] = [];
  const today = toDayNumber(input.today);

  for (const { row, record } of input.plan) {
    if (record.status === "cancelled") continue;
    const base: PlanFlagBase = {
      row,
      subject: record.subject,
      grade: record.grade,
      quarter: record.quarter,
      profession: record.profession,
    };
    const subjectKey = normalizeKey(record.subject);
    const subject = subjectByKey.get(subjectKey);
    const taught = subject?.grades.includes(record.grade) ?? false;
    if (!subject) flags.push({ ...base, kind: "subjectUnknown" });
    else if (!taught) flags.push({ ...base, kind: "gradeNotTaught" });
    if (taught) {
      const key = cellKey(subjectKey, record.grade, record.quarter);
      if (COUNTED_STATUSES.includes(record.status)) counts.set(key, (counts.get(key) ?? 0) + 1);
      if (record.status === "suggested") suggested.set(key, (suggested.get(key) ?? 0) + 1);
      const teacher = record.teacher?.trim();
      if (teacher) {
        const gradeKey = `${subjectKey}\u0000${record.grade}`;
        const set = teachersOf.get(gradeKey) ?? new Set<string>();
        set.add(teacher);
        teachersOf.set(gradeKey, set);
      }
    }

    const professionKey = normalizeKey(record.profession);
    const linked = links.get(professionKey);
    if (!linked) flags.push({ ...base, kind: "unknownProfession" });
    else if (subject && !linked.has(subjectKey)) flags.push({ ...base, kind: "professionNotLinked" });

    if (record.date !== undefined) {
      const q = input.settings.quarters[record.quarter - 1];
      const day = toDayNumber(record.date);
      if (q && (day < toDayNumber(q.start) || day > toDayNumber(q.end))) {
        const index = input.settings.quarters.findIndex(
          (x) => day >= toDayNumber(x.start) && day <= toDayNumber(x.end),
        );
        flags.push({
          ...base,
          kind: "dateOutsideQuarter",
          date: record.date,
          quarterStart: q.start,
          quarterEnd: q.end,
          ...(index >= 0 ? { dateQuarter: index + 1 } : {}),
        });
      }
      if (record.status === "planned" && day < today)
        flags.push({ ...base, kind: "overdue", date: record.date });
    }

    const gradeKey = `${subjectKey}\u0000${record.grade}`;
    const used = usedIn.get(gradeKey) ?? new Set<string>();
    used.add(professionKey);
    usedIn.set(gradeKey, used);
    const duplicateKey = `${gradeKey}\u0000${professionKey}`;
    const firstRow = firstRowOf.get(duplicateKey);
    if (firstRow === undefined) firstRowOf.set(duplicateKey, row);
    else {
      const flag = { ...base, kind: "duplicateProfession" as const, firstRow, forced: false };
      flags.push(flag);
      repeats.push({ flag, suggested: record.status === "suggested", key: gradeKey });
    }
  }

  // A suggested repeat is forced when every linked profession fitting the grade's band is used there already.
  for (const r of repeats) {
    if (!r.suggested) continue;
    const [subjectKey] = r.key.split("\u0000");
    const bandKeys = input.bands ? new Set(bandsOfGrade(input.bands, r.flag.grade).map(normalizeKey)) : null;
    const used = usedIn.get(r.key) ?? new Set<string>();
    r.flag.forced = fittingProfessions(input.professions, subjectKey, bandKeys).every((f) => used.has(f.key));
  }

  const cells: CoverageCell[] = [];
  const bySubjectGrade: SubjectGradeCoverage[] = [];
  for (const s of subjects) {
    for (const grade of s.grades) {
      const band = input.bands ? bandsOfGrade(input.bands, grade)[0] : undefined;
      const bandField = band === undefined ? {} : { band };
      const named = teachersOf.get(`${s.key}\u0000${grade}`);
      const teachers = named && named.size > 0 ? [...named] : s.teachers;
      const quarterCells = [1, 2, 3, 4].map((quarter): CoverageCell => {
        const key = cellKey(s.key, grade, quarter);
        const count = counts.get(key) ?? 0;
        return {
          subject: s.subject,
          grade,
          quarter,
          ...bandField,
          count,
          required,
          meets: count >= required,
          missing: Math.max(0, required - count),
          suggested: suggested.get(key) ?? 0,
          teachers,
        };
      });
      cells.push(...quarterCells);
      const quartersMeeting = quarterCells.filter((c) => c.meets).length;
      bySubjectGrade.push({
        subject: s.subject,
        grade,
        ...bandField,
        count: quarterCells.reduce((sum, c) => sum + c.count, 0),
        required: required * 4,
        quartersMeeting,
        meets: quartersMeeting === 4,
      });
    }
  }
  const byQuarter = [1, 2, 3, 4].map((quarter) => ({
    quarter,
    ...total(cells.filter((c) => c.quarter === quarter)),
  }));
  return { cells, bySubjectGrade, totals: { ...total(cells), byQuarter }, flags };
}
