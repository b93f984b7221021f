// Three behaviours of Google Sheets the emulator once got wrong (issue 15, part 10), each with its source.

import { makeApp, thrown } from "./make-context";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

describe("a sheet's name is at most 100 characters", () => {
  // Google Sheets refuses a tab name over 100 characters (the Sheets API too: "The sheet name cannot be greater
  // than 100 characters", https://github.com/getodk/collect/issues/2918; Google ≤100 vs Excel ≤31,
  // https://github.com/hildogjr/KiCost/issues/52). Apps Script's exact text is not documented.
  const long = "Т".repeat(101);

  test(`insertSheet and setName refuse 101 characters and accept 100 (${REF}/sheet#setnamename)`, () => {
    const { ss, sheet } = makeApp();
    expect(thrown(() => ss.insertSheet(long))).toMatch(/longer than 100 characters/);
    expect(thrown(() => sheet.setName(long))).toMatch(/longer than 100 characters/);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Лист1"]);
    const ok = ss.insertSheet("Т".repeat(100));
    expect(ok.getName()).toHaveLength(100);
    sheet.setName("Ф".repeat(100));
    expect(sheet.getName()).toHaveLength(100);
  });
});

describe("freezing leaves at least one row unfrozen", () => {
  // Sheets answers "You can't freeze all visible rows on the sheet." when every row would be frozen
  // (https://github.com/theoephraim/node-google-spreadsheet/issues/528: a sheet of one row cannot freeze it).
  test(`setFrozenRows(maxRows) is refused with Sheets' wording, maxRows − 1 is fine (${REF}/sheet#setfrozenrowsrows)`, () => {
    const { sheet } = makeApp();
    const rows = sheet.getMaxRows();
    expect(thrown(() => sheet.setFrozenRows(rows))).toBe("You can't freeze all visible rows on the sheet.");
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(rows - 1);
    expect(sheet.getFrozenRows()).toBe(rows - 1);
    sheet.setFrozenRows(0);
    sheet.deleteRows(2, rows - 1);
    expect(sheet.getMaxRows()).toBe(1);
    expect(thrown(() => sheet.setFrozenRows(1))).toBe("You can't freeze all visible rows on the sheet.");
  });
});

describe("a new time zone leaves date cells on their day", () => {
  // Sheets stores a date as a serial number: days since 30 December 1899 on the spreadsheet's clock, with no zone
  // (https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption, SERIAL_NUMBER).
  // Changing the spreadsheet's time zone (File → Settings) changes no cell: a date shows the same day after it.
  test(`setSpreadsheetTimeZone keeps the displayed date and time of every date cell (${REF}/spreadsheet#setspreadsheettimezonetimezone)`, () => {
    const { ss, sheet } = makeApp();
    ss.setSpreadsheetTimeZone("Europe/Moscow");
    const range = sheet.getRange("A1:B1");
    // Midnight of 1 September and 23:30 on 31 December, Moscow time.
    range.setValues([[new Date("2026-08-31T21:00:00Z"), new Date("2026-12-31T20:30:00Z")]]);
    range.setNumberFormat("dd.mm.yyyy HH:mm");
    const before = range.getDisplayValues();
    expect(before).toEqual([["01.09.2026 00:00", "31.12.2026 23:30"]]);

    for (const zone of ["America/Los_Angeles", "Asia/Vladivostok", "UTC", "Europe/Moscow"]) {
      ss.setSpreadsheetTimeZone(zone);
      expect(ss.getSpreadsheetTimeZone()).toBe(zone);
      expect(range.getDisplayValues()).toEqual(before);
    }
    ss.setSpreadsheetTimeZone("America/Los_Angeles");
    // getValues hands out the instant at which the new zone's clock shows that day: midnight in Los Angeles.
    const [[first]] = range.getValues() as Date[][];
    expect(first.toISOString()).toBe("2026-09-01T07:00:00.000Z");
  });

  test("the same zone again, or a zone Intl does not know, moves nothing", () => {
    const { ss, sheet } = makeApp();
    const cell = sheet.getRange("A1");
    cell.setValue(new Date("2026-08-31T21:00:00Z"));
    const t = (cell.getValue() as Date).getTime();
    ss.setSpreadsheetTimeZone(ss.getSpreadsheetTimeZone());
    ss.setSpreadsheetTimeZone("Not/AZone");
    expect((cell.getValue() as Date).getTime()).toBe(t);
  });
});
