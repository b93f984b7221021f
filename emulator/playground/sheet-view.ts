// The model → JSON the page draws: tabs, a window of rows with display values and formats, validations, charts with data.

import {
  type CellModel,
  chartRangeCells,
  dataExtent,
  type SheetModel,
  type ValidationModel,
  type WorkbookModel,
} from "../model";
import { hyperlinkUrl } from "../spreadsheet/input";
import { validationBlock } from "../spreadsheet/validation-ranges";
import type { CellJson, ChartJson, SheetResponse, TabInfo, ValidationJson } from "./api-types";
import { displayValue, editText, rawType } from "./display";

/** Developer metadata key of ПрофТрек's generated tabs (src/gas/generated.ts). */
export const GENERATED_KEY = "proftrack.generated";

export function generatedKind(sheet: SheetModel): string | null {
  return sheet.metadata.find((m) => m.key === GENERATED_KEY)?.value ?? null;
}

export function tabInfo(sheet: SheetModel): TabInfo {
  return {
    id: sheet.id,
    name: sheet.name,
    hidden: sheet.hidden,
    rows: sheet.maxRows,
    cols: sheet.maxColumns,
    generated: generatedKind(sheet),
    tabColor: sheet.tabColor,
  };
}

/** Values of a chart's range (emulator/model.ts chartRangeCells), each cell through `each`. */
function readBlock(
  wb: WorkbookModel,
  sheet: SheetModel,
  a1: string,
  each: (cell: CellModel | undefined) => string | number | null,
): (string | number | null)[][] {
  return chartRangeCells(wb, sheet, a1).map((line) => line.map(each));
}

function validationJson(wb: WorkbookModel, sheet: SheetModel, v: ValidationModel): ValidationJson {
  const helpText = v.helpText;
  if (v.kind === "checkbox") return { kind: "checkbox", helpText };
  if (v.kind === "list") return { kind: "list", values: v.values, strict: !v.allowInvalid, helpText };
  if (v.kind === "range") {
    const seen = new Set<string>();
    for (const line of readBlock(wb, sheet, v.a1, (c) => displayValue(c, wb)))
      for (const x of line) if (typeof x === "string" && x !== "") seen.add(x);
    return { kind: "list", values: [...seen], strict: !v.allowInvalid, helpText };
  }
  return { kind: "other", helpText };
}

function chartJson(wb: WorkbookModel, sheet: SheetModel, chart: SheetModel["charts"][number]): ChartJson {
  const blocks = chart.ranges.map((a1) =>
    readBlock(wb, sheet, a1, (c) => {
      if (!c || c.v === "") return null;
      return typeof c.v === "number" ? c.v : displayValue(c, wb);
    }),
  );
  // Several ranges are put side by side, as Sheets does with a chart's ranges (labels, then series).
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const data = Array.from({ length: height }, (_, i) =>
    blocks.flatMap((b) => b[i] ?? Array(b[0]?.length ?? 0).fill(null)),
  );
  const num = (k: string, d: number) =>
    typeof chart.options[k] === "number" ? (chart.options[k] as number) : d;
  const title = typeof chart.options.title === "string" ? chart.options.title : "";
  return {
    id: chart.id,
    type: chart.type,
    ranges: chart.ranges,
    options: chart.options,
    title,
    row: chart.row,
    column: chart.column,
    width: num("width", 480),
    height: num("height", 300),
    data,
  };
}

/** Rows offset … offset+limit-1 (0-based) of a sheet, with what the grid needs to draw and edit them. */
export function sheetWindow(
  wb: WorkbookModel,
  sheet: SheetModel,
  offset: number,
  limit: number,
  version: number,
): SheetResponse {
  const ext = dataExtent(sheet);
  const maxRows = Math.max(sheet.maxRows, ext.lastRow);
  const validations: ValidationJson[] = [];
  const validationIndex = new Map<ValidationModel, number>();
  const byKey = new Map<string, number>();
  const indexOf = (v: ValidationModel): number => {
    let i = validationIndex.get(v);
    if (i !== undefined) return i;
    const key = JSON.stringify(v);
    i = byKey.get(key);
    if (i === undefined) {
      i = validations.push(validationJson(wb, sheet, v)) - 1;
      byKey.set(key, i);
    }
    validationIndex.set(v, i);
    return i;
  };
  const rows: (CellJson | null)[][] = [];
  const end = Math.min(maxRows, offset + limit);
  // The window's rules, as wide as the rightmost validated column (a rule alone makes a cell of the view).
  const width = (sheet.validations ?? []).reduce((w, v) => Math.max(w, v.c1 + 1), 0);
  const rules = end > offset && width > 0 ? validationBlock(sheet, offset, 0, end - offset, width) : null;
  for (let r = offset; r < end; r++) {
    const src = sheet.cells[r] ?? [];
    const ruleLine = rules?.[r - offset];
    const line: (CellJson | null)[] = [];
    const n = Math.max(src.length, ruleLine ? width : 0);
    for (let c = 0; c < n; c++) line.push(cellJson(src[c], ruleLine?.[c], wb, indexOf));
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    rows.push(line);
  }
  return {
    id: sheet.id,
    name: sheet.name,
    hidden: sheet.hidden,
    generated: generatedKind(sheet),
    maxRows,
    maxColumns: Math.max(sheet.maxColumns, ext.lastColumn),
    frozenRows: sheet.frozenRows,
    columnWidths: sheet.columnWidths,
    lastRow: ext.lastRow,
    lastColumn: ext.lastColumn,
    offset,
    rows,
    validations,
    charts: sheet.charts.map((c) => chartJson(wb, sheet, c)),
    version,
  };
}

function cellJson(
  found: CellModel | undefined,
  validation: ValidationModel | undefined,
  book: WorkbookModel,
  indexOf: (v: ValidationModel) => number,
): CellJson | null {
  if (!found && !validation) return null;
  const cell = found ?? { v: "" };
  const t = rawType(cell.v);
  if (t === "" && !cell.background && !cell.note && !validation && !cell.formula) return null;
  const out: CellJson = { d: displayValue(cell, book), t, e: editText(cell, book) };
  if (cell.background && !/^#?fff(fff)?$/i.test(cell.background)) out.bg = cell.background;
  if (cell.fontColor && !/^#?0{3}(000)?$/.test(cell.fontColor)) out.fc = cell.fontColor;
  if (cell.fontWeight === "bold") out.b = true;
  if (cell.fontStyle === "italic") out.i = true;
  if (cell.horizontalAlignment) out.al = cell.horizontalAlignment;
  if (cell.note) out.note = cell.note;
  if (validation) out.val = indexOf(validation);
  const link = cell.formula ? hyperlinkUrl(cell.formula) : null;
  if (link && LINK.test(link)) out.link = link;
  return out;
}

/** The links the grid follows: a place in this workbook, or a web page (never javascript: or data:). */
const LINK = /^(#gid=\d+|https?:\/\/)/i;
