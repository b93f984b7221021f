// getDisplayValues: a cell's value shown through its number format, in the spreadsheet's locale and time zone.

import type { CellValue } from "../model";
import { fromSerial, toSerial, type WallClock, wallClock } from "./dates";

/** What Apps Script's getNumberFormat returns for a cell whose format was never set. */
export const DEFAULT_NUMBER_FORMAT = "0.###############";

interface LocaleInfo {
  decimal: string;
  group: string;
  date: string;
  dateTime: string;
  months: string[];
  monthsShort: string[];
  days: string[];
  daysShort: string[];
}

const RU: LocaleInfo = {
  decimal: ",",
  group: "\u00a0",
  date: "dd.MM.yyyy",
  dateTime: "dd.MM.yyyy H:mm:ss",
  months: "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(" "),
  monthsShort: "янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.".split(" "),
  days: "воскресенье понедельник вторник среда четверг пятница суббота".split(" "),
  daysShort: "Вс Пн Вт Ср Чт Пт Сб".split(" "),
};
const EN: LocaleInfo = {
  decimal: ".",
  group: ",",
  date: "M/d/yyyy",
  dateTime: "M/d/yyyy H:mm:ss",
  months: "January February March April May June July August September October November December".split(" "),
  monthsShort: "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" "),
  days: "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" "),
  daysShort: "Sun Mon Tue Wed Thu Fri Sat".split(" "),
};

const infos = new Map<string, LocaleInfo>();

export function localeInfo(locale: string): LocaleInfo {
  let info = infos.get(locale);
  if (!info) {
    info = locale.toLowerCase().startsWith("ru") ? RU : EN;
    infos.set(locale, info);
  }
  return info;
}

const dateFormats = new Map<string, boolean>();

/** True for a format that shows a date or time (it has d, m, y, h or s outside quotes). */
export function isDateFormat(format: string): boolean {
  let is = dateFormats.get(format);
  if (is === undefined) {
    is = /[dmyhs]/i.test(
      stripQuoted(format)
        .replace(/\[[^\]]*\]/g, "")
        .replace(/e[+-]/gi, ""),
    );
    dateFormats.set(format, is);
  }
  return is;
}

function stripQuoted(format: string): string {
  return format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

/** A cell value as Sheets shows it. */
export function displayValue(
  v: CellValue,
  format: string | undefined,
  locale: string,
  timeZone: string,
): string {
  const info = localeInfo(locale);
  const fmt = format && format !== "General" && format !== DEFAULT_NUMBER_FORMAT ? format : "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v !== "number") {
    const d = v;
    if (Number.isNaN(d.getTime())) return "";
    if (fmt && fmt !== "@" && !isDateFormat(fmt)) return formatNumber(toSerial(d, timeZone), fmt, info);
    const w = wallClock(d, timeZone);
    const auto = w.hour === 0 && w.minute === 0 && w.second === 0 ? info.date : info.dateTime;
    return formatWall(w, fmt && fmt !== "@" ? fmt : auto, info);
  }
  if (!Number.isFinite(v)) return String(v);
  if (fmt && fmt !== "@" && isDateFormat(fmt))
    return formatDate(fromSerial(v, timeZone), fmt, info, timeZone);
  if (!fmt || fmt === "@") return general(v, info);
  return formatNumber(v, fmt, info);
}

function general(n: number, info: LocaleInfo): string {
  const s = Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n) : String(Number(n.toPrecision(10)));
  return s.replace(".", info.decimal);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

const dateTokens = new Map<string, string[]>();

/** Formats a date by a Sheets date pattern (yyyy, mm, dd, hh, ss, mmmm, dddd, AM/PM, "quoted text"). */
export function formatDate(d: Date, pattern: string, info: LocaleInfo, timeZone: string): string {
  return formatWall(wallClock(d, timeZone), pattern, info);
}

