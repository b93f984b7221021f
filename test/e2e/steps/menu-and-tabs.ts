// Step: the page shows the ПрофТрек menu exactly as onOpen built it, and one tab per sheet of the workbook.

import type { MenuItemModel } from "../../../emulator/context";
import { screenshot } from "../harness";
import type { Step } from "./types";

/** Captions as the dropdown shows them: separators as "—", submenus as "caption ▸". */
function expected(items: MenuItemModel[]): string[] {
  return items.map((i) => (i.submenu ? `${i.caption} ▸` : i.functionName === null ? "—" : i.caption));
}

export const menuAndTabs: Step = {
  name: "страница показывает меню ПрофТрек, построенное onOpen, и вкладки листов",
  async run({ h }) {
    const { page, emu } = h;
    expect(emu.ui.menus.length).toBeGreaterThan(0);
    const tops = page.locator("#menus .menu-top");
    await expect(tops.allTextContents()).resolves.toEqual(emu.ui.menus.map((m) => m.caption));

    const menu = emu.ui.menus[0];
    await tops.first().click();
    const shown = await page
      .locator(".menu-list:visible")
      .first()
      .evaluate((ul) =>
        Array.from(ul.children).map((li) => {
          if (li.classList.contains("separator")) return "—";
          const b = li.querySelector(".menu-item")!;
          return b.classList.contains("has-sub") ? `${b.textContent} ▸` : (b.textContent ?? "");
        }),
      );
    expect(shown).toEqual(expected(menu.items));
    await screenshot(page, "01-menu-open");
    await page.keyboard.press("Escape");
    await expect(page.locator(".menu-list:visible").count()).resolves.toBe(0);

    const tabs = await page.locator("#tabs .tab").evaluateAll((els) =>
      els.map((e) => ({
        name: e.lastChild?.textContent ?? "",
        hidden: e.classList.contains("hidden-tab"),
      })),
    );
    expect(tabs).toEqual(
      [...emu.workbook.sheets.filter((s) => !s.hidden), ...emu.workbook.sheets.filter((s) => s.hidden)].map(
        (s) => ({
          name: s.name,
          hidden: s.hidden,
        }),
      ),
    );
    await screenshot(page, "02-page");
  },
};
