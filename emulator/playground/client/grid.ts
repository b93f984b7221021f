// The active tab as a grid: letters and row numbers, sticky frozen rows, only the visible rows in the DOM, in-cell editing.

import { chartBox } from "./charts";
import { CHUNK, columnLetters, HEAD_H, RN_W, ROW_H, SheetData } from "./grid-data";
import { type EditEnd, openEditor } from "./grid-editor";
import { hintOf, rowCells } from "./grid-row";

export interface GridHost {
  /** A person's edit of one cell (1-based); resolves false when the edit was refused. */
  edit(sheetId: number, row: number, column: number, value: string | boolean): Promise<boolean>;
  /** The selected cell changed: its address, its text for the cell bar, and a hint (note, list, help text). */
  selected(info: { ref: string; text: string; hint: string }): void;
  /** A link to a place in the workbook was clicked (or Alt+Enter pressed on it): «#gid=123&range=C86». */
  follow(url: string): void;
}

const OVERSCAN = 12;

function div(cls: string): HTMLDivElement {
  const el = document.createElement("div");
  el.className = cls;
  return el;
}

export class Grid {
  private data: SheetData | null = null;
  private readonly scroller = div("grid-scroll");
  private readonly inner = div("grid-inner");
  private readonly head = div("grid-head");
  private readonly body = div("grid-body");
  private readonly rendered = new Map<number, HTMLDivElement>();
  /** The selected cell; `jumped` while it is the one a link led to (highlighted until the next selection). */
  private sel: { r: number; c: number; jumped?: boolean } = { r: 0, c: 0 };
  private editing = false;
  private frame = 0;

  constructor(
    root: HTMLElement,
    private readonly host: GridHost,
  ) {
    this.scroller.tabIndex = 0;
    this.scroller.setAttribute("role", "grid");
    this.scroller.setAttribute("aria-label", "Ячейки листа");
    this.inner.append(this.head, this.body);
    this.scroller.append(this.inner);
    root.append(this.scroller);
    this.scroller.addEventListener("scroll", () => this.schedule());
    this.scroller.addEventListener("keydown", (e) => this.onKey(e));
    this.inner.addEventListener("mousedown", (e) => this.onPointer(e, false));
    this.inner.addEventListener("dblclick", (e) => this.onPointer(e, true));
    this.inner.addEventListener("click", (e) => this.onLinkClick(e));
    new ResizeObserver(() => this.schedule()).observe(this.scroller);
  }

  get sheetId(): number | null {
    return this.data?.sheetId ?? null;
  }

  focus(): void {
    this.scroller.focus({ preventScroll: true });
  }

  /** Shows another tab from its top-left corner. */
  async show(sheetId: number): Promise<void> {
    const data = new SheetData(sheetId, (what) => {
      if (data !== this.data) return;
      if (what === "meta") this.layout();
      else this.repaintChunk(what);
    });
    this.data = data;
    this.scroller.dataset.sheetId = String(sheetId);
    this.sel = { r: 0, c: 0 };
    this.scroller.scrollTop = 0;
    this.scroller.scrollLeft = 0;
    this.head.replaceChildren();
    this.body.replaceChildren();
    this.rendered.clear();
    await data.load();
    this.announce();
  }

  /** Refetches what is on screen after a change (an edit, a menu action, a sidebar call). */
  async reload(): Promise<void> {
    const data = this.data;
    if (!data?.meta) return;
    const [first, last] = this.visibleRange();
    const chunks = new Set<number>();
    for (let k = Math.floor(first / CHUNK); k <= Math.floor(last / CHUNK); k++) chunks.add(k);
    await data.reload([...chunks]);
    if (data === this.data) this.announce();
  }

  private frozen(): number {
    const m = this.data?.meta;
    return m ? Math.min(m.frozenRows, m.maxRows, 50) : 0;
  }

