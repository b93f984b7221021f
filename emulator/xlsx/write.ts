// WorkbookModel → .xlsx bytes: natively what .xlsx holds, the rest in the very hidden meta tab. The parts are
// written here as text, in the form exceljs writes them (exceljs built an object per cell and took most of a
// save), so that files of ours read alike through exceljs (any file) and through ./own-read.ts (files of ours).

import type { ValidationModel, ValidationRangeModel, WorkbookModel } from "../model";
import { a1 } from "./address";
import {
  cellExtras,
  decodeCell,
  encodeCell,
  hasStyle,
  isPlainCell,
  same,
  simulateRead,
  type XCell,
} from "./cells";
import {
  type CellExtrasAt,
  compactExtras,
  type LossyValidation,
  META_FORMAT,
  META_SHEET,
  META_VERSION,
  metaChunks,
  type SheetMeta,
  stringifyMeta,
  type WorkbookMeta,
} from "./meta";
import {
  decodeLayout,
  encodeLayout,
  MAX_XLSX_COLUMNS,
  MAX_XLSX_ROWS,
  NATIVE_KEYS,
  type NativeSheet,
  type SheetLayout,
} from "./sheets";
import { escapeXlsxText, stripUnsafe, xlsxSheetName } from "./text";
import { decodeValidation, encodeValidation, type RawValidation } from "./validations";
import { zipParts } from "./zip";

const NATIVE = new Set<string>(NATIVE_KEYS);

/** docProps/app.xml's Application of files written here: ./own-read.ts reads only those (Excel and LibreOffice put their own). */
export const APPLICATION = "ПрофТрек";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = "application/vnd.openxmlformats-officedocument.";

// What XML cannot carry is dropped, as exceljs does (the encoders already keep such text out of the file).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML cannot hold.
const XML_SPECIAL = /[<>&"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const XML_TEST = new RegExp(XML_SPECIAL.source);
function esc(s: string): string {
  if (!XML_TEST.test(s)) return s;
  return s.replace(XML_SPECIAL, (c) =>
    c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : c === '"' ? "&quot;" : "",
  );
}

/** Column letters by 0-based index, cached. */
const LETTERS: string[] = [];
function letters(c: number): string {
  let s = LETTERS[c];
  if (s === undefined) {
    s = a1(0, c).slice(0, -1);
    LETTERS[c] = s;
  }
  return s;
}

/** The shared strings table: one entry per distinct text, in first-use order. */
class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly xml: string[] = [];
  count = 0;
  id(text: string): number {
    this.count += 1;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.xml.length;
      this.ids.set(text, id);
      this.xml.push(`<si><t xml:space="preserve">${esc(text)}</t></si>`);
    }
    return id;
  }
  private readonly raw = new Map<string, number>();
  /** id(escapeXlsxText(text)), escaping each distinct text once (a big tab repeats its class names and codes). */
  idOfText(text: string): number {
    let id = this.raw.get(text);
    if (id === undefined) {
      id = this.id(escapeXlsxText(text));
      this.raw.set(text, id);
    } else this.count += 1;
    return id;
  }
  part(): string {
    return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.xml.length}">${this.xml.join("")}</sst>`;
  }
}

const FONT_TAIL = '<sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>';

