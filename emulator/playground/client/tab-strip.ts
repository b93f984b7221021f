// The tab strip under the grid: visible tabs in order, ПрофТрек's generated tabs marked, hidden tabs listed apart and greyed.

import type { TabInfo } from "../api-types";

function tabButton(tab: TabInfo, active: boolean, choose: (id: number) => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "tab";
  b.setAttribute("role", "tab");
  b.setAttribute("aria-selected", String(active));
  b.dataset.sheetId = String(tab.id);
  b.textContent = tab.name;
  const notes: string[] = [];
  if (tab.generated) {
    b.classList.add("generated");
    const mark = document.createElement("span");
    mark.className = "gen-mark";
    mark.textContent = "авто";
    mark.setAttribute("aria-hidden", "true");
    b.prepend(mark);
    notes.push("Лист сформирован ПрофТрек и пересоздаётся целиком: правьте исходные листы");
  }
  if (tab.hidden) {
    b.classList.add("hidden-tab");
    notes.push("Скрытый лист");
  }
  if (notes.length) b.title = notes.join(". ");
  if (tab.tabColor) b.style.borderBottomColor = tab.tabColor;
  if (active) b.classList.add("active");
  b.addEventListener("click", () => choose(tab.id));
  return b;
}

export function renderTabs(
  root: HTMLElement,
  tabs: TabInfo[],
  activeId: number | null,
  choose: (id: number) => void,
): void {
  const visible = tabs.filter((t) => !t.hidden);
  const hidden = tabs.filter((t) => t.hidden);
  const nodes: Node[] = visible.map((t) => tabButton(t, t.id === activeId, choose));
  if (hidden.length) {
    const label = document.createElement("span");
    label.className = "hidden-label";
    label.textContent = `Скрытые (${hidden.length}):`;
    nodes.push(label, ...hidden.map((t) => tabButton(t, t.id === activeId, choose)));
  }
  root.replaceChildren(...nodes);
  root.querySelector(".tab.active")?.scrollIntoView({ block: "nearest", inline: "nearest" });
}
