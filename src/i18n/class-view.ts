// Messages of the class view «Класс — 8А»: the generated tab, its columns, flags, legend, the class picker.

import type { PupilFlag } from "../domain/participation";
import type { Locale } from "./format";
import { plural } from "./format";

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)} %`);
/** A number in Russian writing: 12,02. */
const ruNumber = (x: number | null) => (x === null ? "—" : String(x).replace(".", ","));

export const ru = {
  classView: {
    menu: "Класс — участие и часы",
    title: "ПрофТрек",
    /** The generated tab; at most 31 characters and none of : \ / ? * [ ]. */
    tabName: (className: string) => `Класс — ${className}`,
    pickTitle: "Класс — участие и часы",
    pickIntro: "Выберите класс: ПрофТрек построит лист «Класс — …» с отметками, часами и замечаниями.",
    pupils: (n: number) => `${n} уч.`,
    building: (className: string) => `Строится лист «Класс — ${className}»…`,
    built: (tab: string) => `Лист «${tab}» готов.`,
    noClasses: "На листах «Классы» и «Ученики» нет классов.",
    close: "Закрыть",
    unknownClass: (name: string) => `Класса «${name}» нет на листах «Классы» и «Ученики».`,
    headline: (
      className: string,
      pupils: number,
      rate: number | null,
      mean: number | null,
      target: number | null,
      expected: number | null,
    ) =>
      `${className}: ${pupils} ${plural(pupils, "ученик", "ученика", "учеников")}; участие в мероприятиях — ${pct(rate)}; ` +
      `часов в среднем — ${ruNumber(mean)}${target === null ? " (профминимум с 6 класса)" : ` из ${target} за год, к сегодняшнему дню ожидается ${ruNumber(expected)}`}.`,
    counts: (behind: number, noQuarter: number, noProject: number) =>
      `Отстают от профминимума: ${behind}; без участия в этой четверти: ${noQuarter}; без индивидуального проекта (9 и 11 классы): ${noProject}.`,
    legend:
      "✓ — участвовал, ✗ — не участвовал, У — уважительная причина, пусто — нет отметки. «Всего часов»: зелёный — не меньше ожидаемого к сегодня, красный — отстаёт, серый — профминимум не считается (до 6 класса).",
    columns: {
      code: "Код",
      label: "Подпись",
      events: "Мероприятий",
      eventHours: "Часы мероприятий",
      trialHours: "Часы профпроб",
      hours: "Всего часов",
      target: "Цель за год",
      expected: "Ожидается к сегодня",
      flags: "Замечания",
      trials: "Профпробы",
      projects: "Проекты",
      consultations: "Консультации",
    },
    rateRow: "Участие, %",
    eventsTitle: "Мероприятия класса",
    eventColumns: {
      id: "Id",
      date: "Дата",
      title: "Название (компонент)",
      hours: "Часы",
      present: "Участвовали",
      rate: "Участие, %",
    },
    noEvents: "У класса пока нет мероприятий (кроме отменённых).",
    noPupils: "В классе нет учеников с «Активен = да».",
    left: (codes: string[]) => `Выбыли (не входят в проценты и средние): ${codes.join(", ")}.`,
    flags: {
      noParticipationThisQuarter: "нет участия в этой четверти",
      behindProfminimum: "отстаёт от профминимума",
      noIndividualProject: "нет индивидуального проекта",
    } as Record<PupilFlag, string>,
    trial: (organization: string, profession: string, hours: number | undefined, result: string) =>
      `${organization} — ${profession}${hours === undefined ? "" : `, ${hours} ч`}${result ? ` (${result})` : ""}`,
    consultations: (n: number, last: string) => (n === 0 ? "" : `${n}, последняя ${last}`),
    toast: (className: string, behind: number, tab: string) =>
      `${className}: отстают от профминимума — ${behind}. Подробности — на листе «${tab}».`,
  },
};

export const en: typeof ru = {
  classView: {
    menu: "Class — participation and hours",
    title: "ПрофТрек",
    tabName: (className: string) => `Class — ${className}`,
    pickTitle: "Class — participation and hours",
    pickIntro: "Pick a class: ПрофТрек builds its «Class — …» tab with marks, hours and remarks.",
    pupils: (n: number) => `${n} pupils`,
    building: (className: string) => `Building «Class — ${className}»…`,
    built: (tab: string) => `The «${tab}» tab is ready.`,
    noClasses: "The Classes and Pupils tabs have no class.",
    close: "Close",
    unknownClass: (name: string) => `There is no class «${name}» on the Classes and Pupils tabs.`,
    headline: (
      className: string,
      pupils: number,
      rate: number | null,
      mean: number | null,
      target: number | null,
      expected: number | null,
    ) =>
      `${className}: ${pupils} pupil${pupils === 1 ? "" : "s"}; participation in events ${pct(rate)}; ` +
      `mean hours ${mean ?? "—"}${target === null ? " (профминимум from grade 6)" : ` of ${target} a year, ${expected} expected by today`}.`,
    counts: (behind: number, noQuarter: number, noProject: number) =>
      `Behind профминимум: ${behind}; no participation this quarter: ${noQuarter}; no individual project (grades 9 and 11): ${noProject}.`,
    legend:
      "✓ took part, ✗ did not, E excused, blank: no mark. «Total hours»: green — at least what is expected by today, red — behind, grey — no профминимум (below grade 6).",
    columns: {
      code: "Code",
      label: "Label",
      events: "Events",
      eventHours: "Event hours",
      trialHours: "Trial hours",
      hours: "Total hours",
      target: "Year target",
      expected: "Expected by today",
      flags: "Remarks",
      trials: "Trials",
      projects: "Projects",
      consultations: "Consultations",
    },
    rateRow: "Participation, %",
    eventsTitle: "The class's events",
    eventColumns: {
      id: "Id",
      date: "Date",
      title: "Title (component)",
      hours: "Hours",
      present: "Took part",
      rate: "Participation, %",
    },
    noEvents: "The class has no events yet (other than cancelled ones).",
    noPupils: "The class has no pupil with «Active = yes».",
    left: (codes: string[]) => `Left the school (not in rates or means): ${codes.join(", ")}.`,
    flags: {
      noParticipationThisQuarter: "no participation this quarter",
      behindProfminimum: "behind профминимум",
      noIndividualProject: "no individual project",
    },
    trial: (organization: string, profession: string, hours: number | undefined, result: string) =>
      `${organization} — ${profession}${hours === undefined ? "" : `, ${hours} h`}${result ? ` (${result})` : ""}`,
    consultations: (n: number, last: string) => (n === 0 ? "" : `${n}, last ${last}`),
    toast: (className: string, behind: number, tab: string) =>
      `${className}: behind профминимум — ${behind}. Details on the «${tab}» tab.`,
  },
};

export type ClassViewMessages = typeof ru.classView;

/** The class view's messages in a locale. */
export function classViewMessages(locale: Locale): ClassViewMessages {
  return locale === "en" ? en.classView : ru.classView;
}
