// The one instant ⇄ wall-clock conversion that Utilities.formatDate, the spreadsheet and .xlsx share.

import fc from "fast-check";
import { formatJavaDate } from "../../emulator/services/format-date";
import * as dates from "../../emulator/spreadsheet/dates";
import * as xlsxZone from "../../emulator/xlsx/zone";
import {
  fromWallClock,
  isKnownZone,
  knownZoneOrUtc,
  offsetAt,
  toWallClock,
  wallFields,
  wallTime,
} from "../../emulator/zone";

const wall = (iso: string) => Date.parse(`${iso}Z`);
const YEAR_1 = -62_135_596_800_000;
const YEAR_9999_END = 253_402_300_799_999;
/** Zones with half-hour offsets and half-hour or mid-UTC-hour transitions, besides the usual ones. */
const ZONES = [
  "Europe/Moscow",
  "America/New_York",
  "Europe/Berlin",
  "America/St_Johns",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Apia",
  "Europe/Dublin",
  "UTC",
];

/** An independent reading of Intl: the zone's offset at an instant, whole seconds. */
const intlFormats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(timeZone: string, t: number): number {
  const p: Record<string, string> = {};
  const format =
    intlFormats.get(timeZone) ??
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
  intlFormats.set(timeZone, format);
  for (const x of format.formatToParts(new Date(t))) p[x.type] = x.value;
  const year = p.era!.startsWith("B") ? 1 - Number(p.year) : Number(p.year);
  const d = new Date(0);
  d.setUTCFullYear(year, Number(p.month) - 1, Number(p.day));
  d.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second));
  return d.getTime() - Math.floor(t / 1000) * 1000;
}

