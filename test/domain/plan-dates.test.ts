// The LocalDate helpers behind the plan: day numbers, weekdays and the Monday-start school weeks of a quarter.

import fc from "fast-check";
import {
  addDays,
  fromDayNumber,
  isoWeekday,
  isWithin,
  mondayOf,
  schoolWeeks,
  toDayNumber,
} from "../../src/domain/local-date";

describe("local dates", () => {
  it("numbers days from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("2026-09-01")).toBe(Date.UTC(2026, 8, 1) / 86400000);
    expect(fromDayNumber(toDayNumber("2028-02-29") + 1)).toBe("2028-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
  });

  it("round-trips and agrees with Date.UTC on any day of 1900–2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const date = fromDayNumber(n);
        expect(toDayNumber(date)).toBe(n);
        expect(date).toBe(new Date(n * 86400000).toISOString().slice(0, 10));
        expect(isoWeekday(n)).toBe(((new Date(n * 86400000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it("knows weekdays and Mondays", () => {
    expect(isoWeekday(toDayNumber("2026-09-01"))).toBe(2); // Tuesday
    expect(isoWeekday(toDayNumber("2026-09-06"))).toBe(7); // Sunday
    expect(fromDayNumber(mondayOf(toDayNumber("2026-09-06")))).toBe("2026-08-31");
    expect(isWithin("2026-10-24", "2026-09-01", "2026-10-24")).toBe(true);
    expect(isWithin("2026-10-25", "2026-09-01", "2026-10-24")).toBe(false);
  });

  it("splits a quarter into Monday-start weeks of weekdays inside it", () => {
    const weeks = schoolWeeks(toDayNumber("2026-11-05"), toDayNumber("2026-12-28"));
    expect(weeks).toHaveLength(9);
    expect(weeks[0].map(fromDayNumber)).toEqual(["2026-11-05", "2026-11-06"]);
    expect(weeks[8].map(fromDayNumber)).toEqual(["2026-12-28"]);
    expect(schoolWeeks(toDayNumber("2026-09-05"), toDayNumber("2026-09-06"))).toEqual([]);
  });
});
