// Dates in a spreadsheet are wall-clock times in its time zone: converting instants to and from that clock.

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

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets (ms) of a time zone by hour, since Intl is slow and a date column repeats the same hours. */
const offsets = new Map<string, Map<number, number>>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How far the time zone's clock is ahead of UTC at instant `t` (ms). */
export function zoneOffset(t: number, timeZone: string): number {
  let byHour = offsets.get(timeZone);
  if (!byHour) {
    byHour = new Map();
    offsets.set(timeZone, byHour);
  }
  const hour = Math.floor(t / 3600000);
  const cached = byHour.get(hour);
  if (cached !== undefined) return cached;
  const p: Record<string, number> = {};
  for (const x of formatter(timeZone).formatToParts(new Date(hour * 3600000))) {
    if (x.type !== "literal") p[x.type] = Number(x.value);
  }
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offset = asUtc - hour * 3600000;
  byHour.set(hour, offset);
  return offset;
}

/** The wall clock in `timeZone` at the instant of `d`. */
export function wallClock(d: Date, timeZone: string): WallClock {
  const t = d.getTime();
  const local = new Date(t + zoneOffset(t, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
  };
}

/** The instant at which `timeZone`'s clock shows the given wall time. */
export function fromWallClock(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  let t = asUtc - zoneOffset(asUtc, timeZone);
  t = asUtc - zoneOffset(t, timeZone);
  return new Date(t);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Sheets' serial number of a date (days since 1899-12-30 on the spreadsheet's clock). */
export function toSerial(d: Date, timeZone: string): number {
  const t = d.getTime();
  return (t + zoneOffset(t, timeZone) - SERIAL_EPOCH) / 86400000;
}

/** The date a serial number stands for on the spreadsheet's clock. */
export function fromSerial(serial: number, timeZone: string): Date {
  const local = new Date(SERIAL_EPOCH + Math.round(serial * 86400000));
  return fromWallClock(
    timeZone,
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
  );
}
