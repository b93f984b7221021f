// An embedded chart of a summary tab re-drawn as a static inline SVG string: column, bar (grouped or stacked), line,
// area and pie, with axis ticks and titles, value labels, a legend and the chart's own series colours. Pure: plain
// data in, markup out; every text is escaped.

import { esc, safeColor } from "./escape";

/** Google Sheets' default series palette, used where a chart sets no `colors`. */
export const DEFAULT_COLORS = [
  "#4285f4",
  "#ea4335",
  "#fbbc04",
  "#34a853",
  "#ff6d01",
  "#46bdc6",
  "#7baaf7",
  "#f07b72",
  "#fcd04f",
  "#71c287",
];

export interface ChartSeries {
  name: string;
  values: number[];
  /** The values as the tab shows them (its number format), for the labels on bars and slices. */
  shown?: string[];
  /** In a COLUMN chart, drawn as a line over the columns (Sheets' `series.N.type: "line"`: a target, a mean). */
  line?: boolean;
}

export interface ReportChart {
  /** Apps Script Charts.ChartType name: COLUMN, BAR, LINE, AREA, PIE; another type is drawn as columns. */
  type: string;
  title: string;
  /** One per data point of a series (the first column of the chart's range). */
  categories: string[];
  series: ChartSeries[];
  colors?: string[];
  stacked?: boolean;
  /** False when the chart says `legend: "none"`. */
  legend?: boolean;
  /** Axis titles as Sheets names them: hAxis is horizontal (categories of a COLUMN chart, values of a BAR chart). */
  hAxisTitle?: string;
  vAxisTitle?: string;
  /** Bounds of the value axis set by the chart (they widen the axis; data beyond them still shows). */
  minValue?: number;
  maxValue?: number;
  /** The values are fractions shown as percents (the data cells' number format has %). */
  percent?: boolean;
  /** Decimal separator of the workbook's locale. */
  decimal?: string;
}

const WIDTH = 680;
const FONT = 11;
/** A rough width of a character at 11px in the report's sans-serif font. */
const CHAR = 6.3;

function textWidth(s: string): number {
  return s.length * CHAR;
}

function short(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, Math.max(1, n - 1))}…` : s;
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A tick label: a percent axis as whole percents, otherwise the number with the locale's decimal separator. */
export function tickLabel(v: number, chart: Pick<ReportChart, "percent" | "decimal">): string {
  if (chart.percent) return `${Math.round(v * 1000) / 10}%`.replace(".", chart.decimal ?? ",");
  const rounded = Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
  return String(rounded).replace(".", chart.decimal ?? ",");
}

/** Ticks at a step of 1, 2 or 5 × 10^k covering [min, max] in about five steps. */
export function niceTicks(min: number, max: number): number[] {
  if (max <= min) max = min + 1;
  const raw = (max - min) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  const from = Math.floor(min / step + 1e-9) * step;
  const to = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = from; t <= to + step / 2; t += step) ticks.push(Math.round(t / step) * step);
  return ticks;
}

function colorsOf(chart: ReportChart): string[] {
  const own = (chart.colors ?? []).map(safeColor).filter((c): c is string => c !== null);
  return own.length ? own : DEFAULT_COLORS;
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${esc(typeof v === "number" ? num(v) : v)}"`)
    .join("");
}

function el(tag: string, a: Record<string, string | number>, body?: string): string {
  return body === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${body}</${tag}>`;
}

function text(a: Record<string, string | number>, s: string): string {
  return el("text", a, esc(s));
}

interface Legend {
  markup: string;
  height: number;
}

/** Legend entries in rows under the plot, wrapping at the chart's width. */
function legend(names: string[], colors: string[], top: number, left: number): Legend {
  const parts: string[] = [];
  let x = left;
  let y = top;
  names.forEach((name, i) => {
    const label = short(name, 40);
    const w = 14 + textWidth(label) + 18;
    if (x + w > WIDTH - 8 && x > left) {
      x = left;
      y += 18;
    }
    parts.push(
      el("rect", { x, y: y - 9, width: 10, height: 10, rx: 2, fill: colors[i % colors.length] }),
      text({ x: x + 14, y, class: "legend" }, label),
    );
    x += w;
  });
  return { markup: `<g class="legend">${parts.join("")}</g>`, height: names.length ? y - top + 18 : 0 };
}

function svgRoot(chart: ReportChart, height: number, body: string): string {
  const kind = chartKind(chart.type);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" data-chart-type="${esc(kind)}" role="img"` +
    ` viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}" font-size="${FONT}">` +
    `<title>${esc(chart.title || "Диаграмма")}</title>${body}</svg>`
  );
}

