// One cell ↔ one record value, by column type: reading with defaults and reasons, writing as Sheets keeps it.

import { NAME_MAX_LENGTH, nameProblem } from "../domain/text";
import type { Locale } from "../i18n/format";
import { reason, tableMessages } from "../i18n/tables";
import { type Cell, fail, isBlank, isDate, ok, type Parsed } from "./cell";
import {
  dateToLocalDate,
  dateToLocalDateTime,
  formatLocalDate,
  isValidLocalDate,
  localDateToDate,
  parseDateCell,
  type ZoneOptions,
} from "./dates";
import {
  cellText,
  formatGradeList,
  matchOption,
  normalizeClassName,
  parseBoolean,
  parseClassSelector,
  parseGrade,
  parseGradeList,
  parseKlimovTypes,
  parseNumber,
  splitList,
} from "./normalize";
import type { ColumnSpec, ColumnType, Enumeration } from "./spec-types";

/** The zone cells are read and written in, and the locale of labels and messages. */
export interface CellOptions extends ZoneOptions {
  locale: Locale;
}

const LIST_TYPES: readonly ColumnType[] = ["list", "enumList", "klimovTypes", "gradeList"];

/** The value a blank cell reads as: the column's default, an empty list, or a "required" reason. */
function blankValue(column: ColumnSpec): Parsed<unknown> {
  if (column.default !== undefined) return ok(JSON.parse(JSON.stringify(column.default)));
  if (column.required) return fail(reason("required"));
  return ok(LIST_TYPES.includes(column.type) ? [] : undefined);
}

/** Reads one cell of a column into its record value (never throws, whatever the cell holds). */
export function readCell(column: ColumnSpec, cell: unknown, options: CellOptions): Parsed<unknown> {
  if (isBlank(cell)) return blankValue(column);
  if (column.listedName !== undefined) {
    const problem = nameProblem(cellText(cell));
    if (problem === "separator") return fail(reason("nameSeparator", column.listedName));
    if (problem === "tooLong") return fail(reason("nameTooLong", NAME_MAX_LENGTH));
  }
  switch (column.type) {
    case "text": {
      const text = isDate(cell) ? (dateToLocalDate(cell, options) ?? "") : cellText(cell);
      // A Date with no calendar day (before the year 1000) reads as no text: not a value of a required column.
      return text === "" && column.required ? fail(reason("invalid")) : ok(text);
    }
    case "number":
    case "integer":
      return bounded(column, parseNumber(cell));
    case "date":
      return parseDateCell(cell, options);
    case "dateTime":
      if (isDate(cell)) {
        const text = dateToLocalDateTime(cell, options);
        return text ? ok(text) : fail(reason("invalidDate"));
      }
      return typeof cell === "string" ? ok(cell.trim()) : fail(reason("notDate"));
    case "boolean":
      return parseBoolean(cell);
    case "list":
      return isDate(cell) ? fail(reason("invalid")) : ok(splitList(cellText(cell)));
    case "enum":
      return readOption(column, cell, options.locale);
    case "enumList":
      return readOptions(column, cell, options.locale);
    case "klimovTypes":
      return parseKlimovTypes(cell as Cell);
    case "className":
      return normalizeClassName(cell);
    case "grade":
      return parseGrade(cell);
    case "gradeList":
      return parseGradeList(cell);
    case "classSelector":
      return parseClassSelector(cell);
    case "raw":
      return ok(cell);
  }
}

function bounded(column: ColumnSpec, parsed: Parsed<number>): Parsed<unknown> {
  if (!parsed.ok) return column.type === "integer" ? fail(reason("notInteger")) : parsed;
  const n = parsed.value;
  if (column.type === "integer" && !Number.isInteger(n)) return fail(reason("notInteger"));
  if (column.min !== undefined && n < column.min) return fail(reason("tooSmall", column.min));
  if (column.max !== undefined && n > column.max) return fail(reason("tooLarge", column.max));
  return parsed;
}

