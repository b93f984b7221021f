// Files this emulator wrote (./write.ts), read straight from their XML: the writer's forms only (shared strings,
// its cellXfs, its notes), so a short reader does what exceljs did with an object per cell and node. Any other
// file (saved again by Excel, LibreOffice, Google Sheets) goes through exceljs (./read.ts).

import { a1, parseRef } from "./address";
import { isDateFmt, type XCell, type XScalar, type XValue } from "./cells";
import { fromXlsxColor } from "./colors";
import type { SheetLayout } from "./sheets";
import { xmlAttributes, xmlDecode } from "./validations";
import { APPLICATION } from "./write";
import type { ZipParts } from "./zip";

/** True when the file is one of ours, untouched by another program (each writes its own docProps/app.xml). */
export function isOwnFile(zip: ZipParts): boolean {
  const app = zip.text("docProps/app.xml");
  return app?.includes(`<Application>${APPLICATION}</Application>`) === true;
}

/** OOXML's _xHHHH_ escapes (text-xform.js in exceljs decodes them alike). */
function unescapeText(s: string): string {
  return s.includes("_x")
    ? s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    : s;
}

/** The text of an <si> or a comment's <text>: all its <t> runs. */
function runsText(inner: string): string {
  let out = "";
  for (const m of inner.matchAll(/<t\b[^>]*?(?:\/>|>([^<]*)<\/t>)/g)) out += m[1] ?? "";
  return unescapeText(xmlDecode(out));
}

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) out.push(runsText(m[1]!));
  return out;
}

type StyleParts = Omit<XCell, "value" | "note">;

function children(xml: string, list: string, item: string): string[] {
  const block = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml);
  if (!block) return [];
  return [...block[1]!.matchAll(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g"))].map(
    (m) => m[0],
  );
}

/** Each cellXfs entry as the style fields of an XCell (what readXCell takes from exceljs' style objects). */
function styleTable(xml: string | undefined): StyleParts[] {
  if (!xml) return [];
  const fmts = new Map<string, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/>/g)) {
    const a = xmlAttributes(m[1]!);
    // exceljs drops a format code's backslash escapes.
    if (a.numFmtId && a.formatCode !== undefined)
      fmts.set(a.numFmtId, a.formatCode.replace(/[\\](.)/g, "$1"));
  }
  const rgb = (el: string, tag: string): string | undefined => {
    const m = new RegExp(`<${tag}\\b([^>]*)/>`).exec(el);
    const argb = m ? xmlAttributes(m[1]!).rgb : undefined;
    return argb === undefined ? undefined : fromXlsxColor({ argb }, "fill");
  };
  const fonts = children(xml, "fonts", "font").map((f) => ({
    color: rgb(f, "color"),
    bold: /<b\s*\/>/.test(f),
    italic: /<i\s*\/>/.test(f),
  }));
  const fills = children(xml, "fills", "fill").map((f) =>
    /patternType="solid"/.test(f) ? rgb(f, "fgColor") : undefined,
  );
  return children(xml, "cellXfs", "xf").map((xf) => {
    const a = xmlAttributes(/<xf\b([^>]*?)\/?>/.exec(xf)![1]!);
    const p: StyleParts = {};
    if (a.numFmtId && a.numFmtId !== "0") {
      const code = fmts.get(a.numFmtId);
      if (code === undefined) throw new Error(`number format ${a.numFmtId} is not one this writer uses`);
      if (code !== "") p.numFmt = code;
    }
    const fill = fills[Number(a.fillId ?? 0)];
    if (fill) p.fill = fill;
    const font = fonts[Number(a.fontId ?? 0)];
    if (font?.color) p.color = font.color;
    if (font?.bold) p.bold = true;
    if (font?.italic) p.italic = true;
    const al = /<alignment\b([^>]*)\/>/.exec(xf);
    if (al) {
      const b = xmlAttributes(al[1]!);
      if (b.wrapText === "1" || b.wrapText === "true") p.wrap = true;
      const h = b.horizontal;
      if (h === "left" || h === "center" || h === "right") p.horizontal = h;
    }
    return p;
  });
}

/** Notes by A1 address, from the sheet's comments part. */
function sheetNotes(zip: ZipParts, sheetPath: string): Map<string, string> {
  const out = new Map<string, string>();
  const slash = sheetPath.lastIndexOf("/");
  const rels = zip.text(`${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`);
  if (!rels) return out;
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/>/g)) {
    const a = xmlAttributes(m[1]!);
    if (!a.Type?.endsWith("/comments") || !a.Target) continue;
    let path = `${sheetPath.slice(0, slash)}/${a.Target}`;
    while (/[^/]+\/\.\.\//.test(path)) path = path.replace(/[^/]+\/\.\.\//, "");
    const xml = zip.text(path) ?? "";
    for (const c of xml.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)) {
      const ref = xmlAttributes(c[1]!).ref;
      const t = runsText(c[2]!);
      if (ref && t !== "") out.set(ref, t);
    }
  }
  return out;
}

