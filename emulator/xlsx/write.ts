// WorkbookModel → exceljs Workbook: natively what .xlsx holds, the rest in the very hidden meta tab.

import ExcelJS from "exceljs";
import type { WorkbookModel } from "../model";
import { cellExtras, decodeCell, encodeCell, same, simulateRead } from "./cells";
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
    sheet.cells.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell || typeof cell !== "object") return;
        if (r >= MAX_XLSX_ROWS || c >= MAX_XLSX_COLUMNS) {
          extras.push({ row: r, col: c, extras: cellExtras(cell, undefined) ?? {} });
          return;
        }
        const x = encodeCell(cell, tz);
        writeXCell(ws.getCell(r + 1, c + 1), x, styles);
        const e = cellExtras(cell, decodeCell(simulateRead(x), tz));
        if (e) extras.push({ row: r, col: c, extras: e });
      });
    });
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
