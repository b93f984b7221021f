// Step: the «Оборудование» sidebar — a room's items, add an item linked to two professions, see it in the analysis.

import { clickMenu, eventually, openTab, readSheet, recordRuns, screenshot, sidebarFrame } from "../harness";
import type { Step } from "./types";

const ITEM = "Конструктор «Юный электрик»";
const ROOM = "Кабинет физики";

export const equipmentSidebar: Step = {
  name: "«Оборудование»: кабинет, новое оборудование с двумя профессиями; оно видно в «Итоги — оборудование»",
  async run({ h }) {
    const { page, emu } = h;
    const runs = recordRuns(page);
    const before = (await readSheet(emu, "Оборудование")).length;
    await clickMenu(page, "Оборудование");
    const frame = sidebarFrame(page);
    const items = frame.locator("#items .item");
    await items.first().waitFor();
    // Opening: the menu's function, then exactly one call from the sidebar.
    expect(runs.fns).toEqual(["showEquipmentSidebar", "getEquipment"]);
    await expect(frame.locator("body").evaluate((b) => b.scrollWidth <= b.clientWidth)).resolves.toBe(true);

    // A room: its items with their condition.
    await frame.locator("#room").fill(ROOM);
    await eventually(async () => expect(await items.count()).toBe(7));
    await expect(frame.locator("#count").textContent()).resolves.toBe("7 единиц оборудования");
    await expect(frame.locator("#items .badge.cond-broken").count()).resolves.toBe(1);
    await screenshot(page, "18-equipment-room");

    // Add an item in that room: the form starts there; two professions from the thesaurus, found by search.
    await frame.locator("#add-item").click();
    await expect(frame.locator("#f-room").inputValue()).resolves.toBe(ROOM);
    // While the form is open the tabs are hidden: switching would drop the form.
    await expect(frame.locator("#tab-resources").isHidden()).resolves.toBe(true);
    await frame.locator("#f-name").fill(ITEM);
    await frame.locator("#f-quantity").fill("6");
    await frame.locator("#f-subjects label", { hasText: /^Физика$/ }).click();
    const search = frame.locator("#f-profession-search");
    await search.fill("электромон");
    await eventually(async () =>
      expect(await frame.locator("#f-professions label").allTextContents()).toEqual(["Электромонтёр"]),
    );
    await frame.locator("#f-professions label", { hasText: "Электромонтёр" }).click();
    await search.fill("энергет");
    await frame.locator("#f-professions label", { hasText: "Инженер-энергетик" }).click();
    await eventually(async () =>
      expect(await frame.locator("#f-chosen .chip").allTextContents()).toEqual([
        "Электромонтёр×",
        "Инженер-энергетик×",
      ]),
    );
    await search.fill("");
    await screenshot(page, "19-equipment-form");
    await frame.locator("#save").click();
    const status = frame.locator("#status");
    await eventually(async () =>
      expect(await status.textContent()).toBe(
        `${ITEM} добавлено: строка ${before + 1} листа «Оборудование».`,
      ),
    );
    expect(runs.fns.filter((f) => f === "saveEquipmentItem")).toHaveLength(1);
    const saved = frame.locator(`.item[data-row="${before + 1}"]`);
    await expect(saved.locator(".name").textContent()).resolves.toBe(ITEM);
    await expect(saved.locator(".professions").textContent()).resolves.toBe(
      "Электромонтёр, Инженер-энергетик",
    );
    const row = (await readSheet(emu, "Оборудование"))[before];
    expect(row.slice(0, 6)).toEqual([
      ROOM,
      ITEM,
      6,
      "исправно",
      "Физика",
      "Электромонтёр, Инженер-энергетик",
    ]);
    await screenshot(page, "20-equipment-saved");

    // The resources tab: the list, and a resource's form with its kind, bands and component.
    await frame.locator("#tab-resources").click();
    const resources = frame.locator("#resources .item");
    await expect(resources.count()).resolves.toBe((await readSheet(emu, "Ресурсы")).length - 1);
    await screenshot(page, "21-equipment-resources");
    await resources.filter({ hasText: "Кедровский аграрный техникум" }).click();
    await expect(frame.locator("#r-kind option:checked").textContent()).resolves.toBe("ссуз");
    await screenshot(page, "22-equipment-resource-form");
    await frame.locator("#cancel").click();
    await frame.locator("#tab-equipment").click();
    runs.stop();

    // The analysis: the new item lets pupils try both professions.
    await clickMenu(page, "Итоги — оборудование");
    await eventually(
      async () =>
        expect(await page.locator("#tabs .tab.generated", { hasText: "Итоги — оборудование" }).count()).toBe(
          1,
        ),
      15000,
    );
    await openTab(page, "Итоги — оборудование");
    const report = await readSheet(emu, "Итоги — оборудование");
    for (const profession of ["Электромонтёр", "Инженер-энергетик"]) {
      // Профессия | Можно попробовать на практике | Единиц | Знакомств в плане | Предметы | Исправное оборудование | …
      const line = report.find((r) => r[0] === profession && (r[1] === "да" || r[1] === "нет"))!;
      expect(line[1]).toBe("да");
      expect(String(line[5])).toContain(`${ROOM}: ${ITEM} (6)`);
    }
    await page.locator(".chart svg").first().waitFor();
    await expect(page.locator(".chart").count()).resolves.toBe(2);
    // The sidebar closed, so that the tab and its first chart show at full width.
    await page.locator("#sidebar button.close").click();
    await screenshot(page, "23-equipment-report");
    await page.locator(".chart").nth(1).scrollIntoViewIfNeeded();
    await screenshot(page, "24-equipment-rooms-chart");
  },
};
