// Reading source tabs: columns by header, typed records, defaults, row errors in Russian, fatal table errors.

import type { Participation } from "../../src/domain/records";
import type { Cell } from "../../src/tables/cell";
import { latestParticipation, mapHeader, readTable, TableError } from "../../src/tables/read";
import { TABS } from "../../src/tables/specs";
import { foreignDate, IRKUTSK } from "./sheet-fake";

const ru = { ...IRKUTSK, locale: "ru" as const };

describe("mapHeader", () => {
  test("finds columns in any order, in either locale, with stars, ё and stray spaces", () => {
    const h = mapHeader(TABS.consultations, ["  итог", "Заметки", "Code", "Провел", "Дата*", "КЛАСС"]);
    expect(h.index).toEqual({ outcome: 0, code: 2, by: 3, date: 4, className: 5 });
    expect(h.missing).toEqual([]);
    expect(h.duplicates).toEqual([]);
  });

  test("reports missing required columns and doubled ones", () => {
    const h = mapHeader(TABS.pupils, ["Код", "Активен", "code"]);
    expect(h.missing).toEqual(["className"]);
    expect(h.duplicates).toEqual([{ column: "code", indexes: [0, 2] }]);
  });
});

describe("readTable", () => {
  test("reads pupils as typed records with 1-based rows; blank rows skipped; extra columns ignored", () => {
    const grid: Cell[][] = [
      ["Примечание", "Класс", "Код", "Активен"],
      ["новенький", "8 а", "У-001", ""],
      ["", "", "", ""],
      ["заметка без данных", "", "", ""],
      ["", "8B", "У-002", "нет"],
    ];
    const { records, errors } = readTable(TABS.pupils, grid, ru);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { row: 2, record: { code: "У-001", className: "8А", active: true } },
      { row: 5, record: { code: "У-002", className: "8В", active: false } },
    ]);
    const first: string = records[0].record.code; // typed as Pupil
    expect(first).toBe("У-001");
  });

  test("a bad row is reported in Russian with tab, row, column and value, and left out", () => {
    const grid: Cell[][] = [
      ["Код", "Класс", "Активен"],
      ["У-001", "8Я", "да"],
      ["У-002", "13А", "может"],
      ["У-003", "9Б", ""],
    ];
    const { records, errors } = readTable(TABS.pupils, grid, ru);
    expect(records.map((r) => r.record.code)).toEqual(["У-001", "У-003"]);
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, "B «Класс»", "13А"],
      [3, "C «Активен»", "может"],
    ]);
    expect(errors[0].tab).toBe("Ученики");
    expect(errors[0].message).toBe(
      "«Ученики», строка 3, столбец B «Класс»: ожидается класс: параллель от 1 до 11 и буква, например 8А (в ячейке «13А»)",
    );
    expect(errors[1].reason).toBe("ожидается «да» или «нет»");
  });

  test("English messages when asked", () => {
    const { errors } = readTable(
      TABS.pupils,
      [
        ["Code", "Class"],
        ["", "8А"],
      ],
      { ...IRKUTSK, locale: "en" },
    );
    expect(errors[0].message).toBe("«Pupils», row 2, column A «Code»: required cell is empty");
  });

  test("a missing required column is a TableError naming tab and column", () => {
    const read = () =>
      readTable(
        TABS.pupils,
        [
          ["Код", "Активен"],
          ["У-1", "да"],
        ],
        ru,
      );
    expect(read).toThrow(TableError);
    expect(read).toThrow(
      "На вкладке «Ученики» нет обязательного столбца «Класс». Добавьте его в первую строку и повторите.",
    );
    expect(() => readTable(TABS.pupils, [], ru)).toThrow(TableError);
  });

  test("a doubled known column is a TableError; doubled user columns are fine", () => {
    expect(() => readTable(TABS.pupils, [["Код", "Класс", "Класс*"]], ru)).toThrow(
      "На вкладке «Ученики» столбец «Класс» встречается несколько раз (B, C). Оставьте один.",
    );
    expect(readTable(TABS.pupils, [["Код", "Класс", "Заметки", "Заметки"]], ru).records).toEqual([]);
  });

  test("plan status blank → planned; event hours blank → 1, status → planned", () => {
    const plan = readTable(
      TABS.plan,
      [
        ["Предмет", "Параллель", "Четверть", "Профессия", "Статус"],
        ["Биология", 8, "1", "Агроном", ""],
      ],
      ru,
    );
    expect(plan.records[0].record).toEqual({
      subject: "Биология",
      grade: 8,
      quarter: 1,
      profession: "Агроном",
      status: "planned",
    });
    const events = readTable(
      TABS.events,
      [
        ["Id", "Дата", "Название", "Форма", "Компонент", "Классы", "Часы", "Статус"],
        [
          "М-0001",
          foreignDate(Date.UTC(2026, 8, 30, 16)),
          "Экскурсия на ферму",
          "экскурсия",
          "просвещение",
          "8-9",
          "",
          "проведён",
        ],
      ],
      ru,
    );
    expect(events.errors).toEqual([]);
    expect(events.records[0].record).toMatchObject({
      id: "М-0001",
      date: "2026-10-01", // 16:00 UTC is past midnight in Irkutsk
      classes: { all: false, classes: [], grades: [8, 9] },
      hours: 1,
      status: "done",
      professions: [],
    });
  });

  test("classes: the grade comes from the class name, and must agree with it", () => {
    const { records, errors } = readTable(
      TABS.classes,
      [
        ["Класс", "Параллель"],
        ["8а", ""],
        ["9Б", 7],
      ],
      ru,
    );
    expect(records.map((r) => r.record)).toEqual([{ className: "8А", grade: 8 }]);
    expect(errors[0].message).toContain("параллель 7 не совпадает с классом 9Б");
  });

  test("a repeated unique value is an error on the later row", () => {
    const { records, errors } = readTable(
      TABS.pupils,
      [
        ["Код", "Класс"],
        ["У-1", "8А"],
        ["у-1 ", "8Б"],
      ],
      ru,
    );
    expect(records).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, column: "A «Код»", reason: "повторяет строку 2" });
  });

  test("questions are unique per questionnaire and number", () => {
    const grid: Cell[][] = [
      ["Анкета", "№ *", "Текст", "Тип"],
      ["КЛИМОВ", 1, "Что интереснее?", "пара"],
      ["ГОТОВНОСТЬ", 1, "Насколько вы готовы?", "шкала"],
      ["КЛИМОВ", "1", "Ещё раз?", "пара"],
    ];
    const { records, errors } = readTable(TABS.questions, grid, ru);
    expect(records.map((r) => r.row)).toEqual([2, 3]);
    expect(errors.map((e) => e.row)).toEqual([4]);
  });

  test("professions: Klimov types, lists and booleans", () => {
    const { records } = readTable(
      TABS.professions,
      [
        ["Профессия", "Предметы", "Тип", "Новая", "Ступени"],
        ["Агроном", "биология; химия", "Человек–природа, Т", "да", ""],
      ],
      ru,
    );
    expect(records[0].record).toEqual({
      profession: "Агроном",
      subjects: ["биология", "химия"],
      types: ["nature", "technics"],
      isNew: true,
      competences: [],
      bands: [],
    });
  });
});

