// A sheet's embedded charts as simple inline SVG (bar, column, line, pie), drawn from the chart spec and the sheet's data.

import type { ChartJson } from "../api-types";

const COLORS = ["#4285f4", "#db4437", "#f4b400", "#0f9d58", "#ab47bc", "#00acc1", "#ff7043", "#9e9d24"];
const NS = "http://www.w3.org/2000/svg";

interface Series {
  name: string;
  values: number[];
}
export interface ChartData {
  labels: string[];
  series: Series[];
}

/** Labels from the first column, series from the numeric columns; the first row is the header when it holds no numbers. */
export function chartData(data: (string | number | null)[][]): ChartData {
  const rows = data.filter((r) => r.some((x) => x !== null && x !== ""));
  if (rows.length === 0) return { labels: [], series: [] };
  const width = Math.max(...rows.map((r) => r.length));
  const header = rows.length > 1 && rows[0].slice(1).every((x) => typeof x !== "number") ? rows[0] : null;
  const body = header ? rows.slice(1) : rows;
  const firstIsLabel = width > 1 || body.some((r) => typeof r[0] !== "number");
  const first = firstIsLabel ? 1 : 0;
  const series: Series[] = [];
  for (let c = first; c < width; c++) {
    if (!body.some((r) => typeof r[c] === "number")) continue;
    series.push({
      name: String(header?.[c] ?? `Ряд ${series.length + 1}`),
      values: body.map((r) => (typeof r[c] === "number" ? (r[c] as number) : 0)),
    });
  }
  const labels = body.map((r, i) => (firstIsLabel ? String(r[0] ?? "") : String(i + 1)));
  return { labels, series };
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function short(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100).replace(".", ",");
}

