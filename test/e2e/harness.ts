// Browser test harness: the playground on a random port over a temp workbook, headless Debian Chromium, page helpers.

import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type FrameLocator, type Page, type Request } from "playwright-core";
import type { Emulator } from "../../emulator/index";
import type { CellValue } from "../../emulator/model";
import type { SheetResponse, StateResponse } from "../../emulator/playground/api-types";
import { type Playground, startPlayground } from "../../emulator/playground/server";

const ROOT = join(__dirname, "../..");
export const SCREENSHOTS = join(ROOT, "test-artifacts/screenshots");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-quic",
  "--no-first-run",
  "--disable-sync",
];

export interface Harness {
  pg: Playground;
  emu: Emulator;
  url: string;
  page: Page;
  context: BrowserContext;
  /** The temp .xlsx the playground reads and saves. */
  workbookPath: string;
  /** Errors the page or its frames reported (uncaught exceptions, console.error). */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Builds dist/ when it is missing (npm test builds it first anyway). */
export function ensureBuilt(): void {
  if (!existsSync(join(ROOT, "dist/Code.js")))
    execFileSync("npx", ["tsx", "scripts/build.ts"], { cwd: ROOT, stdio: "inherit" });
}

/**
 * Starts the playground over a temp copy of `workbook` (or a new demo workbook, or a given emulator saving to a temp
 * file) and opens it in a fresh Chromium.
 */
export async function startHarness(
  opts: { workbook?: string; emulator?: Emulator; viewport?: { width: number; height: number } } = {},
): Promise<Harness> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "proftrack-e2e-"));
  const workbookPath = join(dir, "workbook.xlsx");
  if (opts.workbook) copyFileSync(opts.workbook, workbookPath);
  const pg = await startPlayground({ workbookPath, port: 0, emulator: opts.emulator });
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: opts.viewport ?? { width: 1400, height: 860 },
      locale: "ru-RU",
    });
  } catch (e) {
    await pg.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(`console: ${m.text()}`);
  });
  await page.goto(pg.url);
  await waitForGrid(page);
  return {
    pg,
    emu: pg.emu,
    url: pg.url,
    page,
    context,
    workbookPath,
    pageErrors,
    async close() {
      await context?.close().catch(() => undefined);
      await pg.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the tab strip and the first rows of the grid are drawn. */
export async function waitForGrid(page: Page): Promise<void> {
  await page.locator("#tabs .tab").first().waitFor();
  await page.locator(".grid-body .row").first().waitFor();
}

/** Shows a tab (by name) and waits until its rows are drawn. */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page
    .locator("#tabs .tab")
    .filter({ hasText: new RegExp(`(^|авто)${escapeRegExp(name)}$`) })
    .first();
  const id = await tab.getAttribute("data-sheet-id");
  await tab.click();
  await page.locator(`.grid-scroll[data-sheet-id="${id}"] .grid-body .row`).first().waitFor();
}

/** Retries a check (an expect) until it passes or the time is up; the last failure is thrown. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Clicks an item of the add-on menu: clickMenu(page, "Справка"), or through submenus: clickMenu(page, "Итоги", "Итоги — план"). */
export async function clickMenu(page: Page, ...path: string[]): Promise<void> {
  const tops = page.locator("#menus .menu-top");
  const count = await tops.count();
  for (let i = 0; i < count; i++) {
    await tops.nth(i).click();
    const first = page
      .locator(".menu-list:visible > li > .menu-item")
      .filter({ hasText: new RegExp(`^${escapeRegExp(path[0])}$`) });
    if ((await first.count()) === 0) {
      await page.keyboard.press("Escape");
      continue;
    }
    await first.first().click();
    for (const caption of path.slice(1)) {
      await page
        .locator(".submenu:visible > li > .menu-item")
        .filter({ hasText: new RegExp(`^${escapeRegExp(caption)}$`) })
        .first()
        .click();
    }
    return;
  }
  throw new Error(`no menu item «${path.join(" › ")}» in the menu bar`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The sidebar's document (the add-on's real HTML from dist/). */
export function sidebarFrame(page: Page): FrameLocator {
  return page.frameLocator("#sidebar iframe.sidebar-frame");
}

/** The open dialog's document. */
export function dialogFrame(page: Page): FrameLocator {
  return page.frameLocator("#overlay iframe.dialog-frame");
}

/** A tab's values: from the emulator (typed values, up to the data's extent), or over HTTP from a URL (display text). */
export async function readSheet(source: Emulator | string, tabName: string): Promise<CellValue[][]> {
  if (typeof source !== "string") {
    const sheet = source.workbook.sheets.find((s) => s.name === tabName);
    if (!sheet) throw new Error(`no tab «${tabName}»`);
    const width = Math.max(0, ...sheet.cells.map((r) => r?.length ?? 0));
    const rows = sheet.cells.map((r) => Array.from({ length: width }, (_, c) => r?.[c]?.v ?? ""));
    while (rows.length && rows[rows.length - 1].every((v) => v === "")) rows.pop();
    return rows;
  }
  const state = (await (await fetch(`${source}/api/state`)).json()) as StateResponse;
  const tab = state.tabs.find((t) => t.name === tabName);
  if (!tab) throw new Error(`no tab «${tabName}»`);
  const out: CellValue[][] = [];
  for (let offset = 0; ; offset += 2000) {
    const res = (await (
      await fetch(`${source}/api/sheet/${tab.id}?offset=${offset}&limit=2000`)
    ).json()) as SheetResponse;
    out.push(...res.rows.map((r) => r.map((c) => c?.d ?? "")));
    if (offset + 2000 >= res.lastRow) return out.slice(0, res.lastRow);
  }
}

/** Saves a PNG of the page to test-artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** The server functions the page calls through POST /api/run, in order, until `stop`. */
export function recordRuns(page: Page): { fns: string[]; stop(): void } {
  const fns: string[] = [];
  const on = (r: Request) => {
    if (r.method() === "POST" && r.url().endsWith("/api/run"))
      fns.push(String(JSON.parse(r.postData() ?? "{}").fn));
  };
  page.on("request", on);
  return { fns, stop: () => page.off("request", on) };
}
