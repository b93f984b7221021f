// Step: the «Профессии» sidebar — opens with one call, search as you type, a near-duplicate warning, add, edit, Esc.

import type { Page } from "playwright-core";
import { clickMenu, eventually, openTab, readSheet, recordRuns, screenshot, sidebarFrame } from "../harness";
import type { Step } from "./types";

/** Scrolls a tab's grid so that `row` (1-based) is drawn, and returns the locator of its cell in `column`. */
export async function cellOnScreen(page: Page, sheetId: number, row: number, column: number) {
  const scroller = page.locator(`.grid-scroll[data-sheet-id="${sheetId}"]`);
  await scroller.evaluate(
    (el, y) => {
      el.scrollTop = y;
      el.dispatchEvent(new Event("scroll"));
    },
    Math.max(0, (row - 5) * 22),
  );
  const cell = page.locator(
    `.grid-scroll[data-sheet-id="${sheetId}"] .c[data-row="${row}"][data-col="${column}"]`,
  );
  await cell.waitFor();
  return cell;
}

export const thesaurusSidebar: Step = {
  name: "«Профессии»: поиск, предупреждение о похожей профессии, добавление и правка; строка видна на листе",
  async run({ h, memo }) {
    const { page, emu } = h;
    const runs = recordRuns(page);
    emu.calls.reset();
    await clickMenu(page, "Профессии");
    const frame = sidebarFrame(page);
    const items = frame.locator("#list .item");
    await items.first().waitFor();
    // Opening: the menu's function, then exactly one call from the sidebar, reading at most three tabs.
    expect(runs.fns).toEqual(["showThesaurusSidebar", "getThesaurus"]);
    expect(emu.calls.get("Range.getValues")).toBeLessThanOrEqual(3);
    const total = (await readSheet(emu, "Профессии")).length - 1;
    await expect(items.count()).resolves.toBe(total);
    await expect(frame.locator("#count").textContent()).resolves.toBe(`${total} профессий`);
    const box = await page.locator("#sidebar iframe.sidebar-frame").boundingBox();
    expect(Math.round(box!.width)).toBeLessThanOrEqual(300);
    // Nothing overflows the 300 px panel sideways.
    await expect(frame.locator("body").evaluate((b) => b.scrollWidth <= b.clientWidth)).resolves.toBe(true);
    await screenshot(page, "09-thesaurus-sidebar");

    // Search as you type: case and ё do not matter; subjects and competences are searched too.
    const search = frame.locator("#search");
    await expect(search.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await search.fill("ЭЛЕКТРОМОНТЕР");
    await eventually(async () =>
      expect(await items.locator(".name").allTextContents()).toEqual(["Электромонтёр"]),
    );
    await search.fill("3d-моделирование");
    await eventually(async () =>
      expect((await items.locator(".name").allTextContents()).sort()).toEqual(
        ["Дизайнер виртуальных миров", "Инженер-механик", "Специалист по аддитивным технологиям"].sort(),
      ),
    );
    await search.fill("робот");
    await eventually(async () => {
      const names = await items.locator(".name").allTextContents();
      expect(names).toContain("Инженер-робототехник");
      for (const n of names) expect(n.toLowerCase()).toContain("робот");
    });
    await screenshot(page, "10-thesaurus-search");

    // Filters: a type and «только новые».
    await search.fill("");
    await frame.locator("#filter-type").selectOption("technics");
    await frame.locator("#filter-new").check();
    await eventually(async () => {
      const n = await items.count();
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(total);
      expect(await items.filter({ has: frame.locator(".badge.new") }).count()).toBe(n);
      expect(await items.filter({ has: frame.locator(".badge.type", { hasText: /^Т$/ }) }).count()).toBe(n);
    });
    await frame.locator("#filter-type").selectOption("");
    await frame.locator("#filter-new").uncheck();
    await eventually(async () => expect(await items.count()).toBe(total));

    // Add: the near-duplicate warning appears as the name is typed, and blocks «Сохранить» until accepted.
    await frame.locator("#add").click();
    const name = frame.locator("#f-profession");
    await expect(name.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // The same words in another order: a near duplicate (another spelling of the same name would be an error).
    await name.fill("робототехник инженер");
    const warning = frame.locator("#warning-profession");
    await eventually(async () =>
      expect(await warning.textContent()).toContain("Похожая профессия уже есть: «Инженер-робототехник»"),
    );
    await frame.locator("#f-subjects label", { hasText: /^Физика$/ }).click();
    await frame.locator("#f-subjects label", { hasText: /^Технология$/ }).click();
    await frame.locator('.types button[data-type="technics"]').click();
    await frame.locator('.types button[data-type="sign"]').click();
    await frame.locator("#f-new").check();
    await frame.locator("#f-competences").fill("электроника, механика, программирование");
    await frame.locator("#save").click();
    await eventually(async () =>
      expect(await frame.locator("#status").textContent()).toBe(
        "Проверьте предупреждение и нажмите «Всё равно сохранить», если это другая профессия.",
      ),
    );
    await expect(frame.locator("#save-anyway").evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );
    await screenshot(page, "11-thesaurus-duplicate-warning");
    expect(runs.fns.filter((f) => f === "saveProfession")).toEqual([]);

    // A distinct name: the warning goes away; Enter in the field saves with one call.
    await name.fill("Инженер-мехатроник");
    await eventually(async () => expect(await warning.isHidden()).toBe(true));
    await name.press("Enter");
    const status = frame.locator("#status");
    await eventually(async () =>
      expect(await status.textContent()).toMatch(
        /^«Инженер-мехатроник» добавлена: строка \d+ листа «Профессии»\.$/,
      ),
    );
    expect(runs.fns.filter((f) => f === "saveProfession")).toHaveLength(1);
    const row = Number(/строка (\d+)/.exec((await status.textContent()) ?? "")![1]);
    expect(row).toBe(total + 2);
    // The list is updated from the server's reply: the new entry is there, focused and marked.
    const saved = frame.locator(`.item[data-row="${row}"]`);
    await expect(saved.locator(".name").textContent()).resolves.toBe("Инженер-мехатроник");
    await expect(saved.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(items.count()).resolves.toBe(total + 1);
    await screenshot(page, "12-thesaurus-saved");

    // The row is in the sheet, with the user's e-mail in «Добавил», and visible in the grid.
    const sheet = await readSheet(h.url, "Профессии");
    expect(sheet[row - 1].slice(0, 5)).toEqual([
      "Инженер-мехатроник",
      "Физика, Технология",
      "Т, З",
      "",
      "да",
    ]);
    expect(sheet[row - 1][6]).toBe("электроника, механика, программирование");
    expect(sheet[row - 1][9]).toBe(emu.ctx.user.email);
    await openTab(page, "Профессии");
    const gid = emu.workbook.sheets.find((s) => s.name === "Профессии")!.id;
    await expect((await cellOnScreen(page, gid, row, 1)).textContent()).resolves.toBe("Инженер-мехатроник");
    await screenshot(page, "13-thesaurus-row-in-sheet");

    // Edit: the form opens filled; a changed field is patched in place; Esc cancels an edit.
    await saved.click();
    await expect(frame.locator("#form-title").textContent()).resolves.toBe("Изменение профессии");
    await expect(name.inputValue()).resolves.toBe("Инженер-мехатроник");
    await frame.locator("#f-industry").fill("Промышленность");
    await frame.locator("#f-industry").press("Enter");
    await eventually(async () =>
      expect(await status.textContent()).toBe(
        `«Инженер-мехатроник» сохранена: строка ${row} листа «Профессии».`,
      ),
    );
    expect((await readSheet(emu, "Профессии"))[row - 1][3]).toBe("Промышленность");
    await frame.locator(`.item[data-row="${row}"]`).click();
    await frame.locator("#f-industry").fill("что-то другое");
    await page.keyboard.press("Escape");
    await frame.locator("#list").waitFor();
    await expect(
      frame.locator(`.item[data-row="${row}"]`).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    expect((await readSheet(emu, "Профессии"))[row - 1][3]).toBe("Промышленность");
    runs.stop();
    memo.addedProfession = "Инженер-мехатроник";
  },
};
