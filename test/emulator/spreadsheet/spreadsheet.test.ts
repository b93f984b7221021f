// Spreadsheet: tabs (names, order, active tab, deleting), toasts, developer metadata and protections.

import { makeApp, thrown } from "./make-context";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

describe("sheets of a spreadsheet", () => {
  test(`insertSheet(name, index): 0-based index, the new sheet becomes active (${REF}/spreadsheet#insertsheetsheetname,-sheetindex)`, () => {
    const { ss, ctx } = makeApp();
    const b = ss.insertSheet("B");
    const a = ss.insertSheet("A", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["A", "Лист1", "B"]);
    expect(ss.getActiveSheet().getName()).toBe("A");
    expect(ctx.activeSheetId).toBe(a.getSheetId());
    expect([a.getIndex(), b.getIndex()]).toEqual([1, 3]);
    const end = ss.insertSheet("End", ss.getSheets().length);
    expect(end.getIndex()).toBe(4);
    expect(ss.insertSheet().getName()).toBe("Лист5");
  });

  test("a taken name (in any case) is refused with Apps Script's wording, by insertSheet and setName", () => {
    const { ss, sheet } = makeApp();
    ss.insertSheet("Ученики");
    expect(thrown(() => ss.insertSheet("Ученики"))).toBe(
      'A sheet with the name "Ученики" already exists. Please enter another name.',
    );
    expect(thrown(() => ss.insertSheet("ученики"))).toBe(
      'A sheet with the name "ученики" already exists. Please enter another name.',
    );
    expect(thrown(() => sheet.setName("Ученики"))).toBe(
      'A sheet with the name "Ученики" already exists. Please enter another name.',
    );
    sheet.setName("лист1"); // its own name in another case is fine
    expect(ss.getSheets().length).toBe(2);
  });

  test("the only sheet cannot be deleted (https://github.com/googleapis/google-api-php-client/issues/1293)", () => {
    const { ss, sheet } = makeApp();
    expect(thrown(() => ss.deleteSheet(sheet))).toBe("You can't remove all the sheets in a document.");
    const other = ss.insertSheet("Другой");
    ss.deleteSheet(other);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Лист1"]);
    expect(ss.getActiveSheet().getName()).toBe("Лист1");
  });

  test("getSheetByName matches without case and returns null when missing; getSheetById", () => {
    const { ss, sheet } = makeApp();
    expect(ss.getSheetByName("ЛИСТ1")?.getSheetId()).toBe(sheet.getSheetId());
    expect(ss.getSheetByName("нет такого")).toBeNull();
    expect(ss.getSheetById(sheet.getSheetId())?.getName()).toBe("Лист1");
    expect(ss.getSheetById(999)).toBeNull();
  });

  test("insertSheet with a template copies contents, formats and size; moveActiveSheet is 1-based", () => {
    const { ss, sheet } = makeApp();
    sheet.getRange("A1").setValue("шапка").setFontWeight("bold");
    sheet.setFrozenRows(1);
    const copy = ss.insertSheet("Копия", { template: sheet });
    expect([
      copy.getRange("A1").getValue(),
      copy.getRange("A1").getFontWeight(),
      copy.getFrozenRows(),
    ]).toEqual(["шапка", "bold", 1]);
    copy.getRange("A1").setValue("other");
    expect(sheet.getRange("A1").getValue()).toBe("шапка");
    ss.moveActiveSheet(1);
    expect(ss.getSheets()[0].getName()).toBe("Копия");
  });

  test("id, name, url, locale and time zone", () => {
    const { ss } = makeApp();
    ss.rename("Школа 5");
    expect([ss.getId(), ss.getName(), ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual([
      "local-workbook",
      "Школа 5",
      "ru_RU",
      "Europe/Moscow",
    ]);
    expect(ss.getUrl()).toBe("https://docs.google.com/spreadsheets/d/local-workbook/edit");
  });

  test(`toast: title defaults to "", timeout to 5 s, null means 5 s (${REF}/spreadsheet#toastmsg,-title,-timeoutseconds)`, () => {
    const { ss, ctx } = makeApp();
    ss.toast("Готово");
    ss.toast("Сохранено", "ПрофТрек", null);
    ss.toast("Долго", "ПрофТрек", -1);
    expect(ctx.ui.toasts).toEqual([
      { message: "Готово", title: "", timeoutSeconds: 5 },
      { message: "Сохранено", title: "ПрофТрек", timeoutSeconds: 5 },
      { message: "Долго", title: "ПрофТрек", timeoutSeconds: -1 },
    ]);
  });
});

describe("developer metadata", () => {
  test(`on the spreadsheet, a sheet, a whole row; found by key, value and location type (${REF}/developer-metadata-finder)`, () => {
    const { app, ss, sheet } = makeApp();
    ss.addDeveloperMetadata("proftrack.version", "1");
    sheet.addDeveloperMetadata("proftrack.generated", "summary");
    sheet.addDeveloperMetadata("flag", app.DeveloperMetadataVisibility.PROJECT as never);
    sheet.getRange("3:3").addDeveloperMetadata("row", "r3");
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["proftrack.version"]);
    expect(
      sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())]),
    ).toEqual([
      ["proftrack.generated", "summary", "DOCUMENT"],
      ["flag", null, "PROJECT"],
    ]);
    const found = ss.createDeveloperMetadataFinder().withKey("proftrack.generated").find();
    expect(found).toHaveLength(1);
    expect(found[0].getLocation().getSheet()?.getName()).toBe("Лист1");
    expect(String(found[0].getLocation().getLocationType())).toBe("SHEET");
    const rows = ss
      .createDeveloperMetadataFinder()
      .withLocationType(app.DeveloperMetadataLocationType.ROW as never)
      .find();
    expect(rows.map((m) => [m.getValue(), m.getLocation().getRow()?.getA1Notation()])).toEqual([
      ["r3", "A3:Z3"],
    ]);
    found[0].setValue("report").remove();
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(["flag"]);
  });

  test("metadata only on whole rows or columns, not arbitrary ranges (https://developers.google.com/sheets/api/guides/metadata)", () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.getRange("A1:B2").addDeveloperMetadata("k"))).toMatch(
      /^Adding developer metadata to arbitrary ranges/,
    );
    sheet.getRange("B:B").addDeveloperMetadata("col");
    expect(
      sheet
        .getRange("B:B")
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(["col"]);
  });
});

