// Conformance of the emulated Utilities.
// Docs: https://developers.google.com/apps-script/reference/utilities/utilities
//       https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html (the pattern formatDate follows)
//       https://docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html#getTimeZone-java.lang.String-

import vm from "node:vm";
import { createUtilities, MAX_SLEEP_MS } from "../../../emulator/services";
import { FIXED_NOW, makeContext } from "./make-context";

const setup = () => {
  const ctx = makeContext();
  return { ctx, Utilities: createUtilities(ctx) };
};
const fmt = (iso: string | Date, tz: string, pattern: string) =>
  setup().Utilities.formatDate(
    (typeof iso === "string" ? new Date(iso) : iso) as unknown as GoogleAppsScript.Base.Date,
    tz,
    pattern,
  );
const NOW = FIXED_NOW.toISOString(); // 2024-09-02T06:30:00.123Z, a Monday

describe("formatDate: SimpleDateFormat letters (utilities#formatDate)", () => {
  test.each([
    ["yyyy-MM-dd HH:mm:ss.SSS", "2024-09-02 09:30:00.123"],
    ["dd.MM.yy", "02.09.24"],
    ["d.M.yyyy", "2.9.2024"],
    ["yyyyy", "02024"],
    ["EEE, d MMM yyyy", "Mon, 2 Sep 2024"],
    ["EEEE, MMMM", "Monday, September"],
    ["D u G", "246 1 AD"],
    ["h:mm a", "9:30 AM"],
    ["k K", "9 9"],
    ["Z XXX XX X", "+0300 +03:00 +0300 +03"],
    ["z", "MSK"],
  ])("%s in Europe/Moscow", (pattern, expected) => {
    expect(fmt(NOW, "Europe/Moscow", pattern)).toBe(expected);
  });

  test("12-hour clock: midnight is 12 AM, 13:05 is 1:05 PM", () => {
    expect(fmt("2024-09-01T21:05:00Z", "Europe/Moscow", "h:mm a")).toBe("12:05 AM");
    expect(fmt("2024-09-02T10:05:00Z", "Europe/Moscow", "h:mm a")).toBe("1:05 PM");
  });

  test("the time zone decides the calendar day", () => {
    expect(fmt("2024-09-01T21:05:00Z", "Europe/Moscow", "yyyy-MM-dd HH:mm")).toBe("2024-09-02 00:05");
    expect(fmt("2024-09-01T21:05:00Z", "UTC", "yyyy-MM-dd HH:mm")).toBe("2024-09-01 21:05");
  });

  test("daylight saving time follows the zone's rules", () => {
    expect(fmt("2024-01-15T12:00:00Z", "America/New_York", "HH:mm Z")).toBe("07:00 -0500");
    expect(fmt("2024-07-15T12:00:00Z", "America/New_York", "HH:mm Z")).toBe("08:00 -0400");
  });

  test("ISO 8601 X writes Z for a zero offset; RFC 822 Z writes +0000", () => {
    expect(fmt(NOW, "UTC", "XXX Z")).toBe("Z +0000");
  });

  test("quoted text is literal and '' is a single quote", () => {
    expect(fmt(NOW, "UTC", "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe("2024-09-02T06:30:00Z");
    expect(fmt(NOW, "Europe/Moscow", "'o''clock' h")).toBe("o'clock 9");
    expect(fmt(NOW, "UTC", "''")).toBe("'");
  });

  test("custom GMT offsets work; an unknown zone id falls back to GMT as Java's TimeZone does", () => {
    expect(fmt(NOW, "GMT+5", "HH:mm z")).toBe("11:30 GMT+05:00");
    expect(fmt(NOW, "GMT-03:30", "HH:mm")).toBe("03:00");
    expect(fmt(NOW, "Not/AZone", "HH:mm")).toBe("06:30");
  });

  test("an unknown pattern letter or an unterminated quote is an error, as in Java", () => {
    expect(() => fmt(NOW, "UTC", "yyyy-qq")).toThrow("Illegal pattern character 'q'");
    expect(() => fmt(NOW, "UTC", "yyyy 'T")).toThrow("Unterminated quote");
  });

  test("a Date made in the bundle's vm realm is accepted", () => {
    const realmDate = vm.runInNewContext(`new Date(${FIXED_NOW.getTime()})`) as Date;
    expect(realmDate instanceof Date).toBe(false);
    expect(fmt(realmDate, "Europe/Moscow", "dd.MM.yyyy")).toBe("02.09.2024");
  });

  test("a non-Date is refused with Apps Script's signature message", () => {
    const { Utilities } = setup();
    expect(() =>
      Utilities.formatDate("2024-01-01" as unknown as GoogleAppsScript.Base.Date, "UTC", "yyyy"),
    ).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe("other utilities (utilities reference)", () => {
  test("formatString is sprintf-like", () => {
    const { Utilities } = setup();
    expect(Utilities.formatString("%s: %d of %d, %.1f%%", "7А", 12.9, 30, 43.33)).toBe("7А: 12 of 30, 43.3%");
    expect(Utilities.formatString("%05d|%-4s|%4s", 42, "ab", "cd")).toBe("00042|ab  |  cd");
  });

  test("getUuid returns distinct RFC 4122 UUIDs", () => {
    const { Utilities } = setup();
    const a = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(a);
  });

  test("sleep counts without blocking; over 300000 ms (the documented maximum) is refused", () => {
    const { ctx, Utilities } = setup();
    const started = Date.now();
    Utilities.sleep(MAX_SLEEP_MS);
    Utilities.sleep(1000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(Utilities.sleptMs).toBe(301000);
    expect(ctx.now().getTime()).toBe(FIXED_NOW.getTime());
    expect(() => Utilities.sleep(MAX_SLEEP_MS + 1)).toThrow(/300000/);
    expect(() => Utilities.sleep("1" as unknown as number)).toThrow(/method signature for Utilities.sleep/);
    expect(ctx.counter.get("Utilities.sleep")).toBe(4);
  });

  test("base64Encode of a string uses UTF-8; base64Decode returns Java's signed bytes", () => {
    const { Utilities } = setup();
    const encoded = Utilities.base64Encode("Привет");
    expect(encoded).toBe("0J/RgNC40LLQtdGC");
    const bytes = Utilities.base64Decode(encoded);
    expect(bytes[0]).toBe(-48); // 0xD0
    expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(Buffer.from(bytes.map((b) => b & 0xff)).toString("utf8")).toBe("Привет");
    expect(Utilities.base64Encode(bytes)).toBe(encoded);
  });

  test("web-safe base64 uses - and _; US_ASCII writes ? for other characters", () => {
    const { Utilities } = setup();
    expect(Utilities.base64EncodeWebSafe([-5, -1])).toBe("-_8=");
    expect(Utilities.base64DecodeWebSafe("-_8=")).toEqual([-5, -1]);
    expect(
      Utilities.base64Encode(
        "ж",
        Utilities.Charset.US_ASCII as unknown as GoogleAppsScript.Utilities.Charset,
      ),
    ).toBe("Pw==");
  });

  test("a string that is not base64 cannot be decoded", () => {
    const { Utilities } = setup();
    expect(() => Utilities.base64Decode("not base64!")).toThrow("Could not decode string.");
  });
});
