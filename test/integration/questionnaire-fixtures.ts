// A questionnaire typed by hand into Анкеты / Вопросы / Шкалы for two classes, and two pupils' answers to its form.

import { type CellValue, newSheet, type WorkbookModel } from "../../emulator/model";
import type { FormModel } from "../../emulator/services/form-model";
import type { FormAnswer } from "../../emulator/services/form-submit";
import { copyWorkbook, openAt } from "./fault-sweep";
import { addTab, fixtureWorkbook, moscowDate, type RowValues, settingsRows } from "./plan-fixtures";

/** An instrument typed by hand into the three tabs, with a key to score against. */
const QUESTIONS: RowValues[] = [
  {
    Анкета: "ТЕСТ",
    "№": 1,
    Текст: "Что ближе?",
    Тип: "пара",
    Варианты: "Лес = П | Станок = Т",
    Обязательный: "да",
  },
  {
    Анкета: "ТЕСТ",
    "№": 2,
    Текст: "Что выберете?",
    Тип: "один",
    Варианты: "Рисовать = Х:2 | Считать = З | Ничего",
  },
  {
    Анкета: "ТЕСТ",
    "№": 3,
    Текст: "Что нравится?",
    Тип: "несколько",
    Варианты: "Животные = П | Моторы = Т | Схемы, таблицы = З",
  },
  { Анкета: "ТЕСТ", "№": 4, Текст: "Насколько вы уверены?", Тип: "шкала", Варианты: "5-1 = Т" },
  { Анкета: "ТЕСТ", "№": 5, Текст: "Комментарий", Тип: "текст" },
];
const SCALES = [
  { Анкета: "ТЕСТ", Шкала: "П", От: 0, До: 1, Интерпретация: "мало П" },
  { Анкета: "ТЕСТ", Шкала: "П", От: 2, До: 9, Интерпретация: "много П" },
  { Анкета: "ТЕСТ", Шкала: "Т", От: 0, До: 3, Интерпретация: "мало Т" },
  { Анкета: "ТЕСТ", Шкала: "Т", От: 4, До: 20, Интерпретация: "много Т" },
  { Анкета: "ТЕСТ", Шкала: "З", От: 0, До: 9, Интерпретация: "з" },
  { Анкета: "ТЕСТ", Шкала: "Х", От: 0, До: 9, Интерпретация: "х" },
];

export function workbook(extraPupils = 0): WorkbookModel {
  const wb = fixtureWorkbook({
    settings: settingsRows(),
    classes: [
      { Класс: "8А", Параллель: 8 },
      { Класс: "8Б", Параллель: 8 },
    ],
    pupils: [
      { Код: "8А-01", Класс: "8А" },
      { Код: "8А-02", Класс: "8А" },
      { Код: "8Б-01", Класс: "8Б" },
      ...Array.from({ length: extraPupils }, (_, i) => ({
        Код: `8Б-${String(i + 2).padStart(4, "0")}`,
        Класс: "8Б",
      })),
    ],
    questionnaires: [{ Id: "ТЕСТ", Название: "Тест интересов", Классы: "8" }],
  });
  addTab(wb, "questions", QUESTIONS);
  addTab(wb, "scales", SCALES);
  return wb;
}

export const A01 = {
  "Ваш класс": "8А",
  "Ваш код (8А)": "8А-01",
  "Что ближе?": "Станок",
  "Что выберете?": "Считать",
  "Что нравится?": ["Моторы", "Схемы, таблицы"],
  "Насколько вы уверены?": 2,
  Комментарий: "нравится",
};
export const B01 = {
  "Ваш класс": "8Б",
  "Ваш код (8Б)": "8Б-01",
  "Что ближе?": "Лес",
  "Что выберете?": "Рисовать",
  "Что нравится?": ["Животные"],
};

export const EXAM_HEADER = ["Код", "Класс", "Экзамен", "Предметы", "Уверенность", "Дата", "Источник"];
/** What a class teacher typed into «Выбор экзаменов»: 9А-01 before the pupil answers (26.11), 9А-02 after. */
export const TEACHER_ROWS: CellValue[][] = [
  ["9А-01", "9А", "ОГЭ", "Обществознание, География", 3, moscowDate("2026-11-20"), "учитель"],
  ["9А-02", "9А", "ОГЭ", "История, Литература", 5, moscowDate("2026-12-01"), "учитель"],
];

/**
 * Grade 9 (9А-01…03 and `extraPupils` more), the instrument tabs empty (the readiness questionnaire is added as the
 * menu adds it), and «Выбор экзаменов» with the teacher's two rows.
 */
export function readinessWorkbook(extraPupils = 0): WorkbookModel {
  const wb = fixtureWorkbook({
    settings: settingsRows(),
    classes: [{ Класс: "9А", Параллель: 9 }],
    pupils: [
      { Код: "9А-01", Класс: "9А" },
      { Код: "9А-02", Класс: "9А" },
      { Код: "9А-03", Класс: "9А" },
      ...Array.from({ length: extraPupils }, (_, i) => ({
        Код: `9А-${String(i + 4).padStart(4, "0")}`,
        Класс: "9А",
      })),
    ],
    questionnaires: [],
    questions: [],
    scales: [],
  });
  const typed = newSheet(wb, "Выбор экзаменов");
  typed.frozenRows = 1;
  typed.cells.push(EXAM_HEADER.map((v) => ({ v })));
  for (const row of TEACHER_ROWS) typed.cells.push(row.map((v) => ({ v })));
  wb.sheets.push(typed);
  return wb;
}

/** A 9А pupil's answers to the readiness form: every scale 4, the certainty and subjects given. */
export function readinessAnswers(
  form: FormModel,
  code: string,
  subjects: string[],
  certainty = 4,
): Record<string, FormAnswer> {
  const out: Record<string, FormAnswer> = { [form.items[0].title]: "9А", "Ваш код (9А)": code };
  const scales = form.items.filter((i) => i.type === "SCALE");
  for (const item of scales) out[item.title] = 4;
  out[scales[scales.length - 1].title] = certainty;
  out[form.items.find((i) => i.type === "CHECKBOX")!.title] = subjects;
  return out;
}

let formed: WorkbookModel | undefined;
/**
 * The hand-typed questionnaire with its form made, B01's response scored and A01's arrived in «Ответы — ТЕСТ» (row 3)
 * as Google leaves it, its trigger not yet run; copied.
 */
export function withResponse(): WorkbookModel {
  if (!formed) {
    const emu = openAt(workbook());
    emu.call("createQuestionnaireForm", "ТЕСТ");
    const id = emu.workbook.forms![0].id;
    emu.submitForm(id, B01);
    emu.services.state.triggers.restore({ records: [], nextUid: 1 });
    emu.submitForm(id, A01);
    formed = emu.workbook;
  }
  return copyWorkbook(formed);
}