/** cellXfs of the styles in use, keyed by what an XCell styles; format codes get ids from 164 on. */
class Styles {
  private readonly xfs = new Map<string, number>();
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fmts = new Map<string, number>();
  private readonly fonts = new Map<string, number>([["", 0]]);
  private readonly fontXml: string[] = [`<font><color theme="1"/>${FONT_TAIL}</font>`];
  private readonly fills = new Map<string, number>();
  private readonly fillXml: string[] = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];

  /** The style index of a cell (0: none). */
  id(x: XCell): number {
    if (!hasStyle(x)) return 0;
    const key = `${x.numFmt ?? ""}\u0000${x.fill ?? ""}\u0000${x.color ?? ""}\u0000${x.bold ? 1 : 0}${x.italic ? 1 : 0}${x.wrap ? 1 : 0}${x.horizontal ?? ""}`;
    let id = this.xfs.get(key);
    if (id !== undefined) return id;
    let fmt = 0;
    if (x.numFmt !== undefined) {
      fmt = this.fmts.get(x.numFmt) ?? 164 + this.fmts.size;
      this.fmts.set(x.numFmt, fmt);
    }
    let font = 0;
    if (x.color || x.bold || x.italic) {
      const fk = `${x.color ?? ""}${x.bold ? "b" : ""}${x.italic ? "i" : ""}`;
      font = this.fonts.get(fk) ?? this.fontXml.length;
      if (font === this.fontXml.length) {
        this.fonts.set(fk, font);
        const color = x.color ? `<color rgb="FF${x.color.slice(1).toUpperCase()}"/>` : "";
        this.fontXml.push(
          `<font>${x.bold ? "<b/>" : ""}${x.italic ? "<i/>" : ""}<sz val="11"/>${color}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`,
        );
      }
    }
    let fill = 0;
    if (x.fill) {
      fill = this.fills.get(x.fill) ?? this.fillXml.length;
      if (fill === this.fillXml.length) {
        this.fills.set(x.fill, fill);
        this.fillXml.push(
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${x.fill.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`,
        );
      }
    }
    const align = x.wrap || x.horizontal;
    let xf = `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"`;
    if (fmt) xf += ' applyNumberFormat="1"';
    if (font) xf += ' applyFont="1"';
    if (fill) xf += ' applyFill="1"';
    if (align) {
      xf += ` applyAlignment="1"><alignment${x.horizontal ? ` horizontal="${x.horizontal}"` : ""}${x.wrap ? ' wrapText="1"' : ""}/></xf>`;
    } else xf += "/>";
    id = this.xfXml.length;
    this.xfXml.push(xf);
    this.xfs.set(key, id);
    return id;
  }

  part(): string {
    const fmts = [...this.fmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (fmts.length ? `<numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` : "") +
      `<fonts count="${this.fontXml.length}">${this.fontXml.join("")}</fonts>` +
      `<fills count="${this.fillXml.length}">${this.fillXml.join("")}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

const dateToSerial = (d: Date): number => 25569 + d.getTime() / 86_400_000;

function scalarXml(v: string | number | boolean | Date, strings: SharedStrings): [t: string, v: string] {
  if (typeof v === "string") return [' t="s"', String(strings.idOfText(v))];
  if (typeof v === "boolean") return [' t="b"', v ? "1" : "0"];
  if (typeof v === "number") return ["", String(v)];
  return ["", String(dateToSerial(v))];
}

/** One <c> element (empty when the cell is no cell of the file), as exceljs writes it. */
function cellXml(ref: string, x: XCell, style: number, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : "";
  const v = x.value;
  if (v === null) {
    // A cell with no value is written only when it has a style: one with just a note needs a value to exist.
    if (style && x.note === undefined) return `<c r="${ref}"${s}/>`;
    return `<c r="${ref}"${s} t="s"><v>${strings.id("")}</v></c>`;
  }
  if (typeof v === "object" && !(v instanceof Date)) {
    const f = `<f>${esc(v.formula)}</f>`;
    const r = v.result;
    if (r === undefined) return `<c r="${ref}"${s}>${f}</c>`;
    if (typeof r === "string") return `<c r="${ref}"${s} t="str">${f}<v>${esc(r)}</v></c>`;
    if (typeof r === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${r ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s}>${f}<v>${typeof r === "number" ? r : dateToSerial(r)}</v></c>`;
  }
  const [t, text] = scalarXml(v, strings);
  return `<c r="${ref}"${s}${t}><v>${text}</v></c>`;
}

/** cellXml of a value-only cell (isPlainCell): text, a number or a boolean; "" is an empty text cell. */
function plainCellXml(ref: string, v: string | number | boolean | Date, strings: SharedStrings): string {
  if (typeof v === "string") return `<c r="${ref}" t="s"><v>${strings.idOfText(v)}</v></c>`;
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
}

function validationXml(raw: RawValidation, sqref: string): string {
  let a = `type="${esc(raw.type)}"`;
  if (raw.operator) a += ` operator="${esc(raw.operator)}"`;
  a += ' allowBlank="1"';
  if (raw.showInputMessage) a += ' showInputMessage="1"';
  if (raw.showErrorMessage) a += ' showErrorMessage="1"';
  if (raw.errorStyle) a += ` errorStyle="${esc(raw.errorStyle)}"`;
  if (raw.prompt !== undefined) a += ` prompt="${esc(raw.prompt)}"`;
  let f = "";
  if (raw.formula1 !== undefined) f += `<formula1>${esc(raw.formula1)}</formula1>`;
  if (raw.formula2 !== undefined) f += `<formula2>${esc(raw.formula2)}</formula2>`;
  return `<dataValidation ${a} sqref="${sqref}">${f}</dataValidation>`;
}

function sheetViewXml(layout: SheetLayout, selected: boolean): string {
  const { frozenRows: y, frozenColumns: x } = layout;
  let pane = "";
  if (x > 0 || y > 0) {
    const active = x > 0 && y > 0 ? "bottomRight" : y > 0 ? "bottomLeft" : "topRight";
    pane =
      `<pane${x > 0 ? ` xSplit="${x}"` : ""}${y > 0 ? ` ySplit="${y}"` : ""} topLeftCell="${a1(y, x)}"` +
      ` activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
  }
  return `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

/** The comments part and its VML drawing (Excel shows notes through the VML) for the notes of one sheet. */
function notesParts(notes: [ref: string, row: number, col: number, text: string][]): [string, string] {
  const comments = notes
    .map(
      ([ref, , , t]) =>
        `<comment ref="${ref}" authorId="0"><text><r><t xml:space="preserve">${esc(t)}</t></r></text></comment>`,
    )
    .join("");
  const shapes = notes
    .map(
      ([, r, c], i) =>
        `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:${i + 1};visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
        '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 6, ${r}, 14, ${c + 3}, 2, ${r + 4}, 16</x:Anchor>` +
        `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`,
    )
    .join("");
  return [
    `${XML_HEAD}<comments xmlns="${NS_MAIN}"><authors><author>${APPLICATION}</author></authors><commentList>${comments}</commentList></comments>`,
    `${XML_HEAD}<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
      '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      `${shapes}</xml>`,
  ];
}

interface Tab {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  xml: string;
  notes?: [string, string];
}

function worksheetXml(
  layout: SheetLayout | undefined,
  selected: boolean,
  rows: string,
  validations: string,
  hasNotes: boolean,
): string {
  let xml = `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`;
  if (layout?.tabColor) xml += `<sheetPr><tabColor rgb="${layout.tabColor}"/></sheetPr>`;
  xml += layout ? sheetViewXml(layout, selected) : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  xml += '<sheetFormatPr defaultRowHeight="15"/>';
  if (layout && layout.widths.size > 0) {
    const cols = [...layout.widths]
      .sort((a, b) => a[0] - b[0])
      .map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`);
    xml += `<cols>${cols.join("")}</cols>`;
  }
  xml += `<sheetData>${rows}</sheetData>${validations}`;
  xml += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (hasNotes) xml += '<legacyDrawing r:id="rId2"/>';
  return `${xml}</worksheet>`;
}

/**
 * A sheet's validation ranges as <dataValidation> elements, one per rule (its ranges in sqref), straight from the
 * model's blocks. A rule the file cannot hold exactly, or a block past the file's grid, also goes to the meta tab
 * (`lossy`), and the reader puts it back over what the file said.
 */
function validationsOf(list: readonly ValidationRangeModel[]): { dv: string[]; lossy: LossyValidation[] } {
  // Blocks by what the file and the meta tab would say of their rule (equal rules of distinct objects alike).
  const groups = new Map<
    string,
    { raw: RawValidation | null; exact: boolean; rule: ValidationModel; blocks: ValidationRangeModel[] }
  >();
  const keyOf = new Map<ValidationModel, string>();
  for (const v of list) {
    let key = keyOf.get(v.rule);
    if (key === undefined) {
      key = JSON.stringify(v.rule, (_k, x: unknown) =>
        typeof x === "number" ? { $n: Object.is(x, -0) ? "-0" : String(x) } : x,
      );
      keyOf.set(v.rule, key);
    }
    let group = groups.get(key);
    if (!group) {
      const raw = encodeValidation(v.rule);
      group = { raw, exact: raw !== null && same(decodeValidation(raw), v.rule), rule: v.rule, blocks: [] };
      groups.set(key, group);
    }
    group.blocks.push(v);
  }
  const files = new Map<string, { raw: RawValidation; ranges: string[] }>();
  const lossy: LossyValidation[] = [];
  for (const { raw, exact, rule, blocks } of groups.values()) {
    const inFile: string[] = [];
    const inMeta: string[] = [];
    for (const b of joined(blocks)) {
      const from = a1(b.r0, b.c0);
      const to = a1(b.r1, b.c1);
      const range = from === to ? from : `${from}:${to}`;
      const inGrid = b.r1 < MAX_XLSX_ROWS && b.c1 < MAX_XLSX_COLUMNS;
      if (raw && inGrid) inFile.push(range);
      if (!exact || !inGrid) inMeta.push(range);
    }
    if (raw && inFile.length > 0) {
      const key = JSON.stringify(raw);
      const file = files.get(key);
      if (file) file.ranges.push(...inFile);
      else files.set(key, { raw, ranges: inFile });
    }
    if (inMeta.length > 0) lossy.push({ rule, ranges: inMeta });
  }
  const dv = [...files.values()].map(({ raw, ranges }) => validationXml(raw, ranges.join(" ")));
  return { dv, lossy };
}

/** Blocks of one rule with the ones right below each other (same columns) joined: B2, B3 … → B2:B1000. */
function joined(blocks: ValidationRangeModel[]): ValidationRangeModel[] {
  const sorted = [...blocks].sort((x, y) => x.c0 - y.c0 || x.c1 - y.c1 || x.r0 - y.r0);
  const out: ValidationRangeModel[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last && last.c0 === b.c0 && last.c1 === b.c1 && last.r1 + 1 === b.r0) last.r1 = b.r1;
    else out.push({ ...b });
  }
  return out;
}

export function writeXlsx(model: WorkbookModel): Buffer {
  const tz = model.timeZone;
  const taken = new Set([META_SHEET.toLowerCase()]);
  // Excel opens no workbook without a visible tab: the first one is shown, the meta tab remembers it is not.
  const allHidden = model.sheets.length > 0 && model.sheets.every((s) => s.hidden);
  const strings = new SharedStrings();
  const styles = new Styles();
  const sheetsMeta: SheetMeta[] = [];
  const tabs: Tab[] = [];
  let activeTab = -1;

  model.sheets.forEach((sheet, index) => {
    const name = xlsxSheetName(sheet.name, taken);
    const layout = encodeLayout(sheet, allHidden && index === 0);
    const selected = !layout.hidden && activeTab < 0;
    if (selected) activeTab = index;

    const native = decodeLayout(name, layout);
    const entry: SheetMeta = { $xlsx: name, id: sheet.id };
    for (const [key, value] of Object.entries(sheet)) {
      if (key === "cells" || key === "validations") continue;
      if (NATIVE.has(key) && same(value, native[key as keyof NativeSheet])) continue;
      entry[key] = value;
    }

    const extras: CellExtrasAt[] = [];
    const notes: [string, number, number, string][] = [];
    const rowsXml: string[] = [];
    sheet.cells.forEach((row, r) => {
      if (!row) return;
      let rowXml = "";
      const rowNumber = String(r + 1);
      row.forEach((cell, c) => {
        if (!cell || typeof cell !== "object") return;
        if (r >= MAX_XLSX_ROWS || c >= MAX_XLSX_COLUMNS) {
          extras.push({ row: r, col: c, extras: cellExtras(cell, undefined) ?? {} });
          return;
        }
        if (isPlainCell(cell)) {
          // Most cells of a big workbook: a value the file holds exactly, written without an XCell or extras.
          rowXml += plainCellXml(letters(c) + rowNumber, cell.v, strings);
          return;
        }
        const x = encodeCell(cell, tz);
        const ref = letters(c) + rowNumber;
        rowXml += cellXml(ref, x, styles.id(x), strings);
        if (x.note !== undefined) notes.push([ref, r, c, escapeXlsxText(x.note)]);
        const e = cellExtras(cell, decodeCell(simulateRead(x), tz));
        if (e) extras.push({ row: r, col: c, extras: e });
      });
      if (rowXml) rowsXml.push(`<row r="${rowNumber}">${rowXml}</row>`);
    });
    const { dv, lossy } = validationsOf(sheet.validations ?? []);
    if (lossy.length > 0) entry.$validations = lossy;
    const validations = dv.length
      ? `<dataValidations count="${dv.length}">${dv.join("")}</dataValidations>`
      : "";
    if (extras.length > 0) entry.$cells = compactExtras(extras);
    sheetsMeta.push(entry);
    tabs.push({
      name,
      state: layout.hidden ? "hidden" : "visible",
      xml: worksheetXml(layout, selected, rowsXml.join(""), validations, notes.length > 0),
      notes: notes.length ? notesParts(notes) : undefined,
    });
  });

  const { sheets: _sheets, ...rest } = model;
  const meta: WorkbookMeta = { ...rest, format: META_FORMAT, version: META_VERSION, sheets: sheetsMeta };
  const metaRows = metaChunks(stringifyMeta(meta)).map(
    (chunk, i) =>
      `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${strings.id(escapeXlsxText(chunk))}</v></c></row>`,
  );
  tabs.push({
    name: META_SHEET,
    state: "veryHidden",
    xml: worksheetXml(undefined, false, metaRows.join(""), "", false),
  });

  return zipParts(
    packageParts(tabs, strings, styles, stripUnsafe(String(model.name)), Math.max(0, activeTab)),
  );
}

function packageParts(
  tabs: Tab[],
  strings: SharedStrings,
  styles: Styles,
  title: string,
  activeTab: number,
): [string, string][] {
  const parts: [string, string][] = [];
  const overrides: string[] = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${CT}spreadsheetml.styles+xml"/>`,
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}spreadsheetml.sharedStrings+xml"/>`,
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
    `<Override PartName="/docProps/app.xml" ContentType="${CT}extended-properties+xml"/>`,
  ];
  const wbRels: string[] = [
    `<Relationship Id="rId1" Type="${NS_R}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId2" Type="${NS_R}/sharedStrings" Target="sharedStrings.xml"/>`,
  ];
  const sheetsXml: string[] = [];
  let notesCount = 0;
  tabs.forEach((tab, i) => {
    const n = i + 1;
    const rid = `rId${n + 2}`;
    wbRels.push(`<Relationship Id="${rid}" Type="${NS_R}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}spreadsheetml.worksheet+xml"/>`,
    );
    const state = tab.state === "visible" ? "" : ` state="${tab.state}"`;
    sheetsXml.push(`<sheet name="${esc(tab.name)}" sheetId="${n}"${state} r:id="${rid}"/>`);
    parts.push([`xl/worksheets/sheet${n}.xml`, tab.xml]);
    if (tab.notes) {
      notesCount += 1;
      const k = notesCount;
      parts.push([
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        `${XML_HEAD}<Relationships xmlns="${NS_PKG}"><Relationship Id="rId1" Type="${NS_R}/comments" Target="../comments${k}.xml"/>` +
          `<Relationship Id="rId2" Type="${NS_R}/vmlDrawing" Target="../drawings/vmlDrawing${k}.vml"/></Relationships>`,
      ]);
      parts.push([`xl/comments${k}.xml`, tab.notes[0]]);
      parts.push([`xl/drawings/vmlDrawing${k}.vml`, tab.notes[1]]);
      overrides.push(
        `<Override PartName="/xl/comments${k}.xml" ContentType="${CT}spreadsheetml.comments+xml"/>`,
      );
    }
  });
  const vml = notesCount ? `<Default Extension="vml" ContentType="${CT}vmlDrawing"/>` : "";
  return [
    [
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        `<Default Extension="xml" ContentType="application/xml"/>${vml}${overrides.join("")}</Types>`,
    ],
    [
      "_rels/.rels",
      `${XML_HEAD}<Relationships xmlns="${NS_PKG}">` +
        `<Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${NS_PKG}/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${NS_R}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      "docProps/app.xml",
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${APPLICATION}</Application></Properties>`,
    ],
    [
      "docProps/core.xml",
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:creator>${APPLICATION}</dc:creator><dc:title>${esc(title)}</dc:title></cp:coreProperties>`,
    ],
    [
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/>` +
        `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" firstSheet="0" activeTab="${activeTab}"/></bookViews>` +
        `<sheets>${sheetsXml.join("")}</sheets><calcPr calcId="171027"/></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="${NS_PKG}">${wbRels.join("")}</Relationships>`,
    ],
    ["xl/styles.xml", styles.part()],
    ["xl/sharedStrings.xml", strings.part()],
    ...parts,
  ];
}
