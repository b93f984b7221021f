// Messages of «Проверить данные»: the report tab, its columns and kinds, the toast, and the cross-tab problems' reasons.

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
      kind: "Вид",
      tab: "Лист",
      row: "Строка",
      column: "Столбец",
      value: "Значение",
      problem: "Проблема",
      link: "Ссылка",
    },
    /** The «Вид» of a line. */
    severity: { error: "ошибка", warning: "предупреждение" },
    none: "Проблем не найдено.",
    toastNone: "Проверка данных: проблем не найдено.",
    toastFound: (errors: number, warnings: number, tab: string) =>
      `Проверка данных: ${errors} ${plural(errors, "ошибка", "ошибки", "ошибок")}, ${warnings} ${plural(warnings, "предупреждение", "предупреждения", "предупреждений")}. Список и ссылки на ячейки — на листе «${tab}».`,
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
      kind: "Kind",
      tab: "Tab",
      row: "Row",
      column: "Column",
      value: "Value",
      problem: "Problem",
      link: "Link",
    },
    severity: { error: "error", warning: "warning" },
    none: "No problems found.",
    toastNone: "Data check: no problems found.",
    toastFound: (errors: number, warnings: number, tab: string) =>
      `Data check: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}. The list with links to the cells is on the «${tab}» tab.`,
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
