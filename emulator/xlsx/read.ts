// .xlsx → WorkbookModel: our own files (with the meta tab) exactly, and files from Google Sheets, Excel or
// LibreOffice as faithfully as the model allows.

import type ExcelJS from "exceljs";
import {
  type CellModel,
  DEFAULT_MAX_COLUMNS,
  DEFAULT_MAX_ROWS,
  type SheetModel,
  type ValidationModel,
  type ValidationRangeModel,
  type WorkbookModel,
} from "../model";
import { addValidations, setValidation } from "../spreadsheet/validation-ranges";
import { parseRange, parseRef } from "./address";
import { applyExtras, type CellExtras, decodeCell, isDateFmt, type XCell, type XScalar } from "./cells";
import { readXCell } from "./excel-cells";
import { META_SHEET, parseMeta, type SheetMeta, type WorkbookMeta } from "./meta";
import { isOwnFile, readOwnBook } from "./own-read";
import { decodeLayout, MAX_XLSX_COLUMNS, MAX_XLSX_ROWS, readLayout, type SheetLayout } from "./sheets";
import { decodeValidation, parseValidations, xmlAttributes, xmlDecode } from "./validations";
import { ZipParts } from "./zip";

const DEFAULTS = { id: "local-workbook", name: "ПрофТрек", timeZone: "Europe/Moscow", locale: "ru_RU" };

/** The sheet XML part of each tab, by tab name (from workbook.xml and its relationships). */
function sheetParts(zip: ZipParts): Map<string, string> {
  const out = new Map<string, string>();
  const workbook = zip.text("xl/workbook.xml");
  const rels = zip.text("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const a = xmlAttributes(m[1]!);
    if (a.Id && a.Target) targets.set(a.Id, a.Target);
  }
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const a = xmlAttributes(m[1]!);
    const target = a.id ? targets.get(a.id) : undefined;
    if (a.name === undefined || !target) continue;
    let path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    while (/[^/]+\/\.\.\//.test(path)) path = path.replace(/[^/]+\/\.\.\//, "");
    out.set(a.name, path);
  }
  return out;
}

/**
 * The text, error and boolean results of formula cells, by address, straight from a sheet's XML: exceljs turns
 * any formula result in a date format into a Date (text into an Invalid Date).
 */
