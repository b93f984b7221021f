// The offline report's pure renderer: escaping, blocks of a tab, print CSS, and SVG charts drawn from plain data.

import {
  blocksOf,
  builtLine,
  type ReportDoc,
  type ReportSection,
  reportHtml,
  sectionHtml,
} from "../../../emulator/report/html";
import { chartKind, chartSvg, niceTicks, type ReportChart, tickLabel } from "../../../emulator/report/svg";

const XSS = "<img src=x onerror=alert(1)>";

function section(over: Partial<ReportSection> = {}): ReportSection {
  return {
    title: "Итоги — план",
    kind: "plan-summary",
    rows: [
      { row: 1, cells: [{ text: "Сформировано ПрофТрек 29.11.2026 10:15 по листам: План." }] },
      { row: 2, cells: [] },
      { row: 3, cells: [{ text: "Охват по четвертям", bold: true }] },
      {
        row: 4,
        cells: [
          { text: "Четверть", bold: true, bg: "#e8eaed" },
          { text: "% в норме", bold: true, bg: "#e8eaed", note: "Доля ячеек «предмет × параллель» с нормой" },
        ],
      },
      { row: 5, cells: [{ text: "1 четверть" }, { text: "89,6", align: "right", bg: "#b7e1cd" }] },
      { row: 6, cells: [{ text: "2 четверть" }, { text: "0", align: "right", bg: "#f4c7c3" }] },
      {
        row: 7,
        cells: [
          { text: "За год", bold: true },
          { text: "44,8", bold: true, align: "right" },
        ],
      },
      { row: 8, cells: [] },
      { row: 9, cells: [{ text: "Зелёный — норма выполнена, красный — ни одного знакомства." }] },
    ],
    charts: [],
    ...over,
  };
}

const chart = (over: Partial<ReportChart> = {}): ReportChart => ({
  type: "COLUMN",
  title: "Ячеек в норме, %",
  categories: ["1 четверть", "2 четверть", "3 четверть"],
  series: [{ name: "% в норме", values: [89.6, 0, 92.2], shown: ["89,6", "0", "92,2"] }],
  ...over,
});

function doc(sections: ReportSection[]): ReportDoc {
  return { title: "Итоги", workbookName: "Школа № 7", made: "29.11.2026 10:15", sections };
}

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

