// Values going into cells: Apps Script's types, strings read as Sheets reads typed input, and the 50,000-char limit.

import type { CellValue } from "../model";
import { fromWallClock } from "./dates";
import { localeInfo } from "./display";
import { fail, isDate, MAX_CELL_CHARS, MSG } from "./errors";

/** One converted input: a value, or a formula (then the value is "" until Sheets computes it, which we don't). */
export interface Input {
  v: CellValue;
  formula?: string;
  /**
   * The number format a cell with automatic format takes (one with a format keeps its own): a script's Date makes it
   * the locale's date-time, text typed as a date the locale's date (date-time when a time was typed), as in Sheets.
   */
  format?: string;
}

/** How typed input is read in a spreadsheet: its locale's conventions and its time zone (computed once per call). */
export interface Typing {
  ru: boolean;
  timeZone: string;
  date: string;
  dateTime: string;
}

export function typingOf(wb: { locale: string; timeZone: string }): Typing {
  const { date, dateTime } = localeInfo(wb.locale);
  return { ru: wb.locale.toLowerCase().startsWith("ru"), timeZone: wb.timeZone, date, dateTime };
}

/** Only strings starting like a number, a date or TRUE/FALSE can be anything but text. */
const MAYBE_TYPED = /^\s*[-+\d,.tfTFИЛил]/;

/** Reads a string as Sheets reads what is typed into a cell (setValue/setValues/appendRow do the same). */
export function parseTyped(s: string, locale: string, timeZone: string): CellValue {
  return typedInput(s, locale, timeZone).v;
}

/** A string typed into a cell: its value, and the format a date gives a cell with automatic format. */
export function typedInput(s: string, locale: string, timeZone: string): Input {
  return readTyped(s, typingOf({ locale, timeZone }));
}

function readTyped(s: string, typing: Typing): Input {
  if (!MAYBE_TYPED.test(s)) return { v: s };
  const t = s.trim();
  const { ru } = typing;
  if (/^(TRUE|FALSE)$/i.test(t) || (ru && /^(ИСТИНА|ЛОЖЬ)$/i.test(t)))
    return { v: /^(TRUE|ИСТИНА)$/i.test(t) };
  if (/^[+-]?\d+$/.test(t)) return { v: Number(t) };
  if (ru ? /^[+-]?\d*,\d+$/.test(t) : /^[+-]?\d*\.\d+$/.test(t)) return { v: Number(t.replace(",", ".")) };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) return dateOr(s, typing, +m[1], +m[2], +m[3], m[4], m[5], m[6]);
  m = ru
    ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t)
    : /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) {
    const [day, month] = ru ? [+m[1], +m[2]] : [+m[2], +m[1]];
    return dateOr(s, typing, +m[3], month, day, m[4], m[5], m[6]);
  }
  return { v: s };
}

function dateOr(
  s: string,
  typing: Typing,
  y: number,
  mo: number,
  d: number,
  h?: string,
  mi?: string,
  se?: string,
): Input {
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return { v: s };
  const [hh, mm, ss] = [Number(h ?? 0), Number(mi ?? 0), Number(se ?? 0)];
  if (hh > 23 || mm > 59 || ss > 59) return { v: s };
  const v = fromWallClock(typing.timeZone, y, mo, d, hh, mm, ss);
  return { v, format: h === undefined ? typing.date : typing.dateTime };
}

function checkLength(s: string): void {
  if (s.length > MAX_CELL_CHARS) fail(MSG.tooLong);
}

/**
 * Converts one value handed to setValue(s)/appendRow: null/undefined clear the cell, a Date from any realm is
 * copied, a string starting with "=" is a formula, one starting with "'" is kept literally without the apostrophe,
 * other strings are read as typed input unless the cell is formatted as plain text ("@"); objects become String(x).
 */
export function toInput(x: unknown, plainText: boolean, typing: Typing): Input {
  switch (typeof x) {
    case "number":
    case "boolean":
      return { v: x };
    case "string":
      checkLength(x);
      if (x.length > 1 && x[0] === "=") return { v: formulaValue(x), formula: x };
      if (x[0] === "'") return { v: x.slice(1) };
      return plainText ? { v: x } : readTyped(x, typing);
    case "undefined":
      return { v: "" };
    default: {
      if (x === null) return { v: "" };
      if (isDate(x)) return { v: new Date(x.getTime()), format: typing.dateTime };
      const s = String(x);
      checkLength(s);
      return { v: s };
    }
  }
}

/** Converts a formula handed to setFormula(s): "" clears the cell; text without "=" is stored as plain text. */
export function toFormula(x: unknown): Input {
  const s = x === null || x === undefined ? "" : String(x);
  checkLength(s);
  return s.length > 1 && s.startsWith("=") ? { v: formulaValue(s), formula: s } : { v: s };
}

/**
 * The value of the few formulas the emulator can compute without a formula engine: HYPERLINK with literal text shows
 * its label (or the URL when there is none), as in Sheets. Any other formula reads as "" until Sheets computes it.
 */
export function formulaValue(formula: string): string {
  const m = HYPERLINK.exec(formula);
  if (!m) return "";
  return (m[2] ?? m[1]).replace(/""/g, '"');
}

/** `=HYPERLINK("url")` or `=HYPERLINK("url", "label")` with literal text (either argument separator). */
const HYPERLINK = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i;

/** The address a HYPERLINK formula with literal text leads to («#gid=5&range=B3», «https://…»), or null. */
export function hyperlinkUrl(formula: string): string | null {
  const m = HYPERLINK.exec(formula);
  return m ? m[1].replace(/""/g, '"').trim() : null;
}