export interface OwnTab {
  name: string;
  hidden: boolean;
  xml: string;
  layout: SheetLayout;
  /** The tab's cells as XCells, row by row (0-based), and their A1 addresses. */
  forEachCell(each: (row: number, col: number, x: XCell) => void): void;
}

export interface OwnBook {
  tabs: OwnTab[];
}

const serialToDate = (v: number): Date => new Date(Math.round((v - 25569) * 86_400_000));

/** The tabs of a file of ours; `parts` maps tab names to their sheet XML parts. */
export function readOwnBook(zip: ZipParts, parts: Map<string, string>): OwnBook {
  const strings = sharedStrings(zip.text("xl/sharedStrings.xml"));
  const styles = styleTable(zip.text("xl/styles.xml"));
  const dateStyle = styles.map((s) => isDateFmt(s.numFmt));
  const workbook = zip.text("xl/workbook.xml") ?? "";
  const tabs: OwnTab[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/>/g)) {
    const a = xmlAttributes(m[1]!);
    const path = a.name === undefined ? undefined : parts.get(a.name);
    if (a.name === undefined || !path) continue;
    const xml = zip.text(path);
    if (xml === undefined) throw new Error(`no part ${path}`);
    const name = a.name;
    const layout = readOwnLayout(xml, a.state === "hidden" || a.state === "veryHidden");
    const notes = sheetNotes(zip, path);
    tabs.push({
      name,
      hidden: layout.hidden,
      xml,
      layout,
      forEachCell(each) {
        const data = /<sheetData>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? "";
        const cols = new Map<string, number>();
        const re =
          /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="([a-z]+)")?(?:\/>|>(?:<f>([^<]*)<\/f>)?(?:<v>([^<]*)<\/v>)?<\/c>)/g;
        let matched = 0;
        for (const c of data.matchAll(re)) {
          matched += 1;
          const [, letters, rowText, s, t, f, v] = c;
          let col = cols.get(letters!);
          if (col === undefined) {
            col = parseRef(letters!)!.col!;
            cols.set(letters!, col);
          }
          const row = Number(rowText) - 1;
          const style = s === undefined ? 0 : Number(s);
          const isDate = dateStyle[style] === true;
          let scalar: XScalar | undefined;
          if (v !== undefined) {
            if (t === "s") scalar = strings[Number(v)] ?? "";
            else if (t === "b") scalar = Number.parseInt(v, 10) !== 0;
            else if (t === "str" || t === "e") scalar = v === "" ? undefined : xmlDecode(v);
            else {
              const n = Number.parseFloat(v);
              scalar = isDate ? serialToDate(n) : n;
            }
          }
          let value: XValue;
          if (f !== undefined) {
            const formula = xmlDecode(f);
            value = scalar === undefined ? { formula } : { formula, result: scalar };
          } else value = scalar ?? null;
          const x: XCell = style ? { value, ...styles[style] } : { value };
          const note = notes.get(a1(row, col));
          if (note !== undefined) x.note = note;
          each(row, col, x);
        }
        // Every cell element must have been one the writer writes: a file changed by hand is an error, not a file
        // read with cells missing.
        let elements = 0;
        for (let i = data.indexOf("<c "); i >= 0; i = data.indexOf("<c ", i + 3)) elements += 1;
        if (elements !== matched)
          throw new Error(`${name}: ${elements - matched} cells in a form this reader does not know`);
      },
    });
  }
  return { tabs };
}

function readOwnLayout(xml: string, hidden: boolean): SheetLayout {
  const head = xml.slice(0, Math.max(0, xml.indexOf("<sheetData")));
  const tab = /<tabColor rgb="([0-9A-Fa-f]{8})"/.exec(head);
  const pane = /<pane\b([^>]*)\/>/.exec(head);
  const p = pane ? xmlAttributes(pane[1]!) : {};
  const frozen = p.state === "frozen";
  const widths = new Map<number, number>();
  for (const m of head.matchAll(/<col\b([^>]*)\/>/g)) {
    const a = xmlAttributes(m[1]!);
    const w = Number(a.width);
    if (a.min !== undefined && Number.isFinite(w)) widths.set(Number(a.min), w);
  }
  return {
    hidden,
    frozenRows: frozen ? Number(p.ySplit ?? 0) : 0,
    frozenColumns: frozen ? Number(p.xSplit ?? 0) : 0,
    tabColor: tab ? tab[1]!.toUpperCase() : null,
    widths,
  };
}
