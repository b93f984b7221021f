// The school year as one ordered list of steps: each capability adds its steps at its marked place, nowhere else.

import { attendanceSidebar } from "./attendance";
import { editCell } from "./edit-cell";
import { equipmentSidebar } from "./equipment";
import { classViewStep, eventSidebar } from "./events";
import { helpDialog } from "./help-dialog";
import { menuAndTabs } from "./menu-and-tabs";
import { myPlanSidebar } from "./my-plan";
import { planReport, planSuggest } from "./plan";
import { questionnaireForm } from "./questionnaires";
import { summariesStep } from "./summaries";
import { thesaurusSidebar } from "./thesaurus";
import type { Step } from "./types";
import { fillDemoData, setupWorkbook, validateData } from "./workbook";

export type { Step, StepContext } from "./types";

export const SCHOOL_YEAR: Step[] = [
  // Август: the coordinator opens the workbook.
  menuAndTabs,
  helpDialog,

  // Issue «The workbook»: setup on the empty workbook, twice; then the demo school.
  setupWorkbook,
  fillDemoData,

  // Сентябрь: teachers fill in the source tabs.
  editCell,

  // Issue «The workbook»: a bad value typed in the grid shows up in «Проверка данных» with its cell.
  validateData,

  // Issue «Тезаурус профессий» sidebar: open it, search, add a profession; the Профессии tab gets the row.
  thesaurusSidebar,

  // Issue «Предложить план»: предложено rows appear in План; a teacher switches one to запланировано.
  planSuggest,

  // Issue «Мой план»: a teacher accepts a proposal and replaces another's profession from the sidebar.
  myPlanSidebar,

  // Issue «Итоги — план»: the generated tab appears (marked «авто»), gaps in red, its chart drawn.
  planReport,

  // Issue 11 «Мероприятия и участие»: a class teacher marks 8А in one click.
  attendanceSidebar,
  // Issue 11: the coordinator adds an event; the class teacher opens the class view of 8А.
  eventSidebar,
  classViewStep,
  // Issue «Оборудование и ресурсы»: a room's items, a new item linked to two professions, seen in the analysis.
  equipmentSidebar,
  // Issue 12 «Анкеты»: a pupil answers the form at /forms/<Id> in the playground; the coordinator sees the result.
  questionnaireForm,
  // Issue 13 «Итоги»: the coordinator refreshes every summary at once; the school's figures, charts, the report link.
  summariesStep,
];
