// Messages of the «Отметить участие» sidebar: choosing an event and a class, the marks, save results.

import type { Locale } from "./format";
import { plural } from "./format";

export const ru = {
  attendance: {
    menu: "Отметить участие",
    title: "Отметить участие",
    event: "Мероприятие",
    className: "Класс",
    noEvents: "На листе «Мероприятия» нет мероприятий с Id. Добавьте мероприятие («ПрофТрек → Мероприятие»).",
    noPupils: "В этом классе нет учеников с «Активен = да» на листе «Ученики».",
    noClasses: "Ни один класс из листа «Ученики» не относится к этому мероприятию.",
    withoutId: (n: number) =>
      `${n} ${plural(n, "мероприятие", "мероприятия", "мероприятий")} без Id не ${n === 1 ? "показано" : "показаны"}: Id появится при следующей записи ПрофТрека или «Настроить книгу».`,
    hours: (h: number) => `${h} ч`,
    unsaved: (n: number) => `Не сохранено: ${n} — нажмите «Сохранить отметки».`,
    upcoming: "скоро",
    today: "сегодня",
    marks: { present: "участвовал", absent: "не участвовал", excused: "уважительная причина" },
    short: { present: "✓", absent: "✗", excused: "У" },
    allPresent: "Все участвовали",
    save: "Сохранить отметки",
    saving: "Сохранение…",
    loading: "Загрузка отметок…",
    counts: (present: number, absent: number, excused: number, none: number) =>
      `Участвовали: ${present} · не участвовали: ${absent} · уважительная: ${excused}${none > 0 ? ` · без отметки: ${none}` : ""}`,
    saved: (n: number, className: string, row: number) =>
      `Сохранено ${n} ${plural(n, "отметка", "отметки", "отметок")} для ${className}: лист «Участие», строки с ${row}.`,
    unchanged: (className: string) => `Отметки ${className} уже сохранены: ничего не изменилось.`,
    nothingMarked: "Отметьте хотя бы одного ученика.",
    eventGone: (id: string) =>
      `Мероприятия ${id} нет на листе «Мероприятия»: его удалили или изменили Id. Список обновлён.`,
    eventCancelled: (id: string) => `Мероприятие ${id} отменено: отметки для него не сохраняются.`,
    classOutside: (className: string, id: string) => `Класс ${className} не участвует в мероприятии ${id}.`,
    pupilsOutside: (codes: string[], id: string) =>
      `${plural(codes.length, "Ученик", "Ученики", "Ученики")} ${codes.join(", ")} не ${codes.length === 1 ? "относится" : "относятся"} к классам мероприятия ${id} (или ${codes.length === 1 ? "выбыл" : "выбыли"}): ничего не сохранено.`,
    skipped: (n: number) =>
      `${n} ${plural(n, "строка", "строки", "строк")} листа «Участие» с ошибками не ${n === 1 ? "учтена" : "учтены"}: см. «Проверить данные».`,
  },
};

export const en: typeof ru = {
  attendance: {
    menu: "Mark participation",
    title: "Mark participation",
    event: "Event",
    className: "Class",
    noEvents: "The Events tab has no event with an Id. Add an event («ПрофТрек → Event»).",
    noPupils: "This class has no pupil with «Active = yes» on the Pupils tab.",
    noClasses: "No class of the Pupils tab takes part in this event.",
    withoutId: (n: number) =>
      `${n} event${n === 1 ? "" : "s"} without an Id not shown: the Id is filled by the next ПрофТрек write or «Set up the workbook».`,
    hours: (h: number) => `${h} h`,
    unsaved: (n: number) => `Not saved: ${n} — press «Save marks».`,
    upcoming: "soon",
    today: "today",
    marks: { present: "took part", absent: "did not take part", excused: "excused" },
    short: { present: "✓", absent: "✗", excused: "E" },
    allPresent: "Everyone took part",
    save: "Save marks",
    saving: "Saving…",
    loading: "Loading marks…",
    counts: (present: number, absent: number, excused: number, none: number) =>
      `Took part: ${present} · did not: ${absent} · excused: ${excused}${none > 0 ? ` · not marked: ${none}` : ""}`,
    saved: (n: number, className: string, row: number) =>
      `Saved ${n} mark${n === 1 ? "" : "s"} for ${className}: the Participation tab, rows from ${row}.`,
    unchanged: (className: string) => `The marks of ${className} are already saved: nothing changed.`,
    nothingMarked: "Mark at least one pupil.",
    eventGone: (id: string) =>
      `Event ${id} is not on the Events tab: it was deleted or its Id changed. The list is refreshed.`,
    eventCancelled: (id: string) => `Event ${id} is cancelled: no marks are saved for it.`,
    classOutside: (className: string, id: string) => `Class ${className} does not take part in event ${id}.`,
    pupilsOutside: (codes: string[], id: string) =>
      `Pupil${codes.length === 1 ? "" : "s"} ${codes.join(", ")} ${codes.length === 1 ? "is" : "are"} not in the classes of event ${id} (or left): nothing was saved.`,
    skipped: (n: number) =>
      `${n} row${n === 1 ? "" : "s"} of the Participation tab with errors not counted: see «Check the data».`,
  },
};

export type AttendanceMessages = typeof ru.attendance;

/** The attendance sidebar's messages in a locale. */
export function attendanceMessages(locale: Locale): AttendanceMessages {
  return locale === "en" ? en.attendance : ru.attendance;
}
