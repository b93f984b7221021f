// Sheet: 1-based ranges inside the grid, extent, growing and shrinking the grid — with Apps Script's messages.

import { makeApp, thrown } from "./make-context";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/sheet";

describe("Sheet.getRange", () => {
  test(`rows and columns are 1-based (${REF}#getrangerow,-column)`, () => {
    const { sheet, wb } = makeApp();
    sheet.getRange(2, 3).setValue("here");
    expect(wb.sheets[0].cells[1][2]?.v).toBe("here");
    expect(sheet.getRange(2, 3).getA1Notation()).toBe("C2");
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe("C2:D5");
  });

  test("row 0 / column 0: too small (https://github.com/googleworkspace/solutions/issues/128)", () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.getRange(0, 1))).toBe("The starting row of the range is too small.");
    expect(thrown(() => sheet.getRange(1, 0))).toBe("The starting column of the range is too small.");
  });

  test("0 rows or columns: at least 1 (https://github.com/Elijas/auto-youtube-subscription-playlist-2/issues/99)", () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.getRange(1, 1, 0, 3))).toBe(
      "The number of rows in the range must be at least 1.",
    );
    expect(thrown(() => sheet.getRange(1, 1, 1, 0))).toBe(
      "The number of columns in the range must be at least 1.",
    );
  });

  test("past the grid: outside the dimensions, so setValues never writes beyond maxRows (https://github.com/diegomanuel/binance-to-google-sheets/issues/19)", () => {
    const { sheet } = makeApp();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(thrown(() => sheet.getRange(1000, 1, 2, 1))).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(thrown(() => sheet.getRange(1, 26, 1, 2))).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(thrown(() => sheet.getRange("A999:A1001"))).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe("Z1000");
  });

  test("A1 notation: cells, blocks, whole columns/rows clipped to the grid, other sheets; bad notation is 'Range not found'", () => {
    const { sheet, ss } = makeApp();
    expect(sheet.getRange("b2:c4").getA1Notation()).toBe("B2:C4");
    const col = sheet.getRange("B:C");
    expect([col.getRow(), col.getColumn(), col.getNumRows(), col.getNumColumns()]).toEqual([1, 2, 1000, 2]);
    expect(sheet.getRange("A2:C").getNumRows()).toBe(999);
    expect(sheet.getRange("3:4").getNumColumns()).toBe(26);
    ss.insertSheet("Мой лист");
    expect(ss.getRange("'Мой лист'!A1").getSheet().getName()).toBe("Мой лист");
    expect(thrown(() => sheet.getRange("not a range"))).toBe("Range not found");
    expect(thrown(() => ss.getRange("Нет!A1"))).toBe("Range not found");
  });

  test("wrong argument types fail as a signature mismatch", () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.getRange("1" as never, 1))).toBe(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  test("Range.offset and getCell stay 1-based and inside (https://github.com/jamietr1/google-docs-writing-tracker/issues/17)", () => {
    const { sheet } = makeApp();
    const r = sheet.getRange("B2:C3");
    expect(r.offset(1, 1).getA1Notation()).toBe("C3:D4");
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe("B2");
    expect(r.getCell(2, 2).getA1Notation()).toBe("C3");
    expect(thrown(() => r.getCell(3, 1))).toBe("Cell reference out of range");
    expect(thrown(() => r.offset(-2, 0))).toBe("The starting row of the range is too small.");
  });
});

describe("extent: getLastRow, getLastColumn, getDataRange", () => {
  test(`an empty sheet: getLastRow() is 0 and getDataRange() is A1 (${REF}#getlastrow, ${REF}#getdatarange)`, () => {
    const { sheet } = makeApp();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
  });

  test("content (a value or a formula) counts; formats and notes do not", () => {
    const { sheet } = makeApp();
    sheet.getRange("E9").setBackground("red").setNote("note");
    sheet.getRange("C4").setValue(0);
    sheet.getRange("B7").setFormula("=1+1");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C7");
  });
});

describe("growing and shrinking the grid", () => {
  test(`appendRow writes after the last row with content and grows the grid at its end (${REF}#appendrowrowcontents)`, () => {
    const { sheet, wb } = makeApp();
    sheet.appendRow(["a", 1]);
    sheet.appendRow(["b", 2]);
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    sheet.getRange(1000, 1).setValue("last");
    sheet.appendRow(["grown", ...Array(29).fill("x")]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow()]).toEqual([1001, 30, 1001]);
    expect(wb.sheets[0].cells[1000][0]?.v).toBe("grown");
  });

  test(`insertRowsAfter grows the grid and shifts rows below (${REF}#insertrowsafterafterposition,-howmany)`, () => {
    const { sheet } = makeApp();
    sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A1:A5").getValues().flat()).toEqual([1, "", "", 2, 3]);
    sheet.insertRowsAfter(1002, 10);
    expect(sheet.getRange(1012, 1).getA1Notation()).toBe("A1012");
  });

  test("deleting rows outside the grid: 'Those rows are out of bounds.'; all non-frozen rows cannot go", () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.deleteRows(1000, 2))).toBe("Those rows are out of bounds.");
    expect(thrown(() => sheet.deleteRows(0, 1))).toBe("Those rows are out of bounds.");
    sheet.setFrozenRows(1);
    expect(thrown(() => sheet.deleteRows(2, 999))).toBe(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    sheet.getRange("A3").setValue("moves up");
    sheet.deleteRows(1, 2);
    expect(sheet.getRange("A1").getValue()).toBe("moves up");
    expect(sheet.getMaxRows()).toBe(998);
  });

  test("columns: insert shifts cells and widths; out of bounds is 'Those columns are out of bounds.' (https://github.com/mogsdad/SheetConverter/issues/20)", () => {
    const { sheet } = makeApp();
    sheet.getRange("B1").setValue("b");
    sheet.setColumnWidth(2, 150);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange("D1").getValue()).toBe("b");
    expect(sheet.getColumnWidth(4)).toBe(150);
    expect(sheet.getColumnWidth(2)).toBe(100);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(thrown(() => sheet.getColumnWidth(29))).toBe("Those columns are out of bounds.");
    expect(thrown(() => sheet.deleteColumns(28, 2))).toBe("Those columns are out of bounds.");
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange("B1").getValue()).toBe("b");
  });
});

describe("the tab", () => {
  test("frozen rows, tab color, column widths, hide/show", () => {
    const { sheet, ss } = makeApp();
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setTabColor("#FF0000");
    sheet.setColumnWidths(1, 3, 80);
    expect([
      sheet.getFrozenRows(),
      sheet.getFrozenColumns(),
      sheet.getTabColor(),
      sheet.getColumnWidth(3),
    ]).toEqual([2, 1, "#ff0000", 80]);
    sheet.getRange("A1").setValue("a fairly long header");
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
    ss.insertSheet("Второй");
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  test("the last visible sheet cannot be hidden", () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.hideSheet())).toBe("You can't hide all the sheets in a document.");
  });

  test("a deleted sheet's objects refuse to work instead of changing detached data", () => {
    const { sheet, ss } = makeApp();
    const other = ss.insertSheet("Другой");
    const range = other.getRange("A1");
    ss.deleteSheet(other);
    expect(thrown(() => range.setValue(1))).toBe("This sheet has been deleted.");
    expect(thrown(() => other.getName())).toBe("This sheet has been deleted.");
    expect(sheet.getName()).toBe("Лист1");
  });
});
