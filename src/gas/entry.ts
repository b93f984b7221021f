// The Apps Script globals: every export here becomes a top-level function (menus, triggers, google.script.run).
// Each is a few lines that call into the layers; anything exported is callable by any user of a sidebar.

import { runDemoFill } from "./demo";
import {
  type EquipmentData,
  type EquipmentDraftArg,
  type EquipmentOptionsArg,
  type EquipmentReportOutcome,
  type EquipmentSaveResult,
  equipmentData,
  type ResourceDraftArg,
  type ResourceOptionsArg,
  runEquipmentReport,
  saveEquipmentItemAction,
  saveResourceAction,
  showEquipmentSidebarUi,
} from "./equipment";
import { type HelpData, helpData, showHelpDialog } from "./help";
import { userMessages } from "./locale";
import { buildMenu } from "./menu-ui";
import { type PlanReportOutcome, runPlanReport } from "./plan-coverage";
import {
  applyPlanSuggestionAction,
  type PlanSuggestionData,
  type PlanSuggestionOutcome,
  planSuggestionData,
  showPlanPreviewDialog,
} from "./plan-suggest";
import { runSetup } from "./setup";
import {
  type ProfessionDraftArg,
  type SaveOptionsArg,
  type SaveResult,
  saveProfessionAction,
  showThesaurusSidebarUi,
  type ThesaurusData,
  thesaurusData,
} from "./thesaurus";
import { runValidation } from "./validate";

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

/** Menu «Настроить книгу»: missing tabs, columns and settings are added; nothing a user typed is changed. */
export function setupWorkbook(): void {
  runSetup();
}

/** Menu «Проверить данные»: every problem of every source tab on «Проверка данных», with links to the cells. */
export function validateData(): void {
  runValidation();
}

/** Menu «Заполнить демо-данными»: the demo school, into a workbook with no data only. */
export function fillDemoData(): void {
  runDemoFill();
}

/** Menu «Профессии»: the thesaurus sidebar (it loads its data with getThesaurus). */
export function showThesaurusSidebar(): void {
  showThesaurusSidebarUi();
}

/** The thesaurus sidebar's data in one call: professions with their rows, subjects, bands, types. */
export function getThesaurus(): ThesaurusData {
  return thesaurusData();
}

/** Adds (no row) or edits (row + the name the sidebar saw) a profession, under the document lock. */
export function saveProfession(draft: ProfessionDraftArg, options?: SaveOptionsArg): SaveResult {
  return saveProfessionAction(draft, options);
}

/** Menu «Итоги — план»: coverage of the plan of introductions on a generated tab. */
export function refreshPlanCoverage(): PlanReportOutcome {
  return runPlanReport();
}

/** Menu «Предложить план»: the preview dialog of the rows that would fill the plan's gaps. */
export function suggestPlan(): void {
  showPlanPreviewDialog();
}

/** The preview dialog's data, one call. */
export function getPlanSuggestion(): PlanSuggestionData {
  return planSuggestionData();
}

/** Appends the previewed suggestion to План (nothing the preview did not show); a second call adds nothing. */
export function applyPlanSuggestion(token: string): PlanSuggestionOutcome {
  return applyPlanSuggestionAction(token);
}

/** Menu «Оборудование»: the equipment and resources sidebar (it loads its data with getEquipment). */
export function showEquipmentSidebar(): void {
  showEquipmentSidebarUi();
}

/** The equipment sidebar's data in one call: items and resources with their rows, professions, subjects, bands. */
export function getEquipment(): EquipmentData {
  return equipmentData();
}

/** Adds (no row) or edits (row + the item the sidebar saw) an item of Оборудование, under the document lock. */
export function saveEquipmentItem(
  draft: EquipmentDraftArg,
  options?: EquipmentOptionsArg,
): EquipmentSaveResult {
  return saveEquipmentItemAction(draft, options);
}

/** Adds (no row) or edits (row + the resource the sidebar saw) a row of Ресурсы, under the document lock. */
export function saveResource(draft: ResourceDraftArg, options?: ResourceOptionsArg): EquipmentSaveResult {
  return saveResourceAction(draft, options);
}

/** Menu «Итоги — оборудование»: which professions pupils can try on working equipment, on a generated tab. */
export function refreshEquipmentAnalysis(): EquipmentReportOutcome {
  return runEquipmentReport();
}
