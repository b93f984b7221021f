// The shape of a tab spec: columns, their types, enumerations and notes, in both locales.

import type { ListedName } from "../domain/text";
import type { Reason } from "../i18n/tables";

/** A user-facing text in both locales. */
export interface Localized {
  ru: string;
  en: string;
}

/** English keys of the source tabs (data-model.md). */
export type TabKey =
  | "settings"
  | "bands"
  | "classes"
  | "pupils"
  | "subjects"
  | "professions"
  | "plan"
  | "equipment"
  | "resources"
  | "events"
  | "participation"
  | "trials"
  | "projects"
  | "consultations"
  | "trainings"
  | "questionnaires"
  | "questions"
  | "scales";

/** How a column's cells are read and written. */
export type ColumnType =
  | "text"
  | "number"
  | "integer"
  | "date"
  | "dateTime"
  | "boolean"
  | "list"
  | "enum"
  | "enumList"
  | "klimovTypes"
  | "className"
  | "grade"
  | "gradeList"
  | "classSelector"
  | "raw";

/** One option of an enumeration: the code records hold, the labels people see, and other accepted spellings. */
export interface EnumOption<C extends string = string> {
  code: C;
  label: Localized;
  synonyms?: readonly string[];
}

/** A closed list of options (a dropdown in the sheet). */
export interface Enumeration<C extends string = string> {
  key: string;
  options: readonly EnumOption<C>[];
}

/** One column of a source tab. */
export interface ColumnSpec<K extends string = string> {
  /** The record field (records.ts). */
  key: K;
  header: Localized;
  /** More accepted headers, in any locale; matched after header normalization. */
  aliases?: readonly string[];
  type: ColumnType;
  /** The column must exist and its cells must not be blank. */
  required?: boolean;
  /** For enum, enumList and klimovTypes columns. */
  enumeration?: Enumeration;
  /** What a blank cell reads as (a record value, not a cell). */
  default?: unknown;
  /** Bounds for number and integer columns. */
  min?: number;
  max?: number;
  /** Column width in px for a new tab. */
  width: number;
  /** Explains the column to a teacher; shown as the header cell's note. */
  note: Localized;
  /** The dropdown takes its values from another tab's column (a column key there). */
  ref?: { tab: TabKey; column: string };
  /**
   * What tells two values of this column apart, for the tab's uniqueness and for references to it from other tabs
   * (see keyOfColumn): "name" — a name people type (a profession, subject, band), compared by the domain's
   * normalizeKey, the one rule for "the same name" that coverage, the suggester and the thesaurus use too;
   * left out — a code or id (pupil code, event id, class), compared exactly by identityKey.
   */
  identity?: "name";
  /**
   * The column names entries that list columns of other tabs reference (Профессия, Предмет, Класс, Ступень): a cell
   * holding `,` `;` or a line break, or longer than NAME_MAX_LENGTH, is rejected (domain nameProblem), with a reason
   * worded for this kind of name.
   */
  listedName?: ListedName;
}

/** A problem the whole-row check found, tied to a column. */
export interface RowIssue<K extends string = string> {
  column: K;
  reason: Reason;
}

/** What the table layer needs of a zod schema: safeParse with the issues' paths. */
export interface RecordSchema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };
}

/** One source tab. T is the record type its rows become. */
export interface TabSpec<T = Record<string, unknown>> {
  key: TabKey;
  name: Localized;
  note: Localized;
  /** Columns in the default order of a new tab. */
  columns: readonly ColumnSpec<Extract<keyof T, string>>[];
  /** The column that identifies a row for patches. */
  idColumn?: Extract<keyof T, string>;
  /** Sets of columns whose values must not repeat (compared normalized); a later repeat is a row error. */
  unique?: readonly (readonly Extract<keyof T, string>[])[];
  /**
   * The record's zod schema (records.ts): the contract of what readTable returns. Not run per row (the codec already
   * gives each column its type); test/tables/properties.test.ts checks on arbitrary cells that records pass it.
   * Only safeParse is named, which keeps TabSpec<Pupil> a TabSpec.
   */
  schema: RecordSchema<T>;
  /** Fills derived values and checks cross-column rules before validation. */
  complete?(draft: Partial<T>): RowIssue<Extract<keyof T, string>>[];
}

/** Identity with the spec's record type checked: the tab's columns must name fields of T. */
export function defineTab<T>(spec: TabSpec<T>): TabSpec<T> {
  return spec;
}

/** Notes shared by the Код and Класс columns of tabs about one pupil's activity. */
export const PUPIL_CODE_NOTE: Localized = {
  ru: "Код ученика из вкладки «Ученики».",
  en: "A pupil code from the Pupils tab.",
};
export const PUPIL_CLASS_NOTE: Localized = {
  ru: "Класс ученика (для удобства; главное — код).",
  en: "The pupil's class (for convenience; the code decides).",
};

/** The Код and Класс columns every per-pupil record tab starts with (Участие, Профпробы, Консультации). */
export const PUPIL_COLUMNS: readonly [ColumnSpec<"code">, ColumnSpec<"className">] = [
  {
    key: "code",
    header: { ru: "Код", en: "Code" },
    type: "text",
    required: true,
    width: 100,
    ref: { tab: "pupils", column: "code" },
    note: PUPIL_CODE_NOTE,
  },
  {
    key: "className",
    header: { ru: "Класс", en: "Class" },
    type: "className",
    width: 70,
    note: PUPIL_CLASS_NOTE,
  },
];
