// Messages of the table layer: why a cell was rejected, why a tab cannot be read, and the docs table's words.

import type { ListedName } from "../domain/text";
import type { Locale } from "./format";

/** Each kind of listed name: «в названии профессии», «станет двумя профессиями», and an example. */
const NAMES_RU: Record<ListedName, { of: string; two: string; example: string }> = {
  profession: { of: "профессии", two: "двумя профессиями", example: "Монтажник, электромонтёр" },
  subject: { of: "предмета", two: "двумя предметами", example: "Физика, астрономия" },
  class: { of: "класса", two: "двумя классами", example: "8А, 8Б" },
  band: { of: "ступени", two: "двумя ступенями", example: "5–7, 8–9" },
};
const NAMES_EN: Record<ListedName, { of: string; two: string; example: string }> = {
  profession: { of: "profession", two: "two professions", example: "Fitter, electrician" },
  subject: { of: "subject", two: "two subjects", example: "Physics, astronomy" },
  class: { of: "class", two: "two classes", example: "8А, 8Б" },
  band: { of: "band", two: "two bands", example: "5–7, 8–9" },
};

const list = (items: readonly string[]) => items.map((s) => `«${s}»`).join(", ");

export const ru = {
  /** Why one cell of a source tab was rejected. */
  reason: {
    required: () => "обязательная ячейка пуста",
    notNumber: () => "ожидается число, например 1,5",
    notInteger: () => "ожидается целое число",
    tooSmall: (min: number) => `число должно быть не меньше ${min}`,
    tooLarge: (max: number) => `число должно быть не больше ${max}`,
    notDate: () => "ожидается дата, например 01.09.2026",
    invalidDate: () => "такой даты нет в календаре",
    notBoolean: () => "ожидается «да» или «нет»",
    unknownOption: (options: readonly string[]) => `неизвестное значение; допустимо: ${list(options)}`,
    badClassName: () => "ожидается класс: параллель от 1 до 11 и буква, например 8А",
    badGrade: () => "ожидается параллель: целое число от 1 до 11",
    badGradeList: () => "ожидаются параллели от 1 до 11: например 5-9 или 1-4, 10-11",
    badClassSelector: () => "ожидаются классы (8А, 8Б), параллели (8-9) или «все»",
    badYear: () => "учебный год пишется так: 2026/2027",
    badEmail: (item: string) => `«${item}» не похоже на адрес электронной почты`,
    gradeMismatch: (grade: number, className: string) =>
      `параллель ${grade} не совпадает с классом ${className}`,
    duplicate: (row: number) => `повторяет строку ${row}`,
    invalid: () => "недопустимое значение",
    nameSeparator: (kind: ListedName) =>
      `в названии ${NAMES_RU[kind].of} не должно быть запятой, точки с запятой или переноса строки: списки в других листах разделяются ими (например, «${NAMES_RU[kind].example}» станет ${NAMES_RU[kind].two})`,
    nameTooLong: (max: number) => `название длиннее ${max} символов`,
  },
  /** A whole tab cannot be used: nothing is written. */
  missingColumn: (tab: string, column: string) =>
    `На вкладке «${tab}» нет обязательного столбца «${column}». Добавьте его в первую строку и повторите.`,
  duplicateHeader: (tab: string, column: string, letters: readonly string[]) =>
    `На вкладке «${tab}» столбец «${column}» встречается несколько раз (${letters.join(", ")}). Оставьте один.`,
  idNotFound: (tab: string, id: string) => `На вкладке «${tab}» нет строки «${id}».`,
  noIdColumn: (tab: string) => `У вкладки «${tab}» нет столбца-идентификатора.`,
  /** "B «Класс»" */
  columnRef: (letter: string, header: string) => `${letter} «${header}»`,
  rowError: (tab: string, row: number, column: string, value: string, reason: string) =>
    `«${tab}», строка ${row}, столбец ${column}: ${reason}${value === "" ? "" : ` (в ячейке «${value}»)`}`,
  yes: "да",
  no: "нет",
  all: "все",
  /** Words of the docs table rendered from the specs. */
  docs: {
    column: "Столбец",
    type: "Тип",
    required: "Обязательный",
    default: "По умолчанию",
    values: "Значения",
    note: "Пояснение",
    parameter: "Параметр",
    value: "Значение",
    refersTo: (tab: string, column: string) => `из вкладки «${tab}», столбец «${column}»`,
    aliases: "Другие названия",
  },
  type: {
    text: "текст",
    number: "число",
    integer: "целое число",
    date: "дата",
    dateTime: "дата и время",
    boolean: "да / нет",
    list: "список",
    enum: "один из вариантов",
    enumList: "список вариантов",
    klimovTypes: "типы по Климову",
    className: "класс",
    grade: "параллель",
    gradeList: "параллели",
    classSelector: "классы, параллели или «все»",
    raw: "значение",
  },
};

