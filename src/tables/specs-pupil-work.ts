// Source tabs of each pupil's own work: Профпробы, Проекты, Консультации.

import { Consultation, Project, Trial } from "../domain/records";
import { PROJECT_KIND, TRIAL_RESULT } from "./enums";
import { defineTab, PUPIL_COLUMNS } from "./spec-types";

export const TRIALS_TAB = defineTab<Trial>({
  key: "trials",
  name: { ru: "Профпробы", en: "Trials" },
  note: { ru: "Профессиональные пробы учеников.", en: "Pupils' professional trials." },
  schema: Trial,
  columns: [
    ...PUPIL_COLUMNS,
    {
      key: "organization",
      header: { ru: "Организация", en: "Organization" },
      type: "text",
      required: true,
      width: 200,
      note: { ru: "Где проходила проба.", en: "Where the trial took place." },
    },
    {
      key: "profession",
      header: { ru: "Профессия", en: "Profession" },
      type: "text",
      required: true,
      width: 180,
      ref: { tab: "professions", column: "profession" },
      note: { ru: "Профессия пробы.", en: "The trial's profession." },
    },
    {
      key: "hours",
      header: { ru: "Часы", en: "Hours" },
      type: "number",
      min: 0,
      width: 70,
      note: { ru: "Продолжительность в часах.", en: "Length in hours." },
    },
    {
      key: "start",
      header: { ru: "Начало", en: "Start" },
      type: "date",
      width: 100,
      note: { ru: "Дата начала.", en: "Start date." },
    },
    {
      key: "end",
      header: { ru: "Окончание", en: "End" },
      type: "date",
      width: 100,
      note: { ru: "Дата окончания.", en: "End date." },
    },
    {
      key: "result",
      header: { ru: "Результат", en: "Result" },
      type: "enum",
      enumeration: TRIAL_RESULT,
      width: 130,
      note: { ru: "пройдена / не завершена / сертификат.", en: "passed / unfinished / certificate." },
    },
  ],
});

export const PROJECTS_TAB = defineTab<Project>({
  key: "projects",
  name: { ru: "Проекты", en: "Projects" },
  note: {
    ru: "Банк проектных задач и индивидуальные проекты (9 и 11 классы).",
    en: "Project-task bank and individual projects (grades 9 and 11).",
  },
  schema: Project,
  columns: [
    {
      key: "kind",
      header: { ru: "Вид", en: "Kind" },
      type: "enum",
      enumeration: PROJECT_KIND,
      required: true,
      width: 170,
      note: { ru: "задача банка / индивидуальный проект.", en: "bank task / individual project." },
    },
    {
      key: "title",
      header: { ru: "Название", en: "Title" },
      type: "text",
      required: true,
      width: 240,
      note: { ru: "Тема проекта или задачи.", en: "Project or task title." },
    },
    {
      key: "subject",
      header: { ru: "Предмет", en: "Subject" },
      type: "text",
      width: 150,
      ref: { tab: "subjects", column: "subject" },
      note: { ru: "Предмет, если есть.", en: "Subject, if any." },
    },
    {
      key: "profession",
      header: { ru: "Профессия", en: "Profession" },
      type: "text",
      width: 180,
      ref: { tab: "professions", column: "profession" },
      note: { ru: "Связанная профессия.", en: "Related profession." },
    },
    {
      key: "grade",
      header: { ru: "Параллель", en: "Grade" },
      type: "grade",
      width: 80,
      note: { ru: "Параллель от 1 до 11.", en: "Grade 1 to 11." },
    },
    {
      key: "code",
      header: { ru: "Код", en: "Code" },
      type: "text",
      width: 100,
      ref: { tab: "pupils", column: "code" },
      note: {
        ru: "Код ученика — для индивидуального проекта.",
        en: "Pupil code — for an individual project.",
      },
    },
    {
      key: "supervisor",
      header: { ru: "Руководитель", en: "Supervisor" },
      type: "text",
      width: 160,
      note: { ru: "Руководитель проекта.", en: "Project supervisor." },
    },
    {
      key: "status",
      header: { ru: "Статус", en: "Status" },
      type: "text",
      width: 120,
      note: { ru: "Свободный текст: тема выбрана, защищён…", en: "Free text: topic chosen, defended…" },
    },
    {
      key: "grade5",
      header: { ru: "Оценка", en: "Mark" },
      type: "text",
      width: 80,
      note: { ru: "Оценка за проект.", en: "The project's mark." },
    },
  ],
});

export const CONSULTATIONS_TAB = defineTab<Consultation>({
  key: "consultations",
  name: { ru: "Консультации", en: "Consultations" },
  note: {
    ru: "Индивидуальные консультации психолога и классных руководителей.",
    en: "Individual consultations by the psychologist and class teachers.",
  },
  schema: Consultation,
  columns: [
    {
      key: "date",
      header: { ru: "Дата", en: "Date" },
      type: "date",
      required: true,
      width: 100,
      note: { ru: "Дата консультации.", en: "Consultation date." },
    },
    ...PUPIL_COLUMNS,
    {
      key: "topic",
      header: { ru: "Тема", en: "Topic" },
      type: "text",
      width: 220,
      note: { ru: "О чём говорили.", en: "What it was about." },
    },
    {
      key: "by",
      header: { ru: "Провёл", en: "By" },
      type: "text",
      width: 160,
      note: { ru: "Кто консультировал.", en: "Who consulted." },
    },
    {
      key: "outcome",
      header: { ru: "Итог", en: "Outcome" },
      type: "text",
      width: 240,
      note: { ru: "Итог или рекомендация.", en: "Outcome or advice." },
    },
  ],
});