describe("latestParticipation", () => {
  const p = (eventId: string, code: string, mark: Participation["mark"]): Participation => ({
    eventId,
    code,
    mark,
  });

  test("a later row for the same (event, pupil) replaces an earlier one", () => {
    const rows = [
      { row: 2, record: p("М-0001", "У-1", "absent") },
      { row: 3, record: p("М-0001", "У-2", "present") },
      { row: 4, record: p("м-0001", "У-1", "present") },
      { row: 5, record: p("М-0002", "У-1", "excused") },
    ];
    expect(latestParticipation(rows)).toEqual([rows[1].record, rows[2].record, rows[3].record]);
  });
});

describe("names other tabs reference: no list separator, at most 100 characters", () => {
  test("Профессии, Предметы, Классы and Ступени refuse such a name with the reason; the row is left out", () => {
    const long = "Специалист".repeat(11);
    const professions = readTable(
      TABS.professions,
      [
        ["Профессия", "Предметы"],
        ["Монтажник, электромонтёр", "Физика"],
        [long, "Физика"],
        ["Электромонтёр", "Физика, Технология"],
      ],
      ru,
    );
    expect(professions.records.map((r) => r.record.profession)).toEqual(["Электромонтёр"]);
    expect(professions.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [
        2,
        "A «Профессия»",
        "в названии профессии не должно быть запятой, точки с запятой или переноса строки: списки в других листах разделяются ими (например, «Монтажник, электромонтёр» станет двумя профессиями)",
      ],
      [3, "A «Профессия»", "название длиннее 100 символов"],
    ]);
    const subjects = readTable(
      TABS.subjects,
      [
        ["Предмет", "Классы"],
        ["Физика; астрономия", "7-11"],
      ],
      ru,
    );
    expect(subjects.errors[0].reason).toContain("в названии предмета не должно быть запятой");
    const classes = readTable(TABS.classes, [["Класс"], ["8А, 8Б"], ["8В"]], ru);
    expect(classes.errors.map((e) => [e.row, e.reason])).toEqual([
      [2, expect.stringContaining("«8А, 8Б» станет двумя классами")],
    ]);
    const bands = readTable(
      TABS.bands,
      [
        ["Ступень", "Классы"],
        ["5–7,\n8–9", "5-9"],
      ],
      ru,
    );
    expect(bands.errors[0].reason).toContain("в названии ступени");
    const en = readTable(
      TABS.professions,
      [
        ["Profession", "Subjects"],
        ["Fitter; electrician", "Physics"],
      ],
      {
        ...IRKUTSK,
        locale: "en",
      },
    );
    expect(en.errors[0].reason).toMatch(/^a profession name must not hold a comma/);
  });

  test("references to those names are lists or plain text as before: only the named tab refuses", () => {
    const plan = readTable(
      TABS.plan,
      [
        ["Предмет", "Параллель", "Четверть", "Профессия"],
        ["Физика, астрономия", 8, 1, "Монтажник, электромонтёр"],
      ],
      ru,
    );
    expect(plan.errors).toEqual([]);
  });
});
