// The offline report as one self-contained HTML page: a section per summary tab, its cells as the tab shows them,
// its charts as inline SVG, print CSS for A4. Pure: plain data in, a string out; no network (a CSP forbids any
// request and any script), every text escaped.

import { esc, safeColor } from "./escape";
import { chartSvg, type ReportChart } from "./svg";

export interface ReportCell {
  /** The cell as the tab displays it (through its number format). */
  text: string;
  bg?: string | null;
  color?: string | null;
  bold?: boolean;
  italic?: boolean;
  align?: "left" | "center" | "right";
  /** The cell's note (a header's definition of its figure): printed as a numbered footnote. */
  note?: string;
  /** A link into the workbook («перейти к F166»): useless on paper, so printed small and grey. */
  link?: boolean;
}

export interface ReportRow {
  /** 1-based row of the tab. */
  row: number;
  /** From column A; null or missing is an empty cell. */
  cells: (ReportCell | null)[];
}

export interface PlacedChart extends ReportChart {
  /** The chart's anchor cell on the tab, 1-based: the report puts the chart where it stands among the tab's blocks. */
  anchorRow: number;
  anchorColumn: number;
}

export interface ReportSection {
  /** The tab's name («Итоги — план»). */
  title: string;
  /** The tab's generated kind (its developer metadata), if any. */
  kind?: string | null;
  /** The tab's rows in order, empty ones included or left out alike. */
  rows: ReportRow[];
  charts: PlacedChart[];
}

export interface ReportDoc {
  title: string;
  /** The workbook's (school's) name. */
  workbookName: string;
  /** When the report was made, as text («29.11.2026 10:15»). */
  made: string;
  sections: ReportSection[];
  /** Shown at the top: what went wrong while refreshing (the tabs are then as they were). */
  warnings?: string[];
}

function filled(c: ReportCell | null | undefined): c is ReportCell {
  return !!c && c.text !== "";
}

/** A cell with a colour fill (a heat-map cell of a count that is blank). */
function tinted(c: ReportCell | null | undefined): boolean {
  return !!c && safeColor(c.bg) !== null && !isWhite(c.bg);
}

function isBlankRow(r: ReportRow): boolean {
  return !r.cells.some((c) => filled(c) || tinted(c));
}

function isWhite(color: string | null | undefined): boolean {
  return !color || /^#(fff|ffffff)(ff)?$/i.test(color);
}

/** A row with text in column A only: a heading (bold) or a line of prose (the legend, an explanation). */
function isLone(r: ReportRow): boolean {
  return filled(r.cells[0]) && !r.cells.slice(1).some(filled);
}

/** The «Сформировано … по листам …» line: row 1 with text in column A only (a table's header row has more). */
export function builtLine(section: ReportSection): string | null {
  const first = section.rows.find((r) => !isBlankRow(r));
  if (first?.row !== 1 || !isLone(first)) return null;
  return first.cells[0]?.text ?? null;
}

interface Block {
  first: number;
  last: number;
  rows: ReportRow[];
}

/** Runs of non-blank rows: each is a heading, prose and/or a table, in the tab's order. */
export function blocksOf(rows: ReportRow[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let prev = -1;
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    if (isBlankRow(r)) {
      current = null;
      continue;
    }
    if (!current || r.row !== prev + 1) {
      current = { first: r.row, last: r.row, rows: [] };
      blocks.push(current);
    }
    current.rows.push(r);
    current.last = r.row;
    prev = r.row;
  }
  return blocks;
}

