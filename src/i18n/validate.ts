// Messages of «Проверить данные»: the report tab, its columns, the toast, and the cross-tab problems' reasons.

import type { Locale } from "./format";
import { plural } from "./format";

const list = (items: readonly string[]) => items.map((s) => `«${s}»`).join(", ");

export const ru = {
  validate: {
    menu: "Проверить данные",
    /** The generated tab; at most 31 characters and none of : \ / ? * [ ]. */
    tabName: "Проверка данных",
    title: "ПрофТрек",
    columns: {
      tab: "Лист",
      row: "Строка",
      column: "Столбец",
      value: "Значение",
      problem: "Проблема",
      link: "Ссылка",
    },
    none: "Проблем не найдено.",
    toastNone: "Проверка данных: проблем не найдено.",
    toastFound: (n: number, tab: string) =>
      `Проверка данных: ${n} ${plural(n, "проблема", "проблемы", "проблем")}. Список и ссылки на ячейки — на листе «${tab}».`,
    /** The text of a link to a cell. */
    goTo: (a1: string) => `перейти к ${a1}`,
    missingTab: "листа нет в книге; выполните «ПрофТрек → Настроить книгу»",
  },
  /** Why a cell fails a check across tabs. */
  crossReason: {
    unknownRef: (tab: string, column: string) =>
      `такого значения нет на вкладке «${tab}» (столбец «${column}»)`,
    unknownRefs: (tab: string, column: string, items: readonly string[]) =>
      `нет на вкладке «${tab}» (столбец «${column}»): ${list(items)}`,
    unknownClasses: (tab: string, items: readonly string[]) =>
      `${plural(items.length, "класса", "классов", "классов")} ${list(items)} нет на вкладке «${tab}»`,
    fullName: () =>
      "похоже на фамилию и имя, а в режиме «коды» ученики обозначаются только кодами (152-ФЗ); оставьте код или инициалы",
  },
};

export const en: typeof ru = {
  validate: {
    menu: "Check the data",
    tabName: "Data check",
    title: "ПрофТрек",
    columns: {
      tab: "Tab",
      row: "Row",
      column: "Column",
      value: "Value",
      problem: "Problem",
      link: "Link",
    },
    none: "No problems found.",
    toastNone: "Data check: no problems found.",
    toastFound: (n: number, tab: string) =>
      `Data check: ${n} ${n === 1 ? "problem" : "problems"}. The list with links to the cells is on the «${tab}» tab.`,
    goTo: (a1: string) => `go to ${a1}`,
    missingTab: "the tab is missing; run «ПрофТрек → Set up the workbook»",
  },
  crossReason: {
    unknownRef: (tab: string, column: string) => `no such value on the «${tab}» tab (column «${column}»)`,
    unknownRefs: (tab: string, column: string, items: readonly string[]) =>
      `not on the «${tab}» tab (column «${column}»): ${list(items)}`,
    unknownClasses: (tab: string, items: readonly string[]) =>
      `${items.length === 1 ? "class" : "classes"} ${list(items)} not on the «${tab}» tab`,
    fullName: () =>
      "looks like a full name, but in «codes» mode pupils are codes only (152-FZ); keep a code or initials",
  },
};

/** The catalogue of this area in a locale (for the pure table layer, which does not take the whole catalogue). */
export function validateMessages(locale: Locale): typeof ru {
  return locale === "en" ? en : ru;
}
