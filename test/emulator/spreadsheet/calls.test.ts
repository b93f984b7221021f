// Call counting per method, fault injection at call N, and the speed of whole-tab reads and writes.

import { makeApp, thrown } from "./make-context";

describe("call counting", () => {
  test("every public method counts once, as Class.method; internal work is not counted", () => {
    const { app, ss, sheet, ctx } = makeApp();
    const range = sheet.getDataRange();
    range.getValues();
    sheet.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.appendRow(["x"]);
    ss.getSheetByName("Лист1");
    app.getUi().createMenu("M").addItem("a", "a").addToUi();
    app.newDataValidation().requireCheckbox().build();
    expect(ctx.counter.snapshot()).toEqual({
      "DataValidationBuilder.build": 1,
      "DataValidationBuilder.requireCheckbox": 1,
      "Menu.addItem": 1,
      "Menu.addToUi": 1,
      "Range.getValues": 1,
      "Range.setValues": 1,
      "Sheet.appendRow": 1,
      "Sheet.getDataRange": 1,
      "Sheet.getRange": 1,
      "Spreadsheet.getSheetByName": 1,
      "SpreadsheetApp.getUi": 1,
      "SpreadsheetApp.newDataValidation": 1,
      "Ui.createMenu": 1,
    });
    expect(ctx.counter.sum("Range.")).toBe(2);
  });

  test("a fault injected at the Nth call of a method is thrown there, before the call has any effect", () => {
    const { sheet, ctx } = makeApp();
    const msg = "Service Spreadsheets timed out while accessing document with id local-workbook.";
    ctx.counter.failAt({ method: "Range.setValues", nth: 2, message: msg });
    sheet.getRange("A1").setValues([[1]]);
    expect(thrown(() => sheet.getRange("A2").setValues([[2]]))).toBe(msg);
    expect(sheet.getRange("A2").getValue()).toBe("");
    sheet.getRange("A3").setValues([[3]]);
    expect(sheet.getRange("A3").getValue()).toBe(3);
  });

  test("a fault at the Nth call of any method", () => {
    const { ss, ctx } = makeApp();
    ctx.counter.failAt({ nth: 3, message: "boom" });
    ss.getSheets();
    ss.getName();
    expect(thrown(() => ss.insertSheet("X"))).toBe("boom");
    expect(ss.getSheetByName("X")).toBeNull();
  });
});

describe("speed: a 10,000 × 12 tab in one call each way", () => {
  test("setValues, getValues, getDisplayValues, getLastRow and appendRow: one call each (time: npm run bench)", () => {
    const { sheet, ctx } = makeApp();
    const rows = 10000;
    const data = Array.from({ length: rows }, (_, i) => [
      `P${String(i).padStart(5, "0")}`,
      i,
      i % 11,
      "7А",
      true,
      new Date(Date.UTC(2026, 8, 1 + (i % 30))),
      "текст",
      1.5,
      "",
      null,
      i * 2,
      "примечание",
    ]);
    sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    sheet.getRange(1, 1, rows, 12).setValues(data);
    const values = sheet.getDataRange().getValues();
    sheet.getRange(1, 1, rows, 12).getDisplayValues();
    expect(sheet.getLastRow()).toBe(rows);
    sheet.appendRow(["last"]);
    expect(values).toHaveLength(rows);
    expect(values[9999][1]).toBe(9999);
    expect(sheet.getMaxRows()).toBe(rows + 1);
    expect(ctx.counter.sum("Range.")).toBe(3);
  });
});