/** The kind the report draws for a Sheets chart type. */
export function chartKind(type: string): "COLUMN" | "BAR" | "LINE" | "AREA" | "PIE" {
  const t = type.toUpperCase();
  if (t === "BAR" || t === "LINE" || t === "AREA" || t === "PIE") return t;
  if (t === "STEPPED_AREA") return "AREA";
  return "COLUMN";
}

/** The chart as an <svg> element's markup; a chart with no numbers says so instead of drawing empty axes. */
export function chartSvg(chart: ReportChart): string {
  const kind = chartKind(chart.type);
  if (chart.series.length === 0 || chart.categories.length === 0)
    return svgRoot(chart, 40, text({ x: 8, y: 24, class: "empty" }, "Нет данных для диаграммы"));
  if (kind === "PIE") return pieSvg(chart);
  if (kind === "BAR") return barSvg(chart);
  return columnSvg(chart, kind);
}

interface Scale {
  min: number;
  max: number;
  ticks: number[];
  at(v: number): number;
}

function valueScale(chart: ReportChart, stacked: boolean, length: number): Scale {
  const n = chart.categories.length;
  const values = stacked
    ? Array.from({ length: n }, (_, i) => {
        let pos = 0;
        let neg = 0;
        for (const s of chart.series) {
          if (s.line) continue;
          const v = s.values[i] ?? 0;
          if (v >= 0) pos += v;
          else neg += v;
        }
        return [pos, neg];
      })
        .flat()
        .concat(chart.series.filter((s) => s.line).flatMap((s) => s.values))
    : chart.series.flatMap((s) => s.values);
  const finite = values.filter((v) => Number.isFinite(v));
  let max = Math.max(0, ...finite, chart.maxValue ?? Number.NEGATIVE_INFINITY);
  const min = Math.min(0, ...finite, chart.minValue ?? Number.POSITIVE_INFINITY);
  if (max === min) max = min + 1;
  const ticks =
    chart.maxValue !== undefined && chart.maxValue >= max
      ? niceTicks(min, chart.maxValue)
      : niceTicks(min, max);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  return { min: lo, max: hi, ticks, at: (v) => ((v - lo) / (hi - lo)) * length };
}

function shownOf(s: ChartSeries, i: number, chart: ReportChart): string {
  return s.shown?.[i] ?? tickLabel(s.values[i] ?? 0, chart);
}

/**
 * Where a bar of category `i` starts and ends on the value axis: from 0, or stacked on the bars below it (positive
 * values upwards, negative downwards; `base` keeps both running totals per category).
 */
function barSpan(base: [number, number][], i: number, raw: number, stacked: boolean): [number, number] {
  const v = Number.isFinite(raw) ? raw : 0;
  const side = v >= 0 ? 0 : 1;
  const from = stacked ? base[i][side] : 0;
  if (stacked) base[i][side] = from + v;
  return [from, from + v];
}

/** The axes' titles: the vertical one turned along the left edge, the horizontal one centred at `hTitleY`. */
function axisTitles(
  chart: ReportChart,
  plot: { left: number; top: number; pw: number; ph: number },
  hTitleY: number,
): string[] {
  const out: string[] = [];
  const middle = plot.top + plot.ph / 2;
  if (chart.vAxisTitle)
    out.push(
      text(
        {
          x: 12,
          y: middle,
          "text-anchor": "middle",
          transform: `rotate(-90 12 ${num(middle)})`,
          class: "axis-title",
        },
        chart.vAxisTitle,
      ),
    );
  if (chart.hAxisTitle)
    out.push(
      text(
        { x: plot.left + plot.pw / 2, y: hTitleY, "text-anchor": "middle", class: "axis-title" },
        chart.hAxisTitle,
      ),
    );
  return out;
}

