// The emulator's programmatic API: a workbook, the emulated services, and the real bundle loaded over them.

import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import vm from "node:vm";
import { CallCounter, type EmuContext, type Fault, newUiLog, type UiLog, type UiScript } from "./context";
import { createRealm, loadBundle } from "./loader";
import { appsScriptScopes } from "./manifest";
import { dropBlankStarterSheet, newWorkbook, type WorkbookModel } from "./model";
import { scopeGuard } from "./scopes";
import { useRealmErrors } from "./services/common";
import type { FormAnswer } from "./services/form-submit";
import { buildServices, type Services } from "./services-wiring";
import { type Input, typedInput } from "./spreadsheet/index";
import { readWorkbookFile, writeWorkbookFile } from "./xlsx";

export type { Fault } from "./context";
export type { WorkbookModel } from "./model";

const REPO = join(__dirname, "..");

/** What Sheets tells a person who types a value a "reject input" rule refuses. */
const REJECTED_RU = "Введенные данные нарушают правила проверки данных, установленные для этой ячейки.";
const REJECTED_EN = "The data you entered violates the data validation rules set on this cell.";

export interface EmulatorOptions {
  workbook?: WorkbookModel;
  /** Where Code.js and the .html files are (default: the repo's dist/). */
  distDir?: string;
  user?: { email?: string; locale?: string };
  now?: () => Date;
  /**
   * The OAuth scopes the script was granted (default: its manifest's, dist/appsscript.json). A service method none
   * of whose scopes is granted throws Apps Script's "You do not have permission to call …" (emulator/scopes.ts).
   */
  scopes?: readonly string[];
}

export type ClientResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; message: string } };

export interface Emulator {
  workbook: WorkbookModel;
  ctx: EmuContext;
  services: Services;
  ui: UiLog;
  uiScript: UiScript;
  calls: CallCounter;
  globals: string[];
  /** The .xlsx this emulator was opened from, if any. */
  path?: string;
  /** Runs a global of the bundle as one Apps Script execution (locks held by it are released at its end). */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** google.script.run on the server side: args are copied into the bundle's realm, the result is serialised. */
  runFromClient(name: string, args: unknown[]): ClientResult;
  /** A person's edit of one cell, typed like Sheets does; fires the bundle's onEdit if it has one. */
  editCell(sheetName: string, row: number, column: number, value: string | number | boolean): void;
  /** Runs a snippet of JavaScript in the bundle's realm as one execution (for conformance tests). */
  evaluate<T = unknown>(source: string): T;
  failAt(fault: Fault): void;
  save(path?: string): Promise<void>;
  /**
   * A person's response to a form, by question title, as Google handles it: stored, appended to the destination tab,
   * then each installable onFormSubmit trigger run as its own execution (as its owner, with no UI). A trigger's
   * failure does not reach the person: it is returned in `errors`, as Apps Script mails it to the trigger's owner.
   */
  submitForm(formId: string, answers: Readonly<Record<string, FormAnswer>>): FormSubmission;
}

export type { FormAnswer } from "./services/form-submit";

export interface FormSubmission {
  /** The destination tab and 1-based row the response went to (null without a destination). */
  sheet: string | null;
  row: number | null;
  /** What each trigger's handler returned, in order. */
  results: unknown[];
  errors: string[];
}

