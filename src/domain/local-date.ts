// Day arithmetic on LocalDate text ("2026-09-01") with no clock and no time zone: day numbers and weekdays.

import type { LocalDate } from "./records";

/** Days since 1970-01-01 (proleptic Gregorian calendar; H. Hinnant's days_from_civil). */
export function toDayNumber(date: LocalDate): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The LocalDate of a day number (inverse of toDayNumber). */
export function fromDayNumber(days: number): LocalDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** ISO weekday of a day number: 1 Monday … 7 Sunday. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** The day number of the Monday of the week holding `days`. */
export function mondayOf(days: number): number {
  return days - (isoWeekday(days) - 1);
}

/** The date `n` days after `date` (before, when n is negative). */
export function addDays(date: LocalDate, n: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** True when start ≤ date ≤ end (all inclusive). */
export function isWithin(date: LocalDate, start: LocalDate, end: LocalDate): boolean {
  const d = toDayNumber(date);
  return d >= toDayNumber(start) && d <= toDayNumber(end);
}

/**
 * The Monday-start weeks overlapping [from, to], each as the day numbers of its weekdays (Mon–Fri)
 * that fall inside the range. Weeks with no such weekday are left out.
 */
export function schoolWeeks(from: number, to: number): number[][] {
  const weeks: number[][] = [];
  for (let monday = mondayOf(from); monday <= to; monday += 7) {
    const days: number[] = [];
    for (let d = Math.max(monday, from); d <= Math.min(monday + 4, to); d++) days.push(d);
    if (days.length > 0) weeks.push(days);
  }
  return weeks;
}
