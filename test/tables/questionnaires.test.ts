// Instruments typed into Анкеты / Вопросы / Шкалы: each problem reported at the row and column that hold it.

import type { Cell, Grid } from "../../src/tables/cell";
import { type InstrumentReads, instrumentProblems } from "../../src/tables/questionnaires";
import { readTable } from "../../src/tables/read";
import { anyTab, type TabKey } from "../../src/tables/specs";

const options = { timeZone: "Europe/Moscow", locale: "ru" as const };

function check(grids: Partial<Record<TabKey, Grid>>) {
  const reads: Record<string, unknown> = {};
  for (const [key, grid] of Object.entries(grids) as [TabKey, Grid][])
    reads[key] = readTable(anyTab(key), grid, options);
  return instrumentProblems(reads as InstrumentReads, grids, options);
}

const questionnaires: Cell[][] = [
  ["Id", "Название"],
  ["А1", "Первая"],
  ["ПУСТАЯ", "Без вопросов"],
];
const questions: Cell[][] = [
  ["Анкета", "№", "Текст", "Тип", "Варианты"],
  ["А1", 1, "Что ближе?", "пара", "Лес = П | Станок = Т"],
  ["А1", 2, "Что ещё?", "пара", "Лес = П"],
  ["а1", 2, "Сколько?", "шкала", "1-5 = ГОТОВНОСТЬ:x"],
  ["А1", 3, "Кто?", "один", "Врач = Ч | Учитель = ЧЕЛ"],
];
const scales: Cell[][] = [
  ["Анкета", "Шкала", "От", "До", "Интерпретация"],
  ["А1", "П", 0, 2, "мало"],
  ["А1", "П", 2, 8, "много"],
  ["А1", "Т", 0, 8, "т"],
  ["А1", "Ч", 5, 1, "ч"],
];

describe("instrumentProblems", () => {
  test("options, numbers, scales and bands are checked; a questionnaire without questions is named", () => {
    const problems = check({ questionnaires, questions, scales });
    expect(problems.map((p) => [p.tab, p.row, p.column, p.reason])).toEqual(
      expect.arrayContaining([
        ["Вопросы", 3, "E «Варианты»", "у вопроса-пары должно быть ровно два варианта через |"],
        ["Вопросы", 5, "E «Варианты»", "шкалы «ЧЕЛ» нет на вкладке «Шкалы» для этой анкеты"],
        ["Шкалы", 3, "C «От»", "диапазон 2–8 пересекается с предыдущим"],
        ["Шкалы", 5, "C «От»", "«От» 5 больше «До» 1"],
        ["Анкеты", 3, "A «Id»", "у анкеты нет вопросов на вкладке «Вопросы»"],
      ]),
    );
    // The repeated № 2 (row 4) is the read's own unique-key error: the row is left out before these checks.
    expect(problems).toHaveLength(5);
  });

  test("a clean instrument has no problems", () => {
    expect(
      check({
        questionnaires: questionnaires.slice(0, 2),
        questions: questions.slice(0, 2),
        scales: scales.slice(0, 2).concat([scales[3]]),
      }),
    ).toEqual([]);
  });
});
