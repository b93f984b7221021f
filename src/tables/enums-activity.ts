// The closed lists of activities and diagnostics: event formats, marks, trial results, project kinds, questions.

import type {
  EventFormat,
  IDENTIFICATION_MODES,
  PARTICIPATION_MARKS,
  PROJECT_KINDS,
  QUESTION_TYPES,
  TRIAL_RESULTS,
} from "../domain/records";
import type { Enumeration } from "./spec-types";

type Of<T extends readonly string[]> = T[number];

export const EVENT_FORMAT: Enumeration<EventFormat> = {
  key: "eventFormat",
  options: [
    {
      code: "excursion",
      label: { ru: "экскурсия на предприятие", en: "excursion to an enterprise" },
      synonyms: ["экскурсия"],
    },
    {
      code: "universityMeeting",
      label: {
        ru: "встреча с преподавателями вузов и ссузов",
        en: "meeting with university and college teachers",
      },
      synonyms: ["встреча с преподавателями"],
    },
    { code: "openDay", label: { ru: "день открытых дверей", en: "open day" } },
    { code: "masterClass", label: { ru: "мастер-класс", en: "master class" } },
    { code: "methodWeek", label: { ru: "методическая неделя", en: "methodical week" } },
    { code: "classHour", label: { ru: "классный час", en: "class hour" } },
    { code: "parentsMeeting", label: { ru: "встреча с родителями", en: "meeting with parents" } },
    {
      code: "trial",
      label: { ru: "профессиональная проба", en: "professional trial" },
      synonyms: ["профпроба"],
    },
    { code: "festival", label: { ru: "фестиваль", en: "festival" } },
    { code: "project", label: { ru: "проектная деятельность", en: "project work" }, synonyms: ["проект"] },
    {
      code: "horizons",
      label: { ru: "урок «Россия — мои горизонты»", en: "lesson «Russia — my horizons»" },
      synonyms: ["россия — мои горизонты", "мои горизонты", "рмг"],
    },
    { code: "contest", label: { ru: "конкурс", en: "contest" } },
    { code: "consultation", label: { ru: "консультация", en: "consultation" } },
    { code: "diagnostics", label: { ru: "диагностика", en: "diagnostics" } },
    { code: "other", label: { ru: "другое", en: "other" } },
  ],
};

export const PARTICIPATION_MARK: Enumeration<Of<typeof PARTICIPATION_MARKS>> = {
  key: "participationMark",
  options: [
    {
      code: "present",
      label: { ru: "участвовал", en: "took part" },
      synonyms: [
        "участвовала",
        "участвовали",
        "присутствовал",
        "присутствовала",
        "был",
        "была",
        "+",
        "present",
      ],
    },
    {
      code: "absent",
      label: { ru: "не участвовал", en: "did not take part" },
      synonyms: ["не участвовала", "отсутствовал", "отсутствовала", "не был", "не была", "н", "-", "absent"],
    },
    {
      code: "excused",
      label: { ru: "уважительная причина", en: "excused" },
      synonyms: ["уважительная", "ув", "по уважительной причине"],
    },
  ],
};

export const TRIAL_RESULT: Enumeration<Of<typeof TRIAL_RESULTS>> = {
  key: "trialResult",
  options: [
    { code: "passed", label: { ru: "пройдена", en: "passed" }, synonyms: ["пройден", "пройдено"] },
    {
      code: "unfinished",
      label: { ru: "не завершена", en: "unfinished" },
      synonyms: ["не завершён", "не завершено", "не пройдена"],
    },
    { code: "certificate", label: { ru: "сертификат", en: "certificate" }, synonyms: ["получен сертификат"] },
  ],
};

export const PROJECT_KIND: Enumeration<Of<typeof PROJECT_KINDS>> = {
  key: "projectKind",
  options: [
    {
      code: "bankTask",
      label: { ru: "задача банка", en: "bank task" },
      synonyms: ["проектная задача", "банк"],
    },
    {
      code: "individual",
      label: { ru: "индивидуальный проект", en: "individual project" },
      synonyms: ["индивидуальный", "ип"],
    },
  ],
};

export const IDENTIFICATION_MODE: Enumeration<Of<typeof IDENTIFICATION_MODES>> = {
  key: "identificationMode",
  options: [
    { code: "codeList", label: { ru: "список кодов", en: "code list" }, synonyms: ["список"] },
    { code: "codeEntry", label: { ru: "ввод кода", en: "code entry" }, synonyms: ["ввод"] },
  ],
};

export const QUESTION_TYPE: Enumeration<Of<typeof QUESTION_TYPES>> = {
  key: "questionType",
  options: [
    { code: "pair", label: { ru: "пара", en: "pair" } },
    { code: "single", label: { ru: "один", en: "single" }, synonyms: ["один вариант"] },
    { code: "multiple", label: { ru: "несколько", en: "multiple" }, synonyms: ["несколько вариантов"] },
    { code: "scale", label: { ru: "шкала", en: "scale" } },
    { code: "text", label: { ru: "текст", en: "text" } },
  ],
};
