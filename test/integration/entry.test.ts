// The entry points through the built bundle in the emulator: onOpen builds the menu and reads nothing.

import { createEmulator } from "../../emulator/index";
import { newWorkbook } from "../../emulator/model";
import { MENU, menuItems } from "../../src/gas/menu";
import { messages } from "../../src/i18n";

describe("onOpen", () => {
  test("builds the ПрофТрек menu from the menu spec, in Russian by default", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("onOpen", { authMode: "LIMITED" });
    expect(emu.ui.menus).toHaveLength(1);
    const menu = emu.ui.menus[0];
    expect(menu.caption).toBe("ПрофТрек");
    const m = messages("ru");
    const shape = (i: {
      caption: string;
      functionName: string | null;
      submenu?: { items: (typeof i)[] };
    }): unknown =>
      i.submenu
        ? { submenu: i.caption, items: i.submenu.items.map(shape) }
        : i.functionName === null
          ? null
          : { caption: i.caption, fn: i.functionName };
    const expected = MENU.map((i) =>
      i === "separator"
        ? null
        : "submenu" in i
          ? { submenu: i.submenu(m), items: i.items.map((x) => ({ caption: x.caption(m), fn: x.fn })) }
          : { caption: i.caption(m), fn: i.fn },
    );
    expect(menu.items.map(shape)).toEqual(expected);
    // The questionnaires sit in their own submenu «Анкеты ▸».
    expect(menu.items.find((i) => i.submenu)?.caption).toBe("Анкеты");
    expect(menu.items.some((i) => i.caption === "Справка" && i.functionName === "showHelp")).toBe(true);
  });

  test("reads nothing from the spreadsheet: no Spreadsheet, Sheet or Range call at all", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("onOpen");
    const calls = emu.calls.snapshot();
    const touching = Object.keys(calls).filter((k) =>
      /^(Spreadsheet|Sheet|Range|Properties|PropertiesService)\./.test(k),
    );
    expect(touching).toEqual([]);
    expect(emu.calls.get("SpreadsheetApp.getActiveSpreadsheet")).toBe(0);
  });

  test("every menu item names a global the bundle defines", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    for (const item of menuItems()) expect(emu.globals).toContain(item.fn);
  });

  test("English users get the English menu", () => {
    const emu = createEmulator({ workbook: newWorkbook(), user: { locale: "en" } });
    emu.call("onOpen");
    expect(emu.ui.menus[0].items.find((i) => i.functionName === "showHelp")?.caption).toBe("Help");
  });

  test("onInstall builds the same menu", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("onInstall", { authMode: "FULL" });
    expect(emu.ui.menus[0].items.length).toBe(MENU.length);
  });
});

describe("Справка", () => {
  test("opens a modal dialog from dist/help.html and gives its data in one call", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("showHelp");
    expect(emu.ui.shown).toHaveLength(1);
    expect(emu.ui.shown[0]).toMatchObject({ kind: "modal", title: "ПрофТрек — справка" });
    expect(emu.ui.shown[0].html).toContain("<script>");
    const r = emu.runFromClient("getHelp", []);
    expect(r.ok).toBe(true);
    const data = (r as { value: { items: { caption: string }[] } }).value;
    expect(data.items.map((i) => i.caption)).toContain("Справка");
  });

  test("an unknown function fails like Apps Script", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    expect(() => emu.call("noSuchFunction")).toThrow("Script function not found: noSuchFunction");
    expect(emu.runFromClient("noSuchFunction", [])).toEqual({
      ok: false,
      error: { name: "Error", message: "Script function not found: noSuchFunction" },
    });
  });
});

describe("google.script.run on the server side", () => {
  test("results are copied as JSON; a Date anywhere turns the whole result into null; undefined in arrays → null", () => {
    const { serialiseResult } = require("../../emulator/index") as typeof import("../../emulator/index");
    expect(serialiseResult({ a: 1, b: [1, undefined, "x"], c: undefined })).toEqual({
      a: 1,
      b: [1, null, "x"],
    });
    expect(serialiseResult({ when: new Date(0) })).toBeNull();
    expect(serialiseResult(undefined)).toBeNull();
  });
});

test("service errors are Errors of the bundle's realm, as on Apps Script", () => {
  const emu = createEmulator({ workbook: newWorkbook() });
  const [isError, message] = emu.evaluate<[boolean, string]>(
    "(() => { try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(0, 1); return [false, '']; } catch (e) { return [e instanceof Error, e.message]; } })()",
  );
  expect(isError).toBe(true);
  expect(message).toBe("The starting row of the range is too small.");
});

describe("a person's edit (editCell)", () => {
  function withRule(allowInvalid: boolean) {
    const wb = newWorkbook();
    wb.sheets[0].cells[0] = [{ v: "" }];
    wb.sheets[0].validations = [
      {
        r0: 0,
        c0: 0,
        r1: 0,
        c1: 0,
        rule: { kind: "list", values: ["да", "нет"], showDropdown: true, allowInvalid },
      },
    ];
    return createEmulator({ workbook: wb });
  }

  test("is typed like Sheets: «12,5» is a number in a Russian spreadsheet", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.editCell("Лист1", 1, 1, "12,5");
    expect(emu.workbook.sheets[0].cells[0][0]?.v).toBe(12.5);
  });

  test("a «reject input» rule refuses a value outside its list with Sheets' wording; nothing changes", () => {
    const emu = withRule(false);
    expect(() => emu.editCell("Лист1", 1, 1, "может быть")).toThrow(
      "Введенные данные нарушают правила проверки данных, установленные для этой ячейки.",
    );
    expect(emu.workbook.sheets[0].cells[0][0]?.v).toBe("");
    emu.editCell("Лист1", 1, 1, "да");
    expect(emu.workbook.sheets[0].cells[0][0]?.v).toBe("да");
  });

  test("a warning-only rule lets any value in", () => {
    const emu = withRule(true);
    emu.editCell("Лист1", 1, 1, "может быть");
    expect(emu.workbook.sheets[0].cells[0][0]?.v).toBe("может быть");
  });
});