function formatWall(w: WallClock, pattern: string, info: LocaleInfo): string {
  let tokens = dateTokens.get(pattern);
  if (!tokens) {
    tokens = pattern.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|./gi) ?? [];
    dateTokens.set(pattern, tokens);
  }
  const twelve = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const out: string[] = [];
  const all = tokens;
  all.forEach((tok, i) => {
    const low = tok.toLowerCase();
    const c = low[0];
    if (tok.startsWith('"')) out.push(tok.slice(1, -1));
    else if (tok.startsWith("\\")) out.push(tok.slice(1));
    else if (low === "am/pm") out.push(w.hour < 12 ? "AM" : "PM");
    else if (low === "a/p") out.push(w.hour < 12 ? "A" : "P");
    else if (c === "y") out.push(tok.length <= 2 ? pad(w.year % 100, 2) : String(w.year));
    else if (c === "d") {
      if (tok.length === 1) out.push(String(w.day));
      else if (tok.length === 2) out.push(pad(w.day, 2));
      else out.push(tok.length === 3 ? info.daysShort[w.weekday] : info.days[w.weekday]);
    } else if (c === "h") {
      const h = twelve ? ((w.hour + 11) % 12) + 1 : w.hour;
      out.push(tok.length === 1 ? String(h) : pad(h, 2));
    } else if (c === "s") out.push(tok.length === 1 ? String(w.second) : pad(w.second, 2));
    else if (c === "m") {
      if (tok.length <= 2 && isMinute(all, i))
        out.push(tok.length === 1 ? String(w.minute) : pad(w.minute, 2));
      else if (tok.length === 1) out.push(String(w.month));
      else if (tok.length === 2) out.push(pad(w.month, 2));
      else if (tok.length === 3) out.push(info.monthsShort[w.month - 1]);
      else out.push(info.months[w.month - 1]);
    } else out.push(tok);
  });
  return out.join("");
}

/** "m" means minutes right after an hour token or right before a seconds token. */
function isMinute(tokens: string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = tokens[j][0].toLowerCase();
    if (c === "h") return true;
    if (/[dmys]/.test(c)) break;
  }
  for (let j = i + 1; j < tokens.length; j++) {
    const c = tokens[j][0].toLowerCase();
    if (c === "s") return true;
    if (/[dmyh]/.test(c)) break;
  }
  return false;
}

/** Formats a number by a Sheets number pattern: 0, #, decimals, grouping, %, literal text, positive;negative;zero. */
export function formatNumber(value: number, pattern: string, info: LocaleInfo): string {
  const sections = pattern.match(/("[^"]*"|\\.|[^;])+/g) ?? [pattern];
  let n = value;
  let section = sections[0];
  let minus = false;
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    n = -n;
  } else if (n < 0) {
    minus = true;
    n = -n;
  } else if (n === 0 && sections[2] !== undefined) section = sections[2];

  const tokens = section.match(/"[^"]*"|\\.|[0#?.,]+|./g) ?? [];
  const coreIndex = tokens.findIndex((t) => /[0#?]/.test(t));
  if (coreIndex < 0) return (minus ? "-" : "") + tokens.map(literal).join("");
  if (tokens.some((t) => t === "%")) n *= 100;
  const core = tokens[coreIndex];
  const [intPart, fracPart = ""] = core.split(".");
  const decimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(intPart);

  const fixed = n.toFixed(decimals);
  let [intDigits, frac = ""] = fixed.split(".");
  while (frac.length > minDecimals && frac.endsWith("0")) frac = frac.slice(0, -1);
  if (intDigits === "0" && minInt === 0) intDigits = "";
  intDigits = intDigits.padStart(minInt, "0");
  if (grouping) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, info.group);
  const number = intDigits + (frac ? info.decimal + frac : "");
  const shown = tokens.map((t, i) => (i === coreIndex ? number : literal(t))).join("");
  return (minus && Number(fixed) !== 0 ? "-" : "") + shown;
}

function literal(t: string): string {
  if (t.startsWith('"')) return t.slice(1, -1);
  if (t.startsWith("\\")) return t.slice(1);
  if (t === "_" || t === "*") return "";
  return t;
}
