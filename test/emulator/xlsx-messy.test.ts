// Reading files ПрофТрек did not write: exports from Google Sheets, files saved by Excel or LibreOffice.
// They are built here with exceljs, and where exceljs cannot produce a feature, by editing the XML parts.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, type WorkbookModel } from "../../emulator/model";
import { validationAt } from "../../emulator/spreadsheet/validation-ranges";
import { readWorkbookBuffer, readWorkbookFile, writeWorkbookBuffer } from "../../emulator/xlsx";
import { ZipParts, zipParts } from "../../emulator/xlsx/zip";

async function bufferOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rewrites parts of an .xlsx (a zip) with `edit(name, text)`; returns the new file. */
function editParts(buf: Buffer, edit: (name: string, text: string) => string): Buffer {
  const zip = new ZipParts(buf);
  return zipParts(
    zip
      .names()
      .filter((name) => !name.endsWith("/"))
      .map((name) => [name, edit(name, zip.text(name) ?? "")]),
  );
}

function cellsOf(wb: WorkbookModel, sheet = 0) {
  return wb.sheets[sheet]!.cells;
}

describe("a file with no _proftrack tab", () => {
  test("gets the defaults: Moscow time, ru_RU, gids 0, 1, 2… in tab order, a default grid", async () => {
    const x = new ExcelJS.Workbook();
    x.addWorksheet("Ответы на форму (1)").getCell("A1").value = "Отметка времени";
    x.addWorksheet("Справочник");
    x.addWorksheet("Скрытый", { state: "hidden" });
    const wb = await readWorkbookBuffer(await bufferOf(x));
    expect(wb).toMatchObject({
      id: "local-workbook",
      name: "ПрофТрек",
      timeZone: "Europe/Moscow",
      locale: "ru_RU",
      nextId: 3,
    });
    expect(wb.metadata).toEqual([]);
    expect(wb.documentProperties).toEqual({});
    expect(wb.sheets.map((s) => [s.id, s.name, s.hidden])).toEqual([
      [0, "Ответы на форму (1)", false],
      [1, "Справочник", false],
      [2, "Скрытый", true],
    ]);
    for (const s of wb.sheets) {
      expect(s).toMatchObject({
        maxRows: DEFAULT_MAX_ROWS,
        maxColumns: DEFAULT_MAX_COLUMNS,
        protections: [],
        metadata: [],
        charts: [],
      });
    }
    // Once written by ПрофТрек, the ids and defaults stay.
    expect(await readWorkbookBuffer(await writeWorkbookBuffer(wb))).toEqual(wb);
  });

  test("is named after its title, or after the file as Google names an imported one", async () => {
    const x = new ExcelJS.Workbook();
    x.addWorksheet("Лист1");
    const dir = mkdtempSync(join(tmpdir(), "proftrack-messy-"));
    const path = join(dir, "Профориентация 2026.xlsx");
    writeFileSync(path, await bufferOf(x));
    expect((await readWorkbookFile(path)).name).toBe("Профориентация 2026");
    x.title = "Школа 5";
    expect((await readWorkbookBuffer(await bufferOf(x))).name).toBe("Школа 5");
  });

  test("a grid larger than the default grows to hold the data", async () => {
    const x = new ExcelJS.Workbook();
    x.addWorksheet("S").getCell(1500, 30).value = "far";
    const s = (await readWorkbookBuffer(await bufferOf(x))).sheets[0]!;
    expect(s.maxRows).toBe(1500);
    expect(s.maxColumns).toBe(30);
    expect(s.cells[1499]![29]).toEqual({ v: "far" });
  });
});

