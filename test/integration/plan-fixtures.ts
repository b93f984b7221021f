// Fixture workbooks for the thesaurus and plan tests: small literal grids under the headers of TABS, and cell readers.

import type { Emulator } from "../../emulator/index";
import {
  type CellValue,
  newSheet,
  newWorkbook,
  type SheetModel,
  type WorkbookModel,
} from "../../emulator/model";
import { anyTab, TABS, type TabKey } from "../../src/tables/specs";
import { headerRow } from "../../src/tables/write";

/** One row by Russian header (without the `*`): { Предмет: "Математика", Параллель: 5 }. */
export type RowValues = Record<string, CellValue>;

/** Midnight of a day in Moscow (the fixtures' time zone), as Sheets stores a typed date. */
export function moscowDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d, -3));
}

/** The quarters of the fixtures' school year 2026/2027. */
export const FIXTURE_QUARTERS: [string, string][] = [
  ["2026-09-01", "2026-10-24"],
  ["2026-11-05", "2026-12-28"],
  ["2027-01-12", "2027-03-21"],
  ["2027-04-01", "2027-05-26"],
];

/** Настройки rows: the year 2026/2027 with its quarters, and the number of introductions a quarter. */
export function settingsRows(introductionsPerQuarter = 2): RowValues[] {
  const rows: RowValues[] = [
    { Параметр: "Школа", Значение: "Школа для тестов" },
    { Параметр: "Учебный год", Значение: "2026/2027" },
  ];
  FIXTURE_QUARTERS.forEach(([start, end], i) => {
    rows.push({ Параметр: `Начало ${i + 1} четверти`, Значение: moscowDate(start) });
    rows.push({ Параметр: `Конец ${i + 1} четверти`, Значение: moscowDate(end) });
  });
  rows.push({ Параметр: "Знакомств с профессией в четверть", Значение: introductionsPerQuarter });
  return rows;
}

/** Appends a source tab named as in TABS (Russian), its header from headerRow, then the rows. */
export function addTab(
  wb: WorkbookModel,
  key: TabKey,
  rows: RowValues[],
  extraColumns: string[] = [],
): SheetModel {
  const header = [...headerRow(anyTab(key), "ru"), ...extraColumns];
  const plain = header.map((h) => h.replace(/\*$/, ""));
  const sheet = newSheet(wb, TABS[key].name.ru);
  sheet.frozenRows = 1;
  sheet.cells.push(header.map((v) => ({ v })));
  for (const row of rows) sheet.cells.push(plain.map((h) => ({ v: row[h] ?? "" })));
  sheet.maxRows = Math.max(sheet.maxRows, rows.length + 1);
  sheet.maxColumns = Math.max(sheet.maxColumns, header.length);
  wb.sheets.push(sheet);
  return sheet;
}

/** A workbook with the given source tabs (and nothing else but the default first sheet). */
export function fixtureWorkbook(tabs: Partial<Record<TabKey, RowValues[]>>): WorkbookModel {
  const wb = newWorkbook();
  for (const [key, rows] of Object.entries(tabs) as [TabKey, RowValues[]][]) addTab(wb, key, rows);
  return wb;
}

/** A sheet of the emulator's workbook by name. */
export function sheetOf(emu: Emulator, name: string): SheetModel {
  const sheet = emu.workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no tab «${name}»`);
  return sheet;
}

/** A tab's values up to the data's extent ("" for empty cells). */
export function values(emu: Emulator, name: string): CellValue[][] {
  const sheet = sheetOf(emu, name);
  const width = Math.max(0, ...sheet.cells.map((r) => r?.length ?? 0));
  const rows = sheet.cells.map((r) => Array.from({ length: width }, (_, c) => r?.[c]?.v ?? ""));
  while (rows.length && rows[rows.length - 1].every((v) => v === "")) rows.pop();
  return rows;
}

/** Service calls that read a whole tab. */
export function tabReads(emu: Emulator): number {
  return emu.calls.get("Range.getValues");
}
