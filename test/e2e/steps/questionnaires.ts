// Step: the psychologist makes the form of «ИНТЕРЕСЫ»; a pupil answers it at /forms/ИНТЕРЕСЫ in the playground (the
// school's network, no Google); the coordinator sees the pupil's result in «Результаты анкет».

import { openTab, readSheet, screenshot } from "../harness";
import type { Step } from "./types";

export const questionnaireForm: Step = {
  name: "Анкета: форма «ИНТЕРЕСЫ» в браузере ученика, результат виден координатору в «Результаты анкет»",
  async run({ h }) {
    const { page, emu, url } = h;
    // What the «Анкеты» menu does, through the API a sidebar uses.
    const made = await (
      await fetch(`${url}/api/run`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ fn: "createQuestionnaireForm", args: ["ИНТЕРЕСЫ"] }),
      })
    ).json();
    expect(made).toMatchObject({ ok: true });
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