function formulaResults(xml: string): Map<string, XScalar | undefined> {
  const out = new Map<string, XScalar | undefined>();
  // Not a self-closing <c …/>: nothing after the t attribute may hold a "/".
  const re = /<(?:[\w.-]+:)?c\b([^>]*\bt\s*=\s*["'](?:str|e|b)["'][^>/]*)>([\s\S]*?)<\/(?:[\w.-]+:)?c>/g;
  for (const m of xml.matchAll(re)) {
    const a = xmlAttributes(m[1]!);
    const body = m[2]!;
    if (!a.r || !/<(?:[\w.-]+:)?f\b/.test(body)) continue;
    const v = /<(?:[\w.-]+:)?v>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(body);
    const text = v ? xmlDecode(v[1]!) : undefined;
    out.set(
      a.r,
      a.t === "b" ? (text === undefined ? undefined : text !== "0") : text === "" ? undefined : text,
    );
  }
  return out;
}

/** Puts back the text/boolean/error result exceljs made a Date of (see formulaResults). */
function fixDateResult(x: XCell, address: string, results: () => Map<string, XScalar | undefined>): void {
  const v = x.value;
  if (
    v === null ||
    typeof v !== "object" ||
    v instanceof Date ||
    !(v.result instanceof Date) ||
    !isDateFmt(x.numFmt)
  )
    return;
  const map = results();
  if (!map.has(address)) return;
  const result = map.get(address);
  x.value = result === undefined ? { formula: v.formula } : { formula: v.formula, result };
}

function readMetaText(ws: ExcelJS.Worksheet): string {
  let text = "";
  for (let r = 1; r <= ws.rowCount; r += 1) {
    const v = ws.findCell(r, 1)?.value;
    if (typeof v !== "string" || v === "") break;
    text += v;
  }
  return text;
}

/** The validations of a tab's XML as blocks, clipped to the grid (whole-column ranges are common). */
function readValidations(
  sheet: SheetModel,
  xml: string | undefined,
  maxRows: number,
  maxColumns: number,
): void {
  if (!xml) return;
  const blocks: ValidationRangeModel[] = [];
  for (const { raw, sqref } of parseValidations(xml)) {
    // One object per rule, shared by its ranges, as Range.setDataValidation shares it (rules are replaced, never
    // changed in place).
    const validation = decodeValidation(raw);
    if (!validation) continue;
    for (const range of sqref.split(/\s+/)) {
      if (!range) continue;
      const [from, to = from] = range.split(":") as [string, string?];
      const a = parseRef(from);
      const b = parseRef(to);
      if (!a || !b) continue;
      const r0 = a.row ?? 0;
      const r1 = Math.min(b.row ?? MAX_XLSX_ROWS - 1, maxRows - 1);
      const c0 = a.col ?? 0;
      const c1 = Math.min(b.col ?? MAX_XLSX_COLUMNS - 1, maxColumns - 1);
      if (r0 > r1 || c0 > c1) continue;
      blocks.push({ r0, c0, r1, c1, rule: validation });
    }
  }
  addValidations(sheet, blocks);
}

/** One tab as either reader gives it. */
interface TabSource {
  name: string;
  layout: SheetLayout;
  /** The tab's sheet XML (for its validations). */
  xml(): string | undefined;
  /** Each cell of the file, row by row, as an XCell (0-based row and column). */
  forEachCell(each: (row: number, col: number, x: XCell) => void): void;
}

interface BookSource {
  title: string | undefined;
  metaText: string | undefined;
  /** The tabs but the meta tab, in order. */
  tabs: TabSource[];
}

function exceljsSource(wb: ExcelJS.Workbook, zip: ZipParts, parts: Map<string, string>): BookSource {
  const metaSheet = wb.worksheets.find((ws) => ws.name === META_SHEET);
  return {
    title: wb.title,
    metaText: metaSheet ? readMetaText(metaSheet) : undefined,
    tabs: wb.worksheets
      .filter((ws) => ws !== metaSheet)
      .map((ws) => {
        const part = parts.get(ws.name);
        let xml: string | undefined | null = null;
        const sheetXml = (): string | undefined => {
          if (xml === null) xml = part ? zip.text(part) : undefined;
          return xml;
        };
        return {
          name: ws.name,
          layout: readLayout(ws),
          xml: sheetXml,
          forEachCell(each) {
            let resultMap: Map<string, XScalar | undefined> | undefined;
            const results = () => (resultMap ??= formulaResults(sheetXml() ?? ""));
            for (let r = 1; r <= ws.rowCount; r += 1) {
              const row = ws.findRow(r);
              if (!row) continue;
              for (let c = 1; c <= row.cellCount; c += 1) {
                const cell = row.findCell(c);
                if (!cell) continue;
                const x = readXCell(cell);
                if (!x) continue;
                fixDateResult(x, cell.address, results);
                each(r - 1, c - 1, x);
              }
            }
          },
        };
      }),
  };
}

function ownSource(zip: ZipParts, parts: Map<string, string>): BookSource {
  const book = readOwnBook(zip, parts);
  const metaTab = book.tabs.find((t) => t.name === META_SHEET);
  let metaText: string | undefined;
  if (metaTab) {
    const column: XCell["value"][] = [];
    metaTab.forEachCell((row, col, x) => {
      if (col === 0) column[row] = x.value;
    });
    metaText = "";
    for (const v of column) {
      if (typeof v !== "string" || v === "") break;
      metaText += v;
    }
  }
  const core = zip.text("docProps/core.xml") ?? "";
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1];
  return {
    title: title === undefined ? undefined : xmlDecode(title),
    metaText,
    tabs: book.tabs
      .filter((t) => t !== metaTab)
      .map((t) => ({ name: t.name, layout: t.layout, xml: () => t.xml, forEachCell: t.forEachCell })),
  };
}

/**
 * Reads an .xlsx. A file this emulator wrote is read from its XML by ./own-read.ts; any other (and any file with
 * `engine: "exceljs"`, which tests use to check both readers agree) through exceljs.
 */
export async function parseWorkbook(
  buf: Buffer,
  fallbackName?: string,
  opts: { engine?: "own" | "exceljs" } = {},
): Promise<WorkbookModel> {
  const zip = new ZipParts(buf);
  const parts = sheetParts(zip);
  let source: BookSource;
  if (opts.engine !== "exceljs" && isOwnFile(zip)) source = ownSource(zip, parts);
  else {
    // exceljs loads only when a file needs it (its modules take about half a second to load).
    const { default: exceljs } = await import("exceljs");
    const wb = new exceljs.Workbook();
    // Validations are read from the XML here: exceljs expands each range cell by cell (a whole column is a million).
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer, { ignoreNodes: ["dataValidations"] });
    source = exceljsSource(wb, zip, parts);
  }

  const meta: WorkbookMeta | undefined =
    source.metaText !== undefined ? parseMeta(source.metaText) : undefined;
  const metaByName = new Map<string, SheetMeta>((meta?.sheets ?? []).map((s) => [s.$xlsx, s]));
  const tz = typeof meta?.timeZone === "string" ? meta.timeZone : DEFAULTS.timeZone;

  // Ids for tabs the meta tab does not know (added in Excel): from nextId on, or 0, 1, 2… in a foreign file.
  const metaNextId = meta?.nextId;
  const knownIds = (meta?.sheets ?? []).map((s) => s.id).filter((id): id is number => Number.isFinite(id));
  let nextId =
    typeof metaNextId === "number" && Number.isFinite(metaNextId)
      ? metaNextId
      : knownIds.reduce((max, id) => Math.max(max, id + 1), 0);
  let added = 0;
  const sheets: SheetModel[] = source.tabs.map((tab) => {
    const entry = metaByName.get(tab.name);
    metaByName.delete(tab.name);
    const cells: (CellModel | undefined)[][] = [];
    let lastRow = 0;
    let lastColumn = 0;
    tab.forEachCell((r, c, x) => {
      const model = decodeCell(x, tz);
      // An empty cell with nothing the model keeps (only borders, say) stays absent.
      if (x.value === null && Object.keys(model).length === 1) return;
      cells[r] ??= [];
      cells[r][c] = model;
      if (c + 1 > lastColumn) lastColumn = c + 1;
      if (r + 1 > lastRow) lastRow = r + 1;
    });

    const layout = tab.layout;
    const maxRows =
      typeof entry?.maxRows === "number"
        ? entry.maxRows
        : Math.min(MAX_XLSX_ROWS, Math.max(DEFAULT_MAX_ROWS, lastRow));
    const maxColumns =
      typeof entry?.maxColumns === "number"
        ? entry.maxColumns
        : Math.min(MAX_XLSX_COLUMNS, Math.max(DEFAULT_MAX_COLUMNS, lastColumn));
    const extrasByRange: [NonNullable<ReturnType<typeof parseRange>>, CellExtras][] = [];
    for (const [range, extras] of Object.entries(entry?.$cells ?? {})) {
      const b = parseRange(range);
      if (!b) continue;
      extrasByRange.push([b, extras]);
      // Files written before validations were kept by block had a lossy one as a cell field: taken apart below.
      const { validation: _validation, ...rest } = extras as CellExtras & { validation?: unknown };
      if (Object.keys(rest).length === 0) continue;
      for (let r = b.r0; r <= b.r1; r += 1) {
        cells[r] ??= [];
        const row = cells[r];
        for (let c = b.c0; c <= b.c1; c += 1) row[c] = applyExtras(row[c], rest);
      }
    }
    let id: number;
    if (entry && "id" in entry) id = entry.id as number;
    else {
      id = nextId;
      nextId += 1;
      added += 1;
    }
    const sheet: SheetModel = {
      id,
      ...decodeLayout(tab.name, layout, entry ? MAX_XLSX_COLUMNS : maxColumns),
      cells,
      maxRows,
      maxColumns,
      protections: [],
      metadata: [],
      charts: [],
    };
    if (entry) {
      for (const [key, value] of Object.entries(entry)) {
        if (!key.startsWith("$")) (sheet as unknown as Record<string, unknown>)[key] = value;
      }
    }
    // A file of ours has each validation where the model had it; another file's are clipped to the grid. The
    // meta tab's lossy ones (and old files' per-cell ones) replace what the file says over their ranges.
    readValidations(sheet, tab.xml(), entry ? MAX_XLSX_ROWS : maxRows, entry ? MAX_XLSX_COLUMNS : maxColumns);
    for (const [b, extras] of extrasByRange) {
      if (!("validation" in extras)) continue;
      const rule = (extras as { validation?: ValidationModel | null }).validation ?? undefined;
      setValidation(sheet, b.r0, b.c0, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1, rule);
    }
    for (const { rule, ranges } of entry?.$validations ?? []) {
      for (const range of ranges) {
        const b = parseRange(range);
        if (b) setValidation(sheet, b.r0, b.c0, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1, rule);
      }
    }
    // Column by column, top down: the order a read gives does not depend on how the file listed its rules.
    sheet.validations?.sort((a, b) => a.c0 - b.c0 || a.r0 - b.r0);
    return sheet;
  });

  if (!meta) {
    return {
      ...DEFAULTS,
      name: source.title || fallbackName || DEFAULTS.name,
      sheets,
      metadata: [],
      documentProperties: {},
      nextId: Math.max(1, nextId),
    };
  }
  const { format: _format, version: _version, sheets: _sheets, ...rest } = meta;
  return {
    ...DEFAULTS,
    metadata: [],
    documentProperties: {},
    ...(rest as Partial<WorkbookModel>),
    nextId: added > 0 || typeof metaNextId !== "number" ? nextId : metaNextId,
    sheets,
  };
}
