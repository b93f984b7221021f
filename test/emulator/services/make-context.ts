// Builds an EmuContext for service tests: a fresh workbook, a call counter, an empty UI log, a fixed clock.

import { CallCounter, type EmuContext, newUiLog } from "../../../emulator/context";
import { newWorkbook, type WorkbookModel } from "../../../emulator/model";

export interface ContextOptions {
  email?: string;
  locale?: string;
  now?: Date;
  workbook?: WorkbookModel;
  /** Built HTML files by name (without .html). */
  html?: Record<string, string>;
}

/** 2024-09-02 09:30:00.123 in Moscow (UTC+3). */
export const FIXED_NOW = new Date("2024-09-02T06:30:00.123Z");

export function makeContext(opts: ContextOptions = {}): EmuContext {
  const workbook = opts.workbook ?? newWorkbook({ id: "wb-test" });
  const html = opts.html ?? {};
  const now = opts.now ?? FIXED_NOW;
  return {
    workbook,
    counter: new CallCounter(),
    ui: newUiLog(),
    uiScript: { alertAnswers: [], promptAnswers: [] },
    user: { email: opts.email ?? "teacher@school.example", locale: opts.locale ?? "ru" },
    activeSheetId: workbook.sheets[0]!.id,
    now: () => new Date(now.getTime()),
    toRealmDate: (d) => d,
    readHtmlFile: (name) => {
      if (!Object.hasOwn(html, name)) throw new Error(`missing ${name}.html`);
      return html[name]!;
    },
  };
}
