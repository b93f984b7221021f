// What every emulated service shares: the workbook, the call counter with fault injection, the UI record, the clock.

import type { WorkbookModel } from "./model";
import type { FormModel } from "./services/form-model";

/** A fault to inject: throw `message` at the `nth` call (1-based) of `method` ("Range.setValues"), or of any call. */
export interface Fault {
  method?: string;
  nth: number;
  message: string;
}

/** Counts every service call per method ("Range.getValues") and throws injected faults. */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private total = 0;
  private faults: Fault[] = [];
  /** Cells a Range call read (values, formulas, notes, formats, validations) and wrote (set…/clear…), since reset. */
  cellsRead = 0;
  cellsWritten = 0;
  /** Ids of the sheets whose cells were read / written since reset. */
  readonly sheetsRead = new Set<number>();
  readonly sheetsWritten = new Set<number>();
  /** Throws when the call is not allowed (the manifest's OAuth scopes, emulator/scopes.ts); none by default. */
  guard: ((method: string) => void) | undefined;

  /** Records one call; throws if a fault is set for it. Every public service method calls this first. */
  hit(method: string): void {
    this.guard?.(method);
    this.total += 1;
    const n = (this.counts.get(method) ?? 0) + 1;
    this.counts.set(method, n);
    const fault = this.faults.find((f) =>
      f.method ? f.method === method && f.nth === n : f.nth === this.total,
    );
    if (fault) {
      this.faults = this.faults.filter((f) => f !== fault);
      throw new Error(fault.message);
    }
  }

  failAt(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Counts the cells of one Range call (the benchmark's «cells read and written»). */
  cells(kind: "read" | "write", n: number, sheetId: number): void {
    if (kind === "read") {
      this.cellsRead += n;
      this.sheetsRead.add(sheetId);
    } else {
      this.cellsWritten += n;
      this.sheetsWritten.add(sheetId);
    }
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.sheetsRead.clear();
    this.sheetsWritten.clear();
    this.faults = [];
  }

  get(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Sum of counts of methods whose name starts with prefix ("Range." or "Sheet.getDataRange"). */
  sum(prefix: string): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  get totalCalls(): number {
    return this.total;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** What Ui calls left behind: the menus built, sidebars and dialogs shown, alerts, toasts. */
export interface MenuItemModel {
  caption: string;
  /** The global function name, or null for a separator. */
  functionName: string | null;
  submenu?: MenuModel;
}
export interface MenuModel {
  caption: string;
  items: MenuItemModel[];
  /** true for createAddonMenu (shown under Extensions), false for createMenu. */
  addon: boolean;
}
export interface ShownHtml {
  kind: "sidebar" | "modal" | "modeless";
  title: string;
  html: string;
  width?: number;
  height?: number;
}
export interface UiLog {
  menus: MenuModel[];
  shown: ShownHtml[];
  alerts: { title: string; prompt: string; buttons: string; answer: string }[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
}

/** Scripted answers to alerts and prompts, consumed in order; with none left, alert answers OK / prompt answers CANCEL. */
export interface UiScript {
  alertAnswers: string[];
  promptAnswers: { button: string; text: string }[];
}

/** Simulated user of an execution: e-mail (may be empty, as for anonymous or cross-domain users) and locale. */
export interface UserModel {
  email: string;
  locale: string;
}

export interface EmuContext {
  workbook: WorkbookModel;
  counter: CallCounter;
  ui: UiLog;
  uiScript: UiScript;
  user: UserModel;
  /** The active sheet's id. */
  activeSheetId: number;
  /** The clock: tests may fix it. */
  now: () => Date;
  /** Returns a Date created in the bundle's realm, so that `instanceof Date` holds there. */
  toRealmDate: (d: Date) => Date;
  /** Reads a built HTML file by name (without .html) for HtmlService. */
  readHtmlFile: (name: string) => string;
  /** Makes a form's responses tab in this workbook, as Google does on Form.setDestination; returns its gid. */
  formDestination?: (form: FormModel) => number;
  /** False in an execution without a user interface (an installable trigger's): SpreadsheetApp.getUi() throws. */
  uiAvailable?: () => boolean;
}

export function newUiLog(): UiLog {
  return { menus: [], shown: [], alerts: [], toasts: [] };
}
