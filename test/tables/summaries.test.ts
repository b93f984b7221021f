// The four summary tabs as SheetContent: labelled figures with notes and colours, charts on their data, pupils by code
// only; and the reading of «Результаты анкет» and «Выбор экзаменов».

import { summaries } from "../../src/domain/summaries";
import { resultHeader } from "../../src/tables/questionnaires";
import type { SheetContent } from "../../src/tables/sheet-content";
import {
  classesSummary,
  examDecisions,
  HEADER_ROW,
  parseScores,
  pupilsSummary,
  questionnairesSummary,
  readQuestionnaireResults,
  SUMMARY_COLOURS,
  type SummaryInput,
  schoolSummary,
} from "../../src/tables/summaries";
import { input } from "../domain/summaries-fixture";

const figures = summaries(input());
const base: SummaryInput = {
  summaries: figures,
  stamp: "Сформировано …",
  today: "16.11.2026",
  year: "2026/2027",
  locale: "ru",
};

/** The row whose first cell is `label` (1-based row, and its cells, fills, notes). */
function rowOf(c: SheetContent, label: string) {
  const i = c.rows.findIndex((r) => r[0] === label);
  if (i < 0) throw new Error(`no row «${label}»`);
  return {
    row: i + 1,
    cells: c.rows[i],
    fills: c.backgrounds![i],
    notes: c.notes![i],
    formats: c.numberFormats![i],
  };
}

function shapeOk(c: SheetContent) {
  const width = c.rows[0].length;
  for (const grid of [c.rows, c.backgrounds, c.bold, c.numberFormats, c.notes]) {
    expect(grid).toHaveLength(c.rows.length);
    for (const r of grid ?? []) expect(r).toHaveLength(width);
  }
}

describe("«Итоги — школа»", () => {
  const c = schoolSummary(base);

  test("the stamp, a heading, frozen headers with a note on each header cell", () => {
    shapeOk(c);
    expect(c.rows[0][0]).toBe("Сформировано …");
    expect(c.frozenRows).toBe(HEADER_ROW);
    expect(c.rows[HEADER_ROW - 1].slice(0, 6)).toEqual([
      "Показатель",
      "Значение",
      "Из",
      "%",
      "Цель",
      "Пояснение",
    ]);
    expect(c.notes![HEADER_ROW - 1].slice(0, 6).every((n) => typeof n === "string" && n.length > 10)).toBe(
      true,
    );
  });

  test("every headline figure is a labelled row whose label carries its definition", () => {
    const labels = [
      "Учеников",
      "Охвачены мероприятиями",
      "Часов профминимума в среднем (6–11 кл.)",
      "Идут в темпе профминимума (6–11 кл.)",
      "Мероприятий за год",
      "Пустых клеток «компонент × ступень»",
      "Знакомства с профессиями на уроках: ячеек в норме",
      "Профессии, которые можно попробовать на оборудовании",
      "Прошли диагностику (6–11 кл.)",
      "Не решили с экзаменами (9 и 11 кл.)",
      "Индивидуальных проектов",
      "Без индивидуального проекта (9 и 11 кл.)",
      "Профессиональных проб",
      "Встреч с родителями проведено",
      "Педагоги, прошедшие повышение квалификации в этом году",
    ];
    for (const label of labels) expect(rowOf(c, label).notes[0]).toMatch(/\S{3,}/);
  });

  test("values, wholes, percents and targets; below target in red, met in green", () => {
    const reached = rowOf(c, "Охвачены мероприятиями");
    expect(reached.cells.slice(1, 5)).toEqual([3, 6, 50, "100 %"]);
    expect(reached.fills[1]).toBe(SUMMARY_COLOURS.below);
    const hours = rowOf(c, "Часов профминимума в среднем (6–11 кл.)");
    expect(hours.cells.slice(1, 6)).toEqual([
      3.9,
      "",
      "",
      11.23,
      "за год — 40 ч; ожидается к сегодня — 11,23 ч",
    ]);
    expect(hours.fills[1]).toBe(SUMMARY_COLOURS.below);
    expect(hours.formats[1]).toBe("0.0");
    const empty = rowOf(c, "Пустых клеток «компонент × ступень»");
    expect(empty.cells.slice(1, 5)).toEqual([9, 20, "", 0]);
    expect(empty.fills[1]).toBe(SUMMARY_COLOURS.below);
    const exams = rowOf(c, "Не решили с экзаменами (9 и 11 кл.)");
    expect(exams.cells[5]).toBe("из них без строки в «Выбор экзаменов»: 1");
    expect(rowOf(c, "Индивидуальных проектов").cells[5]).toBe("защищён 1, тема выбрана 2");
  });

  test("the component × band table: a row per band, empty cells red, and a stacked chart over it", () => {
    const header = rowOf(c, "Ступень");
    expect(header.cells.slice(0, 6)).toEqual([
      "Ступень",
      "просвещение",
      "развитие интересов и склонностей",
      "консультация",
      "диагностика",
      "социально-профессиональная адаптация",
    ]);
    // A band name that looks like a range of numbers is written as literal text (guardText).
    const b89 = rowOf(c, "'8–9");
    expect(b89.cells.slice(0, 6)).toEqual(["'8–9", 2, 0, 1, 1, 1]);
    expect(b89.fills[2]).toBe(SUMMARY_COLOURS.below);
    expect(b89.fills[1]).toBeNull();
    expect(c.charts).toEqual([
      expect.objectContaining({
        type: "COLUMN",
        stacked: true,
        range: { row: header.row, column: 1, numRows: 5, numColumns: 6 },
      }),
    ]);
  });

  test("trials by organisation and projects by status are listed", () => {
    expect(rowOf(c, "Аграрный техникум").cells.slice(0, 3)).toEqual(["Аграрный техникум", 2, 2]);
    expect(rowOf(c, "тема выбрана").cells.slice(0, 2)).toEqual(["тема выбрана", 2]);
  });

  test("English labels in the English locale", () => {
    const en = schoolSummary({ ...base, locale: "en" });
    expect(rowOf(en, "Reached by events").cells.slice(1, 3)).toEqual([3, 6]);
  });
});

