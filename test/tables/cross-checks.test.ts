// Checks across tabs and the «Проверка данных» report, as pure functions over small literal grids.

import { buildDemoSchool } from "../../src/domain/demo";
import type { Cell, Grid } from "../../src/tables/cell";
import { crossTabProblems } from "../../src/tables/cross-checks";
import { mapHeader, type ReadResult, readTable } from "../../src/tables/read";
import { anyTab, SOURCE_TAB_ORDER, type TabKey } from "../../src/tables/specs";
import {
  cellHref,
  hyperlinkFormula,
  locateError,
  problemA1,
  type ReportProblem,
  type Severity,
  validationReport,
} from "../../src/tables/validate";
import { formatRecord, headerRow } from "../../src/tables/write";

const options = { timeZone: "Europe/Moscow", locale: "ru" as const };

/** Reads literal grids the way the validate operation does. */
function check(grids: Partial<Record<TabKey, Grid>>, mode: "codes" | "names" = "codes") {
  const reads: Partial<Record<TabKey, ReadResult<Record<string, unknown>>>> = {};
  for (const [key, grid] of Object.entries(grids) as [TabKey, Grid][])
    reads[key] = readTable(anyTab(key), grid, options) as ReadResult<Record<string, unknown>>;
  return crossTabProblems({ grids, reads, settings: { personalDataMode: mode }, options });
}

const classes: Cell[][] = [
  ["Класс", "Параллель"],
  ["8А", ""],
  ["8Б", ""],
];