function cellStyle(c: ReportCell): string {
  const style: string[] = [];
  const bg = safeColor(c.bg);
  if (bg && !isWhite(bg)) style.push(`background:${bg}`);
  const fc = safeColor(c.color);
  if (fc && !/^#(000|000000)(ff)?$/i.test(fc)) style.push(`color:${fc}`);
  return style.length ? ` style="${style.join(";")}"` : "";
}

function cellClass(c: ReportCell & { nowrap?: boolean }): string {
  const cls: string[] = [];
  if (c.nowrap) cls.push("nw");
  if (c.link) cls.push("ln");
  if (c.bold) cls.push("b");
  if (c.italic) cls.push("i");
  if (c.align === "right") cls.push("r");
  else if (c.align === "center") cls.push("c");
  return cls.length ? ` class="${cls.join(" ")}"` : "";
}

interface Notes {
  list: string[];
}

function cellHtml(tag: "td" | "th", c: ReportCell | null | undefined, notes: Notes): string {
  if (!c) return `<${tag}></${tag}>`;
  let mark = "";
  if (c.note) {
    notes.list.push(c.note);
    mark = `<sup class="fn">${notes.list.length}</sup>`;
  }
  // A short header stays on one line («1 кл.», «% в норме»): a column is never narrower than its name.
  const cls = tag === "th" && c.text.length <= 12 ? cellClass({ ...c, nowrap: true }) : cellClass(c);
  return `<${tag}${cls}${cellStyle(c)}>${esc(c.text)}${mark}</${tag}>`;
}

function tableHtml(rows: ReportRow[], notes: Notes): string {
  const width = Math.max(
    1,
    ...rows.map((r) => {
      let w = 0;
      r.cells.forEach((c, i) => {
        if (filled(c) || tinted(c)) w = i + 1;
      });
      return w;
    }),
  );
  const pad = (r: ReportRow) => Array.from({ length: width }, (_, i) => r.cells[i] ?? null);
  const head = rows.length > 1 && rows[0].cells.filter(filled).every((c) => c.bold) ? rows[0] : null;
  const body = head ? rows.slice(1) : rows;
  const numeric = Array.from({ length: width }, (_, i) => body.some((r) => r.cells[i]?.align === "right"));
  const cls = ["grid", width === 1 ? "single" : "", width >= 6 ? "full" : ""].filter(Boolean).join(" ");
  const parts: string[] = [`<table class="${cls}">`];
  if (head) {
    parts.push(
      `<thead><tr data-row="${head.row}">${pad(head)
        .map((c, i) => cellHtml("th", c && numeric[i] && !c.align ? { ...c, align: "right" } : c, notes))
        .join("")}</tr></thead>`,
    );
  }
  parts.push("<tbody>");
  for (const r of body) {
    const total = r.cells.filter(filled).every((c) => c.bold);
    parts.push(
      `<tr data-row="${r.row}"${total ? ' class="total"' : ""}>${pad(r)
        .map((c) => cellHtml("td", c, notes))
        .join("")}</tr>`,
    );
  }
  parts.push("</tbody></table>");
  return parts.join("");
}

function notesHtml(notes: Notes, from: number): string {
  if (notes.list.length === from) return "";
  const items = notes.list
    .slice(from)
    .map((n) => `<li>${esc(n)}</li>`)
    .join("");
  return `<ol class="notes" start="${from + 1}">${items}</ol>`;
}

function blockHtml(block: Block, notes: Notes): string {
  const parts: string[] = [];
  let i = 0;
  while (i < block.rows.length && isLone(block.rows[i])) {
    const r = block.rows[i];
    const c = r.cells[0] as ReportCell;
    // A lone row followed by a table is the table's caption; a lone bold row is a heading.
    if (c.bold) parts.push(`<h3 data-row="${r.row}"${cellStyle(c)}>${esc(c.text)}</h3>`);
    else parts.push(`<p class="prose" data-row="${r.row}">${esc(c.text)}</p>`);
    i++;
  }
  let end = block.rows.length;
  while (end > i && isLone(block.rows[end - 1]) && !block.rows[end - 1].cells[0]?.bold) end--;
  if (end > i) {
    const from = notes.list.length;
    parts.push(tableHtml(block.rows.slice(i, end), notes));
    parts.push(notesHtml(notes, from));
  }
  for (const r of block.rows.slice(end))
    parts.push(`<p class="prose" data-row="${r.row}">${esc(r.cells[0]?.text ?? "")}</p>`);
  return `<div class="block">${parts.join("")}</div>`;
}

function chartHtml(chart: PlacedChart): string {
  return `<figure class="chart"><figcaption>${esc(chart.title || "Диаграмма")}</figcaption>${chartSvg(chart)}</figure>`;
}

/** A section: its built line, then blocks and charts in the tab's order (a chart goes after the block it stands by). */
export function sectionHtml(section: ReportSection, index: number): string {
  const built = builtLine(section);
  const rows = built === null ? section.rows : section.rows.filter((r) => r.row !== 1);
  const blocks = blocksOf(rows);
  const charts = [...section.charts].sort(
    (a, b) => a.anchorRow - b.anchorRow || a.anchorColumn - b.anchorColumn,
  );
  const placed = new Map<number, PlacedChart[]>();
  for (const c of charts) {
    let at = blocks.findIndex((b) => c.anchorRow <= b.last);
    if (at >= 0 && c.anchorRow < blocks[at].first) at -= 1;
    else if (at < 0) at = blocks.length - 1;
    placed.set(at, [...(placed.get(at) ?? []), c]);
  }
  const notes: Notes = { list: [] };
  const body: string[] = [];
  if (blocks.length === 0) body.push('<p class="prose muted">Лист пуст.</p>');
  const before = placed.get(-1) ?? [];
  body.push(...before.map(chartHtml));
  blocks.forEach((b, i) => {
    body.push(blockHtml(b, notes));
    body.push(...(placed.get(i) ?? []).map(chartHtml));
  });
  return (
    `<section class="tab" id="tab-${index + 1}" data-tab="${esc(section.title)}"${section.kind ? ` data-kind="${esc(section.kind)}"` : ""}>` +
    `<h2>${esc(section.title)}</h2>` +
    (built !== null ? `<p class="built" data-row="1">${esc(built)}</p>` : "") +
    body.join("") +
    "</section>"
  );
}

export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 210mm; padding: 14mm 12mm; font: 10.5pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1f2328; background: #fff; }
header.cover { border-bottom: 2px solid #1a73e8; padding-bottom: 8px; margin-bottom: 14px; }
header.cover .kicker { margin: 0; font-size: 9pt; letter-spacing: .06em; text-transform: uppercase; color: #1a73e8; font-weight: 600; }
h1 { font-size: 18pt; margin: 2px 0 4px; line-height: 1.2; }
header.cover .meta { margin: 0; color: #57606a; font-size: 9.5pt; }
nav.toc { margin: 8px 0 0; font-size: 9.5pt; }
nav.toc ol { margin: 4px 0 0; padding-left: 20px; columns: 2; column-gap: 24px; }
nav.toc a { color: inherit; text-decoration: none; }
.warnings { border: 1px solid #d93025; background: #fce8e6; color: #a50e0e; padding: 6px 10px; border-radius: 4px; margin: 10px 0; }
.warnings p { margin: 2px 0; }
section.tab { margin-top: 18px; }
h2 { font-size: 14pt; margin: 0 0 2px; padding-bottom: 3px; border-bottom: 1px solid #d0d7de; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 12px 0 4px; break-after: avoid; page-break-after: avoid; }
p.built { margin: 2px 0 10px; font-size: 8.5pt; color: #57606a; font-style: italic; }
p.prose { margin: 6px 0; }
.muted { color: #57606a; }
.block { margin: 6px 0 10px; }
table.grid { border-collapse: collapse; width: auto; max-width: 100%; font-size: 9pt; margin: 2px 0 4px; }
table.grid th, table.grid td { border: 1px solid #c8ccd1; padding: 2px 6px; vertical-align: top; white-space: pre-wrap; overflow-wrap: break-word; }
table.grid td { overflow-wrap: anywhere; }
table.grid th { background: #eef1f4; font-weight: 600; text-align: left; }
table.grid.full { width: 100%; }
table.grid.single td { border: none; padding-left: 0; }
table.grid tr.total td { border-top: 1.5px solid #6e7781; }
.b { font-weight: 600; } .i { font-style: italic; } .r { text-align: right !important; } .c { text-align: center !important; }
.nw { white-space: nowrap !important; }
.ln { color: #57606a; font-size: 8pt; }
td.r, th.r { font-variant-numeric: tabular-nums; }
table.grid td.r { white-space: nowrap; overflow-wrap: normal; }
sup.fn { font-size: 7pt; color: #1a73e8; margin-left: 1px; }
ol.notes { margin: 2px 0 8px; padding-left: 18px; font-size: 8pt; color: #57606a; }
figure.chart { margin: 10px 0 14px; padding: 8px 10px 6px; border: 1px solid #d0d7de; border-radius: 4px; max-width: 100%; break-inside: avoid; page-break-inside: avoid; }
figure.chart figcaption { font-weight: 600; font-size: 10pt; margin-bottom: 4px; }
svg.chart-svg { display: block; width: 100%; height: auto; max-width: 680px; font-family: inherit; }
svg .grid { stroke: #e3e6ea; stroke-width: 1; }
svg .axis { stroke: #57606a; stroke-width: 1; }
svg .tick, svg .cat { fill: #3d444d; }
svg .value { fill: #1f2328; font-size: 10px; }
svg .value.inside { fill: #fff; font-weight: 600; }
svg .legend { fill: #1f2328; }
svg .axis-title { fill: #57606a; font-style: italic; }
svg .empty { fill: #57606a; }
footer.end { margin-top: 18px; padding-top: 6px; border-top: 1px solid #d0d7de; font-size: 8pt; color: #57606a; }
@page { size: A4; margin: 12mm 10mm 14mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #57606a; } }
@media print {
  body { max-width: none; padding: 0; }
  nav.toc { display: none; }
  section.tab + section.tab { break-before: page; page-break-before: always; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The whole page. */
export function reportHtml(doc: ReportDoc): string {
  const toc = doc.sections.map((s, i) => `<li><a href="#tab-${i + 1}">${esc(s.title)}</a></li>`).join("");
  const warnings = doc.warnings?.length
    ? `<div class="warnings" role="alert">${doc.warnings.map((w) => `<p>${esc(w)}</p>`).join("")}</div>`
    : "";
  const noted = doc.sections.some((s) => s.rows.some((r) => r.cells.some((c) => c?.note)));
  const sections = doc.sections.length
    ? doc.sections.map(sectionHtml).join("")
    : '<p class="prose muted">В книге нет листов итогов: выполните «ПрофТрек → Обновить итоги».</p>';
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ПрофТрек">
<title>${esc(doc.title)} — ${esc(doc.workbookName)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="cover">
<p class="kicker">ПрофТрек · отчёт для печати</p>
<h1>${esc(doc.title)}</h1>
<p class="meta">${esc(doc.workbookName)} · отчёт составлен ${esc(doc.made)} · листов: ${doc.sections.length}</p>
${doc.sections.length > 1 ? `<nav class="toc" aria-label="Содержание"><b>Содержание</b><ol>${toc}</ol></nav>` : ""}
</header>
${warnings}
<main>${sections}</main>
<footer class="end">Цифры — как на листах итогов в момент составления отчёта${noted ? "; как считается каждая — в примечаниях под таблицами (номера у заголовков)" : ""}. Составлено ПрофТрек.</footer>
</body>
</html>
`;
}
