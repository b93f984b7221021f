// The specs agree with data-model.md and records.ts: names, keys, enumerations, references, docs.

import type * as z from "zod";
import * as records from "../../src/domain/records";
import { renderTabsMarkdown } from "../../src/tables/docs";
import * as enums from "../../src/tables/enums";
import { normalizeHeader } from "../../src/tables/normalize";
import type { ColumnSpec, TabKey } from "../../src/tables/spec-types";
import { SETTINGS_PARAMS, SOURCE_TAB_ORDER, TABS, tabKeyOf } from "../../src/tables/specs";

const keys = Object.keys(TABS) as TabKey[];
const columns = (key: TabKey) => TABS[key].columns as readonly ColumnSpec[];

test("every source tab is in the order exactly once", () => {
  expect([...SOURCE_TAB_ORDER].sort()).toEqual([...keys].sort());
});

test.each(keys)("%s: names are valid in Sheets and .xlsx, and found back", (key) => {
  for (const name of [TABS[key].name.ru, TABS[key].name.en]) {
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]/);
    expect(tabKeyOf(` ${name.toUpperCase()} `)).toBe(key);
  }
});

test.each(keys)("%s: columns are the record's fields, headers unambiguous, notes and widths set", (key) => {
  const tab = TABS[key];
  const shape = (tab.schema as unknown as records.LazySchema<z.ZodObject>).get().shape;
  expect(
    columns(key)
      .map((c) => c.key)
      .sort(),
  ).toEqual(Object.keys(shape).sort());
  const seen = new Map<string, string>();
  for (const c of columns(key)) {
    for (const h of [c.header.ru, c.header.en, ...(c.aliases ?? [])]) {
      const n = normalizeHeader(h);
      expect([n, seen.get(n) ?? c.key]).toEqual([n, c.key]);
      seen.set(n, c.key);
    }
    expect(c.width).toBeGreaterThan(0);
    expect(c.note.ru.length * c.note.en.length).toBeGreaterThan(0);
    expect(Boolean(c.enumeration)).toBe(["enum", "enumList", "klimovTypes"].includes(c.type));
    if (c.ref)
      expect((TABS[c.ref.tab].columns as readonly ColumnSpec[]).map((x) => x.key)).toContain(c.ref.column);
  }
  const names = columns(key).map((c) => c.key as string);
  if (tab.idColumn) expect(names).toContain(tab.idColumn);
  for (const set of tab.unique ?? []) for (const k of set) expect(names).toContain(k);
});

test("the data model's required columns carry the star", () => {
  const required = (key: TabKey) =>
    columns(key)
      .filter((c) => c.required)
      .map((c) => c.header.ru);
  expect(required("classes")).toEqual(["Класс"]);
  expect(required("pupils")).toEqual(["Код", "Класс"]);
  expect(required("plan")).toEqual(["Предмет", "Параллель", "Четверть", "Профессия"]);
  expect(required("events")).toEqual(["Дата", "Название", "Форма", "Компонент", "Классы"]);
  expect(required("participation")).toEqual(["Мероприятие", "Код", "Отметка"]);
  expect(required("questions")).toEqual(["Анкета", "№", "Текст", "Тип"]);
  expect(required("scales")).toEqual(["Анкета", "Шкала", "От", "До", "Интерпретация"]);
});

test("enumerations hold exactly the record codes", () => {
  const codes = (e: { options: readonly { code: string }[] }) => e.options.map((o) => o.code);
  expect(codes(enums.KLIMOV)).toEqual([...records.KLIMOV_TYPES]);
  expect(codes(enums.COMPONENT)).toEqual([...records.COMPONENTS]);
  expect(codes(enums.PROFMINIMUM_LEVEL)).toEqual([...records.PROFMINIMUM_LEVELS]);
  expect(codes(enums.PLAN_STATUS)).toEqual([...records.PLAN_STATUSES]);
  expect(codes(enums.EVENT_STATUS)).toEqual([...records.EVENT_STATUSES]);
  expect(codes(enums.EQUIPMENT_CONDITION)).toEqual([...records.EQUIPMENT_CONDITIONS]);
  expect(codes(enums.RESOURCE_KIND)).toEqual([...records.RESOURCE_KINDS]);
  expect(codes(enums.EVENT_FORMAT)).toEqual([...records.EVENT_FORMATS]);
  expect(codes(enums.PARTICIPATION_MARK)).toEqual([...records.PARTICIPATION_MARKS]);
  expect(codes(enums.TRIAL_RESULT)).toEqual([...records.TRIAL_RESULTS]);
  expect(codes(enums.PROJECT_KIND)).toEqual([...records.PROJECT_KINDS]);
  expect(codes(enums.IDENTIFICATION_MODE)).toEqual([...records.IDENTIFICATION_MODES]);
  expect(codes(enums.QUESTION_TYPE)).toEqual([...records.QUESTION_TYPES]);
  expect(codes(enums.PERSONAL_DATA_MODE)).toEqual(records.Settings.get().shape.personalDataMode.options);
  expect(codes(enums.LANGUAGE)).toEqual(records.Settings.get().shape.language.options);
});

test("the data model's labels are the Russian labels", () => {
  const ru = (e: { options: readonly { label: { ru: string } }[] }) => e.options.map((o) => o.label.ru);
  expect(ru(enums.RESOURCE_KIND)).toEqual([
    "цифровая платформа",
    "практико-ориентированный ресурс",
    "предприятие-партнёр",
    "вуз",
    "ссуз",
    "другое",
  ]);
  expect(ru(enums.PARTICIPATION_MARK)).toEqual(["участвовал", "не участвовал", "уважительная причина"]);
  expect(ru(enums.EVENT_FORMAT)).toContain("урок «Россия — мои горизонты»");
  expect(ru(enums.QUESTION_TYPE)).toEqual(["пара", "один", "несколько", "шкала", "текст"]);
});

test("Настройки lists the data model's parameters", () => {
  expect(SETTINGS_PARAMS.map((p) => p.label.ru)).toEqual([
    "Школа",
    "Учебный год",
    "Начало 1 четверти",
    "Конец 1 четверти",
    "Начало 2 четверти",
    "Конец 2 четверти",
    "Начало 3 четверти",
    "Конец 3 четверти",
    "Начало 4 четверти",
    "Конец 4 четверти",
    "Уровень профминимума",
    "Часов профминимума в год",
    "Знакомств с профессией в четверть",
    "Режим персональных данных",
    "Язык",
    "Координаторы",
  ]);
});

test.each(["ru", "en"] as const)("the docs table names every tab, column and parameter (%s)", (locale) => {
  const md = renderTabsMarkdown(locale);
  for (const key of SOURCE_TAB_ORDER) {
    expect(md).toContain(`### ${TABS[key].name[locale]}`);
    for (const c of columns(key)) expect(md).toContain(`| ${c.header[locale]}`);
  }
  for (const p of SETTINGS_PARAMS) expect(md).toContain(`| ${p.label[locale]} |`);
  expect(md).not.toContain("undefined");
  expect(md).not.toContain("[object Object]");
});

test("the docs table shows defaults and references in Russian", () => {
  const md = renderTabsMarkdown("ru");
  expect(md).toContain(
    "| Статус | один из вариантов |  | запланировано | запланировано / проведено / предложено / отменено |",
  );
  expect(md).toContain("из вкладки «Классы», столбец «Класс»");
  expect(md).toContain("| Часов профминимума в год | число | 40 / 60 / 80 по уровню |");
});
