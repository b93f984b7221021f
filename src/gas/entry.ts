// The Apps Script globals: every export here becomes a top-level function (menus, triggers, google.script.run).
// Each is a few lines that call into the layers; anything exported is callable by any user of a sidebar.

import { messages } from "../i18n";
import { parseArgs } from "./args";
import {
  type AttendanceArg,
  type AttendanceData,
  type AttendanceSaveResult,
  attendanceData,
  saveAttendanceAction,
} from "./attendance";
import { type ClassPickerData, type ClassViewOutcome, classPickerData, runClassView } from "./class-view";
import { runDemoFill } from "./demo";
import {
  showAttendanceSidebarUi,
  showClassPickerUi,
  showEquipmentSidebarUi,
  showEventSidebarUi,
  showPlanPreviewDialog,
  showPlanSidebarUi,
  showQuestionnairesSidebarUi,
  showThesaurusSidebarUi,
} from "./dialogs";
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
} from "./equipment";
import {
  type EventDraftArg,
  type EventSaveResult,
  type EventsData,
  eventsData,
  saveEventAction,
} from "./events";
import { type HelpData, helpData, showHelpDialog } from "./help";
import { userLocale, userMessages } from "./locale";
import { buildMenu } from "./menu-ui";
import { type MyPlanData, type MyPlanSaveResult, myPlanData, saveMyPlanAction } from "./my-plan";
import { type PlanReportOutcome, runPlanReport } from "./plan-coverage";
import {
  applyPlanSuggestionAction,
  type PlanSuggestionData,
  type PlanSuggestionOutcome,
  planSuggestionData,
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
  ReadyIdArg,
  type RescoreOutcome,
  repairFormTriggerAction,
  rescoreQuestionnairesAction,
  type SubmitOutcome,
} from "./questionnaires";
import { runSetup } from "./setup";
import { runSummaries, type SummariesOutcome } from "./summaries";
import {
  type ProfessionDraftArg,
  type SaveOptionsArg,
  type SaveResult,
  SubjectFilterArg,
  saveProfessionAction,
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

/** Menu «Отметить участие»: the attendance sidebar (it loads its data with getAttendance). */
export function showAttendanceSidebar(): void {
  showAttendanceSidebarUi();
}

/**
 * The attendance sidebar's data in one call: events nearest today first, active pupils by class, and the saved marks
 * of one event (`eventId`, else the nearest); the sidebar calls it again with the event chosen.
 */
export function getAttendance(eventId?: string): AttendanceData {
  return attendanceData(eventId);
}

/** Saves a class's marks for an event under the document lock: changed marks are appended to Участие. */
export function saveAttendance(input: AttendanceArg): AttendanceSaveResult {
  return saveAttendanceAction(input);
}

/** Builds the class view «Класс — <class>» (pupils × the class's events, hours against the target, flags). */
export function showClassView(className: string): ClassViewOutcome {
  return runClassView(String(className ?? ""));
}

/** Menu «Класс — участие и часы»: the class picker dialog (it loads the classes with getClassViewClasses). */
export function pickClassView(): void {
  showClassPickerUi();
}

/** The class picker's data in one call: classes with their active pupils. */
export function getClassViewClasses(): ClassPickerData {
  return classPickerData();
}

/** Menu «Мероприятие»: the event sidebar (it loads its data with getEvents). */
export function showEventSidebar(): void {
  showEventSidebarUi();
}

/** The event sidebar's data in one call: events, the quarter's list and the component × band balance. */
export function getEvents(): EventsData {
  return eventsData();
}

/** Adds (no id) or edits (the id) an event under the document lock; a new event's id is given inside the lock. */
export function saveEvent(draft: EventDraftArg, editId?: string): EventSaveResult {
  return saveEventAction(draft, editId);
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

/** Menu «Обновить итоги»: the coordinator's six summary tabs rebuilt together (a failure keeps the previous set). */
export function refreshSummaries(): SummariesOutcome {
  return runSummaries();
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
    parseArgs(messages(userLocale()), "addReadyQuestionnaireById", ReadyIdArg, id),
  );
}

/** The «Анкеты» sidebar's repair: the workbook's form trigger made again if missing, the results recomputed. */
export function repairFormTrigger(): { created: boolean; results: number; message: string } {
  return repairFormTriggerAction();
}

/** The failure boundary every global runs through (the build's stubs call it; it is not a global itself). */
export { runGlobal as __run } from "./boundary";
