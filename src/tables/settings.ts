// Настройки ↔ the Settings record: parameters found by name in either locale, blanks and bad values fall back to defaults.

import { yearToSetUp } from "../domain/calendar";
import { type LocalDate, PROFMINIMUM_HOURS, type QuarterDates, Settings } from "../domain/records";
import { reason } from "../i18n/tables";
import { type Cell, type Grid, isBlank, lastFilledRow } from "./cell";
import { type CellOptions, displayCell, formatValue, readCell } from "./codec";
import { normalizeHeader } from "./normalize";
import { assertHeader, mapHeader, type ReadOptions, type RowError, rowError } from "./read";
import type { ColumnSpec } from "./spec-types";
import { SETTINGS_PARAMS, SETTINGS_TAB, type SettingsParam, type SettingsParamKey } from "./specs-settings";

/** What parseSettings needs besides the grid: today (for the current school year) and the usual quarters of a year. */
export interface SettingsOptions extends ReadOptions {
  /** Today in the spreadsheet's zone; the school year turns on 1 July. */
  today: LocalDate;
  /** The usual Russian school calendar of a year "2026/2027": four quarters. */
  defaultQuarters: (year: string) => QuarterDates[];
}

/** The column spec a parameter's value is read and written with. */
function valueColumn(param: SettingsParam): ColumnSpec {
  return {
    key: param.key,
    header: param.label,
    type: param.type,
    enumeration: param.enumeration,
    min: param.min,
    width: 0,
    note: param.note,
  };
}

/** Finds a parameter by its name in either locale. */
export function settingsParamOf(name: unknown): SettingsParam | undefined {
  if (typeof name !== "string") return undefined;
  const wanted = normalizeHeader(name);
  return SETTINGS_PARAMS.find((p) =>
    [p.label.ru, p.label.en, ...(p.aliases ?? [])].some((s) => normalizeHeader(s) === wanted),
  );
}

/** "2026/2027", "2026-2027", "2026/27" → "2026/2027"; undefined when not a school year. */
export function normalizeSchoolYear(text: string): string | undefined {
  const m = /^(\d{4})\s*[/\u2010-\u2015-]\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  return second === first + 1 ? `${first}/${second}` : undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Reads Настройки into Settings. Unknown parameters are ignored; a blank or bad value takes the default
 * (a bad one is also reported). Defaults: the current school year, `defaultQuarters(year)`, level базовый,
 * hours 40/60/80 by level, 2 introductions a quarter, режим коды, язык ru. Throws TableError without Параметр/Значение.
 */
export function parseSettings(
  grid: Grid,
  options: SettingsOptions,
): { settings: Settings; errors: RowError[] } {
  const locale = options.locale ?? "ru";
  const cellOptions: CellOptions = { ...options, locale };
  const header = mapHeader(SETTINGS_TAB, grid[0] ?? []);
  if (header.index.value === undefined) header.missing.push("value");
  assertHeader(SETTINGS_TAB, header, locale);
  const values = new Map<SettingsParamKey, unknown>();
  const errors: RowError[] = [];
  const report = (row: number, cell: unknown, why: Parameters<typeof rowError>[5]) =>
    errors.push(rowError(SETTINGS_TAB, header, row, "value", displayCell(cell, options), why, locale));
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const param = settingsParamOf(cells[header.index.param!]);
    const cell = cells[header.index.value!];
    if (!param || isBlank(cell)) continue;
    const parsed = readCell(valueColumn(param), cell, cellOptions);
    if (!parsed.ok) {
      report(r + 1, cell, parsed.reason);
      continue;
    }
    let value = parsed.value;
    if (param.key === "year") {
      value = normalizeSchoolYear(String(value));
      if (value === undefined) report(r + 1, cell, reason("badYear"));
    } else if (param.key === "coordinators") {
      const bad = (value as string[]).filter((s) => !EMAIL.test(s));
      for (const item of bad) report(r + 1, cell, reason("badEmail", item));
      value = (value as string[]).filter((s) => EMAIL.test(s));
    }
    if (value !== undefined) values.set(param.key, value);
  }
  return { settings: settingsFrom(values, options), errors };
}

