// Messages of the «Мероприятие» sidebar: the form, its checks, save results, the calendar and the balance.

import type { Locale } from "./format";
import { plural } from "./format";

const ruDate = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;

export const ru = {
  events: {
    menu: "Мероприятие",
    title: "Мероприятие",
    add: "Новое мероприятие",
    edit: "Изменить",
    editOf: (id: string) => `Изменить ${id}`,
    formAdd: "Новое мероприятие",
    formEdit: (id: string) => `Мероприятие ${id}`,
    fields: {
      date: "Дата",
      title: "Название",
      format: "Форма",
      component: "Компонент",
      classes: "Классы",
      classesHint: "8А, 8Б — классы; 8-9 — параллели; «все»",
      hours: "Часы профминимума каждому участнику",
      responsible: "Ответственный",
      partner: "Партнёр",
      professions: "Профессии (из тезауруса)",
      professionsHint: "через запятую",
      status: "Статус",
    },
    statuses: { planned: "запланировано", done: "проведено", cancelled: "отменено" },
    save: "Сохранить",
    cancel: "Отмена",
    saving: "Сохранение…",
    quarter: (q: number) => `${q} четверть: мероприятия по компонентам`,
    pickQuarter: "Четверть",
    noEvents: "В этой четверти мероприятий нет.",
    balance: "Компоненты × ступени за год: пустые клетки — что добавить",
    band: "Ступень",
    empty: (n: number) =>
      n === 0
        ? "Все компоненты представлены во всех ступенях."
        : `Пустых клеток: ${n} — в этих ступенях нет мероприятий этого компонента.`,
    added: (id: string, row: number) => `Мероприятие ${id} добавлено: строка ${row} листа «Мероприятия».`,
    updated: (id: string, row: number) => `Мероприятие ${id} сохранено: строка ${row} листа «Мероприятия».`,
    alreadySaved: (id: string, row: number) =>
      `Это мероприятие уже сохранено: ${id}, строка ${row} листа «Мероприятия».`,
    fixErrors: "Исправьте отмеченные поля.",
    filled: (n: number) =>
      `Ещё ${n} ${plural(n, "мероприятие", "мероприятия", "мероприятий")}, введённых вручную, получили Id.`,
    issues: {
      date: "Укажите дату.",
      dateOutside: (start: string, end: string) =>
        `Дата должна быть внутри учебного года: с ${ruDate(start)} по ${ruDate(end)}.`,
      title: "Введите название.",
      classes: "Классы: например, «8А, 8Б», «8-9» или «все».",
      hours: "Часы — число не меньше 0.",
      professions: (names: string[]) =>
        `Нет в тезаурусе: ${names.join(", ")}. Сначала добавьте в «Профессии».`,
      gone: (id: string) => `Мероприятия ${id} больше нет на листе «Мероприятия». Список обновлён.`,
    },
  },
};

export const en: typeof ru = {
  events: {
    menu: "Event",
    title: "Event",
    add: "New event",
    edit: "Edit",
    editOf: (id: string) => `Edit ${id}`,
    formAdd: "New event",
    formEdit: (id: string) => `Event ${id}`,
    fields: {
      date: "Date",
      title: "Title",
      format: "Format",
      component: "Component",
      classes: "Classes",
      classesHint: "8А, 8Б — classes; 8-9 — grades; «all»",
      hours: "Профминимум hours for each participant",
      responsible: "Responsible",
      partner: "Partner",
      professions: "Professions (from the thesaurus)",
      professionsHint: "comma-separated",
      status: "Status",
    },
    statuses: { planned: "planned", done: "done", cancelled: "cancelled" },
    save: "Save",
    cancel: "Cancel",
    saving: "Saving…",
    quarter: (q: number) => `Quarter ${q}: events by component`,
    pickQuarter: "Quarter",
    noEvents: "No events this quarter.",
    balance: "Components × bands this year: empty cells are what to add",
    band: "Band",
    empty: (n: number) =>
      n === 0
        ? "Every component is present in every band."
        : `Empty cells: ${n} — these bands have no event of that component.`,
    added: (id: string, row: number) => `Event ${id} added: row ${row} of the Events tab.`,
    updated: (id: string, row: number) => `Event ${id} saved: row ${row} of the Events tab.`,
    alreadySaved: (id: string, row: number) =>
      `This event is already saved: ${id}, row ${row} of the Events tab.`,
    fixErrors: "Fix the marked fields.",
    filled: (n: number) => `${n} more event${n === 1 ? "" : "s"} typed by hand got an Id.`,
    issues: {
      date: "Enter a date.",
      dateOutside: (start: string, end: string) =>
        `The date must fall inside the school year: ${ruDate(start)} to ${ruDate(end)}.`,
      title: "Enter a title.",
      classes: "Classes: for example «8А, 8Б», «8-9» or «all».",
      hours: "Hours must be a number of at least 0.",
      professions: (names: string[]) =>
        `Not in the thesaurus: ${names.join(", ")}. Add them to Professions first.`,
      gone: (id: string) => `Event ${id} is no longer on the Events tab. The list is refreshed.`,
    },
  },
};

export type EventsMessages = typeof ru.events;

/** The event sidebar's messages in a locale. */
export function eventsMessages(locale: Locale): EventsMessages {
  return locale === "en" ? en.events : ru.events;
}
