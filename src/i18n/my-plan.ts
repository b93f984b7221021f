// Messages of «Мой план» (the teacher's side of the plan): the sidebar, its buttons, and why a change is refused.

import type { MyPlanIssue } from "../domain/my-plan";
import type { PlanStatus } from "../domain/records";
import { type Locale, plural } from "./format";

/** 2026-09-15 → 15.09.2026. */
const formatLocalDate = (date: string) => date.split("-").reverse().join(".");

const rowsRu = (n: number) => `${n} ${plural(n, "строка", "строки", "строк")}`;

export const ru = {
  myPlan: {
    menu: "Мой план",
    title: "Мой план",
    loading: "Загружаю план…",
    subject: "Предмет",
    noSubjects: "На листе «Предметы» нет предметов. Заполните его или выполните «Настроить книгу».",
    intro: (required: number) =>
      `Норма — ${required} ${plural(required, "знакомство", "знакомства", "знакомств")} с профессиями в четверть в каждой параллели. «Предложено» не засчитывается, пока вы его не примете.`,
    gradeTitle: (grade: number, band?: string) => `${grade} класс${band ? ` · ступень ${band}` : ""}`,
    quarterTitle: (quarter: number) => `${quarter} четверть`,
    counts: (done: number, planned: number, required: number) =>
      `${done + planned} из ${required}: проведено ${done}, запланировано ${planned}`,
    missing: (n: number) => `не хватает ${n}`,
    waiting: (n: number) => `предложено ${n}`,
    met: "норма",
    ended: "четверть прошла",
    status: {
      planned: "запланировано",
      done: "проведено",
      suggested: "предложено",
      cancelled: "отменено",
    } satisfies Record<PlanStatus, string>,
    accept: "Принять",
    replace: "Заменить",
    markDone: "Проведено",
    add: "Добавить знакомство",
    acceptAll: (n: number) => `Принять все предложения (${n})`,
    date: "Дата",
    profession: "Профессия",
    topic: "Тема урока (необязательно)",
    search: "Найти профессию",
    pick: "Выберите профессию",
    noUnused:
      "Все связанные с предметом профессии этой ступени уже были в этой параллели. Добавьте новые в «Профессии».",
    save: "Сохранить",
    cancel: "Отмена",
    saving: "Сохраняю…",
    refresh: "Обновить",
    row: (row: number) => `строка ${row}`,
    saved: (patched: number, added: number) =>
      [patched > 0 ? `изменено: ${rowsRu(patched)}` : "", added > 0 ? `добавлено: ${rowsRu(added)}` : ""]
        .filter((s) => s !== "")
        .join(", ")
        .replace(/^./, (c) => c.toUpperCase())
        .concat(patched + added > 0 ? " на листе «План»." : "Ничего не изменено."),
    refused: "Ничего не сохранено:",
    hintChanged: "Нажмите «Обновить», чтобы увидеть план таким, каков он сейчас.",
    issue: (i: MyPlanIssue): string => {
      switch (i.code) {
        case "rowGone":
          return `строки ${i.row} на листе «План» больше нет (её удалили или переместили).`;
        case "rowChanged":
          return `строку ${i.row} листа «План» изменил кто-то другой, пока была открыта панель.`;
        case "notThisSubject":
          return `строка ${i.row} листа «План» относится к другому предмету.`;
        case "notSuggested":
          return `строка ${i.row} уже не «предложено»: принимать нечего.`;
        case "alreadyDone":
          return `строка ${i.row} уже отмечена как проведённая.`;
        case "cancelledRow":
          return `строка ${i.row} отменена; смените статус на листе «План», если знакомство снова в плане.`;
        case "unknownSubject":
          return `предмета «${i.subject}» нет на листе «Предметы».`;
        case "gradeNotTaught":
          return `в ${i.grade} классе предмет не изучается (лист «Предметы»).`;
        case "quarterEnded":
          return `${i.quarter} четверть уже прошла: в неё не добавляют.`;
        case "dateOutside":
          return `дата ${formatLocalDate(i.date)} вне четверти (${formatLocalDate(i.start)}–${formatLocalDate(i.end)}).`;
        case "dateInFuture":
          return `дата ${formatLocalDate(i.date)} ещё не наступила: проведённым знакомство отмечают в день урока или позже.`;
        case "noDate":
          return "укажите дату урока.";
        case "unknownProfession":
          return `профессии «${i.profession}» нет в тезаурусе (лист «Профессии»).`;
        case "notLinked":
          return `профессия «${i.profession}» в тезаурусе не связана с этим предметом.`;
        case "usedInGrade":
          return `профессия «${i.profession}» уже была в ${i.grade} классе по этому предмету в этом году.`;
      }
    },
  },
};