describe("protections", () => {
  test(`sheet.protect() returns the existing sheet protection if there is one (${REF}/sheet#protect)`, () => {
    const { app, sheet } = makeApp();
    sheet.protect().setDescription("Сводка").setWarningOnly(true);
    const again = sheet.protect();
    expect([again.getDescription(), again.isWarningOnly(), again.canEdit()]).toEqual(["Сводка", true, true]);
    expect(sheet.getProtections(app.ProtectionType.SHEET as never)).toHaveLength(1);
    expect(String(again.getProtectionType())).toBe("SHEET");
    expect(again.getRange().getA1Notation()).toBe("A1:Z1000");
  });

  test(`range protections; the current user stays an editor (${REF}/protection#removeeditorsemailaddresses)`, () => {
    const { app, sheet } = makeApp();
    const p = sheet.getRange("A1:C1").protect().setDescription("Шапка");
    p.addEditors(["a@school.example", "b@school.example"]);
    p.removeEditors(["a@school.example", "teacher@school.example"]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(["teacher@school.example", "b@school.example"]);
    expect(p.canEdit()).toBe(true);
    expect(p.getRange().getA1Notation()).toBe("A1:C1");
    expect(sheet.getProtections(app.ProtectionType.RANGE as never).map((x) => x.getDescription())).toEqual([
      "Шапка",
    ]);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE as never)).toHaveLength(0);
    expect(thrown(() => p.getDescription())).toBe("This protection has been deleted.");
  });
});
