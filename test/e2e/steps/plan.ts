// Steps: «Предложить план» (preview, confirm, a teacher takes one suggestion) and «Итоги — план» (the generated tab).

import { clickMenu, dialogFrame, eventually, openTab, readSheet, recordRuns, screenshot } from "../harness";
import { cellOnScreen } from "./thesaurus";
import type { Step } from "./types";

export const planSuggest: Step = {
  name: "«Предложить план»: окно с числом строк по предметам, строки «предложено» после подтверждения; учитель берёт одну",
  async run({ h, memo }) {
    const { page, emu } = h;
    const planRows = async () => (await readSheet(emu, "План")).length;
    const before = await planRows();
    const runs = recordRuns(page);
    await clickMenu(page, "Предложить план");
    const dialog = page.locator("#overlay .dialog");
    await dialog.waitFor();
    const frame = dialogFrame(page);
    await frame.locator("#total").waitFor();
    expect(runs.fns).toEqual(["suggestPlan", "getPlanSuggestion"]);
    const totalText = (await frame.locator("#total").textContent()) ?? "";
    const total = Number(/^Всего: (\d+)/.exec(totalText)?.[1]);
    expect(total).toBeGreaterThan(0);
    const cells = await frame.locator("#by-subject tbody tr td.num").allTextContents();
    expect(cells.reduce((n, c) => n + Number(c), 0)).toBe(total);
    await expect(frame.locator("#apply").textContent()).resolves.toMatch(
      new RegExp(`^Добавить ${total} строк`),
    );
    await expect(frame.locator("#apply").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Nothing is written before the confirmation.
    expect(await planRows()).toBe(before);
    await screenshot(page, "14-plan-preview");

    await page.keyboard.press("Enter");
    await eventually(async () =>
      expect(await frame.locator("#status").textContent()).toMatch(
        new RegExp(`^Добавлено в «План»: ${total} строк[аи]? со статусом «предложено»\\.$`),
      ),
    );
    expect(runs.fns).toEqual(["suggestPlan", "getPlanSuggestion", "applyPlanSuggestion"]);
    expect(await planRows()).toBe(before + total);
    await screenshot(page, "15-plan-applied");
    await frame.locator("#close").click();
    await dialog.waitFor({ state: "detached" });

    const plan = await readSheet(emu, "План");
    const header = plan[0].map((c) => String(c).replace(/\*$/, ""));
    const statusCol = header.indexOf("Статус") + 1;
    for (const r of plan.slice(before)) expect(r[statusCol - 1]).toBe("предложено");

    // A teacher takes the last suggestion: «предложено» → «запланировано» in the grid's dropdown.
    await openTab(page, "План");
    const gid = emu.workbook.sheets.find((s) => s.name === "План")!.id;
    const last = before + total;
    const cell = await cellOnScreen(page, gid, last, statusCol);
    await cell.click();
    await page.keyboard.press("Enter");
    // The status column's list is a warning-only one (a free-text editor with suggestions) or a strict dropdown.
    const editor = page.locator(".cell-editor");
    if ((await editor.evaluate((el) => el.tagName)) === "SELECT") await editor.selectOption("запланировано");
    else {
      await editor.fill("запланировано");
      await editor.press("Enter");
    }
    const planSheet = emu.workbook.sheets.find((s) => s.name === "План")!;
    await eventually(() => expect(planSheet.cells[last - 1][statusCol - 1]?.v).toBe("запланировано"));
    await page.locator("#status:not(.working)").waitFor();
    await screenshot(page, "16-plan-suggested-rows");

    // A second run: nothing to add, nothing written.
    await clickMenu(page, "Предложить план");
    await dialog.waitFor();
    await eventually(async () =>
      expect(await frame.locator("#total").textContent()).toBe(
        "Добавлять нечего: все пробелы, которые можно заполнить, уже заполнены.",
      ),
    );
    await expect(frame.locator("#apply").count()).resolves.toBe(0);
    await frame.locator("#close").click();
    await dialog.waitFor({ state: "detached" });
    expect(await planRows()).toBe(before + total);
    runs.stop();
    memo.suggested = total;
  },
};

export const planReport: Step = {
  name: "«Итоги — план»: лист сформирован («авто»), пробелы красным, диаграмма охвата по четвертям",
  async run({ h }) {
    const { page, emu } = h;
    const toasts = emu.ui.toasts.length;
    await clickMenu(page, "Итоги — план");
    await eventually(
      async () =>
        expect(await page.locator("#tabs .tab.generated", { hasText: "Итоги — план" }).count()).toBe(1),
      15000,
    );
    await eventually(() => expect(emu.ui.toasts.length).toBeGreaterThan(toasts));
    const toast = emu.ui.toasts.at(-1)!.message;
    const percent = Number(/Охват плана: ([\d,]+) %/.exec(toast)?.[1]?.replace(",", "."));
    await openTab(page, "Итоги — план");
    const report = await readSheet(emu, "Итоги — план");
    const year = report.find((r) => r[0] === "За год")!;
    expect(year[1]).toBe(percent);
    await page.locator(".chart svg").first().waitFor();
    await expect(page.locator(".chart").count()).resolves.toBe(1);
    // Gaps in red (none at all), partial in yellow, met in green.
    const sheet = emu.workbook.sheets.find((s) => s.name === "Итоги — план")!;
    const fills = new Set(sheet.cells.flatMap((r) => (r ?? []).map((c) => c?.background)).filter(Boolean));
    expect(fills).toEqual(new Set(["#e8eaed", "#b7e1cd", "#fce8b2", "#f4c7c3", "#efefef"]));
    await eventually(async () =>
      expect(
        await page
          .locator(".c")
          .evaluateAll((els) =>
            els.some((e) => (e as HTMLElement).style.background.includes("rgb(244, 199, 195)")),
          ),
      ).toBe(true),
    );
    await screenshot(page, "17-plan-report");
  },
};
