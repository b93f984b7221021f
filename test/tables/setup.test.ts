// «Настроить книгу» as a pure plan: what it creates, what it adds to existing tabs, and that a second run writes nothing.

import fc from "fast-check";
import { defaultQuarters } from "../../src/domain/calendar";
import { defaultBands, defaultSettings } from "../../src/domain/defaults";
import { type Cell, type Grid, isBlank } from "../../src/tables/cell";
import { formatValue } from "../../src/tables/codec";
import { localDateToDate } from "../../src/tables/dates";
import { mapHeader } from "../../src/tables/read";
import { formatSettings, parseSettings } from "../../src/tables/settings";
import { planSetup, type SetupInput, type SetupPlan, setupNeedsRows } from "../../src/tables/setup";
import type { ColumnSpec, TabKey } from "../../src/tables/spec-types";
import { anyTab, SETTINGS_PARAMS, SOURCE_TAB_ORDER, TABS } from "../../src/tables/specs";
import type { CellBlock, TabWrite } from "../../src/tables/tab-write";
import { headerRow } from "../../src/tables/write";

const ZONE = { timeZone: "Asia/Irkutsk" };
const TODAY = "2026-11-26";
const cells = { ...ZONE, locale: "ru" as const };

function input(
  tabs: SetupInput["tabs"] = {},
  sheetNames: readonly string[] = ["Лист1"],
  applied: SetupInput["applied"] = {},
): SetupInput {
  return { sheetNames, tabs, applied, locale: "ru", timeZone: ZONE.timeZone, today: TODAY };
}

/** The next run's input: the workbook as the plan leaves it, with the look it recorded. */
function nextRun(
  plan: SetupPlan,
  sheetNames: readonly string[],
  applied: SetupInput["applied"] = plan.applied,
): SetupInput {
  const tabs: SetupInput["tabs"] = {};
  for (const key of SOURCE_TAB_ORDER) tabs[key] = { name: plan.names[key], grid: plan.grids[key] };
  const names = [...sheetNames, ...plan.writes.filter((w) => w.create).map((w) => w.name)];
  return input(tabs, names, applied);
}

const writeOf = (plan: SetupPlan, key: TabKey): TabWrite => plan.writes.find((w) => w.tab === key)!;

/** Nothing at all is written: no tab, no cell, no format. */
function expectNoWrites(plan: SetupPlan): void {
  for (const w of plan.writes) {
    expect({ tab: w.tab, create: w.create, blocks: w.blocks, columns: w.columns }).toEqual({
      tab: w.tab,
      create: undefined,
      blocks: [],
      columns: undefined,
    });
    expect(w.cellRules).toBeUndefined();
    expect(w.frozenRows).toBeUndefined();
  }
  expect([plan.createdTabs, plan.addedColumns, plan.addedParams, plan.restyledTabs]).toEqual([0, 0, 0, 0]);
}

/** Every cell a block writes was blank in the grid as read: nothing a person typed is overwritten. */
function expectBlocksOnBlankCells(grid: Grid, blocks: readonly CellBlock[]): void {
  for (const b of blocks) {
    b.values.forEach((row, i) => {
      row.forEach((_, j) => {
        const r = b.row - 1 + i;
        const c = b.column - 1 + j;
        if (!isBlank(grid[r]?.[c])) throw new Error(`block overwrites ${r + 1}:${c + 1} «${grid[r]?.[c]}»`);
      });
    });
  }
}

