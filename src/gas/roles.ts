// Who may run a coordinator's action: the «Координаторы» setting, checked when Google tells us the user's e-mail.
//
// Google gives the e-mail only in some contexts (a consumer account running another owner's script gets "", and so
// does a simple trigger). Then — or when «Координаторы» is blank — the action is allowed: the school relies on the
// protection of its tabs (Данные → Защищённые листы), which Google enforces whoever runs the script.

import { TableError } from "../tables/read";
import { UserError } from "./lock";
import type { Workbook } from "./workbook";

/**
 * The operations only a coordinator runs (they change settings, rebuild summaries, create forms and triggers). Each
 * calls requireCoordinator with the Workbook it reads anyway, so the check costs no extra read of Настройки; a menu
 * item that only opens a dialog or a prompt leads to one of these, which checks before anything is written.
 */
export const COORDINATOR_ACTIONS = [
  "setupWorkbook",
  "fillDemoData",
  "refreshPlanCoverage",
  "refreshEquipmentAnalysis",
  "applyPlanSuggestion",
  "addReadyQuestionnaire",
  "addReadyQuestionnaireById",
  "createQuestionnaireForm",
  "rescoreQuestionnaires",
] as const;

/** The active user's e-mail, "" when Google does not give it. */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() ?? "";
  } catch (_e) {
    return "";
  }
}

/** Whether `email` may run a coordinator's action given the «Координаторы» list (pure; compared without case). */
export function isCoordinator(email: string, coordinators: readonly string[]): boolean {
  const key = (s: string) => s.trim().toLowerCase();
  const listed = coordinators.map(key).filter((c) => c !== "");
  if (key(email) === "" || listed.length === 0) return true;
  return listed.includes(key(email));
}

/**
 * Throws a UserError (in the workbook's language) when the user's e-mail is known, «Координаторы» lists someone,
 * and the user is not among them. Uses the operation's Workbook: Настройки is read once for both (nothing is read
 * when the e-mail is blank). A workbook without Настройки, or whose Настройки lacks its columns, allows the action,
 * which then reports what is missing itself. A failure of Google's services is not taken for permission.
 */
export function requireCoordinator(wb: Workbook): void {
  const email = activeUserEmail();
  if (email.trim() === "") return;
  let coordinators: readonly string[];
  try {
    if (!wb.sheet("settings")) return;
    coordinators = wb.settings.coordinators;
  } catch (e) {
    if (e instanceof TableError || e instanceof UserError) return;
    throw e;
  }
  if (!isCoordinator(email, coordinators)) throw new UserError(wb.messages.common.notCoordinator);
}
