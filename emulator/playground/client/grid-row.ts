// One row of the grid as DOM: row number, cells with their text, formats, note, dropdown mark or checkbox.

import type { ValidationJson } from "../api-types";
import { columnLetters, type SheetData } from "./grid-data";

function div(cls: string): HTMLDivElement {
  const el = document.createElement("div");
  el.className = cls;
  return el;
}

/**
 * A link's text: an anchor. A web page opens in a new tab without access to this page (rel=noopener); a place in the
 * workbook («#gid=…&range=…») is followed by the grid, which handles the click.
 */
function linkOf(url: string, text: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.className = "link";
  a.href = url;
  a.textContent = text;
  if (url.startsWith("#")) a.dataset.internal = "true";
  else {
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  return a;
}

/**
 * The cells of row r (0-based); `sel` is the selected cell, drawn with the selection outline (and highlighted when a
 * link led to it: `jumped`).
 */
export function rowCells(
  data: SheetData,
  r: number,
  sel: { r: number; c: number; jumped?: boolean },
): HTMLElement[] {
  const meta = data.meta!;
  const rn = div("rn");
  rn.textContent = String(r + 1);
  const line = Array.from({ length: meta.maxColumns }, (_, c) => data.cell(r, c));
  const empty = (c: number) =>
    !line[c].cell || (line[c].cell!.d === "" && !line[c].cell!.bg && !line[c].validation);
  const cells: HTMLElement[] = [rn];
  line.forEach(({ cell, validation }, c) => {
    const el = div("c");
    const width = data.colX[c + 1] - data.colX[c];
    el.style.width = `${width}px`;
    el.dataset.row = String(r + 1);
    el.dataset.col = String(c + 1);
    if (r === sel.r && c === sel.c) el.classList.add(...(sel.jumped ? ["sel", "jump"] : ["sel"]));
    if (cell) {
      if (validation?.kind === "checkbox") {
        const box = document.createElement("input");
        box.type = "checkbox";
        box.tabIndex = -1;
        box.checked = cell.t === "b" && cell.d === "ИСТИНА";
        box.setAttribute("aria-label", `${columnLetters(c + 1)}${r + 1}`);
        el.classList.add("check");
        el.append(box);
      } else {
        el.classList.add(`t-${cell.t || "e"}`);
        // Text runs on over empty cells to its right, as in Sheets.
        let spill = width;
        for (let k = c + 1; k < line.length && empty(k) && spill < 2000; k++)
          spill += data.colX[k + 1] - data.colX[k];
        if (
          cell.t === "s" &&
          !cell.al &&
          validation?.kind !== "list" &&
          spill > width &&
          cell.d.length * 6 > width
        ) {
          const span = cell.link ? linkOf(cell.link, cell.d) : document.createElement("span");
          span.classList.add("spill");
          span.style.width = `${spill - 6}px`;
          span.textContent = cell.d;
          el.classList.add("spills");
          el.append(span);
        } else if (cell.link) el.append(linkOf(cell.link, cell.d));
        else el.textContent = cell.d;
      }
      if (validation?.kind === "list") el.classList.add("dd");
      if (cell.bg) el.style.background = cell.bg;
      if (cell.fc) el.style.color = cell.fc;
      if (cell.b) el.style.fontWeight = "bold";
      if (cell.i) el.style.fontStyle = "italic";
      if (cell.al) el.style.textAlign = cell.al;
      if (cell.note) {
        el.title = cell.note;
        el.classList.add("noted");
      }
    }
    cells.push(el);
  });
  return cells;
}

/** The cell bar's hint for a validation: its help text, or what it accepts. */
export function hintOf(v: ValidationJson | undefined): string {
  if (!v) return "";
  if (v.helpText) return v.helpText;
  if (v.kind === "list")
    return `Значение из списка: ${v.values.slice(0, 8).join(", ")}${v.values.length > 8 ? ", …" : ""}`;
  if (v.kind === "checkbox") return "Флажок: пробел или щелчок меняет значение";
  return "";
}