describe("planSetup on an empty workbook", () => {
  const plan = planSetup(input({}, ["Лист1", "Отчёт"]));

  test("creates the 18 source tabs in order, inserted after the existing sheets", () => {
    expect(plan.writes).toHaveLength(18);
    expect(plan.writes.map((w) => w.tab)).toEqual(SOURCE_TAB_ORDER);
    expect(plan.writes.map((w) => w.create?.index)).toEqual(SOURCE_TAB_ORDER.map((_, i) => 2 + i));
    expect(plan.writes.map((w) => w.name)).toEqual(SOURCE_TAB_ORDER.map((k) => TABS[k].name.ru));
    expect(plan.createdTabs).toBe(18);
    expect([plan.addedColumns, plan.addedParams, plan.restyledTabs]).toEqual([0, 0, 0]);
    expect(plan.renamed).toEqual([]);
  });

  test("each tab gets one block from A1: its header; Настройки its parameters, Ступени the four bands", () => {
    for (const w of plan.writes) {
      expect(w.blocks).toHaveLength(1);
      expect(w.blocks[0]).toMatchObject({ row: 1, column: 1 });
      expect(w.readSize).toBeUndefined();
      if (w.tab === "settings" || w.tab === "bands") continue;
      expect(w.blocks[0].values).toEqual([headerRow(anyTab(w.tab), "ru")]);
    }
    const settings = writeOf(plan, "settings").blocks[0].values;
    expect(settings).toEqual(formatSettings({ ...defaultSettings(TODAY), language: "ru" }, cells));
    expect(settings.map((r) => r[0])).toEqual(["Параметр", ...SETTINGS_PARAMS.map((p) => p.label.ru)]);
    const q1Start = settings.find((r) => r[0] === "Начало 1 четверти")![1];
    expect(q1Start).toEqual(localDateToDate(defaultQuarters("2026/2027")[0].start, ZONE));
    expect(settings.find((r) => r[0] === "Учебный год")![1]).toBe("'2026/2027");

    const bands = writeOf(plan, "bands").blocks[0].values;
    expect(bands).toHaveLength(5);
    expect(bands[0]).toEqual(headerRow(TABS.bands, "ru"));
    expect(bands.slice(1).map((r) => r[2])).toEqual(defaultBands().map((b) => b.direction));
    expect(plan.grids.bands.slice(1).map((r) => r[0])).toEqual(defaultBands().map((b) => b.name));
  });

  test("formats: bold headers with note, width and rule; row 1 frozen; Настройки's value cells get rules", () => {
    for (const w of plan.writes) {
      const spec = anyTab(w.tab);
      expect(w.frozenRows).toBe(1);
      expect(w.columns!.map((c) => c.column)).toEqual(spec.columns.map((_, i) => i + 1));
      w.columns!.forEach((c, i) => {
        expect(c).toMatchObject({ bold: true, note: spec.columns[i].note.ru, width: spec.columns[i].width });
      });
      if (w.tab !== "settings") expect(w.cellRules).toBeUndefined();
    }
    const pupils = writeOf(plan, "pupils").columns!;
    expect(pupils.map((c) => c.rule)).toEqual([
      undefined,
      { kind: "range", tab: "classes", column: 1 },
      undefined,
      { kind: "list", values: ["да", "нет"] },
    ]);
    const consultations = writeOf(plan, "consultations").columns!;
    expect(consultations[0].rule).toEqual({ kind: "date" });
    expect(consultations[1].rule).toEqual({ kind: "range", tab: "pupils", column: 1 });

    const settings = writeOf(plan, "settings");
    expect(settings.columns!.every((c) => c.rule === undefined)).toBe(true);
    expect(settings.cellRules).toMatchObject({ row: 2, column: 2 });
    const rules = settings.cellRules!.rules;
    expect(rules).toHaveLength(SETTINGS_PARAMS.length);
    SETTINGS_PARAMS.forEach((p, i) => {
      if (p.type === "date") expect(rules[i]).toEqual({ kind: "date" });
      else if (p.enumeration) expect(rules[i]).toMatchObject({ kind: "list" });
      else expect(rules[i]).toBeNull();
    });
    expect(rules[SETTINGS_PARAMS.findIndex((p) => p.key === "profminimumLevel")]).toEqual({
      kind: "list",
      values: ["базовый", "основной", "продвинутый"],
    });
  });

  test("grids are the tabs as they read back (apostrophe guards dropped)", () => {
    expect(plan.grids.settings.find((r) => r[0] === "Учебный год")![1]).toBe("2026/2027");
    expect(plan.grids.pupils).toEqual([headerRow(TABS.pupils, "ru")]);
    expect(Object.keys(plan.applied).sort()).toEqual([...SOURCE_TAB_ORDER].sort());
    expect(Object.values(plan.applied).every((p) => /^[0-9a-f]{8}$/.test(p))).toBe(true);
  });

  test("a second run on the result writes nothing and records the same look", () => {
    const second = planSetup(nextRun(plan, ["Лист1", "Отчёт"]));
    expectNoWrites(second);
    expect(second.applied).toEqual(plan.applied);
    expect(second.grids).toEqual(plan.grids);
    expect(second.names).toEqual(plan.names);
    expect(second.renamed).toEqual([]);
  });

  test("with the record of one tab's look missing, only that tab's formats come back", () => {
    const { pupils: _lost, ...applied } = plan.applied;
    const second = planSetup(nextRun(plan, ["Лист1", "Отчёт"], applied));
    expect(second.restyledTabs).toBe(1);
    expect([second.createdTabs, second.addedColumns, second.addedParams]).toEqual([0, 0, 0]);
    for (const w of second.writes) {
      expect(w.create).toBeUndefined();
      expect(w.blocks).toEqual([]);
      if (w.tab === "pupils") {
        expect(w.columns).toEqual(writeOf(plan, "pupils").columns);
        expect(w.frozenRows).toBe(1);
      } else {
        expect(w.columns).toBeUndefined();
        expect(w.frozenRows).toBeUndefined();
      }
    }
    expect(second.applied).toEqual(plan.applied);
  });

  test("a stale record (another look) restyles, as does a renamed tab", () => {
    const stale = planSetup(nextRun(plan, [], { ...plan.applied, scales: "00000000" }));
    expect(stale.restyledTabs).toBe(1);
    expect(writeOf(stale, "scales").columns).toBeDefined();
    const next = nextRun(plan, []);
    next.tabs.pupils = { name: "Pupils", grid: plan.grids.pupils };
    const renamed = planSetup(next);
    expect(renamed.restyledTabs).toBe(1);
    expect(writeOf(renamed, "pupils")).toMatchObject({ name: "Pupils", blocks: [], frozenRows: 1 });
    expect(writeOf(renamed, "pupils").create).toBeUndefined();
  });

  test("in English: tabs, headers and labels in English", () => {
    const en = planSetup({ ...input(), locale: "en" });
    expect(en.writes.map((w) => w.name)).toEqual(SOURCE_TAB_ORDER.map((k) => TABS[k].name.en));
    expect(writeOf(en, "pupils").blocks[0].values[0]).toEqual(headerRow(TABS.pupils, "en"));
    expect(writeOf(en, "pupils").columns![3].rule).toEqual({ kind: "list", values: ["yes", "no"] });
    expect(en.grids.settings.find((r) => r[0] === "Language")![1]).toBe("en");
  });
});

