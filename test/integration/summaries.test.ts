// «Обновить итоги» through the built bundle: the demo school's six summary tabs, their look (marker, protection, frozen
// headers, notes, charts), the service calls (the same for a small and a large school), and the tab of a user in the way.

import type { Emulator } from "../../emulator/index";
import type { SheetModel } from "../../emulator/model";
import type { SummariesOutcome } from "../../src/gas/summaries";
import { openAt } from "./fault-sweep";
import { demo, school, SUMMARY_TABS as TABS } from "./summaries-fixtures";

const sheet = (emu: Emulator, name: string) => emu.workbook.sheets.find((s) => s.name === name);
const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);
const text = (s: SheetModel, row: number, col: number) => String(s.cells[row - 1]?.[col - 1]?.v ?? "");

function run(emu: Emulator) {
  emu.calls.reset();
  const outcome = emu.call<SummariesOutcome>("refreshSummaries");
  return { outcome, calls: emu.calls.snapshot() };
}

describe("refreshSummaries on the demo school", () => {
  const emu = openAt(demo());
  const first = run(emu);
  const planAlone = openAt(demo());
  planAlone.call("refreshPlanCoverage");
  planAlone.call("refreshEquipmentAnalysis");

  test("writes the six tabs, each marked, protected (warning only), with frozen headers; no temporary tab", () => {
    expect(first.outcome.tabs).toEqual(TABS);
    for (const name of TABS) {
      const s = sheet(emu, name)!;
      expect(s).toBeDefined();
      expect(s.metadata.some((d) => d.key === "proftrack.generated")).toBe(true);
      expect(s.protections.map((p) => p.warningOnly)).toEqual([true]);
      expect(s.frozenRows).toBeGreaterThan(0);
    }
    expect(emu.workbook.sheets.filter((s) => s.name.includes("~"))).toEqual([]);
  });

  test("the first line says when and from how many rows of which tabs", () => {
    const stamp = text(sheet(emu, "Итоги — школа")!, 1, 1);
    expect(stamp).toMatch(
      /^Сформировано ПрофТрек 20\.11\.2026 12:00 по листам: Классы \(\d+ строк[аи]?\), Ученики \(\d+ строк/,
    );
    expect(stamp).toContain("Результаты анкет (");
    expect(stamp).toContain("Выбор экзаменов (");
  });

  test("the headline figures agree with the outcome, and each label has a note defining it", () => {
    const s = sheet(emu, "Итоги — школа")!;
    const row = (label: string) => s.cells.findIndex((r) => r?.[0]?.v === label);
    const reached = row("Охвачены мероприятиями");
    expect(s.cells[reached][1]?.v).toBe(first.outcome.reached);
    expect(s.cells[reached][2]?.v).toBe(first.outcome.pupils);
    expect(s.cells[reached][0]?.note).toMatch(/участвовал/);
    for (let r = 4; r < row("Педагоги, прошедшие повышение квалификации в этом году") + 1; r++)
      expect(s.cells[r][0]?.note?.length ?? 0).toBeGreaterThan(20);
    expect(first.outcome.pupils).toBeGreaterThan(400);
    expect(first.outcome.reached).toBeLessThanOrEqual(first.outcome.pupils);
  });

  test("charts: component × band stacked; participation and hours by class; leading scales per questionnaire", () => {
    const charts = (name: string) => sheet(emu, name)!.charts;
    expect(charts("Итоги — школа").map((c) => [c.type, c.options.isStacked])).toEqual([["COLUMN", true]]);
    expect(charts("Итоги — классы").map((c) => [c.type, c.ranges.length])).toEqual([
      ["BAR", 2],
      ["COLUMN", 2],
    ]);
    expect(charts("Итоги — анкеты").length).toBe(4);
  });

  test("«Итоги — ученики» shows codes, never a «Подпись»", () => {
    const pupils = sheet(emu, "Ученики")!;
    const labels = new Set(
      pupils.cells
        .slice(1)
        .map((r) => String(r?.[2]?.v ?? ""))
        .filter(Boolean),
    );
    const tab = sheet(emu, "Итоги — ученики")!;
    const shown = tab.cells.slice(4).flatMap((r) => (r ?? []).map((c) => String(c?.v ?? "")));
    expect(shown.filter((v) => labels.has(v))).toEqual([]);
    expect(tab.cells.length - 4).toBe(first.outcome.pupils);
  });

  test("«Итоги — план» and «Итоги — оборудование» equal what their own menu items write", () => {
    for (const name of ["Итоги — план", "Итоги — оборудование"]) {
      const a = sheet(emu, name)!;
      const b = sheet(planAlone, name)!;
      const cells = (s: SheetModel) => s.cells.map((r) => (r ?? []).map((c) => c?.v ?? ""));
      // The plan's links name the gid of «План», the same in both books.
      expect(cells(a)).toEqual(cells(b));
      expect(a.charts.length).toBe(b.charts.length);
    }
  });

  test("its service calls on the demo school: one read per tab, one write per block and format", () => {
    const c = first.calls;
    console.log(`refreshSummaries on the demo school: ${total(c)} calls ${JSON.stringify(c)}`);
    expect(c["Range.getValues"]).toBe(18);
    expect(c["Range.setValues"]).toBe(6);
    expect(c["Range.setBackgrounds"]).toBe(6);
    expect(c["Range.setNotes"]).toBe(4);
    expect(c["Sheet.insertChart"]).toBe(10);
    expect(c["Spreadsheet.insertSheet"]).toBe(6);
    expect(c["Lock.waitLock"]).toBe(1);
    expect(total(c)).toBeLessThan(420);
  });

  test("a second run replaces the six tabs in place: same order, nothing left behind", () => {
    const order = emu.workbook.sheets.map((s) => s.name);
    const again = run(emu);
    expect(emu.workbook.sheets.map((s) => s.name)).toEqual(order);
    // Replacing costs what building did, plus renaming each old tab aside and deleting it.
    expect(again.calls["Spreadsheet.deleteSheet"]).toBe(6);
    expect(again.calls["Sheet.setName"]).toBe(12);
    console.log(`refreshSummaries again: ${total(again.calls)} calls`);
  });
});

test("a user's own tab named «Итоги — классы» stops the run before anything is written", () => {
  const wb = demo();
  const emu = openAt(wb);
  const own = emu.workbook.sheets[0];
  const before = emu.workbook.sheets.length;
  emu.evaluate(`SpreadsheetApp.getActiveSpreadsheet().insertSheet("Итоги — классы")`);
  expect(() => emu.call("refreshSummaries")).toThrow(/не ПрофТрек/);
  expect(emu.workbook.sheets.length).toBe(before + 1);
  expect(emu.workbook.sheets.filter((s) => s.name.startsWith("Итоги"))).toHaveLength(2); // «— выбор экзаменов» and the user's
  expect(own).toBeDefined();
});

test("the same service calls, per method, for a school of 100 pupils and one of 900 pupils and 20,000 marks", () => {
  const small = run(openAt(school(100, 100, 50)));
  const large = run(openAt(school(900, 20000, 2000)));
  console.log(`refreshSummaries: small ${total(small.calls)} calls, large ${total(large.calls)} calls`);
  expect(large.calls).toEqual(small.calls);
});

test("3,000 pupils make «Итоги — ученики» longer than a new sheet: one call more to grow it, not one per row", () => {
  const small = run(openAt(school(100, 100, 50))).calls;
  const { "Sheet.insertRowsAfter": grown, ...rest } = run(openAt(school(3000, 5000, 500))).calls;
  expect(grown).toBe(1);
  expect(rest).toEqual(small);
});
