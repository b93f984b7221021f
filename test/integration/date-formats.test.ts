// Dates are written as dates: every Date ПрофТрек writes into a source tab shows without a time part («15.09.2026»,
// not Sheets' «15.09.2026 0:00:00» for a script's Date), numbers and text beside them keep the automatic format, and
// the formats cost one setNumberFormat per rectangle of dates, not per row.

import { createEmulator, type Emulator } from "../../emulator/index";
import { cloneWorkbook, newWorkbook, type SheetModel, type WorkbookModel } from "../../emulator/model";
import { isDate } from "../../src/tables/cell";
import { DATE_FORMAT } from "../../src/tables/tab-write";
import { fixtureWorkbook, moscowDate, type RowValues, settingsRows, sheetOf } from "./plan-fixtures";

/** A Friday of the 2nd quarter of the fixtures' school year 2026/2027. */
const NOW = new Date("2026-11-20T09:00:00Z");

/** Every cell of every tab with its value, format and what Sheets shows. */
function cellsOf(emu: Emulator, sheet: SheetModel) {
  const out: { a1: string; row: number; v: unknown; format?: string; shown: string }[] = [];
  const app = emu.services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const shown = app.getActiveSpreadsheet().getSheetByName(sheet.name)!.getDataRange().getDisplayValues();
  sheet.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell) {
        const a1 = `R${r + 1}C${c + 1}`;
        out.push({ a1, row: r + 1, v: cell.v, format: cell.numberFormat, shown: shown[r]?.[c] ?? "" });
      }
    });
  });
  return out;
}

/** The explicit format of a moment (date and time) a generated tab shows on purpose. */
const MOMENT_FORMAT = "dd.mm.yyyy hh:mm";

/**
 * No cell holding a Date shows a time unless its format was chosen to show one; the date format is on dates (and blanks between them) only. «Ответы — …» tabs
 * are Google Forms' own: their «Отметка времени» is a date-time, as Forms writes it, and ПрофТрек never writes there.
 */
function expectDatesAsDates(emu: Emulator, only?: { tab: string; fromRow: number }): number {
  let dates = 0;
  const wrong: unknown[] = [];
  for (const sheet of emu.workbook.sheets) {
    if (only && sheet.name !== only.tab) continue;
    if (sheet.name.startsWith("Ответы — ")) continue;
    for (const cell of cellsOf(emu, sheet)) {
      if (only && cell.row < only.fromRow) continue;
      if (isDate(cell.v)) {
        // A moment ПрофТрек shows on purpose with its time («Результаты анкет»: when the answer came) is no date.
        if (cell.format === MOMENT_FORMAT) continue;
        dates++;
        if (cell.format !== DATE_FORMAT || !/^\d\d\.\d\d\.\d{4}$/.test(cell.shown))
          wrong.push({ tab: sheet.name, ...cell });
      } else if (cell.v !== "" && cell.format === DATE_FORMAT) wrong.push({ tab: sheet.name, ...cell });
    }
  }
  expect(wrong).toEqual([]);
  return dates;
}

describe("setup", () => {
  test("Настройки's quarter dates show as dates; the year, the target and the language keep the automatic format", () => {
    const emu = createEmulator({ workbook: newWorkbook(), now: () => NOW });
    emu.call("setupWorkbook");
    expect(expectDatesAsDates(emu)).toBe(8);
    const settings = cellsOf(emu, sheetOf(emu, "Настройки")).filter((c) => c.a1.endsWith("C2"));
    expect(settings.find((c) => c.shown === "01.09.2026")).toBeDefined();
    expect(settings.filter((c) => typeof c.v === "number").every((c) => c.format === undefined)).toBe(true);
    // The eight quarter dates stand one below the other: one rectangle, one more getRange and one setNumberFormat.
    expect(emu.calls.get("Range.setNumberFormat")).toBe(1);
  });
});

