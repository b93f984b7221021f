// Leftovers of a generated tab: a fault at any service call of «Итоги — план» leaves nothing that the next run does
// not clean up, and a user's tab that only looks like a temporary one is never touched.

import { createEmulator, type Emulator } from "../../emulator/index";
import { newSheet, type SheetModel, type WorkbookModel } from "../../emulator/model";
import { fixtureWorkbook, type RowValues, settingsRows, sheetOf, values } from "./plan-fixtures";

const TAB = "Итоги — план";
const KIND = "plan-summary";
const KEY = "proftrack.generated";
const TIMEOUT = "Service Spreadsheets timed out while accessing document with id local-workbook.";
/** The temporary names of «Итоги — план»: the name, « ~» and digits. */
const TEMP = /^Итоги — план ~\d+$/;

const planRow = (subject: string, grade: number, quarter: number, profession: string): RowValues => ({
  Предмет: subject,
  Параллель: grade,
  Четверть: quarter,
  Профессия: profession,
  Статус: "проведено",
});

function sheetWith(wb: WorkbookModel, name: string, text: string, kind?: string): SheetModel {
  const sheet = newSheet(wb, name);
  sheet.cells.push([{ v: text }]);
  if (kind) sheet.metadata.push({ id: wb.nextId++, key: KEY, value: kind, visibility: "DOCUMENT" });
  return sheet;
}

/**
 * A small school, plus three tabs that are not leftovers of «Итоги — план» and must survive every run as they are:
 * a user's tab named like a temporary one but without the marker, one so named with the marker of another kind, and
 * one with the marker of this kind under a name that is not a temporary one.
 */
function school(planRows = 3): WorkbookModel {
  const plan = Array.from({ length: planRows }, (_, i) =>
    planRow(i % 2 ? "Биология" : "Математика", 5, 1 + (i % 4), i % 2 ? "Агроном" : "Программист"),
  );
  const wb = fixtureWorkbook({
    settings: settingsRows(2),
    subjects: [
      { Предмет: "Математика", Классы: "5-6" },
      { Предмет: "Биология", Классы: "5" },
    ],
    professions: [
      { Профессия: "Программист", Предметы: "Математика" },
      { Профессия: "Агроном", Предметы: "Биология" },
    ],
    plan,
  });
  wb.sheets.push(
    sheetWith(wb, "Итоги — план ~12345", "мой лист"),
    sheetWith(wb, "Итоги — план ~777", "другого вида", "validation"),
    sheetWith(wb, "Итоги — план (мой)", "переименованный итог", KIND),
  );
  return wb;
}

const USER_TABS = ["Итоги — план ~12345", "Итоги — план ~777", "Итоги — план (мой)"];

function userTabs(emu: Emulator): SheetModel[] {
  return USER_TABS.map((n) => structuredClone(sheetOf(emu, n)));
}

const names = (emu: Emulator) => emu.workbook.sheets.map((s) => s.name);
const kindOf = (s: SheetModel) => s.metadata.find((d) => d.key === KEY)?.value ?? null;
/** Sheets with a temporary name of «Итоги — план» and its marker: leftovers. */
const leftovers = (emu: Emulator) =>
  emu.workbook.sheets.filter((s) => TEMP.test(s.name) && kindOf(s) === KIND);
/** The tab without its first line (the stamp holds the minute of the run). */
const body = (emu: Emulator) => values(emu, TAB).slice(1);

/** A workbook where «Итоги — план» was built once (when `built`), with the calls counter reset. */
function prepared(built: boolean, wb = school()): Emulator {
  const emu = createEmulator({ workbook: wb });
  if (built) emu.call("refreshPlanCoverage");
  emu.calls.reset();
  return emu;
}

/** Runs refreshPlanCoverage; true when it threw. */
function fails(emu: Emulator): boolean {
  try {
    emu.call("refreshPlanCoverage");
    return false;
  } catch (_e) {
    return true;
  }
}

