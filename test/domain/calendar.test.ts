// Tests of the school calendar (years, default quarters, weeks, LocalDate helpers) and the workbook defaults.

import * as fc from "fast-check";
import {
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  defaultQuarters,
  isValidLocalDate,
  localDate,
  parseSchoolYear,
  quarterOf,
  schoolYearOf,
  weekdaysOf,
  weeksOf,
} from "../../src/domain/calendar";
import { bandOfGrade, DEFAULT_BANDS, defaultBands, defaultSettings } from "../../src/domain/defaults";
import { Band, Settings } from "../../src/domain/records";

const year = fc.integer({ min: 1990, max: 2100 });
const date = fc
  .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("LocalDate helpers", () => {
  test("addDays crosses months, years and 29 February", () => {
    expect(addDays("2026-08-31", 1)).toBe("2026-09-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  test("dayOfWeek is ISO: 1 Monday … 7 Sunday", () => {
    expect(dayOfWeek("2026-11-26")).toBe(4);
    expect(dayOfWeek("2024-09-01")).toBe(7);
    expect(dayOfWeek("2024-09-02")).toBe(1);
    expect(dayOfWeek("1970-01-01")).toBe(4);
  });

  test("compareDates and daysBetween", () => {
    expect(compareDates("2026-09-01", "2026-09-02")).toBeLessThan(0);
    expect(compareDates("2026-09-02", "2026-09-02")).toBe(0);
    expect(compareDates("2027-01-01", "2026-12-31")).toBeGreaterThan(0);
    expect(daysBetween("2026-09-01", "2027-09-01")).toBe(365);
  });

  test("isValidLocalDate rejects impossible days and other shapes", () => {
    expect(isValidLocalDate("2028-02-29")).toBe(true);
    expect(isValidLocalDate("2027-02-29")).toBe(false);
    expect(isValidLocalDate("2026-13-01")).toBe(false);
    expect(isValidLocalDate("2026-9-1")).toBe(false);
    expect(localDate(2026, 9, 1)).toBe("2026-09-01");
  });

  test("addDays agrees with UTC Date arithmetic and round-trips", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const expected = new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(d, n)).toBe(expected);
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect(Math.sign(compareDates(d, addDays(d, n))) === -Math.sign(n)).toBe(true);
        expect(dayOfWeek(d)).toBe(((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });
});

describe("school years", () => {
  test("schoolYearOf runs 1 September – 31 August", () => {
    expect(schoolYearOf("2026-11-26")).toBe("2026/2027");
    expect(schoolYearOf("2026-09-01")).toBe("2026/2027");
    expect(schoolYearOf("2026-08-31")).toBe("2025/2026");
    expect(schoolYearOf("2027-01-01")).toBe("2026/2027");
    expect(schoolYearOf("2027-08-31")).toBe("2026/2027");
  });

  test("parseSchoolYear reads the usual spellings and refuses others", () => {
    expect(parseSchoolYear("2026/2027")).toBe(2026);
    expect(parseSchoolYear(" 2026 / 27 ")).toBe(2026);
    expect(parseSchoolYear("2026-2027")).toBe(2026);
    expect(parseSchoolYear("2026–2027")).toBe(2026);
    expect(parseSchoolYear("2099/00")).toBe(2099);
    expect(parseSchoolYear("2026/2028")).toBeNull();
    expect(parseSchoolYear("2026")).toBeNull();
    expect(parseSchoolYear("")).toBeNull();
  });
});

describe("defaultQuarters", () => {
  test("2024/2025 starts on Monday 2 September, since 1 September is a Sunday", () => {
    expect(defaultQuarters("2024/2025")).toEqual([
      { start: "2024-09-02", end: "2024-10-25" },
      { start: "2024-11-05", end: "2024-12-27" },
      { start: "2025-01-09", end: "2025-03-21" },
      { start: "2025-03-31", end: "2025-05-26" },
    ]);
  });

  test("2023/2024 and 2026/2027 follow the rule", () => {
    expect(defaultQuarters("2023/2024")).toEqual([
      { start: "2023-09-01", end: "2023-10-27" },
      { start: "2023-11-06", end: "2023-12-28" },
      { start: "2024-01-09", end: "2024-03-22" },
      { start: "2024-04-01", end: "2024-05-24" },
    ]);
    expect(defaultQuarters("2026/2027")).toEqual([
      { start: "2026-09-01", end: "2026-10-23" },
      { start: "2026-11-02", end: "2026-12-28" },
      { start: "2027-01-11", end: "2027-03-19" },
      { start: "2027-03-29", end: "2027-05-26" },
    ]);
  });

  test("a year that is not a school year is refused", () => {
    expect(() => defaultQuarters("2026")).toThrow(RangeError);
  });

  test("every year: four ordered quarters with breaks, in the usual windows, on school days", () => {
    fc.assert(
      fc.property(year, (y) => {
        const label = `${y}/${y + 1}`;
        const q = defaultQuarters(label);
        expect(q[0].start).toMatch(new RegExp(`^${y}-09-0[12]$`));
        expect(dayOfWeek(q[0].start)).not.toBe(7);
        for (const [i, { start, end }] of q.entries()) {
          expect(compareDates(start, end)).toBeLessThan(0);
          expect(schoolYearOf(start)).toBe(label);
          expect(schoolYearOf(end)).toBe(label);
          if (i > 0) expect(dayOfWeek(start)).toBeLessThanOrEqual(5);
          expect(dayOfWeek(end)).toBeLessThanOrEqual(5);
          if (i > 0) expect(daysBetween(q[i - 1].end, start)).toBeGreaterThanOrEqual(8);
        }
        expect(dayOfWeek(q[0].end)).toBe(5);
        expect(q[0].end >= `${y}-10-23` && q[0].end <= `${y}-10-29`).toBe(true);
        expect(q[1].start >= `${y}-11-01` && q[1].start <= `${y}-11-08`).toBe(true);
        expect(q[1].end >= `${y}-12-26` && q[1].end <= `${y}-12-28`).toBe(true);
        expect(q[2].start >= `${y + 1}-01-09` && q[2].start <= `${y + 1}-01-12`).toBe(true);
        expect(q[2].end >= `${y + 1}-03-18` && q[2].end <= `${y + 1}-03-24`).toBe(true);
        expect(q[3].start >= `${y + 1}-03-28` && q[3].start <= `${y + 1}-04-03`).toBe(true);
        expect(q[3].end >= `${y + 1}-05-24` && q[3].end <= `${y + 1}-05-26`).toBe(true);
      }),
    );
  });
});

describe("quarterOf", () => {
  const q = defaultQuarters("2024/2025");

  test("school days map to their quarter, boundaries included", () => {
    expect(quarterOf("2024-09-02", q)).toBe(1);
    expect(quarterOf("2024-10-25", q)).toBe(1);
    expect(quarterOf("2024-11-05", q)).toBe(2);
    expect(quarterOf("2025-02-14", q)).toBe(3);
    expect(quarterOf("2025-05-26", q)).toBe(4);
  });

  test("holidays and days outside the year are null", () => {
    for (const d of [
      "2024-09-01",
      "2024-10-30",
      "2024-11-04",
      "2024-12-31",
      "2025-01-08",
      "2025-03-25",
      "2025-07-01",
    ]) {
      expect(quarterOf(d, q)).toBeNull();
    }
  });
});

describe("weeksOf", () => {
  test("Monday-start weeks cut to the quarter", () => {
    const weeks = weeksOf({ start: "2026-09-01", end: "2026-10-23" });
    expect(weeks[0]).toEqual({ start: "2026-09-01", end: "2026-09-06" });
    expect(weeks[1]).toEqual({ start: "2026-09-07", end: "2026-09-13" });
    expect(weeks.at(-1)).toEqual({ start: "2026-10-19", end: "2026-10-23" });
    expect(weeks).toHaveLength(8);
    expect(weeksOf({ start: "2026-09-02", end: "2026-09-01" })).toEqual([]);
  });

  test("the weeks tile the quarter with no gap or overlap", () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 3 }), (y, i) => {
        const quarter = defaultQuarters(`${y}/${y + 1}`)[i];
        const weeks = weeksOf(quarter);
        expect(weeks[0].start).toBe(quarter.start);
        expect(weeks.at(-1)?.end).toBe(quarter.end);
        for (const [k, w] of weeks.entries()) {
          if (k > 0) {
            expect(w.start).toBe(addDays(weeks[k - 1].end, 1));
            expect(dayOfWeek(w.start)).toBe(1);
          }
          if (k < weeks.length - 1) expect(dayOfWeek(w.end)).toBe(7);
        }
        const days = weeks.flatMap(weekdaysOf);
        expect(days.every((d) => dayOfWeek(d) <= 5)).toBe(true);
        expect(days).toEqual(weekdaysOf(quarter));
      }),
    );
  });
});

