// fast-check arbitraries for the table layer: records any tab can hold, and anything a cell might hold.

import fc from "fast-check";
import { nameProblem } from "../../src/domain/text";
import { gradeOfClass, keyOfColumn } from "../../src/tables/normalize";
import type { ColumnSpec, TabKey, TabSpec } from "../../src/tables/spec-types";
import { TABS } from "../../src/tables/specs";
import { foreignDate } from "./sheet-fake";

const word = fc.stringMatching(/^[A-Za-zА-Яа-яЁё0-9_=+@'"#()!?.-]{1,8}$/);

/** Trimmed text with inner spaces folded, possibly starting with = + - @ ' or looking like a number. */
const text = fc
  .oneof(
    fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(" ")),
    fc.constantFrom(
      "007",
      "1,5",
      "01.09.2026",
      "TRUE",
      "=СУММ(A1)",
      "-5",
      "+7",
      "@имя",
      "'цитата",
      "1e5",
      "5-9",
    ),
  )
  .filter((s) => s.trim() === s && s !== "");

/** A list item: no separators, no spaces at the ends. */
const item = fc
  .array(fc.stringMatching(/^[A-Za-zА-Яа-я0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((ws) => ws.join(" "));

const letter = fc.constantFrom(..."АБВГДЕЖЗИКЛМНОПРСТУФХЭЮЯ");
const grade = fc.integer({ min: 1, max: 11 });
const classWithLetter = fc.tuple(grade, letter).map(([g, l]) => `${g}${l}`);
const className = fc.oneof(classWithLetter, grade.map(String));
const grades = fc.uniqueArray(grade, { minLength: 1, maxLength: 11 }).map((gs) => gs.sort((a, b) => a - b));
const localDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A value of the column's record type that a sheet can carry exactly. */
export function arbitraryOf(column: ColumnSpec): fc.Arbitrary<unknown> {
  const codes = column.enumeration?.options.map((o) => o.code) ?? [];
  switch (column.type) {
    case "text":
      // A name other tabs list (Профессия, Предмет, Ступень) holds no list separator (domain nameProblem).
      return column.listedName === undefined ? text : text.filter((t) => nameProblem(t) === undefined);
    case "number":
      return fc.oneof(
        fc.double({ min: column.min ?? -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: column.min ?? -1000, max: 1000 }),
      );
    case "integer":
      return fc.integer({ min: column.min ?? -1000, max: column.max ?? 1000 });
    case "date":
      return localDate;
    case "dateTime":
      return fc.oneof(
        localDate,
        fc.tuple(localDate, fc.integer({ min: 0, max: 86399 })).map(([d, s]) => {
          const pad = (n: number) => String(n).padStart(2, "0");
          return `${d}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
        }),
      );
    case "boolean":
      return fc.boolean();
    case "list":
      return fc.array(item, { minLength: column.required ? 1 : 0, maxLength: 4 });
    case "enum":
      return fc.constantFrom(...codes);
    case "enumList":
    case "klimovTypes":
      return fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: codes.length });
    case "className":
      return className;
    case "grade":
      return grade;
    case "gradeList":
      return grades;
    case "classSelector":
      return fc.oneof(
        fc.constant({ all: true, classes: [], grades: [] }),
        fc
          .record({
            classes: fc.uniqueArray(classWithLetter, { maxLength: 4 }),
            grades: fc.uniqueArray(grade, { maxLength: 4 }),
          })
          .filter((s) => s.classes.length + s.grades.length > 0)
          .map((s) => ({ all: false, classes: s.classes, grades: s.grades.sort((a, b) => a - b) })),
      );
    case "raw":
      return text;
  }
}

/** A record of a tab: required and defaulted columns always set, optional ones sometimes. */
export function recordOf<T>(spec: TabSpec<T>): fc.Arbitrary<Partial<T>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const c of spec.columns as readonly ColumnSpec[]) {
    const v = arbitraryOf(c);
    const always = c.required || c.default !== undefined || ["list", "gradeList"].includes(c.type);
    shape[c.key] = always ? v : fc.option(v, { nil: undefined });
  }
  return fc.record(shape).map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
    if (spec.key === "classes") out.grade = gradeOfClass(out.className as string);
    return out as Partial<T>;
  });
}

/** Records of a tab whose unique columns do not repeat (compared as readTable does: keyOfColumn). */
export function recordsOf<T>(spec: TabSpec<T>, maxLength = 6): fc.Arbitrary<Partial<T>[]> {
  const sets = spec.unique ?? [];
  const keyOf = (k: string) => keyOfColumn((spec.columns as readonly ColumnSpec[]).find((c) => c.key === k));
  const setKey = (set: readonly string[], r: Partial<T>) =>
    set.map((k) => keyOf(k)(String((r as Record<string, unknown>)[k]))).join("\u0000");
  return fc
    .array(recordOf(spec), { maxLength })
    .filter((rs) => sets.every((set) => new Set(rs.map((r) => setKey(set, r))).size === rs.length));
}

/** Anything a cell might hold, and more: odd text, NaN, huge numbers, invalid and foreign Dates, null. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "да",
    "нет",
    "8А",
    "8 а",
    "5-9",
    "все",
    "П, Т",
    "01.09.2026",
    "31.02.2026",
    "2026-09-01T10:00Z",
    "1,5",
    "М-0001",
    " ",
    "проведено",
  ),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2958466),
  fc.integer({ min: -20, max: 100000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.integer({ min: -8.64e15, max: 8.64e15 }).map(foreignDate),
  fc.constantFrom(null, undefined),
);

/** Every tab except Настройки, which is read by parseSettings. */
export const RECORD_TABS = (Object.keys(TABS) as TabKey[]).filter((k) => k !== "settings");
