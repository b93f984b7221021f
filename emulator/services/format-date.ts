// Java SimpleDateFormat, as Utilities.formatDate applies it: English names, any time zone, via Intl.

import { isKnownZone, offsetAt, type WallClock, wallFields } from "../zone";

/** Wall-clock fields of an instant in a zone, plus the zone's offset then. */
interface ZonedParts extends WallClock {
  millisecond: number;
  offsetMinutes: number;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Java's short names (Locale.US) for Russia's zones, which Intl only knows as "GMT+3". */
const JAVA_SHORT_NAMES: Record<string, string> = {
  "Europe/Moscow": "MSK",
  "Europe/Kaliningrad": "EET",
  "Europe/Samara": "SAMT",
  "Asia/Yekaterinburg": "YEKT",
  "Asia/Omsk": "OMST",
  "Asia/Novosibirsk": "NOVT",
  "Asia/Krasnoyarsk": "KRAT",
  "Asia/Irkutsk": "IRKT",
  "Asia/Yakutsk": "YAKT",
  "Asia/Vladivostok": "VLAT",
  "Asia/Magadan": "MAGT",
  "Asia/Kamchatka": "PETT",
};

/** A resolved zone: an IANA zone for Intl, or a fixed offset (Java's "GMT+03:00" custom ids, GMT, UTC). */
type Zone = { kind: "iana"; id: string } | { kind: "fixed"; id: string; offsetMinutes: number };

/**
 * Java's TimeZone.getTimeZone: an IANA id, "GMT"/"UTC", or a custom "GMT+3", "GMT+03:00", "GMT-0530".
 * An id Java does not know falls back to GMT, silently, as it does in Apps Script.
 */
export function resolveZone(id: string): Zone {
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (custom) {
    const h = Number(custom[2]);
    const m = Number(custom[3] ?? "0");
    if (h <= 23 && m <= 59) {
      const sign = custom[1] === "-" ? -1 : 1;
      return {
        kind: "fixed",
        id: `GMT${custom[1]}${pad(h, 2)}:${pad(m, 2)}`,
        offsetMinutes: sign * (h * 60 + m),
      };
    }
  }
  if (id === "GMT" || id === "UTC") return { kind: "fixed", id, offsetMinutes: 0 };
  return isKnownZone(id) ? { kind: "iana", id } : { kind: "fixed", id: "GMT", offsetMinutes: 0 };
}

function zonedParts(date: Date, zone: Zone): ZonedParts {
  const t = date.getTime();
  const offset = zone.kind === "fixed" ? zone.offsetMinutes * 60000 : offsetAt(zone.id, t);
  const wall = t + offset;
  return {
    ...wallFields(wall),
    millisecond: ((wall % 1000) + 1000) % 1000,
    offsetMinutes: zone.kind === "fixed" ? zone.offsetMinutes : Math.round(offset / 60000),
  };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= width ? s : "0".repeat(width - s.length) + s);
}

function offsetText(minutes: number, withColon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? "-" : "+";
  const a = Math.abs(minutes);
  const hh = pad(Math.floor(a / 60), 2);
  if (hoursOnly) return `${sign}${hh}`;
  return `${sign}${hh}${withColon ? ":" : ""}${pad(a % 60, 2)}`;
}

function zoneName(date: Date, zone: Zone, long: boolean): string {
  if (zone.kind === "fixed") return zone.id;
  if (!long && JAVA_SHORT_NAMES[zone.id]) return JAVA_SHORT_NAMES[zone.id]!;
  const name = new Intl.DateTimeFormat("en-US", { timeZone: zone.id, timeZoneName: long ? "long" : "short" })
    .formatToParts(date)
    .find((x) => x.type === "timeZoneName")?.value;
  // Intl writes "GMT+3" where Java writes "GMT+03:00".
  const gmt = name ? /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name) : null;
  if (gmt) return `GMT${gmt[1]}${pad(Number(gmt[2]), 2)}:${gmt[3] ?? "00"}`;
  return name ?? "GMT";
}

function dayOfYear(p: ZonedParts): number {
  const start = Date.UTC(2000, 0, 1);
  const a = new Date(start);
  a.setUTCFullYear(p.year, 0, 1);
  const b = new Date(start);
  b.setUTCFullYear(p.year, p.month - 1, p.day);
  return Math.round((b.getTime() - a.getTime()) / 86400000) + 1;
}

function field(letter: string, count: number, p: ZonedParts, date: Date, zone: Zone): string {
  switch (letter) {
    case "G":
      return p.year > 0 ? "AD" : "BC";
    case "y": {
      const y = p.year > 0 ? p.year : 1 - p.year;
      return count === 2 ? pad(y % 100, 2) : pad(y, count);
    }
    case "M":
    case "L":
      if (count >= 4) return MONTHS[p.month - 1]!;
      if (count === 3) return MONTHS[p.month - 1]!.slice(0, 3);
      return pad(p.month, count);
    case "d":
      return pad(p.day, count);
    case "D":
      return pad(dayOfYear(p), count);
    case "F":
      return pad(Math.floor((p.day - 1) / 7) + 1, count);
    case "E":
      return count >= 4 ? DAYS[p.weekday]! : DAYS[p.weekday]!.slice(0, 3);
    case "u":
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case "a":
      return p.hour < 12 ? "AM" : "PM";
    case "H":
      return pad(p.hour, count);
    case "k":
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case "K":
      return pad(p.hour % 12, count);
    case "h":
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case "m":
      return pad(p.minute, count);
    case "s":
      return pad(p.second, count);
    case "S":
      return pad(p.millisecond, count);
    case "z":
      return zoneName(date, zone, count >= 4);
    case "Z":
      return offsetText(p.offsetMinutes, false);
    case "X":
      if (count > 3) throw new Error(`invalid ISO 8601 format: length=${count}`);
      if (p.offsetMinutes === 0) return "Z";
      return offsetText(p.offsetMinutes, count === 3, count === 1);
    case "Y":
    case "w":
    case "W":
      throw new Error(
        `Utilities.formatDate: the week-based pattern letter '${letter}' is not emulated (did you mean '${letter === "Y" ? "y" : letter}'?).`,
      );
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/**
 * Formats `date` in `timeZone` with a Java SimpleDateFormat pattern: letters repeat for width or text length,
 * 'quoted' text is literal and '' is a single quote. English month and day names, as Apps Script uses.
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const zone = resolveZone(timeZone);
  const p = zonedParts(date, zone);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= pattern.length) throw new Error("Unterminated quote");
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j += 1;
      }
      out += text;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j += 1;
      out += field(c, j - i, p, date, zone);
      i = j;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}
