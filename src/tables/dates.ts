// Dates between cells and LocalDate ("YYYY-MM-DD"), always in the spreadsheet's time zone.

import type { LocalDate } from "../domain/records";
import { reason } from "../i18n/tables";
import { fail, isDate, ok, type Parsed } from "./cell";

/** The time zone to read and write dates in, and a fixed offset (minutes east of UTC) if Intl cannot use it. */
export interface ZoneOptions {
  timeZone: string;
  fallbackOffsetMinutes?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A cached formatter giving y-m-d h:m:s in the zone, or null when the runtime does not know the zone. */
function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
    } catch {
      f = null;
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Wall-clock fields already computed, per zone and instant: a school's dates repeat (most are midnights of a few
 * hundred school days), and Intl's formatToParts is the costliest step of reading a date cell. Bounded: cleared
 * when full.
 */
const wallClocks = new Map<string, Map<number, readonly number[]>>();
const WALL_CLOCKS_MAX = 20000;

/** The wall-clock fields of an instant in the zone: [year, month 1–12, day, hour, minute, second]. */
function wallClock(time: number, zone: ZoneOptions): readonly number[] {
  const id = `${zone.timeZone} ${zone.fallbackOffsetMinutes ?? 0}`;
  let known = wallClocks.get(id);
  if (!known) {
    known = new Map();
    wallClocks.set(id, known);
  }
  let fields = known.get(time);
  if (!fields) {
    if (known.size >= WALL_CLOCKS_MAX) known.clear();
    fields = computeWallClock(time, zone);
    known.set(time, fields);
  }
  return fields;
}

function computeWallClock(time: number, zone: ZoneOptions): readonly number[] {
  const f = formatter(zone.timeZone);
  if (f) {
    try {
      const parts: Record<string, number> = {};
      for (const p of f.formatToParts(new Date(time)))
        if (p.type !== "literal") parts[p.type] = Number(p.value);
      const fields = [parts.year, parts.month, parts.day, parts.hour % 24, parts.minute, parts.second];
      // A runtime without the zone's data or with other digits gives NaN: use the fixed offset then.
      if (fields.every(Number.isFinite)) return fields;
    } catch {
      // An out-of-range instant: fall through to the fixed offset.
    }
  }
  const d = new Date(time + (zone.fallbackOffsetMinutes ?? 0) * 60000);
  return [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  ];
}

/** Instants a calendar day is read for: years 1000 to 9999 whatever the zone (Date.UTC maps years < 100 to 19xx). */
const EARLIEST = new Date(0).setUTCFullYear(1000, 0, 2);
const LATEST = Date.UTC(9999, 11, 30);
const inRange = (t: number) => Number.isFinite(t) && t >= EARLIEST && t <= LATEST;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Is "YYYY-MM-DD" a real calendar day (no 31.02)? */
export function isValidLocalDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1000 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function localDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The calendar day of a Date (an instant) in the zone, or undefined for an invalid Date. */
export function dateToLocalDate(date: Date, zone: ZoneOptions): LocalDate | undefined {
  const t = date.getTime();
  if (!inRange(t)) return undefined;
  const [y, m, d] = wallClock(t, zone);
  return localDate(y, m, d);
}

/** An instant as wall-clock text in the zone: "2026-09-01T10:05:00". */
export function dateToLocalDateTime(date: Date, zone: ZoneOptions): string | undefined {
  const t = date.getTime();
  if (!inRange(t)) return undefined;
  const [y, m, d, h, mi, s] = wallClock(t, zone);
  return `${localDate(y, m, d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** The offset of the zone at an instant, in ms (wall clock − UTC). */
function offsetAt(time: number, zone: ZoneOptions): number {
  const [y, m, d, h, mi, s] = wallClock(time, zone);
  return Date.UTC(y, m - 1, d, h, mi, s) - Math.floor(time / 1000) * 1000;
}

/**
 * The instant of midnight of a LocalDate (years 1000–9999) in the zone, as a Date to write into a cell. Correct across DST:
 * the offset is taken at the result, not at the guess. Where midnight does not exist (a DST jump at 00:00),
 * the first instant of the day is returned, which still reads back as the same day.
 */
export function localDateToDate(date: LocalDate, zone: ZoneOptions): Date {
  const [y, m, d] = date.split("-").map(Number);
  const wall = Date.UTC(y, m - 1, d);
  const first = wall - offsetAt(wall, zone);
  const candidates = [first, wall - offsetAt(first, zone)].sort((a, b) => a - b);
  const exact = candidates.find((t) => dateToLocalDateTime(new Date(t), zone) === `${date}T00:00:00`);
  const onDay = candidates.find((t) => dateToLocalDate(new Date(t), zone) === date);
  return new Date(exact ?? onDay ?? candidates[1]);
}

/** Days between 1899-12-30 (the spreadsheet epoch) and 1970-01-01. */
const SERIAL_EPOCH_DAYS = 25569;
/** Serial day numbers read as dates: 1950-01-01 to 2199-12-31. Outside, a number is not a school date (2026 is a year). */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 109574;

/**
 * A date cell → LocalDate: a Date object (read in the zone), `dd.mm.yyyy` / `d.m.yy` text, ISO `2026-09-01`,
 * an ISO date-time (with a zone it is converted to the spreadsheet's zone), or a spreadsheet serial day number
 * (1950–2199, as an .xlsx may hold).
 */
export function parseDateCell(cell: unknown, zone: ZoneOptions): Parsed<LocalDate> {
  if (isDate(cell)) {
    const d = dateToLocalDate(cell, zone);
    return d ? ok(d) : fail(reason("invalidDate"));
  }
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < SERIAL_MIN || cell > SERIAL_MAX) return fail(reason("notDate"));
    const t = new Date((cell - SERIAL_EPOCH_DAYS) * 86400000);
    return ok(localDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()));
  }
  if (typeof cell !== "string") return fail(reason("notDate"));
  return parseDateText(cell.trim(), zone);
}

function parseDateText(text: string, zone: ZoneOptions): Parsed<LocalDate> {
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:\s*г\.?)?$/.exec(text);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return checked(localDate(year, Number(m[2]), Number(m[1])));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return checked(text);
  m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    text,
  );
  if (!m) return fail(reason("notDate"));
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isValidLocalDate(day) || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) {
    return fail(reason("invalidDate"));
  }
  if (m[7] === undefined) return ok(day);
  const offset = m[7].toUpperCase() === "Z" ? 0 : zoneOffsetMinutes(m[7]);
  const instant = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
  );
  const d = dateToLocalDate(new Date(instant - offset * 60000), zone);
  return d ? ok(d) : fail(reason("invalidDate"));
}

function zoneOffsetMinutes(text: string): number {
  const digits = text.replace(":", "");
  const sign = digits[0] === "-" ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

function checked(date: string): Parsed<LocalDate> {
  return isValidLocalDate(date) ? ok(date) : fail(reason("invalidDate"));
}

/** A LocalDate as Russian and English people read it: "2026-09-01" → "01.09.2026". */
export function formatLocalDate(date: LocalDate): string {
  const [y, m, d] = date.split("-");
  return `${d}.${m}.${y}`;
}