/** Vertical bars (COLUMN), a LINE or an AREA over categories along the horizontal axis. */
function columnSvg(chart: ReportChart, kind: "COLUMN" | "LINE" | "AREA"): string {
  const colors = colorsOf(chart);
  const stacked = chart.stacked === true && kind !== "LINE";
  const n = chart.categories.length;
  const bars = kind === "COLUMN" ? chart.series.filter((s) => !s.line) : [];
  const k = Math.max(1, bars.length);
  const showLegend = chart.legend !== false && (chart.series.length > 1 || chart.legend === true);
  const maxTick = Math.max(...valueScale(chart, stacked, 1).ticks.map((t) => textWidth(tickLabel(t, chart))));
  const left = 10 + maxTick + (chart.vAxisTitle ? 18 : 0);
  const right = 12;
  const top = 12;
  const pw = WIDTH - left - right;
  const band = pw / n;
  const longest = Math.max(...chart.categories.map((c) => textWidth(short(c, 24))));
  const rotate = longest > band - 4;
  const labelRoom = rotate ? Math.min(120, longest * 0.72 + 12) : 18;
  const ph = 220;
  const scale = valueScale(chart, stacked, ph);
  const legendTop = top + ph + labelRoom + (chart.hAxisTitle ? 22 : 6) + 12;
  const lg = showLegend
    ? legend(
        chart.series.map((s) => s.name),
        colors,
        legendTop,
        left,
      )
    : { markup: "", height: 0 };
  const height = legendTop + lg.height + (showLegend ? 0 : -8);
  const y = (v: number) => top + ph - scale.at(v);
  const parts: string[] = [];
  for (const t of scale.ticks) {
    parts.push(el("line", { x1: left, x2: left + pw, y1: y(t), y2: y(t), class: "grid" }));
    parts.push(text({ x: left - 6, y: y(t) + 4, "text-anchor": "end", class: "tick" }, tickLabel(t, chart)));
  }
  chart.categories.forEach((c, i) => {
    const x = left + band * (i + 0.5);
    const label = short(c, 24);
    if (rotate)
      parts.push(
        text(
          {
            x,
            y: top + ph + 12,
            "text-anchor": "end",
            transform: `rotate(-40 ${num(x)} ${num(top + ph + 12)})`,
            class: "cat",
          },
          label,
        ),
      );
    else parts.push(text({ x, y: top + ph + 15, "text-anchor": "middle", class: "cat" }, label));
  });
  const base = chart.categories.map((): [number, number] => [0, 0]);
  const labels = !stacked && kind === "COLUMN" && n * k <= 48 && band / k >= 14;
  chart.series.forEach((s, j) => {
    const color = colors[j % colors.length];
    if (kind === "COLUMN" && !s.line) {
      const thick = (band * 0.72) / (stacked ? 1 : k);
      const at = bars.indexOf(s);
      s.values.forEach((raw, i) => {
        const x = left + band * i + band * 0.14 + (stacked ? 0 : thick * at);
        const [from, to] = barSpan(base, i, raw, stacked);
        const y1 = Math.min(y(from), y(to));
        const h = Math.abs(y(to) - y(from));
        parts.push(
          el(
            "rect",
            { x, y: y1, width: thick, height: h, fill: color, class: "bar", "data-series": j },
            `<title>${esc(`${chart.categories[i]} · ${s.name}: ${shownOf(s, i, chart)}`)}</title>`,
          ),
        );
        if (labels)
          parts.push(
            text(
              {
                x: x + thick / 2,
                y: to >= from ? y1 - 3 : y1 + h + 11,
                "text-anchor": "middle",
                class: "value",
              },
              shownOf(s, i, chart),
            ),
          );
        else if (stacked && h >= 14 && to !== from)
          parts.push(
            text(
              { x: x + thick / 2, y: y1 + h / 2 + 4, "text-anchor": "middle", class: "value inside" },
              shownOf(s, i, chart),
            ),
          );
      });
    } else {
      const onStack = stacked && kind !== "COLUMN";
      const pts = s.values.map((raw, i) => {
        const v = Number.isFinite(raw) ? raw : 0;
        const from = onStack ? base[i][0] : 0;
        if (onStack) base[i][0] = from + v;
        return { x: left + band * (i + 0.5), y: y(from + v), y0: y(from) };
      });
      if (kind === "AREA") {
        const back = [...pts].reverse().map((p) => `${num(p.x)},${num(p.y0)}`);
        const area = [...pts.map((p) => `${num(p.x)},${num(p.y)}`), ...back].join(" ");
        parts.push(el("polygon", { points: area, fill: color, "fill-opacity": 0.3, stroke: "none" }));
      }
      parts.push(
        el("polyline", {
          points: pts.map((p) => `${num(p.x)},${num(p.y)}`).join(" "),
          fill: "none",
          stroke: color,
          "stroke-width": 2.5,
        }),
      );
      pts.forEach((p, i) => {
        parts.push(
          el(
            "circle",
            { cx: p.x, cy: p.y, r: 3.5, fill: color, class: "point", "data-series": j },
            `<title>${esc(`${chart.categories[i]} · ${s.name}: ${shownOf(s, i, chart)}`)}</title>`,
          ),
        );
      });
    }
  });
  parts.push(el("line", { x1: left, x2: left + pw, y1: y(0), y2: y(0), class: "axis" }));
  parts.push(...axisTitles(chart, { left, top, pw, ph }, top + ph + labelRoom + 16));
  return svgRoot(chart, height, parts.join("") + lg.markup);
}