describe("defaults", () => {
  test("defaultSettings: current year, usual quarters, базовый 40 h, 2 introductions, codes, ru", () => {
    const s = defaultSettings("2026-11-26");
    expect(Settings.parse(s)).toEqual(s);
    expect(s).toEqual({
      school: "",
      year: "2026/2027",
      quarters: defaultQuarters("2026/2027"),
      profminimumLevel: "basic",
      profminimumHours: 40,
      introductionsPerQuarter: 2,
      personalDataMode: "codes",
      language: "ru",
      coordinators: [],
    });
    expect(defaultSettings("2027-06-15").year).toBe("2026/2027");
  });

  test("the four bands cover grades 1–11 once, with the seed's directions", () => {
    expect(DEFAULT_BANDS.map((b) => b.name)).toEqual(["1–4", "5–7", "8–9", "10–11"]);
    for (const b of DEFAULT_BANDS) expect(Band.parse(b)).toEqual(b);
    expect(DEFAULT_BANDS.flatMap((b) => b.grades)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(DEFAULT_BANDS[0].direction).toContain("Профессии моих родителей");
    expect(DEFAULT_BANDS[0].direction).toContain("Мир профессий");
    expect(DEFAULT_BANDS[1].direction).toContain(
      "Кем я должен стать, чтобы стать профессионалом в выбранной области",
    );
    expect(DEFAULT_BANDS[2].direction).toContain("человек – труд – профессия");
    expect(DEFAULT_BANDS[3].direction).toContain("Ценностно-смысловое самоопределение");
  });

  test("bandOfGrade, and defaultBands is a copy", () => {
    expect(bandOfGrade(1, DEFAULT_BANDS)?.name).toBe("1–4");
    expect(bandOfGrade(7, DEFAULT_BANDS)?.name).toBe("5–7");
    expect(bandOfGrade(9, DEFAULT_BANDS)?.name).toBe("8–9");
    expect(bandOfGrade(11, DEFAULT_BANDS)?.name).toBe("10–11");
    expect(bandOfGrade(12, DEFAULT_BANDS)).toBeNull();
    expect(bandOfGrade(5, [])).toBeNull();
    const copy = defaultBands();
    copy[0].grades.push(5);
    copy[1].name = "changed";
    expect(DEFAULT_BANDS[0].grades).toEqual([1, 2, 3, 4]);
    expect(DEFAULT_BANDS[1].name).toBe("5–7");
  });
});
