// The offline report in headless Chromium: it opens from a file with every network request refused (and makes none),
// draws its charts as SVG, prints on A4 with a page per tab, and shows each tab's figures exactly as the tab displays
// them in the emulator for the same workbook.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { createEmulator, type Emulator } from "../../emulator/index";
import { type CellModel, newSheet, newWorkbook, type WorkbookModel } from "../../emulator/model";
import { displayValue } from "../../emulator/playground/display";
import { reportHtml } from "../../emulator/report/html";
import { emulatorReport, summaryTabs, workbookReport } from "../../emulator/report/workbook";
import { CHROMIUM_ARGS, ensureBuilt, SCREENSHOTS } from "./harness";

const ARTIFACTS = join(__dirname, "../../test-artifacts/report");

let browser: Browser;
let page: Page;
let emu: Emulator;
const requests: string[] = [];
let fileUrl: string;

beforeAll(async () => {
  ensureBuilt();
  emu = createEmulator({ workbook: newWorkbook(), now: () => new Date(Date.UTC(2026, 10, 29, 7, 15)) });
  emu.call("setupWorkbook");
  emu.call("fillDemoData");
  const { html } = emulatorReport(emu, { now: new Date(Date.UTC(2026, 10, 29, 7, 15)) });
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(ARTIFACTS, "report.html");
  writeFileSync(file, html);
  fileUrl = `file://${file}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 900, height: 1270 }, locale: "ru-RU" });
  // Every request but the page itself is recorded and refused: the report must need none.
  page = await context.newPage();
  page.on("request", (r) => {
    if (r.url() !== fileUrl) requests.push(r.url());
  });
  // The report pages themselves (files under test-artifacts/report) load; anything else is refused.
  await context.route("**/*", (route) =>
    route.request().url().startsWith(`file://${ARTIFACTS}/`) && route.request().url().endsWith(".html")
      ? route.continue()
      : route.abort("internetdisconnected"),
  );
  await page.goto(fileUrl);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

test("the report opens from its file without a single network request", async () => {
  expect(await page.locator("h1").textContent()).toMatch(/^Итоги профориентационной работы/);
  expect(requests).toEqual([]);
  // Nothing the page could have fetched: no external resource in the DOM at all.
  const external = await page.evaluate(() =>
    Array.from(document.querySelectorAll("[src],[href],link,script")).map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(external.every((e) => /^<a href="#tab-\d+">/.test(e))).toBe(true);
});

test("its charts are drawn as non-empty SVG; a screenshot goes to test-artifacts", async () => {
  const charts = await page.evaluate(() =>
    Array.from(document.querySelectorAll("figure.chart svg.chart-svg")).map((svg) => {
      const box = svg.getBoundingClientRect();
      return {
        width: box.width,
        height: box.height,
        marks: svg.querySelectorAll(".bar, .slice, .point").length,
        drawn: Array.from(svg.querySelectorAll(".bar, .slice")).filter((m) => {
          const b = m.getBoundingClientRect();
          return b.width > 0 && b.height > 0;
        }).length,
      };
    }),
  );
  const inModel = summaryTabs(emu.workbook).reduce((n, s) => n + s.charts.length, 0);
  expect(charts.length).toBeGreaterThan(0);
  expect(charts).toHaveLength(inModel);
  for (const c of charts) {
    expect(c.width).toBeGreaterThan(300);
    expect(c.height).toBeGreaterThan(100);
    expect(c.marks).toBeGreaterThan(0);
    expect(c.drawn).toBeGreaterThan(0);
  }
  await page.screenshot({ path: join(SCREENSHOTS, "report.png") });
  await page
    .locator("figure.chart")
    .last()
    .screenshot({ path: join(SCREENSHOTS, "report-chart.png") });
});

test("the figures of every tab equal the tab's displayed values in the emulator, row by row", async () => {
  const shown = await page.evaluate(() =>
    Array.from(document.querySelectorAll("section.tab")).map((s) => ({
      tab: s.getAttribute("data-tab"),
      rows: Array.from(s.querySelectorAll("[data-row]")).map((r) => {
        const text = (e: Element) => {
          const copy = e.cloneNode(true) as Element;
          for (const fn of Array.from(copy.querySelectorAll("sup.fn"))) fn.remove();
          return copy.textContent ?? "";
        };
        const cells = r.tagName === "TR" ? Array.from(r.children).map(text) : [text(r)];
        return { row: Number(r.getAttribute("data-row")), cells };
      }),
    })),
  );
  const tabs = summaryTabs(emu.workbook);
  expect(shown.map((s) => s.tab)).toEqual(tabs.map((t) => t.name));
  // «Итоги — школа» once refreshSummaries is in the bundle; until then every tab the bundle refreshes.
  expect(shown.map((s) => s.tab)).toContain("Итоги — план");
  if (emu.globals.includes("refreshSummaries"))
    expect(shown.map((s) => s.tab).slice(0, 4)).toEqual([
      "Итоги — школа",
      "Итоги — классы",
      "Итоги — ученики",
      "Итоги — план",
    ]);
  let compared = 0;
  for (const sheet of tabs) {
    const expected = sheet.cells
      .map((line, r) => {
        const cells = (line ?? []).map((c) => displayValue(c, emu.workbook));
        while (cells.length && cells[cells.length - 1] === "") cells.pop();
        return { row: r + 1, cells };
      })
      .filter((r) => r.cells.length > 0);
    const got = shown
      .find((s) => s.tab === sheet.name)!
      .rows.map((r) => {
        const cells = [...r.cells];
        while (cells.length && cells[cells.length - 1] === "") cells.pop();
        return { row: r.row, cells };
      })
      .filter((r) => r.cells.length > 0);
    compared += got.length;
    expect({ tab: sheet.name, rows: got }).toEqual({ tab: sheet.name, rows: expected });
  }
  expect(compared).toBeGreaterThan(100);
});

test("printed: A4, each tab from a new page, table headers repeat, charts kept whole", async () => {
  await page.emulateMedia({ media: "print" });
  const style = await page.evaluate(() => {
    const sections = Array.from(document.querySelectorAll("section.tab"));
    return {
      second: sections[1] ? getComputedStyle(sections[1]).breakBefore : "page",
      first: getComputedStyle(sections[0]).breakBefore,
      thead: getComputedStyle(document.querySelector("thead")!).display,
      chart: getComputedStyle(document.querySelector("figure.chart")!).breakInside,
    };
  });
  expect(style).toEqual({ second: "page", first: "auto", thead: "table-header-group", chart: "avoid" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  writeFileSync(join(ARTIFACTS, "report.pdf"), pdf);
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(summaryTabs(emu.workbook).length);
  await page.emulateMedia({ media: "screen" });
});

const PAYLOAD = "<img src=x onerror=alert(1)>";

/** A «Итоги — школа» as refreshSummaries might write it: figures with formats and notes, a user's text, four charts. */
function schoolBook(): WorkbookModel {
  const wb = newWorkbook();
  const s = newSheet(wb, "Итоги — школа");
  s.metadata.push({ id: 1, key: "proftrack.generated", value: "summary-school", visibility: "DOCUMENT" });
  const h = (v: string, note?: string): CellModel => ({ v, fontWeight: "bold", background: "#e8eaed", note });
  const pct = (v: number, red = false): CellModel => ({
    v,
    numberFormat: "0.0%",
    background: red ? "#f4c7c3" : undefined,
  });
  s.cells = [
    [{ v: "Сформировано ПрофТрек 29.11.2026 10:15 по листам: Ученики (412 строк), Участие (3 518 строк)." }],
    [],
    [{ v: "Главное", fontWeight: "bold" }],
    [h("Показатель"), h("Значение", "Ученики хотя бы с одним мероприятием / активные ученики")],
    [{ v: "Охвачено мероприятиями" }, pct(0.9126)],
    [{ v: "Среднее часов профминимума" }, { v: 31.25, numberFormat: "0.0" }],
    [{ v: "Без диагностики" }, pct(0.084, true)],
    [{ v: `Замечание: ${PAYLOAD}` }, { v: new Date(Date.UTC(2026, 10, 28, 21)), numberFormat: "dd.mm.yyyy" }],
    [],
    [h("Класс"), h("Охвачено"), h("Не охвачено"), h("Часов"), h("Цель")],
    ...["5А", "6А", "7А", "8А", "9А", "9Б", "10А", "11А"].map((c, i): CellModel[] => [
      { v: c },
      { v: 20 + i },
      { v: 5 - (i % 5) },
      { v: 22 + i * 3.5, numberFormat: "0.0" },
      { v: 40 },
    ]),
  ];
  const chart = (id: number, type: string, ranges: string[], row: number, options: Record<string, unknown>) =>
    s.charts.push({ id, type, ranges, row, column: 1, options });
  chart(2, "COLUMN", ["A10:C18"], 20, {
    title: "Охват по классам",
    isStacked: true,
    colors: ["#34a853", "#ea4335"],
    "vAxis.title": "Учеников",
  });
  chart(3, "COLUMN", ["A10:A18", "D10:E18"], 40, {
    title: "Часы профминимума против цели",
    series: { 1: { type: "line" } },
    colors: ["#4285f4", "#ea4335"],
  });
  chart(4, "LINE", ["A10:B18"], 60, { title: "Охвачено по классам", legend: "none" });
  chart(5, "PIE", ["A10:B13"], 80, { title: `Доля по классам ${PAYLOAD}` });
  wb.sheets.push(s);
  return wb;
}

test("a user's markup in a tab renders as text; every chart type the emulator records is drawn", async () => {
  const html = reportHtml(workbookReport(schoolBook(), { now: new Date(Date.UTC(2026, 10, 29, 7, 15)) }));
  const file = join(ARTIFACTS, "report-school.html");
  writeFileSync(file, html);
  const url = `file://${file}`;
  const p = await page.context().newPage();
  const dialogs: string[] = [];
  const asked: string[] = [];
  p.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  p.on("request", (r) => {
    if (r.url() !== url) asked.push(r.url());
  });
  await p.goto(url);
  expect(await p.locator("img").count()).toBe(0);
  expect(await p.locator("td", { hasText: PAYLOAD }).count()).toBe(1);
  expect(await p.locator("figcaption", { hasText: PAYLOAD }).count()).toBe(1);
  const kinds = await p.evaluate(() =>
    Array.from(document.querySelectorAll("svg.chart-svg")).map(
      (svg) =>
        `${svg.getAttribute("data-chart-type")}:${svg.querySelectorAll(".bar, .point, .slice").length}`,
    ),
  );
  expect(kinds).toEqual(["COLUMN:16", "COLUMN:16", "LINE:8", "PIE:3"]);
  const figures = await p.evaluate(() =>
    Array.from(document.querySelectorAll("tr[data-row]")).map((r) =>
      Array.from(r.children).map((c) => c.textContent),
    ),
  );
  expect(figures.slice(0, 5)).toEqual([
    ["Показатель", "Значение1"],
    ["Охвачено мероприятиями", "91,3%"],
    ["Среднее часов профминимума", "31,3"],
    ["Без диагностики", "8,4%"],
    [`Замечание: ${PAYLOAD}`, "29.11.2026"],
  ]);
  await p.screenshot({ path: join(SCREENSHOTS, "report-school.png"), fullPage: true });
  expect(dialogs).toEqual([]);
  expect(asked).toEqual([]);
  await p.close();
});
