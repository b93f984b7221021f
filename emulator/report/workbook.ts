// The adapter of the offline report: the emulator's workbook model → the report's plain data (html.ts, svg.ts). It
// picks ПрофТрек's summary tabs (generated, named «Итоги — …»), reads their cells as displayed and their embedded
// charts' ranges, and refreshes them first through the bundle — on the emulator it is given, which is never saved.

import type { Emulator } from "../index";
import {
  type CellModel,
  type ChartModel,
  chartRangeCells,
  dataExtent,
  type SheetModel,
  type WorkbookModel,
} from "../model";
import { displayValue } from "../playground/display";
import { displayValue as sheetsDisplay } from "../spreadsheet/display";
import { type PlacedChart, type ReportCell, type ReportDoc, type ReportSection, reportHtml } from "./html";
import type { ChartSeries } from "./svg";

/** Developer metadata key of ПрофТрек's generated tabs (src/gas/generated.ts). */
const GENERATED_KEY = "proftrack.generated";

/** The summary tabs in the report's order, by the part of the name after «Итоги — » (ru) or «Summary — » (en). */
const ORDER: RegExp[] = [
  /^(школа|school)$/i,
  /^(классы|classes)$/i,
  /^(ученики|pupils|students)$/i,
  /^(план|plan)$/i,
  /^(оборудование|equipment)$/i,
  /^(анкеты|questionnaires|surveys)$/i,
];

const SUMMARY_NAME = /^(Итоги|Summary)\s+—\s+(.+)$/;

function kindOf(sheet: SheetModel): string | null {
  return sheet.metadata.find((m) => m.key === GENERATED_KEY)?.value ?? null;
}

