// The usual Russian school calendar: school years, default quarter dates, weeks, and LocalDate helpers.

import { addDays, fromDayNumber, isoWeekday, toDayNumber } from "./local-date";
import type { LocalDate, QuarterDates } from "./records";

export { addDays };

/** An inclusive range of civil dates, e.g. one week of a quarter. */
export type DateRange = QuarterDates;

/** A quarter number. */
export type QuarterNumber = 1 | 2 | 3 | 4;

/** The four quarters of a school year, in order. */
export type YearQuarters = [QuarterDates, QuarterDates, QuarterDates, QuarterDates];

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The LocalDate of a civil year, month (1–12) and day. */
export function localDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when the text is a LocalDate of a real calendar day ("2026-02-30" is not). */
export function isValidLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return fromDayNumber(toDayNumber(text)) === text;
}

/** Orders two dates: negative when a is earlier, 0 when equal, positive when later. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** Alias of compareDates. */
export const compare = compareDates;

/** Days from a to b (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO day of the week: 1 Monday … 7 Sunday. */
export function dayOfWeek(date: LocalDate): number {
  return isoWeekday(toDayNumber(date));
}

/** True when range.start ≤ date ≤ range.end. */
export function isInRange(date: LocalDate, range: DateRange): boolean {
  return compareDates(range.start, date) <= 0 && compareDates(date, range.end) <= 0;
}

/** The school year of a date, "2026/2027": a school year runs from 1 September to 31 August. */
export function schoolYearOf(date: LocalDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return `${start}/${start + 1}`;
}

/**
 * The school year a workbook set up on `today` is for: from 1 July on it is the year that starts this autumn
 * (schools plan the next year in summer), before that the year under way.
 */
export function yearToSetUp(today: LocalDate): string {
  const year = Number(today.slice(0, 4));
  const start = Number(today.slice(5, 7)) >= 7 ? year : year - 1;
  return `${start}/${start + 1}`;
}

/**
 * The first calendar year of a school year written "2026/2027" (also "2026/27", "2026-2027", "2026–2027");
 * null when the text is not a school year or the second year does not follow the first.
 */
export function parseSchoolYear(year: string): number | null {
  const m = /^\s*(\d{4})\s*[/\-\u2013\u2014]\s*(\d{2}|\d{4})\s*$/.exec(year);
  if (!m) return null;
  const first = Number(m[1]);
  const follows = m[2].length === 2 ? Number(m[2]) === (first + 1) % 100 : Number(m[2]) === first + 1;
  return follows ? first : null;
}

/** The first date on or after `date` that falls on the ISO weekday (1 Monday … 7 Sunday). */
function onOrAfter(date: LocalDate, weekday: number): LocalDate {
  return addDays(date, (weekday - dayOfWeek(date) + 7) % 7);
}

/** The date itself on a weekday, or the Friday before it when it falls on a weekend. */
function weekdayOnOrBefore(date: LocalDate): LocalDate {
  const dow = dayOfWeek(date);
  return dow <= 5 ? date : addDays(date, 5 - dow);
}

/**
 * The usual quarter dates of a Russian school year, by a fixed rule (five-day week, nine-day autumn
 * and spring breaks, winter break over the New Year holidays, year ending in late May):
 *
 * 1. Q1 starts 1 September, or 2 September when 1 September is a Sunday (as in 2024);
 *    it ends on the Friday falling on 23–29 October.
 * 2. Autumn break: the Saturday after Q1 through the second Sunday (9 days). Q2 starts the Monday after,
 *    or on 5 November when that Monday is 4 November (День народного единства);
 *    it ends on 28 December, or on the Friday before when 28 December is a Saturday or Sunday.
 * 3. Q3 starts 9 January (after the New Year holidays of 1–8 January), or on the following Monday when
 *    9 January is a Friday, Saturday or Sunday; it ends on the Friday falling on 18–24 March.
 * 4. Spring break: 9 days from the Saturday after Q3. Q4 starts the Monday after (28 March – 3 April);
 *    it ends on 26 May, or on the Friday before when 26 May is a Saturday or Sunday.
 *
 * 2024/2025 gives 02.09–25.10, 05.11–27.12, 09.01–21.03, 31.03–26.05.
 * Throws a RangeError when `year` is not a school year (see parseSchoolYear).
 */
export function defaultQuarters(year: string): YearQuarters {
  const first = parseSchoolYear(year);
  if (first === null) throw new RangeError(`Not a school year: ${JSON.stringify(year)}`);
  const next = first + 1;

  const september1 = localDate(first, 9, 1);
  const q1Start = dayOfWeek(september1) === 7 ? addDays(september1, 1) : september1;
  const q1End = onOrAfter(localDate(first, 10, 23), 5);

  const afterAutumn = addDays(q1End, 10);
  const q2Start = afterAutumn === localDate(first, 11, 4) ? addDays(afterAutumn, 1) : afterAutumn;
  const q2End = weekdayOnOrBefore(localDate(first, 12, 28));

  const january9 = localDate(next, 1, 9);
  const q3Start = dayOfWeek(january9) >= 5 ? onOrAfter(january9, 1) : january9;
  const q3End = onOrAfter(localDate(next, 3, 18), 5);

  const q4Start = addDays(q3End, 10);
  const q4End = weekdayOnOrBefore(localDate(next, 5, 26));

  return [
    { start: q1Start, end: q1End },
    { start: q2Start, end: q2End },
    { start: q3Start, end: q3End },
    { start: q4Start, end: q4End },
  ];
}

/** The quarter (1–4) holding the date, or null on holidays and outside the school year. */
export function quarterOf(date: LocalDate, quarters: readonly QuarterDates[]): QuarterNumber | null {
  for (let i = 0; i < quarters.length && i < 4; i++) {
    if (isInRange(date, quarters[i])) return (i + 1) as QuarterNumber;
  }
  return null;
}

/**
 * The Monday-start weeks of a quarter, each cut to the quarter: the first may start mid-week and the
 * last may end before Sunday. Empty when the quarter ends before it starts.
 */
export function weeksOf(quarter: QuarterDates): DateRange[] {
  const weeks: DateRange[] = [];
  const last = toDayNumber(quarter.end);
  let start = toDayNumber(quarter.start);
  while (start <= last) {
    const sunday = start + (7 - isoWeekday(start));
    const end = Math.min(sunday, last);
    weeks.push({ start: fromDayNumber(start), end: fromDayNumber(end) });
    start = end + 1;
  }
  return weeks;
}

/** The school days (Monday–Friday) of a range, in order. */
export function weekdaysOf(range: DateRange): LocalDate[] {
  const days: LocalDate[] = [];
  const last = toDayNumber(range.end);
  for (let d = toDayNumber(range.start); d <= last; d++) {
    if (isoWeekday(d) <= 5) days.push(fromDayNumber(d));
  }
  return days;
}
