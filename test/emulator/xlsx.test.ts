// Round trips of the emulator's WorkbookModel through .xlsx: model → file → model must be deeply equal.

import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  type CellModel,
  type ChartModel,
  type DeveloperMetadataModel,
  newSheet,
  newWorkbook,
  type ProtectionModel,
  type SheetModel,
  type ValidationModel,
  type WorkbookModel,
} from "../../emulator/model";
import { setValidation } from "../../emulator/spreadsheet/validation-ranges";
import {
  META_SHEET,
  readWorkbookBuffer,
  readWorkbookFile,
  writeWorkbookBuffer,
  writeWorkbookFile,
} from "../../emulator/xlsx";
import { isOwnFile } from "../../emulator/xlsx/own-read";
import { parseWorkbook } from "../../emulator/xlsx/read";
import { ZipParts, zipParts } from "../../emulator/xlsx/zip";

/** A sheet's validations cell by cell ("row,column" → rule): how blocks are cut is not a value. */
function rulesByCell(sheet: SheetModel): Record<string, ValidationModel> {
  const out: Record<string, ValidationModel> = {};
  for (const v of sheet.validations ?? []) {
    for (let r = v.r0; r <= v.r1; r++) {
      for (let c = v.c0; c <= v.c1; c++) {
        expect(out[`${r},${c}`]).toBeUndefined();
        out[`${r},${c}`] = v.rule;
      }
    }
  }
  return out;
}

/**
 * The model as a read gives it back: rows without trailing holes, no empty rows (sparseness is not a value), and
 * validations cell by cell.
 */
function canonical(wb: WorkbookModel): WorkbookModel {
  const copy = structuredClone(wb);
  for (const sheet of copy.sheets) {
    const rules = rulesByCell(sheet);
    delete sheet.validations;
    if (Object.keys(rules).length > 0) (sheet as SheetModel & { rules?: unknown }).rules = rules;
    const rows: (CellModel | undefined)[][] = [];
    sheet.cells.forEach((row, r) => {
      if (!row) return;
      const out: (CellModel | undefined)[] = [];
      row.forEach((cell, c) => {
        if (cell) out[c] = cell;
      });
      if (out.length > 0) rows[r] = out;
    });
    sheet.cells = rows;
  }
  return copy;
}

async function roundTrip(wb: WorkbookModel): Promise<WorkbookModel> {
  return readWorkbookBuffer(await writeWorkbookBuffer(wb));
}

async function expectRoundTrip(wb: WorkbookModel): Promise<WorkbookModel> {
  const once = await roundTrip(wb);
  expect(canonical(once)).toEqual(canonical(wb));
  const twice = await roundTrip(once);
  expect(twice).toEqual(once);
  return once;
}

/** A cell of the samples below, written with its rule as the old per-cell model had it. */
type SampleCell = CellModel & { validation?: ValidationModel };

/** Puts a row of sample cells at 0-based row `r`, each cell's rule going to the sheet's blocks. */
function put(sheet: SheetModel, r: number, row: (SampleCell | undefined)[]): void {
  sheet.cells[r] = row.map((cell, c) => {
    if (!cell?.validation) return cell;
    const { validation, ...rest } = cell;
    setValidation(sheet, r, c, 1, 1, validation);
    return rest;
  });
}

/** The meta tab's JSON of a written file. */
async function metaOf(buf: Buffer): Promise<Record<string, unknown>> {
  const x = new ExcelJS.Workbook();
  await x.xlsx.load(buf as unknown as ExcelJS.Buffer);
  const ws = x.getWorksheet(META_SHEET)!;
  let text = "";
  for (let r = 1; r <= ws.rowCount; r += 1) text += String(ws.getCell(r, 1).value ?? "");
  return JSON.parse(text) as Record<string, unknown>;
}

async function excelOf(buf: Buffer): Promise<ExcelJS.Workbook> {
  const x = new ExcelJS.Workbook();
  await x.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return x;
}

