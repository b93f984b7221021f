// Source tabs that describe the school: Ступени, Классы, Ученики, Предметы.

import { Band, Pupil, SchoolClass, Subject } from "../domain/records";
import { reason } from "../i18n/tables";
import { gradeOfClass } from "./normalize";
import { defineTab } from "./spec-types";

export const BANDS_TAB = defineTab<Band>({
  key: "bands",
  name: { ru: "Ступени", en: "Bands" },
  note: {
    ru: "Ступени обучения и направление работы на каждой.",
    en: "Grade bands and the direction of work in each.",
  },
  schema: Band,
  idColumn: "name",
  unique: [["name"]],
  columns: [
    {
      key: "name",
      header: { ru: "Ступень", en: "Band" },
      type: "text",
      identity: "name",
      listedName: "band",
      required: true,
      width: 90,
      note: { ru: "Название ступени, например 5–7.", en: "Band name, e.g. 5–7." },
    },
    {
      key: "grades",
      header: { ru: "Классы", en: "Grades" },
      aliases: ["параллели"],
      type: "gradeList",
      required: true,
      width: 90,
      note: { ru: "Параллели ступени: 5-7 или 1-4.", en: "Grades of the band: 5-7 or 1-4." },
    },
    {
      key: "direction",
      header: { ru: "Направление", en: "Direction" },
      type: "text",
      default: "",
      width: 360,
      note: { ru: "Чему посвящена работа на ступени.", en: "What the work in this band is about." },
    },
  ],
});

export const CLASSES_TAB = defineTab<SchoolClass>({
  key: "classes",
  name: { ru: "Классы", en: "Classes" },
  note: {
    ru: "Классы школы. Параллель берётся из названия класса, если не заполнена.",
    en: "The school's classes. The grade is taken from the class name when blank.",
  },
  schema: SchoolClass,
  idColumn: "className",
  unique: [["className"]],
  columns: [
    {
      key: "className",
      header: { ru: "Класс", en: "Class" },
      type: "className",
      required: true,
      listedName: "class",
      width: 70,
      note: {
        ru: "Параллель и буква: 8А. «8 а» и латинская A тоже подойдут.",
        en: "Grade and letter: 8А. «8 a» with a Latin A is accepted too.",
      },
    },
    {
      key: "grade",
      header: { ru: "Параллель", en: "Grade" },
      type: "grade",
      width: 80,
      note: {
        ru: "Число от 1 до 11; пусто — из названия класса.",
        en: "1 to 11; blank means taken from the class name.",
      },
    },
    {
      key: "classTeacher",
      header: { ru: "Классный руководитель", en: "Class teacher" },
      type: "text",
      width: 200,
      note: {
        ru: "Кто отмечает участие класса в мероприятиях.",
        en: "Who marks the class's participation in events.",
      },
    },
    {
      key: "profile",
      header: { ru: "Профиль", en: "Profile" },
      type: "text",
      width: 180,
      note: {
        ru: "Для 10–11 классов, например агротехнологический.",
        en: "For grades 10–11, e.g. agro-technological.",
      },
    },
  ],
  complete(draft) {
    if (draft.className === undefined) return [];
    const fromName = gradeOfClass(draft.className);
    if (draft.grade === undefined) draft.grade = fromName;
    return draft.grade === fromName
      ? []
      : [{ column: "grade", reason: reason("gradeMismatch", draft.grade, draft.className) }];
  },
});

export const PUPILS_TAB = defineTab<Pupil>({
  key: "pupils",
  name: { ru: "Ученики", en: "Pupils" },
  note: {
    ru: "Ученики обозначены кодами. Список фамилий хранится в школе, не здесь.",
    en: "Pupils are codes. The list of names stays at school, not here.",
  },
  schema: Pupil,
  idColumn: "code",
  unique: [["code"]],
  columns: [
    {
      key: "code",
      header: { ru: "Код", en: "Code" },
      aliases: ["код ученика", "pupil code"],
      type: "text",
      required: true,
      width: 100,
      note: { ru: "Код ученика, единственный в книге.", en: "The pupil's code, unique in the workbook." },
    },
    {
      key: "className",
      header: { ru: "Класс", en: "Class" },
      type: "className",
      required: true,
      width: 70,
      ref: { tab: "classes", column: "className" },
      note: { ru: "Класс из вкладки «Классы».", en: "A class from the Classes tab." },
    },
    {
      key: "label",
      header: { ru: "Подпись", en: "Label" },
      aliases: ["инициалы"],
      type: "text",
      width: 120,
      note: {
        ru: "Короткая подпись (инициалы). В режиме «коды» — не фамилия и имя.",
        en: "A short label (initials). In codes mode never a full name.",
      },
    },
    {
      key: "active",
      header: { ru: "Активен", en: "Active" },
      type: "boolean",
      default: true,
      width: 80,
      note: {
        ru: "да / нет; «нет» — выбыл. Пусто — да.",
        en: "yes / no; no means left school. Blank means yes.",
      },
    },
  ],
});

export const SUBJECTS_TAB = defineTab<Subject>({
  key: "subjects",
  name: { ru: "Предметы", en: "Subjects" },
  note: {
    ru: "Предметы и параллели, в которых их преподают.",
    en: "Subjects and the grades they are taught in.",
  },
  schema: Subject,
  idColumn: "subject",
  unique: [["subject"]],
  columns: [
    {
      key: "subject",
      header: { ru: "Предмет", en: "Subject" },
      type: "text",
      identity: "name",
      listedName: "subject",
      required: true,
      width: 180,
      note: { ru: "Название предмета.", en: "Subject name." },
    },
    {
      key: "grades",
      header: { ru: "Классы", en: "Grades" },
      aliases: ["параллели"],
      type: "gradeList",
      required: true,
      width: 100,
      note: { ru: "Параллели: 5-9 или 1-4, 10-11.", en: "Grades: 5-9 or 1-4, 10-11." },
    },
    {
      key: "teachers",
      header: { ru: "Учителя", en: "Teachers" },
      type: "list",
      width: 220,
      note: { ru: "Учителя предмета через запятую.", en: "The subject's teachers, comma-separated." },
    },
  ],
});