test("every text of a tab is escaped: a payload in a cell, a title, a note, a chart label renders as text", () => {
  const s = section({
    title: `Итоги — ${XSS}`,
    rows: [
      { row: 1, cells: [{ text: XSS }] },
      {
        row: 3,
        cells: [
          { text: `«${XSS}»`, bold: true, note: XSS },
          { text: "B", bold: true },
        ],
      },
      { row: 4, cells: [{ text: XSS }, { text: '"><script>alert(2)</script>' }] },
    ],
    charts: [
      {
        ...chart({ title: XSS, categories: [XSS, "b", "c"], series: [{ name: XSS, values: [1, 2, 3] }] }),
        anchorRow: 3,
        anchorColumn: 4,
      },
    ],
  });
  const html = reportHtml({ ...doc([s]), workbookName: XSS, warnings: [XSS] });
  expect(html).not.toContain("<img");
  expect(html).not.toContain("<script>alert");
  expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  expect(html).toContain("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
  // No script at all, and a CSP that forbids any request and any script.
  expect(html).not.toMatch(/<script/i);
  expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  expect(html).not.toMatch(/@import|url\(/i);
});

test("a colour from the workbook reaches CSS only as #hex: anything else is dropped", () => {
  const s = section({
    rows: [
      {
        row: 2,
        cells: [
          { text: "a", bg: "red;background:url(http://evil/x)" },
          { text: "b", bg: "#f4c7c3" },
        ],
      },
      { row: 3, cells: [{ text: "c", color: "#a50e0e" }, { text: "d" }] },
    ],
  });
  const html = sectionHtml(s, 0);
  expect(html).not.toContain("evil");
  expect(html).toContain('style="background:#f4c7c3"');
  expect(html).toContain('style="color:#a50e0e"');
});

test("a tab's rows become its built line, headings, prose and tables with a repeating header, in the tab's order", () => {
  const s = section();
  expect(builtLine(s)).toBe("Сформировано ПрофТрек 29.11.2026 10:15 по листам: План.");
  expect(blocksOf(s.rows.slice(1)).map((b) => [b.first, b.last])).toEqual([
    [3, 7],
    [9, 9],
  ]);
  const html = sectionHtml(s, 0);
  expect(html).toContain('<p class="built" data-row="1">Сформировано ПрофТрек 29.11.2026 10:15');
  expect(html).toContain('<h3 data-row="3">Охват по четвертям</h3>');
  expect(html).toMatch(/<thead><tr data-row="4"><th class="nw b" style="background:#e8eaed">Четверть<\/th>/);
  // The figures exactly as the tab shows them, with their conditional colours, numbers on the right.
  expect(html).toContain('<td class="r" style="background:#b7e1cd">89,6</td>');
  expect(html).toContain('<td class="r" style="background:#f4c7c3">0</td>');
  expect(html).toContain('<tr data-row="7" class="total">');
  // A header's note (how the figure is counted) is a numbered footnote under its table.
  expect(html).toContain('% в норме<sup class="fn">1</sup>');
  expect(html).toContain(
    '<ol class="notes" start="1"><li>Доля ячеек «предмет × параллель» с нормой</li></ol>',
  );
  expect(html).toContain('<p class="prose" data-row="9">Зелёный — норма выполнена');
  expect(html.indexOf("Охват")).toBeLessThan(html.indexOf("Зелёный"));
});

test("a tab whose first row is its header has no built line; the header still repeats", () => {
  const s = section({
    rows: [
      {
        row: 1,
        cells: [
          { text: "Код", bold: true },
          { text: "Дата", bold: true },
        ],
      },
      { row: 2, cells: [{ text: "9А-001" }, { text: "15.10.2026", align: "right" }] },
    ],
  });
  expect(builtLine(s)).toBeNull();
  expect(sectionHtml(s, 0)).toContain('<thead><tr data-row="1">');
  // A lone first row is the built line, bold or not.
  const bold = section({ rows: [{ row: 1, cells: [{ text: "Сформировано …", bold: true }] }] });
  expect(builtLine(bold)).toBe("Сформировано …");
});

test("a chart stands after the block beside its anchor, or in the gap it was anchored in", () => {
  const s = section({
    charts: [
      { ...chart({ title: "В промежутке" }), anchorRow: 8, anchorColumn: 1 },
      { ...chart({ title: "Рядом с таблицей" }), anchorRow: 4, anchorColumn: 6 },
    ],
  });
  const html = sectionHtml(s, 0);
  const table = html.indexOf("</table>");
  const beside = html.indexOf("Рядом с таблицей");
  const gap = html.indexOf("В промежутке");
  const legend = html.indexOf("Зелёный");
  expect(table).toBeLessThan(beside);
  expect(beside).toBeLessThan(gap);
  expect(gap).toBeLessThan(legend);
  expect(count(html, /<figure class="chart">/g)).toBe(2);
});

test("print CSS: A4 pages, a page break between sections, headers repeat, a chart never splits", () => {
  const html = reportHtml(doc([section(), section({ title: "Итоги — оборудование" })]));
  expect(html).toContain("@page { size: A4;");
  expect(html).toMatch(/section\.tab \+ section\.tab \{ break-before: page; page-break-before: always; \}/);
  expect(html).toMatch(/thead \{ display: table-header-group; \}/);
  expect(html).toMatch(/figure\.chart \{[^}]*break-inside: avoid; page-break-inside: avoid;/);
  expect(html).toContain("print-color-adjust: exact");
  expect(count(html, /<section class="tab"/g)).toBe(2);
  expect(html).toContain('<a href="#tab-2">Итоги — оборудование</a>');
});

test("no summary tab: the page says how to make them", () => {
  expect(reportHtml(doc([]))).toContain("В книге нет листов итогов");
});

test("SVG column chart: one bar per data point, the values as the tab shows them, the axis bounds honoured", () => {
  const svg = chartSvg(chart({ maxValue: 100 }));
  expect(count(svg, /class="bar"/g)).toBe(3);
  expect(svg).toContain(">89,6</text>");
  expect(svg).toContain(">100</text>");
  expect(svg).toContain('data-chart-type="COLUMN"');
  // One series: no legend; the bars use Sheets' first default colour.
  expect(svg).not.toContain('class="legend"');
  expect(svg).toContain('fill="#4285f4"');
});

test("SVG stacked bar chart: bars = categories × series, series colours from the chart, a legend", () => {
  const c = chart({
    type: "BAR",
    stacked: true,
    colors: ["#34a853", "#fbbc04", "#ea4335"],
    categories: ["Кабинет химии", "Кабинет физики"],
    series: [
      { name: "исправно", values: [6, 6] },
      { name: "требует ремонта", values: [1, 0] },
      { name: "неисправно", values: [0, 1] },
    ],
    hAxisTitle: "Единиц",
  });
  const svg = chartSvg(c);
  expect(count(svg, /class="bar"/g)).toBe(6);
  for (const color of ["#34a853", "#fbbc04", "#ea4335"]) expect(svg).toContain(`fill="${color}"`);
  expect(svg).toContain(">требует ремонта</text>");
  expect(svg).toContain('class="axis-title">Единиц</text>');
  // Stacked: the second segment of a bar starts where the first ended.
  const rects = [
    ...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*class="bar" data-series="(\d)"/g),
  ];
  const first = rects.find((r) => r[4] === "0")!;
  const second = rects.find((r) => r[4] === "1")!;
  expect(Number(second[1])).toBeCloseTo(Number(first[1]) + Number(first[3]), 1);
});

test("SVG line and pie charts: a point per value, a slice per category; unknown types as columns", () => {
  const line = chartSvg(
    chart({
      type: "LINE",
      series: [
        { name: "a", values: [1, 2, 3] },
        { name: "b", values: [3, 2, 1] },
      ],
    }),
  );
  expect(count(line, /class="point"/g)).toBe(6);
  expect(count(line, /<polyline/g)).toBe(2);
  const pie = chartSvg(chart({ type: "PIE", series: [{ name: "a", values: [1, 1, 2] }] }));
  expect(count(pie, /class="slice"/g)).toBe(3);
  expect(pie).toContain("3 четверть — 2 (50%)");
  expect(chartKind("COMBO")).toBe("COLUMN");
  expect(chartSvg(chart({ series: [] }))).toContain("Нет данных для диаграммы");
});

test("ticks: 1-2-5 steps covering the data; percent axes in whole percents with the locale's comma", () => {
  expect(niceTicks(0, 92.2)).toEqual([0, 20, 40, 60, 80, 100]);
  expect(niceTicks(0, 9)).toEqual([0, 2, 4, 6, 8, 10]);
  expect(tickLabel(0.25, { percent: true, decimal: "," })).toBe("25%");
  expect(tickLabel(0.125, { percent: true, decimal: "," })).toBe("12,5%");
  expect(tickLabel(2.5, { decimal: "," })).toBe("2,5");
});

test("SVG combo: a series marked as a line is drawn over the columns (hours against the target)", () => {
  const svg = chartSvg(
    chart({
      series: [
        { name: "Часов в среднем", values: [30, 41, 12] },
        { name: "Цель", values: [40, 40, 40], line: true },
      ],
    }),
  );
  expect(count(svg, /class="bar"/g)).toBe(3);
  expect(count(svg, /class="point"/g)).toBe(3);
  expect(count(svg, /<polyline/g)).toBe(1);
  expect(svg).toContain(">Цель</text>");
});
