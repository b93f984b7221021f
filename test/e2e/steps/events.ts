// Steps: «Мероприятие» — the coordinator sees the quarter's events and the empty component × band cells, creates an
// event (its id given by ПрофТрек); «Класс — участие и часы» — the class view of 8А built from a dialog.

import {
  clickMenu,
  dialogFrame,
  eventually,
  openTab,
  readSheet,
  recordRuns,
  screenshot,
  sidebarFrame,
} from "../harness";
import type { Step } from "./types";

export const eventSidebar: Step = {
  name: "«Мероприятие»: мероприятия четверти по компонентам, пустые клетки «компонент × ступень», новое мероприятие получает Id",
  async run({ h }) {
    const { page, emu } = h;
    const before = await readSheet(emu, "Мероприятия");
    const runs = recordRuns(page);
    await clickMenu(page, "Мероприятие");
    const frame = sidebarFrame(page);
    await frame.locator("#balance").waitFor();
    expect(runs.fns).toEqual(["showEventSidebar", "getEvents"]);
    await expect(frame.locator("body").evaluate((b) => b.scrollWidth <= b.clientWidth)).resolves.toBe(true);
    // The balance: 5 components × 4 bands.
    await expect(frame.locator("#balance td").count()).resolves.toBe(20);
    await expect(frame.locator("#gaps").textContent()).resolves.toMatch(
      /^(Пустых клеток: \d+|Все компоненты)/,
    );
    await screenshot(page, "22-event-sidebar");

    await frame.locator("#add").click();
    await frame.locator("#f-date").fill("2026-12-08");
    await frame.locator("#f-title").fill("Встреча с ветеринаром СХПК «Кедровский»");
    await frame.locator("#f-format").selectOption("universityMeeting");
    await frame.locator("#f-component").selectOption("enlightenment");
    await frame.locator("#f-classes").fill("8а, 8Б");
    await frame.locator("#f-hours").fill("2");
    await frame.locator("#f-professions").fill("Ветеринар");
    await screenshot(page, "23-event-form");
    runs.fns.length = 0;
    await frame.locator("#save").click();
    await eventually(async () =>
      expect(await frame.locator("#status").textContent()).toMatch(
        /^Мероприятие М-\d{4} добавлено: строка \d+ листа «Мероприятия»\.$/,
      ),
    );
    expect(runs.fns).toEqual(["saveEvent"]);
    runs.stop();
    const rows = await readSheet(emu, "Мероприятия");
    expect(rows).toHaveLength(before.length + 1);
    const added = rows[rows.length - 1];
    expect(added[0]).toMatch(/^М-\d{4}$/);
    expect(added[2]).toBe("Встреча с ветеринаром СХПК «Кедровский»");
    expect(added[5]).toBe("8А, 8Б");
    await expect(frame.locator(`[data-id="${added[0]}"]`).count()).resolves.toBe(1);
    await screenshot(page, "24-event-saved");
  },
};

export const classViewStep: Step = {
  name: "«Класс — участие и часы»: окно с классами, одно нажатие строит лист «Класс — 8А» с отметками и часами",
  async run({ h }) {
    const { page, emu } = h;
    const runs = recordRuns(page);
    await clickMenu(page, "Класс — участие и часы");
    const frame = dialogFrame(page);
    await frame.locator('[data-class="8А"]').waitFor();
    expect(runs.fns).toEqual(["pickClassView", "getClassViewClasses"]);
    await screenshot(page, "25-class-picker");
    await frame.locator('[data-class="8А"]').click();
    await eventually(
      async () => expect(emu.workbook.sheets.some((s) => s.name === "Класс — 8А")).toBe(true),
      15000,
    );
    runs.stop();
    await openTab(page, "Класс — 8А");
    const rows = await readSheet(emu, "Класс — 8А");
    expect(String(rows[1][0])).toMatch(/^8А: \d+ учени/);
    expect(rows[5][0]).toBe("Код");
    await screenshot(page, "26-class-view");
  },
};
