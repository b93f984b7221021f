// Dates in the spreadsheet's time zone: Date objects from any realm, Russian and ISO text, DST zones, writing back.

import fc from "fast-check";
import {
  dateToLocalDate,
  dateToLocalDateTime,
  isValidLocalDate,
  localDateToDate,
  parseDateCell,
} from "../../src/tables/dates";
import { foreignDate, IRKUTSK, MOSCOW, NEW_YORK } from "./sheet-fake";

const read = (cell: unknown, zone = MOSCOW) => {
  const p = parseDateCell(cell, zone);
  return p.ok ? p.value : `error:${p.reason.code}`;
};

describe("text dates", () => {
  test.each([
    ["01.09.2026", "2026-09-01"],
    ["1.9.26", "2026-09-01"],
    ["1.9.2026 г.", "2026-09-01"],
    [" 2026-09-01 ", "2026-09-01"],
    ["2026-09-01T10:30", "2026-09-01"],
    ["2026-09-01 23:59:59", "2026-09-01"],
    ["29.02.2028", "2028-02-29"],
  ])("%j → %s", (input, expected) => expect(read(input)).toBe(expected));

  test.each([
    ["31.02.2026"],
    ["29.02.2027"],
    ["2026-13-01"],
    ["2026-09-31"],
    ["00.01.2026"],
    ["2026-09-01T25:00"],
  ])("%j is not a calendar date", (input) => expect(read(input)).toBe("error:invalidDate"));

  test.each([["первое сентября"], ["2026/09/01"], ["09-01-2026"], [true], ["1.9"]])(
    "%j is not a date",
    (input) => expect(read(input)).toBe("error:notDate"),
  );

  test("an ISO date-time with a zone is read as the day in the spreadsheet's zone", () => {
    // 20:00 UTC on 31 August is already 1 September in Irkutsk (UTC+8) and still 31 August in New York.
    expect(read("2026-08-31T20:00:00Z", IRKUTSK)).toBe("2026-09-01");
    expect(read("2026-08-31T20:00:00Z", NEW_YORK)).toBe("2026-08-31");
    expect(read("2026-09-01T01:00:00+08:00", MOSCOW)).toBe("2026-08-31");
  });

  test("a spreadsheet serial day number is a date", () => {
    expect(read(46266)).toBe("2026-09-01");
    expect(read(1.5)).toBe("error:notDate");
    expect(read(2026)).toBe("error:notDate"); // a year, not a day of 1905
  });
});

describe("Date objects", () => {
  test("a Date is read in the spreadsheet's zone, not the machine's", () => {
    const instant = Date.UTC(2026, 7, 31, 17, 30); // 31 Aug 17:30 UTC
    expect(read(new Date(instant), MOSCOW)).toBe("2026-08-31"); // 20:30 in Moscow
    expect(read(new Date(instant), IRKUTSK)).toBe("2026-09-01"); // 01:30 in Tulun
    expect(read(new Date(instant), NEW_YORK)).toBe("2026-08-31");
  });

  test("a Date from another realm is still a Date", () => {
    const d = foreignDate(Date.UTC(2026, 8, 1, 0, 0));
    expect(d instanceof Date).toBe(false);
    expect(read(d, IRKUTSK)).toBe("2026-09-01");
  });

  test("an invalid Date is an error, not a crash", () =>
    expect(read(new Date(Number.NaN))).toBe("error:invalidDate"));

  test("an unknown zone falls back to the fixed offset", () => {
    const zone = { timeZone: "Mars/Olympus", fallbackOffsetMinutes: 480 };
    expect(dateToLocalDate(new Date(Date.UTC(2026, 7, 31, 17, 30)), zone)).toBe("2026-09-01");
    expect(localDateToDate("2026-09-01", zone).toISOString()).toBe("2026-08-31T16:00:00.000Z");
  });

  test("date-time text of an instant in the zone", () => {
    expect(dateToLocalDateTime(new Date(Date.UTC(2026, 8, 1, 2, 5, 9)), IRKUTSK)).toBe("2026-09-01T10:05:09");
  });
});

describe("writing a LocalDate as midnight in the zone", () => {
  test.each([
    [MOSCOW, "2026-09-01", "2026-08-31T21:00:00.000Z"],
    [IRKUTSK, "2026-09-01", "2026-08-31T16:00:00.000Z"],
    [NEW_YORK, "2026-07-01", "2026-07-01T04:00:00.000Z"], // EDT
    [NEW_YORK, "2026-12-01", "2026-12-01T05:00:00.000Z"], // EST
    [NEW_YORK, "2026-03-08", "2026-03-08T05:00:00.000Z"], // the day clocks spring forward (at 02:00)
    [NEW_YORK, "2026-11-01", "2026-11-01T04:00:00.000Z"], // the day clocks fall back
  ])("%o %s → %s", (zone, date, iso) => expect(localDateToDate(date, zone).toISOString()).toBe(iso));

  test("where midnight does not exist, the first instant of the day (Santiago, DST at 00:00)", () => {
    const zone = { timeZone: "America/Santiago" };
    const d = localDateToDate("2026-09-06", zone);
    expect(dateToLocalDate(d, zone)).toBe("2026-09-06");
    expect(dateToLocalDateTime(d, zone)).toBe("2026-09-06T01:00:00");
  });

  const zones = [
    "Europe/Moscow",
    "Asia/Irkutsk",
    "America/New_York",
    "America/Santiago",
    "Australia/Lord_Howe",
    "UTC",
  ];
  const localDate = fc
    .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  test("write then read is the same day, in every zone and realm", () => {
    fc.assert(
      fc.property(localDate, fc.constantFrom(...zones), (date, timeZone) => {
        const zone = { timeZone };
        const written = localDateToDate(date, zone);
        expect(dateToLocalDate(written, zone)).toBe(date);
        expect(dateToLocalDate(foreignDate(written.getTime()), zone)).toBe(date);
        expect(dateToLocalDateTime(written, zone)?.slice(0, 10)).toBe(date);
      }),
      { numRuns: 500 },
    );
  });

  test("every LocalDate read from dd.mm.yyyy text is a real day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 1990, max: 2100 }),
        (d, m, y) => {
          const p = parseDateCell(`${d}.${m}.${y}`, MOSCOW);
          if (p.ok) expect(isValidLocalDate(p.value)).toBe(true);
          const real = new Date(Date.UTC(y, m - 1, d));
          expect(p.ok).toBe(m >= 1 && m <= 12 && d >= 1 && real.getUTCDate() === d);
        },
      ),
    );
  });
});