describe("planSetup on existing tabs", () => {
  test("a required column renamed in place is reported, not added twice; a missing optional column is appended", () => {
    const grid: Cell[][] = [
      ["Каб.", "Наименование*", "Количество", "Состояние", "Мои заметки"],
      ["101", "Микроскоп", 3, "исправно", "заметка"],
    ];
    const plan = planSetup(input({ equipment: { name: "Оборудование", grid } }, ["Оборудование"]));
    expect(plan.renamed).toEqual([
      { tab: "Оборудование", column: "A «Каб.»", found: "Каб.", expected: "Кабинет" },
    ]);
    const w = writeOf(plan, "equipment");
    expect(w.create).toBeUndefined();
    expect(w.blocks).toEqual([
      { row: 1, column: 6, values: [["Предметы", "Профессии", "Цифровое", "Примечание"]] },
    ]);
    const written = w.blocks.flatMap((b) => b.values.flat());
    expect(written.some((v) => typeof v === "string" && /кабинет/i.test(v))).toBe(false);
    expect(plan.addedColumns).toBe(4);
    // The other tabs are created after the one sheet there is.
    expect(writeOf(plan, "settings").create).toEqual({ index: 1 });
    // No format for «Каб.» nor for the person's own column.
    expect(w.columns!.map((c) => c.column)).toEqual([2, 3, 4, 6, 7, 8, 9]);
    expectBlocksOnBlankCells(grid, w.blocks);

    // Reported again the next time, still without writing anything.
    const second = planSetup(nextRun(plan, ["Оборудование"]));
    expect(second.renamed).toEqual(plan.renamed);
    expectNoWrites(second);
  });

  test("missing columns go after the last used column, also when a data row reaches further than the header", () => {
    const grid: Cell[][] = [
      ["Код*", "Класс*"],
      ["У-1", "8А", "", "заметка справа"],
    ];
    const plan = planSetup(input({ pupils: { name: "Ученики", grid } }));
    expect(writeOf(plan, "pupils").blocks).toEqual([{ row: 1, column: 5, values: [["Подпись", "Активен"]] }]);
    expectBlocksOnBlankCells(grid, writeOf(plan, "pupils").blocks);
  });

  test("rules of reference columns point at the target tab's column where it stands", () => {
    const classes: Cell[][] = [
      ["Параллель", "Классный руководитель", "Класс", "Профиль"],
      [8, "Иванова", "8А", ""],
    ];
    const pupils: Cell[][] = [["Мои заметки", "Активен", "Код", "Класс"]];
    const plan = planSetup(
      input({ classes: { name: "Классы", grid: classes }, pupils: { name: "Ученики", grid: pupils } }),
    );
    const pupilColumns = writeOf(plan, "pupils").columns!;
    const classRule = pupilColumns.find((c) => c.column === 4)!.rule;
    expect(classRule).toEqual({ kind: "range", tab: "classes", column: 3 });
    // Every class column of every tab, and every reference to Ученики's Код (now column C).
    expect(writeOf(plan, "consultations").columns![1].rule).toEqual({
      kind: "range",
      tab: "pupils",
      column: 3,
    });
    expect(writeOf(plan, "consultations").columns![2].rule).toEqual({
      kind: "range",
      tab: "classes",
      column: 3,
    });
    expect(writeOf(plan, "participation").columns![2].rule).toEqual({
      kind: "range",
      tab: "classes",
      column: 3,
    });
    // A user's own column gets no format entry.
    expect(pupilColumns.map((c) => c.column)).toEqual([2, 3, 4, 5]);
    expect(writeOf(plan, "pupils").blocks).toEqual([{ row: 1, column: 5, values: [["Подпись"]] }]);
    expect(writeOf(plan, "classes").blocks).toEqual([]);
    expect(writeOf(plan, "classes").columns!.map((c) => c.column)).toEqual([1, 2, 3, 4]);
  });

  test("a reference to a column the target tab lacks gets no rule", () => {
    const classes: Cell[][] = [
      ["Каб.", "Параллель"],
      ["8А", 8],
    ];
    const plan = planSetup(input({ classes: { name: "Классы", grid: classes } }));
    expect(plan.renamed.map((r) => r.expected)).toEqual(["Класс"]);
    expect(writeOf(plan, "pupils").columns![1].rule).toBeUndefined();
  });

  test("a typed value is never in any block: headers appended to the right, parameters below", () => {
    const tabs: SetupInput["tabs"] = {
      settings: {
        name: "Настройки",
        grid: [
          ["Параметр", "Значение", "Комментарий"],
          ["Школа", "МОУ СОШ № 2", ""],
          ["Учебный год", "2025/2026", "прошлый"],
          ["Уровень профминимума", "", "пусто — базовый"],
          ["", "", "заметка ниже"],
        ],
      },
      bands: {
        name: "Ступени",
        grid: [
          ["Ступень", "Классы"],
          ["5–9", "5-9"],
        ],
      },
      pupils: {
        name: "Ученики",
        grid: [
          ["Код", "Заметки", "Класс"],
          ["У-1", "", "8А"],
          ["У-2", "переведён", "8Б"],
        ],
      },
      events: {
        name: "Мероприятия",
        grid: [
          ["Дата", "Название"],
          [new Date(2026, 8, 1), "Экскурсия"],
        ],
      },
    };
    const plan = planSetup(input(tabs, ["Настройки", "Ступени", "Ученики", "Мероприятия"]));
    for (const key of Object.keys(tabs) as TabKey[]) {
      const w = writeOf(plan, key);
      expect(w.create).toBeUndefined();
      expectBlocksOnBlankCells(tabs[key]!.grid, w.blocks);
    }
    expect(writeOf(plan, "bands").blocks).toEqual([{ row: 1, column: 3, values: [["Направление"]] }]);
    expect(writeOf(plan, "pupils").blocks).toEqual([{ row: 1, column: 4, values: [["Подпись", "Активен"]] }]);
    expect(writeOf(plan, "events").blocks[0]).toMatchObject({ row: 1, column: 3 });

    const settings = writeOf(plan, "settings").blocks;
    expect(settings).toHaveLength(1);
    const params = settings[0];
    expect(params).toMatchObject({ row: 6, column: 1 });
    expect(params.values.map((r) => r[0])).toEqual(
      SETTINGS_PARAMS.filter((p) => !["school", "year", "profminimumLevel"].includes(p.key)).map(
        (p) => p.label.ru,
      ),
    );
    expect(params.values.every((r) => r.length === 2)).toBe(true);
    expect(plan.addedParams).toBe(SETTINGS_PARAMS.length - 3);
    // The quarters added are those of the school year the tab holds, not of today's.
    const q1 = params.values.find((r) => r[0] === "Начало 1 четверти")![1];
    expect(q1).toEqual(localDateToDate(defaultQuarters("2025/2026")[0].start, ZONE));
    const read = parseSettings(plan.grids.settings, { ...cells, today: TODAY, defaultQuarters });
    expect(read.errors).toEqual([]);
    expect(read.settings).toMatchObject({
      school: "МОУ СОШ № 2",
      year: "2025/2026",
      profminimumLevel: "basic",
    });
    // Настройки's value rules cover every row down to the last, the person's rows without a parameter too.
    const cellRules = writeOf(plan, "settings").cellRules!;
    expect(cellRules).toMatchObject({ row: 2, column: 2 });
    expect(cellRules.rules).toHaveLength(plan.grids.settings.length - 1);
    expect(cellRules.rules[3]).toBeNull();

    expectNoWrites(planSetup(nextRun(plan, ["Настройки", "Ступени", "Ученики", "Мероприятия"])));
  });

  test("Настройки without a school year: the missing parameters are those of the current year", () => {
    const grid: Cell[][] = [
      ["Параметр", "Значение"],
      ["Школа", "Гимназия"],
    ];
    const plan = planSetup(input({ settings: { name: "Настройки", grid } }));
    const block = writeOf(plan, "settings").blocks[0];
    expect(block.row).toBe(3);
    expect(block.values[0]).toEqual(["Учебный год", "'2026/2027"]);
  });

  test("Ступени with a header only gets the four bands below it, in its column order", () => {
    const grid: Cell[][] = [["Направление", "Ступень", "Классы"]];
    const plan = planSetup(input({ bands: { name: "Ступени", grid } }));
    const blocks = writeOf(plan, "bands").blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ row: 2, column: 1 });
    expect(blocks[0].values.map((r) => r[1])).toEqual(
      defaultBands().map((b) => formatValue(TABS.bands.columns[0] as ColumnSpec, b.name, cells)),
    );
    expect(plan.grids.bands.slice(1).map((r) => r[1])).toEqual(defaultBands().map((b) => b.name));
  });

  // Was a bug: Ступени with no rows whose required column is renamed in place made planSetup throw
  // (bandRows → formatRecord → assertHeader) instead of reporting the rename.
  test("Ступени with a renamed required header and no rows: the rename is reported, nothing throws", () => {
    const grid: Cell[][] = [["Название", "Классы", "Направление"]];
    const plan = planSetup(input({ bands: { name: "Ступени", grid } }));
    expect(plan.renamed).toEqual([
      { tab: "Ступени", column: "A «Название»", found: "Название", expected: "Ступень" },
    ]);
  });
});