  private layout(): void {
    const data = this.data;
    const meta = data?.meta;
    if (!data || !meta) return;
    const frozen = this.frozen();
    const headH = HEAD_H + frozen * ROW_H;
    const width = RN_W + data.colX[meta.maxColumns];
    this.inner.style.width = `${width}px`;
    this.inner.style.height = `${headH + (meta.maxRows - frozen) * ROW_H}px`;
    this.head.style.height = `${headH}px`;
    this.body.style.top = `${headH}px`;
    this.body.style.width = `${width}px`;
    const letters = div("row letters");
    letters.append(div("rn corner"));
    for (let c = 0; c < meta.maxColumns; c++) {
      const l = div("c letter");
      l.style.width = `${data.colX[c + 1] - data.colX[c]}px`;
      l.textContent = columnLetters(c + 1);
      letters.append(l);
    }
    this.head.replaceChildren(letters);
    for (let r = 0; r < frozen; r++) this.head.append(this.fillRow(div("row frozen"), r));
    this.body.replaceChildren();
    this.rendered.clear();
    for (const chart of meta.charts) {
      const box = chartBox(chart);
      box.style.top = `${Math.max(0, chart.row - 1 - frozen) * ROW_H + 4}px`;
      box.style.left = `${RN_W + (data.colX[chart.column - 1] ?? 0) + 4}px`;
      this.body.append(box);
    }
    this.paint();
  }

  private visibleRange(): [number, number] {
    const meta = this.data?.meta;
    if (!meta) return [0, -1];
    const frozen = this.frozen();
    const viewH = this.scroller.clientHeight || 600;
    const first = frozen + Math.max(0, Math.floor(this.scroller.scrollTop / ROW_H) - OVERSCAN);
    const last = Math.min(
      meta.maxRows - 1,
      frozen + Math.ceil((this.scroller.scrollTop + viewH) / ROW_H) + OVERSCAN,
    );
    return [first, last];
  }

  private schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  /** Keeps exactly the visible rows (and a margin) in the DOM. */
  private paint(): void {
    this.frame = 0;
    const data = this.data;
    if (!data?.meta) return;
    const [first, last] = this.visibleRange();
    for (const [r, el] of this.rendered) {
      if (r < first || r > last) {
        if (this.editing && r === this.sel.r) continue;
        el.remove();
        this.rendered.delete(r);
      }
    }
    const frozen = this.frozen();
    for (let r = first; r <= last; r++) {
      data.ensure(r);
      if (this.rendered.has(r)) continue;
      const el = this.fillRow(div("row"), r);
      el.style.top = `${(r - frozen) * ROW_H}px`;
      this.body.append(el);
      this.rendered.set(r, el);
    }
  }

  private repaintChunk(k: number): void {
    const busy = (r: number) => this.editing && r === this.sel.r;
    for (const [r, el] of this.rendered) if (Math.floor(r / CHUNK) === k && !busy(r)) this.fillRow(el, r);
    if (k === 0)
      this.head.querySelectorAll<HTMLDivElement>(".row.frozen").forEach((el, r) => {
        if (!busy(r)) this.fillRow(el, r);
      });
    if (k === Math.floor(this.sel.r / CHUNK)) this.announce();
    this.paint();
  }

  private fillRow(row: HTMLDivElement, r: number): HTMLDivElement {
    row.replaceChildren(...rowCells(this.data!, r, this.sel));
    return row;
  }

  private cellEl(r: number, c: number): HTMLElement | null {
    return this.inner.querySelector<HTMLElement>(`.c[data-row="${r + 1}"][data-col="${c + 1}"]`);
  }

  /**
   * Selects the cell a link leads to (0-based), scrolled to a third of the view from the top as Sheets does, and
   * highlights it until the next selection.
   */
  reveal(r: number, c: number): void {
    this.select(r, c, true);
  }

  private select(r: number, c: number, jumped = false): void {
    const meta = this.data?.meta;
    if (!meta) return;
    r = Math.max(0, Math.min(meta.maxRows - 1, r));
    c = Math.max(0, Math.min(meta.maxColumns - 1, c));
    this.cellEl(this.sel.r, this.sel.c)?.classList.remove("sel", "jump");
    this.sel = jumped ? { r, c, jumped } : { r, c };
    this.scrollTo(r, c, jumped);
    this.paint();
    this.cellEl(r, c)?.classList.add(...(jumped ? ["sel", "jump"] : ["sel"]));
    this.announce();
  }

  private scrollTo(r: number, c: number, jumped = false): void {
    const data = this.data!;
    const frozen = this.frozen();
    const s = this.scroller;
    if (r >= frozen) {
      const y = (r - frozen) * ROW_H;
      const viewH = s.clientHeight - HEAD_H - frozen * ROW_H;
      if (jumped && (y < s.scrollTop || y + ROW_H > s.scrollTop + viewH))
        s.scrollTop = Math.max(0, y - Math.floor(viewH / 3));
      else if (y < s.scrollTop) s.scrollTop = y;
      else if (y + ROW_H > s.scrollTop + viewH) s.scrollTop = y + ROW_H - viewH;
    }
    const x = data.colX[c];
    const w = data.colX[c + 1] - x;
    const viewW = s.clientWidth - RN_W;
    if (x < s.scrollLeft) s.scrollLeft = x;
    else if (x + w > s.scrollLeft + viewW) s.scrollLeft = x + w - viewW;
  }

