// Step: «Отметить участие» — a class teacher opens the sidebar (one call), marks 8А «все участвовали» in one click,
// one pupil absent, saves; the rows appear at the end of «Участие».

import { clickMenu, eventually, readSheet, recordRuns, screenshot, sidebarFrame } from "../harness";
import type { Step } from "./types";

export const attendanceSidebar: Step = {
  name: "«Отметить участие»: классный руководитель отмечает 8А одним нажатием «Все участвовали», одного — отсутствующим",
  async run({ h }) {
    const { page, emu } = h;
    const before = (await readSheet(emu, "Участие")).length;
    const runs = recordRuns(page);
    emu.calls.reset();
    await clickMenu(page, "Отметить участие");
    const frame = sidebarFrame(page);
    await frame.locator("#event").waitFor();
    // Opening: the menu's function, then exactly one call from the sidebar.
    expect(runs.fns).toEqual(["showAttendanceSidebar", "getAttendance"]);
    // Мероприятия and Ученики; of Участие its header, its event column and the rows of the event shown.
    expect(emu.calls.get("Range.getValues")).toBeLessThanOrEqual(5);
    await expect(frame.locator("body").evaluate((b) => b.scrollWidth <= b.clientWidth)).resolves.toBe(true);

    // An event of 8А: the nearest one whose class buttons include 8А.
    const options = await frame
      .locator("#event option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    let found = false;
    for (const id of options) {
      await frame.locator("#event").selectOption(id);
      if ((await frame.locator('[data-class="8А"]').count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found).toBe(true);
    await frame.locator('[data-class="8А"]').click();
    await expect(frame.locator('[data-class="8А"]').getAttribute("aria-pressed")).resolves.toBe("true");
    const pupils = await frame.locator("#pupils li").count();
    expect(pupils).toBeGreaterThan(10);

    // One click: everyone took part.
    await frame.locator("#all-present").click();
    await expect(frame.locator('#pupils button.present[aria-pressed="true"]').count()).resolves.toBe(pupils);
    await expect(frame.locator("#counts").textContent()).resolves.toBe(
      `Участвовали: ${pupils} · не участвовали: 0 · уважительная: 0`,
    );
    // Then the one who was absent.
    const firstCode = (await frame.locator("#pupils li").first().getAttribute("data-code")) ?? "";
    await frame.locator("#pupils li").first().locator("button.absent").click();
    await screenshot(page, "20-attendance-sidebar");

    runs.fns.length = 0;
    await frame.locator("#save").click();
    await eventually(async () =>
      expect(await frame.locator("#status").textContent()).toMatch(
        /^Сохранено \d+ отмет\S* для 8А: лист «Участие», строки с \d+\.$/,
      ),
    );
    expect(runs.fns).toEqual(["saveAttendance"]);
    runs.stop();
    const rows = await readSheet(emu, "Участие");
    const added = rows.slice(before);
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThanOrEqual(pupils);
    for (const r of added) expect(r[2]).toBe("8А");
    const mine = added.find((r) => r[1] === firstCode);
    if (mine) expect(mine[3]).toBe("не участвовал");
    await screenshot(page, "21-attendance-saved");

    // Saving again changes nothing.
    await frame.locator("#save").click();
    await eventually(async () =>
      expect(await frame.locator("#status").textContent()).toBe(
        "Отметки 8А уже сохранены: ничего не изменилось.",
      ),
    );
    expect((await readSheet(emu, "Участие")).length).toBe(rows.length);
  },
};
