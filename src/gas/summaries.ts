// «Обновить итоги»: every source tab the summaries need read once, all figures computed in the domain, and six
// summary tabs replaced as one (built whole first, then swapped in; a failure keeps the previous set).

import { summaries } from "../domain/summaries";
import { messages } from "../i18n";
import { summariesMessages } from "../i18n/summaries";
import type { Cell } from "../tables/cell";
import { dateToLocalDateTime, formatLocalDate } from "../tables/dates";
import { identityKey } from "../tables/normalize";
import { EXAM_TAB, RESULTS_TAB } from "../tables/questionnaires";
import type { TabKey } from "../tables/spec-types";
import {
  classesSummary,
  examDecisions,
  pupilsSummary,
  questionnairesSummary,
  readQuestionnaireResults,
  SUMMARY_KINDS,
  type SummaryInput,
  schoolSummary,
} from "../tables/summaries";
import { equipmentReportTab } from "./equipment";
import { type GeneratedTab, replaceGeneratedTabs } from "./generated";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { planCoverageTab } from "./plan-coverage";
import { requireCoordinator } from "./roles";
import { Workbook } from "./workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The source tabs the summaries read, in the order of the stamp. */
const SOURCES = [
  "classes",
  "pupils",
  "events",
  "participation",
  "trials",
  "projects",
  "trainings",
  "subjects",
  "professions",
  "plan",
  "equipment",
  "resources",
  "bands",
  "questionnaires",
  "scales",
] as const satisfies readonly TabKey[];

/** What the final toast says, for tests and callers. */
export interface SummariesOutcome {
  /** The tabs written, in order. */
  tabs: string[];
  pupils: number;
  reached: number;
  /** Pupils of grades 6–11 on pace, in percent with one decimal. */
  onPace: number;
  emptyCells: number;
  undecidedExams: number;
}

/** A tab no spec covers («Результаты анкет», «Выбор экзаменов»), found by its name in either language, read once. */
function gridByName(
  ss: Spreadsheet,
  names: { ru: string; en: string },
): { name: string; grid: Cell[][] } | null {
  const sheet = ss.getSheetByName(names.ru) ?? ss.getSheetByName(names.en);
  return sheet ? { name: sheet.getName(), grid: sheet.getDataRange().getValues() as Cell[][] } : null;
}

/**
 * Menu «Обновить итоги»: reads Настройки, Классы, Ученики, Мероприятия, Участие, Профпробы, Проекты, Повышение
 * квалификации, Предметы, Профессии, План, Оборудование, Ресурсы, Ступени, Анкеты, Шкалы, «Результаты анкет» and
 * «Выбор экзаменов» once each; computes every figure (domain/summaries.ts); builds «Итоги — школа», «— классы»,
 * «— ученики», «— анкеты», «— план» and «— оборудование» whole and swaps them in together. Toasts tell the progress.
 * The number of service calls does not depend on the number of rows.
 */
export function runSummaries(now: Date = new Date()): SummariesOutcome {
  return withDocumentLock(messages(userLocale()), () => {
    const wb = new Workbook(undefined, now);
    requireCoordinator(wb);
    const locale = wb.locale;
    const m = messages(locale);
    const sm = summariesMessages(locale);
    toastAfterSave(wb.ss, sm.progress.read, sm.title);
    const settings = wb.settings;
    const records = <K extends Exclude<TabKey, "settings" | "participation" | "plan" | "equipment">>(k: K) =>
      wb.read(k).records.map((r) => r.record);
    const results = gridByName(wb.ss, RESULTS_TAB);
    const exams = gridByName(wb.ss, EXAM_TAB);
    const resultRows = readQuestionnaireResults(results?.grid ?? []);
    const figures = summaries({
      settings,
      classes: records("classes"),
      pupils: records("pupils"),
      events: records("events"),
      participation: wb.read("participation").records,
      trials: records("trials"),
      projects: records("projects"),
      consultations: [],
      trainings: records("trainings"),
      subjects: records("subjects"),
      professions: records("professions"),
      plan: wb.read("plan").records,
      equipment: wb.read("equipment").records,
      resources: records("resources"),
      bands: records("bands"),
      questionnaires: records("questionnaires"),
      scales: records("scales"),
      results: resultRows,
      examChoices: examDecisions(exams?.grid ?? [], { timeZone: wb.timeZone }),
      today: wb.today,
      idKey: identityKey,
    });
    toastAfterSave(wb.ss, sm.progress.built(6), sm.title);

    const sources: { name: string; rows: number }[] = SOURCES.flatMap((k) => {
      const name = wb.sheetName(k);
      return name === null ? [] : [{ name, rows: wb.read(k).records.length }];
    });
    if (results) sources.push({ name: results.name, rows: resultRows.length });
    if (exams) sources.push({ name: exams.name, rows: Math.max(0, exams.grid.length - 1) });
    const when = dateToLocalDateTime(now, { timeZone: wb.timeZone }) ?? "";
    const input: SummaryInput = {
      summaries: figures,
      stamp: sm.stamp(`${formatLocalDate(when.slice(0, 10))} ${when.slice(11, 16)}`, sources),
      today: formatLocalDate(wb.today),
      year: settings.year,
      locale,
    };
    const tabs: GeneratedTab[] = [
      { name: sm.tabs.school, kind: SUMMARY_KINDS.school, content: schoolSummary(input) },
      { name: sm.tabs.classes, kind: SUMMARY_KINDS.classes, content: classesSummary(input) },
      { name: sm.tabs.pupils, kind: SUMMARY_KINDS.pupils, content: pupilsSummary(input) },
      {
        name: sm.tabs.questionnaires,
        kind: SUMMARY_KINDS.questionnaires,
        content: questionnairesSummary(input),
      },
      planCoverageTab(wb, now, figures.plan).tab,
      equipmentReportTab(wb, now, figures.equipment).tab,
    ];
    replaceGeneratedTabs(wb.ss, m, tabs, () => toastAfterSave(wb.ss, sm.progress.swap, sm.title));
    const s = figures.school;
    toastAfterSave(
      wb.ss,
      sm.toast(s.reached.count, s.pupils, sm.percent(s.hours.onPace.percent), tabs.length),
      sm.title,
    );
    return {
      tabs: tabs.map((t) => t.name),
      pupils: s.pupils,
      reached: s.reached.count,
      onPace: s.hours.onPace.percent,
      emptyCells: s.emptyCells,
      undecidedExams: s.exams.undecided,
    };
  });
}
