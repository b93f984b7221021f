// Writing source tabs: actual column order, labels, dates at midnight, append blocks, patches, the literal-text guard.

import type { SchoolEvent } from "../../src/domain/records";
import type { Cell } from "../../src/tables/cell";
import { guardText } from "../../src/tables/codec";
import { dateToLocalDate } from "../../src/tables/dates";
import { mapHeader, readTable, TableError } from "../../src/tables/read";
import { TABS } from "../../src/tables/specs";
import { appendRows, findRowById, formatRecord, headerRow, nextId, patchById } from "../../src/tables/write";
import { IRKUTSK, storedRows } from "./sheet-fake";

const ru = { ...IRKUTSK, locale: "ru" as const };
const en = { ...IRKUTSK, locale: "en" as const };

const event: SchoolEvent = {
  id: "М-0001",
  date: "2026-10-01",
  title: "Экскурсия на ферму",
  format: "excursion",
  component: "enlightenment",
  classes: { all: false, classes: ["8А", "8Б"], grades: [9] },
  hours: 2,
  professions: ["Агроном", "Ветеринар"],
  status: "planned",
};

describe("headerRow", () => {
  test("required columns carry a star, in the locale", () => {
    expect(headerRow(TABS.pupils, "ru")).toEqual(["Код*", "Класс*", "Подпись", "Активен"]);
    expect(headerRow(TABS.pupils, "en")).toEqual(["Code*", "Class*", "Label", "Active"]);
  });
});

describe("formatRecord", () => {
  test("writes in the tab's actual order; unknown columns stay undefined", () => {
    const header = mapHeader(TABS.events, [
      "Мои заметки",
      "Статус",
      "Название",
      "Id",
      "Дата",
      "Форма",
      "Компонент",
      "Классы",
      "Профессии",
      "Часы",
    ]);
    const row = formatRecord(TABS.events, header, event, ru);
    expect(row.length).toBe(10);
    expect(row[0]).toBeUndefined();
    expect(row.slice(1, 4)).toEqual(["запланировано", "Экскурсия на ферму", "М-0001"]);
    expect(dateToLocalDate(row[4] as Date, IRKUTSK)).toBe("2026-10-01");
    expect((row[4] as Date).toISOString()).toBe("2026-09-30T16:00:00.000Z");
    expect(row.slice(5)).toEqual([
      "экскурсия на предприятие",
      "просвещение",
      "8А, 8Б, 9",
      "Агроном, Ветеринар",
      2,
    ]);
  });

  test("labels in English", () => {
    const header = mapHeader(TABS.events, headerRow(TABS.events, "en"));
    const row = formatRecord(
      TABS.events,
      header,
      { ...event, classes: { all: true, classes: [], grades: [] } },
      en,
    );
    expect(row).toContain("excursion to an enterprise");
    expect(row).toContain("all");
  });

  test("the literal-text guard: formulas never, numbers stay numbers", () => {
    const header = mapHeader(TABS.trainings, headerRow(TABS.trainings, "ru"));
    const row = formatRecord(
      TABS.trainings,
      header,
      { teacher: "=HYPERLINK(1)", course: "+7 курс", hours: -3, document: "007" },
      ru,
    );
    expect(row).toEqual(["'=HYPERLINK(1)", "'+7 курс", -3, "", "'007"]);
    expect(guardText("-минус")).toBe("'-минус");
    expect(guardText("@user")).toBe("'@user");
    expect(guardText("'цитата")).toBe("''цитата");
    expect(guardText("Агроном")).toBe("Агроном");
    expect(guardText("01.09.2026")).toBe("'01.09.2026");
    expect(guardText("TRUE")).toBe("'TRUE");
  });

  test("refuses a header without required columns", () => {
    expect(() => formatRecord(TABS.pupils, mapHeader(TABS.pupils, ["Код"]), { code: "1" }, ru)).toThrow(
      TableError,
    );
  });
});

describe("appendRows", () => {
  test("one block below the last filled row, full width, readable back", () => {
    const grid: Cell[][] = [
      ["Код", "Заметки", "Класс", "Активен"],
      ["У-1", "", "8А", "да"],
      ["", "заметка", "", ""],
      ["", "", "", ""],
    ];
    const header = mapHeader(TABS.pupils, grid[0]);
    const block = appendRows(
      grid,
      TABS.pupils,
      header,
      [{ code: "007", className: "9Б", active: false }],
      ru,
    );
    expect(block).toEqual({ row: 4, column: 1, values: [["'007", "", "9Б", "нет"]] });
    const after = [...grid.slice(0, 3), ...storedRows(block.values)];
    expect(readTable(TABS.pupils, after, ru).records.map((r) => r.record)).toEqual([
      { code: "У-1", className: "8А", active: true },
      { code: "007", className: "9Б", active: false },
    ]);
  });

  test("a header-only tab appends at row 2", () => {
    const grid = [headerRow(TABS.pupils, "ru")];
    expect(appendRows(grid, TABS.pupils, mapHeader(TABS.pupils, grid[0]), [], ru)).toEqual({
      row: 2,
      column: 1,
      values: [],
    });
  });
});

describe("patchById", () => {
  const grid: Cell[][] = [
    ["Заметки", ...headerRow(TABS.events, "ru")],
    [
      "своё",
      "М-0001",
      new Date(Date.UTC(2026, 8, 30, 16)),
      "Экскурсия",
      "экскурсия",
      "просвещение",
      "8а, 8Б, 9",
      2,
      "",
      "",
      "",
      "",
    ],
    [
      "",
      "М-0002",
      "02.10.2026",
      "Классный час",
      "классный час",
      "просвещение",
      "все",
      "",
      "",
      "",
      "",
      "проведено",
    ],
  ];
  const header = mapHeader(TABS.events, grid[0]);

  test("touches only the columns that really change", () => {
    const patches = patchById(
      grid,
      TABS.events,
      header,
      "м-0001",
      { classes: event.classes, status: "done", hours: 2 },
      ru,
    );
    expect(patches).toEqual([{ row: 2, column: 12, value: "проведено" }]);
  });

  test("a date change is a Date at midnight; clearing writes blank", () => {
    const patches = patchById(
      grid,
      TABS.events,
      header,
      "М-0002",
      { date: "2026-10-03", status: undefined },
      ru,
    );
    expect(patches.map((p) => [p.row, p.column])).toEqual([
      [3, 3],
      [3, 12],
    ]);
    expect(dateToLocalDate(patches[0].value as Date, IRKUTSK)).toBe("2026-10-03");
    expect(patches[1].value).toBe("");
  });

  test("an unknown id is a TableError; a tab without an id column cannot be patched by id", () => {
    expect(() => patchById(grid, TABS.events, header, "М-0099", { hours: 1 }, ru)).toThrow(
      "нет строки «М-0099»",
    );
    expect(findRowById(grid, TABS.events, header, "М-0002", ru)).toBe(3);
    const plan = mapHeader(TABS.plan, headerRow(TABS.plan, "ru"));
    expect(() => patchById([], TABS.plan, plan, "x", {}, ru)).toThrow(TableError);
  });
});

describe("nextId", () => {
  test("follows the highest id with the prefix", () => {
    expect(nextId("М-", [])).toBe("М-0001");
    expect(nextId("М-", ["М-0007", "м-0002", "X-0100", ""])).toBe("М-0008");
  });
});