describe("cell values as other programs store them", () => {
  test("rich text, hyperlinks, errors, formulas with and without cached results", async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("S");
    ws.getCell("A1").value = { richText: [{ text: "Жирный", font: { bold: true } }, { text: " и обычный" }] };
    ws.getCell("A2").value = { text: "Сайт школы", hyperlink: "https://school.example/" };
    ws.getCell("A3").value = {
      text: { richText: [{ text: "rich " }, { text: "link" }] },
      hyperlink: "https://x.example/",
    } as never;
    ws.getCell("A4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    ws.getCell("A5").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("A6").value = { formula: "SUM(B1:B3)", result: 6 };
    ws.getCell("A7").value = { formula: "B1&B2" };
    ws.getCell("A8").value = { formula: 'IF(B1>0,"да","нет")', result: "да" };
    ws.getCell("A9").value = { formula: "B1>0", result: true };
    ws.getCell("A10").value = { formula: "B1>5", result: false };
    ws.getCell("A11").value = { formula: "B1-1", result: 0 };
    ws.getCell("B1").value = 1;
    const cells = cellsOf(await readWorkbookBuffer(await bufferOf(x)));
    expect(cells.map((r) => r?.[0])).toEqual([
      { v: "Жирный и обычный" },
      { v: "Сайт школы" },
      { v: "rich link" },
      { v: "#N/A" },
      { v: "#DIV/0!", formula: "=1/0" },
      { v: 6, formula: "=SUM(B1:B3)" },
      { v: "", formula: "=B1&B2" },
      { v: "да", formula: '=IF(B1>0,"да","нет")' },
      { v: true, formula: "=B1>0" },
      { v: false, formula: "=B1>5" },
      { v: 0, formula: "=B1-1" },
    ]);
  });

  test("shared formulas are read as each cell's own formula", async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("S");
    ws.getCell("A1").value = 1;
    ws.getCell("A2").value = 2;
    ws.getCell("A3").value = 3;
    ws.getCell("B1").value = {
      formula: "A1*2",
      result: 2,
      shareType: "shared",
      ref: "B1:B3",
    } as ExcelJS.CellFormulaValue;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("B3").value = { sharedFormula: "B1", result: 6 } as ExcelJS.CellSharedFormulaValue;
    const cells = cellsOf(await readWorkbookBuffer(await bufferOf(x)));
    expect(cells.map((r) => r?.[1])).toEqual([
      { v: 2, formula: "=A1*2" },
      { v: 4, formula: "=A2*2" },
      { v: 6, formula: "=A3*2" },
    ]);
  });

  test("merged cells keep the value in the top-left cell only", async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("S");
    ws.getCell("A1").value = "Заголовок";
    ws.mergeCells("A1:C2");
    ws.getCell("A3").value = "ниже";
    const cells = cellsOf(await readWorkbookBuffer(await bufferOf(x)));
    expect(cells[0]![0]).toEqual({ v: "Заголовок" });
    expect(cells[0]![1]).toBeUndefined();
    expect(cells[1]?.[0]).toBeUndefined();
    expect(cells[2]![0]).toEqual({ v: "ниже" });
  });

  test("dates stored as numbers with a date format are Dates: the wall clock in Moscow", async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("S");
    ws.getCell("A1").value = 46266; // 01.09.2026
    ws.getCell("A1").numFmt = "dd.mm.yyyy";
    ws.getCell("A2").value = 46266.5;
    ws.getCell("A2").numFmt = "dd/mm/yyyy hh:mm";
    ws.getCell("A3").value = 46266;
    ws.getCell("A3").numFmt = '[$-419]d mmmm yyyy "г."';
    ws.getCell("A4").value = 0.75;
    ws.getCell("A4").numFmt = "h:mm";
    ws.getCell("A5").value = 46266;
    ws.getCell("A5").numFmt = "0.00";
    ws.getCell("A6").value = { formula: "DATE(2026,9,1)", result: 46266 };
    ws.getCell("A6").numFmt = "dd.mm.yyyy";
    ws.getCell("A7").value = { formula: 'TEXT(A1,"dd.mm")', result: "01.09" };
    ws.getCell("A7").numFmt = "dd.mm.yyyy";
    ws.getCell("A8").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("A8").numFmt = "dd.mm.yyyy";
    const cells = cellsOf(await readWorkbookBuffer(await bufferOf(x)));
    expect(cells.map((r) => r?.[0])).toEqual([
      { v: new Date("2026-08-31T21:00:00.000Z"), numberFormat: "dd.mm.yyyy" },
      { v: new Date("2026-09-01T09:00:00.000Z"), numberFormat: "dd/mm/yyyy hh:mm" },
      { v: new Date("2026-08-31T21:00:00.000Z"), numberFormat: '[$-419]d mmmm yyyy "г."' },
      { v: new Date("1899-12-30T15:29:43.000Z"), numberFormat: "h:mm" },
      { v: 46266, numberFormat: "0.00" },
      { v: new Date("2026-08-31T21:00:00.000Z"), numberFormat: "dd.mm.yyyy", formula: "=DATE(2026,9,1)" },
      { v: "01.09", numberFormat: "dd.mm.yyyy", formula: '=TEXT(A1,"dd.mm")' },
      { v: "#DIV/0!", numberFormat: "dd.mm.yyyy", formula: "=1/0" },
    ]);
  });

  test("a 1904 date system file (old Excel for Mac) gives the same dates", async () => {
    const x = new ExcelJS.Workbook();
    x.properties.date1904 = true;
    const ws = x.addWorksheet("S");
    ws.getCell("A1").value = 46266 - 1462;
    ws.getCell("A1").numFmt = "dd.mm.yyyy";
    const cells = cellsOf(await readWorkbookBuffer(await bufferOf(x)));
    expect(cells[0]![0]!.v).toEqual(new Date("2026-08-31T21:00:00.000Z"));
  });

  test("cells with only styles and no value are '' with their styles; cells with only borders are absent", async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("S");
    ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
    ws.getCell("C2").numFmt = "0.00";
    ws.getCell("D2").border = { top: { style: "thin" } };
    ws.getCell("E2").font = { bold: true, italic: true, color: { argb: "FF0000FF" } };
    ws.getCell("F2").alignment = { horizontal: "centerContinuous", wrapText: true };
    ws.getCell("G2").alignment = { horizontal: "justify" };
    const cells = cellsOf(await readWorkbookBuffer(await bufferOf(x)));
    expect(cells[1]).toEqual([
      undefined,
      { v: "", background: "#fff2cc" },
      { v: "", numberFormat: "0.00" },
      undefined,
      { v: "", fontWeight: "bold", fontStyle: "italic", fontColor: "#0000ff" },
      { v: "", horizontalAlignment: "center", wrap: true },
    ]);
  });

  test("theme and indexed colours become hex colours; the default text colour is no colour", async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("S", { properties: { tabColor: { theme: 5 } as never } });
    const c = (a: string, fill: Partial<ExcelJS.Color>, font?: Partial<ExcelJS.Color>) => {
      ws.getCell(a).value = a;
      ws.getCell(a).fill = { type: "pattern", pattern: "solid", fgColor: fill };
      if (font) ws.getCell(a).font = { color: font };
    };
    c("A1", { theme: 4 }, { theme: 1 });
    c("A2", { theme: 4, tint: 0.7999816888943144 } as Partial<ExcelJS.Color>, { theme: 0 });
    c("A3", { indexed: 10 } as Partial<ExcelJS.Color>, { indexed: 64 } as Partial<ExcelJS.Color>);
    c("A4", { argb: "00FF0000" });
    const wb = await readWorkbookBuffer(await bufferOf(x));
    expect(cellsOf(wb).map((r) => r?.[0])).toEqual([
      { v: "A1", background: "#4472c4" },
      { v: "A2", background: "#dae3f3", fontColor: "#ffffff" },
      { v: "A3", background: "#ff0000" },
      { v: "A4", background: "#ff0000" },
    ]);
    expect(wb.sheets[0]!.tabColor).toBe("#ed7d31");
  });

  test("notes from Excel (author line in bold, several runs) are read as their text", async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("S");
    ws.getCell("A1").value = "x";
    ws.getCell("A1").note = {
      texts: [{ text: "Иванова:", font: { bold: true } }, { text: "\nпроверить код" }],
    };
    ws.getCell("B1").note = "заметка на пустой ячейке";
    ws.getCell("B1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEEEEEE" } };
    const cells = cellsOf(await readWorkbookBuffer(await bufferOf(x)));
    expect(cells[0]).toEqual([
      { v: "x", note: "Иванова:\nпроверить код" },
      { v: "", note: "заметка на пустой ячейке", background: "#eeeeee" },
    ]);
  });

  test("frozen panes, column widths (px = width × 7), hidden and very hidden tabs", async () => {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("S", { views: [{ state: "frozen", xSplit: 1, ySplit: 3 }] });
    ws.getColumn(1).width = 20;
    ws.getColumn(2).width = 8.43;
    ws.getColumn(40).width = 30; // beyond the grid: dropped
    ws.getCell("A1").value = 1;
    x.addWorksheet("V", { state: "veryHidden" });
    const split = x.addWorksheet("Split", { views: [{ state: "split", xSplit: 2000, ySplit: 3000 }] });
    split.getCell("A1").value = 1;
    const wb = await readWorkbookBuffer(await bufferOf(x));
    expect(wb.sheets[0]).toMatchObject({
      frozenRows: 3,
      frozenColumns: 1,
      columnWidths: { 1: 140, 2: 59.01 },
      hidden: false,
    });
    expect(Object.keys(wb.sheets[0]!.columnWidths)).toEqual(["1", "2"]);
    expect(wb.sheets[1]).toMatchObject({ name: "V", hidden: true });
    expect(wb.sheets[2]).toMatchObject({ frozenRows: 0, frozenColumns: 0 });
  });
});