describe("property: setup never touches a typed cell, and a second run writes nothing", () => {
  const TABS_TO_TRY = SOURCE_TAB_ORDER.filter((k) => k !== "settings");

  /** A tab as a person may have left it: some spec columns in any order and spelling, own columns, rows of anything. */
  const userTab = fc.constantFrom(...TABS_TO_TRY).chain((key) => {
    const spec = anyTab(key);
    const spellings = spec.columns.map((c) =>
      fc.constantFrom(c.header.ru, c.header.en, `${c.header.ru}*`, ...(c.aliases ?? [])),
    );
    return fc
      .record({
        picked: fc.subarray(
          spec.columns.map((_, i) => i),
          { minLength: 0 },
        ),
        spellings: fc.tuple(...spellings),
        extras: fc.array(fc.tuple(fc.nat(), fc.constantFrom("Заметки", "Мой столбец", "", "Итого")), {
          maxLength: 2,
        }),
        rows: fc.array(
          fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant("")), { maxLength: 9 }),
          { maxLength: 3 },
        ),
      })
      .map(({ picked, spellings, extras, rows }) => {
        const header: Cell[] = picked.map((i) => spellings[i]);
        for (const [at, text] of extras) header.splice(at % (header.length + 1), 0, text);
        return { key, grid: [header, ...rows] as Cell[][] };
      });
  });

  /** Настройки as a person may have left it: some parameters in any order, blanks, own rows, columns swapped. */
  const userSettings = fc
    .record({
      swap: fc.boolean(),
      params: fc.subarray([...SETTINGS_PARAMS]),
      values: fc.array(fc.oneof(fc.constant(""), fc.string({ maxLength: 4 }), fc.integer()), {
        minLength: SETTINGS_PARAMS.length,
        maxLength: SETTINGS_PARAMS.length,
      }),
      own: fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 4 })), { maxLength: 2 }),
    })
    .map(({ swap, params, values, own }) => {
      const rows: Cell[][] = params.map((p, i) => [p.label.ru, values[i]]);
      for (const [at, text] of own) rows.splice(at % (rows.length + 1), 0, [`Моё: ${text}`, text]);
      const grid: Cell[][] = [["Параметр", "Значение"], ...rows];
      return swap ? grid.map((r) => [r[1], r[0]]) : grid;
    });

  test("blocks only on blank cells; formats only on spec columns; rules point at the right columns; idempotent", () => {
    fc.assert(
      fc.property(userTab, userSettings, ({ key, grid }, settingsGrid) => {
        const tabs: SetupInput["tabs"] = {
          [key]: { name: TABS[key].name.ru, grid },
          settings: { name: "Настройки", grid: settingsGrid },
        };
        const plan: SetupPlan = planSetup(input(tabs, ["Настройки", TABS[key].name.ru]));
        for (const k of [key, "settings"] as TabKey[])
          expectBlocksOnBlankCells(tabs[k]!.grid, writeOf(plan, k).blocks);
        for (const w of plan.writes) {
          const spec = anyTab(w.tab);
          const header = mapHeader(spec, plan.grids[w.tab][0] ?? []);
          const specColumns = new Set(
            Object.values(header.index as Record<string, number>).map((i) => i + 1),
          );
          for (const c of w.columns ?? []) {
            expect(specColumns.has(c.column)).toBe(true);
            if (c.rule?.kind === "range") {
              const target = anyTab(c.rule.tab);
              const at = mapHeader(target, plan.grids[c.rule.tab][0] ?? []);
              const ref = spec.columns.find((s) => header.index[s.key] === c.column - 1)!;
              const wanted = ref.ref?.column ?? "className";
              expect(at.index[wanted]).toBe(c.rule.column - 1);
            }
          }
        }
        const read = parseSettings(plan.grids.settings, { ...cells, today: TODAY, defaultQuarters });
        const present = new Set(
          plan.grids.settings
            .slice(1)
            .map(
              (r) => SETTINGS_PARAMS.find((p) => p.label.ru === r[settingsGrid[0].indexOf("Параметр")])?.key,
            ),
        );
        expect(SETTINGS_PARAMS.every((p) => present.has(p.key))).toBe(true);
        expect(read.settings.year).toMatch(/^\d{4}\/\d{4}$/);
        expectNoWrites(planSetup(nextRun(plan, ["Настройки", TABS[key].name.ru])));
      }),
      { numRuns: 120 },
    );
  });
});

test("setupNeedsRows: the header alone serves a tab with every spec column; rows for the rest", () => {
  const full = headerRow(anyTab("participation"), "ru");
  expect(setupNeedsRows("participation", full)).toBe(false);
  expect(setupNeedsRows("participation", [...full, "Мои заметки"])).toBe(false);
  // A missing column goes after the widest row, and a header in a required column's place needs the cells below.
  expect(setupNeedsRows("participation", full.slice(0, -1))).toBe(true);
  expect(setupNeedsRows("participation", ["", ""])).toBe(true);
  expect(setupNeedsRows("settings", headerRow(anyTab("settings"), "ru"))).toBe(true);
  expect(setupNeedsRows("bands", headerRow(anyTab("bands"), "ru"))).toBe(true);
});