/** What a clean run leaves: the tab names in order, the tab's body, and its service calls in order. */
function reference(built: boolean) {
  const emu = prepared(built);
  const sequence: string[] = [];
  const counter = emu.calls;
  const hit = counter.hit.bind(counter);
  counter.hit = (method: string) => {
    sequence.push(method);
    hit(method);
  };
  emu.call("refreshPlanCoverage");
  return { names: names(emu), body: body(emu), calls: counter.totalCalls, sequence };
}

describe.each([
  ["a regeneration over an existing «Итоги — план»", true],
  ["the first build of «Итоги — план»", false],
])("a fault at each service call of %s", (_title, built) => {
  const clean = reference(built);
  const points = Array.from({ length: clean.calls }, (_, i) => i + 1);
  /** Per fault point: what the faulted run left, then what one more clean run left. */
  const outcomes = points.map((k) => {
    const emu = prepared(built);
    const mine = userTabs(emu);
    emu.failAt({ nth: k, message: TIMEOUT });
    const threw = fails(emu);
    const afterFault = {
      threw,
      names: names(emu),
      leftovers: leftovers(emu).map((s) => s.name),
      tab: emu.workbook.sheets.some((s) => s.name === TAB) ? body(emu) : null,
      userTabs: userTabs(emu),
    };
    emu.calls.reset();
    const threwAgain = fails(emu);
    const tabs = emu.workbook.sheets.filter((s) => s.name === TAB);
    const afterClean = {
      threw: threwAgain,
      names: names(emu),
      tabs: tabs.length,
      kind: tabs[0] ? kindOf(tabs[0]) : null,
      warningOnly: tabs[0]?.protections.map((p) => p.warningOnly),
      body: tabs.length ? body(emu) : null,
      userTabs: userTabs(emu),
    };
    return { k, method: clean.sequence[k - 1], mine, afterFault, afterClean };
  });

  test(`the sweep covers every call of a clean run (${clean.calls} calls)`, () => {
    expect(clean.calls).toBeGreaterThan(40);
    expect(clean.names.filter((n) => n === TAB)).toHaveLength(1);
    // One more fault point than calls: nothing to fail, the run succeeds.
    const emu = prepared(built);
    emu.failAt({ nth: clean.calls + 1, message: TIMEOUT });
    expect(fails(emu)).toBe(false);
  });

  test("a fault anywhere in the tab's rebuild fails the run", () => {
    // Faults elsewhere may be absorbed (the user's locale falls back to Russian, say): the checks below hold anyway.
    const from = clean.sequence.indexOf("Spreadsheet.createDeveloperMetadataFinder") + 1;
    const to = clean.sequence.indexOf("Sheet.setName") + 1;
    expect(from).toBeGreaterThan(0);
    const rebuild = outcomes.filter((o) => o.k >= from && o.k <= to);
    expect(rebuild.length).toBeGreaterThan(20);
    expect(rebuild.filter((o) => !o.afterFault.threw).map((o) => o.method)).toEqual([]);
  });

  test("after the faulted run: the previous tab or a complete new one, and at most one marked leftover", () => {
    for (const o of outcomes) {
      const f = o.afterFault;
      expect({ k: o.k, leftovers: f.leftovers.length <= 1 }).toEqual({ k: o.k, leftovers: true });
      if (f.tab === null) {
        // Only a failed rename after the old tab was deleted (or a first build that failed) leaves no tab.
        if (built) expect({ k: o.k, leftovers: f.leftovers.length }).toEqual({ k: o.k, leftovers: 1 });
      } else {
        // Either the old tab untouched, or the new one complete (the fault came after the swap): never half-built.
        expect({ k: o.k, tab: f.tab }).toEqual({ k: o.k, tab: clean.body });
      }
    }
  });

  test("after one more clean run: exactly the tabs of a clean run, one marked «Итоги — план», no leftover", () => {
    for (const o of outcomes) {
      const c = o.afterClean;
      expect({ k: o.k, threw: c.threw, names: c.names }).toEqual({
        k: o.k,
        threw: false,
        names: clean.names,
      });
      expect({ k: o.k, tabs: c.tabs, kind: c.kind, warningOnly: c.warningOnly, body: c.body }).toEqual({
        k: o.k,
        tabs: 1,
        kind: KIND,
        warningOnly: [true],
        body: clean.body,
      });
      expect(c.names.filter((n) => n.includes("~"))).toEqual(["Итоги — план ~12345", "Итоги — план ~777"]);
    }
  });

  test("the user's look-alike tabs survive every run untouched", () => {
    for (const o of outcomes) {
      expect({ k: o.k, tabs: o.afterFault.userTabs }).toEqual({ k: o.k, tabs: o.mine });
      expect({ k: o.k, tabs: o.afterClean.userTabs }).toEqual({ k: o.k, tabs: o.mine });
    }
  });

  test("a leftover outlives the faulted run only when the rename failed (the old tab already deleted)", () => {
    const rename = clean.sequence.indexOf("Sheet.setName") + 1;
    expect(clean.sequence.filter((m) => m === "Sheet.setName")).toHaveLength(1);
    const left = outcomes.filter((o) => o.afterFault.leftovers.length > 0);
    expect(left.map((o) => o.k)).toEqual([rename]);
    expect(left[0].afterFault.tab).toBeNull();
  });
});