function settingsFrom(values: Map<SettingsParamKey, unknown>, options: SettingsOptions): Settings {
  const get = <V>(key: SettingsParamKey): V => {
    const param = SETTINGS_PARAMS.find((p) => p.key === key)!;
    return (values.has(key) ? values.get(key) : param.default) as V;
  };
  const year = (values.get("year") as string | undefined) ?? yearToSetUp(options.today);
  const usual = options.defaultQuarters(year);
  const quarters = [1, 2, 3, 4].map((q, i) => ({
    start: (values.get(`q${q}Start` as SettingsParamKey) as string | undefined) ?? usual[i]?.start,
    end: (values.get(`q${q}End` as SettingsParamKey) as string | undefined) ?? usual[i]?.end,
  }));
  const level = get<Settings["profminimumLevel"]>("profminimumLevel");
  return Settings.parse({
    school: get<string>("school"),
    year,
    quarters,
    profminimumLevel: level,
    profminimumHours: (values.get("profminimumHours") as number | undefined) ?? PROFMINIMUM_HOURS[level],
    introductionsPerQuarter: get<number>("introductionsPerQuarter"),
    personalDataMode: get<Settings["personalDataMode"]>("personalDataMode"),
    language: get<Settings["language"]>("language"),
    coordinators: get<string[]>("coordinators"),
  });
}

/** The value of each parameter in a Settings record. */
function settingsValues(settings: Settings): Record<SettingsParamKey, unknown> {
  const out: Record<string, unknown> = { ...settings };
  delete out.quarters;
  settings.quarters.forEach((q, i) => {
    out[`q${i + 1}Start`] = q.start;
    out[`q${i + 1}End`] = q.end;
  });
  return out as Record<SettingsParamKey, unknown>;
}

/** The whole Настройки tab for a new workbook: header row, then one row per parameter. */
export function formatSettings(settings: Settings, options: CellOptions): Cell[][] {
  const values = settingsValues(settings);
  return [
    SETTINGS_TAB.columns.map((c) => c.header[options.locale]),
    ...SETTINGS_PARAMS.map((p) => [
      p.label[options.locale],
      formatValue(valueColumn(p), values[p.key], options),
    ]),
  ];
}

/**
 * Cell patches that bring an existing Настройки tab to `settings`: only values that differ are touched
 * (a missing parameter is appended below the data). Rows and columns are 1-based.
 */
export function settingsPatches(
  grid: Grid,
  settings: Settings,
  options: CellOptions,
): { row: number; column: number; value: Cell }[] {
  const header = mapHeader(SETTINGS_TAB, grid[0] ?? []);
  if (header.index.value === undefined) header.missing.push("value");
  assertHeader(SETTINGS_TAB, header, options.locale);
  const [pi, vi] = [header.index.param!, header.index.value!];
  const values = settingsValues(settings);
  const patches: { row: number; column: number; value: Cell }[] = [];
  let next = lastFilledRow(grid) + 1;
  for (const p of SETTINGS_PARAMS) {
    const r = grid.findIndex((cells, i) => i > 0 && settingsParamOf(cells?.[pi])?.key === p.key);
    const column = valueColumn(p);
    const value = formatValue(column, values[p.key], options);
    if (r < 0) {
      patches.push(
        { row: next, column: pi + 1, value: p.label[options.locale] },
        { row: next, column: vi + 1, value },
      );
      next++;
      continue;
    }
    const current = readCell(column, grid[r]?.[vi], options);
    if (!current.ok || JSON.stringify(current.value) !== JSON.stringify(values[p.key]))
      patches.push({ row: r + 1, column: vi + 1, value });
  }
  return patches;
}
