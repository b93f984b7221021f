// The Apps Script globals: every export here becomes a top-level function (menus, triggers, google.script.run).
// Each is a few lines that call into the layers; anything exported is callable by any user of a sidebar.

import { type HelpData, helpData, showHelpDialog } from "./help";
import { userMessages } from "./locale";
import { buildMenu } from "./menu-ui";

/** Simple trigger: builds the menu and reads nothing. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(userMessages());
}

/** Runs when the add-on is installed: the menu must appear without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu «Справка». */
export function showHelp(): void {
  showHelpDialog();
}

/** Help dialog data, one call. */
export function getHelp(): HelpData {
  return helpData();
}