const rowsEn = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

export const en: typeof ru = {
  myPlan: {
    menu: "My plan",
    title: "My plan",
    loading: "Loading the plan…",
    subject: "Subject",
    noSubjects: "The Subjects tab lists no subjects. Fill it in or run «Set up the workbook».",
    intro: (required: number) =>
      `The target is ${required} introductions to professions a quarter in each grade. «suggested» counts only once you accept it.`,
    gradeTitle: (grade: number, band?: string) => `Grade ${grade}${band ? ` · band ${band}` : ""}`,
    quarterTitle: (quarter: number) => `Quarter ${quarter}`,
    counts: (done: number, planned: number, required: number) =>
      `${done + planned} of ${required}: ${done} held, ${planned} planned`,
    missing: (n: number) => `${n} missing`,
    waiting: (n: number) => `${n} suggested`,
    met: "target met",
    ended: "quarter over",
    status: { planned: "planned", done: "held", suggested: "suggested", cancelled: "cancelled" },
    accept: "Accept",
    replace: "Replace",
    markDone: "Held",
    add: "Add an introduction",
    acceptAll: (n: number) => `Accept all suggestions (${n})`,
    date: "Date",
    profession: "Profession",
    topic: "Lesson topic (optional)",
    search: "Find a profession",
    pick: "Pick a profession",
    noUnused:
      "Every profession linked to the subject for this band was already used in this grade. Add new ones in Professions.",
    save: "Save",
    cancel: "Cancel",
    saving: "Saving…",
    refresh: "Refresh",
    row: (row: number) => `row ${row}`,
    saved: (patched: number, added: number) =>
      [patched > 0 ? `changed: ${rowsEn(patched)}` : "", added > 0 ? `added: ${rowsEn(added)}` : ""]
        .filter((s) => s !== "")
        .join(", ")
        .replace(/^./, (c) => c.toUpperCase())
        .concat(patched + added > 0 ? " on the Plan tab." : "Nothing changed."),
    refused: "Nothing saved:",
    hintChanged: "Press «Refresh» to see the plan as it is now.",
    issue: (i: MyPlanIssue): string => {
      switch (i.code) {
        case "rowGone":
          return `row ${i.row} of the Plan tab is gone (deleted or moved).`;
        case "rowChanged":
          return `someone else changed row ${i.row} of the Plan tab while the sidebar was open.`;
        case "notThisSubject":
          return `row ${i.row} of the Plan tab belongs to another subject.`;
        case "notSuggested":
          return `row ${i.row} is no longer «suggested»: nothing to accept.`;
        case "alreadyDone":
          return `row ${i.row} is already marked as held.`;
        case "cancelledRow":
          return `row ${i.row} is cancelled; change its status on the Plan tab if it is back in the plan.`;
        case "unknownSubject":
          return `the subject «${i.subject}» is not on the Subjects tab.`;
        case "gradeNotTaught":
          return `the subject is not taught in grade ${i.grade} (Subjects tab).`;
        case "quarterEnded":
          return `quarter ${i.quarter} is over: nothing is added to it.`;
        case "dateOutside":
          return `the date ${formatLocalDate(i.date)} is outside the quarter (${formatLocalDate(i.start)}–${formatLocalDate(i.end)}).`;
        case "dateInFuture":
          return `the date ${formatLocalDate(i.date)} has not come yet: mark it held on the day of the lesson or later.`;
        case "noDate":
          return "give the lesson's date.";
        case "unknownProfession":
          return `«${i.profession}» is not in the thesaurus (Professions tab).`;
        case "notLinked":
          return `«${i.profession}» is not linked to this subject in the thesaurus.`;
        case "usedInGrade":
          return `«${i.profession}» was already used in grade ${i.grade} for this subject this year.`;
      }
    },
  },
};

export type MyPlanMessages = typeof ru.myPlan;

/** The my-plan area alone, for the sidebar's bundle. */
export function myPlanMessages(locale: Locale): typeof ru {
  return locale === "en" ? en : ru;
}