function drawPie(g: SVGGElement, d: ChartData, w: number, h: number): void {
  const values = d.series[0]?.values.map((v) => Math.max(0, v)) ?? [];
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const r = Math.min(w * 0.5, h) / 2 - 4;
  const cx = r + 8;
  const cy = h / 2;
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    const a2 = angle + (v / total) * Math.PI * 2;
    const large = a2 - angle > Math.PI ? 1 : 0;
    const p = (a: number) => `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
    const path =
      v >= total
        ? `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`
        : `M${cx},${cy}L${p(angle)}A${r},${r} 0 ${large},1 ${p(a2)}Z`;
    const slice = svg("path", { d: path, fill: COLORS[i % COLORS.length], stroke: "#fff" });
    slice.append(svg("title", {}, `${d.labels[i]}: ${fmt(v)}`));
    g.append(slice);
    g.append(
      svg("rect", { x: 2 * r + 24, y: 8 + i * 18, width: 10, height: 10, fill: COLORS[i % COLORS.length] }),
    );
    g.append(
      svg(
        "text",
        { x: 2 * r + 40, y: 17 + i * 18, class: "legend" },
        short(`${d.labels[i]} — ${fmt(v)}`, 30),
      ),
    );
    angle = a2;
  });
}

/** The options of the spec the preview honours, as Sheets reads them (EmbeddedChartBuilder.setOption). */
interface DrawOptions {
  stacked: boolean;
  colors: string[];
  /** The value axis' bounds: vAxis.* for COLUMN and LINE, hAxis.* for BAR. */
  minValue?: number;
  maxValue?: number;
}

function drawOptions(options: Record<string, unknown>, type: string): DrawOptions {
  const axis = type === "BAR" ? "hAxis" : "vAxis";
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
  const colors = Array.isArray(options.colors)
    ? options.colors.filter((c): c is string => typeof c === "string" && /^#[0-9a-f]{3,8}$/i.test(c))
    : [];
  return {
    stacked: options.isStacked === true || options.isStacked === "true",
    colors: colors.length ? colors : COLORS,
    minValue: num(options[`${axis}.minValue`]),
    maxValue: num(options[`${axis}.maxValue`]),
  };
}

function drawAxes(g: SVGGElement, d: ChartData, w: number, h: number, type: string, o: DrawOptions): void {
  const stacked = o.stacked && type !== "LINE";
  const all = stacked
    ? d.labels.map((_, i) => d.series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0))
    : d.series.flatMap((s) => s.values);
  // An axis bound set by the script widens the axis (as in Sheets, data beyond it still shows).
  const max = Math.max(1, o.maxValue ?? Number.NEGATIVE_INFINITY, ...all);
  const min = Math.min(0, o.minValue ?? 0, ...all);
  const horizontal = type === "BAR";
  const left = horizontal ? 110 : 36;
  const bottom = horizontal ? 18 : 34;
  const legendH = d.series.length > 1 ? 18 : 0;
  const pw = w - left - 8;
  const ph = h - bottom - legendH - 4;
  const scale = (v: number) => ((v - min) / (max - min)) * (horizontal ? pw : ph);
  for (const t of [min, (min + max) / 2, max]) {
    const pos = scale(t);
    if (horizontal) {
      g.append(svg("line", { x1: left + pos, x2: left + pos, y1: 0, y2: ph, class: "gridline" }));
      g.append(svg("text", { x: left + pos, y: ph + 14, "text-anchor": "middle", class: "tick" }, fmt(t)));
    } else {
      g.append(svg("line", { x1: left, x2: left + pw, y1: ph - pos, y2: ph - pos, class: "gridline" }));
      g.append(svg("text", { x: left - 4, y: ph - pos + 4, "text-anchor": "end", class: "tick" }, fmt(t)));
    }
  }
  const n = d.labels.length || 1;
  const band = (horizontal ? ph : pw) / n;
  const k = stacked ? 1 : d.series.length || 1;
  const base = d.labels.map(() => 0);
  d.labels.forEach((label, i) => {
    const mid = band * (i + 0.5);
    if (horizontal)
      g.append(
        svg("text", { x: left - 4, y: mid + 4, "text-anchor": "end", class: "tick" }, short(label, 16)),
      );
    else if (n <= 24 || i % Math.ceil(n / 24) === 0)
      g.append(
        svg(
          "text",
          { x: left + mid, y: ph + 14, "text-anchor": "middle", class: "tick" },
          short(label, Math.max(3, Math.floor(band / 6))),
        ),
      );
  });
  d.series.forEach((s, j) => {
    const color = o.colors[j % o.colors.length];
    if (type === "LINE") {
      const pts = s.values.map((v, i) => `${left + band * (i + 0.5)},${ph - scale(v)}`).join(" ");
      g.append(svg("polyline", { points: pts, fill: "none", stroke: color, "stroke-width": 2 }));
    } else {
      s.values.forEach((v, i) => {
        const size = band * 0.8;
        const thick = size / k;
        const at = band * i + band * 0.1 + (stacked ? 0 : thick * j);
        // Stacked: each series starts where the ones before it ended.
        const from = stacked ? base[i] : 0;
        const to = stacked ? from + Math.max(0, v) : v;
        if (stacked) base[i] = to;
        const len = Math.abs(scale(to) - scale(from));
        const rect = horizontal
          ? svg("rect", {
              x: left + Math.min(scale(to), scale(from)),
              y: at,
              width: len,
              height: thick,
              fill: color,
            })
          : svg("rect", {
              x: left + at,
              y: ph - Math.max(scale(to), scale(from)),
              width: thick,
              height: len,
              fill: color,
            });
        rect.append(svg("title", {}, `${d.labels[i]} · ${s.name}: ${fmt(v)}`));
        g.append(rect);
      });
    }
    if (legendH) {
      g.append(svg("rect", { x: left + j * 120, y: h - 14, width: 10, height: 10, fill: color }));
      g.append(svg("text", { x: left + j * 120 + 14, y: h - 5, class: "legend" }, short(s.name, 16)));
    }
  });
  g.append(
    svg("line", {
      x1: left,
      x2: horizontal ? left : left + pw,
      y1: horizontal ? 0 : ph,
      y2: ph,
      class: "axis",
    }),
  );
}

/** A framed chart, sized as the spec says, to be placed at its anchor cell. */
export function chartBox(chart: ChartJson): HTMLElement {
  const box = document.createElement("figure");
  box.className = "chart";
  box.dataset.chartId = String(chart.id);
  box.style.width = `${chart.width}px`;
  box.style.height = `${chart.height}px`;
  const caption = document.createElement("figcaption");
  caption.textContent = chart.title || "Диаграмма";
  const type = ["BAR", "COLUMN", "LINE", "PIE"].includes(chart.type) ? chart.type : "COLUMN";
  const w = chart.width - 16;
  const h = chart.height - 40;
  const root = svg("svg", {
    width: w,
    height: h,
    viewBox: `0 0 ${w} ${h}`,
    role: "img",
    "aria-label": caption.textContent,
  });
  const g = svg("g", {});
  root.append(g);
  const d = chartData(chart.data);
  if (d.series.length === 0)
    g.append(svg("text", { x: 8, y: 20, class: "tick" }, "Нет числовых данных в диапазоне диаграммы"));
  else if (type === "PIE") drawPie(g, d, w, h);
  else {
    // Room above the plot for the top tick's label.
    g.setAttribute("transform", "translate(0,10)");
    drawAxes(g, d, w, h - 10, type, drawOptions(chart.options ?? {}, type));
  }
  box.append(caption, root);
  if (type !== chart.type) {
    const note = document.createElement("small");
    note.textContent = `Тип ${chart.type} показан столбцами`;
    box.append(note);
  }
  return box;
}