/** A new emulator over a workbook (a fresh one by default), with dist/Code.js loaded. */
export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const distDir = opts.distDir ?? join(REPO, "dist");
  const workbook = opts.workbook ?? newWorkbook();
  const realm = createRealm();
  const ctx: EmuContext = {
    workbook,
    counter: new CallCounter(),
    ui: newUiLog(),
    uiScript: { alertAnswers: [], promptAnswers: [] },
    user: { email: opts.user?.email ?? "teacher@school.example", locale: opts.user?.locale ?? "ru" },
    activeSheetId: workbook.sheets[0]?.id ?? 0,
    now: opts.now ?? (() => new Date()),
    toRealmDate: realm.realmDate,
    readHtmlFile: (name) => {
      const file = join(distDir, `${name}.html`);
      if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
      return readFileSync(file, "utf8");
    },
  };
  const services = buildServices(ctx);
  const distManifest = join(distDir, "appsscript.json");
  ctx.counter.guard = scopeGuard(
    opts.scopes ?? appsScriptScopes(existsSync(distManifest) ? distManifest : undefined),
  );
  const codePath = join(distDir, "Code.js");
  if (!existsSync(codePath)) throw new Error(`${codePath} is missing: run npm run build first`);
  const loaded = loadBundle(codePath, services.globals, realm);
  ctx.counter.reset();

  const emu: Emulator = {
    workbook,
    ctx,
    services,
    ui: ctx.ui,
    uiScript: ctx.uiScript,
    calls: ctx.counter,
    globals: loaded.globals.filter((g) => g !== "__app"),
    call<T>(name: string, ...args: unknown[]): T {
      const fn = loaded.context[name];
      if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
      useRealmErrors(realm.Error);
      return services.execution(() => fn(...args)) as T;
    },
    runFromClient(name, args) {
      try {
        const value = emu.call(name, ...(args.map((a) => loaded.toRealm(a)) as unknown[]));
        return { ok: true, value: serialiseResult(value) };
      } catch (e) {
        const err = e as { name?: string; message?: string };
        return { ok: false, error: { name: err?.name ?? "Error", message: err?.message ?? String(e) } };
      }
    },
    editCell(sheetName, row, column, value) {
      const sheet = workbook.sheets.find((s) => s.name === sheetName);
      if (!sheet) throw new Error(`no sheet named ${sheetName}`);
      const input: Input =
        typeof value === "string" ? typedInput(value, workbook.locale, workbook.timeZone) : { v: value };
      const typed = input.v;
      if (!services.acceptsEdit(sheet, row, column, typed)) {
        const e = new Error(workbook.locale.startsWith("ru") ? REJECTED_RU : REJECTED_EN);
        e.name = "ValidationError";
        throw e;
      }
      sheet.cells[row - 1] ??= [];
      const prev = sheet.cells[row - 1][column - 1];
      const cell = { ...prev, v: typed };
      // Sheets gives a typed date a date format when the cell's format is automatic.
      if (input.format !== undefined && cell.numberFormat === undefined) cell.numberFormat = input.format;
      sheet.cells[row - 1][column - 1] = cell;
      if (row > sheet.maxRows) sheet.maxRows = row;
      if (column > sheet.maxColumns) sheet.maxColumns = column;
      if (loaded.globals.includes("onEdit"))
        services.fireEdit(emu, sheet.id, row, column, prev?.v ?? "", typed);
    },
    evaluate<T>(source: string): T {
      useRealmErrors(realm.Error);
      return services.execution(() => vm.runInContext(source, loaded.context)) as T;
    },
    failAt(fault) {
      ctx.counter.failAt(fault);
    },
    submitForm(formId, answers) {
      const { submitted, runs } = services.submitForm(formId, answers);
      const results: unknown[] = [];
      const errors: string[] = [];
      for (const run of runs) {
        const fn = loaded.context[run.handler];
        if (typeof fn !== "function") {
          errors.push(`Script function not found: ${run.handler}`);
          continue;
        }
        useRealmErrors(realm.Error);
        try {
          // Plain parts (values, namedValues) as the bundle realm's arrays and objects; service objects as they are.
          const event: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(run.event))
            event[k] =
              v !== null &&
              typeof v === "object" &&
              Object.getPrototypeOf(v) !== Object.prototype &&
              !Array.isArray(v)
                ? v
                : loaded.toRealm(v);
          results.push(services.triggerExecution(run.owner, () => fn(event)));
        } catch (e) {
          errors.push((e as { message?: string })?.message ?? String(e));
        }
      }
      return { sheet: submitted?.sheet.name ?? null, row: submitted?.row ?? null, results, errors };
    },
    async save(path) {
      const target = path ?? emu.path;
      if (!target) throw new Error("save() needs a path: this emulator was not opened from a file");
      mkdirSync(dirname(target), { recursive: true });
      await writeWorkbookFile(workbook, target);
    },
  };
  return emu;
}

/** Opens an .xlsx (or creates it: setup, and the demo school with `demo`), with the bundle loaded over it. */
export async function openEmulator(
  path: string,
  opts: { demo?: boolean; distDir?: string } = {},
): Promise<Emulator> {
  if (existsSync(path)) {
    const emu = createEmulator({ workbook: await readWorkbookFile(path), distDir: opts.distDir });
    emu.path = path;
    return emu;
  }
  const emu = createEmulator({ workbook: newWorkbook(), distDir: opts.distDir });
  emu.path = path;
  if (emu.globals.includes("setupWorkbook")) emu.call("setupWorkbook");
  if (opts.demo && emu.globals.includes("fillDemoData")) emu.call("fillDemoData");
  dropBlankStarterSheet(emu.workbook);
  emu.ctx.activeSheetId = emu.workbook.sheets[0]?.id ?? 0;
  emu.calls.reset();
  await emu.save(path);
  return emu;
}

/**
 * What google.script.run hands back: JSON-like values (HTML service, «Communicate with server functions»: Date,
 * Function and DOM elements are not legal; undefined in arrays becomes null). A server function whose result holds
 * a Date anywhere reaches the client as null — a well-known Apps Script behaviour the emulator keeps, so a sidebar
 * that would break on Google breaks here too.
 */
export function serialiseResult(value: unknown): unknown {
  class Illegal {}
  const walk = (v: unknown): unknown => {
    if (v === undefined) return undefined;
    if (v === null) return null;
    const tag = Object.prototype.toString.call(v);
    if (tag === "[object Date]" || typeof v === "function") throw new Illegal();
    if (typeof v === "number") return Number.isFinite(v) ? v : null;
    if (typeof v !== "object") return v;
    if (Array.isArray(v)) return v.map((x) => walk(x) ?? null);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const w = walk(x);
      if (w !== undefined) out[k] = w;
    }
    return out;
  };
  try {
    return walk(value) ?? null;
  } catch (e) {
    if (e instanceof Illegal) return null;
    throw e;
  }
}