/** Horizontal bars (BAR): categories down the left, values along the bottom. */
function barSvg(chart: ReportChart): string {
  const colors = colorsOf(chart);
  const stacked = chart.stacked === true;
  const n = chart.categories.length;
  const k = chart.series.length;
  const showLegend = chart.legend !== false && (k > 1 || chart.legend === true);
  const left =
    12 +
    Math.min(230, Math.max(...chart.categories.map((c) => textWidth(short(c, 36))))) +
    (chart.vAxisTitle ? 18 : 0);
  const right = 40;
  const top = 8;
  const rowH = stacked || k === 1 ? 22 : Math.max(22, 12 * k + 8);
  const ph = n * rowH;
  const pw = WIDTH - left - right;
  const scale = valueScale(chart, stacked, pw);
  const x = (v: number) => left + scale.at(v);
  const legendTop = top + ph + 22 + (chart.hAxisTitle ? 18 : 0) + 14;
  const lg = showLegend
    ? legend(
        chart.series.map((s) => s.name),
        colors,
        legendTop,
        left,
      )
    : { markup: "", height: 0 };
  const height = legendTop + lg.height + (showLegend ? 0 : -10);
  const parts: string[] = [];
  for (const t of scale.ticks) {
    parts.push(el("line", { x1: x(t), x2: x(t), y1: top, y2: top + ph, class: "grid" }));
    parts.push(
      text({ x: x(t), y: top + ph + 15, "text-anchor": "middle", class: "tick" }, tickLabel(t, chart)),
    );
  }
  chart.categories.forEach((c, i) => {
    parts.push(
      text({ x: left - 6, y: top + rowH * (i + 0.5) + 4, "text-anchor": "end", class: "cat" }, short(c, 36)),
    );
  });
  const base = chart.categories.map((): [number, number] => [0, 0]);
  const labels = !stacked;
  chart.series.forEach((s, j) => {
    const color = colors[j % colors.length];
    const thick = (rowH * 0.7) / (stacked ? 1 : k);
    s.values.forEach((raw, i) => {
      const yy = top + rowH * i + rowH * 0.15 + (stacked ? 0 : thick * j);
      const [from, to] = barSpan(base, i, raw, stacked);
      const x1 = Math.min(x(from), x(to));
      const w = Math.abs(x(to) - x(from));
      parts.push(
        el(
          "rect",
          { x: x1, y: yy, width: w, height: thick, fill: color, class: "bar", "data-series": j },
          `<title>${esc(`${chart.categories[i]} · ${s.name}: ${shownOf(s, i, chart)}`)}</title>`,
        ),
      );
      if (labels && thick >= 9)
        parts.push(text({ x: x1 + w + 4, y: yy + thick / 2 + 4, class: "value" }, shownOf(s, i, chart)));
      else if (stacked && w >= textWidth(shownOf(s, i, chart)) + 6 && to !== from)
        parts.push(
          text(
            { x: x1 + w / 2, y: yy + thick / 2 + 4, "text-anchor": "middle", class: "value inside" },
            shownOf(s, i, chart),
          ),
        );
    });
  });
  parts.push(el("line", { x1: x(0), x2: x(0), y1: top, y2: top + ph, class: "axis" }));
  parts.push(...axisTitles(chart, { left, top, pw, ph }, top + ph + 34));
  return svgRoot(chart, height, parts.join("") + lg.markup);
}

/** A PIE of the first series, with a legend of category — value (share) to its right. */
function pieSvg(chart: ReportChart): string {
  const colors = colorsOf(chart);
  const s = chart.series[0];
  const values = s.values.map((v) => (Number.isFinite(v) ? Math.max(0, v) : 0));
  const total = values.reduce((a, b) => a + b, 0);
  const r = 110;
  const cx = 20 + r;
  const cy = 20 + r;
  const height = Math.max(2 * r + 40, 30 + values.length * 20);
  const parts: string[] = [];
  let angle = -Math.PI / 2;
  const p = (a: number) => `${num(cx + r * Math.cos(a))},${num(cy + r * Math.sin(a))}`;
  values.forEach((v, i) => {
    const color = colors[i % colors.length];
    const share = total > 0 ? v / total : 0;
    const a2 = angle + share * Math.PI * 2;
    const d =
      share >= 0.9999
        ? `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`
        : `M${cx},${cy}L${p(angle)}A${r},${r} 0 ${a2 - angle > Math.PI ? 1 : 0},1 ${p(a2)}Z`;
    const label = `${chart.categories[i]} — ${shownOf(s, i, chart)} (${Math.round(share * 100)}%)`;
    parts.push(
      el(
        "path",
        { d, fill: color, stroke: "#fff", "stroke-width": 1, class: "slice" },
        `<title>${esc(label)}</title>`,
      ),
    );
    parts.push(el("rect", { x: 2 * r + 60, y: 22 + i * 20, width: 11, height: 11, rx: 2, fill: color }));
    parts.push(text({ x: 2 * r + 77, y: 32 + i * 20, class: "legend" }, short(label, 56)));
    angle = a2;
  });
  if (total === 0)
    parts.push(text({ x: cx, y: cy, "text-anchor": "middle", class: "empty" }, "Все значения — 0"));
  return svgRoot(chart, height, parts.join(""));
}
