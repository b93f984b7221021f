// Instants ⇄ wall clocks in a time zone (an .xlsx date is a wall clock with no zone).

import fc from "fast-check";
import { fromWallClock, offsetAt, toWallClock } from "../../emulator/xlsx/zone";

const wall = (iso: string) => Date.parse(`${iso}Z`);

describe("time zones", () => {
  test("Moscow is UTC+3 now, had +4 in 2011–2014, and +2:30:17 (local mean time) before 1919", () => {
    expect(toWallClock(Date.parse("2026-08-31T21:00:00Z"), "Europe/Moscow")).toBe(
      wall("2026-09-01T00:00:00"),
    );
    expect(fromWallClock(wall("2026-09-01T00:00:00"), "Europe/Moscow")).toBe(
      Date.parse("2026-08-31T21:00:00Z"),
    );
    expect(offsetAt("Europe/Moscow", Date.parse("2013-01-01T00:00:00Z"))).toBe(4 * 3_600_000);
    expect(offsetAt("Europe/Moscow", Date.parse("1900-01-01T00:00:00Z"))).toBe(
      (2 * 3600 + 30 * 60 + 17) * 1000,
    );
  });

  test("a wall clock that occurs twice is its first occurrence; one that never occurs is read before the jump", () => {
    // New York, 1 November 2026: 01:30 happens at 05:30Z (EDT) and at 06:30Z (EST).
    expect(fromWallClock(wall("2026-11-01T01:30:00"), "America/New_York")).toBe(
      Date.parse("2026-11-01T05:30:00Z"),
    );
    // 8 March 2026: 02:30 does not exist; with the offset before the jump (EST) it is 07:30Z, i.e. 03:30 EDT.
    const t = fromWallClock(wall("2026-03-08T02:30:00"), "America/New_York");
    expect(t).toBe(Date.parse("2026-03-08T07:30:00Z"));
    expect(toWallClock(t, "America/New_York")).toBe(wall("2026-03-08T03:30:00"));
  });

  test("milliseconds, far years and unknown zones (read as UTC) are kept", () => {
    expect(toWallClock(Date.parse("2026-01-01T00:00:00.123Z"), "Asia/Kolkata")).toBe(
      wall("2026-01-01T05:30:00.123"),
    );
    expect(toWallClock(Date.parse("0001-01-01T00:00:00Z"), "UTC")).toBe(Date.parse("0001-01-01T00:00:00Z"));
    expect(toWallClock(1000, "No/SuchZone")).toBe(1000);
    expect(Number.isNaN(toWallClock(Number.NaN, "Europe/Moscow"))).toBe(true);
  });

  test("any instant: its wall clock maps back to an instant with the same wall clock", () => {
    const zones = [
      "Europe/Moscow",
      "America/New_York",
      "Australia/Lord_Howe",
      "Asia/Kathmandu",
      "Pacific/Apia",
      "UTC",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }),
        fc.constantFrom(...zones),
        (t, zone) => {
          const w = toWallClock(t, zone);
          const back = fromWallClock(w, zone);
          expect(toWallClock(back, zone)).toBe(w);
          // Only a wall clock that occurs twice may map to a different (the earlier) instant.
          if (back !== t) expect(back).toBeLessThan(t);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
