// Defaults of a new workbook: the Настройки values and the four grade bands (Ступени) with the seed's directions.

import { defaultQuarters, yearToSetUp } from "./calendar";
import { type Band, type LocalDate, PROFMINIMUM_HOURS, type Settings } from "./records";

/** The introductions «знакомство с профессией» each subject brings in per grade and quarter (the seed: twice). */
export const DEFAULT_INTRODUCTIONS_PER_QUARTER = 2;

/**
 * Settings of a new workbook on `today`: no school name, the current school year with the usual quarter
 * dates, профминимум level базовый (40 hours), 2 introductions a quarter, pupils by codes, Russian, no coordinators.
 */
export function defaultSettings(today: LocalDate): Settings {
  const year = yearToSetUp(today);
  return {
    school: "",
    year,
    quarters: defaultQuarters(year),
    profminimumLevel: "basic",
    profminimumHours: PROFMINIMUM_HOURS.basic,
    introductionsPerQuarter: DEFAULT_INTRODUCTIONS_PER_QUARTER,
    personalDataMode: "codes",
    language: "ru",
    coordinators: [],
  };
}

/**
 * The four grade bands of the seed school with their directions (domain.md). Names are grade ranges
 * with an en dash ("8–9"); thesaurus entries refer to bands by these names. Treat as read-only:
 * use defaultBands() for a copy to edit.
 */
export const DEFAULT_BANDS: Band[] = [
  {
    name: "1–4",
    grades: [1, 2, 3, 4],
    direction:
      "«Профессии моих родителей», «Мир профессий»: представление о мире профессий и о роли труда в жизни человека через участие в разных видах деятельности",
  },
  {
    name: "5–7",
    grades: [5, 6, 7],
    direction:
      "«Кем я должен стать, чтобы стать профессионалом в выбранной области»: развитие интересов и способностей, связанных с выбором профессии",
  },
  {
    name: "8–9",
    grades: [8, 9],
    direction:
      "«Самоопределение в области „человек – труд – профессия“»: профессиональная мотивация, самоанализ способностей и склонностей, предпрофильная подготовка, выбор экзаменов ОГЭ",
  },
  {
    name: "10–11",
    grades: [10, 11],
    direction:
      "«Ценностно-смысловое самоопределение»: профессиональные планы, профильное обучение и углублённое изучение предметов, выбор экзаменов ЕГЭ",
  },
];

/** A fresh copy of DEFAULT_BANDS that the caller may change. */
export function defaultBands(): Band[] {
  return DEFAULT_BANDS.map((b) => ({ name: b.name, grades: [...b.grades], direction: b.direction }));
}

/** The first band holding the grade, or null when no band does. */
export function bandOfGrade(grade: number, bands: readonly Band[]): Band | null {
  return bands.find((b) => b.grades.includes(grade)) ?? null;
}
