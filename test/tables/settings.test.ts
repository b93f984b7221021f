// Настройки ↔ Settings: parameters by name, defaults, bad values reported, round trip, patches.

import { yearToSetUp as schoolYearOf } from "../../src/domain/calendar";
import type { QuarterDates } from "../../src/domain/records";
import type { Cell } from "../../src/tables/cell";
import { formatSettings, parseSettings, settingsPatches } from "../../src/tables/settings";
import { IRKUTSK, storedRows } from "./sheet-fake";

const usualQuarters = (year: string): QuarterDates[] => {
  const y = Number(year.slice(0, 4));
  return [
    { start: `${y}-09-01`, end: `${y}-10-24` },
    { start: `${y}-11-05`, end: `${y}-12-28` },
    { start: `${y + 1}-01-09`, end: `${y + 1}-03-21` },
    { start: `${y + 1}-04-01`, end: `${y + 1}-05-26` },
  ];
};
const options = { ...IRKUTSK, locale: "ru" as const, today: "2026-11-26", defaultQuarters: usualQuarters };

describe("parseSettings", () => {
  test("an empty tab gives every default", () => {
    const { settings, errors } = parseSettings([["Параметр", "Значение"]], options);
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      school: "",
      year: "2026/2027",
      quarters: usualQuarters("2026/2027"),
      profminimumLevel: "basic",
      profminimumHours: 40,
      introductionsPerQuarter: 2,
      personalDataMode: "codes",
      language: "ru",
      coordinators: [],
    });
  });

  test("reads values by parameter name; hours follow the level; bad values are reported and defaulted", () => {
    const grid: Cell[][] = [
      ["Значение", "Параметр"],
      ["МОУ СОШ № 2 г. Тулуна", "Школа"],
      ["2025-26", "учебный год"],
      ["продвинутый", "Уровень профминимума"],
      ["02.09.2025", "Начало 1 четверти"],
      ["31.02.2026", "Конец 3 четверти"],
      ["три", "Знакомств с профессией в четверть"],
      ["zav@school.ru; не почта", "Координаторы"],
      ["что-то", "Неизвестный параметр"],
    ];
    const { settings, errors } = parseSettings(grid, options);
    expect(settings).toMatchObject({
      school: "МОУ СОШ № 2 г. Тулуна",
      year: "2025/2026",
      profminimumLevel: "advanced",
      profminimumHours: 80,
      introductionsPerQuarter: 2,
      coordinators: ["zav@school.ru"],
    });
    expect(settings.quarters[0]).toEqual({ start: "2025-09-02", end: "2025-10-24" });
    expect(settings.quarters[2].end).toBe("2026-03-21");
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [6, "A «Значение»"],
      [7, "A «Значение»"],
      [8, "A «Значение»"],
    ]);
    expect(errors[2].reason).toBe("«не почта» не похоже на адрес электронной почты");
  });

  test("the school year turns on 1 July", () => {
    expect(schoolYearOf("2026-06-30")).toBe("2025/2026");
    expect(schoolYearOf("2026-07-01")).toBe("2026/2027");
  });

  test("format then parse is the same Settings, in both locales", () => {
    const { settings } = parseSettings([["Параметр", "Значение"]], options);
    const custom = {
      ...settings,
      school: "Школа № 2",
      profminimumLevel: "main" as const,
      profminimumHours: 72,
      coordinators: ["a@b.ru", "c@d.ru"],
      language: "en" as const,
    };
    for (const locale of ["ru", "en"] as const) {
      const grid = storedRows(formatSettings(custom, { ...IRKUTSK, locale }));
      expect(parseSettings(grid, options)).toEqual({ settings: custom, errors: [] });
    }
  });

  test("patches touch only changed values and append missing parameters", () => {
    const grid: Cell[][] = [
      ["Параметр", "Значение"],
      ["Школа", "Школа № 2"],
      ["Уровень профминимума", "базовый"],
    ];
    const { settings } = parseSettings(grid, options);
    const patches = settingsPatches(
      grid,
      { ...settings, profminimumLevel: "main" },
      { ...IRKUTSK, locale: "ru" },
    );
    expect(patches).toContainEqual({ row: 3, column: 2, value: "основной" });
    expect(patches.filter((p) => p.row === 2)).toEqual([]);
    expect(patches.find((p) => p.value === "Учебный год")).toEqual({
      row: 4,
      column: 1,
      value: "Учебный год",
    });
  });

  test("a tab without Значение is a TableError", () => {
    expect(() => parseSettings([["Параметр"]], options)).toThrow("нет обязательного столбца «Значение»");
  });
});