/** A workbook with everything ПрофТрек's tabs use. */
function sampleWorkbook(): WorkbookModel {
  const wb = newWorkbook({ id: "wb-1", name: "Школа №5" });
  const s = wb.sheets[0]!;
  s.name = "Ученики";
  s.frozenRows = 1;
  s.frozenColumns = 2;
  s.tabColor = "#4a86e8";
  s.columnWidths = { 1: 120, 2: 100, 5: 300 };
  s.maxRows = 2000;
  s.maxColumns = 12;
  s.cells[0] = ["Код", "Класс", "Дата", "Балл", "Комментарий", "Согласие"].map((v) => ({
    v,
    fontWeight: "bold" as const,
    background: "#d9d9d9",
    horizontalAlignment: "center" as const,
  }));
  put(s, 1, [
    { v: "У-001" },
    {
      v: "7А",
      validation: {
        kind: "range",
        a1: "'Справочник классов'!A2:A40",
        showDropdown: true,
        allowInvalid: false,
      },
    },
    { v: new Date("2026-08-31T21:00:00.000Z"), numberFormat: "dd.mm.yyyy" },
    {
      v: 4.5,
      numberFormat: "0.0",
      validation: { kind: "number", min: 1, max: 5, allowInvalid: false, helpText: "От 1 до 5" },
    },
    { v: "Интересуется\nробототехникой 🤖", wrap: true, note: "Со слов классного руководителя" },
    { v: true, validation: { kind: "checkbox", allowInvalid: false } },
  ]);
  put(s, 2, [
    { v: "'007" },
    { v: "=не формула" },
    { v: new Date("2026-09-01T09:30:15.250Z") },
    { v: -12.125, fontColor: "#cc0000", fontStyle: "italic" },
    { v: "x".repeat(5000) },
    { v: false, validation: { kind: "checkbox", allowInvalid: true, helpText: "Отметьте" } },
  ]);
  put(s, 3, [
    { v: 9, formula: "=SUM(D2:D3)+1" },
    { v: "7А", formula: '=IF(A2="","",B2)' },
    { v: new Date("2026-08-31T21:00:00.000Z"), formula: "=DATE(2026;9;1)", numberFormat: "dd.mm.yyyy" },
    { v: "", formula: "=A1" },
    {
      v: "выбор",
      validation: {
        kind: "list",
        values: ["выбор", "другое", 'с "кавычками"'],
        showDropdown: true,
        allowInvalid: true,
      },
    },
    { v: "", validation: { kind: "date", allowInvalid: false, helpText: "Дата" } },
  ]);
  s.cells[5] = [
    undefined,
    undefined,
    { v: "", background: "#fff2cc" },
    { v: 1e-7 },
    { v: 123456789012345 },
    { v: -0.1 },
  ];
  put(s, 6, [
    { v: "", validation: { kind: "number", min: 0, allowInvalid: false } },
    { v: "", validation: { kind: "number", max: 10, allowInvalid: false } },
  ]);
  s.protections.push({
    id: 5,
    description: "Ответы",
    warningOnly: true,
    range: "A1:F1",
    editors: ["a@school.ru"],
  });
  s.metadata.push({ id: 6, key: "proftrack.table", value: "pupils", visibility: "PROJECT" });
  s.charts.push({
    id: 7,
    type: "COLUMN",
    ranges: ["A1:B10"],
    row: 2,
    column: 8,
    options: { title: "Баллы", legend: { position: "none" } },
  });

  const dict = newSheet(wb, "Справочник классов");
  dict.hidden = true;
  dict.cells = [[{ v: "Класс" }], [{ v: "7А" }], [{ v: "7Б" }]];
  wb.sheets.push(dict);
  const empty = newSheet(wb, "Пусто");
  wb.sheets.push(empty);

  wb.metadata.push({ id: 8, key: "proftrack.version", value: "1", visibility: "DOCUMENT" });
  wb.metadata.push({ id: 9, key: "proftrack.flag", value: null, visibility: "PROJECT" });
  wb.documentProperties = { setupDone: "true", json: JSON.stringify({ a: [1, 2] }) };
  wb.nextId = 42;
  return wb;
}

