// Messages of «Итоги — план» (plan coverage): the generated tab, its toast, flags and chart.

import { type Locale, plural } from "./format";

/** A percent with one decimal in the locale: 6,9 (ru), 6.9 (en). */
export const percentText = (n: number, locale: Locale) =>
  locale === "ru" ? String(n).replace(".", ",") : String(n);

export const ru = {
  planReport: {
    menu: "Итоги — план",
    /** The generated tab; at most 31 characters and none of : \ / ? * [ ]. */
    tabName: "Итоги — план",
    title: "ПрофТрек",
    heading: (required: number) =>
      `Знакомство с профессиями на уроках: норма — ${required} в четверть по каждому предмету в каждой параллели. «Предложено» и «отменено» не засчитываются.`,
    totals: "Охват по четвертям",
    totalsColumns: {
      quarter: "Четверть",
      percent: "% в норме",
      meeting: "В норме",
      cells: "Ячеек",
      missing: "Не хватает знакомств",
      suggested: "Предложено, ждут учителя",
    },
    quarterLabel: (q: number) => `${q} четверть`,
    year: "За год",
    matrix: (q: number) => `${q} четверть: знакомств по предметам и параллелям`,
    subject: "Предмет",
    gradeHeader: (g: number) => `${g} кл.`,
    legend:
      "Зелёный — норма выполнена, жёлтый — меньше нормы, красный — ни одного знакомства, серый — предмет в этой параллели не изучается.",
    gaps: "Пробелы: где знакомств меньше нормы",
    gapsColumns: {
      subject: "Предмет",
      grade: "Параллель",
      quarter: "Четверть",
      count: "Есть",
      required: "Норма",
      missing: "Не хватает",
      suggested: "Предложено",
      teacher: "Учитель",
    },
    noGaps: "Пробелов нет: норма выполнена везде.",
    flags: "Замечания к строкам листа «План»",
    flagsColumns: {
      row: "Строка",
      subject: "Предмет",
      grade: "Параллель",
      quarter: "Четверть",
      problem: "Замечание",
      link: "Ссылка",
    },
    goTo: (a1: string) => `перейти к ${a1}`,
    noFlags: "Замечаний нет.",
    flagLine: (profession: string, problem: string) => `«${profession}»: ${problem}`,
    noSubjects: "На листе «Предметы» нет предметов: считать нечего.",
    flag: {
      subjectUnknown: () => "предмета нет на листе «Предметы»",
      gradeNotTaught: () => "в этой параллели предмет не изучается (лист «Предметы»)",
      unknownProfession: () => "профессии нет в тезаурусе (лист «Профессии»)",
      professionNotLinked: () => "профессия в тезаурусе не связана с этим предметом",
      dateOutsideQuarter: (date: string, start: string, end: string, dateQuarter?: number) =>
        `дата ${date} вне четверти (${start}–${end})${dateQuarter ? `: это ${dateQuarter} четверть` : ""}`,
      overdue: (date: string) => `дата ${date} прошла, а статус всё ещё «запланировано»`,
      duplicateProfession: (firstRow: number) =>
        `профессия уже была в этой параллели по этому предмету (строка ${firstRow})`,
      forcedRepeat: (firstRow: number) =>
        `вынужденный повтор в предложении ПрофТрека: профессия уже была в этой параллели по этому предмету (строка ${firstRow}), а других подходящих профессий в тезаурусе нет — добавьте их на листе «Профессии»`,
    },
    chartTitle: "Ячеек в норме по четвертям, %",
    toast: (percent: string, gaps: number, missing: number, suggested: number, tab: string) =>
      `Охват плана: ${percent} % ячеек в норме; не хватает ${missing} ${plural(missing, "знакомства", "знакомств", "знакомств")} в ${gaps} ${plural(gaps, "ячейке", "ячейках", "ячейках")}${suggested > 0 ? `; предложено и ждут учителя: ${suggested}` : ""}. Подробности — на листе «${tab}».`,
    toastNoGaps: (tab: string) => `Охват плана: 100 % — пробелов нет. Подробности — на листе «${tab}».`,
    toastEmpty: "На листе «Предметы» нет предметов: считать нечего. Заполните его и повторите.",
  },
};

