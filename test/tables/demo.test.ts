// «Заполнить демо-данными» as a pure plan: which tabs refuse the demo, and the blocks it adds to setup's plan.

import { defaultQuarters } from "../../src/domain/calendar";
import { defaultSettings } from "../../src/domain/defaults";
import { buildDemoSchool, DEMO_SCHOOL_NAME, DEMO_TODAY, type DemoSchool } from "../../src/domain/demo";
import type { Cell, Grid } from "../../src/tables/cell";
import { localDateToDate } from "../../src/tables/dates";
import { addDemoWrites, checkDemoTarget, filledTabs } from "../../src/tables/demo";
import { formatSettings, parseSettings } from "../../src/tables/settings";
import { planSetup, type SetupInput, type SetupPlan } from "../../src/tables/setup";
import type { TabKey } from "../../src/tables/spec-types";
import { SOURCE_TAB_ORDER, TABS } from "../../src/tables/specs";
import { type CellBlock, withBlocks } from "../../src/tables/tab-write";
import { stored } from "./sheet-fake";

const ZONE = { timeZone: "Asia/Irkutsk" };
const options = { ...ZONE, locale: "ru" as const };
type Grids = Record<TabKey, Cell[][]>;
const mutable = (g: Grid): Cell[][] => g.map((r) => Array.from(r, (c) => c ?? ""));
const mutableAll = (gs: Record<TabKey, Grid>): Grids =>
  Object.fromEntries(Object.entries(gs).map(([k, g]) => [k, mutable(g)])) as Grids;

/** Tabs the demo fills with rows (Настройки is patched, Ступени is setup's own). */
const DEMO_TABS = SOURCE_TAB_ORDER.filter((k) => !["settings", "bands"].includes(k));

function setupInput(grids: Partial<Grids> = {}): SetupInput {
  const tabs: SetupInput["tabs"] = {};
  for (const key of Object.keys(grids) as TabKey[])
    tabs[key] = { name: TABS[key].name.ru, grid: grids[key]! };
  return {
    sheetNames: Object.keys(grids).map((k) => TABS[k as TabKey].name.ru),
    tabs,
    applied: {},
    locale: "ru",
    timeZone: ZONE.timeZone,
    today: DEMO_TODAY,
  };
}

/** Each tab after the plan's writes, from the grids the plan was made on. */
function applied(plan: SetupPlan, before: Partial<Grids>, apply = withBlocks): Grids {
  const out = {} as Grids;
  for (const w of plan.writes) out[w.tab] = mutable(apply(before[w.tab] ?? [], w.blocks));
  return out;
}

/** Blocks written through Sheets' own conversion of setValues (sheet-fake's `stored`), not withBlocks's shortcut. */
function throughSheets(grid: Grid, blocks: readonly CellBlock[]): Cell[][] {
  const out = grid.map((r) => Array.from(r, (c) => c ?? ""));
  for (const b of blocks) {
    b.values.forEach((row, i) => {
      while (out.length <= b.row - 1 + i) out.push([]);
      const target = out[b.row - 1 + i];
      while (target.length < b.column - 1) target.push("");
      row.forEach((v, j) => {
        target[b.column - 1 + j] = stored(v);
      });
    });
  }
  return out;
}

const clone = (grids: Grids): Grids =>
  Object.fromEntries(Object.entries(grids).map(([k, g]) => [k, g.map((r) => [...r])])) as Grids;

let demo: DemoSchool;
/** A workbook set up from nothing, and the same workbook with the whole demo written. */
let empty: Grids;
let full: Grids;
let demoPlan: SetupPlan;
let demoRows: number;

beforeAll(() => {
  demo = buildDemoSchool();
  expect(SOURCE_TAB_ORDER.filter((k) => k in demo && k !== "settings" && k !== "bands")).toEqual(DEMO_TABS);
  empty = mutableAll(planSetup(setupInput()).grids);
  demoPlan = planSetup(setupInput());
  demoRows = addDemoWrites(demoPlan, demo, options, DEMO_TODAY);
  full = applied(demoPlan, {});
});

