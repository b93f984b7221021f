// Builds every emulated service over one context and the globals the bundle sees; runs calls as executions.

import type { EmuContext } from "./context";
import { appsScriptTimeZone } from "./manifest";
import type { CellValue, SheetModel } from "./model";
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
}

export function buildServices(ctx: EmuContext): Services {
  const state = newServicesState({ printLogs: process.env.PROFTRACK_EMU_LOGS === "1" });
  const spreadsheetApp = createSpreadsheetApp(ctx);
  const others = createServices(ctx, state, { scriptTimeZone: appsScriptTimeZone() });
  const globals: Record<string, unknown> = {
    SpreadsheetApp: spreadsheetApp,
    Charts: createCharts(),
    ...others,
    // FormApp comes with the questionnaires: the seam is this table of globals.
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
      }
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