describe("«Итоги — классы»", () => {
  const c = classesSummary(base);

  test("a row per class with every header noted; hours below the expected in red", () => {
    shapeOk(c);
    expect(c.rows[HEADER_ROW - 1]).toHaveLength(13);
    expect(c.notes![HEADER_ROW - 1].every((n) => n !== null)).toBe(true);
    const a8 = rowOf(c, "8А");
    expect(a8.cells).toEqual(["8А", 2, 5, 50, 3.25, 11.23, 2, 0, 1, "Т 1", 1, 0, ""]);
    expect(a8.fills[4]).toBe(SUMMARY_COLOURS.below);
    expect(rowOf(c, "9А").cells[12]).toBe(1);
  });

  test("two charts: participation by class (class and rate columns), mean hours against the expected", () => {
    const rows = figures.classes.length + 1;
    expect(c.charts).toEqual([
      expect.objectContaining({
        type: "BAR",
        range: { row: HEADER_ROW, column: 1, numRows: rows, numColumns: 1 },
        moreRanges: [{ row: HEADER_ROW, column: 4, numRows: rows, numColumns: 1 }],
      }),
      expect.objectContaining({
        type: "COLUMN",
        moreRanges: [{ row: HEADER_ROW, column: 5, numRows: rows, numColumns: 2 }],
      }),
    ]);
  });
});

