// WorkbookModel → exceljs Workbook: natively what .xlsx holds, the rest in the very hidden meta tab.

import ExcelJS from "exceljs";
import type { ValidationModel, WorkbookModel } from "../model";
import { a1 } from "./address";
import { cellExtras, decodeCell, encodeCell, hasStyle, same, simulateRead } from "./cells";
import { writeXCell } from "./excel-cells";
import {
  type CellExtrasAt,
  compactExtras,
  META_FORMAT,
  META_SHEET,
  META_VERSION,
  metaChunks,
  type SheetMeta,
  stringifyMeta,
  type WorkbookMeta,
} from "./meta";
import {
  applyLayout,
  decodeLayout,
  encodeLayout,
  MAX_XLSX_COLUMNS,
  MAX_XLSX_ROWS,
  NATIVE_KEYS,
  type NativeSheet,
} from "./sheets";
import { escapeXlsxText, stripUnsafe, xlsxSheetName } from "./text";
import { encodeValidation, type RawValidation, toExcelJs } from "./validations";

const NATIVE = new Set<string>(NATIVE_KEYS);

export function buildWorkbook(model: WorkbookModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.title = stripUnsafe(String(model.name));
  wb.creator = "ПрофТрек";
  const tz = model.timeZone;
  const taken = new Set([META_SHEET.toLowerCase()]);
  // Excel opens no workbook without a visible tab: the first one is shown, the meta tab remembers it is not.
  const allHidden = model.sheets.length > 0 && model.sheets.every((s) => s.hidden);
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const sheetsMeta: SheetMeta[] = [];
  let activeTab = -1;

  model.sheets.forEach((sheet, index) => {
    const name = xlsxSheetName(sheet.name, taken);
    const layout = encodeLayout(sheet, allHidden && index === 0);
    if (!layout.hidden && activeTab < 0) activeTab = index;
    const ws = wb.addWorksheet(name);
    applyLayout(ws, layout);

    const native = decodeLayout(name, layout);
    const entry: SheetMeta = { $xlsx: name, id: sheet.id };
    for (const [key, value] of Object.entries(sheet)) {
      if (key === "cells") continue;
      if (NATIVE.has(key) && same(value, native[key as keyof NativeSheet])) continue;
      entry[key] = value;
    }

    const extras: CellExtrasAt[] = [];
    // Validations go to the file as rules over ranges (runs down a column), as Sheets and Excel keep them, not one
    // per cell: a cell with a validation and nothing else is then no cell of the file at all.
    const rules = new Map<string, { raw: RawValidation; cols: Map<number, number[]> }>();
    const byObject = new Map<ValidationModel, { raw: RawValidation; key: string } | null>();
    sheet.cells.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell || typeof cell !== "object") return;
        if (r >= MAX_XLSX_ROWS || c >= MAX_XLSX_COLUMNS) {
          extras.push({ row: r, col: c, extras: cellExtras(cell, undefined) ?? {} });
          return;
        }
        const v = cell.validation;
        const x = encodeCell(v ? { ...cell, validation: undefined } : cell, tz);
        let raw: RawValidation | undefined;
        if (v) {
          // Cells of one rule share its object (setup's ranges, a read file): encoded and keyed once per object.
          let known = byObject.get(v);
          if (known === undefined) {
            const encoded = encodeValidation(v);
            known = encoded ? { raw: encoded, key: JSON.stringify(encoded) } : null;
            byObject.set(v, known);
          }
          if (known) {
            raw = known.raw;
            let rule = rules.get(known.key);
            if (!rule) {
              rule = { raw, cols: new Map() };
              rules.set(known.key, rule);
            }
            const rows = rule.cols.get(c);
            if (rows) rows.push(r);
            else rule.cols.set(c, [r]);
          }
        }
        // An empty cell with only a validation is read back from the rule's range: it is no cell of the file.
        if (!raw || x.value !== null || hasStyle(x) || x.note !== undefined)
          writeXCell(ws.getCell(r + 1, c + 1), x, styles);
        if (raw) x.validation = raw;
        const e = cellExtras(cell, decodeCell(simulateRead(x), tz));
        if (e) extras.push({ row: r, col: c, extras: e });
      });
    });
    // exceljs keeps a sheet's rules by address (the typings omit it); a range address is written as its sqref.
    const dvs = (
      ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }
    ).dataValidations;
    for (const { raw, cols } of rules.values()) {
      const dv = toExcelJs(raw);
      for (const [c, rows] of cols) {
        let start = 0;
        for (let i = 1; i <= rows.length; i += 1) {
          if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
          const a = a1(rows[start]!, c);
          const b = a1(rows[i - 1]!, c);
          dvs.add(a === b ? a : `${a}:${b}`, dv);
          start = i;
        }
      }
    }
    if (extras.length > 0) entry.$cells = compactExtras(extras);
    sheetsMeta.push(entry);
  });

  const { sheets: _sheets, ...rest } = model;
  const meta: WorkbookMeta = { ...rest, format: META_FORMAT, version: META_VERSION, sheets: sheetsMeta };
  const ms = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  metaChunks(stringifyMeta(meta)).forEach((chunk, i) => {
    ms.getCell(i + 1, 1).value = escapeXlsxText(chunk);
  });
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: Math.max(0, activeTab),
      visibility: "visible",
    },
  ];
  return wb;
}