export const en: typeof ru = {
  planReport: {
    menu: "Summary — plan",
    tabName: "Summary — plan",
    title: "ПрофТрек",
    heading: (required: number) =>
      `Introductions to professions in lessons: the target is ${required} a quarter for each subject in each grade. «suggested» and «cancelled» rows do not count.`,
    totals: "Coverage by quarter",
    totalsColumns: {
      quarter: "Quarter",
      percent: "% meeting",
      meeting: "Meeting",
      cells: "Cells",
      missing: "Introductions missing",
      suggested: "Suggested, awaiting a teacher",
    },
    quarterLabel: (q: number) => `Quarter ${q}`,
    year: "Year",
    matrix: (q: number) => `Quarter ${q}: introductions by subject and grade`,
    subject: "Subject",
    gradeHeader: (g: number) => `Gr. ${g}`,
    legend:
      "Green: target met; yellow: below the target; red: none at all; grey: the subject is not taught in that grade.",
    gaps: "Gaps: where introductions fall short of the target",
    gapsColumns: {
      subject: "Subject",
      grade: "Grade",
      quarter: "Quarter",
      count: "Planned",
      required: "Target",
      missing: "Missing",
      suggested: "Suggested",
      teacher: "Teacher",
    },
    noGaps: "No gaps: the target is met everywhere.",
    flags: "Remarks on rows of the Plan tab",
    flagsColumns: {
      row: "Row",
      subject: "Subject",
      grade: "Grade",
      quarter: "Quarter",
      problem: "Remark",
      link: "Link",
    },
    goTo: (a1: string) => `go to ${a1}`,
    noFlags: "No remarks.",
    flagLine: (profession: string, problem: string) => `«${profession}»: ${problem}`,
    noSubjects: "The Subjects tab lists no subjects: nothing to count.",
    flag: {
      subjectUnknown: () => "the subject is not on the Subjects tab",
      gradeNotTaught: () => "the subject is not taught in this grade (Subjects tab)",
      unknownProfession: () => "the profession is not in the thesaurus (Professions tab)",
      professionNotLinked: () => "the profession is not linked to this subject in the thesaurus",
      dateOutsideQuarter: (date: string, start: string, end: string, dateQuarter?: number) =>
        `the date ${date} is outside the quarter (${start}–${end})${dateQuarter ? `: it is in quarter ${dateQuarter}` : ""}`,
      overdue: (date: string) => `the date ${date} has passed and the status is still «planned»`,
      duplicateProfession: (firstRow: number) =>
        `the profession already appears in this grade for this subject (row ${firstRow})`,
      forcedRepeat: (firstRow: number) =>
        `a forced repeat in ПрофТрек's suggestion: the profession already appears in this grade for this subject (row ${firstRow}) and the thesaurus has no other fitting profession — add some on the Professions tab`,
    },
    chartTitle: "Cells meeting the target by quarter, %",
    toast: (percent: string, gaps: number, missing: number, suggested: number, tab: string) =>
      `Plan coverage: ${percent} % of cells meet the target; ${missing} introductions missing in ${gaps} ${gaps === 1 ? "cell" : "cells"}${suggested > 0 ? `; suggested and awaiting a teacher: ${suggested}` : ""}. Details on the «${tab}» tab.`,
    toastNoGaps: (tab: string) => `Plan coverage: 100 % — no gaps. Details on the «${tab}» tab.`,
    toastEmpty: "The Subjects tab lists no subjects: nothing to count. Fill it in and try again.",
  },
};

export type PlanReportMessages = typeof ru.planReport;

/** The plan-coverage area alone, for the pure report builder. */
export function planCoverageMessages(locale: Locale): typeof ru {
  return locale === "en" ? en : ru;
}