describe("checkDemoTarget", () => {
  test("a workbook with no tabs, or only set up, takes the demo", () => {
    expect(checkDemoTarget({ grids: {}, demoBook: false }, demo, options)).toEqual([]);
    expect(checkDemoTarget({ grids: empty, demoBook: false }, demo, options)).toEqual([]);
    expect(checkDemoTarget({ grids: empty, demoBook: true }, demo, options)).toEqual([]);
  });

  test("Настройки and Ступени that a person changed do not count as data", () => {
    const grids = clone(empty);
    grids.settings[1][1] = "Моя школа";
    grids.bands.push(["12", "5-9", ""]);
    expect(checkDemoTarget({ grids, demoBook: false }, demo, options)).toEqual([]);
  });

  test("a row typed in Консультации refuses, in a demo book too", () => {
    const grids = clone(empty);
    grids.consultations.push([new Date(2026, 9, 1), "У-1"]);
    expect(checkDemoTarget({ grids, demoBook: false }, demo, options)).toEqual(["consultations"]);
    expect(checkDemoTarget({ grids, demoBook: true }, demo, options)).toEqual(["consultations"]);
  });

  test("a tab outside the demo (Анкеты) with rows refuses", () => {
    const grids = clone(empty);
    grids.questionnaires.push(["А-1", "Моя анкета"]);
    expect(checkDemoTarget({ grids, demoBook: true }, demo, options)).toEqual(["questionnaires"]);
  });

  test("an interrupted fill of a demo book: tabs holding exactly the demo's rows are finished, not refused", () => {
    const grids = { ...clone(empty), settings: full.settings, classes: full.classes, pupils: full.pupils };
    expect(full.pupils).toHaveLength(demo.pupils.length + 1);
    expect(checkDemoTarget({ grids, demoBook: true }, demo, options)).toEqual([]);
    // The same rows in a workbook not started as a demo book are somebody's data.
    expect(checkDemoTarget({ grids, demoBook: false }, demo, options)).toEqual(["classes", "pupils"]);
  });

  test("the demo's rows as Sheets stores them (guards eaten, text converted) are still recognised", () => {
    const sheets = applied(demoPlan, {}, throughSheets);
    const grids = { ...clone(empty), classes: sheets.classes, pupils: sheets.pupils, plan: sheets.plan };
    expect(checkDemoTarget({ grids, demoBook: true }, demo, options)).toEqual([]);
    for (const key of DEMO_TABS) {
      const one = { ...clone(empty), [key]: sheets[key] };
      expect([key, checkDemoTarget({ grids: one, demoBook: true }, demo, options)]).toEqual([key, []]);
    }
  });

  test("a demo book with one demo cell changed, a row added or a row gone: that tab refuses", () => {
    const base = { ...clone(empty), classes: full.classes, pupils: full.pupils.map((r) => [...r]) };
    const changed = { ...base, pupils: base.pupils.map((r) => [...r]) };
    changed.pupils[5][1] = changed.pupils[5][1] === "8А" ? "8Б" : "8А";
    expect(checkDemoTarget({ grids: changed, demoBook: true }, demo, options)).toEqual(["pupils"]);

    const added = { ...base, pupils: [...base.pupils, ["У-9999", "8А", "", "да"]] };
    expect(checkDemoTarget({ grids: added, demoBook: true }, demo, options)).toEqual(["pupils"]);

    const gone = { ...base, pupils: base.pupils.slice(0, -1) };
    expect(checkDemoTarget({ grids: gone, demoBook: true }, demo, options)).toEqual(["pupils"]);

    const dated = { ...base, events: full.events.map((r) => [...r]) };
    const dateColumn = dated.events[0].indexOf("Дата*");
    const when = dated.events[3][dateColumn] as Date;
    dated.events[3][dateColumn] = new Date(when.getTime() + 86400000);
    expect(checkDemoTarget({ grids: dated, demoBook: true }, demo, options)).toEqual(["events"]);
  });

  test("a complete demo book is not refused here (the shell refuses it when setup has nothing left); unmarked, it is", () => {
    expect(checkDemoTarget({ grids: full, demoBook: true }, demo, options)).toEqual([]);
    expect(filledTabs({ grids: full })).toEqual(DEMO_TABS);
    expect(filledTabs({ grids: full })).toHaveLength(16);
    expect(checkDemoTarget({ grids: full, demoBook: false }, demo, options)).toEqual(DEMO_TABS);
  });
});

