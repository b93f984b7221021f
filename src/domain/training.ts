// Teachers' training (Повышение квалификации) counted for the coordinator: who took a course this school year.

import { toDayNumber } from "./local-date";
import type { LocalDate, SchoolClass, Subject, Training } from "./records";
import { normalizeKey } from "./text";

/** A person's name compared by the same-name rule, initials spaced or not: «Петров П.П.» = «петров п. п.». */
export function personKey(name: string): string {
  return normalizeKey(name).replace(/\s*\.\s*/g, ".");
}

/** The school year's span: from the first quarter's start to the last quarter's end. */
export interface YearSpan {
  start: LocalDate;
  end: LocalDate;
}

export interface TrainingSummary {
  /** Teachers named on Предметы («Учителя») or Классы («Классный руководитель»), first spelling, sheet order. */
  teachers: string[];
  /** Of them, those with a course dated inside the year (or undated: counted, the row is this year's record). */
  trained: string[];
  /** trained ÷ teachers in percent with one decimal; 0 when no teacher is named. */
  percent: number;
  /** Courses inside the year (every row, teachers not named elsewhere included) and their hours. */
  courses: number;
  hours: number;
  /** People on Повышение квалификации whom Предметы and Классы do not name (kept, never dropped). */
  unknownTeachers: string[];
}

/**
 * Who of the school's teachers took a course this year. Names compare by the same-name rule; a row dated outside the
 * year counts for nothing; an undated row counts (a school keeps one tab per year). Hours blank count as 0.
 */
export function trainingSummary(
  trainings: readonly Training[],
  subjects: readonly Subject[],
  classes: readonly SchoolClass[],
  year: YearSpan,
): TrainingSummary {
  const byKey = new Map<string, string>();
  const add = (name: string | undefined) => {
    const t = name?.trim();
    if (t && !byKey.has(personKey(t))) byKey.set(personKey(t), t);
  };
  for (const s of subjects) s.teachers.forEach(add);
  for (const c of classes) add(c.classTeacher);
  const from = toDayNumber(year.start);
  const to = toDayNumber(year.end);
  const inYear = trainings.filter((t) => {
    if (t.date === undefined) return true;
    const day = toDayNumber(t.date);
    return day >= from && day <= to;
  });
  const trainedKeys = new Set(inYear.map((t) => personKey(t.teacher)));
  const teachers = [...byKey.values()];
  const trained = teachers.filter((t) => trainedKeys.has(personKey(t)));
  const unknown = new Map<string, string>();
  for (const t of inYear) {
    const key = personKey(t.teacher);
    if (!byKey.has(key) && !unknown.has(key)) unknown.set(key, t.teacher.trim());
  }
  return {
    teachers,
    trained,
    percent: teachers.length ? Math.round((trained.length * 1000) / teachers.length) / 10 : 0,
    courses: inYear.length,
    hours: inYear.reduce((sum, t) => sum + (t.hours ?? 0), 0),
    unknownTeachers: [...unknown.values()],
  };
}
