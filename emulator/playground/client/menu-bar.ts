// The add-on's menus exactly as onOpen built them: items, separators and submenus, opened by click like in Sheets.

import type { MenuItemModel, MenuModel } from "../api-types";
import { el } from "./dom";

export type RunItem = (functionName: string, caption: string) => void;

function list(items: MenuItemModel[], run: RunItem, closeAll: () => void): HTMLUListElement {
  const ul = el("ul", "menu-list");
  ul.setAttribute("role", "menu");
  for (const item of items) {
    const li = el("li", "");
    if (item.submenu) {
      const b = el("button", "menu-item has-sub", item.caption);
      b.type = "button";
      b.setAttribute("role", "menuitem");
      b.setAttribute("aria-haspopup", "menu");
      const sub = list(item.submenu.items, run, closeAll);
      sub.classList.add("submenu", "hidden");
      const open = () => {
        ul.querySelectorAll(":scope > li > .submenu").forEach((other) => {
          if (other !== sub) other.classList.add("hidden");
        });
        sub.classList.remove("hidden");
      };
      b.addEventListener("click", open);
      b.addEventListener("mouseenter", open);
      li.append(b, sub);
    } else if (item.functionName === null) {
      li.className = "separator";
      li.setAttribute("role", "separator");
    } else {
      const fn = item.functionName;
      const b = el("button", "menu-item", item.caption);
      b.type = "button";
      b.setAttribute("role", "menuitem");
      b.title = `${fn}()`;
      b.addEventListener("click", () => {
        closeAll();
        run(fn, item.caption);
      });
      li.append(b);
    }
    ul.append(li);
  }
  return ul;
}

/** Draws the menus into the top bar; a click on an item runs its global function. */
export function renderMenus(root: HTMLElement, menus: MenuModel[], run: RunItem): void {
  const closeAll = () => {
    root.querySelectorAll(".menu-list").forEach((l) => {
      l.classList.add("hidden");
    });
    root.querySelectorAll(".menu-top").forEach((b) => {
      b.setAttribute("aria-expanded", "false");
    });
  };
  const tops: HTMLElement[] = menus.map((menu) => {
    const wrap = el("div", "menu");
    const top = el("button", "menu-top", menu.caption);
    top.type = "button";
    top.setAttribute("aria-haspopup", "menu");
    top.setAttribute("aria-expanded", "false");
    if (menu.addon) top.title = "Меню дополнения: в Google Таблицах оно в «Расширения»";
    const dropdown = list(menu.items, run, closeAll);
    dropdown.classList.add("hidden");
    top.addEventListener("click", (e) => {
      e.stopPropagation();
      const wasOpen = !dropdown.classList.contains("hidden");
      closeAll();
      if (!wasOpen) {
        dropdown.classList.remove("hidden");
        top.setAttribute("aria-expanded", "true");
      }
    });
    wrap.append(top, dropdown);
    return wrap;
  });
  if (menus.length === 0) tops.push(el("span", "muted", "onOpen не построил меню"));
  root.replaceChildren(...tops);
  if (!root.dataset.wired) {
    root.dataset.wired = "1";
    document.addEventListener("click", (e) => {
      if (!root.contains(e.target as Node)) closeAll();
    });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Escape") closeAll();
    });
  }
}