describe("the demo school", () => {
  let demo: WorkbookModel | undefined;
  const filled = () => {
    if (!demo) {
      const emu = createEmulator({ workbook: newWorkbook(), now: () => NOW });
      emu.call("setupWorkbook");
      emu.calls.reset();
      emu.call("fillDemoData");
      expect(emu.calls.get("Range.setNumberFormat")).toBe(6); // План, Мероприятия, Профпробы, Консультации, Повышение квалификации, Выбор экзаменов
      demo = emu.workbook;
    }
    return createEmulator({ workbook: cloneWorkbook(demo), now: () => NOW });
  };

  test("every Date of every tab shows as a date: one setNumberFormat per tab's date column (6), not per row", () => {
    expect(expectDatesAsDates(filled())).toBeGreaterThan(1000);
  });

  test("the plan's proposals are dated as dates, in one setNumberFormat for 40 rows", () => {
    const emu = filled();
    const preview = emu.runFromClient("getPlanSuggestion", []);
    if (!preview.ok) throw new Error(preview.error.message);
    const { token, total } = preview.value as { token: string; total: number };
    expect(total).toBeGreaterThan(0);
    emu.calls.reset();
    const r = emu.runFromClient("applyPlanSuggestion", [token]);
    expect(r.ok).toBe(true);
    expect(emu.calls.get("Range.setNumberFormat")).toBe(1);
    expectDatesAsDates(emu);
  });
});

describe("the executor's calls do not grow with the rows", () => {
  /** Технология to be proposed in grades 1–7, and a plan of `rows` introductions in Физика (every gap filled). */
  function school(rows: number): WorkbookModel {
    const plan: RowValues[] = [];
    for (let i = 0; i < rows; i++) {
      const quarter = 1 + (i % 4);
      plan.push({
        Предмет: "Физика",
        Параллель: 7 + (Math.floor(i / 4) % 5),
        Четверть: quarter,
        Дата:
          i % 7 === 3
            ? ""
            : moscowDate(["2026-09-10", "2026-11-10", "2027-01-20", "2027-04-10"][quarter - 1]),
        Профессия: `Профессия ${i % 40}`,
        Статус: i % 7 === 3 ? "запланировано" : "проведено",
      });
    }
    return fixtureWorkbook({
      settings: settingsRows(2),
      bands: [
        { Ступень: "1–4", Классы: "1-4" },
        { Ступень: "5–7", Классы: "5-7" },
        { Ступень: "8–9", Классы: "8-9" },
        { Ступень: "10–11", Классы: "10-11" },
      ],
      subjects: [
        { Предмет: "Технология", Классы: "1-7" },
        { Предмет: "Физика", Классы: "7-11" },
      ],
      professions: [
        { Профессия: "Столяр", Предметы: "Технология" },
        { Профессия: "Швея", Предметы: "Технология" },
        { Профессия: "Токарь", Предметы: "Технология" },
        ...Array.from({ length: 40 }, (_, i) => ({ Профессия: `Профессия ${i}`, Предметы: "Физика" })),
      ],
      plan,
    });
  }

  function applyOn(rows: number) {
    const wb = school(rows);
    // The plan's grid ends at its last row, so that both appends grow it (as the executor does once, whatever the rows).
    wb.sheets.find((s) => s.name === "План")!.maxRows = rows + 1;
    const emu = createEmulator({ workbook: wb, now: () => NOW });
    const preview = emu.runFromClient("getPlanSuggestion", []);
    if (!preview.ok) throw new Error(preview.error.message);
    const { token, total } = preview.value as { token: string; total: number };
    emu.calls.reset();
    const r = emu.runFromClient("applyPlanSuggestion", [token]);
    if (!r.ok) throw new Error(r.error.message);
    return { emu, total, calls: emu.calls.snapshot() };
  }

  test("applying proposals under 100 and 5,000 plan rows: the same calls, one setNumberFormat", () => {
    const small = applyOn(100);
    const big = applyOn(5000);
    expect(small.total).toBeGreaterThan(0);
    expect(big.total).toBe(small.total);
    expect(big.calls).toEqual(small.calls);
    expect(big.calls["Range.setNumberFormat"]).toBe(1);
    // The fixture's own rows were typed in without formats; the appended ones are dates.
    expect(expectDatesAsDates(big.emu, { tab: "План", fromRow: 5002 })).toBe(big.total);
  });
});