describe("a second fault at the cleanup's deleteSheet, after a fault at each call that builds the new tab", () => {
  const clean = reference(true);
  const at = (method: string) => clean.sequence.indexOf(method) + 1;
  const inserted = at("Spreadsheet.insertSheet");
  const oldDeleted = at("Spreadsheet.deleteSheet");
  const points = Array.from({ length: oldDeleted - inserted }, (_, i) => inserted + 1 + i);
  /** Temporary sheets of ours, marked or not (the user's look-alikes left out). */
  const temporary = (emu: Emulator) =>
    emu.workbook.sheets.filter((s) => TEMP.test(s.name) && !USER_TABS.includes(s.name));
  const outcomes = points.map((k) => {
    const emu = prepared(true);
    const mine = userTabs(emu);
    emu.failAt({ nth: k, message: TIMEOUT });
    emu.failAt({ method: "Spreadsheet.deleteSheet", nth: k === oldDeleted ? 2 : 1, message: TIMEOUT });
    const threw = fails(emu);
    const left = temporary(emu).map((s) => kindOf(s) === KIND);
    const tab = body(emu);
    emu.calls.reset();
    const threwAgain = fails(emu);
    const kept = names(emu).filter((n) => !temporary(emu).some((s) => s.name === n));
    return {
      k,
      method: clean.sequence[k - 1],
      threw,
      left,
      tab,
      threwAgain,
      after: temporary(emu).length,
      names: kept,
      mine,
      userTabs: userTabs(emu),
    };
  });

  test(`${points.length} points, from the marker to the old tab's deletion: the old tab stays, the half-built sheet too`, () => {
    expect(points.length).toBeGreaterThan(20);
    for (const o of outcomes) {
      expect({ k: o.k, threw: o.threw, left: o.left.length, tab: o.tab }).toEqual({
        k: o.k,
        threw: true,
        left: 1,
        tab: clean.body,
      });
    }
  });

  test("the next run removes it, but for a fault at the marker itself: that sheet is unmarked, so it is left alone", () => {
    expect(outcomes.filter((o) => !o.left[0]).map((o) => o.method)).toEqual(["Sheet.addDeveloperMetadata"]);
    for (const o of outcomes) {
      expect({ k: o.k, threw: o.threwAgain, names: o.names, userTabs: o.userTabs, after: o.after }).toEqual({
        k: o.k,
        threw: false,
        names: clean.names,
        userTabs: o.mine,
        after: o.left[0] ? 0 : 1,
      });
    }
  });
});

