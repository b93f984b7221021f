// What the demo generators share: the year, the fixed demo today, the school's people, and date picking.

import { addDays, compareDates, dayOfWeek, weekdaysOf, weeksOf } from "../calendar";
import type { Band, LocalDate, Profession, Pupil, QuarterDates, SchoolClass, Subject } from "../records";
import type { Rng } from "./random";

/** The demo school built so far, passed to each generator. */
export interface DemoContext {
  seed: number;
  year: string;
  /** The fixed date statuses are computed against (inside the 2nd quarter). */
  today: LocalDate;
  quarters: QuarterDates[];
  bands: Band[];
  classes: SchoolClass[];
  pupils: Pupil[];
  subjects: Subject[];
  professions: Profession[];
}

/** True when the date is before the demo today: the thing has happened. */
export function isPast(ctx: DemoContext, date: LocalDate): boolean {
  return compareDates(date, ctx.today) < 0;
}

/**
 * The date of a weekday (1 Monday … 5 Friday) in a week of a quarter (1-based; negative counts from the
 * quarter's last week), moved inside the quarter when that week is cut short.
 */
export function dayInQuarter(ctx: DemoContext, quarter: number, week: number, weekday: number): LocalDate {
  const weeks = weeksOf(ctx.quarters[quarter - 1]);
  const index = week > 0 ? Math.min(week, weeks.length) - 1 : Math.max(weeks.length + week, 0);
  const range = weeks[index];
  const wanted = addDays(range.start, weekday - dayOfWeek(range.start));
  if (compareDates(wanted, range.start) < 0) return range.start;
  if (compareDates(wanted, range.end) > 0) return range.end;
  return wanted;
}

/** A random school day (Monday–Friday) of the range; its first day when it has none. */
export function pickSchoolDay(rng: Rng, range: QuarterDates): LocalDate {
  const days = weekdaysOf(range);
  return days.length > 0 ? rng.pick(days) : range.start;
}

/** The active pupils of the given classes, in class-list order. */
export function pupilsOf(ctx: DemoContext, classNames: ReadonlySet<string>): Pupil[] {
  return ctx.pupils.filter((p) => p.active && classNames.has(p.className));
}

/** The active pupils of a grade, in class-list order. */
export function pupilsOfGrade(ctx: DemoContext, grade: number): Pupil[] {
  return pupilsOf(ctx, new Set(classesOfGrades(ctx, [grade])));
}

/** The names of the classes of the given grades. */
export function classesOfGrades(ctx: DemoContext, grades: readonly number[]): string[] {
  return ctx.classes.filter((c) => grades.includes(c.grade)).map((c) => c.className);
}

/** The class teacher of a class, when known. */
export function classTeacherOf(ctx: DemoContext, className: string): string | undefined {
  return ctx.classes.find((c) => c.className === className)?.classTeacher;
}
