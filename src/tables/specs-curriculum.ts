// Source tabs of the curriculum: Профессии (the thesaurus) and План (introductions to professions in lessons).

import { PlanEntry, Profession } from "../domain/records";
import { KLIMOV, PLAN_STATUS } from "./enums";
import { defineTab } from "./spec-types";

export const PROFESSIONS_TAB = defineTab<Profession>({
  key: "professions",
  name: { ru: "Профессии", en: "Professions" },
  note: {
    ru: "Тезаурус профессий: какие (новые) профессии требуют компетенций каждого предмета.",
    en: "The thesaurus: which (new) professions need each subject's competences.",
  },
  schema: Profession,
  idColumn: "profession",
  unique: [["profession"]],
  columns: [
    {
      key: "profession",
      header: { ru: "Профессия", en: "Profession" },
      type: "text",
      identity: "name",
      required: true,
      width: 200,
      note: { ru: "Название профессии, без повторов.", en: "Profession name, no repeats." },
    },
    {
      key: "subjects",
      header: { ru: "Предметы", en: "Subjects" },
      type: "list",
      required: true,
      width: 200,
      ref: { tab: "subjects", column: "subject" },
      note: {
        ru: "Предметы из вкладки «Предметы» через запятую.",
        en: "Subjects from the Subjects tab, comma-separated.",
      },
    },
    {
      key: "types",
      header: { ru: "Тип", en: "Type" },
      aliases: ["тип по климову", "типы"],
      type: "klimovTypes",
      enumeration: KLIMOV,
      width: 80,
      note: {
        ru: "По Климову: П, Т, Ч, З, Х (можно полностью: человек–природа).",
        en: "Klimov types: П, Т, Ч, З, Х (full names accepted).",
      },
    },
    {
      key: "industry",
      header: { ru: "Отрасль", en: "Industry" },
      type: "text",
      width: 150,
      note: { ru: "Отрасль экономики.", en: "Industry." },
    },
    {
      key: "isNew",
      header: { ru: "Новая", en: "New" },
      type: "boolean",
      default: false,
      width: 70,
      note: { ru: "да — новая или появляющаяся профессия.", en: "yes for a new or emerging profession." },
    },
    {
      key: "description",
      header: { ru: "Описание", en: "Description" },
      type: "text",
      width: 280,
      note: { ru: "Чем занимается специалист.", en: "What the specialist does." },
    },
    {
      key: "competences",
      header: { ru: "Компетенции", en: "Competences" },
      type: "list",
      width: 220,
      note: { ru: "Нужные компетенции через запятую.", en: "Needed competences, comma-separated." },
    },
    {
      key: "whereTaught",
      header: { ru: "Где обучают", en: "Where taught" },
      type: "text",
      width: 200,
      note: { ru: "Колледжи и вузы, где учат профессии.", en: "Colleges and universities that teach it." },
    },
    {
      key: "bands",
      header: { ru: "Ступени", en: "Bands" },
      type: "list",
      width: 100,
      ref: { tab: "bands", column: "name" },
      note: { ru: "Ступени, где уместна; пусто — все.", en: "Bands where it fits; blank means all." },
    },
    {
      key: "addedBy",
      header: { ru: "Добавил", en: "Added by" },
      type: "text",
      width: 150,
      note: { ru: "Кто добавил профессию.", en: "Who added the profession." },
    },
  ],
});

export const PLAN_TAB = defineTab<PlanEntry>({
  key: "plan",
  name: { ru: "План", en: "Plan" },
  note: {
    ru: "Знакомства с профессиями на уроках: два раза в четверть по каждой параллели.",
    en: "Introductions to professions in lessons: twice a quarter in each grade.",
  },
  schema: PlanEntry,
  columns: [
    {
      key: "subject",
      header: { ru: "Предмет", en: "Subject" },
      type: "text",
      required: true,
      width: 160,
      ref: { tab: "subjects", column: "subject" },
      note: { ru: "Предмет из вкладки «Предметы».", en: "A subject from the Subjects tab." },
    },
    {
      key: "grade",
      header: { ru: "Параллель", en: "Grade" },
      type: "grade",
      required: true,
      width: 80,
      note: { ru: "Параллель от 1 до 11.", en: "Grade 1 to 11." },
    },
    {
      key: "quarter",
      header: { ru: "Четверть", en: "Quarter" },
      type: "integer",
      min: 1,
      max: 4,
      required: true,
      width: 80,
      note: { ru: "Номер четверти: 1–4.", en: "Quarter number: 1–4." },
    },
    {
      key: "date",
      header: { ru: "Дата", en: "Date" },
      type: "date",
      width: 100,
      note: { ru: "Дата урока, если известна.", en: "Lesson date, if known." },
    },
    {
      key: "topic",
      header: { ru: "Тема урока", en: "Lesson topic" },
      type: "text",
      width: 240,
      note: { ru: "Тема урока из КТП.", en: "Lesson topic from the plan." },
    },
    {
      key: "profession",
      header: { ru: "Профессия", en: "Profession" },
      type: "text",
      required: true,
      width: 200,
      ref: { tab: "professions", column: "profession" },
      note: { ru: "Профессия из тезауруса.", en: "A profession from the thesaurus." },
    },
    {
      key: "teacher",
      header: { ru: "Учитель", en: "Teacher" },
      type: "text",
      width: 160,
      note: { ru: "Кто проводит урок.", en: "Who teaches the lesson." },
    },
    {
      key: "status",
      header: { ru: "Статус", en: "Status" },
      type: "enum",
      enumeration: PLAN_STATUS,
      default: "planned",
      width: 130,
      note: {
        ru: "Пусто — запланировано. «предложено» не засчитывается, пока учитель не сменит статус.",
        en: "Blank means planned. «suggested» counts for nothing until a teacher changes it.",
      },
    },
  ],
});