describe("addDemoWrites", () => {
  test("one block per empty demo tab below its header, and Настройки's school patched", () => {
    const plan = planSetup(setupInput());
    const before = plan.writes.map((w) => w.blocks.length);
    const rows = addDemoWrites(plan, demo, options, DEMO_TODAY);
    let total = 0;
    plan.writes.forEach((w, i) => {
      const added = w.blocks.slice(before[i]);
      if (DEMO_TABS.includes(w.tab)) {
        const records = demo[w.tab as keyof DemoSchool] as unknown[];
        expect([w.tab, added.length]).toEqual([w.tab, 1]);
        expect(added[0]).toMatchObject({ row: 2, column: 1 });
        expect(added[0].values).toHaveLength(records.length);
        expect(added[0].values.every((r) => r.length === plan.grids[w.tab][0].length)).toBe(true);
        total += records.length;
      } else if (w.tab === "settings") {
        // Year and quarters of a new book already are the demo's: only the school differs.
        expect(added).toEqual([{ row: 2, column: 2, values: [[DEMO_SCHOOL_NAME]], kept: undefined }]);
      } else expect([w.tab, added]).toEqual([w.tab, []]);
    });
    expect(rows).toBe(total);
    expect(rows).toBe(demoRows);
    expect(rows).toBeGreaterThan(1000);
  });

  test("Настройки of another year: school, year and the eight quarter dates in one block; the rest kept", () => {
    const settings = formatSettings(
      {
        ...defaultSettings("2025-11-26"),
        school: "Старая школа",
        profminimumLevel: "advanced",
        profminimumHours: 80,
        coordinators: ["zav@school.ru"],
      },
      options,
    ).map((r) => r.map((c) => (typeof c === "string" && c.startsWith("'") ? c.slice(1) : c)));
    const plan = planSetup(setupInput({ settings }));
    expect(plan.writes.find((w) => w.tab === "settings")!.blocks).toEqual([]);
    addDemoWrites(plan, demo, options, DEMO_TODAY);
    const blocks = plan.writes.find((w) => w.tab === "settings")!.blocks;
    expect(blocks).toHaveLength(1);
    const [block] = blocks;
    expect(block).toMatchObject({ row: 2, column: 2 });
    expect(block.kept).toBeUndefined();
    const quarters = defaultQuarters("2026/2027").flatMap((q) => [q.start, q.end]);
    expect(block.values).toEqual([
      [DEMO_SCHOOL_NAME],
      ["'2026/2027"],
      ...quarters.map((d) => [localDateToDate(d, ZONE)]),
    ]);
    const after = withBlocks(settings, blocks);
    const read = parseSettings(after, { ...options, today: DEMO_TODAY, defaultQuarters }).settings;
    expect(read).toMatchObject({
      school: DEMO_SCHOOL_NAME,
      year: "2026/2027",
      profminimumLevel: "advanced",
      profminimumHours: 80,
      coordinators: ["zav@school.ru"],
    });
    expect(read.quarters).toEqual(defaultQuarters("2026/2027"));
  });

  test("a tab that already has rows gets no demo block", () => {
    const grids = { ...clone(empty), consultations: [...empty.consultations, [new Date(2026, 9, 1), "У-1"]] };
    const plan = planSetup(setupInput(grids));
    addDemoWrites(plan, demo, options, DEMO_TODAY);
    expect(plan.writes.find((w) => w.tab === "consultations")!.blocks).toEqual([]);
  });

  test("finishing an interrupted fill gives the same workbook as one clean fill", () => {
    const partial = { ...clone(empty), settings: full.settings, classes: full.classes, pupils: full.pupils };
    const plan = planSetup(setupInput(partial));
    addDemoWrites(plan, demo, options, DEMO_TODAY);
    expect(plan.writes.find((w) => w.tab === "settings")!.blocks).toEqual([]);
    expect(plan.writes.find((w) => w.tab === "pupils")!.blocks).toEqual([]);
    const finished = applied(plan, partial);
    for (const key of SOURCE_TAB_ORDER) expect([key, finished[key]]).toEqual([key, full[key]]);
  });
});
