// Builds an EmuContext for SpreadsheetApp tests: a fresh workbook, a counter, a UI log, and (optionally) a vm realm
// standing in for the bundle's, so that tests can check that Dates handed out belong to it.

import vm from "node:vm";
import { CallCounter, type EmuContext, newUiLog } from "../../../emulator/context";
import { newWorkbook, type WorkbookModel } from "../../../emulator/model";
import { createSpreadsheetApp } from "../../../emulator/spreadsheet";

export interface TestOptions {
  workbook?: WorkbookModel;
  locale?: string;
  email?: string;
  /** Make Dates in a separate vm realm (as the loader does); default: this realm. */
  realm?: boolean;
}

export interface TestRealm {
  /** `x instanceof Date`, evaluated inside the realm. */
  isRealmDate: (x: unknown) => boolean;
  /** A Date made inside the realm (as the bundle would pass one in). */
  makeDate: (t: number) => Date;
}

export function makeContext(opts: TestOptions = {}): { ctx: EmuContext; realm: TestRealm } {
  const workbook = opts.workbook ?? newWorkbook(opts.locale ? { locale: opts.locale } : {});
  const context = vm.createContext(Object.create(null));
  const makeDate = vm.runInContext("(t) => new Date(t)", context) as (t: number) => Date;
  const isRealmDate = vm.runInContext("(x) => x instanceof Date", context) as (x: unknown) => boolean;
  const ctx: EmuContext = {
    workbook,
    counter: new CallCounter(),
    ui: newUiLog(),
    uiScript: { alertAnswers: [], promptAnswers: [] },
    user: { email: opts.email ?? "teacher@school.example", locale: "ru" },
    activeSheetId: workbook.sheets[0]?.id ?? 0,
    now: () => new Date("2026-09-01T09:00:00Z"),
    toRealmDate: opts.realm ? (d) => makeDate(d.getTime()) : (d) => new Date(d.getTime()),
    readHtmlFile: () => "",
  };
  return { ctx, realm: { isRealmDate, makeDate } };
}

/** A context with SpreadsheetApp over it, and the active spreadsheet and its first sheet at hand. */
export function makeApp(opts: TestOptions = {}) {
  const { ctx, realm } = makeContext(opts);
  const app = createSpreadsheetApp(ctx);
  const ss = app.getActive();
  const sheet = ss.getSheets()[0];
  ctx.counter.reset();
  return { ctx, realm, app, ss, sheet, wb: ctx.workbook };
}

/** Runs `fn` and returns the message it threw (fails the test if it did not throw). */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an exception");
}