describe("shared time-zone conversion", () => {
  test("the offset is Intl's at any instant of years 1–9999, day cache or not", () => {
    fc.assert(
      fc.property(fc.integer({ min: YEAR_1, max: YEAR_9999_END }), fc.constantFrom(...ZONES), (t, zone) => {
        expect(offsetAt(zone, t)).toBe(intlOffset(zone, t));
      }),
      { numRuns: 1000 },
    );
  });

  test("minute by minute across 2026's transitions, including St John's and Lord Howe's half-hour ones", () => {
    const days: [string, string][] = [
      ["America/New_York", "2026-03-08"],
      ["America/New_York", "2026-11-01"],
      ["Europe/Berlin", "2026-03-29"],
      ["Europe/Berlin", "2026-10-25"],
      ["America/St_Johns", "2026-03-08"],
      ["America/St_Johns", "2026-11-01"],
      ["Australia/Lord_Howe", "2026-04-05"],
      ["Australia/Lord_Howe", "2026-10-04"],
    ];
    for (const [zone, day] of days) {
      const start = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
      for (let t = start; t < start + 3 * 86_400_000; t += 60_000) {
        const w = toWallClock(t, zone);
        const back = fromWallClock(w, zone);
        // One check per minute, with the minute in the message when it fails.
        const ok = offsetAt(zone, t) === intlOffset(zone, t) && toWallClock(back, zone) === w && back <= t;
        if (!ok) expect({ zone, at: new Date(t).toISOString(), offset: offsetAt(zone, t), back }).toBeNull();
      }
    }
  });

  test("wall clocks in years 0–999 and before year 1 keep their year (Date.UTC would move 0–99 to 19xx)", () => {
    expect(wallTime(55, 12, 5, 8, 37, 19)).toBe(Date.parse("0055-12-05T08:37:19Z"));
    expect(wallTime(0, 1, 1)).toBe(Date.parse("0000-01-01T00:00:00Z"));
    expect(wallFields(Date.parse("0055-12-05T08:37:19Z"))).toEqual({
      year: 55,
      month: 12,
      day: 5,
      hour: 8,
      minute: 37,
      second: 19,
      weekday: 0,
    });
    expect(toWallClock(Date.parse("0055-12-05T06:00:00Z"), "Europe/Moscow")).toBe(
      wall("0055-12-05T08:30:17"),
    );
    expect(fromWallClock(wall("0055-12-05T08:30:17"), "Europe/Moscow")).toBe(
      Date.parse("0055-12-05T06:00:00Z"),
    );
  });

  test("a wall clock that occurs twice is its first occurrence; one that never occurs is read before the jump", () => {
    // Berlin, 25 October 2026: 02:30 happens at 00:30Z (CEST) and at 01:30Z (CET).
    expect(fromWallClock(wall("2026-10-25T02:30:00"), "Europe/Berlin")).toBe(
      Date.parse("2026-10-25T00:30:00Z"),
    );
    // St John's, 1 November 2026: clocks go from 02:00 NDT back to 01:00 NST at 04:30Z; 02:00 occurs once.
    expect(fromWallClock(wall("2026-11-01T02:00:00"), "America/St_Johns")).toBe(
      Date.parse("2026-11-01T05:30:00Z"),
    );
    // New York, 8 March 2026: 02:30 does not exist; read with EST it is 07:30Z, i.e. 03:30 EDT.
    expect(fromWallClock(wall("2026-03-08T02:30:00"), "America/New_York")).toBe(
      Date.parse("2026-03-08T07:30:00Z"),
    );
  });

  test("unknown zones: the shared module throws Intl's RangeError; knownZoneOrUtc maps them to UTC", () => {
    expect(isKnownZone("Europe/Moscow")).toBe(true);
    expect(isKnownZone("europe/moscow")).toBe(true);
    expect(isKnownZone("No/SuchZone")).toBe(false);
    expect(knownZoneOrUtc("No/SuchZone")).toBe("UTC");
    expect(knownZoneOrUtc("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(() => offsetAt("No/SuchZone", 0)).toThrow(RangeError);
    expect(() => offsetAt("Europe/Moscow", Number.NaN)).toThrow(RangeError);
    expect(Number.isNaN(toWallClock(Number.NaN, "Europe/Moscow"))).toBe(true);
    expect(Number.isNaN(fromWallClock(Number.NaN, "Europe/Moscow"))).toBe(true);
  });
});

describe("the three users agree, each with its own API", () => {
  test("formatDate, the spreadsheet's wall clock and .xlsx read the same clock at any instant", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("1000-01-01T00:00:00Z"), max: YEAR_9999_END }),
        fc.constantFrom(...ZONES),
        (t, zone) => {
          const w = toWallClock(t, zone);
          const f = wallFields(w);
          expect(xlsxZone.toWallClock(t, zone)).toBe(w);
          expect(dates.wallClock(new Date(t), zone)).toEqual(f);
          expect(dates.zoneOffset(t, zone)).toBe(w - t);
          const p = (n: number, width = 2) => String(n).padStart(width, "0");
          expect(formatJavaDate(new Date(t), zone, "yyyy-MM-dd HH:mm:ss")).toBe(
            `${p(f.year, 4)}-${p(f.month)}-${p(f.day)} ${p(f.hour)}:${p(f.minute)}:${p(f.second)}`,
          );
          const typed = dates.fromWallClock(zone, f.year, f.month, f.day, f.hour, f.minute, f.second);
          expect(typed.getTime()).toBe(fromWallClock(w - (((w % 1000) + 1000) % 1000), zone));
        },
      ),
      { numRuns: 500 },
    );
  });

  test("a fixed-offset Java zone matches the IANA zone with that offset", () => {
    const t = Date.parse("2026-09-01T05:06:07.089Z");
    const pattern = "yyyy-MM-dd HH:mm:ss.SSS Z EEE";
    expect(formatJavaDate(new Date(t), "GMT+03:00", pattern)).toBe(
      formatJavaDate(new Date(t), "Europe/Moscow", pattern),
    );
    expect(formatJavaDate(new Date(t), "GMT+03:00", "z")).toBe("GMT+03:00");
  });

  test("unknown zones keep each module's behaviour: GMT for formatDate, UTC for .xlsx, an error for the sheet", () => {
    const d = new Date("2026-09-01T05:06:07Z");
    expect(formatJavaDate(d, "No/SuchZone", "HH:mm z")).toBe("05:06 GMT");
    expect(xlsxZone.toWallClock(d.getTime(), "No/SuchZone")).toBe(d.getTime());
    expect(xlsxZone.fromWallClock(d.getTime(), "No/SuchZone")).toBe(d.getTime());
    expect(() => dates.wallClock(d, "No/SuchZone")).toThrow(RangeError);
    expect(() => dates.fromWallClock("No/SuchZone", 2026, 9, 1)).toThrow(RangeError);
  });

  test("the spreadsheet's clock is exact where an hour-grained cache was not: St John's half-hour transitions", () => {
    // 1 November 2026, 04:30Z: St John's goes from 02:00 NDT back to 01:00 NST.
    expect(dates.wallClock(new Date("2026-11-01T05:00:00Z"), "America/St_Johns")).toMatchObject({
      hour: 1,
      minute: 30,
    });
    expect(dates.fromWallClock("America/St_Johns", 2026, 11, 1, 2, 0).toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    // Years below 100 read as themselves, not 19xx.
    expect(dates.wallClock(new Date("0055-12-05T08:37:19Z"), "UTC")).toMatchObject({ year: 55, weekday: 0 });
  });
});
