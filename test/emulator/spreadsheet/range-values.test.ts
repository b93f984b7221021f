// Range values: what goes in, what comes out, and the shape rules — each test names where the behaviour is stated.

import { makeApp, thrown } from "./make-context";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/range";

describe("Range.getValues / setValues", () => {
  test(`empty cells read as "" and the array has the range's shape (${REF}#getvalues)`, () => {
    const { sheet } = makeApp();
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
  });

  test(`numbers, booleans, strings and Dates round-trip; Dates come out in the bundle's realm (${REF}#getvalues)`, () => {
    const { sheet, realm } = makeApp({ realm: true });
    const when = realm.makeDate(Date.UTC(2026, 8, 1, 6, 30));
    sheet.getRange("A1:D1").setValues([[42, true, "текст", when]]);
    const [row] = sheet.getRange("A1:D1").getValues();
    expect(row.slice(0, 3)).toEqual([42, true, "текст"]);
    expect(realm.isRealmDate(row[3])).toBe(true);
    expect((row[3] as Date).getTime()).toBe(when.getTime());
    expect(realm.isRealmDate(sheet.getRange("D1").getValue())).toBe(true);
  });

  test("a Date stored is a copy: changing the caller's Date later does not change the cell", () => {
    const { sheet } = makeApp();
    const d = new Date(Date.UTC(2026, 0, 5));
    sheet.getRange("A1").setValue(d);
    d.setUTCFullYear(2000);
    expect((sheet.getRange("A1").getValue() as Date).getUTCFullYear()).toBe(2026);
  });

  test(`row count mismatch: Apps Script's message (https://github.com/alpatania/sassafras/issues/8 has the column form)`, () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]]))).toBe(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
  });

  test("column count mismatch (https://github.com/boilermaker-ben/Google-Sheets-NFL-Pick-Ems-and-Survivor-Pool/issues/27)", () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]]))).toBe(
      "The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.",
    );
  });

  test(`a one-dimensional array does not match the signature Object[][] (${REF}#setvaluesvalues)`, () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.getRange(1, 1, 1, 2).setValues([1, 2] as never))).toBe(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test(`null and undefined clear a cell; other objects are stored as their String (${REF}#setvaluesvalues)`, () => {
    const { sheet } = makeApp();
    sheet.getRange("A1:C1").setValues([["x", "y", "z"]]);
    sheet.getRange("A1:C1").setValues([[null, undefined, { toString: () => "obj" }]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["", "", "obj"]]);
  });

  test("a leading apostrophe forces text and is not stored (Sheets' typed input; https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption)", () => {
    const { sheet } = makeApp();
    sheet.getRange("A1:B1").setValues([["'0012", "'=1+2"]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["0012", "=1+2"]]);
    expect(sheet.getRange("A1:B1").getFormulas()).toEqual([["", ""]]);
  });

  test("strings are read as typed input (USER_ENTERED): numbers, TRUE/FALSE, dates of the locale; plain-text format keeps them", () => {
    const { sheet } = makeApp();
    sheet.getRange("A1:E1").setValues([["0012", "1,5", "TRUE", "01.09.2026", "12-Б"]]);
    const [row] = sheet.getRange("A1:E1").getValues();
    expect(row.slice(0, 3)).toEqual([12, 1.5, true]);
    expect((row[3] as Date).toISOString()).toBe("2026-08-31T21:00:00.000Z"); // midnight in Europe/Moscow
    expect(row[4]).toBe("12-Б");
    sheet.getRange("A2").setNumberFormat("@").setValue("0012");
    expect(sheet.getRange("A2").getValue()).toBe("0012");
  });

  test("a string starting with = is a formula; its value is empty until Sheets computes it (the emulator does not)", () => {
    const { sheet } = makeApp();
    sheet.getRange("A1").setValue("=SUM(B1:B3)");
    expect(sheet.getRange("A1").getFormula()).toBe("=SUM(B1:B3)");
    expect(sheet.getRange("A1").getValue()).toBe("");
    expect(sheet.getLastRow()).toBe(1);
    sheet.getRange("A1").setValue(5);
    expect(sheet.getRange("A1").getFormula()).toBe("");
  });

  test("more than 50,000 characters in a cell is refused, and nothing of the block is written (https://github.com/moevm/github_repo_commitment_calc/issues/67)", () => {
    const { sheet } = makeApp();
    const long = "я".repeat(50001);
    expect(thrown(() => sheet.getRange("A1:B1").setValues([["ok", long]]))).toBe(
      "Your input contains more than the maximum of 50000 characters in a single cell.",
    );
    expect(sheet.getRange("A1").getValue()).toBe("");
    sheet.getRange("A1").setValue("я".repeat(50000));
    expect((sheet.getRange("A1").getValue() as string).length).toBe(50000);
  });

  test(`setValue fills every cell of a multi-cell range (${REF}#setvaluevalue)`, () => {
    const { sheet } = makeApp();
    sheet.getRange("A1:B2").setValue("x");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  test("formats survive a value write; clearContent keeps formats, clear removes them", () => {
    const { sheet } = makeApp();
    const r = sheet.getRange("A1");
    r.setBackground("#FFEEAA").setFontWeight("bold").setValue(1);
    expect([r.getBackground(), r.getFontWeight(), r.getValue()]).toEqual(["#ffeeaa", "bold", 1]);
    r.clearContent();
    expect([r.getBackground(), r.getValue()]).toEqual(["#ffeeaa", ""]);
    r.clear();
    expect(r.getBackground()).toBe("#ffffff");
  });
});

describe("Range.getDisplayValues", () => {
  test("numbers, dates and booleans shown in the spreadsheet's locale (ru_RU: 1,5 and dd.MM.yyyy H:mm:ss; https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption)", () => {
    const { sheet } = makeApp();
    sheet.getRange("A1:D1").setValues([[1.5, new Date(Date.UTC(2026, 8, 1, -3)), true, "text"]]);
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([
      ["1,5", "01.09.2026 0:00:00", "TRUE", "text"],
    ]);
  });

  test("a number format applies: 0.00, #,##0, 0%, dates by pattern", () => {
    const { sheet } = makeApp();
    sheet.getRange("A1:D1").setValues([[Math.E, 1234567, 0.25, new Date(Date.UTC(2026, 8, 1, 7, 5))]]);
    sheet.getRange("A1:D1").setNumberFormats([["0.00", "#,##0", "0%", "yyyy-mm-dd hh:mm"]]);
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([
      ["2,72", "1\u00a0234\u00a0567", "25%", "2026-09-01 10:05"],
    ]);
  });

  test("en_US locale: 1.5 and M/d/yyyy H:mm:ss", () => {
    const { sheet } = makeApp({ locale: "en_US" });
    sheet.getRange("A1:B1").setValues([[1.5, new Date(Date.UTC(2026, 8, 1, -3))]]);
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["1.5", "9/1/2026 0:00:00"]]);
  });

  test(`unset number format reads back as "0.###############" (${REF}#getnumberformat)`, () => {
    const { sheet } = makeApp();
    expect(sheet.getRange("A1").getNumberFormat()).toBe("0.###############");
  });
});

