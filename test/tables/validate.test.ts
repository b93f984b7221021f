// «Проверка данных» as pure functions: every problem of a row (not the first), the plan's flags as warnings.

import { planCoverage } from "../../src/domain/plan-coverage";
import type { PlanEntry, Profession, Subject } from "../../src/domain/records";
import type { Cell, Grid } from "../../src/tables/cell";
import { crossTabProblems } from "../../src/tables/cross-checks";
import { type HeaderMap, type ReadResult, readTable } from "../../src/tables/read";
import { anyTab, TABS, type TabKey } from "../../src/tables/specs";
import {
  locateError,
  planFlagWarnings,
  type ReportProblem,
  validationReport,
} from "../../src/tables/validate";

const options = { timeZone: "Europe/Moscow", locale: "ru" as const };

const classes: Cell[][] = [
  ["Класс", "Параллель"],
  ["8А", ""],
  ["8Б", ""],
];

/** Reads the grids and runs the cross-tab checks, as «Проверить данные» does: errors located in their sheets. */
function errorsOf(grids: Partial<Record<TabKey, Grid>>): {
  problems: ReportProblem[];
  reads: Partial<Record<TabKey, ReadResult<Record<string, unknown>>>>;
} {
  const reads: Partial<Record<TabKey, ReadResult<Record<string, unknown>>>> = {};
  const problems: ReportProblem[] = [];
  for (const [key, grid] of Object.entries(grids) as [TabKey, Grid][]) {
    const read = readTable(anyTab(key), grid, options) as ReadResult<Record<string, unknown>>;
    reads[key] = read;
    problems.push(...read.errors.map((e) => locateError(e, read.header as HeaderMap)));
  }
  for (const e of crossTabProblems({ grids, reads, settings: { personalDataMode: "codes" }, options }))
    problems.push(locateError(e, reads[e.tabKey]?.header as HeaderMap));
  return { problems, reads };
}

describe("every problem of a row", () => {
  // Row 4: Активен is not yes/no (a bad cell), Код repeats row 2, Подпись is a full name in «коды» mode.
  const pupils: Cell[][] = [
    ["Код", "Класс", "Подпись", "Активен"],
    ["У-1", "8А", "", "да"],
    ["У-2", "8Б", "", "да"],
    ["У-1", "8А", "Иванов Иван", "может быть"],
  ];

  test("a Ученики row holding three problems gives three lines on «Проверка данных»", () => {
    const { problems } = errorsOf({ classes, pupils });
    const report = validationReport(problems, { pupils: 7 }, "s", "ru");
    const lines = report.content.rows.slice(2).filter((r) => r[2] === 4);
    expect(lines.map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ["ошибка", "A «Код»", "У-1", "повторяет строку 2"],
      ["ошибка", "C «Подпись»", "И. И.", expect.stringContaining("похоже на фамилию и имя")],
      ["ошибка", "D «Активен»", "может быть", "ожидается «да» или «нет»"],
    ]);
    expect(report.links.slice(0, 3)).toEqual([
      ['=HYPERLINK("#gid=7&range=A4","перейти к A4")'],
      ['=HYPERLINK("#gid=7&range=C4","перейти к C4")'],
      ['=HYPERLINK("#gid=7&range=D4","перейти к D4")'],
    ]);
  });

  test("a rejected row stays out of the records, its parsed cells are kept aside, a later row is not its repeat", () => {
    const grid: Cell[][] = [...pupils.slice(0, 3), ["У-3", "8А", "", "может быть"], ["У-3", "8Б", "", "да"]];
    const read = readTable(TABS.pupils, grid, options);
    expect(read.records.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(read.rejected).toEqual([{ row: 4, draft: { code: "У-3", className: "8А" } }]);
    expect(read.errors.map((e) => [e.row, e.columnKey])).toEqual([[4, "active"]]);
  });

  test("a rejected row is checked across tabs on the cells that parsed: unknown class and a bad cell both show", () => {
    const bad: Cell[][] = [
      ["Код", "Класс", "Активен"],
      ["У-1", "9Я", "может быть"],
    ];
    const { problems } = errorsOf({ classes, pupils: bad });
    expect(problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, "C «Активен»", "ожидается «да» или «нет»"],
      [2, "B «Класс»", "такого значения нет на вкладке «Классы» (столбец «Класс»)"],
    ]);
  });

  test("a План row with a date that is not a date, an unknown profession and an unknown subject: three lines", () => {
    const subjects: Cell[][] = [
      ["Предмет", "Классы"],
      ["Биология", "5-9"],
    ];
    const professions: Cell[][] = [
      ["Профессия", "Предметы"],
      ["Агроном", "Биология"],
    ];
    const plan: Cell[][] = [
      ["Предмет", "Параллель", "Четверть", "Дата", "Профессия"],
      ["Биология", 7, 1, "", "Агроном"],
      ["Астрология", 7, 1, "вчера", "Космический садовник"],
    ];
    const { problems } = errorsOf({ subjects, professions, plan });
    const lines = validationReport(problems, {}, "s", "ru").content.rows.slice(2);
    expect(lines.map((r) => [r[1], r[2], r[3]])).toEqual([
      ["План", 3, "A «Предмет»"],
      ["План", 3, "D «Дата»"],
      ["План", 3, "E «Профессия»"],
    ]);
  });
});

