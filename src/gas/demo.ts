// «Заполнить демо-данными»: the demo school of src/domain/demo written through the tab specs into an empty workbook.

import { defaultQuarters, schoolYearOf } from "../domain/calendar";
import { defaultSettings } from "../domain/defaults";
import { buildDemoSchool, type DemoSchool } from "../domain/demo";
import type { Settings } from "../domain/records";
import { messages } from "../i18n";
import { type Cell, lastFilledRow } from "../tables/cell";
import type { CellOptions } from "../tables/codec";
import { mapHeader } from "../tables/read";
import { parseSettings, settingsParamOf, settingsPatches } from "../tables/settings";
import { anyTab, type SettingsParamKey, SOURCE_TAB_ORDER, TABS, type TabKey } from "../tables/specs";
import { formatRecord } from "../tables/write";
import { userLocale } from "./locale";
import { UserError, withDocumentLock } from "./lock";
import { setupTabs, type TabState, writeRows } from "./setup";
import { Workbook } from "./workbook";

/** A source tab the demo school has rows for; Настройки is patched instead. */
type DemoTab = Exclude<keyof DemoSchool & TabKey, "settings">;

/** Tabs whose rows setup itself writes; they do not count as the user's data. */
const SETUP_TABS: readonly TabKey[] = ["settings", "bands"];

/**
 * Menu «Заполнить демо-данными»: refuses (UserError) when any source tab but Настройки and Ступени has rows;
 * otherwise sets the workbook up and writes the demo school of the current school year, one setValues per tab.
 * Returns the number of rows written.
 */
export function runDemoFill(): number {
  return withDocumentLock(messages(userLocale()), () => {
    const wb = new Workbook();
    const filled = SOURCE_TAB_ORDER.filter(
      (k) => !SETUP_TABS.includes(k) && wb.sheet(k) !== null && lastFilledRow(wb.grid(k)) > 1,
    );
    if (filled.length > 0) {
      const m = messages(safeLocale(wb));
      throw new UserError(m.demo.hasData(filled.map((k) => wb.sheet(k)?.getName() ?? TABS[k].name.ru)));
    }
    const setup = setupTabs(wb);
    const options: CellOptions = { timeZone: wb.timeZone, locale: setup.locale };
    const demo = buildDemoSchool({ year: schoolYearOf(wb.today) });
    patchSettings(setup.tabs.settings, demo.settings, wb, options);
    let rows = 0;
    const demoTabs = SOURCE_TAB_ORDER.filter((k): k is DemoTab => k !== "settings" && k in demo);
    for (const key of demoTabs) {
      const state = setup.tabs[key];
      if (key === "bands" && lastFilledRow(state.grid) > 1) continue;
      rows += writeRecords(state, demo[key] as unknown as Record<string, unknown>[], options);
    }
    const m = messages(setup.locale);
    wb.ss.toast(m.demo.done(demo.pupils.length, demo.events.length), m.setup.title);
    return rows;
  });
}

/** The Язык setting when Настройки can be read, else the user's locale. */
function safeLocale(wb: Workbook) {
  try {
    if (wb.sheet("settings")) wb.grid("settings");
    return wb.locale;
  } catch (_e) {
    return userLocale();
  }
}

/** Records as rows in the tab's own column order, written below its header with one setValues. */
function writeRecords(state: TabState, records: Record<string, unknown>[], options: CellOptions): number {
  const spec = anyTab(state.key);
  const header = mapHeader(spec, state.grid[0]);
  const rows: Cell[][] = records.map((r) => formatRecord(spec, header, r, options).map((c) => c ?? ""));
  writeRows(state, rows);
  return rows.length;
}

/** The demo's school name and year (with its quarters) put into Настройки; the other parameters are kept. */
function patchSettings(state: TabState, demo: Settings, wb: Workbook, options: CellOptions): void {
  let current: Settings;
  try {
    current = parseSettings(state.grid, { ...options, today: wb.today, defaultQuarters }).settings;
  } catch (_e) {
    current = defaultSettings(wb.today);
  }
  const wanted: Settings = { ...current, school: demo.school, year: demo.year, quarters: demo.quarters };
  const pi = mapHeader(anyTab("settings"), state.grid[0]).index.param!;
  // A bounded number of cells (the school, the year, eight quarter dates), whatever the size of the school.
  for (const p of settingsPatches(state.grid, wanted, options)) {
    const param = settingsParamOf(state.grid[p.row - 1]?.[pi]);
    if (param && DEMO_PARAMS.includes(param.key)) state.sheet.getRange(p.row, p.column).setValue(p.value);
  }
}

/** The parameters the demo sets; a blank cell that means «default» elsewhere stays blank. */
const DEMO_PARAMS: readonly SettingsParamKey[] = [
  "school",
  "year",
  ...([1, 2, 3, 4] as const).flatMap((q) => [`q${q}Start`, `q${q}End`] as const),
];