describe("xlsx round trip", () => {
  test("a workbook with every kind of cell and sheet field comes back deeply equal", async () => {
    await expectRoundTrip(sampleWorkbook());
  });

  test("the file holds values, formats and layout natively, and the meta tab only what .xlsx cannot", async () => {
    const buf = await writeWorkbookBuffer(sampleWorkbook());
    const x = await excelOf(buf);
    expect(x.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Ученики", "visible"],
      ["Справочник классов", "hidden"],
      ["Пусто", "visible"],
      [META_SHEET, "veryHidden"],
    ]);
    const ws = x.getWorksheet("Ученики")!;
    expect(ws.getCell("A1").value).toBe("Код");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
    expect(ws.getCell("D2").value).toBe(4.5);
    expect(ws.getCell("D2").numFmt).toBe("0.0");
    expect(ws.getCell("A4").value).toEqual({ formula: "SUM(D2:D3)+1", result: 9 });
    expect(ws.getCell("E2").note).toBe("Со слов классного руководителя");
    expect(ws.getCell("E2").alignment.wrapText).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF4A86E8" });
    expect(ws.getColumn(1).width! * 7).toBeCloseTo(120);
    expect(ws.getColumn(5).width! * 7).toBeCloseTo(300);
    // 01.09.2026 00:00 in Moscow is the wall clock 2026-09-01 00:00 in the file.
    expect((ws.getCell("C2").value as Date).toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(ws.getCell("B4").value).toEqual({ formula: 'IF(A2="","",B2)', result: "7А" });

    const meta = await metaOf(buf);
    expect(meta).toMatchObject({
      id: "wb-1",
      name: "Школа №5",
      timeZone: "Europe/Moscow",
      locale: "ru_RU",
      nextId: 42,
    });
    const sheets = meta.sheets as Record<string, unknown>[];
    expect(sheets.map((s) => s.id)).toEqual([0, 2, 3]);
    // Natively kept fields are not repeated; ordinary cells need no extras.
    expect(sheets[0]).not.toHaveProperty("frozenRows");
    expect(sheets[0]).not.toHaveProperty("name");
    expect(sheets[0]).not.toHaveProperty("columnWidths");
    expect(sheets[0]).toHaveProperty("maxRows", 2000);
    expect(sheets[0]).not.toHaveProperty("$cells");
  });

  test("a date is an instant: 01.09.2026 00:00 in the workbook's zone, whatever the zone", async () => {
    for (const [timeZone, iso] of [
      ["Europe/Moscow", "2026-08-31T21:00:00.000Z"],
      ["Asia/Yekaterinburg", "2026-08-31T19:00:00.000Z"],
      ["America/New_York", "2026-09-01T04:00:00.000Z"],
      ["UTC", "2026-09-01T00:00:00.000Z"],
    ] as const) {
      const wb = newWorkbook({ timeZone });
      wb.sheets[0]!.cells[0] = [{ v: new Date(iso), numberFormat: "dd.mm.yyyy hh:mm" }];
      const buf = await writeWorkbookBuffer(wb);
      const ws = (await excelOf(buf)).worksheets[0]!;
      expect((ws.getCell("A1").value as Date).toISOString()).toBe("2026-09-01T00:00:00.000Z");
      const back = await readWorkbookBuffer(buf);
      expect((back.sheets[0]!.cells[0]![0]!.v as Date).toISOString()).toBe(iso);
    }
  });

  test("date cells keep their formats natively: the locale's date-time a script's Date gets, and «dd.mm.yyyy»", async () => {
    const wb = newWorkbook();
    const when = new Date("2026-09-14T21:00:00.000Z");
    wb.sheets[0]!.cells[0] = [
      { v: when, numberFormat: "dd.MM.yyyy H:mm:ss" },
      { v: when, numberFormat: "dd.mm.yyyy" },
      { v: "", numberFormat: "dd.mm.yyyy" },
      { v: new Date("2026-09-15T04:00:00.000Z"), numberFormat: "M/d/yyyy H:mm:ss" },
    ];
    const buf = await writeWorkbookBuffer(wb);
    const ws = (await excelOf(buf)).worksheets[0]!;
    expect(["A1", "B1", "D1"].map((a) => ws.getCell(a).numFmt)).toEqual([
      "dd.MM.yyyy H:mm:ss",
      "dd.mm.yyyy",
      "M/d/yyyy H:mm:ss",
    ]);
    expect((await metaOf(buf)).sheets).not.toHaveProperty([0, "$cells"]);
    await expectRoundTrip(wb);
  });

  test("wall clocks that occur twice or never (DST) still come back as the same instants", async () => {
    const wb = newWorkbook({ timeZone: "America/New_York" });
    const instants = [
      "2026-11-01T05:30:00.000Z", // 01:30 EDT
      "2026-11-01T06:30:00.000Z", // 01:30 EST, the same wall clock
      "2026-03-08T06:59:59.999Z",
      "2026-03-08T07:00:00.000Z", // 03:00 EDT, right after the gap
      "1900-01-01T00:00:00.000Z",
      "1899-12-30T12:00:00.000Z",
      "0001-01-01T00:00:00.000Z",
      "9999-12-31T23:59:59.999Z",
    ];
    wb.sheets[0]!.cells = instants.map((iso) => [{ v: new Date(iso), numberFormat: "dd.mm.yyyy hh:mm:ss" }]);
    await expectRoundTrip(wb);
    // An old Moscow date, when the zone's offset had seconds (LMT +2:30:17).
    const old = newWorkbook();
    old.sheets[0]!.cells[0] = [{ v: new Date("1900-05-01T00:00:00.000Z") }];
    await expectRoundTrip(old);
  });

  test("Dates from another realm (the bundle's vm context) are written like this realm's", async () => {
    const vm = await import("node:vm");
    const foreign = vm.runInNewContext('new Date("2026-08-31T21:00:00.000Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    const wb = newWorkbook();
    wb.sheets[0]!.cells[0] = [{ v: foreign }];
    wb.documentProperties.when = "x";
    const back = await roundTrip(wb);
    expect(back.sheets[0]!.cells[0]![0]!.v).toEqual(new Date("2026-08-31T21:00:00.000Z"));
  });

  test("strings .xlsx cannot hold as they are still come back exactly", async () => {
    const strings = [
      "'",
      "'начинается с апострофа",
      "=1+1",
      "=",
      "+7 (900) 000-00-00",
      "-",
      "0012",
      "1e5",
      "TRUE",
      "#N/A",
      " leading and trailing ",
      "\ttab",
      "line\nbreak",
      "windows\r\nline",
      "old mac\rline",
      "ctrl\u0001\u0008\u000b\u001f\u007f",
      "\uFFFE\uFFFF",
      "lone \uD800 and \uDC00 surrogates",
      "emoji 👨‍👩‍👧 🇷🇺",
      "_x0041_ and _x005F_ and _xABCD_ literal escapes",
      '&lt; &amp; <b>tags</b> "quotes"',
      "\u00a0non-breaking",
      "x".repeat(32_767),
      "я".repeat(40_000),
    ];
    const wb = newWorkbook();
    wb.sheets[0]!.cells = strings.map((v) => [
      { v },
      { v: "", note: v },
      { v, formula: "=A1" },
      { v: 1, formula: `="${v}"` },
    ]);
    await expectRoundTrip(wb);
  });

  test("numbers: integers, floats, negatives, extremes, -0, NaN and infinities", async () => {
    const numbers = [
      0,
      1,
      -1,
      0.1 + 0.2,
      -123.456,
      1e-300,
      5e-324,
      1.7976931348623157e308,
      2 ** 53 + 2,
      -0,
      Number.NaN,
      Infinity,
      -Infinity,
    ];
    const wb = newWorkbook();
    wb.sheets[0]!.cells = numbers.map((v) => [
      { v },
      { v, numberFormat: "dd.mm.yyyy" },
      { v, formula: "=1" },
    ]);
    await expectRoundTrip(wb);
  });

  test("style fields the file cannot tell apart from their absence are kept", async () => {
    const wb = newWorkbook();
    wb.sheets[0]!.cells[0] = [
      { v: "", fontWeight: "normal" },
      { v: "a", fontStyle: "normal" },
      { v: 1, wrap: false },
      { v: "", background: "#FFFFFF" },
      { v: "", fontColor: "red" },
      { v: 2, numberFormat: "General" },
      { v: 3, numberFormat: "" },
      { v: new Date(0), numberFormat: "0.00" },
      { v: new Date(0), numberFormat: "yyyy-mm-dd hh:mm:ss" },
      { v: 45000, numberFormat: "dd.mm.yyyy" },
      { v: "", note: "" },
      { v: "x", formula: "=" },
      { v: "x", formula: "SUM(1)" },
      { v: "" },
      { v: "", horizontalAlignment: "right", background: "#000000", fontColor: "#ffffff" },
    ];
    await expectRoundTrip(wb);
  });

  test("validations the file cannot express natively are kept in the meta tab", async () => {
    const validations: ValidationModel[] = [
      { kind: "list", values: ["a,b", "c"], showDropdown: true, allowInvalid: false },
      { kind: "list", values: ["TRUE", "FALSE"], showDropdown: true, allowInvalid: false },
      { kind: "list", values: [], showDropdown: true, allowInvalid: false },
      { kind: "list", values: ["x".repeat(300)], showDropdown: true, allowInvalid: false },
      { kind: "list", values: ["a"], showDropdown: false, allowInvalid: false, helpText: "" },
      {
        kind: "list",
        values: ["a"],
        showDropdown: true,
        allowInvalid: false,
        helpText: "многострочная\nподсказка",
      },
      { kind: "list", values: ["a"], showDropdown: true, allowInvalid: false, helpText: "д".repeat(300) },
      { kind: "range", a1: "Лист2!$A$1:$A$9", showDropdown: true, allowInvalid: true },
      { kind: "range", a1: '"quoted"', showDropdown: true, allowInvalid: true },
      { kind: "number", allowInvalid: false },
      { kind: "number", min: -1e308, max: Infinity, allowInvalid: false },
      { kind: "number", min: 3, max: 3, allowInvalid: true },
    ];
    const wb = newWorkbook();
    validations.forEach((validation, r) => {
      put(wb.sheets[0]!, r, [{ v: "", validation }]);
    });
    await expectRoundTrip(wb);
  });

  test("sheet names Excel refuses, 'History', the meta tab's own name, case clashes", async () => {
    const wb = newWorkbook();
    const names = [
      "Лист1",
      "a/b\\c?d*e:f[g]",
      "'quoted'",
      "x".repeat(100),
      "History",
      META_SHEET,
      "лист1 ",
      "ЛИСТ1",
      "Sheet",
    ];
    wb.sheets = names.map((name, i) => ({ ...newSheet(wb, name), id: i * 10 }));
    wb.sheets.forEach((s, i) => {
      s.cells[0] = [{ v: `tab ${i}` }];
    });
    const back = await expectRoundTrip(wb);
    expect(back.sheets.map((s) => s.name)).toEqual(names);
  });

  test("odd sheet fields: all tabs hidden, bad tab colours, widths Excel has no room for, negative panes", async () => {
    const wb = newWorkbook();
    const a = wb.sheets[0]!;
    a.hidden = true;
    a.tabColor = "blue";
    a.columnWidths = { 1: 100.5, 2: 0, 3: 1 / 3, 4: 5000, 20000: 50 };
    a.frozenRows = -1;
    a.frozenColumns = 2.5;
    const b = newSheet(wb, "B");
    b.hidden = true;
    b.tabColor = "#ABCDEF";
    wb.sheets.push(b);
    await expectRoundTrip(wb);
    const x = await excelOf(await writeWorkbookBuffer(wb));
    expect(x.worksheets.map((w) => w.state)).toEqual(["visible", "hidden", "veryHidden"]);
  });

  test("cells beyond Excel's grid are kept in the meta tab", async () => {
    const wb = newWorkbook();
    const s = wb.sheets[0]!;
    s.maxColumns = 18_278;
    s.cells[0] = [];
    s.cells[0][18_000] = { v: "far right", fontWeight: "bold" };
    await expectRoundTrip(wb);
  });

  test("extra fields a later model adds to workbooks, sheets and cells survive", async () => {
    const wb = newWorkbook() as WorkbookModel & { extra?: unknown };
    wb.extra = { nested: [1, "two", new Date(5)] };
    const sheet = wb.sheets[0]! as SheetModel & { banding?: unknown };
    sheet.banding = { range: "A1:C9" };
    sheet.cells[0] = [{ v: 1, strikethrough: true } as CellModel];
    await expectRoundTrip(wb);
  });

  test("a meta tab longer than one cell holds is split over cells and read back", async () => {
    const wb = newWorkbook();
    for (let i = 0; i < 3000; i += 1) wb.documentProperties[`key${i}`] = `значение ${i} `.repeat(5);
    wb.documentProperties.emoji = "😀".repeat(20_000);
    const buf = await writeWorkbookBuffer(wb);
    const ws = (await excelOf(buf)).getWorksheet(META_SHEET)!;
    expect(ws.rowCount).toBeGreaterThan(3);
    for (let r = 1; r <= ws.rowCount; r += 1)
      expect(String(ws.getCell(r, 1).value).length).toBeLessThanOrEqual(32_767);
    expect(canonical(await readWorkbookBuffer(buf))).toEqual(canonical(wb));
  });

  test("a typical sheet keeps the meta tab small: no per-cell extras", async () => {
    const wb = newWorkbook();
    const s = wb.sheets[0]!;
    for (let r = 0; r < 500; r += 1) {
      put(s, r, [
        { v: `У-${r}` },
        { v: r, numberFormat: "0" },
        { v: new Date(Date.UTC(2026, 8, 1 + (r % 30), 9)) },
        { v: r % 2 === 0, validation: { kind: "checkbox", allowInvalid: false } },
        { v: "a", validation: { kind: "list", values: ["a", "b"], showDropdown: true, allowInvalid: false } },
        { v: "", background: "#ffffff", fontWeight: "bold" },
      ]);
    }
    const buf = await writeWorkbookBuffer(wb);
    const meta = await metaOf(buf);
    expect((meta.sheets as Record<string, unknown>[])[0]).not.toHaveProperty("$cells");
    await expectRoundTrip(wb);
  });

  test("a validation the file cannot hold, down a whole column, is stored once in the meta tab, as one block", async () => {
    const wb = newWorkbook();
    const long = Array.from({ length: 30 }, (_, i) => `вариант мероприятия номер ${i + 1}`);
    // Equal rules of distinct objects, one per cell (setDataValidations with a rule built per row).
    for (let r = 1; r < 1000; r += 1) {
      put(wb.sheets[0]!, r, [
        { v: "" },
        { v: "", validation: { kind: "list", values: long, showDropdown: true, allowInvalid: true } },
      ]);
    }
    expect(wb.sheets[0]!.validations).toHaveLength(999);
    const buf = await writeWorkbookBuffer(wb);
    const meta = await metaOf(buf);
    const entry = (meta.sheets as Record<string, unknown>[])[0]!;
    expect(entry).not.toHaveProperty("$cells");
    expect(entry.$validations).toEqual([
      { rule: { kind: "list", values: long, showDropdown: true, allowInvalid: true }, ranges: ["B2:B1000"] },
    ]);
    const back = await expectRoundTrip(wb);
    expect(back.sheets[0]!.validations).toEqual([
      {
        r0: 1,
        c0: 1,
        r1: 999,
        c1: 1,
        rule: { kind: "list", values: long, showDropdown: true, allowInvalid: true },
      },
    ]);
  });

  test("strings that are Object.prototype's keys, as values, formats, names and property keys", async () => {
    const keys = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"];
    const wb = newWorkbook();
    wb.sheets = keys.map((name, i) => ({
      ...newSheet(wb, name),
      id: i,
      cells: [[{ v: name, numberFormat: name, note: name }]],
    }));
    wb.documentProperties = Object.fromEntries(keys.map((k) => [k, k]));
    const back = await expectRoundTrip(wb);
    expect(Object.keys(back.documentProperties)).toEqual(keys);
  });

  test("odd workbook fields are written and read back as they are, never making the file unreadable", async () => {
    const wb = newWorkbook();
    wb.nextId = Number.NaN;
    wb.sheets[0]!.id = -0;
    wb.sheets[0]!.maxRows = Number.POSITIVE_INFINITY;
    wb.metadata.push({ id: 1.5, key: "", value: "", visibility: "DOCUMENT" });
    await expectRoundTrip(wb);
  });

  test("an empty model and a model with no sheets", async () => {
    await expectRoundTrip(newWorkbook());
    const none = newWorkbook();
    none.sheets = [];
    await expectRoundTrip(none);
  });
});

describe("workbook files", () => {
  const dir = mkdtempSync(join(tmpdir(), "proftrack-xlsx-"));

  test("writeWorkbookFile and readWorkbookFile round trip, leaving no .tmp behind", async () => {
    const path = join(dir, "school.xlsx");
    const wb = sampleWorkbook();
    await writeWorkbookFile(wb, path);
    expect(readdirSync(dir)).toEqual(["school.xlsx"]);
    expect(canonical(await readWorkbookFile(path))).toEqual(canonical(wb));
    // Overwriting replaces the file as a whole.
    wb.sheets[0]!.cells[0]![0]!.v = "Код ученика";
    await writeWorkbookFile(wb, path);
    expect((await readWorkbookFile(path)).sheets[0]!.cells[0]![0]!.v).toBe("Код ученика");
    expect(readdirSync(dir)).toEqual(["school.xlsx"]);
  });

  test("overlapping writes to one file are queued: the last call wins, the file is whole", async () => {
    const path = join(dir, "busy.xlsx");
    const wb = newWorkbook();
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 5; i += 1) {
      wb.sheets[0]!.cells[0] = [{ v: `version ${i}` }];
      writes.push(writeWorkbookFile(wb, path));
    }
    // The model is read at each call: changing it afterwards does not change what is written.
    wb.sheets[0]!.cells[0] = [{ v: "changed after the last call" }];
    await Promise.all(writes);
    expect((await readWorkbookFile(path)).sheets[0]!.cells[0]).toEqual([{ v: "version 4" }]);
    expect(readdirSync(dir).filter((f) => f.startsWith("busy"))).toEqual(["busy.xlsx"]);
  });

  test("a failed write leaves the old file intact and cleans up", async () => {
    const path = join(dir, "keep.xlsx");
    await writeWorkbookFile(newWorkbook({ name: "old" }), path);
    const bad = newWorkbook({ name: "new" });
    // A cyclic chart option cannot be serialised: the write fails before the file is touched.
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    bad.sheets[0]!.charts.push({ id: 1, type: "PIE", ranges: [], row: 1, column: 1, options: cyclic });
    await expect(writeWorkbookFile(bad, path)).rejects.toThrow();
    expect((await readWorkbookFile(path)).name).toBe("old");
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  test("a write that fails at rename removes the temporary file", async () => {
    const path = join(dir, "a-directory.xlsx");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(path, "inside"), { recursive: true });
    await expect(writeWorkbookFile(newWorkbook(), path)).rejects.toThrow();
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  test("a file that is not .xlsx fails with the path in the message", async () => {
    const path = join(dir, "junk.xlsx");
    writeFileSync(path, "not a zip");
    await expect(readWorkbookFile(path)).rejects.toThrow(/junk\.xlsx/);
  });

  test("a damaged meta tab is an error, not a silently different workbook", async () => {
    const x = new ExcelJS.Workbook();
    x.addWorksheet("Лист1").getCell("A1").value = 1;
    x.addWorksheet(META_SHEET, { state: "veryHidden" }).getCell("A1").value =
      '{"format":"proftrack-workbook"';
    const buf = Buffer.from(await x.xlsx.writeBuffer());
    await expect(readWorkbookBuffer(buf)).rejects.toThrow(/_proftrack.*JSON/);
    x.getWorksheet(META_SHEET)!.getCell("A1").value = '{"format":"something else"}';
    await expect(readWorkbookBuffer(Buffer.from(await x.xlsx.writeBuffer()))).rejects.toThrow(/_proftrack/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties: any model the emulator can hold survives write → read, and write → read → write → read.

const tricky = fc.constantFrom(
  "'",
  "=",
  "_x0041_",
  "_x",
  "\r",
  "\n",
  "\t",
  "\u0000",
  "\u0007",
  "\u007f",
  "\uFFFE",
  "\uD800",
  "\uDC00",
  "😀",
  "&lt;",
  "&",
  "<",
  '"',
  ",",
  " ",
  "Я",
  "$",
  "!",
  "constructor",
  "__proto__",
  "valueOf",
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 6 })
      .map((a) => a.join("")),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);
const color = fc.oneof(
  fc.stringMatching(/^#[0-9a-f]{6}$/),
  fc.constantFrom("#FFFFFF", "#Ab12eF", "red", "", "#fff"),
);
const date = fc.date({
  noInvalidDate: true,
  min: new Date(-62_135_596_800_000),
  max: new Date(253_402_300_799_999),
});
const value = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), date, fc.constant(""));
const numberFormat = fc.oneof(
  fc.constantFrom(
    "0.00",
    "dd.mm.yyyy",
    "dd.mm.yyyy hh:mm",
    "General",
    "@",
    "",
    "yyyy-mm-dd hh:mm:ss",
    '#,##0 "₽"',
    "[h]:mm",
    "0%",
  ),
  text,
);
const validation: fc.Arbitrary<ValidationModel> = fc.oneof(
  fc.record(
    {
      kind: fc.constant("list" as const),
      values: fc.array(text, { maxLength: 4 }),
      showDropdown: fc.boolean(),
      allowInvalid: fc.boolean(),
      helpText: text,
    },
    { requiredKeys: ["kind", "values", "showDropdown", "allowInvalid"] },
  ),
  fc.record(
    {
      kind: fc.constant("range" as const),
      a1: fc.oneof(fc.constantFrom("Лист2!A1:A10", "'Мой лист'!B2:B", "A:A", "$A$1:$A$5"), text),
      showDropdown: fc.boolean(),
      allowInvalid: fc.boolean(),
      helpText: text,
    },
    { requiredKeys: ["kind", "a1", "showDropdown", "allowInvalid"] },
  ),
  fc.record(
    { kind: fc.constant("checkbox" as const), allowInvalid: fc.boolean(), helpText: text },
    { requiredKeys: ["kind", "allowInvalid"] },
  ),
  fc.record(
    { kind: fc.constant("date" as const), allowInvalid: fc.boolean(), helpText: text },
    { requiredKeys: ["kind", "allowInvalid"] },
  ),
  fc.record(
    {
      kind: fc.constant("number" as const),
      min: fc.double(),
      max: fc.double(),
      allowInvalid: fc.boolean(),
      helpText: text,
    },
    { requiredKeys: ["kind", "allowInvalid"] },
  ),
);
const cell: fc.Arbitrary<CellModel> = fc.record(
  {
    v: value,
    formula: fc.oneof(
      text.map((t) => `=${t}`),
      text,
    ),
    numberFormat,
    background: color,
    fontColor: color,
    fontWeight: fc.constantFrom("bold" as const, "normal" as const),
    fontStyle: fc.constantFrom("italic" as const, "normal" as const),
    wrap: fc.boolean(),
    horizontalAlignment: fc.constantFrom("left" as const, "center" as const, "right" as const),
    note: text,
  },
  { requiredKeys: ["v"] },
);
const row = fc.sparseArray(cell, { maxLength: 6 });
const json: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 });
const devMeta: fc.Arbitrary<DeveloperMetadataModel> = fc.record({
  id: fc.nat(),
  key: text,
  value: fc.option(text, { nil: null }),
  visibility: fc.constantFrom("DOCUMENT" as const, "PROJECT" as const),
});
const protection: fc.Arbitrary<ProtectionModel> = fc.record({
  id: fc.nat(),
  description: text,
  warningOnly: fc.boolean(),
  range: fc.option(text, { nil: null }),
  editors: fc.array(text, { maxLength: 2 }),
});
const chart: fc.Arbitrary<ChartModel> = fc.record({
  id: fc.nat(),
  type: fc.constantFrom("BAR", "COLUMN", "PIE"),
  ranges: fc.array(text, { maxLength: 2 }),
  row: fc.nat(),
  column: fc.nat(),
  options: fc.dictionary(text, fc.oneof(json, date), { maxKeys: 3 }),
});
const sheet = fc.record({
  name: fc.oneof(text, fc.constantFrom("Лист1", "History", META_SHEET, "a".repeat(40))),
  hidden: fc.boolean(),
  frozenRows: fc.oneof(fc.nat(5), fc.integer()),
  frozenColumns: fc.nat(5),
  tabColor: fc.option(color, { nil: null }),
  cells: fc.sparseArray(row, { maxLength: 6 }),
  maxRows: fc.nat(100_000),
  maxColumns: fc.nat(200),
  columnWidths: fc.dictionary(
    fc.integer({ min: 1, max: 30 }).map(String),
    fc.oneof(fc.nat(600), fc.double({ min: 0, max: 2000, noNaN: true })),
    { maxKeys: 4 },
  ),
  protections: fc.array(protection, { maxLength: 2 }),
  metadata: fc.array(devMeta, { maxLength: 2 }),
  charts: fc.array(chart, { maxLength: 1 }),
  // Blocks set one after another, as setDataValidation does: later ones split what they cover of earlier ones.
  rules: fc.array(
    fc.record({
      r0: fc.oneof(fc.nat(8), fc.constant(1_048_575)),
      c0: fc.oneof(fc.nat(8), fc.constant(16_383)),
      h: fc.integer({ min: 1, max: 6 }),
      w: fc.integer({ min: 1, max: 4 }),
      rule: validation,
    }),
    { maxLength: 4 },
  ),
});
const workbook: fc.Arbitrary<WorkbookModel> = fc
  .record({
    id: text,
    name: text,
    timeZone: fc.constantFrom(
      "Europe/Moscow",
      "America/New_York",
      "Australia/Lord_Howe",
      "Asia/Kolkata",
      "UTC",
      "Not/AZone",
    ),
    locale: fc.constantFrom("ru_RU", "en_US"),
    sheets: fc.array(sheet, { minLength: 1, maxLength: 3 }),
    metadata: fc.array(devMeta, { maxLength: 2 }),
    documentProperties: fc.dictionary(text, text, { maxKeys: 3 }),
    nextId: fc.nat(),
  })
  .map((wb) => {
    // Names and ids are unique in a workbook, as the emulator keeps them.
    const seen = new Set<string>();
    const sheets = wb.sheets.map((s, i): SheetModel => {
      let name = s.name;
      while (seen.has(name)) name += "+";
      seen.add(name);
      const { rules, ...rest } = s;
      const model = { ...rest, name, id: i === 0 ? 0 : 100 + i } as SheetModel;
      for (const b of rules) setValidation(model, b.r0, b.c0, b.h, b.w, b.rule);
      return model;
    });
    return { ...wb, sheets };
  });

describe("xlsx round trip properties", () => {
  test("write → read gives the model back, and write → read → write → read the same again", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (wb) => {
        const once = await roundTrip(wb);
        expect(canonical(once)).toEqual(canonical(wb));
        expect(await roundTrip(once)).toEqual(once);
      }),
      { numRuns: Number(process.env.XLSX_PROPERTY_RUNS ?? 150) },
    );
    // 150 runs of 4 workbook writes and reads are CPU-bound: ~20 s alone, over jest's 30 s on a loaded machine.
  }, 120_000);

  // A file of ours is read from its XML (own-read.ts); exceljs reads every other file. Both must read ours alike,
  // so that a file of ours that Excel or LibreOffice saved again (then read by exceljs) means what it meant.
  test("a file of ours reads the same through its own reader and through exceljs", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (wb) => {
        const buf = await writeWorkbookBuffer(wb);
        expect(isOwnFile(new ZipParts(buf))).toBe(true);
        const own = await readWorkbookBuffer(buf);
        expect(await parseWorkbook(buf, undefined, { engine: "exceljs" })).toEqual(own);
      }),
      { numRuns: Number(process.env.XLSX_PROPERTY_RUNS ?? 80) },
    );
  }, 120_000);

  test("the sample workbook reads the same through both readers; a file another program saved goes to exceljs", async () => {
    const buf = await writeWorkbookBuffer(sampleWorkbook());
    expect(await parseWorkbook(buf, undefined, { engine: "exceljs" })).toEqual(await readWorkbookBuffer(buf));
    const resaved = Buffer.from(await (await excelOf(buf)).xlsx.writeBuffer());
    expect(isOwnFile(new ZipParts(resaved))).toBe(false);
    // exceljs writes the validations again in an order of its own: the same rules on the same cells.
    expect(canonical(await readWorkbookBuffer(resaved))).toEqual(canonical(await readWorkbookBuffer(buf)));
  });

  test("a file of ours whose cells another tool rewrote in a form the own reader does not know fails, naming the tab", async () => {
    const zip = new ZipParts(await writeWorkbookBuffer(sampleWorkbook()));
    const parts = zip.names().map((n): [string, string] => [n, zip.text(n)!]);
    const sheet = parts.find(([n]) => n === "xl/worksheets/sheet1.xml")!;
    expect(sheet[1]).toContain('<c r="A2" t="s">');
    sheet[1] = sheet[1].replace('<c r="A2" t="s">', '<c t="s" r="A2">');
    await expect(readWorkbookBuffer(zipParts(parts))).rejects.toThrow(/Ученики: 1 cells/);
  });
});
