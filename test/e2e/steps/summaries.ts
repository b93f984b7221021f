// Step: the coordinator's «Обновить итоги» — six tabs rebuilt together, the school's figures with their notes and
// charts, and the printable report's link beside the menu.

import { clickMenu, eventually, openTab, readSheet, screenshot } from "../harness";
import type { Step } from "./types";

const TABS = [
  "Итоги — школа",
  "Итоги — классы",
  "Итоги — ученики",
  "Итоги — анкеты",
  "Итоги — план",
  "Итоги — оборудование",
];

export const summariesStep: Step = {
  name: "«Обновить итоги»: шесть итоговых листов за один раз, цифры школы с примечаниями и диаграммы",
  async run({ h }) {
    const { page, emu } = h;
    const toasts = emu.ui.toasts.length;
    await clickMenu(page, "Обновить итоги");
    await eventually(
      () => expect(emu.ui.toasts.slice(toasts).some((t) => /^Итоги обновлены/.test(t.message))).toBe(true),
      30000,
    );
    const toast = emu.ui.toasts.slice(toasts).find((t) => /^Итоги обновлены/.test(t.message))!.message;
    const [, reached, pupils] = /охвачено (\d+) из (\d+) учеников/.exec(toast) ?? [];
    for (const name of TABS)
      await eventually(
        async () => expect(await page.locator("#tabs .tab.generated", { hasText: name }).count()).toBe(1),
        15000,
      );
    // The toast's figures are the tab's: pupils reached of all pupils.
    const school = await readSheet(emu, "Итоги — школа");
    const row = school.find((r) => r[0] === "Охвачены мероприятиями")!;
    expect([row[1], row[2]]).toEqual([Number(reached), Number(pupils)]);
    // Every header of the figures table carries the note that defines it.
    const sheet = emu.workbook.sheets.find((s) => s.name === "Итоги — школа")!;
    const header = sheet.cells.find((r) => r?.[0]?.v === "Показатель")!;
    expect(header.filter((c) => c?.v !== undefined && c?.v !== "").every((c) => Boolean(c?.note))).toBe(true);
    // No temporary tab left behind.
    expect(emu.workbook.sheets.filter((s) => /^~|tmp|врем/i.test(s.name))).toEqual([]);
    await openTab(page, "Итоги — школа");
    await page.locator(".chart svg").first().waitFor();
    expect(await page.locator(".chart").count()).toBeGreaterThanOrEqual(1);
    await screenshot(page, "27-summaries-school");
    await openTab(page, "Итоги — классы");
    await page.locator(".chart svg").first().waitFor();
    await screenshot(page, "28-summaries-classes");
    expect(await page.locator("#report-link").getAttribute("href")).toBe("/report.html");
  },
};
