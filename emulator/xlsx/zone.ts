// Instants ⇄ wall clocks in an IANA time zone, with Intl only: an .xlsx date is a zone-less wall-clock serial.

const DAY_MS = 86_400_000;
/** Marks a UTC day that holds an offset change: its offsets are computed one by one. */
const TRANSITION = Number.NaN;

interface Zone {
  format: Intl.DateTimeFormat;
  /** Offset (wall clock minus instant, ms) by UTC day number, for days that hold no transition. */
  days: Map<number, number>;
}

const zones = new Map<string, Zone>();

function zone(timeZone: string): Zone {
  let z = zones.get(timeZone);
  if (!z) {
    let format: Intl.DateTimeFormat;
    const options: Intl.DateTimeFormatOptions = {
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    };
    try {
      format = new Intl.DateTimeFormat("en-US", { ...options, timeZone });
    } catch {
      // Not an IANA zone Intl knows: UTC, so that at least a write → read round trip stays exact.
      format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" });
    }
    z = { format, days: new Map() };
    zones.set(timeZone, z);
  }
  return z;
}

/** The zone's offset at an instant (whole seconds, as Intl has no finer grain), uncached. */
function rawOffset(z: Zone, instant: number): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of z.format.formatToParts(new Date(seconds))) {
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
  const wall = new Date(0);
  wall.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return wall.getTime() - seconds;
}

/** The offset at an instant, cached by UTC day when the day holds no transition. */
export function offsetAt(timeZone: string, instant: number): number {
  const z = zone(timeZone);
  const day = Math.floor(instant / DAY_MS);
  let offset = z.days.get(day);
  if (offset === undefined) {
    const start = rawOffset(z, day * DAY_MS);
    offset = start === rawOffset(z, (day + 1) * DAY_MS) ? start : TRANSITION;
    if (z.days.size > 100_000) z.days.clear();
    z.days.set(day, offset);
  }
  return Number.isNaN(offset) ? rawOffset(z, instant) : offset;
}

/** The wall clock at an instant, as the ms of the same fields read in UTC. */
export function toWallClock(instant: number, timeZone: string): number {
  if (!Number.isFinite(instant)) return instant;
  return instant + offsetAt(timeZone, instant);
}

/**
 * The instant a wall clock stands for. A wall clock that occurs twice (clocks turned back) is its first
 * occurrence; one that does not occur (clocks turned forward) is read with the offset before the change.
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
