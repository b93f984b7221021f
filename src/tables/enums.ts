// The closed lists of the data model: record codes, labels people see in each locale, accepted spellings.

import type {
  Component,
  EQUIPMENT_CONDITIONS,
  EVENT_STATUSES,
  KlimovType,
  PlanStatus,
  ProfminimumLevel,
  RESOURCE_KINDS,
} from "../domain/records";
import type { Locale } from "../i18n/format";
import {
  EVENT_FORMAT,
  IDENTIFICATION_MODE,
  PARTICIPATION_MARK,
  PROJECT_KIND,
  QUESTION_TYPE,
  TRIAL_RESULT,
} from "./enums-activity";
import type { Enumeration } from "./spec-types";

export { EVENT_FORMAT, IDENTIFICATION_MODE, PARTICIPATION_MARK, PROJECT_KIND, QUESTION_TYPE, TRIAL_RESULT };

type Of<T extends readonly string[]> = T[number];

export const KLIMOV: Enumeration<KlimovType> = {
  key: "klimov",
  options: [
    {
      code: "nature",
      label: { ru: "П", en: "nature" },
      synonyms: ["человек-природа", "природа", "человек-природа (п)", "human-nature", "n"],
    },
    {
      code: "technics",
      label: { ru: "Т", en: "technics" },
      synonyms: ["человек-техника", "техника", "human-technics", "human-technology", "technology", "t"],
    },
    {
      code: "human",
      label: { ru: "Ч", en: "human" },
      synonyms: ["человек-человек", "человек", "human-human", "h"],
    },
    {
      code: "sign",
      label: { ru: "З", en: "sign" },
      synonyms: [
        "человек-знаковая система",
        "знаковая система",
        "знак",
        "human-sign system",
        "sign system",
        "s",
      ],
    },
    {
      code: "art",
      label: { ru: "Х", en: "art" },
      synonyms: [
        "человек-художественный образ",
        "художественный образ",
        "искусство",
        "human-artistic image",
        "artistic image",
        "a",
      ],
    },
  ],
};

export const COMPONENT: Enumeration<Component> = {
  key: "component",
  options: [
    {
      code: "enlightenment",
      label: { ru: "просвещение", en: "enlightenment" },
      synonyms: ["профессиональное просвещение", "профпросвещение"],
    },
    {
      code: "interests",
      label: { ru: "развитие интересов и склонностей", en: "interests and inclinations" },
      synonyms: ["развитие профессиональных интересов и склонностей", "интересы", "interests"],
    },
    {
      code: "consultation",
      label: { ru: "консультация", en: "consultation" },
      synonyms: ["профессиональная консультация", "консультирование"],
    },
    {
      code: "diagnostics",
      label: { ru: "диагностика", en: "diagnostics" },
      synonyms: ["профессиональная диагностика", "профдиагностика"],
    },
    {
      code: "adaptation",
      label: { ru: "социально-профессиональная адаптация", en: "social and professional adaptation" },
      synonyms: ["адаптация", "adaptation"],
    },
  ],
};

export const PROFMINIMUM_LEVEL: Enumeration<ProfminimumLevel> = {
  key: "profminimumLevel",
  options: [
    { code: "basic", label: { ru: "базовый", en: "basic" } },
    { code: "main", label: { ru: "основной", en: "main" }, synonyms: ["основной (углублённый)"] },
    { code: "advanced", label: { ru: "продвинутый", en: "advanced" } },
  ],
};

export const PLAN_STATUS: Enumeration<PlanStatus> = {
  key: "planStatus",
  options: [
    {
      code: "planned",
      label: { ru: "запланировано", en: "planned" },
      synonyms: ["запланирован", "запланирована", "план"],
    },
    {
      code: "done",
      label: { ru: "проведено", en: "done" },
      synonyms: ["проведён", "проведена", "выполнено", "held"],
    },
    {
      code: "suggested",
      label: { ru: "предложено", en: "suggested" },
      synonyms: ["предложен", "предложена"],
    },
    {
      code: "cancelled",
      label: { ru: "отменено", en: "cancelled" },
      synonyms: ["отменён", "отменена", "canceled"],
    },
  ],
};

export const EVENT_STATUS: Enumeration<Of<typeof EVENT_STATUSES>> = {
  key: "eventStatus",
  options: PLAN_STATUS.options.filter((o) => o.code !== "suggested") as Enumeration<
    Of<typeof EVENT_STATUSES>
  >["options"],
};

export const EQUIPMENT_CONDITION: Enumeration<Of<typeof EQUIPMENT_CONDITIONS>> = {
  key: "equipmentCondition",
  options: [
    {
      code: "ok",
      label: { ru: "исправно", en: "working" },
      synonyms: ["исправен", "исправна", "работает", "ok"],
    },
    {
      code: "needsRepair",
      label: { ru: "требует ремонта", en: "needs repair" },
      synonyms: ["ремонт", "нужен ремонт"],
    },
    {
      code: "broken",
      label: { ru: "неисправно", en: "broken" },
      synonyms: ["неисправен", "неисправна", "не работает", "сломано"],
    },
  ],
};

export const RESOURCE_KIND: Enumeration<Of<typeof RESOURCE_KINDS>> = {
  key: "resourceKind",
  options: [
    {
      code: "platform",
      label: { ru: "цифровая платформа", en: "digital platform" },
      synonyms: ["платформа", "platform"],
    },
    {
      code: "practice",
      label: { ru: "практико-ориентированный ресурс", en: "practice-oriented resource" },
      synonyms: ["практико-ориентированный"],
    },
    {
      code: "enterprise",
      label: { ru: "предприятие-партнёр", en: "partner enterprise" },
      synonyms: ["предприятие", "партнёр", "enterprise"],
    },
    { code: "university", label: { ru: "вуз", en: "university" }, synonyms: ["университет", "институт"] },
    { code: "college", label: { ru: "ссуз", en: "college" }, synonyms: ["колледж", "техникум", "спо"] },
    { code: "other", label: { ru: "другое", en: "other" } },
  ],
};

export const PERSONAL_DATA_MODE: Enumeration<"codes" | "names"> = {
  key: "personalDataMode",
  options: [
    { code: "codes", label: { ru: "коды", en: "codes" } },
    { code: "names", label: { ru: "имена", en: "names" } },
  ],
};

export const LANGUAGE: Enumeration<"ru" | "en"> = {
  key: "language",
  options: [
    { code: "ru", label: { ru: "ru", en: "ru" }, synonyms: ["русский", "russian"] },
    { code: "en", label: { ru: "en", en: "en" }, synonyms: ["английский", "english"] },
  ],
};

/** Every enumeration, for tests and docs. */
export const ENUMERATIONS: readonly Enumeration[] = [
  KLIMOV,
  COMPONENT,
  PROFMINIMUM_LEVEL,
  PLAN_STATUS,
  EVENT_STATUS,
  EQUIPMENT_CONDITION,
  RESOURCE_KIND,
  EVENT_FORMAT,
  PARTICIPATION_MARK,
  TRIAL_RESULT,
  PROJECT_KIND,
  IDENTIFICATION_MODE,
  QUESTION_TYPE,
  PERSONAL_DATA_MODE,
  LANGUAGE,
];

/** The labels of an enumeration in a locale, in order: the values of a dropdown. */
export function optionLabels(enumeration: Enumeration, locale: Locale): string[] {
  return enumeration.options.map((o) => o.label[locale]);
}
