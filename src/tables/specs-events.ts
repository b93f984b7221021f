// Source tabs of events: Мероприятия and Участие (who took part).

import { Participation, SchoolEvent } from "../domain/records";
import { COMPONENT, EVENT_FORMAT, EVENT_STATUS, PARTICIPATION_MARK } from "./enums";
import { defineTab, PUPIL_COLUMNS } from "./spec-types";

export const EVENTS_TAB = defineTab<SchoolEvent>({
  key: "events",
  name: { ru: "Мероприятия", en: "Events" },
  note: {
    ru: "План и факт профориентационных мероприятий. Id заполняет ПрофТрек.",
    en: "Planned and held career events. ПрофТрек fills the Id.",
  },
  schema: SchoolEvent,
  idColumn: "id",
  unique: [["id"]],
  columns: [
    {
      key: "id",
      header: { ru: "Id", en: "Id" },
      aliases: ["ид"],
      type: "text",
      width: 80,
      note: {
        ru: "М-0001 …: заполняет ПрофТрек, не меняйте.",
        en: "М-0001 …: filled by ПрофТрек, do not change.",
      },
    },
    {
      key: "date",
      header: { ru: "Дата", en: "Date" },
      type: "date",
      required: true,
      width: 100,
      note: { ru: "Дата мероприятия.", en: "Event date." },
    },
    {
      key: "title",
      header: { ru: "Название", en: "Title" },
      type: "text",
      required: true,
      width: 240,
      note: { ru: "Название мероприятия.", en: "Event title." },
    },
    {
      key: "format",
      header: { ru: "Форма", en: "Format" },
      type: "enum",
      enumeration: EVENT_FORMAT,
      required: true,
      width: 200,
      note: { ru: "Форма из списка.", en: "Format from the list." },
    },
    {
      key: "component",
      header: { ru: "Компонент", en: "Component" },
      type: "enum",
      enumeration: COMPONENT,
      required: true,
      width: 200,
      note: { ru: "Один из пяти компонентов системы.", en: "One of the system's five components." },
    },
    {
      key: "classes",
      header: { ru: "Классы", en: "Classes" },
      type: "classSelector",
      required: true,
      width: 120,
      note: { ru: "8А, 8Б — классы; 8-9 — параллели; «все».", en: "8А, 8Б — classes; 8-9 — grades; «all»." },
    },
    {
      key: "hours",
      header: { ru: "Часы", en: "Hours" },
      type: "number",
      min: 0,
      default: 1,
      width: 70,
      note: {
        ru: "Часы профминимума каждому участнику; пусто — 1.",
        en: "Профминимум hours each participant earns; blank means 1.",
      },
    },
    {
      key: "responsible",
      header: { ru: "Ответственный", en: "Responsible" },
      type: "text",
      width: 160,
      note: { ru: "Кто проводит.", en: "Who runs it." },
    },
    {
      key: "partner",
      header: { ru: "Партнёр", en: "Partner" },
      type: "text",
      width: 160,
      note: { ru: "Предприятие, колледж или вуз.", en: "Enterprise, college or university." },
    },
    {
      key: "professions",
      header: { ru: "Профессии", en: "Professions" },
      type: "list",
      width: 200,
      ref: { tab: "professions", column: "profession" },
      note: { ru: "Профессии, с которыми знакомит.", en: "Professions it introduces." },
    },
    {
      key: "status",
      header: { ru: "Статус", en: "Status" },
      type: "enum",
      enumeration: EVENT_STATUS,
      default: "planned",
      width: 120,
      note: { ru: "Пусто — запланировано.", en: "Blank means planned." },
    },
  ],
});

export const PARTICIPATION_TAB = defineTab<Participation>({
  key: "participation",
  name: { ru: "Участие", en: "Participation" },
  note: {
    ru: "Одна строка на ученика и мероприятие. Более поздняя строка для той же пары заменяет раннюю.",
    en: "One row per pupil per event. A later row for the same pair replaces an earlier one.",
  },
  schema: Participation,
  columns: [
    {
      key: "eventId",
      header: { ru: "Мероприятие", en: "Event" },
      aliases: ["id мероприятия", "event id"],
      type: "text",
      required: true,
      width: 100,
      ref: { tab: "events", column: "id" },
      note: { ru: "Id мероприятия из вкладки «Мероприятия».", en: "Event Id from the Events tab." },
    },
    ...PUPIL_COLUMNS,
    {
      key: "mark",
      header: { ru: "Отметка", en: "Mark" },
      type: "enum",
      enumeration: PARTICIPATION_MARK,
      required: true,
      width: 160,
      note: {
        ru: "участвовал / не участвовал / уважительная причина.",
        en: "took part / did not take part / excused.",
      },
    },
    {
      key: "hours",
      header: { ru: "Часы", en: "Hours" },
      type: "number",
      min: 0,
      width: 70,
      note: { ru: "Пусто — часы мероприятия.", en: "Blank means the event's hours." },
    },
    {
      key: "markedBy",
      header: { ru: "Отметил", en: "Marked by" },
      type: "text",
      width: 160,
      note: { ru: "Кто отметил.", en: "Who marked it." },
    },
    {
      key: "markedAt",
      header: { ru: "Когда", en: "Marked at" },
      type: "dateTime",
      width: 140,
      note: { ru: "Когда отметили.", en: "When it was marked." },
    },
  ],
});
