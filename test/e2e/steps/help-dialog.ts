// Step: «Справка» opens the help dialog; its list names every item of the menu; «Закрыть» closes it.

import type { MenuItemModel } from "../../../emulator/context";
import { clickMenu, dialogFrame, screenshot } from "../harness";
import type { Step } from "./types";

/** Every item the menu runs, a submenu's with its path («Анкеты → Создать форму»), as «Справка» lists them. */
function leafCaptions(items: MenuItemModel[], path = ""): string[] {
  return items.flatMap((i) =>
    i.submenu
      ? leafCaptions(i.submenu.items, `${path}${i.caption} → `)
      : i.functionName === null
        ? []
        : [`${path}${i.caption}`],
  );
}

export const helpDialog: Step = {
  name: "«Справка» открывает окно справки с пунктами меню и закрывается",
  async run({ h }) {
    const { page, emu } = h;
    const before = emu.ui.shown.length;
    await clickMenu(page, "Справка");
    const dialog = page.locator("#overlay .dialog");
    await dialog.waitFor();
    const shown = emu.ui.shown[before];
    expect(shown.kind).toBe("modal");
    await expect(dialog.getAttribute("aria-label")).resolves.toBe(shown.title);
    await expect(page.locator("#overlay .dialog-title").textContent()).resolves.toBe(shown.title);

    const frame = dialogFrame(page);
    await frame.locator("li").first().waitFor();
    const listed = await frame.locator("li b").allTextContents();
    expect(listed).toEqual(leafCaptions(emu.ui.menus[0].items));
    const box = await page.locator("#overlay iframe.dialog-frame").boundingBox();
    if (shown.width) expect(Math.round(box!.width)).toBe(shown.width);
    if (shown.height) expect(Math.round(box!.height)).toBe(shown.height);
    await screenshot(page, "03-help-dialog");

    await frame.getByRole("button", { name: "Закрыть" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect(page.locator("#overlay").isHidden()).resolves.toBe(true);
  },
};
