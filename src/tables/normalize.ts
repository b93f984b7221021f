// Normalizing what teachers type: headers, names, class names, grade lists, lists, booleans, numbers, options.

import type { KlimovType } from "../domain/records";
import { LIST_SEPARATORS, normalizeKey } from "../domain/text";
import { reason } from "../i18n/tables";
import { type Cell, fail, isBlank, isDate, ok, type Parsed } from "./cell";
import { KLIMOV } from "./enums";
import type { ColumnSpec, Enumeration } from "./spec-types";

const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const DASHES = /[\u2010-\u2015\u2212-]/g;
/** Text identityKey leaves as it is but for case and ё: runs of letters or digits joined by one space or hyphen. */
const PLAIN_ID = /^[0-9A-Za-zА-Яа-яЁё]+(?:[ -][0-9A-Za-zА-Яа-яЁё]+)*$/;
/** A class name already written as normalizeClassName writes it: "8А", "11Б", "5". */
const NORMAL_CLASS = /^(\d{1,2})([А-ЯЁ]?)$/;

/** A header as compared: trimmed, lower case, ё = е, spaces folded, a trailing `*` (required mark) dropped. */
export function normalizeHeader(text: string): string {
  return String(text)
    .replace(SPACES, " ")
    .trim()
    .replace(/\s*\*+$/, "")
    .trim()
    .toLowerCase()
    .replace(/ё/g, "е");
}

/**
 * A name or option as compared: like a header, and also every dash is "-" with no spaces around it,
 * quotes are dropped and a trailing dot too. «Человек – природа» and «человек-природа» compare equal.
 * The identity of a code, id or option (pupil codes, event ids, enumeration spellings). Names — professions,
 * subjects, bands — are compared by the domain's `normalizeKey` instead (text.ts; see keyOfColumn).
 */
export function identityKey(text: string): string {
  if (typeof text !== "string" || text.length > IDENTITY_MEMO_LENGTH) return computeIdentityKey(text);
  let key = identities.get(text);
  if (key === undefined) {
    key = computeIdentityKey(text);
    if (identities.size >= IDENTITY_MEMO_MAX) identities.clear();
    identities.set(text, key);
  }
  return key;
}

/**
 * Keys of the codes, ids and options seen: a school's 150,000 marks repeat 5,000 codes and 1,000 event ids, so most
 * calls are one lookup. Bounded: short texts only, and the map is emptied when full.
 */
const identities = new Map<string, string>();
const IDENTITY_MEMO_MAX = 50_000;
const IDENTITY_MEMO_LENGTH = 100;

