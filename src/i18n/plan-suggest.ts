// Messages of «Предложить план» (plan suggestion): the preview dialog, its confirmation and the rows' topic.

import type { Locale } from "./format";
import { plural } from "./format";

const grades = (list: readonly number[]) => list.join(", ");
const rowsRu = (n: number) => `${n} ${plural(n, "строка", "строки", "строк")}`;
const rowsEn = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

export const ru = {
  planSuggest: {
    menu: "Предложить план",
    title: "Предложить план знакомств",
    loading: "Считаю пробелы…",
    intro: (required: number) =>
      `ПрофТрек заполнит пробелы плана (меньше ${required} знакомств в четверть) строками со статусом «предложено» из профессий тезауруса, связанных с предметом. Существующие строки не меняются; «предложено» не засчитывается, пока учитель не сменит статус на «запланировано».`,
    columns: { subject: "Предмет", grades: "Параллели", rows: "Строк" },
    total: (n: number) => `Всего: ${rowsRu(n)}.`,
    nothing: "Добавлять нечего: все пробелы, которые можно заполнить, уже заполнены.",
    lacking: "Нет подходящих профессий в тезаурусе",
    lackingLine: (subject: string, list: readonly number[], linked: number) =>
      linked === 0
        ? `«${subject}» (${grades(list)} кл.): ни одна профессия тезауруса не связана с предметом.`
        : `«${subject}» (${grades(list)} кл.): связанные профессии (${linked}) не подходят ступени этих классов.`,
    lackingHint:
      "Добавьте профессии через «ПрофТрек → Профессии», затем повторите — ПрофТрек не придумывает профессии сам.",
    apply: (n: number) => `Добавить ${n} ${plural(n, "строку", "строки", "строк")} в «План»`,
    cancel: "Отмена",
    close: "Закрыть",
    applying: "Записываю…",
    applied: (n: number) =>
      n === 0
        ? "Ничего не добавлено: пробелы уже заполнены."
        : `Добавлено в «План»: ${rowsRu(n)} со статусом «предложено».`,
    stale: "План или тезаурус изменились, пока было открыто это окно. Откройте «Предложить план» снова.",
    topic: (profession: string) => `Знакомство с профессией: ${profession}`,
    detailTitle: "Что будет добавлено",
    detailLine: (grade: number, quarter: number, professions: readonly string[]) =>
      `${grade} кл., ${quarter} четв.: ${professions.join(", ")}`,
    forcedTitle: "Вынужденные повторы",
    forcedLine: (
      subject: string,
      grade: number,
      professions: readonly string[],
      lacking: number,
      fitting: number,
    ) =>
      `«${subject}», ${grade} кл.: все ${fitting} ${plural(fitting, "подходящая профессия уже использована", "подходящие профессии уже использованы", "подходящих профессий уже использованы")} в этом году, поэтому повторятся: ${professions.join(", ")}. В тезаурусе не хватает ${lacking} ${plural(lacking, "профессии", "профессий", "профессий")} для этой параллели.`,
    forcedOpen: (subject: string) => `Открыть «Профессии»: ${subject}`,
    ended: (list: readonly { quarter: number; missing: number }[]) =>
      `Прошедшие четверти не заполняются: ${list.map((q) => `${q.quarter} четв. — не хватает ${q.missing} ${plural(q.missing, "знакомства", "знакомств", "знакомств")}`).join("; ")}.`,
  },
};

export const en: typeof ru = {
  planSuggest: {
    menu: "Suggest a plan",
    title: "Suggest a plan of introductions",
    loading: "Counting the gaps…",
    intro: (required: number) =>
      `ПрофТрек fills the plan's gaps (fewer than ${required} introductions a quarter) with «suggested» rows of thesaurus professions linked to the subject. Existing rows are not changed; «suggested» counts for nothing until a teacher sets it to «planned».`,
    columns: { subject: "Subject", grades: "Grades", rows: "Rows" },
    total: (n: number) => `In all: ${rowsEn(n)}.`,
    nothing: "Nothing to add: every gap that can be filled is filled.",
    lacking: "No fitting professions in the thesaurus",
    lackingLine: (subject: string, list: readonly number[], linked: number) =>
      linked === 0
        ? `«${subject}» (grades ${grades(list)}): no thesaurus profession is linked to the subject.`
        : `«${subject}» (grades ${grades(list)}): the linked professions (${linked}) do not fit these grades' bands.`,
    lackingHint:
      "Add professions with «ПрофТрек → Professions», then try again — ПрофТрек does not invent professions.",
    apply: (n: number) => `Add ${rowsEn(n)} to the Plan`,
    cancel: "Cancel",
    close: "Close",
    applying: "Writing…",
    applied: (n: number) =>
      n === 0
        ? "Nothing added: the gaps are already filled."
        : `Added to the Plan: ${rowsEn(n)} marked «suggested».`,
    stale: "The plan or the thesaurus changed while this window was open. Open «Suggest a plan» again.",
    topic: (profession: string) => `Introduction to a profession: ${profession}`,
    detailTitle: "What will be added",
    detailLine: (grade: number, quarter: number, professions: readonly string[]) =>
      `Grade ${grade}, quarter ${quarter}: ${professions.join(", ")}`,
    forcedTitle: "Forced repeats",
    forcedLine: (
      subject: string,
      grade: number,
      professions: readonly string[],
      lacking: number,
      fitting: number,
    ) =>
      `«${subject}», grade ${grade}: all ${fitting} fitting professions are used this year, so these repeat: ${professions.join(", ")}. The thesaurus lacks ${lacking} ${lacking === 1 ? "profession" : "professions"} for this grade.`,
    forcedOpen: (subject: string) => `Open Professions: ${subject}`,
    ended: (list: readonly { quarter: number; missing: number }[]) =>
      `Quarters that are over are not filled: ${list.map((q) => `quarter ${q.quarter} misses ${q.missing}`).join("; ")}.`,
  },
};

export type PlanSuggestMessages = typeof ru.planSuggest;

/** The plan-suggest area alone, for the preview dialog's bundle. */
export function planSuggestMessages(locale: Locale): typeof ru {
  return locale === "en" ? en : ru;
}
