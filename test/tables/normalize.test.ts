// Normalizing what teachers type: headers, class names, grades, lists, booleans, numbers, Klimov types, options.

import { reasonText } from "../../src/i18n/tables";
import {
  COMPONENT,
  ENUMERATIONS,
  EVENT_FORMAT,
  EVENT_STATUS,
  KLIMOV,
  optionLabels,
  PLAN_STATUS,
} from "../../src/tables/enums";
import {
  formatGradeList,
  identityKey,
  looksLikeFullName,
  matchOption,
  normalizeClassName,
  normalizeHeader,
  parseBoolean,
  parseClassSelector,
  parseGradeList,
  parseKlimovTypes,
  parseNumber,
  splitList,
} from "../../src/tables/normalize";

const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : undefined);

describe("normalizeHeader", () => {
  test.each([
    ["  Класс* ", "класс"],
    ["№ *", "№"],
    ["Провёл", "провел"],
    ["Классный   руководитель", "классный руководитель"],
    ["Тема\nурока", "тема урока"],
    ["КОД", "код"],
  ])("%j → %j", (input, expected) => expect(normalizeHeader(input)).toBe(expected));
});

describe("normalizeClassName", () => {
  test.each([
    ["8А", "8А"],
    ["8 а", "8А"],
    ["8а", "8А"],
    ["8A", "8А"], // Latin A
    ["8a", "8А"],
    ["10-Б", "10Б"],
    ["11 «В»", "11В"],
    ["5 c", "5С"], // Latin c → Cyrillic С
    ["7Y", "7У"],
    ["1", "1"],
    [9, "9"],
    ["8ё", "8Ё"],
  ])("%j → %j", (input, expected) => expect(value(normalizeClassName(input))).toBe(expected));

  test.each([["12А"], ["0А"], ["8АБ"], ["8D"], ["А8"], [""], ["08А"], [12], [8.5], [true]])(
    "%j is rejected",
    (input) => {
      const parsed = normalizeClassName(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(reasonText(parsed.reason, "ru")).toContain("8А");
    },
  );
});

describe("grade lists", () => {
  test.each([
    ["5-9", [5, 6, 7, 8, 9]],
    ["1-4, 10-11", [1, 2, 3, 4, 10, 11]],
    ["5–9", [5, 6, 7, 8, 9]],
    ["11", [11]],
    [11, [11]],
    ["8; 6\n7", [6, 7, 8]],
  ])("%j → %j", (input, expected) => expect(value(parseGradeList(input))).toEqual(expected));

  test.each([["9-5"], ["0-4"], ["5-12"], ["пять"], [12], [""]])("%j is rejected", (input) =>
    expect(parseGradeList(input).ok).toBe(false),
  );

  test("formats ranges with an en dash", () => {
    expect(formatGradeList([1, 2, 3, 4, 10, 11])).toBe("1–4, 10–11");
    expect(formatGradeList([11])).toBe("11");
    expect(formatGradeList([5, 7, 8])).toBe("5, 7–8");
  });
});

describe("class selector", () => {
  test.each([
    ["8А, 8Б", { all: false, classes: ["8А", "8Б"], grades: [] }],
    ["8-9", { all: false, classes: [], grades: [8, 9] }],
    ["все", { all: true, classes: [], grades: [] }],
    ["All", { all: true, classes: [], grades: [] }],
    ["8a; 10-11", { all: false, classes: ["8А"], grades: [10, 11] }],
  ])("%j", (input, expected) => expect(value(parseClassSelector(input))).toEqual(expected));

  test("rejects nonsense", () => expect(parseClassSelector("восьмые").ok).toBe(false));
});

describe("lists, booleans, numbers", () => {
  test("splitList splits on , ; and line breaks, trims, drops empties", () => {
    expect(splitList(" математика , физика;; информатика\n\nхимия ,")).toEqual([
      "математика",
      "физика",
      "информатика",
      "химия",
    ]);
  });

  test.each([
    ["да", true],
    ["Нет", false],
    ["yes", true],
    ["NO", false],
    ["TRUE", true],
    ["false", false],
    ["1", true],
    ["0", false],
    ["✓", true],
    [true, true],
    [false, false],
    [1, true],
    [0, false],
  ])("boolean %j → %j", (input, expected) => expect(value(parseBoolean(input))).toBe(expected));

  test.each([["может быть"], [2], [new Date(0)]])("boolean %j is rejected", (input) =>
    expect(parseBoolean(input).ok).toBe(false),
  );

  test.each([
    ["1,5", 1.5],
    ["1.5", 1.5],
    [" 40 ", 40],
    ["-2", -2],
    ["1 500,25", 1500.25],
    [",5", 0.5],
    [3, 3],
  ])("number %j → %j", (input, expected) => expect(value(parseNumber(input))).toBe(expected));

  test.each([["1,5,5"], ["сорок"], [Number.NaN], [Number.POSITIVE_INFINITY], ["1e400"], [true], ["12 3456"]])(
    "number %j is rejected",
    (input) => expect(parseNumber(input).ok).toBe(false),
  );
});

describe("options", () => {
  test.each(["П", "п", "Человек–природа", "человек-природа", "Человек - природа", "природа", "nature"])(
    "Klimov %j is nature",
    (input) => expect(matchOption(KLIMOV, input)).toBe("nature"),
  );

  test("Klimov lists accept letters run together and full names", () => {
    expect(value(parseKlimovTypes("ПТ"))).toEqual(["nature", "technics"]);
    expect(value(parseKlimovTypes("Человек–человек; З, ч"))).toEqual(["human", "sign"]);
    expect(parseKlimovTypes("Ы").ok).toBe(false);
  });

  test("statuses accept проведён and проведено", () => {
    expect(matchOption(EVENT_STATUS, "проведён")).toBe("done");
    expect(matchOption(EVENT_STATUS, "Проведено")).toBe("done");
    expect(matchOption(PLAN_STATUS, "запланирован")).toBe("planned");
    expect(matchOption(EVENT_STATUS, "предложено")).toBeUndefined();
  });

  test("labels with quotes and dashes match loosely", () => {
    expect(matchOption(EVENT_FORMAT, "Урок «Россия — мои горизонты»")).toBe("horizons");
    expect(matchOption(EVENT_FORMAT, 'урок "Россия - мои горизонты"')).toBe("horizons");
    expect(matchOption(COMPONENT, "Профессиональное просвещение")).toBe("enlightenment");
  });

  test.each(ENUMERATIONS.map((e) => [e.key, e] as const))("%s: no spelling names two options", (_, e) => {
    const owner = new Map<string, string>();
    for (const o of e.options) {
      for (const s of [o.code, o.label.ru, o.label.en, ...(o.synonyms ?? [])]) {
        const key = identityKey(s);
        expect([key, owner.get(key) ?? o.code]).toEqual([key, o.code]);
        owner.set(key, o.code);
      }
    }
  });
});

describe("helpers for other layers", () => {
  test.each([
    ["Иванов Пётр", true],
    ["Римский-Корсаков Николай Андреевич", true],
    ["  Петрова   Анна ", true],
    ["И. П.", false],
    ["ИП", false],
    ["Пётр", false],
    ["У-001", false],
  ])("looksLikeFullName(%j) is %s", (text, expected) => expect(looksLikeFullName(text)).toBe(expected));

  test("optionLabels gives a dropdown's values", () => {
    expect(optionLabels(KLIMOV, "ru")).toEqual(["П", "Т", "Ч", "З", "Х"]);
  });
});