describe("data validations as other programs store them", () => {
  /** A file with one validation written by exceljs at A1, then its <dataValidation> replaced by `xml`. */
  async function withValidation(xml: string, setup?: (x: ExcelJS.Workbook) => void): Promise<WorkbookModel> {
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet("S");
    ws.getCell("A1").value = "a";
    ws.getCell("A1").dataValidation = { type: "list", formulae: ['"a"'] };
    setup?.(x);
    const buf = editParts(await bufferOf(x), (name, text) =>
      name === "xl/worksheets/sheet1.xml"
        ? text
            .replace(/<dataValidations[\s\S]*<\/dataValidations>/, xml.startsWith("<extLst") ? "" : xml)
            .replace("</worksheet>", xml.startsWith("<extLst") ? `${xml}</worksheet>` : "</worksheet>")
        : text,
    );
    return readWorkbookBuffer(buf);
  }

  test("lists, checkboxes exported as TRUE,FALSE, ranges with $, numbers, dates; allowInvalid and help text", async () => {
    const wb = await withValidation(
      `<dataValidations count="7">
        <dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" prompt="Выберите класс" sqref="A1"><formula1>"7А,7Б,""8"" В"</formula1></dataValidation>
        <dataValidation type="list" allowBlank="1" showDropDown="1" sqref="A2"><formula1>"Да,Нет"</formula1></dataValidation>
        <dataValidation type="list" showErrorMessage="1" sqref="A3"><formula1>"TRUE,FALSE"</formula1></dataValidation>
        <dataValidation type="list" showErrorMessage="1" errorStyle="warning" sqref="A4"><formula1>'Справочник классов'!$A$2:$A$40</formula1></dataValidation>
        <dataValidation type="whole" operator="between" showErrorMessage="1" errorStyle="information" sqref="A5"><formula1>1</formula1><formula2>11</formula2></dataValidation>
        <dataValidation type="decimal" operator="greaterThan" showErrorMessage="1" sqref="A6"><formula1>0.5</formula1></dataValidation>
        <dataValidation type="date" operator="greaterThan" showErrorMessage="1" showInputMessage="1" prompt="Дата" sqref="A7"><formula1>45000</formula1></dataValidation>
        <dataValidation type="custom" sqref="A8"><formula1>LEN(A8)&gt;2</formula1></dataValidation>
        <dataValidation type="textLength" operator="lessThan" sqref="A9"><formula1>5</formula1></dataValidation>
      </dataValidations>`,
      (x) => x.addWorksheet("Справочник классов"),
    );
    const at = (r: number, c: number) => validationAt(wb.sheets[0]!, r, c);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((r) => at(r, 0))).toEqual([
      {
        kind: "list",
        values: ["7А", "7Б", '"8" В'],
        showDropdown: true,
        allowInvalid: false,
        helpText: "Выберите класс",
      },
      { kind: "list", values: ["Да", "Нет"], showDropdown: false, allowInvalid: true },
      { kind: "checkbox", allowInvalid: false },
      { kind: "range", a1: "'Справочник классов'!A2:A40", showDropdown: true, allowInvalid: true },
      { kind: "number", min: 1, max: 11, allowInvalid: true },
      { kind: "number", min: 0.5, allowInvalid: false },
      { kind: "date", allowInvalid: false, helpText: "Дата" },
      undefined,
      undefined,
    ]);
    // A cell with a validation and no value is no cell of the model: the rule is the sheet's, by block.
    expect(cellsOf(wb)[1]?.[0]).toBeUndefined();
    expect(wb.sheets[0]!.validations).toHaveLength(7);
  });

  test("a whole-column validation is clipped to the grid, and read fast", async () => {
    const started = Date.now();
    const wb = await withValidation(
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="A1:A1048576 C:E"><formula1>"x,y"</formula1></dataValidation></dataValidations>`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const cells = cellsOf(wb);
    expect(cells.length).toBe(1);
    expect(cells[0]![0]).toEqual({ v: "a" });
    const rule = { kind: "list", values: ["x", "y"], showDropdown: true, allowInvalid: false };
    // Two blocks (A1:A1000 and C1:E1000) clipped to the 1000 × 26 grid, sharing one rule object.
    expect(wb.sheets[0]!.validations).toEqual([
      { r0: 0, c0: 0, r1: DEFAULT_MAX_ROWS - 1, c1: 0, rule },
      { r0: 0, c0: 2, r1: DEFAULT_MAX_ROWS - 1, c1: 4, rule },
    ]);
    const s = wb.sheets[0]!;
    expect([validationAt(s, 999, 0), validationAt(s, 999, 4)]).toEqual([rule, rule]);
    expect([validationAt(s, 999, 1), validationAt(s, 999, 5)]).toEqual([undefined, undefined]);
  });

  test("Excel's x14 extension validations (lists from another sheet) are read too", async () => {
    const wb = await withValidation(
      `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Справочник!$B$2:$B$20</xm:f></x14:formula1><xm:sqref>A1:A3</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
      (x) => x.addWorksheet("Справочник"),
    );
    for (const r of [0, 1, 2]) {
      expect(validationAt(wb.sheets[0]!, r, 0)).toEqual({
        kind: "range",
        a1: "Справочник!B2:B20",
        showDropdown: true,
        allowInvalid: false,
      });
    }
  });
});