describe("«Итоги — ученики»", () => {
  const c = pupilsSummary(base);

  test("codes only, never a label; a column per questionnaire; exam and flags", () => {
    shapeOk(c);
    expect(c.rows[HEADER_ROW - 1]).toContain("ИНТЕРЕСЫ: ведущие");
    const codes = c.rows.slice(HEADER_ROW).map((r) => r[0]);
    expect(codes).toEqual(["В-1", "А-1", "А-2", "Б-1", "Б-2", "Г-1"]);
    const g1 = rowOf(c, "Г-1");
    expect(g1.cells.slice(0, 8)).toEqual(["Г-1", "11А", 0, 12, 40, 11.23, 1, "тема выбрана, Тема выбрана"]);
    expect(g1.cells.slice(8)).toEqual([
      "",
      "ПОЛЬЗА",
      "нет",
      "нет строки",
      expect.stringContaining("нет участия"),
    ]);
    expect(g1.fills[3]).toBe(SUMMARY_COLOURS.met);
  });
});

describe("«Итоги — анкеты»", () => {
  const c = questionnairesSummary(base);

  test("per questionnaire: responses by class, means and leading scales by band, with a stacked chart", () => {
    shapeOk(c);
    expect(c.rows.some((r) => r[0] === "Анкета ИНТЕРЕСЫ — Интересы: 2 ответа")).toBe(true);
    expect(rowOf(c, "8А").cells.slice(0, 4)).toEqual(["8А", 1, 2, 50]);
    const bands = c.rows.filter((r) => r[0] === "'8–9");
    expect(bands[0].slice(0, 4)).toEqual(["'8–9", 2, 3.5, 3.5]);
    expect(bands[1].slice(0, 4)).toEqual(["'8–9", 1, 1, 0]);
    expect(c.charts?.map((x) => x.title)).toEqual([
      "ИНТЕРЕСЫ: ведущие шкалы по ступеням",
      "ОТЗЫВ: ведущие шкалы по ступеням",
    ]);
    expect(c.charts?.every((x) => x.stacked)).toBe(true);
  });
});

describe("reading the grids no spec covers", () => {
  test("«Результаты анкет» in either language, scores and leading scales parsed", () => {
    const grid = [
      resultHeader("en"),
      ["ИНТЕРЕСЫ", "Б-2", "9А", "", "П 5 · Т 3,5 · Х 0", "П", "", 0, ""],
      ["", "Б-3", "9А", "", "П 1", "П", "", 0, ""],
      ["ОТЗЫВ", "Г-1", "11А", "", "ПОЛЬЗА 4", "", "", 0, ""],
    ];
    expect(readQuestionnaireResults(grid)).toEqual([
      {
        questionnaireId: "ИНТЕРЕСЫ",
        code: "Б-2",
        className: "9А",
        scores: [
          { scale: "П", score: 5 },
          { scale: "Т", score: 3.5 },
          { scale: "Х", score: 0 },
        ],
        dominant: ["П"],
      },
      {
        questionnaireId: "ОТЗЫВ",
        code: "Г-1",
        className: "11А",
        scores: [{ scale: "ПОЛЬЗА", score: 4 }],
        dominant: [],
      },
    ]);
    expect(parseScores("ШАГИ К РЕШЕНИЮ 7 · bad")).toEqual([{ scale: "ШАГИ К РЕШЕНИЮ", score: 7 }]);
  });

  test("«Выбор экзаменов»: the latest row per pupil decides (by date, then row)", () => {
    const d = (day: number) => new Date(Date.UTC(2026, 10, day));
    const grid = [
      ["Код", "Класс", "Экзамен", "Предметы", "Уверенность", "Дата", "Источник"],
      ["Б-1", "9А", "ОГЭ", "Химия", 2, d(1), "анкета ГОТОВНОСТЬ"],
      ["Б-1", "9А", "ОГЭ", "Химия, Биология", 4, d(5), "учитель"],
      ["Б-2", "9А", "ОГЭ", "История", 5, d(9), "учитель"],
      ["Б-2", "9А", "ОГЭ", "", 5, d(3), "анкета ГОТОВНОСТЬ"],
      ["Г-1", "11А", "ЕГЭ", "Физика", 1, d(2), "учитель"],
    ];
    expect(examDecisions(grid, { timeZone: "Europe/Moscow" })).toEqual([
      { code: "Б-1", decided: true },
      { code: "Б-2", decided: true },
      { code: "Г-1", decided: false },
    ]);
  });
});