function labels(enumeration: Enumeration, locale: Locale): string[] {
  return enumeration.options.map((o) => o.label[locale]);
}

function readOption(column: ColumnSpec, cell: unknown, locale: Locale): Parsed<unknown> {
  const enumeration = column.enumeration!;
  const code =
    typeof cell === "string" || typeof cell === "number" ? matchOption(enumeration, String(cell)) : undefined;
  return code === undefined ? fail(reason("unknownOption", labels(enumeration, locale))) : ok(code);
}

function readOptions(column: ColumnSpec, cell: unknown, locale: Locale): Parsed<unknown> {
  const codes: string[] = [];
  for (const item of typeof cell === "string" || typeof cell === "number" ? splitList(String(cell)) : [""]) {
    const code = matchOption(column.enumeration!, item);
    if (code === undefined) return fail(reason("unknownOption", labels(column.enumeration!, locale)));
    if (!codes.includes(code)) codes.push(code);
  }
  return codes.length > 0 ? ok(codes) : fail(reason("invalid"));
}

/**
 * Text as Sheets must keep it. Text that starts with `=`, `+`, `-` or `@` would become a formula (and a leading
 * apostrophe would be eaten), and text that
 * looks like a number, date or boolean ("007", "1,5", "01.09.2026", "TRUE") would be converted by setValues;
 * both are written with a leading apostrophe, which Sheets drops and stores the rest as literal text.
 */
export function guardText(text: string): string {
  if (text === "") return "";
  if (/^[=+\-@']/.test(text)) return `'${text}`;
  if (/^[\s\d.,:/%$€₽()\u2010-\u2015-]*\d[\s\d.,:/%$€₽()\u2010-\u2015-]*$/.test(text)) return `'${text}`;
  if (/^\s*[+-]?\d*[.,]?\d+e[+-]?\d+\s*$/i.test(text) || /^\s*(true|false|истина|ложь)\s*$/i.test(text)) {
    return `'${text}`;
  }
  return text;
}

function optionLabel(enumeration: Enumeration, code: unknown, locale: Locale): string {
  const option = enumeration.options.find((o) => o.code === code);
  return option ? option.label[locale] : String(code);
}

/** Writes one record value as the cell a column holds: labels in the locale, lists joined with ", ", dates as Dates. */
export function formatValue(column: ColumnSpec, value: unknown, options: CellOptions): Cell {
  if (value === undefined || value === null) return "";
  const msg = tableMessages(options.locale);
  switch (column.type) {
    case "number":
    case "integer":
    case "grade":
      return typeof value === "number" ? value : guardText(String(value));
    case "date":
      return typeof value === "string" && isValidLocalDate(value)
        ? localDateToDate(value, options)
        : guardText(String(value));
    case "boolean":
      return value ? msg.yes : msg.no;
    case "list":
      return guardText(asArray(value).join(", "));
    case "enum":
      return guardText(optionLabel(column.enumeration!, value, options.locale));
    case "enumList":
    case "klimovTypes":
      return guardText(
        asArray(value)
          .map((code) => optionLabel(column.enumeration!, code, options.locale))
          .join(", "),
      );
    case "gradeList":
      return guardText(formatGradeList(asArray(value) as number[]));
    case "classSelector": {
      const s = value as { all: boolean; classes: string[]; grades: number[] };
      if (s.all) return msg.all;
      return guardText([...s.classes, formatGradeList(s.grades)].filter((x) => x !== "").join(", "));
    }
    case "raw":
      return value as Cell;
    default:
      return guardText(String(value));
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** A cell as people read it in a message: dates as 01.09.2026, text trimmed and cut to 100 characters. */
export function displayCell(cell: unknown, zone: ZoneOptions): string {
  if (isDate(cell)) {
    const d = dateToLocalDate(cell, zone);
    return d ? formatLocalDate(d) : String(cell);
  }
  const text = cellText(cell);
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/** Deep equality of record values (plain data: primitives, arrays, objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    );
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) =>
      sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    );
  }
  return false;
}