describe("a ПрофТрек file edited in Excel", () => {
  async function edited(edit: (x: ExcelJS.Workbook) => void): Promise<WorkbookModel> {
    const wb = (await import("../../emulator/model")).newWorkbook();
    wb.sheets[0]!.cells[0] = [{ v: "Код" }];
    wb.sheets[0]!.metadata.push({ id: 7, key: "table", value: "pupils", visibility: "PROJECT" });
    wb.nextId = 10;
    const x = new ExcelJS.Workbook();
    await x.xlsx.load((await writeWorkbookBuffer(wb)) as unknown as ExcelJS.Buffer);
    edit(x);
    return readWorkbookBuffer(await bufferOf(x));
  }

  test("changes made natively (frozen rows, widths, values) are read; the meta tab keeps the rest", async () => {
    const wb = await edited((x) => {
      const ws = x.getWorksheet("Лист1")!;
      ws.views = [{ state: "frozen", ySplit: 2, xSplit: 0 }];
      ws.getColumn(1).width = 10;
      ws.getCell("A2").value = "У-001";
    });
    expect(wb.sheets[0]).toMatchObject({
      id: 0,
      frozenRows: 2,
      columnWidths: { 1: 70 },
      metadata: [{ id: 7 }],
    });
    expect(wb.sheets[0]!.cells[1]).toEqual([{ v: "У-001" }]);
  });

  test("a tab added in Excel gets the next free id; a renamed tab loses only what the meta tab held", async () => {
    const wb = await edited((x) => {
      x.addWorksheet("Новый").getCell("A1").value = 1;
      x.getWorksheet("Лист1")!.name = "Ученики";
    });
    expect(wb.sheets.map((s) => [s.name, s.id])).toEqual([
      ["Ученики", 10],
      ["Новый", 11],
    ]);
    expect(wb.sheets[0]!.cells[0]).toEqual([{ v: "Код" }]);
    expect(wb.nextId).toBe(12);
  });
});