  /** A click on a link to a place in the workbook follows it; a web link opens in a new tab by itself. */
  private onLinkClick(e: MouseEvent): void {
    const a = (e.target as HTMLElement).closest<HTMLAnchorElement>("a.link");
    if (!a) return;
    if (this.editing) {
      e.preventDefault();
      return;
    }
    if (a.dataset.internal) {
      e.preventDefault();
      this.host.follow(a.getAttribute("href") ?? "");
    }
  }

  private announce(): void {
    const data = this.data;
    if (!data?.meta) return;
    const { cell, validation } = data.cell(this.sel.r, this.sel.c);
    this.host.selected({
      ref: `${columnLetters(this.sel.c + 1)}${this.sel.r + 1}`,
      text: cell?.e ?? "",
      hint: [cell?.note, hintOf(validation)].filter(Boolean).join(" · "),
    });
  }

  private onPointer(e: MouseEvent, dbl: boolean): void {
    const target = (e.target as HTMLElement).closest<HTMLElement>(".c[data-row]");
    if (!target || this.editing) return;
    const r = Number(target.dataset.row) - 1;
    const c = Number(target.dataset.col) - 1;
    this.select(r, c);
    if ((e.target as HTMLElement).tagName === "INPUT") {
      e.preventDefault();
      this.toggle();
    } else if (dbl) this.startEdit();
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editing || !this.data?.meta) return;
    const { r, c } = this.sel;
    const page = Math.max(1, Math.floor(this.scroller.clientHeight / ROW_H) - 2);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + 1, c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + 1],
      PageUp: [r - page, c],
      PageDown: [r + page, c],
      Tab: [r, e.shiftKey ? c - 1 : c + 1],
      Home: e.ctrlKey ? [0, 0] : [r, 0],
    };
    const move = moves[e.key];
    const { cell, validation } = this.data.cell(r, c);
    const kind = validation?.kind;
    if (e.key === "Enter" && e.altKey && cell?.link) this.openLink(cell.link);
    else if (move) this.select(move[0], move[1]);
    else if (e.key === "Enter" || e.key === "F2") kind === "checkbox" ? this.toggle() : this.startEdit();
    else if (e.key === " " && kind === "checkbox") this.toggle();
    else if (e.key === "Delete" || e.key === "Backspace") void this.commit(r, c, "");
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && kind !== "checkbox")
      this.startEdit(e.key);
    else return;
    e.preventDefault();
  }

  /** Alt+Enter on a link cell: the same as a click on its link. */
  private openLink(url: string): void {
    if (url.startsWith("#")) this.host.follow(url);
    else window.open(url, "_blank", "noopener,noreferrer");
  }

  private toggle(): void {
    const { r, c } = this.sel;
    const { cell } = this.data!.cell(r, c);
    void this.commit(r, c, !(cell?.t === "b" && cell.d === "ИСТИНА"));
  }

  private startEdit(replaceWith?: string): void {
    const { r, c } = this.sel;
    const el = this.cellEl(r, c);
    if (!el || !this.data) return;
    const { cell, validation } = this.data.cell(r, c);
    const text = cell?.e ?? "";
    this.editing = true;
    // A strict list (reject input) is a select; a warning-only list lets the teacher type, with the list as hints.
    const list = validation?.kind === "list" ? validation : undefined;
    const options = list?.strict ? list.values : undefined;
    openEditor(
      el,
      {
        text,
        options,
        suggestions: list && !list.strict ? list.values : undefined,
        replaceWith: options ? undefined : replaceWith,
      },
      (value, end: EditEnd) => {
        this.editing = false;
        if (value !== null && value !== text) void this.commit(r, c, value);
        if (end === "enter") this.select(r + 1, c);
        else if (end === "tab") this.select(r, c + 1);
        if (end !== "blur") this.focus();
      },
    );
  }

  /** Shows the typed value at once, then lets the server type it and fire onEdit; the refresh brings the result. */
  private async commit(r: number, c: number, value: string | boolean): Promise<void> {
    const data = this.data;
    if (!data) return;
    const el = this.cellEl(r, c);
    if (el && typeof value === "string") {
      el.classList.add("pending");
      el.textContent = value;
    }
    await this.host.edit(data.sheetId, r + 1, c + 1, value);
  }
}
