// Every export of entry.ts is callable by anyone who can open a sidebar: arguments are checked with zod first, worded
// in the user's language by our own error map (the field named, the limit said), and bounded by what a cell can hold.
// The schemas are built on first use (lazy): building them all at bundle load would cost every execution's start.

import type * as z from "zod/mini";
import type { Messages } from "../i18n";
import { UserError } from "./lock";

/** Google Sheets' limit of characters in one cell: a text or a joined list longer than this cannot be written. */
export const CELL_LIMIT = 50_000;

/** A schema (or a set of them) built once, on its first use. */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/** The words of field names as the sidebars show them (the arguments' keys are the code's). */
const FIELD_LABELS: Record<string, { ru: string; en: string }> = {
  profession: { ru: "Профессия", en: "Profession" },
  subjects: { ru: "Предметы", en: "Subjects" },
  types: { ru: "Типы по Климову", en: "Klimov types" },
  isNew: { ru: "Новая профессия", en: "New profession" },
  industry: { ru: "Отрасль", en: "Industry" },
  description: { ru: "Описание", en: "Description" },
  competences: { ru: "Компетенции", en: "Competences" },
  whereTaught: { ru: "Где обучают", en: "Where taught" },
  bands: { ru: "Ступени", en: "Bands" },
  row: { ru: "Строка", en: "Row" },
  expectedName: { ru: "Имя в строке", en: "Name in the row" },
  acceptNear: { ru: "Принятые похожие", en: "Accepted near names" },
  eventId: { ru: "Мероприятие", en: "Event" },
  className: { ru: "Класс", en: "Class" },
  marks: { ru: "Отметки", en: "Marks" },
  code: { ru: "Код", en: "Code" },
  mark: { ru: "Отметка", en: "Mark" },
  date: { ru: "Дата", en: "Date" },
  title: { ru: "Название", en: "Title" },
  format: { ru: "Формат", en: "Format" },
  component: { ru: "Компонент", en: "Component" },
  classes: { ru: "Классы", en: "Classes" },
  hours: { ru: "Часы", en: "Hours" },
  responsible: { ru: "Ответственный", en: "Responsible" },
  partner: { ru: "Партнёр", en: "Partner" },
  professions: { ru: "Профессии", en: "Professions" },
  status: { ru: "Статус", en: "Status" },
  room: { ru: "Кабинет", en: "Room" },
  name: { ru: "Название", en: "Name" },
  quantity: { ru: "Количество", en: "Quantity" },
  condition: { ru: "Состояние", en: "Condition" },
  digital: { ru: "Цифровое", en: "Digital" },
  note: { ru: "Примечание", en: "Note" },
  kind: { ru: "Вид", en: "Kind" },
  link: { ru: "Ссылка", en: "Link" },
  seen: { ru: "Запись, как её видела панель", en: "The record as the sidebar saw it" },
  grade: { ru: "Класс (параллель)", en: "Grade" },
  quarter: { ru: "Четверть", en: "Quarter" },
  version: { ru: "Версия строки", en: "Row version" },
  topic: { ru: "Тема", en: "Topic" },
};

const isRu = (m: Messages) => m.args.whole === "данные";

/** «Профессия», «Отметки» № 3 → «Код»: the path of an issue in the user's words. */
function fieldLabel(m: Messages, path: readonly PropertyKey[], fallback: string): string {
  if (path.length === 0) return fallback;
  const parts: string[] = [];
  for (const key of path) {
    if (typeof key === "number") parts.push(`№ ${key + 1}`);
    else {
      const k = String(key);
      const label = Object.entries(FIELD_LABELS).find(([name]) => name === k)?.[1];
      parts.push(label ? (isRu(m) ? label.ru : label.en) : k);
    }
  }
  return parts.join(" → ");
}

/** The kind of a received value, for «ожидается текст». */
function typeWord(m: Messages, expected: unknown): string {
  const key = String(expected ?? "other");
  return Object.entries(m.args.types).find(([k]) => k === key)?.[1] ?? m.args.types.other;
}

type Issue = z.core.$ZodIssue;

/** One issue in the user's words (without the field). */
function issueText(m: Messages, issue: Issue): string {
  const a = m.args;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? a.required : a.type(typeWord(m, issue.expected));
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "string") return a.tooLongText(max);
      if (issue.origin === "array" || issue.origin === "set") return a.tooManyItems(max);
      return a.tooBig(max);
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? a.required : a.tooShortText(min);
      if (issue.origin === "array" || issue.origin === "set") return a.tooFewItems(min);
      return a.tooSmall(min);
    }
    case "invalid_value":
      // The allowed values are the code's (the sidebars offer their labels), so they are not listed.
      return a.invalid;
    case "invalid_format":
      return a.format;
    case "unrecognized_keys":
      return a.unknownKeys(issue.keys.join(", "));
    case "invalid_union":
      return a.invalid;
    default:
      return a.invalid;
  }
}

/** The error map for `m`'s language: every zod issue worded by us. */
export function argErrorMap(m: Messages): z.core.$ZodErrorMap {
  return (issue) => issueText(m, issue as Issue);
}

/** The first string or list of strings (joined with «; », as it would be written) longer than a cell can hold. */
function overCellLimit(
  value: unknown,
  path: PropertyKey[] = [],
  seen = new Set<unknown>(),
): PropertyKey[] | null {
  if (typeof value === "string") return value.length > CELL_LIMIT ? path : null;
  if (value === null || typeof value !== "object" || seen.has(value)) return null;
  seen.add(value);
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === "string");
    if (strings.length > 0 && strings.reduce((n, s) => n + s.length + 2, 0) - 2 > CELL_LIMIT) return path;
    for (let i = 0; i < value.length; i++) {
      const found = overCellLimit(value[i], [...path, i], seen);
      if (found) return found;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const found = overCellLimit(v, [...path, k], seen);
    if (found) return found;
  }
  return null;
}

/** The operation's name for a message («Сохранение профессии»), or the function's. */
function operation(m: Messages, fn: string): string {
  return Object.entries(m.failure.operations).find(([k]) => k === fn)?.[1] ?? m.failure.operation(fn);
}

/**
 * Parses the arguments of a server function; a mismatch, or a text or list longer than a cell holds, is a UserError
 * naming the operation and the fields in the user's language. Nothing has been read or written yet.
 */
export function parseArgs<S extends z.ZodMiniType>(
  m: Messages,
  fn: string,
  schema: S | (() => S),
  value: unknown,
): z.infer<S> {
  const s = typeof schema === "function" ? schema() : schema;
  const result = s.safeParse(value, { error: argErrorMap(m) });
  if (result.success) {
    const over = overCellLimit(result.data);
    if (over)
      throw new UserError(
        m.args.wrong(
          operation(m, fn),
          m.args.field(fieldLabel(m, over, m.args.whole), m.args.cellLimit(CELL_LIMIT)),
        ),
      );
    return result.data;
  }
  const details = result.error.issues
    .slice(0, 5)
    .map((i) =>
      i.path.length === 0 ? i.message : m.args.field(fieldLabel(m, i.path, m.args.whole), i.message),
    )
    .join("; ");
  throw new UserError(m.args.wrong(operation(m, fn), details));
}