function computeIdentityKey(text: string): string {
  // Fast path (codes, ids and class names as typed): letters and digits, single spaces or hyphens between them; for
  // such text every step below but lower case and ё → е is a no-op.
  if (typeof text === "string" && PLAIN_ID.test(text)) return text.toLowerCase().replace(/ё/g, "е");
  return String(text)
    .replace(/[«»"„“”']/g, "")
    .replace(SPACES, " ")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(DASHES, "-")
    .replace(/ ?- ?/g, "-")
    .trim()
    .replace(/\.$/, "")
    .trim();
}

/**
 * The comparison key of a column's values, for uniqueness within its tab and for references to it from other tabs:
 * normalizeKey for a name column (`identity: "name"`), so «Проверить данные» counts «Инженер робототехник» as the
 * «Инженер-робототехник» of Профессии exactly as «Итоги — план» does; identityKey for codes and ids.
 */
export function keyOfColumn(column: Pick<ColumnSpec, "identity"> | undefined): (text: string) => string {
  return column?.identity === "name" ? normalizeKey : identityKey;
}

/** The text of a cell: strings trimmed, numbers and booleans as JavaScript writes them. Dates are not text. */
export function cellText(cell: unknown): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  return "";
}

/** Splits a list cell on `,` `;` or line breaks; items trimmed, empty ones dropped. */
export function splitList(text: string): string[] {
  return String(text)
    .split(LIST_SEPARATORS)
    .map((s) => s.replace(SPACES, " ").trim())
    .filter((s) => s !== "");
}

/** Latin letters that look like Cyrillic ones, as people type them on the wrong keyboard layout. */
const LOOKALIKES: Record<string, string> = {
  A: "А",
  B: "В",
  E: "Е",
  K: "К",
  M: "М",
  H: "Н",
  O: "О",
  P: "Р",
  C: "С",
  T: "Т",
  X: "Х",
  Y: "У",
};

/** `8 а`, `8а`, `8-А`, `8A` (Latin A) → `8А`; a letterless `8` stays `8`. Grades 1–11, at most one letter. */
export function normalizeClassName(cell: unknown): Parsed<string> {
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= 1 && cell <= 11
      ? ok(String(cell))
      : fail(reason("badClassName"));
  }
  if (typeof cell !== "string") return fail(reason("badClassName"));
  const normal = NORMAL_CLASS.exec(cell);
  if (normal) {
    // The common case, with no replace or Unicode regex: the same checks as below on text that needs no folding.
    const grade = Number(normal[1]);
    return grade < 1 || grade > 11 || normal[1].startsWith("0")
      ? fail(reason("badClassName"))
      : ok(`${grade}${normal[2]}`);
  }
  const compact = cell.replace(/[\s«»"'-]|[\u2010-\u2015]/g, "").toUpperCase();
  const m = /^(\d{1,2})(.?)$/u.exec(compact);
  if (!m) return fail(reason("badClassName"));
  const grade = Number(m[1]);
  const letter = LOOKALIKES[m[2]] ?? m[2];
  if (grade < 1 || grade > 11 || m[1].startsWith("0")) return fail(reason("badClassName"));
  if (letter !== "" && !/^[А-ЯЁ]$/.test(letter)) return fail(reason("badClassName"));
  return ok(`${grade}${letter}`);
}

/** The grade of a normalized class name: "8А" → 8. */
export function gradeOfClass(className: string): number {
  return Number.parseInt(className, 10);
}

/** A grade 1–11 from a number or text cell. */
export function parseGrade(cell: unknown): Parsed<number> {
  const n =
    typeof cell === "number"
      ? cell
      : typeof cell === "string" && /^\s*\d{1,2}\s*$/.test(cell)
        ? Number(cell)
        : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= 11 ? ok(n) : fail(reason("badGrade"));
}

const RANGE = /^(\d{1,2})(?:\s*[\u2010-\u2015\u2212-]\s*(\d{1,2}))?$/;

/** Grade list or ranges: `5-9`, `1-4, 10-11`, `5–9`, `11` → sorted distinct grades. */
export function parseGradeList(cell: unknown): Parsed<number[]> {
  if (typeof cell === "number") return parseGrade(cell).ok ? ok([cell]) : fail(reason("badGradeList"));
  if (typeof cell !== "string") return fail(reason("badGradeList"));
  const grades = new Set<number>();
  for (const item of splitList(cell)) {
    const range = gradeRange(item);
    if (!range) return fail(reason("badGradeList"));
    for (const g of range) grades.add(g);
  }
  return grades.size > 0 ? ok([...grades].sort((a, b) => a - b)) : fail(reason("badGradeList"));
}

/** The grades of one item `5-9` or `8`, or undefined when it is not a valid grade range. */
function gradeRange(item: string): number[] | undefined {
  const m = RANGE.exec(item.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to > 11 || from > to) return undefined;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Grades as people write them, ranges with an en dash (never read as a date by Sheets): [1,2,3,4,10,11] → "1–4, 10–11". */
export function formatGradeList(grades: readonly number[]): string {
  const sorted = [...new Set(grades)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/** Which classes: `8А, 8Б`, grades `8-9`, `все`; named classes and grades may mix. */
export function parseClassSelector(
  cell: unknown,
): Parsed<{ all: boolean; classes: string[]; grades: number[] }> {
  if (typeof cell === "number") {
    return parseGrade(cell).ok
      ? ok({ all: false, classes: [], grades: [cell] })
      : fail(reason("badClassSelector"));
  }
  if (typeof cell !== "string") return fail(reason("badClassSelector"));
  const classes: string[] = [];
  const grades = new Set<number>();
  let all = false;
  for (const item of splitList(cell)) {
    const key = identityKey(item);
    if (key === "все" || key === "all" || key === "все классы" || key === "all classes") {
      all = true;
      continue;
    }
    const range = gradeRange(item);
    if (range) {
      for (const g of range) grades.add(g);
      continue;
    }
    const name = normalizeClassName(item);
    if (!name.ok) return fail(reason("badClassSelector"));
    if (!classes.includes(name.value)) classes.push(name.value);
  }
  if (all) return ok({ all: true, classes: [], grades: [] });
  if (classes.length === 0 && grades.size === 0) return fail(reason("badClassSelector"));
  return ok({ all: false, classes, grades: [...grades].sort((a, b) => a - b) });
}

const TRUE_WORDS = new Set(["да", "д", "yes", "y", "true", "истина", "1", "✓", "✔", "☑", "+", "v"]);
const FALSE_WORDS = new Set(["нет", "н", "no", "n", "false", "ложь", "0", "✗", "✘", "☐", "-"]);

/** да/нет, yes/no, true/false, 1/0, ✓, and real booleans from checkboxes. */
export function parseBoolean(cell: unknown): Parsed<boolean> {
  if (typeof cell === "boolean") return ok(cell);
  if (cell === 1 || cell === 0) return ok(cell === 1);
  if (typeof cell !== "string") return fail(reason("notBoolean"));
  const key = identityKey(cell);
  if (TRUE_WORDS.has(key)) return ok(true);
  if (FALSE_WORDS.has(key)) return ok(false);
  return fail(reason("notBoolean"));
}

/** A finite number from a number cell or from text like `1,5`, `-2`, `1 500,25`. */
export function parseNumber(cell: unknown): Parsed<number> {
  if (typeof cell === "number") return Number.isFinite(cell) ? ok(cell) : fail(reason("notNumber"));
  if (typeof cell !== "string") return fail(reason("notNumber"));
  let text = cell.replace(SPACES, " ").trim().replace(DASHES, "-");
  // Spaces between digit groups are thousands separators in Russian: «1 500».
  text = text.replace(/(\d) (?=\d{3}\b)/g, "$1");
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return fail(reason("notNumber"));
  const n = Number(text.replace(",", "."));
  return Number.isFinite(n) ? ok(n) : fail(reason("notNumber"));
}

const optionIndex = new WeakMap<Enumeration, Map<string, string>>();

/** The normalized spelling → code index of an enumeration (codes, both labels, synonyms). */
function indexOf(enumeration: Enumeration): Map<string, string> {
  let index = optionIndex.get(enumeration);
  if (!index) {
    index = new Map();
    for (const o of enumeration.options) {
      for (const s of [o.code, o.label.ru, o.label.en, ...(o.synonyms ?? [])]) {
        const key = identityKey(s);
        if (!index.has(key)) index.set(key, o.code);
      }
    }
    optionIndex.set(enumeration, index);
  }
  return index;
}

/** The code of an option written in any accepted spelling, or undefined. */
export function matchOption<C extends string>(enumeration: Enumeration<C>, text: string): C | undefined {
  return indexOf(enumeration as Enumeration).get(identityKey(text)) as C | undefined;
}

/** Klimov types from `П, Т`, `ПТ`, `Человек–природа; техника`; distinct, in the order given. */
export function parseKlimovTypes(cell: Cell): Parsed<KlimovType[]> {
  if (typeof cell !== "string" || isBlank(cell) || isDate(cell)) return fail(klimovReason());
  const types: KlimovType[] = [];
  for (const item of splitList(cell)) {
    const one = matchOption(KLIMOV, item);
    const many = one
      ? [one]
      : /^[птчзх]{2,5}$/.test(identityKey(item))
        ? [...identityKey(item)].map((c) => matchOption(KLIMOV, c))
        : [undefined];
    for (const t of many) {
      if (!t) return fail(klimovReason());
      if (!types.includes(t)) types.push(t);
    }
  }
  return types.length > 0 ? ok(types) : fail(klimovReason());
}

function klimovReason() {
  return reason(
    "unknownOption",
    KLIMOV.options.map((o) => o.label.ru),
  );
}

const FULL_NAME = /^[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+(\s+[А-ЯЁ][а-яё]+)?$/;

/** True for «Фамилия Имя» or «Фамилия Имя Отчество»: what a Подпись must not hold in «коды» mode (initials are fine). */
export function looksLikeFullName(text: string): boolean {
  return FULL_NAME.test(text.replace(SPACES, " ").trim());
}

/** «Иванова Мария Петровна» → «И. М. П.»: each word's first letter (a double surname's both parts). */
export function initialsOf(text: string): string {
  return text
    .replace(SPACES, " ")
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => `${w[0].toUpperCase()}.`)
    .join(" ");
}

/** Фамилия Имя Отчество inside free text: three capitalised words, the third a patronymic (-вич, -вна, -чна, -ич). */
const FULL_NAME_IN_TEXT =
  /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[\s\u00a0]+[А-ЯЁ][а-яё]+[\s\u00a0]+[А-ЯЁ][а-яё]+(?:вич|вна|чна|ична|ьич|ич)(?![а-яё])/g;

/**
 * What a generated tab may show of a text a person typed, in «коды» mode (152-ФЗ: minimal data): a whole cell that
 * looks like a full name («Фамилия Имя [Отчество]») becomes its initials, and so does a full name with a patronymic
 * inside longer text («ИП Соколова Дарья Викторовна» → «ИП С. Д. В.»). Other text is unchanged. With `wholeCell`
 * false, a two- or three-word cell is redacted only if it ends in a patronymic.
 */
export function redactFullNames(text: string, wholeCell = true): string {
  // `wholeCell` false: only the unmistakable pattern with a patronymic («Кабинет Физики» is a room, not a person).
  if (wholeCell && looksLikeFullName(text)) return initialsOf(text);
  return text.replace(FULL_NAME_IN_TEXT, (name) => initialsOf(name));
}
