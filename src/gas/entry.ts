// The Apps Script globals: every export here becomes a top-level function (menus, triggers, google.script.run).
// Each is a few lines that call into the layers; anything exported is callable by any user of a sidebar.

import * as z from "zod";
import { messages } from "../i18n";
import { parseArgs } from "./args";
import { runDemoFill } from "./demo";
import { type HelpData, helpData, showHelpDialog } from "./help";
import { userLocale, userMessages } from "./locale";
import { buildMenu } from "./menu-ui";
import {
  type MyPlanData,
  type MyPlanSaveResult,
  myPlanData,
  saveMyPlanAction,
  showPlanSidebarUi,
} from "./my-plan";
import { type PlanReportOutcome, runPlanReport } from "./plan-coverage";
import {
  applyPlanSuggestionAction,
  type PlanSuggestionData,
  type PlanSuggestionOutcome,
  planSuggestionData,
  showPlanPreviewDialog,
} from "./plan-suggest";
import {
  addReadyQuestionnaireAction,
  addReadyQuestionnaireUi,
  type CreateFormOutcome,
  createQuestionnaireFormAction,
  createQuestionnaireFormUi,
  processSubmission,
  type QuestionnairesData,
  questionnairesData,
  type RescoreOutcome,
  rescoreQuestionnairesAction,
  type SubmitOutcome,
  showQuestionnairesSidebarUi,
} from "./questionnaires";
import { runSetup } from "./setup";
import {
  type ProfessionDraftArg,
  type SaveOptionsArg,
  type SaveResult,
  SubjectFilterArg,
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

/** «Профессии» filtered to one subject (from the plan preview, where the thesaurus lacks professions). */
export function showThesaurusForSubject(subject: string): void {
  showThesaurusSidebarUi(
    parseArgs(messages(userLocale()), "showThesaurusForSubject", SubjectFilterArg, subject),
  );
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

/** Menu «Мой план»: the teacher's sidebar over План (it loads its data with getMyPlan). */
export function showPlanSidebar(): void {
  showPlanSidebarUi();
}

/** «Мой план» data in one call: a subject's introductions per grade and quarter (the subject is remembered). */
export function getMyPlan(subject?: string): MyPlanData {
  return myPlanData(subject);
}

/** A teacher's changes to a subject's plan (accept, replace, mark held, add), in one save under the lock. */
export function saveMyPlan(subject: string, changes: unknown[]): MyPlanSaveResult {
  return saveMyPlanAction(subject, changes);
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

/** Menu «Добавить готовую анкету»: asks which ready instrument and adds its rows to Анкеты, Вопросы, Шкалы. */
export function addReadyQuestionnaire(): void {
  addReadyQuestionnaireUi();
}

/** Menu «Анкеты → создать форму»: asks for the questionnaire's Id, then makes its Google Form. */
export function createQuestionnaireFormMenu(): void {
  createQuestionnaireFormUi();
}

/** The Google Form of a questionnaire, its responses tab, the workbook's trigger and the prefilled links. */
export function createQuestionnaireForm(id: string): CreateFormOutcome {
  return createQuestionnaireFormAction(id);
}

/** The installable onFormSubmit trigger: one response scored into «Результаты анкет» under the lock. */
export function onQuestionnaireSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): SubmitOutcome {
  return processSubmission(e);
}

/** Menu «Анкеты → пересчитать результаты»: «Результаты анкет» rebuilt from every «Ответы — …» tab. */
export function rescoreQuestionnaires(): RescoreOutcome {
  return rescoreQuestionnairesAction();
}

/** Menu «Анкеты»: the sidebar of questionnaires (it loads its data with getQuestionnaires). */
export function showQuestionnairesSidebar(): void {
  showQuestionnairesSidebarUi();
}

/** The «Анкеты» sidebar's data in one call: each questionnaire, its problems, form and number of answers. */
export function getQuestionnaires(): QuestionnairesData {
  return questionnairesData();
}

/** Adds a ready instrument by its Id (from the sidebar). */
export function addReadyQuestionnaireById(id: string): { status: string; id: string } {
  return addReadyQuestionnaireAction(
    parseArgs(messages(userLocale()), "addReadyQuestionnaireById", z.string().max(50), id),
  );
}
