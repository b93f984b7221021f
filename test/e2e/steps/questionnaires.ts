// Step: the psychologist makes the form of «ИНТЕРЕСЫ»; a pupil answers it at /forms/ИНТЕРЕСЫ in the playground (the
// school's network, no Google); the coordinator sees the pupil's result in «Результаты анкет».

import { clickMenu, openTab, readSheet, screenshot, sidebarFrame } from "../harness";
import type { Step } from "./types";

export const questionnaireForm: Step = {
  name: "Анкета: форма «ИНТЕРЕСЫ» в браузере ученика, результат виден координатору в «Результаты анкет»",
  async run({ h }) {
    const { page, emu, url } = h;
    // The psychologist opens «Анкеты» and makes the form of ИНТЕРЕСЫ from the sidebar.
    await clickMenu(page, "Анкеты", "Панель анкет");
    const frame = sidebarFrame(page);
    const item = frame.locator('li.questionnaire[data-id="ИНТЕРЕСЫ"]');
    await item.waitFor();
    await expect(frame.locator("li.questionnaire").count()).resolves.toBe(4);
    await item.getByRole("button", { name: "Создать форму" }).click();
    await frame
      .locator("#status")
      .filter({ hasText: "Форма анкеты ИНТЕРЕСЫ создана" })
      .waitFor({ timeout: 20_000 });
    await frame
      .locator('li.questionnaire[data-id="ИНТЕРЕСЫ"] a')
      .filter({ hasText: "Открыть форму" })
      .waitFor();
    await screenshot(page, "19a-questionnaires-sidebar");
    const form = emu.workbook.forms!.at(-1)!;
    const cls = String(form.items[0].choices![0].value);
    const codeItem = form.items.find((i) => i.title.endsWith(`(${cls})`))!;
    const code = String(codeItem.choices![2].value);

    const pupil = await page.context().newPage();
    await pupil.goto(`${url}/f/ИНТЕРЕСЫ`);
    await pupil.locator("h1").filter({ hasText: form.title }).waitFor();
    expect(pupil.url()).toContain("/forms/");
    // The class first: only its page of codes appears.
    await pupil.locator(`input[name="entry.${form.items[0].entryId}"][value="${cls}"]`).check();
    await pupil.locator(`select[name="entry.${codeItem.entryId}"]`).selectOption(code);
    const pairs = form.items.filter((i) => i.type === "MULTIPLE_CHOICE" && i.id !== form.items[0].id);
    // The second option every time.
    for (const item of pairs) await pupil.locator(`input[name="entry.${item.entryId}"]`).nth(1).check();
    // Only the chosen class's page of codes is shown (the others are hidden and not sent).
    await expect(pupil.locator(`select[name="entry.${codeItem.entryId}"]`).isVisible()).resolves.toBe(true);
    await pupil.evaluate(() => window.scrollTo(0, 0));
    await screenshot(pupil, "20-questionnaire-form");
    await pupil.getByRole("button", { name: "Отправить" }).click();
    await pupil.locator(".thanks").waitFor();
    await pupil.close();

    const results = await readSheet(emu, "Результаты анкет");
    const row = results.filter((r) => r[0] === "ИНТЕРЕСЫ" && r[1] === code);
    expect(row).toHaveLength(1);
    expect(row[0][2]).toBe(cls);
    // Twenty pairs answered: the points add up to 20, nothing unanswered.
    const points = String(row[0][4])
      .split(" · ")
      .reduce((s, p) => s + Number(p.split(" ")[1]), 0);
    expect(points).toBe(20);
    expect(row[0][7]).toBe(0);
    await openTab(page, "Результаты анкет");
    await screenshot(page, "21-questionnaire-results");
  },
};