describe("crossTabProblems", () => {
  test("a pupil in an unknown class; class names compare normalized (8 a = 8А)", () => {
    const pupils: Cell[][] = [
      ["Код", "Заметка", "Класс"],
      ["У-1", "", "8 a"],
      ["У-2", "", "9В"],
    ];
    const problems = check({ classes, pupils });
    expect(problems.map((p) => [p.tab, p.row, p.column, p.value])).toEqual([
      ["Ученики", 3, "C «Класс»", "9В"],
    ]);
    expect(problems[0].reason).toBe("такого значения нет на вкладке «Классы» (столбец «Класс»)");
    expect(problems[0].message).toContain("«Ученики», строка 3, столбец C «Класс»");
  });

  test("a plan profession missing from the thesaurus; a participation event id that no event has", () => {
    const professions: Cell[][] = [
      ["Профессия", "Предметы"],
      ["Агроном", "Биология"],
    ];
    const plan: Cell[][] = [
      ["Предмет", "Параллель", "Четверть", "Профессия"],
      ["Биология", 7, 1, "агроном"],
      ["Биология", 7, 2, "Космобиолог"],
    ];
    const events: Cell[][] = [
      ["Id", "Дата", "Название", "Форма", "Компонент", "Классы"],
      ["М-0001", "01.10.2026", "Экскурсия", "экскурсия", "просвещение", "8А"],
    ];
    const participation: Cell[][] = [
      ["Мероприятие", "Код", "Отметка"],
      ["м-0001", "У-1", "участвовал"],
      ["М-0002", "У-1", "участвовал"],
    ];
    const pupils: Cell[][] = [
      ["Код", "Класс"],
      ["У-1", "8А"],
    ];
    const problems = check({ classes, pupils, professions, plan, events, participation });
    expect(problems.map((p) => [p.tabKey, p.row, p.columnKey, p.value])).toEqual([
      ["plan", 3, "profession", "Космобиолог"],
      ["participation", 3, "eventId", "М-0002"],
    ]);
  });

  test("list columns name each unknown item; event classes must be on Классы", () => {
    const professions: Cell[][] = [
      ["Профессия", "Предметы"],
      ["Агроном", "Биология, Астрология"],
    ];
    const subjects: Cell[][] = [
      ["Предмет", "Классы"],
      ["Биология", "5-11"],
    ];
    const events: Cell[][] = [
      ["Id", "Дата", "Название", "Форма", "Компонент", "Классы"],
      ["М-0001", "01.10.2026", "Экскурсия", "экскурсия", "просвещение", "8А, 8Д, 9-10"],
    ];
    const problems = check({ classes, subjects, professions, events });
    expect(problems.map((p) => p.reason)).toEqual([
      "нет на вкладке «Предметы» (столбец «Предмет»): «Астрология»",
      "класса «8Д» нет на вкладке «Классы»",
    ]);
  });

  test("full names in «коды» mode, in the code or the label; initials are fine; «имена» mode allows names", () => {
    const pupils: Cell[][] = [
      ["Код", "Класс", "Подпись"],
      ["У-1", "8А", "А. К."],
      ["У-2", "8А", "Иванов Иван"],
      ["Петрова Анна Сергеевна", "8А", ""],
    ];
    const found = check({ classes, pupils });
    expect(found.map((p) => [p.row, p.columnKey])).toEqual([
      [3, "label"],
      [4, "code"],
    ]);
    expect(found[0].reason).toContain("152-ФЗ");
    expect(check({ classes, pupils }, "names")).toEqual([]);
  });

  test("a missing referenced tab is skipped (the tab itself is reported once), a bad row there still counts", () => {
    const pupils: Cell[][] = [
      ["Код", "Класс"],
      ["У-1", "9В"],
    ];
    expect(check({ pupils })).toEqual([]);
    // 9В has a bad Параллель (7): the row is rejected on Классы, but the class exists for the pupils.
    const withBadRow: Cell[][] = [...classes, ["9В", 7]];
    expect(check({ classes: withBadRow, pupils })).toEqual([]);
  });

  test("the demo school has no cross-tab problem", () => {
    const demo = buildDemoSchool({ year: "2025/2026" }) as unknown as Record<
      string,
      Record<string, unknown>[]
    >;
    const grids: Partial<Record<TabKey, Grid>> = {};
    for (const key of SOURCE_TAB_ORDER) {
      if (key === "settings") continue;
      const spec = anyTab(key);
      const header = headerRow(spec, "ru");
      const map = mapHeader(spec, header);
      // Sheets drops the guarding apostrophe of literal text.
      const unguard = (c: Cell | undefined) => (typeof c === "string" ? c.replace(/^'/, "") : (c ?? ""));
      grids[key] = [
        header,
        ...(demo[key] ?? []).map((r) => formatRecord(spec, map, r, options).map(unguard)),
      ];
    }
    expect(check(grids)).toEqual([]);
  });
});

describe("validationReport", () => {
  const problem = (
    tabKey: TabKey,
    tab: string,
    row: number | undefined,
    columnIndex?: number,
    severity: Severity = "error",
  ): ReportProblem => ({
    tabKey,
    severity,
    tab,
    row,
    columnIndex,
    column: columnIndex === undefined ? "" : `${String.fromCharCode(65 + columnIndex)} «x»`,
    value: "=SUM(A1)",
    reason: "причина",
  });

  test("links: #gid=…&range=A1 as text and as a HYPERLINK formula; quotes doubled", () => {
    expect(cellHref(42, "C7")).toBe("#gid=42&range=C7");
    expect(problemA1({ row: 7, columnIndex: 2 })).toBe("C7");
    expect(problemA1({ row: 7 })).toBe("A7");
    expect(problemA1({})).toBe("A1");
    expect(hyperlinkFormula("#gid=1&range=A1", 'к "A1"')).toBe('=HYPERLINK("#gid=1&range=A1","к ""A1""")');
  });

  test("rows sorted by tab order, row and column; user text guarded; stamp, bold header, frozen", () => {
    const report = validationReport(
      [
        problem("participation", "Участие", 5, 1),
        problem("pupils", "Ученики", 9, 0),
        problem("pupils", "Ученики", 3, 2),
      ],
      { pupils: 11, participation: 22 },
      "Сформировано …",
      "ru",
    );
    const rows = report.content.rows;
    expect(rows[0][0]).toBe("Сформировано …");
    expect(rows[1]).toEqual(["Вид", "Лист", "Строка", "Столбец", "Значение", "Проблема", "Ссылка"]);
    expect(rows.slice(2).map((r) => [r[1], r[2], r[6]])).toEqual([
      ["Ученики", 3, "#gid=11&range=C3"],
      ["Ученики", 9, "#gid=11&range=A9"],
      ["Участие", 5, "#gid=22&range=B5"],
    ]);
    expect(rows[2][0]).toBe("ошибка");
    expect(rows[2][4]).toBe("'=SUM(A1)");
    expect(report.links).toEqual([
      ['=HYPERLINK("#gid=11&range=C3","перейти к C3")'],
      ['=HYPERLINK("#gid=11&range=A9","перейти к A9")'],
      ['=HYPERLINK("#gid=22&range=B5","перейти к B5")'],
    ]);
    expect(report.content.bold?.[1].every(Boolean)).toBe(true);
    expect(report.content.frozenRows).toBe(2);
    expect(rows.every((r) => r.length === 7)).toBe(true);
  });

  test("no problem: one line says so, no links; a tab without a gid gets no link", () => {
    const none = validationReport([], {}, "s", "en");
    expect(none.content.rows[2]).toEqual(["", "", "", "", "", "No problems found.", ""]);
    expect(none.links).toEqual([]);
    const missing = validationReport([problem("trials", "Профпробы", undefined)], {}, "s", "ru");
    expect(missing.content.rows[2][6]).toBe("");
    expect(missing.links).toEqual([[""]]);
  });

  test("locateError places a row error by its column key in the tab's header", () => {
    const read = readTable(
      anyTab("pupils"),
      [
        ["Заметка", "Код", "Класс"],
        ["", "У-1", "8Ю1"],
      ],
      options,
    );
    const located = locateError(read.errors[0], read.header);
    expect(located).toMatchObject({
      tabKey: "pupils",
      row: 2,
      columnIndex: 2,
      column: "C «Класс»",
      value: "8Ю1",
    });
  });
});
