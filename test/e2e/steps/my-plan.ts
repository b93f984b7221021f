// Step: «Мой план» — a teacher opens the sidebar (one call), picks the subject of a proposal, accepts it and replaces
// another's profession; План gets exactly those cells.

import { clickMenu, eventually, readSheet, recordRuns, screenshot, sidebarFrame } from "../harness";
import type { Step } from "./types";

export const myPlanSidebar: Step = {
  name: "«Мой план»: учитель выбирает предмет, принимает предложение и заменяет профессию в другом — на листе «План» ровно эти ячейки",
  async run({ h }) {
    const { page, emu } = h;
    const plan = await readSheet(emu, "План");
    const header = plan[0].map((c) => String(c).replace(/\*$/, ""));
    const col = (name: string) => header.indexOf(name);
    // Two proposals of one subject (a subject the suggester filled in two places).
    const proposals = plan
      .map((r, i) => ({ row: i + 1, r }))
      .filter(({ r }) => r[col("Статус")] === "предложено");
    const bySubject = new Map<string, typeof proposals>();
    for (const p of proposals) {
      const s = String(p.r[col("Предмет")]);
      bySubject.set(s, [...(bySubject.get(s) ?? []), p]);
    }
    const [subject, pair] = [...bySubject].find(([, list]) => list.length >= 2)!;
    const [first, second] = pair;
    expect(second).toBeDefined();

    const runs = recordRuns(page);
    await clickMenu(page, "Мой план");
    const frame = sidebarFrame(page);
    await frame.locator("#subject").waitFor();
    expect(runs.fns).toEqual(["showPlanSidebar", "getMyPlan"]);
    await frame.locator("#subject").selectOption(subject);
    await eventually(async () =>
      expect(await frame.locator(`li.entry[data-row="${first.row}"]`).count()).toBe(1),
    );
    await expect(frame.locator("body").evaluate((b) => b.scrollWidth <= b.clientWidth)).resolves.toBe(true);
    await frame.locator(`li.entry[data-row="${first.row}"]`).scrollIntoViewIfNeeded();
    await screenshot(page, "18-my-plan");

    const before = await readSheet(emu, "План");
    await frame.locator(`li.entry[data-row="${first.row}"] button[data-action="accept"]`).click();
    await eventually(async () =>
      expect(await frame.locator("#status").textContent()).toBe("Изменено: 1 строка на листе «План»."),
    );
    const afterAccept = await readSheet(emu, "План");
    expect(afterAccept[first.row - 1][col("Статус")]).toBe("запланировано");
    expect(afterAccept.filter((_, i) => i !== first.row - 1)).toEqual(
      before.filter((_, i) => i !== first.row - 1),
    );

    // Replace the other proposal's profession by the first one the picker offers (unused in the grade this year).
    const entry = frame.locator(`li.entry[data-row="${second.row}"]`);
    await entry.locator('button[data-action="replace"]').click();
    const list = entry.locator("select");
    const none = entry.locator(".form p.muted");
    await eventually(async () => expect((await list.count()) + (await none.count())).toBe(1));
    await screenshot(page, "19-my-plan-replace");
    if ((await list.count()) === 0) {
      // Every linked profession of the band is used in the grade: the sidebar says so and offers nothing to save.
      await expect(none.textContent()).resolves.toMatch(
        /^Все связанные с предметом профессии этой ступени уже были/,
      );
      expect(runs.fns.filter((f) => f === "saveMyPlan")).toHaveLength(1);
      runs.stop();
      return;
    }
    const offered = await list.locator("option").first().textContent();
    expect(offered).toBeTruthy();
    await entry.locator("button.primary", { hasText: "Сохранить" }).click();
    await eventually(async () =>
      expect((await readSheet(emu, "План"))[second.row - 1][col("Профессия")]).toBe(offered),
    );
    expect(runs.fns.filter((f) => f === "saveMyPlan")).toHaveLength(2);
    await screenshot(page, "20-my-plan-saved");
    runs.stop();
  },
};
