// Instants ⇄ wall clocks in an IANA time zone, with Intl only. A wall clock is kept as the ms of the same
// fields read in UTC, so plain UTC arithmetic (and Date's UTC getters) work on it. Shared by
// Utilities.formatDate, the spreadsheet's typed input and display, and .xlsx date serials.

/** Wall-clock fields, as a spreadsheet shows them. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
}

const DAY_MS = 86_400_000;
/** Marks a UTC day that holds an offset change: its offsets are computed one by one. */
const TRANSITION = Number.NaN;
/** Days cached per zone before the cache starts over (a column of far-flung dates must not grow it forever). */
const MAX_CACHED_DAYS = 100_000;

const OPTIONS: Intl.DateTimeFormatOptions = {
  era: "short",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
};

/** Formatters by zone id; null for an id Intl does not know. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
/** Offset (wall clock minus instant, ms) by zone, then by UTC day number; TRANSITION for a day with a change. */
const offsets = new Map<string, Map<number, number>>();

function lookUp(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", { ...OPTIONS, timeZone });
    } catch {
      f = null;
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the zone id (an IANA id, in any letter case, or an alias such as "UTC" or "EST"). */
export function isKnownZone(timeZone: string): boolean {
  return lookUp(timeZone) !== null;
}

/** The zone id itself if Intl knows it, otherwise "UTC". */
export function knownZoneOrUtc(timeZone: string): string {
  return lookUp(timeZone) === null ? "UTC" : timeZone;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  // An unknown id throws Intl's own RangeError ("Invalid time zone specified: …").
  return lookUp(timeZone) ?? new Intl.DateTimeFormat("en-US", { ...OPTIONS, timeZone });
}

/** The ms of a wall clock's fields read in UTC; any year, 0–99 and before year 1 included (Date.UTC is not). */
export function wallTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, millisecond);
  return d.getTime();
}

/** The fields of a wall clock (ms as returned by toWallClock). */
export function wallFields(wall: number): WallClock {
  const w = new Date(wall);
  return {
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
    weekday: w.getUTCDay(),
  };
}

/** The zone's offset at an instant (whole seconds, as Intl has no finer grain), uncached. */
function rawOffset(format: Intl.DateTimeFormat, instant: number): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of format.formatToParts(new Date(seconds))) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        hour = Number(part.value);
        break;
      case "minute":
        minute = Number(part.value);
        break;
      case "second":
        second = Number(part.value);
        break;
      case "era":
        bc = part.value.startsWith("B");
        break;
      default:
        break;
    }
  }
  return wallTime(bc ? 1 - year : year, month, day, hour, minute, second) - seconds;
}

/**
 * How far the zone's clock is ahead of UTC at an instant (ms), cached by UTC day when the day holds no
 * transition. Throws a RangeError for a zone Intl does not know, and for an instant that is not finite.
 */
export function offsetAt(timeZone: string, instant: number): number {
  let days = offsets.get(timeZone);
  if (days === undefined) {
    days = new Map();
    offsets.set(timeZone, days);
  }
  const day = Math.floor(instant / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const format = formatter(timeZone);
    const start = rawOffset(format, day * DAY_MS);
    offset = start === rawOffset(format, (day + 1) * DAY_MS) ? start : TRANSITION;
    if (days.size > MAX_CACHED_DAYS) days.clear();
    days.set(day, offset);
  }
  return Number.isNaN(offset) ? rawOffset(formatter(timeZone), instant) : offset;
}

/** The wall clock at an instant, as the ms of the same fields read in UTC. A non-finite instant is returned as is. */
export function toWallClock(instant: number, timeZone: string): number {
  if (!Number.isFinite(instant)) return instant;
  return instant + offsetAt(timeZone, instant);
}

/**
 * The instant a wall clock stands for. A wall clock that occurs twice (clocks turned back) is its first
 * occurrence; one that does not occur (clocks turned forward) is read with the offset before the change.
 * A non-finite wall clock is returned as is.
 */
export function fromWallClock(wall: number, timeZone: string): number {
  if (!Number.isFinite(wall)) return wall;
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  if (before === after) {
    const t = wall - before;
    if (toWallClock(t, timeZone) === wall) return t;
  }
  const candidates = [wall - before, wall - after].filter((t) => toWallClock(t, timeZone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  // A second look at the offset right where the wall clock lands (two changes within days of each other).
  const t = wall - offsetAt(timeZone, wall - before);
  return toWallClock(t, timeZone) === wall ? t : wall - before;
}
