// The sidebars and dialogs the menu opens. Each reads nothing from the workbook (its data comes with its get* call
// from the page), so a menu click that opens one should compile no feature's code: these stay in the main part of
// Code.js, apart from the features compiled on first use (scripts/lazy-chunks.ts).

import { messages } from "../i18n";
import { myPlanMessages } from "../i18n/my-plan";
import { planSuggestMessages } from "../i18n/plan-suggest";
import { userLocale } from "./locale";

const ui = () => SpreadsheetApp.getUi();

/**
 * Menu «Профессии»: the thesaurus sidebar. With `subject`, the list opens filtered to it: the value travels as JSON
 * in the page (escaped so that no text can close the script).
 */
export function showThesaurusSidebarUi(subject?: string): void {
  const m = messages(userLocale());
  const html = HtmlService.createHtmlOutputFromFile("thesaurus").setTitle(m.thesaurus.title);
  if (subject !== undefined && subject !== "") {
    const json = JSON.stringify({ subject })
      .replace(/</g, "\\u003c")
      .replace(/\u2028|\u2029/g, "");
    html.append(`<script>window.__proftrackStart = ${json};</script>`);
  }
  ui().showSidebar(html);
}

/** Menu «Мой план». */
export function showPlanSidebarUi(): void {
  const m = myPlanMessages(userLocale()).myPlan;
  ui().showSidebar(HtmlService.createHtmlOutputFromFile("my-plan").setTitle(m.title));
}

/** Menu «Предложить план»: the preview dialog. */
export function showPlanPreviewDialog(): void {
  const m = planSuggestMessages(userLocale()).planSuggest;
  const html = HtmlService.createHtmlOutputFromFile("plan-suggest").setWidth(520).setHeight(480);
  ui().showModalDialog(html, m.title);
}

/** Menu «Отметить участие». */
export function showAttendanceSidebarUi(): void {
  const m = messages(userLocale());
  ui().showSidebar(HtmlService.createHtmlOutputFromFile("attendance").setTitle(m.attendance.title));
}

/** Menu «Класс — участие и часы»: a small dialog of class buttons. */
export function showClassPickerUi(): void {
  const m = messages(userLocale());
  const html = HtmlService.createHtmlOutputFromFile("class-view").setWidth(420).setHeight(420);
  ui().showModalDialog(html, m.classView.pickTitle);
}

/** Menu «Мероприятие». */
export function showEventSidebarUi(): void {
  const m = messages(userLocale());
  ui().showSidebar(HtmlService.createHtmlOutputFromFile("events").setTitle(m.events.title));
}

/** Menu «Оборудование». */
export function showEquipmentSidebarUi(): void {
  const m = messages(userLocale());
  ui().showSidebar(HtmlService.createHtmlOutputFromFile("equipment").setTitle(m.equipment.sidebar.title));
}

/** Menu «Анкеты». */
export function showQuestionnairesSidebarUi(): void {
  const m = messages(userLocale());
  ui().showSidebar(HtmlService.createHtmlOutputFromFile("questionnaires").setTitle(m.questionnaires.title));
}
