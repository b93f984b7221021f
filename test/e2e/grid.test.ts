// The playground page over a workbook built in code: 10,000 rows stay fast, validations edit, formats, charts, panels.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createEmulator } from "../../emulator/index";
import { type CellModel, newSheet } from "../../emulator/model";
import { CLASSES, gridWorkbook } from "./fixtures";
import {
  clickMenu,
  dialogFrame,
  ensureBuilt,
  eventually,
  type Harness,
  openTab,
  screenshot,
  startHarness,
} from "./harness";

jest.setTimeout(90_000);

const PUPILS = 10_000;
let h: Harness;

beforeAll(async () => {
  ensureBuilt();
  h = await startHarness({ emulator: createEmulator({ workbook: gridWorkbook({ pupils: PUPILS }) }) });
});

afterAll(async () => {
  await h?.close();
});

const cell = (row: number, col: number) => h.page.locator(`.c[data-row="${row}"][data-col="${col}"]`);
const pupils = () => h.emu.workbook.sheets.find((s) => s.name === "Ученики")!;
/** Makes the page look at the server now (it also does on window focus). */
const refresh = () => h.page.evaluate(() => window.dispatchEvent(new Event("focus")));

test("header: bold, filled, a note as a tooltip; the frozen row stays on top while 10,000 rows scroll fast", async () => {
  const { page } = h;
  await openTab(page, "Ученики");
  expect(await cell(1, 1).evaluate((e) => getComputedStyle(e).fontWeight)).toBe("700");
  expect(await cell(1, 1).evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(232, 240, 254)");
  expect(await cell(1, 1).getAttribute("title")).toBe("Код ученика. Фамилии и имена в таблицу не вносятся.");
  expect(await cell(2, 6).textContent()).toBe("02.09.2026");
  await screenshot(page, "grid-01-pupils");

  const started = Date.now();
  await page.locator(".grid-scroll").evaluate((e) => {
    e.scrollTop = e.scrollHeight;
  });
  await eventually(async () => expect(await cell(PUPILS + 1, 1).textContent()).toBe(`У-${PUPILS}`), 3000);
  // Generous: the bound is for «fast», not a benchmark on a busy machine.
  expect(Date.now() - started).toBeLessThan(4000);
  const header = await cell(1, 1).boundingBox();
  const grid = await page.locator(".grid-scroll").boundingBox();
  expect(Math.abs(header!.y - (grid!.y + 22))).toBeLessThan(2);
  expect(await page.locator(".grid-body .row").count()).toBeLessThan(120);
  await screenshot(page, "grid-02-scrolled-to-end");
  await page.locator(".grid-scroll").evaluate((e) => {
    e.scrollTop = 0;
  });
});

test("a list validation edits through a select; a checkbox toggles; both reach the workbook", async () => {
  const { page } = h;
  await cell(3, 2).dblclick();
  const select = page.locator("select.cell-editor");
  expect(await select.locator("option").allTextContents()).toEqual(["— пусто —", ...CLASSES]);
  await select.selectOption("9Б");
  await eventually(() => expect(pupils().cells[2][1]?.v).toBe("9Б"));
  await eventually(async () => expect(await cell(3, 2).textContent()).toBe("9Б"));

  const box = cell(2, 5).locator("input[type=checkbox]");
  const before = pupils().cells[1][4]?.v;
  await box.click();
  await eventually(() => expect(pupils().cells[1][4]?.v).toBe(!before));
  await eventually(async () => expect(await box.isChecked()).toBe(!before));
});

test("a value outside a strict list is refused with Sheets' message, shown as an error", async () => {
  const { page } = h;
  await cell(4, 2).click();
  const res = await page.evaluate(async (sheetId) => {
    const r = await fetch("/api/edit", {
      method: "POST",
      body: JSON.stringify({ sheetId, row: 4, column: 2, value: "12Я" }),
    });
    return r.json();
  }, pupils().id);
  expect(res).toMatchObject({ ok: false, error: { message: expect.stringContaining("проверки данных") } });
  expect(pupils().cells[3][1]?.v).not.toBe("12Я");
});

test("a generated tab is marked, its gaps are red, and its charts are drawn as SVG", async () => {
  const { page } = h;
  const tab = page.locator("#tabs .tab.generated");
  expect(await tab.textContent()).toBe("автоИтоги — план");
  await openTab(page, "Итоги — план");
  expect(await page.locator("#sheet-flag").textContent()).toContain("сформирован ПрофТрек");
  expect(await cell(4, 3).evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(244, 204, 204)");
  const charts = page.locator("figure.chart");
  expect(await charts.locator("figcaption").allTextContents()).toEqual([
    "Знакомства с профессиями: требуется и проведено",
    "Проведено по предметам",
    "Требуется по предметам",
    "План и факт",
  ]);
  expect(await charts.nth(0).locator("svg rect[fill]").count()).toBeGreaterThanOrEqual(12);
  expect(await charts.nth(1).locator("svg path").count()).toBe(6);
  expect(await charts.nth(2).locator("svg rect[fill]").count()).toBeGreaterThanOrEqual(6);
  expect(await charts.nth(3).locator("svg polyline").count()).toBe(2);
  await screenshot(page, "grid-03-generated-tab-charts");
});

test("hidden tabs are listed apart, greyed", async () => {
  const { page } = h;
  const labels = await page.locator("#tabs > *").evaluateAll((els) => els.map((e) => e.className));
  expect(labels.at(-2)).toBe("hidden-label");
  expect(labels.at(-1)).toContain("hidden-tab");
});

test("a sidebar runs its real HTML in the 300 px panel; toasts and answered alerts are shown", async () => {
  const { page, emu } = h;
  const html = readFileSync(join(__dirname, "../../dist/help.html"), "utf8");
  emu.ui.shown.push({ kind: "sidebar", title: "ПрофТрек — справка", html });
  emu.ui.toasts.push({
    title: "ПрофТрек",
    message: "Проверено 10 000 строк: ошибок нет.",
    timeoutSeconds: 30,
  });
  emu.ui.alerts.push({
    title: "Проверка данных",
    prompt: "Найдено 2 ошибки. Открыть лист «Проверка данных»?",
    buttons: "YES_NO",
    answer: "YES",
  });
  await refresh();
  const panel = page.locator("#sidebar");
  await panel.waitFor();
  expect(Math.round((await panel.boundingBox())!.width)).toBe(300);
  await page.frameLocator("#sidebar iframe.sidebar-frame").locator("li").first().waitFor();
  await page.locator(".toast").first().waitFor();
  const alert = page.getByRole("alertdialog");
  expect(await alert.textContent()).toContain("Сценарий получил ответ «Да»");
  await screenshot(page, "grid-04-alert-toast-sidebar");
  await alert.getByRole("button", { name: "ОК" }).click();
  await alert.waitFor({ state: "detached" });
  await screenshot(page, "grid-05-sidebar");
  await page.frameLocator("#sidebar iframe.sidebar-frame").getByRole("button", { name: "Закрыть" }).click();
  await panel.waitFor({ state: "hidden" });
  expect(h.pageErrors).toEqual([]);
});

test("menus draw separators and submenus; clickMenu reaches an item through a submenu", async () => {
  const { page, emu } = h;
  emu.ui.menus.push({
    caption: "Проверка меню",
    addon: false,
    items: [
      { caption: "Справка", functionName: "showHelp" },
      { caption: "", functionName: null },
      {
        caption: "Итоги",
        functionName: null,
        submenu: {
          caption: "Итоги",
          addon: false,
          items: [{ caption: "Итоги — план", functionName: "showHelp" }],
        },
      },
    ],
  });
  await refresh();
  await page.locator(".menu-top", { hasText: "Проверка меню" }).click();
  await page.locator(".menu-item.has-sub", { hasText: "Итоги" }).hover();
  expect(await page.locator(".menu-list:visible .separator").count()).toBe(1);
  await page.locator(".submenu:visible").waitFor();
  await screenshot(page, "grid-06-submenu");
  await page.keyboard.press("Escape");
  const shown = emu.ui.shown.length;
  await clickMenu(page, "Итоги", "Итоги — план");
  await dialogFrame(page).locator("li").first().waitFor();
  expect(emu.ui.shown.length).toBe(shown + 1);
  await dialogFrame(page).getByRole("button", { name: "Закрыть" }).click();
  await page.locator("#overlay .dialog").waitFor({ state: "detached" });
});

test("a link «перейти к B9000» opens its tab with the cell selected and highlighted; a web link opens a new tab", async () => {
  const { page, emu, context } = h;
  const gid = pupils().id;
  const report = newSheet(emu.workbook, "Проверка данных");
  const link = (url: string, label: string): CellModel => ({
    v: label,
    formula: `=HYPERLINK("${url}","${label}")`,
  });
  report.columnWidths = { 5: 220, 6: 160 };
  report.cells.push(
    ["Лист", "Строка", "Столбец", "Значение", "Проблема", "Ссылка"].map((v) => ({
      v,
      fontWeight: "bold" as const,
    })),
    [
      { v: "Ученики" },
      { v: 9000 },
      { v: "Класс" },
      { v: "12Я" },
      { v: "нет такого класса" },
      link(`#gid=${gid}&range=B9000`, "перейти к B9000"),
    ],
    [
      { v: "" },
      { v: "" },
      { v: "" },
      { v: "" },
      { v: "руководство" },
      link("https://example.org/guide", "открыть руководство"),
    ],
    [
      { v: "" },
      { v: "" },
      { v: "" },
      { v: "" },
      { v: "не ссылка" },
      link("javascript:alert(1)", "javascript"),
    ],
    [
      { v: "" },
      { v: "" },
      { v: "" },
      { v: "" },
      { v: "лист удалён" },
      link("#gid=999999&range=A1", "перейти к A1"),
    ],
  );
  emu.workbook.sheets.splice(emu.workbook.sheets.length - 1, 0, report);
  await refresh();
  await openTab(page, "Проверка данных");

  const toCell = cell(2, 6).locator("a.link");
  expect(await toCell.textContent()).toBe("перейти к B9000");
  expect(await toCell.getAttribute("href")).toBe(`#gid=${gid}&range=B9000`);
  const web = cell(3, 6).locator("a.link");
  expect(await web.getAttribute("target")).toBe("_blank");
  expect(await web.getAttribute("rel")).toContain("noopener");
  expect(await cell(4, 6).locator("a").count()).toBe(0);
  await screenshot(page, "grid-07-links");

  await toCell.click();
  await eventually(async () =>
    expect(await page.locator(".grid-scroll").getAttribute("data-sheet-id")).toBe(String(gid)),
  );
  const target = cell(9000, 2);
  await eventually(async () => expect(await target.getAttribute("class")).toMatch(/\bsel\b.*\bjump\b/));
  expect(await target.textContent()).toBe(pupils().cells[8999][1]?.v);
  expect(await page.locator("#cell-ref").textContent()).toBe("B9000");
  expect(await page.locator("#tabs .tab.active").textContent()).toBe("Ученики");
  // In view, below the frozen header; the page's own address is not changed by the link.
  const box = (await target.boundingBox())!;
  const view = (await page.locator(".grid-scroll").boundingBox())!;
  expect(box.y).toBeGreaterThan(view.y + 44);
  expect(box.y + box.height).toBeLessThan(view.y + view.height);
  expect(page.url()).not.toContain("#gid");
  await screenshot(page, "grid-08-link-followed");
  // The next selection ends the highlight.
  await page.keyboard.press("ArrowDown");
  expect(await target.getAttribute("class")).not.toContain("jump");

  await openTab(page, "Проверка данных");
  await context.route("https://example.org/**", (route) =>
    route.fulfill({ body: "руководство", contentType: "text/plain; charset=utf-8" }),
  );
  const [popup] = await Promise.all([context.waitForEvent("page"), web.click()]);
  await popup.waitForLoadState();
  expect(popup.url()).toBe("https://example.org/guide");
  expect(await popup.evaluate(() => window.opener)).toBeNull();
  await popup.close();
  expect(await page.locator(".grid-scroll").getAttribute("data-sheet-id")).toBe(String(report.id));

  await cell(5, 6).locator("a.link").click();
  await eventually(async () =>
    expect(await page.locator(".toast.error").last().textContent()).toContain("которого в книге нет"),
  );
  expect(await page.locator(".grid-scroll").getAttribute("data-sheet-id")).toBe(String(report.id));
  await page
    .locator(".toast.error .toast-close, .toast.error button")
    .first()
    .click()
    .catch(() => undefined);
  expect(h.pageErrors).toEqual([]);
});
