// Source tabs of what the school has: Оборудование, Ресурсы, Повышение квалификации.

import { Equipment, Resource, Training } from "../domain/records";
import { COMPONENT, EQUIPMENT_CONDITION, RESOURCE_KIND } from "./enums";
import { defineTab } from "./spec-types";

export const EQUIPMENT_TAB = defineTab<Equipment>({
  key: "equipment",
  name: { ru: "Оборудование", en: "Equipment" },
  note: {
    ru: "Что есть в кабинетах и мастерских и какие профессии с этим можно попробовать.",
    en: "What rooms and workshops hold and which professions it lets pupils try.",
  },
  schema: Equipment,
  columns: [
    {
      key: "room",
      header: { ru: "Кабинет", en: "Room" },
      aliases: ["мастерская"],
      type: "text",
      required: true,
      width: 110,
      note: { ru: "Кабинет или мастерская.", en: "Room or workshop." },
    },
    {
      key: "name",
      header: { ru: "Наименование", en: "Item" },
      aliases: ["название", "name"],
      type: "text",
      required: true,
      width: 220,
      note: { ru: "Название оборудования.", en: "Equipment name." },
    },
    {
      key: "quantity",
      header: { ru: "Количество", en: "Quantity" },
      aliases: ["кол-во"],
      type: "number",
      min: 0,
      width: 90,
      note: { ru: "Сколько единиц.", en: "How many units." },
    },
    {
      key: "condition",
      header: { ru: "Состояние", en: "Condition" },
      type: "enum",
      enumeration: EQUIPMENT_CONDITION,
      width: 130,
      note: { ru: "исправно / требует ремонта / неисправно.", en: "working / needs repair / broken." },
    },
    {
      key: "subjects",
      header: { ru: "Предметы", en: "Subjects" },
      type: "list",
      width: 180,
      ref: { tab: "subjects", column: "subject" },
      note: { ru: "Предметы, на которых используется.", en: "Subjects it is used in." },
    },
    {
      key: "professions",
      header: { ru: "Профессии", en: "Professions" },
      type: "list",
      width: 220,
      ref: { tab: "professions", column: "profession" },
      note: {
        ru: "Профессии из тезауруса, которые можно попробовать.",
        en: "Thesaurus professions it lets pupils try.",
      },
    },
    {
      key: "digital",
      header: { ru: "Цифровое", en: "Digital" },
      type: "boolean",
      default: false,
      width: 80,
      note: { ru: "да — цифровое оборудование.", en: "yes for digital equipment." },
    },
    {
      key: "note",
      header: { ru: "Примечание", en: "Note" },
      type: "text",
      width: 200,
      note: { ru: "Что ещё важно знать.", en: "Anything else worth knowing." },
    },
  ],
});

export const RESOURCES_TAB = defineTab<Resource>({
  key: "resources",
  name: { ru: "Ресурсы", en: "Resources" },
  note: {
    ru: "Практико-ориентированные ресурсы, цифровые платформы и партнёры.",
    en: "Practice-oriented resources, digital platforms and partners.",
  },
  schema: Resource,
  columns: [
    {
      key: "name",
      header: { ru: "Название", en: "Name" },
      type: "text",
      required: true,
      width: 220,
      note: { ru: "Название ресурса.", en: "Resource name." },
    },
    {
      key: "kind",
      header: { ru: "Вид", en: "Kind" },
      type: "enum",
      enumeration: RESOURCE_KIND,
      required: true,
      width: 200,
      note: { ru: "Вид ресурса из списка.", en: "Kind of resource from the list." },
    },
    {
      key: "link",
      header: { ru: "Ссылка", en: "Link" },
      type: "text",
      width: 200,
      note: { ru: "Адрес сайта.", en: "Web address." },
    },
    {
      key: "bands",
      header: { ru: "Ступени", en: "Bands" },
      type: "list",
      width: 100,
      ref: { tab: "bands", column: "name" },
      note: { ru: "Ступени, где используется; пусто — все.", en: "Bands where it is used; blank means all." },
    },
    {
      key: "subjects",
      header: { ru: "Предметы", en: "Subjects" },
      type: "list",
      width: 180,
      ref: { tab: "subjects", column: "subject" },
      note: { ru: "Предметы, где используется.", en: "Subjects where it is used." },
    },
    {
      key: "component",
      header: { ru: "Компонент", en: "Component" },
      type: "enum",
      enumeration: COMPONENT,
      width: 200,
      note: { ru: "Компонент системы профориентации.", en: "Component of the career-guidance system." },
    },
    {
      key: "note",
      header: { ru: "Примечание", en: "Note" },
      type: "text",
      width: 200,
      note: { ru: "Что ещё важно знать.", en: "Anything else worth knowing." },
    },
  ],
});

export const TRAININGS_TAB = defineTab<Training>({
  key: "trainings",
  name: { ru: "Повышение квалификации", en: "Training" },
  note: {
    ru: "Курсы повышения квалификации педагогов по профориентации.",
    en: "Teachers' training courses in career guidance.",
  },
  schema: Training,
  columns: [
    {
      key: "teacher",
      header: { ru: "Педагог", en: "Teacher" },
      type: "text",
      required: true,
      width: 180,
      note: { ru: "Кто прошёл курс.", en: "Who took the course." },
    },
    {
      key: "course",
      header: { ru: "Курс", en: "Course" },
      type: "text",
      required: true,
      width: 260,
      note: { ru: "Название курса.", en: "Course title." },
    },
    {
      key: "hours",
      header: { ru: "Часы", en: "Hours" },
      type: "number",
      min: 0,
      width: 70,
      note: { ru: "Объём курса в часах.", en: "Course length in hours." },
    },
    {
      key: "date",
      header: { ru: "Дата", en: "Date" },
      type: "date",
      width: 100,
      note: { ru: "Дата окончания.", en: "Completion date." },
    },
    {
      key: "document",
      header: { ru: "Документ", en: "Document" },
      type: "text",
      width: 180,
      note: { ru: "Удостоверение, сертификат: номер или ссылка.", en: "Certificate: number or link." },
    },
  ],
});
