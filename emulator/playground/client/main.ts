// The playground page: menu, cell bar, grid, tab strip, sidebar panel, dialogs, toasts; state refreshed after each action.

import type { ShownInfo, StateResponse, TabInfo } from "../api-types";
import * as api from "./api";
import { Grid } from "./grid";
import { linkTarget } from "./links";
import { renderMenus } from "./menu-bar";
import { AlertQueue, toast } from "./notices";
import { Panels } from "./panels";
import { renderTabs } from "./tab-strip";

const byId = (id: string) => document.getElementById(id)!;

class App {
  private cursor: string | undefined;
  private tabs: TabInfo[] = [];
  private activeId: number | null = null;
  private lastServerActive: number | null = null;
  private menusJson = "";
  private version = -1;
  private busy = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly grid: Grid;
  private readonly panels: Panels;
  private readonly alerts = new AlertQueue(byId("alerts"));

  constructor() {
    this.grid = new Grid(byId("grid"), {
      edit: (sheetId, row, column, value) => this.edit(sheetId, row, column, value),
      selected: ({ ref, text, hint }) => {
        byId("cell-ref").textContent = ref;
        byId("cell-text").textContent = text;
        byId("cell-hint").textContent = hint;
      },
      follow: (url) => void this.follow(url),
    });
    this.panels = new Panels(byId("sidebar"), byId("overlay"), {
      ran: () => void this.refresh(),
      focusEditor: () => this.grid.focus(),
    });
    window.addEventListener("focus", () => void this.refresh());
  }

  /** Fetches what changed since the last look; refreshes never overlap. */
  refresh(): Promise<void> {
    this.queue = this.queue
      .then(() => this.pull())
      .catch((e: Error) => this.error(`Нет связи с сервером playground: ${e.message}`));
    return this.queue;
  }

  private async pull(): Promise<void> {
    const s = await api.getState(this.cursor);
    this.cursor = s.cursor;
    document.title = `${s.workbookName} — ПрофТрек (локально)`;
    byId("doc-name").textContent = s.workbookName;
    const menusJson = JSON.stringify(s.menus);
    if (menusJson !== this.menusJson) {
      this.menusJson = menusJson;
      renderMenus(byId("menus"), s.menus, (fn, caption) => void this.runItem(fn, caption));
    }
    this.tabs = s.tabs;
    const target = this.pickTab(s);
    renderTabs(byId("tabs"), this.tabs, target, (id) => void this.choose(id));
    this.showNew(s.shown);
    for (const t of s.toasts) toast(byId("toasts"), t);
    if (s.alerts.length) this.alerts.push(s.alerts);
    if (target !== null && target !== this.grid.sheetId) await this.grid.show(target);
    else if (s.version !== this.version) await this.grid.reload();
    this.version = s.version;
    byId("sheet-flag").textContent = this.flagOf(target);
  }

  /** The tab to show: the one the script activated if it changed, else the one the person chose, else the first visible. */
  private pickTab(s: StateResponse): number | null {
    if (s.activeSheetId !== null && s.activeSheetId !== this.lastServerActive)
      this.activeId = s.activeSheetId;
    this.lastServerActive = s.activeSheetId;
    if (!this.tabs.some((t) => t.id === this.activeId))
      this.activeId = (this.tabs.find((t) => !t.hidden) ?? this.tabs[0])?.id ?? null;
    return this.activeId;
  }

  private flagOf(id: number | null): string {
    const tab = this.tabs.find((t) => t.id === id);
    if (!tab) return "";
    if (tab.generated)
      return "Лист сформирован ПрофТрек и пересоздаётся целиком: правки здесь будут потеряны.";
    return tab.hidden ? "Скрытый лист." : "";
  }

  /** Sheets shows one sidebar and one dialog at a time: the last of each kind wins. */
  private showNew(shown: ShownInfo[]): void {
    const lastSidebar = [...shown].reverse().find((s) => s.kind === "sidebar");
    const lastDialog = [...shown].reverse().find((s) => s.kind !== "sidebar");
    if (lastSidebar) this.panels.show(lastSidebar);
    if (lastDialog) this.panels.show(lastDialog);
  }

  private async choose(id: number): Promise<void> {
    this.activeId = id;
    this.lastServerActive = id;
    await api.activate(id).catch(() => undefined);
    await this.refresh();
    this.grid.focus();
  }

  /** A link «#gid=…&range=…» (Sheets' link to a range): shows that tab and selects the range's first cell. */
  private async follow(url: string): Promise<void> {
    const target = linkTarget(url);
    if (target?.kind !== "cell") return;
    const tab = this.tabs.find((t) => t.id === target.gid);
    if (!tab) {
      this.error(`Ссылка ведёт на лист, которого в книге нет (gid=${target.gid}).`);
      return;
    }
    if (tab.id !== this.grid.sheetId) await this.choose(tab.id);
    this.grid.reveal(target.row - 1, target.column - 1);
    this.grid.focus();
  }

  private setBusy(delta: number, text?: string): void {
    this.busy += delta;
    const status = byId("status");
    if (text) status.textContent = text;
    status.classList.toggle("working", this.busy > 0);
  }

  private async runItem(fn: string, caption: string): Promise<void> {
    this.setBusy(1, `Выполняется «${caption}»…`);
    try {
      const r = await api.run(fn, []);
      if (!r.ok) this.error(`«${caption}»: ${r.error.message}`);
      this.saved(r.saveError);
    } catch (e) {
      this.error((e as Error).message);
    } finally {
      this.setBusy(-1);
    }
    await this.refresh();
  }

  private async edit(
    sheetId: number,
    row: number,
    column: number,
    value: string | boolean,
  ): Promise<boolean> {
    this.setBusy(1, "Сохранение…");
    let ok = false;
    try {
      const r = await api.edit(sheetId, row, column, value);
      ok = r.ok;
      if (!r.ok) this.error(r.error.message);
      this.saved(r.saveError);
    } catch (e) {
      this.error((e as Error).message);
    } finally {
      this.setBusy(-1);
    }
    await this.refresh();
    return ok;
  }

  private saved(saveError: string | undefined): void {
    if (saveError) this.error(`Книга не сохранена: ${saveError}`);
    else
      byId("status").textContent =
        `Изменение принято (${new Date().toLocaleTimeString("ru-RU")}); книга сохраняется в фоне, через секунду`;
  }

  private error(message: string): void {
    toast(byId("toasts"), { title: "Ошибка", message, timeoutSeconds: -1 }, "error");
  }
}

void new App().refresh();