/** ПрофТрек's summary tabs of the workbook: generated and named «Итоги — …», in the report's fixed order. */
export function summaryTabs(wb: WorkbookModel): SheetModel[] {
  const rank = (sheet: SheetModel) => {
    const rest = SUMMARY_NAME.exec(sheet.name)?.[2].trim() ?? "";
    const i = ORDER.findIndex((re) => re.test(rest));
    return i < 0 ? ORDER.length : i;
  };
  return wb.sheets
    .filter((s) => kindOf(s) !== null && SUMMARY_NAME.test(s.name))
    .map((s, i) => ({ s, i, r: rank(s) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.s);
}

function isDate(v: unknown): boolean {
  return Object.prototype.toString.call(v) === "[object Date]";
}

function reportCell(cell: CellModel | undefined, wb: WorkbookModel): ReportCell | null {
  if (!cell) return null;
  const text = displayValue(cell, wb);
  const out: ReportCell = { text };
  if (cell.background) out.bg = cell.background;
  if (cell.fontColor) out.color = cell.fontColor;
  if (cell.fontWeight === "bold") out.bold = true;
  if (cell.fontStyle === "italic") out.italic = true;
  // Sheets puts numbers and dates on the right unless the cell says otherwise.
  const align =
    cell.horizontalAlignment ?? (typeof cell.v === "number" || isDate(cell.v) ? "right" : undefined);
  if (align) out.align = align;
  if (cell.note) out.note = cell.note;
  if (cell.formula && /^=\s*HYPERLINK\(/i.test(cell.formula)) out.link = true;
  return out;
}

function option(options: Record<string, unknown>, path: string): unknown {
  if (path in options) return options[path];
  let v: unknown = options;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function numOpt(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** Series colours: `colors`, or `series.N.color` (either as a flat key or a nested object). */
function colorsOf(options: Record<string, unknown>, count: number): string[] | undefined {
  const list = options.colors;
  if (Array.isArray(list) && list.length) return list.map(String);
  const per = Array.from({ length: count }, (_, i) => str(option(options, `series.${i}.color`)));
  return per.some((c) => c)
    ? per.map((c, i) => c ?? ["#4285f4", "#ea4335", "#fbbc04", "#34a853"][i % 4])
    : undefined;
}

/**
 * A chart's data as Sheets takes it: its ranges side by side, the first column the categories, each other column with
 * a number a series; the first row names the series when it holds no number.
 */
export function chartOf(wb: WorkbookModel, sheet: SheetModel, chart: ChartModel): PlacedChart {
  const blocks = chart.ranges.map((a1) => chartRangeCells(wb, sheet, a1));
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const grid = Array.from({ length: height }, (_, i) =>
    blocks.flatMap((b) => b[i] ?? Array<CellModel | undefined>(b[0]?.length ?? 0).fill(undefined)),
  );
  const rows = grid.filter((r) => r.some((c) => c && c.v !== ""));
  const isNum = (c: CellModel | undefined) => typeof c?.v === "number";
  const width = Math.max(0, ...rows.map((r) => r.length));
  const header = rows.length > 1 && !rows[0].some(isNum) ? rows[0] : null;
  const body = header ? rows.slice(1) : rows;
  const labelled = width > 1 || body.some((r) => !isNum(r[0]));
  const first = labelled ? 1 : 0;
  const series: ChartSeries[] = [];
  // A COLUMN (or COMBO) chart may draw a series as a line over the columns: a target, a mean.
  const columns = /^(COLUMN|COMBO)$/i.test(chart.type);
  let format: string | undefined;
  for (let c = first; c < width; c++) {
    if (!body.some((r) => isNum(r[c]))) continue;
    format ??= body.find((r) => isNum(r[c]))?.[c]?.numberFormat;
    series.push({
      name: header?.[c] ? displayValue(header[c], wb) : `Ряд ${series.length + 1}`,
      values: body.map((r) => (isNum(r[c]) ? (r[c]?.v as number) : 0)),
      shown: body.map((r) => (isNum(r[c]) ? displayValue(r[c], wb) : "0")),
      ...(columns && option(chart.options, `series.${series.length}.type`) === "line" ? { line: true } : {}),
    });
  }
  const o = chart.options;
  const valueAxis = chart.type.toUpperCase() === "BAR" ? "hAxis" : "vAxis";
  const legendOpt = option(o, "legend");
  const legendPos = option(o, "legend.position") ?? legendOpt;
  const stacked = option(o, "isStacked");
  return {
    type: chart.type,
    title: str(o.title) ?? "",
    categories: body.map((r, i) => (labelled ? displayValue(r[0], wb) : String(i + 1))),
    series,
    colors: colorsOf(o, series.length),
    stacked: stacked === true || stacked === "true" || stacked === "absolute" || stacked === "percent",
    legend: legendPos === "none" ? false : undefined,
    hAxisTitle: str(option(o, "hAxis.title")),
    vAxisTitle: str(option(o, "vAxis.title")),
    minValue: numOpt(option(o, `${valueAxis}.minValue`) ?? option(o, `${valueAxis}.viewWindow.min`)),
    maxValue: numOpt(option(o, `${valueAxis}.maxValue`) ?? option(o, `${valueAxis}.viewWindow.max`)),
    percent: format?.includes("%"),
    decimal: wb.locale.toLowerCase().startsWith("ru") ? "," : ".",
    anchorRow: chart.row,
    anchorColumn: chart.column,
  };
}

/** A summary tab as a report section: every row to the last filled one, as displayed, and its charts. */
export function sectionOf(wb: WorkbookModel, sheet: SheetModel): ReportSection {
  const { lastRow, lastColumn } = dataExtent(sheet);
  const rows = Array.from({ length: lastRow }, (_, r) => ({
    row: r + 1,
    cells: Array.from({ length: lastColumn }, (_, c) => reportCell(sheet.cells[r]?.[c], wb)),
  }));
  return {
    title: sheet.name,
    kind: kindOf(sheet),
    rows,
    charts: sheet.charts.map((c) => chartOf(wb, sheet, c)),
  };
}

/** A value of «Настройки» (parameter in column A, value in B) as displayed, if the tab has it. */
function setting(wb: WorkbookModel, names: string[]): string | null {
  const tab = wb.sheets.find((s) => s.name === "Настройки" || s.name === "Settings");
  const row = tab?.cells.find((r) => r?.[0] && names.includes(String(r[0].v).trim()));
  const text = row?.[1] ? displayValue(row[1], wb).trim() : "";
  return text || null;
}

/** The report's data: the school (from «Настройки», else the workbook's name) and every summary tab. */
export function workbookReport(wb: WorkbookModel, opts: { now?: Date; warnings?: string[] } = {}): ReportDoc {
  const school = setting(wb, ["Школа", "School"]) ?? wb.name;
  const year = setting(wb, ["Учебный год", "School year"]);
  return {
    title: `Итоги профориентационной работы${year ? ` — ${year} учебный год` : ""}`,
    workbookName: school,
    made: sheetsDisplay(opts.now ?? new Date(), "dd.mm.yyyy hh:mm", wb.locale, wb.timeZone),
    sections: summaryTabs(wb).map((s) => sectionOf(wb, s)),
    warnings: opts.warnings,
  };
}

/**
 * Refreshes the summaries through the bundle: its `refreshSummaries` when it has one, else the summaries that exist
 * today (plan coverage, equipment). A failure is returned as a warning: the tabs stay as they were and are reported.
 */
export function refreshForReport(emu: Emulator): { ran: string[]; warnings: string[] } {
  const fns = emu.globals.includes("refreshSummaries")
    ? ["refreshSummaries"]
    : ["refreshPlanCoverage", "refreshEquipmentAnalysis"].filter((f) => emu.globals.includes(f));
  const warnings: string[] = [];
  const ran: string[] = [];
  for (const fn of fns) {
    try {
      emu.call(fn);
      ran.push(fn);
    } catch (e) {
      warnings.push(
        `Итоги не обновлены (${fn}): ${(e as Error)?.message ?? String(e)}. Листы показаны такими, какими были в книге.`,
      );
    }
  }
  return { ran, warnings };
}

/** Refreshes the summaries in `emu` (not saved) and renders the report page. */
export function emulatorReport(
  emu: Emulator,
  opts: { now?: Date } = {},
): { html: string; doc: ReportDoc; ran: string[] } {
  const { ran, warnings } = refreshForReport(emu);
  const doc = workbookReport(emu.workbook, { now: opts.now, warnings });
  return { html: reportHtml(doc), doc, ran };
}
