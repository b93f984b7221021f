// Dates in a spreadsheet are wall-clock times in its time zone: converting instants to and from that clock.

import * as zone from "../zone";

export type { WallClock } from "../zone";

/** How far the time zone's clock is ahead of UTC at instant `t` (ms). */
export function zoneOffset(t: number, timeZone: string): number {
  return zone.offsetAt(timeZone, t);
}

/** The wall clock in `timeZone` at the instant of `d`. */
export function wallClock(d: Date, timeZone: string): zone.WallClock {
  const t = d.getTime();
  return zone.wallFields(t + zone.offsetAt(timeZone, t));
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
  // Invalid fields (NaN) throw Intl's RangeError, as they always have, rather than making an Invalid Date.
  if (Number.isNaN(asUtc)) zone.offsetAt(timeZone, asUtc);
  return new Date(zone.fromWallClock(asUtc, timeZone));
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
