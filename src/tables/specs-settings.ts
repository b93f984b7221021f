// The Настройки tab: two columns Параметр | Значение, and the parameters it holds.

import * as z from "zod/mini";
import { type Infer, lazySchema } from "../domain/records";
import { LANGUAGE, PERSONAL_DATA_MODE, PROFMINIMUM_LEVEL } from "./enums";
import type { ColumnType, Enumeration, Localized } from "./spec-types";
import { defineTab } from "./spec-types";

/** One row of Настройки as read: the parameter's name and its raw value cell. */
export const SettingsRow = lazySchema(() =>
  z.object({
    param: z.string().check(z.minLength(1)),
    value: z.optional(z.unknown()),
  }),
);
export type SettingsRow = Infer<typeof SettingsRow>;

export const SETTINGS_TAB = defineTab<SettingsRow>({
  key: "settings",
  name: { ru: "Настройки", en: "Settings" },
  note: {
    ru: "Параметры школы и учебного года. Пустое значение — по умолчанию.",
    en: "School and year parameters. A blank value means the default.",
  },
  schema: SettingsRow,
  idColumn: "param",
  columns: [
    {
      key: "param",
      header: { ru: "Параметр", en: "Parameter" },
      type: "text",
      required: true,
      width: 260,
      note: { ru: "Название параметра; не меняйте.", en: "Parameter name; do not change." },
    },
    {
      key: "value",
      header: { ru: "Значение", en: "Value" },
      type: "raw",
      width: 260,
      note: { ru: "Значение параметра.", en: "Parameter value." },
    },
  ],
});

/** Keys of the parameters: Settings fields, with the quarters spread into eight dates. */
export type SettingsParamKey =
  | "school"
  | "year"
  | `q${1 | 2 | 3 | 4}${"Start" | "End"}`
  | "profminimumLevel"
  | "profminimumHours"
  | "introductionsPerQuarter"
  | "personalDataMode"
  | "language"
  | "coordinators";

/** One parameter of Настройки. `default` is a Localized description when it is computed. */
export interface SettingsParam {
  key: SettingsParamKey;
  label: Localized;
  aliases?: readonly string[];
  type: ColumnType;
  enumeration?: Enumeration;
  min?: number;
  default: unknown;
  note: Localized;
}

const quarterParams: SettingsParam[] = [1, 2, 3, 4].flatMap((q) => [
  {
    key: `q${q}Start` as SettingsParamKey,
    label: { ru: `Начало ${q} четверти`, en: `Quarter ${q} start` },
    type: "date" as const,
    default: { ru: "по обычному календарю года", en: "the usual calendar of the year" },
    note: { ru: `Первый учебный день ${q} четверти.`, en: `First school day of quarter ${q}.` },
  },
  {
    key: `q${q}End` as SettingsParamKey,
    label: { ru: `Конец ${q} четверти`, en: `Quarter ${q} end` },
    type: "date" as const,
    default: { ru: "по обычному календарю года", en: "the usual calendar of the year" },
    note: { ru: `Последний учебный день ${q} четверти.`, en: `Last school day of quarter ${q}.` },
  },
]);

/** The parameters of Настройки in their default order. */
export const SETTINGS_PARAMS: readonly SettingsParam[] = [
  {
    key: "school",
    label: { ru: "Школа", en: "School" },
    type: "text",
    default: "",
    note: { ru: "Название школы.", en: "School name." },
  },
  {
    key: "year",
    label: { ru: "Учебный год", en: "School year" },
    type: "text",
    default: { ru: "текущий", en: "the current one" },
    note: { ru: "Например 2026/2027.", en: "E.g. 2026/2027." },
  },
  ...quarterParams,
  {
    key: "profminimumLevel",
    label: { ru: "Уровень профминимума", en: "Profminimum level" },
    type: "enum",
    enumeration: PROFMINIMUM_LEVEL,
    default: "basic",
    note: { ru: "базовый / основной / продвинутый.", en: "basic / main / advanced." },
  },
  {
    key: "profminimumHours",
    label: { ru: "Часов профминимума в год", en: "Profminimum hours a year" },
    type: "number",
    min: 0,
    default: { ru: "40 / 60 / 80 по уровню", en: "40 / 60 / 80 by level" },
    note: { ru: "Сколько часов нужно набрать ученику за год.", en: "Hours a pupil must earn in a year." },
  },
  {
    key: "introductionsPerQuarter",
    label: { ru: "Знакомств с профессией в четверть", en: "Introductions per quarter" },
    type: "integer",
    min: 0,
    default: 2,
    note: {
      ru: "Сколько раз в четверть каждый предмет знакомит параллель с профессиями.",
      en: "How often a quarter each subject introduces a grade to professions.",
    },
  },
  {
    key: "personalDataMode",
    label: { ru: "Режим персональных данных", en: "Personal data mode" },
    type: "enum",
    enumeration: PERSONAL_DATA_MODE,
    default: "codes",
    note: {
      ru: "коды — ученики только под кодами (152-ФЗ); имена — с подписями.",
      en: "codes — pupils are only codes (152-FZ); names — with labels.",
    },
  },
  {
    key: "language",
    label: { ru: "Язык", en: "Language" },
    type: "enum",
    enumeration: LANGUAGE,
    default: "ru",
    note: {
      ru: "ru или en: язык записей и сообщений ПрофТрек. Меню и панели — на языке аккаунта Google пользователя.",
      en: "ru or en: language of what ПрофТрек writes and reports. Menus and sidebars follow the user's Google account language.",
    },
  },
  {
    key: "coordinators",
    label: { ru: "Координаторы", en: "Coordinators" },
    type: "list",
    default: [],
    note: { ru: "Адреса электронной почты через запятую.", en: "E-mail addresses, comma-separated." },
  },
];
