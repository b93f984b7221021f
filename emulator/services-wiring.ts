// Builds every emulated service over one context and the globals the bundle sees; runs calls as executions.

import type { EmuContext } from "./context";
import { appsScriptTimeZone } from "./manifest";
import type { CellValue, SheetModel } from "./model";
import { FormAppEmu, formsOf } from "./services/form-app";
import { createDestination, type FormAnswer, type SubmittedRow, submitForm } from "./services/form-submit";
import { createServices, newServicesState, type ServicesState } from "./services/index";
import { createCharts, createSpreadsheetApp } from "./spreadsheet/index";

export interface Services {
  /** name → service object, installed as globals of the bundle's realm. */
  globals: Record<string, unknown>;
  state: ServicesState;
  /** Runs fn as one Apps Script execution: locks it still holds are released at its end. */
  execution<T>(fn: () => T): T;
  /** Whether a person may type a value into a cell (its "reject input" validation). */
  acceptsEdit(sheet: SheetModel, row: number, column: number, value: CellValue): boolean;
  /** Fires the bundle's onEdit simple trigger for a person's edit of one cell. */
  fireEdit(
    emu: { call: (name: string, ...args: unknown[]) => unknown },
    sheetId: number,
    row: number,
    column: number,
    oldValue: unknown,
    value: unknown,
  ): void;
  /**
   * A person's response to a form, as Google handles it: stored, appended to the destination tab, and the installable
   * onFormSubmit triggers of the spreadsheet (event: authMode, namedValues, range, source, triggerUid, values) and of
   * the form (authMode, response, source, triggerUid) returned to be run, each as its owner, without a UI.
   */
  submitForm(
    formId: string,
    answers: Readonly<Record<string, FormAnswer>>,
  ): {
    submitted: SubmittedRow | null;
    runs: { handler: string; owner: string; event: Record<string, unknown> }[];
  };
  /** Runs fn as an installable trigger's execution: as `owner`, with no UI. */
  triggerExecution<T>(owner: string, fn: () => T): T;
}

export function buildServices(ctx: EmuContext): Services {
  const state = newServicesState({ printLogs: process.env.PROFTRACK_EMU_LOGS === "1" });
  const spreadsheetApp = createSpreadsheetApp(ctx);
  const others = createServices(ctx, state, { scriptTimeZone: appsScriptTimeZone() });
  const formApp = new FormAppEmu(ctx);
  ctx.formDestination = (form) => createDestination(ctx, form);
  ctx.uiAvailable = () => !state.executions.current.trigger;
  // Installable triggers live with the workbook, so that a file opened again in local mode still fires them.
  if (ctx.workbook.triggers) state.triggers.restore(ctx.workbook.triggers);
  const keepTriggers = () => {
    const snap = state.triggers.snapshot();
    if (snap.records.length > 0 || ctx.workbook.triggers) ctx.workbook.triggers = snap;
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: spreadsheetApp,
    Charts: createCharts(),
    ...others,
    FormApp: formApp,
  };
  return {
    globals,
    state,
    acceptsEdit: (sheet, row, column, value) => spreadsheetApp.acceptsEdit(sheet, row, column, value),
    execution<T>(fn: () => T): T {
      state.executions.begin();
      try {
        return fn();
      } finally {
        state.executions.end();
        keepTriggers();
      }
    },
    triggerExecution<T>(owner: string, fn: () => T): T {
      state.executions.begin({ effectiveUser: owner, trigger: true });
      try {
        return fn();
      } finally {
        state.executions.end();
        keepTriggers();
      }
    },
    submitForm(formId, answers) {
      const form = formsOf(ctx).find((f) => f.id === formId);
      if (!form) throw new Error(`no form ${formId}`);
      const result = submitForm(ctx, form, answers);
      const runs: { handler: string; owner: string; event: Record<string, unknown> }[] = [];
      const submitted = result.sheet ? (result as SubmittedRow) : null;
      if (submitted && form.destination) {
        const ss = spreadsheetApp.getActiveSpreadsheet();
        for (const t of state.triggers.list({
          eventType: "ON_FORM_SUBMIT",
          sourceId: form.destination.spreadsheetId,
        })) {
          if (t.source !== "SPREADSHEETS") continue;
          const sheet = ss.getSheets().find((s) => s.getSheetId() === submitted.sheet.id);
          runs.push({
            handler: t.handlerFunction,
            owner: t.owner,
            event: {
              authMode: "FULL",
              namedValues: submitted.namedValues,
              range: sheet?.getRange(submitted.row, 1, 1, submitted.width),
              source: ss,
              triggerUid: t.uid,
              values: submitted.values,
            },
          });
        }
      }
      for (const t of state.triggers.list({ eventType: "ON_FORM_SUBMIT", sourceId: form.id })) {
        if (t.source !== "FORMS") continue;
        const formObj = formApp.openById(form.id);
        const response = formObj.getResponses().find((r) => r.model.id === result.responseId);
        runs.push({
          handler: t.handlerFunction,
          owner: t.owner,
          event: { authMode: "FULL", response, source: formObj, triggerUid: t.uid },
        });
      }
      // Building the events is Google's work, not the script's: it is not counted.
      ctx.counter.reset();
      return { submitted, runs };
    },
    fireEdit(emu, sheetId, row, column, oldValue, value) {
      const ss = spreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getSheets().find((s) => s.getSheetId() === sheetId);
      if (!sheet) return;
      emu.call("onEdit", {
        source: ss,
        range: sheet.getRange(row, column),
        oldValue,
        value,
        authMode: "LIMITED",
        user: { getEmail: () => ctx.user.email },
      });
    },
  };
}