describe("the plan's flags as warnings", () => {
  const subjects: Subject[] = [{ subject: "Биология", grades: [7, 8], teachers: [] }];
  const professions: Profession[] = [
    { profession: "Агроном", subjects: ["Биология"], types: [], isNew: false, competences: [], bands: [] },
    { profession: "Ветеринар", subjects: ["Химия"], types: [], isNew: false, competences: [], bands: [] },
  ];
  const settings = {
    introductionsPerQuarter: 2,
    quarters: [
      { start: "2026-09-01", end: "2026-10-24" },
      { start: "2026-11-05", end: "2026-12-28" },
      { start: "2027-01-12", end: "2027-03-21" },
      { start: "2027-04-01", end: "2027-05-26" },
    ],
  };
  const planGrid: Cell[][] = [
    ["Предмет", "Параллель", "Четверть", "Дата", "Профессия", "Статус"],
    ["Биология", 7, 1, "", "Агроном", ""],
    ["Биология", 7, 2, "15.09.2026", "Агроном", ""],
    ["Биология", 9, 1, "", "Ветеринар", ""],
    ["Биология", 8, 1, "", "Космический садовник", ""],
    ["Биология", 8, 2, "", "Космический садовник", ""],
  ];

  function check(): ReportProblem[] {
    const { problems, reads } = errorsOf({ plan: planGrid });
    // Профессии as the cross-tab check sees it: Космический садовник is not there.
    const professionsGrid: Cell[][] = [
      ["Профессия", "Предметы"],
      ["Агроном", "Биология"],
      ["Ветеринар", "Химия"],
    ];
    const all = errorsOf({ plan: planGrid, professions: professionsGrid }).problems;
    const plan = reads.plan as unknown as ReadResult<PlanEntry>;
    const { flags } = planCoverage({
      subjects,
      professions,
      plan: plan.records,
      settings,
      today: "2026-11-28",
    });
    expect(problems).toEqual([]);
    return [
      ...all,
      ...planFlagWarnings({ flags, header: plan.header as HeaderMap, grid: planGrid, errors: all, options }),
    ];
  }

  test("each flag on its row and the cell it is about, as a warning, worded as on «Итоги — план»", () => {
    const found = check();
    expect(found.map((p) => [p.severity, p.row, p.column, p.reason])).toEqual([
      ["error", 5, "E «Профессия»", "такого значения нет на вкладке «Профессии» (столбец «Профессия»)"],
      ["error", 6, "E «Профессия»", "такого значения нет на вкладке «Профессии» (столбец «Профессия»)"],
      // Row 3: 15.09 is in quarter 1, and the same profession repeats row 2 in grade 7.
      ["warning", 3, "D «Дата»", "дата 15.09.2026 вне четверти (05.11.2026–28.12.2026): это 1 четверть"],
      ["warning", 3, "D «Дата»", "дата 15.09.2026 прошла, а статус всё ещё «запланировано»"],
      ["warning", 3, "E «Профессия»", expect.stringContaining("(строка 2)")],
      ["warning", 4, "B «Параллель»", "в этой параллели предмет не изучается (лист «Предметы»)"],
      ["warning", 4, "E «Профессия»", "профессия в тезаурусе не связана с этим предметом"],
      // Rows 5 and 6: «профессии нет в тезаурусе» restates the error and is left out; the repeat is not.
      ["warning", 6, "E «Профессия»", expect.stringContaining("(строка 5)")],
    ]);
    expect(found.find((p) => p.row === 3 && p.columnIndex === 3)?.value).toBe("15.09.2026");
  });

  test("the report: errors first, then warnings, each by tab, row and column; «Вид» says which", () => {
    const report = validationReport(check(), { plan: 5 }, "s", "ru");
    const rows = report.content.rows.slice(2);
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ["ошибка", 5, "E «Профессия»"],
      ["ошибка", 6, "E «Профессия»"],
      ["предупреждение", 3, "D «Дата»"],
      ["предупреждение", 3, "D «Дата»"],
      ["предупреждение", 3, "E «Профессия»"],
      ["предупреждение", 4, "B «Параллель»"],
      ["предупреждение", 4, "E «Профессия»"],
      ["предупреждение", 6, "E «Профессия»"],
    ]);
    expect(report.links[2]).toEqual(['=HYPERLINK("#gid=5&range=D3","перейти к D3")']);
    expect(validationReport(check(), {}, "s", "en").content.rows[1][0]).toBe("Kind");
  });
});
