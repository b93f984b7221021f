// Source tabs of diagnostics: Анкеты, Вопросы, Шкалы (instruments stored as data).

import { Question, Questionnaire, ScaleBand } from "../domain/records";
import { IDENTIFICATION_MODE, QUESTION_TYPE } from "./enums";
import { type ColumnSpec, defineTab } from "./spec-types";

const questionnaireRef = {
  ru: "Id анкеты из вкладки «Анкеты».",
  en: "Questionnaire Id from the Questionnaires tab.",
};

/** The Анкета column of Вопросы and Шкалы: the questionnaire's Id from Анкеты. */
const QUESTIONNAIRE_COLUMN: ColumnSpec<"questionnaireId"> = {
  key: "questionnaireId",
  header: { ru: "Анкета", en: "Questionnaire" },
  type: "text",
  required: true,
  width: 100,
  ref: { tab: "questionnaires", column: "id" },
  note: questionnaireRef,
};

export const QUESTIONNAIRES_TAB = defineTab<Questionnaire>({
  key: "questionnaires",
  name: { ru: "Анкеты", en: "Questionnaires" },
  note: {
    ru: "Анкеты для учеников. Ссылки на форму заполняет ПрофТрек.",
    en: "Questionnaires for pupils. ПрофТрек fills the form links.",
  },
  schema: Questionnaire,
  idColumn: "id",
  unique: [["id"]],
  columns: [
    {
      key: "id",
      header: { ru: "Id", en: "Id" },
      type: "text",
      required: true,
      width: 100,
      note: { ru: "Короткий код анкеты, например КЛИМОВ.", en: "Short questionnaire code, e.g. KLIMOV." },
    },
    {
      key: "title",
      header: { ru: "Название", en: "Title" },
      type: "text",
      required: true,
      width: 240,
      note: { ru: "Название, которое увидят ученики.", en: "Title pupils see." },
    },
    {
      key: "classes",
      header: { ru: "Классы", en: "Classes" },
      type: "classSelector",
      default: { all: true, classes: [], grades: [] },
      width: 120,
      note: {
        ru: "Для кого: 8А, 8-9 или «все»; пусто — все.",
        en: "Who for: 8А, 8-9 or «all»; blank means all.",
      },
    },
    {
      key: "identification",
      header: { ru: "Идентификация", en: "Identification" },
      type: "enum",
      enumeration: IDENTIFICATION_MODE,
      default: "codeList",
      width: 140,
      note: {
        ru: "список кодов (выбрать класс и код) / ввод кода; пусто — список кодов.",
        en: "code list (pick class, then code) / code entry; blank means code list.",
      },
    },
    {
      key: "formUrl",
      header: { ru: "Форма", en: "Form" },
      type: "text",
      width: 200,
      note: { ru: "Ссылка для учеников; пишет ПрофТрек.", en: "Link for pupils; written by ПрофТрек." },
    },
    {
      key: "editUrl",
      header: { ru: "Редактор", en: "Editor" },
      type: "text",
      width: 200,
      note: { ru: "Ссылка на редактор формы; пишет ПрофТрек.", en: "Form editor link; written by ПрофТрек." },
    },
    {
      key: "status",
      header: { ru: "Статус", en: "Status" },
      type: "text",
      width: 120,
      note: { ru: "Состояние анкеты; пишет ПрофТрек.", en: "Questionnaire state; written by ПрофТрек." },
    },
  ],
});

export const QUESTIONS_TAB = defineTab<Question>({
  key: "questions",
  name: { ru: "Вопросы", en: "Questions" },
  note: {
    ru: "Вопросы анкет. Варианты: «текст = ШКАЛА | текст = ШКАЛА:вес».",
    en: "Questionnaire questions. Options: «text = SCALE | text = SCALE:weight».",
  },
  schema: Question,
  unique: [["questionnaireId", "number"]],
  columns: [
    QUESTIONNAIRE_COLUMN,
    {
      key: "number",
      header: { ru: "№", en: "No." },
      aliases: ["номер", "number", "#"],
      type: "integer",
      min: 1,
      required: true,
      width: 50,
      note: { ru: "Номер вопроса в анкете.", en: "Question number in the questionnaire." },
    },
    {
      key: "text",
      header: { ru: "Текст", en: "Text" },
      type: "text",
      required: true,
      width: 320,
      note: { ru: "Текст вопроса.", en: "Question text." },
    },
    {
      key: "type",
      header: { ru: "Тип", en: "Type" },
      type: "enum",
      enumeration: QUESTION_TYPE,
      required: true,
      width: 100,
      note: {
        ru: "пара / один / несколько / шкала / текст.",
        en: "pair / single / multiple / scale / text.",
      },
    },
    {
      key: "options",
      header: { ru: "Варианты", en: "Options" },
      type: "text",
      width: 360,
      note: {
        ru: "Через |: «Ухаживать за животными = П | Обслуживать станки = Т»; шкала: «1-5 = ГОТОВНОСТЬ».",
        en: "Separated by |: «Care for animals = П | Service machines = Т»; scale: «1-5 = READINESS».",
      },
    },
    {
      key: "required",
      header: { ru: "Обязательный", en: "Required" },
      type: "boolean",
      default: false,
      width: 110,
      note: {
        ru: "да — без ответа форму не отправить; пусто — нет.",
        en: "yes — the form cannot be sent without it; blank means no.",
      },
    },
  ],
});

export const SCALES_TAB = defineTab<ScaleBand>({
  key: "scales",
  name: { ru: "Шкалы", en: "Scales" },
  note: {
    ru: "Шкалы анкет и интерпретация баллов по диапазонам.",
    en: "Questionnaire scales and the interpretation of score ranges.",
  },
  schema: ScaleBand,
  columns: [
    QUESTIONNAIRE_COLUMN,
    {
      key: "scale",
      header: { ru: "Шкала", en: "Scale" },
      type: "text",
      required: true,
      width: 110,
      note: {
        ru: "Ключ шкалы, как в вариантах ответов: П, ГОТОВНОСТЬ.",
        en: "Scale key as in the options: П, READINESS.",
      },
    },
    {
      key: "name",
      header: { ru: "Название", en: "Name" },
      type: "text",
      width: 200,
      note: { ru: "Полное название шкалы.", en: "Full scale name." },
    },
    {
      key: "from",
      header: { ru: "От", en: "From" },
      type: "number",
      required: true,
      width: 60,
      note: { ru: "Нижняя граница баллов, включительно.", en: "Lowest score, inclusive." },
    },
    {
      key: "to",
      header: { ru: "До", en: "To" },
      type: "number",
      required: true,
      width: 60,
      note: { ru: "Верхняя граница баллов, включительно.", en: "Highest score, inclusive." },
    },
    {
      key: "interpretation",
      header: { ru: "Интерпретация", en: "Interpretation" },
      type: "text",
      required: true,
      width: 320,
      note: { ru: "Что значит такой результат.", en: "What such a score means." },
    },
  ],
});
