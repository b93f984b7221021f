// Messages of «Настроить книгу» and «Заполнить демо-данными»: menu captions, toasts, the refusal.

import { plural } from "./format";

const tabsList = (tabs: readonly string[]) => tabs.map((t) => `«${t}»`).join(", ");

export const ru = {
  setup: {
    menu: "Настроить книгу",
    title: "ПрофТрек",
    done: (tabs: number, columns: number, params: number) =>
      `Книга настроена: ${[
        tabs > 0 ? `создано листов: ${tabs}` : "",
        columns > 0 ? `добавлено столбцов: ${columns}` : "",
        params > 0 ? `добавлено параметров настроек: ${params}` : "",
      ]
        .filter((s) => s !== "")
        .join("; ")}.`,
    nothingToDo: "Все листы, столбцы и настройки на месте: ничего не изменено.",
    restyled: (tabs: number) =>
      `Восстановлено оформление (заголовки, подсказки, выпадающие списки) на ${tabs} ${plural(tabs, "листе", "листах", "листах")}.`,
    renamed: (items: readonly { tab: string; column: string; expected: string }[]) =>
      `Не найдены обязательные столбцы, а на их месте стоят незнакомые заголовки. Переименуйте их, и ПрофТрек найдёт данные:\n${items
        .map((i) => `• лист «${i.tab}», столбец ${i.column} → «${i.expected}»`)
        .join("\n")}`,
  },
  demo: {
    menu: "Заполнить демо-данными",
    hasData: (tabs: readonly string[]) =>
      `Демо-данные записываются только в пустую книгу, а здесь уже есть данные на ${tabs.length === 1 ? "листе" : "листах"} ${tabsList(tabs)}. Создайте новую таблицу и повторите.`,
    done: (pupils: number, events: number) =>
      `Демо-школа записана: ${pupils} ${plural(pupils, "ученик", "ученика", "учеников")} (по кодам), ${events} ${plural(events, "мероприятие", "мероприятия", "мероприятий")}.`,
  },
};

export const en: typeof ru = {
  setup: {
    menu: "Set up the workbook",
    title: "ПрофТрек",
    done: (tabs: number, columns: number, params: number) =>
      `The workbook is set up: ${[
        tabs > 0 ? `tabs created: ${tabs}` : "",
        columns > 0 ? `columns added: ${columns}` : "",
        params > 0 ? `settings added: ${params}` : "",
      ]
        .filter((s) => s !== "")
        .join("; ")}.`,
    nothingToDo: "Every tab, column and setting is in place: nothing changed.",
    restyled: (tabs: number) => `Headers, notes and dropdowns restored on ${tabs} tab(s).`,
    renamed: (items: readonly { tab: string; column: string; expected: string }[]) =>
      `Required columns are missing while unknown headers stand in their place. Rename them and ПрофТрек will find the data:\n${items
        .map((i) => `• tab «${i.tab}», column ${i.column} → «${i.expected}»`)
        .join("\n")}`,
  },
  demo: {
    menu: "Fill with demo data",
    hasData: (tabs: readonly string[]) =>
      `Demo data goes only into an empty workbook, and this one already has data on ${tabsList(tabs)}. Create a new spreadsheet and try again.`,
    done: (pupils: number, events: number) =>
      `The demo school is written: ${pupils} pupils (by code), ${events} events.`,
  },
};