describe("leftovers of «Итоги — план»", () => {
  test("a failed rename after the old tab was deleted: the complete tab stays marked; the next run rebuilds in place", () => {
    const emu = prepared(true);
    const before = names(emu);
    const index = before.indexOf(TAB);
    emu.failAt({ method: "Sheet.setName", nth: 1, message: TIMEOUT });
    // The old tab is gone, the new one complete under its temporary name: the message says a re-run completes it.
    expect(() => emu.call("refreshPlanCoverage")).toThrow(
      "«Итоги — план»: Google не ответил вовремя; часть изменений записана; повтор допишет недостающее и не повторит записанное — повторите через минуту.",
    );
    const left = leftovers(emu);
    expect(left).toHaveLength(1);
    expect(emu.workbook.sheets.indexOf(left[0])).toBe(index);
    expect(names(emu)).not.toContain(TAB);
    emu.call("refreshPlanCoverage");
    expect(names(emu)).toEqual(before);
    expect(leftovers(emu)).toEqual([]);
  });

  test("a fault while filling and another at the cleanup's deleteSheet: the half-built sheet goes at the next run", () => {
    const emu = prepared(true);
    const before = names(emu);
    const previous = body(emu);
    emu.failAt({ method: "Range.setValues", nth: 1, message: TIMEOUT });
    emu.failAt({ method: "Spreadsheet.deleteSheet", nth: 1, message: TIMEOUT });
    expect(() => emu.call("refreshPlanCoverage")).toThrow(
      "«Итоги — план»: Google не ответил вовремя; прежняя версия листа «Итоги — план» сохранена — повторите через минуту.",
    );
    expect(leftovers(emu)).toHaveLength(1);
    expect(body(emu)).toEqual(previous);
    emu.call("refreshPlanCoverage");
    expect(names(emu)).toEqual(before);
    expect(leftovers(emu)).toEqual([]);
  });

  test("leftovers of the previous version (marked, with a five-digit suffix) are removed by the next run", () => {
    const wb = school();
    wb.sheets.push(
      sheetWith(wb, "Итоги — план ~65096", "", KIND),
      sheetWith(wb, "Итоги — план ~3", "", KIND),
    );
    const emu = prepared(false, wb);
    emu.call("refreshPlanCoverage");
    expect(leftovers(emu)).toEqual([]);
    expect(names(emu)).toEqual(reference(false).names);
  });

  test("a user's tab named «Итоги — план» stops the run before any leftover is touched", () => {
    const wb = school();
    wb.sheets.push(sheetWith(wb, TAB, "мои заметки"), sheetWith(wb, "Итоги — план ~65096", "", KIND));
    const emu = prepared(false, wb);
    const before = structuredClone(emu.workbook.sheets);
    expect(emu.runFromClient("refreshPlanCoverage", [])).toMatchObject({
      ok: false,
      error: { name: "UserError" },
    });
    expect(emu.workbook.sheets).toEqual(before);
  });
});

describe("service calls of a regeneration", () => {
  /** Calls of a run over an existing «Итоги — план», per method. */
  function regeneration(wb: WorkbookModel, leftover = false): Record<string, number> {
    const emu = prepared(true, wb);
    if (leftover) emu.workbook.sheets.push(sheetWith(emu.workbook, "Итоги — план ~65096", "", KIND));
    emu.call("refreshPlanCoverage");
    expect(leftovers(emu)).toEqual([]);
    return emu.calls.snapshot();
  }

  test("do not grow with plan rows", () => {
    // 600 plan rows make 600 rows of flags: still within the new sheet's 1,000 rows, so no call grows the grid.
    expect(regeneration(school(600))).toEqual(regeneration(school(20)));
  });

  test("finding leftovers is one metadata search, three calls more per sheet of this kind", () => {
    const calls = regeneration(school());
    expect(calls["Spreadsheet.createDeveloperMetadataFinder"]).toBe(1);
    expect(calls["DeveloperMetadataFinder.find"]).toBe(1);
    // «Итоги — план» and «Итоги — план (мой)» carry the marker of this kind; nothing is read per row or per tab.
    expect(calls["DeveloperMetadata.getLocation"]).toBe(2);
    expect(calls["DeveloperMetadataLocation.getSheet"]).toBe(2);
    expect(calls["Sheet.getDeveloperMetadata"] ?? 0).toBe(0);
    expect(calls["Spreadsheet.deleteSheet"]).toBe(1);
    const more = regeneration(school(), true);
    expect(more["DeveloperMetadata.getLocation"]).toBe(3);
    expect(more["Spreadsheet.deleteSheet"]).toBe(2);
  });
});
