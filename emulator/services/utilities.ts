// Utilities: formatDate (Java SimpleDateFormat), formatString, UUIDs, a sleep that only counts, base64.

import { randomUUID } from "node:crypto";
import type { EmuContext } from "../context";
import { gasError, isDate, isNumber, signatureError } from "./common";
import { formatJavaDate } from "./format-date";

export const Charset = { US_ASCII: "US_ASCII", UTF_8: "UTF_8" } as const;

/** Utilities.sleep reference: "The maximum allowed value is 300000 (or 5 minutes)." */
export const MAX_SLEEP_MS = 300000;

/** The runtime's message for a string that is not base64. */
export const BASE64_DECODE_MESSAGE = "Could not decode string.";

type Byte = GoogleAppsScript.Byte;

function bytesOf(method: string, data: unknown, charset: unknown): Buffer {
  if (typeof data === "string") {
    // Java encodes a character US-ASCII cannot hold as '?'.
    if (String(charset) === Charset.US_ASCII) {
      return Buffer.from([...data].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch : "?")).join(""), "ascii");
    }
    return Buffer.from(data, "utf8");
  }
  if (Array.isArray(data) && data.every((b) => isNumber(b) && Number.isInteger(b) && b >= -128 && b <= 255)) {
    return Buffer.from(data.map((b: number) => b & 0xff));
  }
  throw signatureError(method, charset === undefined ? [data] : [data, charset]);
}

/** Java's bytes are signed: -128..127. */
function toJavaBytes(buf: Buffer): Byte[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

function decode(method: string, encoded: unknown, webSafe: boolean): Byte[] {
  if (typeof encoded !== "string") throw signatureError(method, [encoded]);
  const s = encoded.replace(/\s+/g, "");
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(s) || s.replace(/=+$/, "").length % 4 === 1) throw gasError(BASE64_DECODE_MESSAGE);
  return toJavaBytes(Buffer.from(s, webSafe ? "base64url" : "base64"));
}

/** sprintf-like: %s %d %i %f %e %x %o %%, with flags '-' and '0', a width and a precision. */
export function sprintf(template: string, args: readonly unknown[]): string {
  let next = 0;
  return template.replace(
    /%([-0]*)(\d+)?(?:\.(\d+))?([sdifexo%])/g,
    (whole, flags: string, w, prec, conv: string) => {
      if (conv === "%") return "%";
      if (next >= args.length) return whole;
      const v = args[next++];
      let s: string;
      switch (conv) {
        case "s":
          s = String(v);
          if (prec !== undefined) s = s.slice(0, Number(prec));
          break;
        case "d":
        case "i":
          s = String(Math.trunc(Number(v)));
          break;
        case "f":
          s = Number(v).toFixed(prec === undefined ? 6 : Number(prec));
          break;
        case "e":
          s = Number(v).toExponential(prec === undefined ? 6 : Number(prec));
          break;
        case "x":
          s = Math.trunc(Number(v)).toString(16);
          break;
        default:
          s = Math.trunc(Number(v)).toString(8);
      }
      const width = w === undefined ? 0 : Number(w);
      if (s.length >= width) return s;
      if (flags.includes("-")) return s.padEnd(width);
      if (flags.includes("0") && conv !== "s") {
        const neg = s.startsWith("-");
        return (neg ? "-" : "") + s.slice(neg ? 1 : 0).padStart(width - (neg ? 1 : 0), "0");
      }
      return s.padStart(width);
    },
  );
}

export class UtilitiesEmu
  implements
    Pick<
      GoogleAppsScript.Utilities.Utilities,
      | "formatDate"
      | "formatString"
      | "getUuid"
      | "sleep"
      | "base64Encode"
      | "base64Decode"
      | "base64EncodeWebSafe"
      | "base64DecodeWebSafe"
    >
{
  readonly Charset = Charset;
  /** Total milliseconds the bundle asked to sleep: nothing waits and the clock does not move. */
  sleptMs = 0;

  constructor(private readonly ctx: EmuContext) {}

  /** Reference: "Formats date according to specification described in Java SE SimpleDateFormat class." */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.ctx.counter.hit("Utilities.formatDate");
    if (!isDate(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw signatureError("Utilities.formatDate", [date, timeZone, format]);
    }
    const d = date as unknown as Date;
    if (Number.isNaN(d.getTime())) throw gasError("Invalid argument: date");
    try {
      return formatJavaDate(d, timeZone, format);
    } catch (e) {
      throw gasError((e as Error).message);
    }
  }

  formatString(template: string, ...args: unknown[]): string {
    this.ctx.counter.hit("Utilities.formatString");
    if (typeof template !== "string") throw signatureError("Utilities.formatString", [template, ...args]);
    return sprintf(template, args);
  }

  getUuid(): string {
    this.ctx.counter.hit("Utilities.getUuid");
    return randomUUID();
  }

  /** Counts and checks, never blocks: tests stay fast and the emulated clock stays where the test put it. */
  sleep(milliseconds: number): void {
    this.ctx.counter.hit("Utilities.sleep");
    if (!isNumber(milliseconds)) throw signatureError("Utilities.sleep", [milliseconds]);
    if (milliseconds > MAX_SLEEP_MS) {
      throw gasError(`Utilities.sleep: the maximum allowed value is ${MAX_SLEEP_MS} milliseconds.`);
    }
    this.sleptMs += Math.max(0, milliseconds);
  }

  base64Encode(data: string | Byte[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.ctx.counter.hit("Utilities.base64Encode");
    return bytesOf("Utilities.base64Encode", data, charset).toString("base64");
  }

  base64EncodeWebSafe(data: string | Byte[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.ctx.counter.hit("Utilities.base64EncodeWebSafe");
    return bytesOf("Utilities.base64EncodeWebSafe", data, charset)
      .toString("base64")
      .replace(/\+/g, "-")
      .replace(/\//g, "_");
  }

  /** Returns the bytes as Apps Script does: Java's signed bytes (-128..127), not a string. */
  base64Decode(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): Byte[] {
    this.ctx.counter.hit("Utilities.base64Decode");
    return decode("Utilities.base64Decode", encoded, false);
  }

  base64DecodeWebSafe(encoded: string, _charset?: GoogleAppsScript.Utilities.Charset): Byte[] {
    this.ctx.counter.hit("Utilities.base64DecodeWebSafe");
    return decode("Utilities.base64DecodeWebSafe", encoded, true);
  }
}
