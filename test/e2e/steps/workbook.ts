// Steps of the workbook issue: «Настроить книгу» on an empty workbook, «Заполнить демо-данными», «Проверить данные».

import { SOURCE_TAB_ORDER, TABS } from "../../../src/tables/specs";
import { clickMenu, eventually, openTab, readSheet, screenshot } from "../harness";
import type { Step } from "./types";

const SOURCE_TABS = SOURCE_TAB_ORDER.map((k) => TABS[k].name.ru);

async function tabNames(h: Parameters<Step["run"]>[0]["h"]): Promise<string[]> {
  return h.page.locator("#tabs .tab").allTextContents();
}

export const setupWorkbook: Step = {
  name: "«Настроить книгу» создаёт все листы модели данных; второй запуск ничего не меняет",
  async run({ h }) {
    const { page, emu } = h;
    await clickMenu(page, "Настроить книгу");
    await eventually(async () => {
      const names = await tabNames(h);
      for (const t of SOURCE_TABS) expect(names.some((n) => n.endsWith(t))).toBe(true);
    }, 15000);
    await eventually(() => expect(emu.ui.toasts.length).toBeGreaterThan(0));
    await openTab(page, "Настройки");
    await screenshot(page, "05-setup-settings");
    const before = JSON.stringify(emu.workbook);
    await clickMenu(page, "Настроить книгу");
    await page.locator("#status:not(.working)").waitFor();
    await eventually(() => expect(emu.ui.toasts.length).toBeGreaterThan(1), 10000);
    expect(JSON.stringify(emu.workbook)).toBe(before);
  },
};

export const fillDemoData: Step = {
  name: "«Заполнить демо-данными» заполняет книгу демо-школой (ученики — только коды)",
  async run({ h, memo }) {
    const { page, emu } = h;
    await clickMenu(page, "Заполнить демо-данными");
    await eventually(() => {
      const pupils = emu.workbook.sheets.find((s) => s.name === "Ученики")!;
      expect(pupils.cells.length).toBeGreaterThan(400);
    }, 20000);
    await openTab(page, "Ученики");
    const rows = await readSheet(h.url, "Ученики");
    expect(rows[0][0]).toMatch(/^Код/);
    // Codes like 7Б-014, never a «Фамилия Имя».
    for (const r of rows.slice(1)) expect(String(r[0])).toMatch(/^\d{1,2}[А-Я]-\d{3}$/);
    memo.firstPupilRow = 2;
    await screenshot(page, "06-demo-pupils");
    await openTab(page, "План");
    await screenshot(page, "07-demo-plan");
  },
};

export const validateData: Step = {
  name: "неверный класс, введённый в сетке, попадает на лист «Проверка данных» со ссылкой на ячейку",
  async run({ h }) {
    const { page, emu } = h;
    await openTab(page, "Ученики");
    const pupils = emu.workbook.sheets.find((s) => s.name === "Ученики")!;
    const classCol = pupils.cells[0].findIndex((c) => String(c?.v ?? "").startsWith("Класс")) + 1;
    const cell = page.locator(`.c[data-row="3"][data-col="${classCol}"]`);
    await cell.click();
    await page.keyboard.type("15Я");
    await page.keyboard.press("Enter");
    await eventually(() => expect(pupils.cells[2][classCol - 1]?.v).toBe("15Я"));
    await page.locator("#status:not(.working)").waitFor();

    await clickMenu(page, "Проверить данные");
    await eventually(
      async () => expect((await tabNames(h)).some((n) => n.endsWith("Проверка данных"))).toBe(true),
      15000,
    );
    const report = await readSheet(emu, "Проверка данных");
    const line = report.find((r) => r.includes("Ученики") && r.some((v) => String(v).includes("15Я")));
    expect(line).toBeDefined();
    const gid = pupils.id;
    const reportSheet = emu.workbook.sheets.find((s) => s.name === "Проверка данных")!;
    const formulas = reportSheet.cells.flatMap((r) => (r ?? []).map((c) => c?.formula ?? "")).filter(Boolean);
    const letter = String.fromCharCode(64 + classCol);
    expect(formulas.some((f) => f.includes(`#gid=${gid}&range=${letter}3`))).toBe(true);
    await openTab(page, "Проверка данных");
    await screenshot(page, "08-validate");
  },
};