export const en: typeof ru = {
  reason: {
    required: () => "required cell is empty",
    notNumber: () => "a number is expected, e.g. 1.5",
    notInteger: () => "a whole number is expected",
    tooSmall: (min: number) => `the number must be at least ${min}`,
    tooLarge: (max: number) => `the number must be at most ${max}`,
    notDate: () => "a date is expected, e.g. 01.09.2026",
    invalidDate: () => "no such date in the calendar",
    notBoolean: () => "«yes» or «no» is expected",
    unknownOption: (options: readonly string[]) => `unknown value; allowed: ${list(options)}`,
    badClassName: () => "a class is expected: grade 1 to 11 and a letter, e.g. 8А",
    badGrade: () => "a grade is expected: a whole number from 1 to 11",
    badGradeList: () => "grades 1 to 11 are expected: e.g. 5-9 or 1-4, 10-11",
    badClassSelector: () => "classes (8А, 8Б), grades (8-9) or «all» are expected",
    badYear: () => "the school year is written as 2026/2027",
    badEmail: (item: string) => `«${item}» does not look like an e-mail address`,
    gradeMismatch: (grade: number, className: string) => `grade ${grade} does not match class ${className}`,
    duplicate: (row: number) => `repeats row ${row}`,
    invalid: () => "invalid value",
    nameSeparator: (kind: ListedName) =>
      `a ${NAMES_EN[kind].of} name must not hold a comma, a semicolon or a line break: lists on other tabs are separated by them (e.g. «${NAMES_EN[kind].example}» would become ${NAMES_EN[kind].two})`,
    nameTooLong: (max: number) => `the name is longer than ${max} characters`,
  },
  missingColumn: (tab: string, column: string) =>
    `Tab «${tab}» has no required column «${column}». Add it to the first row and try again.`,
  duplicateHeader: (tab: string, column: string, letters: readonly string[]) =>
    `Tab «${tab}» has column «${column}» more than once (${letters.join(", ")}). Keep one.`,
  idNotFound: (tab: string, id: string) => `Tab «${tab}» has no row «${id}».`,
  noIdColumn: (tab: string) => `Tab «${tab}» has no id column.`,
  columnRef: (letter: string, header: string) => `${letter} «${header}»`,
  rowError: (tab: string, row: number, column: string, value: string, reason: string) =>
    `«${tab}», row ${row}, column ${column}: ${reason}${value === "" ? "" : ` (cell holds «${value}»)`}`,
  yes: "yes",
  no: "no",
  all: "all",
  docs: {
    column: "Column",
    type: "Type",
    required: "Required",
    default: "Default",
    values: "Values",
    note: "Note",
    parameter: "Parameter",
    value: "Value",
    refersTo: (tab: string, column: string) => `from tab «${tab}», column «${column}»`,
    aliases: "Other names",
  },
  type: {
    text: "text",
    number: "number",
    integer: "whole number",
    date: "date",
    dateTime: "date and time",
    boolean: "yes / no",
    list: "list",
    enum: "one of the options",
    enumList: "list of options",
    klimovTypes: "Klimov types",
    className: "class",
    grade: "grade",
    gradeList: "grades",
    classSelector: "classes, grades or «all»",
    raw: "value",
  },
};

/** The catalogue of the table layer in a locale. */
export function tableMessages(locale: Locale): typeof ru {
  return locale === "en" ? en : ru;
}

type Reasons = typeof ru.reason;
export type ReasonCode = keyof Reasons;
/** A cell-level problem, kept as data until it is shown in a locale. */
export type Reason = { [K in ReasonCode]: { code: K; args: Parameters<Reasons[K]> } }[ReasonCode];

/** Builds a Reason with arguments typed by its message. */
export function reason<K extends ReasonCode>(code: K, ...args: Parameters<Reasons[K]>): Reason {
  return { code, args } as Reason;
}

/** The text of a Reason in a locale. */
export function reasonText(r: Reason, locale: Locale): string {
  const message = tableMessages(locale).reason[r.code] as (...args: unknown[]) => string;
  return message(...r.args);
}