// Observed behaviour, not documented: neither the Range reference nor the Sheets API's formats guide says which format
// a Date written by a script gets (searched: developers.google.com/sheets/api/guides/formats, Apps Script's Range
// reference, GitHub issues). In Sheets a Date handed to setValue(s) lands in a cell with automatic format as a
// date-time, «15.09.2026 0:00:00» at midnight in a ru_RU book (testers saw exactly that, issue 9), and
// getNumberFormat then answers the locale's date-time pattern; a cell with a format of its own keeps it. Text typed
// or written as "15.09.2026" is read as a date and the cell takes a date format (with the time only when one was
// typed), which is what Format › Number shows after typing a date.
describe("a Date written into a cell with automatic format (observed in Sheets)", () => {
  const midnight = new Date(Date.UTC(2026, 8, 15, -3)); // 15.09.2026 00:00 in Moscow

  test("setValues and setValue give the cell the locale's date-time format: ru_RU «dd.MM.yyyy H:mm:ss»", () => {
    const { sheet } = makeApp();
    sheet.getRange("A1:B1").setValues([[midnight, 5]]);
    sheet.getRange("C1").setValue(new Date(Date.UTC(2026, 8, 15, 11, 30, 5)));
    expect(sheet.getRange("A1:C1").getNumberFormats()).toEqual([
      ["dd.MM.yyyy H:mm:ss", "0.###############", "dd.MM.yyyy H:mm:ss"],
    ]);
    expect(sheet.getRange("A1:C1").getDisplayValues()).toEqual([
      ["15.09.2026 0:00:00", "5", "15.09.2026 14:30:05"],
    ]);
  });

  test("en_US: «M/d/yyyy H:mm:ss»", () => {
    const { sheet } = makeApp({ locale: "en_US" });
    sheet.getRange("A1").setValues([[midnight]]);
    expect(sheet.getRange("A1").getNumberFormat()).toBe("M/d/yyyy H:mm:ss");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("9/15/2026 0:00:00");
  });

  test(`a cell with a number format keeps it: "dd.mm.yyyy" set first shows the date alone (${REF}#setnumberformatnumberformat)`, () => {
    const { sheet } = makeApp();
    sheet.getRange("A1:B1").setNumberFormat("dd.mm.yyyy");
    sheet.getRange("A1:B1").setValues([[midnight, midnight]]);
    expect(sheet.getRange("A1:B1").getNumberFormats()).toEqual([["dd.mm.yyyy", "dd.mm.yyyy"]]);
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["15.09.2026", "15.09.2026"]]);
  });

  test("setting the date format after the write replaces the date-time one", () => {
    const { sheet } = makeApp();
    sheet.getRange("A1").setValue(midnight).setNumberFormat("dd.mm.yyyy");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("15.09.2026");
  });

  test("appendRow does the same; text read as a date takes the date format, a formula leaves it automatic", () => {
    const { sheet } = makeApp();
    sheet.appendRow([midnight, "15.09.2026", "2026-09-15 10:30", '=HYPERLINK("#gid=0&range=A1","к A1")']);
    expect(sheet.getRange("A1:D1").getNumberFormats()).toEqual([
      ["dd.MM.yyyy H:mm:ss", "dd.MM.yyyy", "dd.MM.yyyy H:mm:ss", "0.###############"],
    ]);
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([
      ["15.09.2026 0:00:00", "15.09.2026", "15.09.2026 10:30:00", "к A1"],
    ]);
  });

  test("the format stays when the content is cleared, and a number written there shows as a date-time", () => {
    const { sheet } = makeApp();
    const r = sheet.getRange("A1");
    r.setValue(midnight).clearContent();
    r.setValue(46280);
    expect(r.getNumberFormat()).toBe("dd.MM.yyyy H:mm:ss");
    expect(r.getDisplayValue()).toBe("15.09.2026 0:00:00");
  });
});

describe("formulas", () => {
  // Sheets shows a HYPERLINK's label as the cell's value; other formulas need a formula engine the emulator lacks.
  test("HYPERLINK with literal text reads as its label; other formulas read as empty", () => {
    const { formulaValue } =
      require("../../../emulator/spreadsheet/input") as typeof import("../../../emulator/spreadsheet/input");
    expect(formulaValue('=HYPERLINK("#gid=5&range=B3","перейти к B3")')).toBe("перейти к B3");
    expect(formulaValue('=HYPERLINK("#gid=5&range=B3";"к ""B3""")')).toBe('к "B3"');
    expect(formulaValue('=HYPERLINK("https://example.org")')).toBe("https://example.org");
    expect(formulaValue("=SUM(A1:A3)")).toBe("");
  });
});
