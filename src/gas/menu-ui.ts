// Builds the menu from the spec: createAddonMenu when built as an add-on, createMenu in a bound script.

import type { Messages } from "../i18n";
import { MENU } from "./menu";

declare const __PROFTRACK_TARGET__: "addon" | "bound";

/** Adds the ПрофТрек menu to the Sheets UI. Reads nothing from the spreadsheet (simple triggers run in AuthMode.NONE). */
export function buildMenu(m: Messages): void {
  const ui = SpreadsheetApp.getUi();
  const menu = __PROFTRACK_TARGET__ === "addon" ? ui.createAddonMenu() : ui.createMenu(m.addonName);
  for (const item of MENU) {
    if (item === "separator") menu.addSeparator();
    else if ("submenu" in item) {
      const sub = ui.createMenu(item.submenu(m));
      for (const i of item.items) sub.addItem(i.caption(m), i.fn);
      menu.addSubMenu(sub);
    } else menu.addItem(item.caption(m), item.fn);
  }
  menu.addToUi();
}
