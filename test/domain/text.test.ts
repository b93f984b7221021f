// Text keys: normalization for compare and search, word-order keys, bounded edit distance, query matching.

import fc from "fast-check";
import {
  editDistance,
  LIST_SEPARATORS,
  matchesQuery,
  NAME_MAX_LENGTH,
  nameProblem,
  normalizeKey,
  wordsKey,
} from "../../src/domain/text";

const ZWSP = "\u200B";

describe("normalizeKey: the one rule for the same name", () => {
  // Each row: two spellings that ARE the same name, and why.
  const same: [string, string, string][] = [
    ["Инженер-робототехник", "Инженер робототехник", "hyphen = space"],
    ["Инженер-робототехник", "инженер – робототехник", "en dash with spaces"],
    ["Инженер-робототехник", " ИНЖЕНЕР—РОБОТОТЕХНИК ", "em dash, case, outer spaces"],
    ["Инженер-робототехник", "инженер_робототехник", "underscore"],
    ["Инженер-робототехник", "инженер\u2011робототехник", "non-breaking hyphen"],
    ["Инженер-робототехник", "инженер\u2212робототехник", "minus sign"],
    ["Инженер-робототехник", "инженер\u00a0–\u00a0робототехник", "NBSP around a dash"],
    ["Лётчик-испытатель", "летчик  испытатель", "ё = е, repeated spaces"],
    ["Звукорежиссёр", "Звукорежиссе\u0308р", "ё written as е + combining diaeresis"],
    ["Врач", "Врач.", "trailing dot"],
    ["Врач", "Врач …", "trailing ellipsis"],
    ["Врач", "врач!?;:,", "trailing punctuation"],
    ["Агроном", "«Агроном»", "guillemets"],
    ["Агроном", '"Агроном"', "straight quotes"],
    ["Агроном", "„Агроном“", "low and high quotes"],
    ["Агроном", "“Агроном”", "curly quotes"],
    ["Астрофизик", `Астро${ZWSP}физик`, "zero-width space"],
    ["Астрофизик", "Астро\u00ADфизик", "soft hyphen"],
    ["Астрофизик", "\uFEFFАстрофизик\u2060", "BOM and word joiner"],
    ["Астрофизик", "Астро\u200Dфи\u200Cзик\u200E", "ZWJ, ZWNJ, LRM"],
    ["Астрофизик", "Aстрофизик", "Latin A"],
    ["Астрофизик", "Астрофизиk", "Latin k"],
    ["Астрофизик", "AСTPOФИЗИK", "Latin A T P O K in upper case"],
    ["Сварщик", "Cварщик", "Latin C"],
    ["Химик-технолог", "Xимик-тexнолог", "Latin X, e"],
    ["Java", "Ｊａｖａ", "fullwidth letters (NFKC)"],
    ["Java-разработчик", "JAVA разработчик", "a Latin word keeps its letters, case folded"],
    ["IT-специалист", "it специалист", "Latin word IT, dash"],
    ["IT-специалист", "IT-cпециалист", "Latin c inside the Russian word only"],
    ["Робот", "Робот\u3000", "ideographic space"],
    ["5–7", "5-7", "band names with a dash"],
  ];
  test.each(same)("«%s» = «%s» (%s)", (a, b) => {
    expect(normalizeKey(b)).toBe(normalizeKey(a));
  });

  // Each row: two names that are NOT the same.
  const different: [string, string, string][] = [
    ["Врач", "Врачи", "another word"],
    ["Инженер", "Инженер-робототехник", "a longer name"],
    ["Агроном", "Агрономия", "another word"],
    ["Лекарь", "Пекарь", "one letter apart: a typo warning at most, not the same name"],
    ["Робототехник инженер", "Инженер-робототехник", "word order: the near-duplicate warning's business"],
    [
      "IT-специалист",
      "ИТ-специалист",
      "a whole word in another script is another spelling, not a look-alike",
    ],
    ["Java", "Јava", "Cyrillic Ј in a Latin word is not turned Latin"],
    ["Java", "Джава", "Latin and Cyrillic words"],
    ["C++ разработчик", "C разработчик", "inner punctuation counts"],
  ];
  test.each(different)("«%s» ≠ «%s» (%s)", (a, b) => {
    expect(normalizeKey(b)).not.toBe(normalizeKey(a));
  });

  test("the keys themselves", () => {
    expect(normalizeKey("  Лётчик   ИСПЫТАТЕЛЬ ")).toBe("летчик испытатель");
    expect(normalizeKey("Инженер-робототехник")).toBe("инженер робототехник");
    expect(normalizeKey("«Школа юного кулинара»")).toBe("школа юного кулинара");
    expect(normalizeKey("AСTPOФИЗИK")).toBe("астрофизик");
    expect(normalizeKey("Java-разработчик")).toBe("java разработчик");
    expect(normalizeKey("ЁЛКА")).toBe("елка");
    expect(normalizeKey("Врач (педиатр).")).toBe("врач (педиатр)");
  });

  test("blanks, separators and punctuation alone make the empty key", () => {
    expect(normalizeKey("  - _ — ")).toBe("");
    expect(normalizeKey(`${ZWSP}«»...`)).toBe("");
    expect(normalizeKey("")).toBe("");
  });

  test("long texts are keyed the same way", () => {
    const long = `${"Инженер-робототехник ".repeat(50)}.`;
    expect(normalizeKey(long)).toBe("инженер робототехник ".repeat(50).trim());
  });

  // Russian-looking names: Cyrillic and Latin letters, spaces, dashes, punctuation, invisible characters.
  const nameUnit = fc.constantFrom(
    ..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁКМНОРСТУХaceopxykmthbACEOPXYKMTHBijJIsz ---–—_.,«»\u00a0".split(
      "",
    ),
  );
  const name = fc.string({ unit: nameUnit, maxLength: 24 });

  // Properties return booleans: jest's expect is slow on arbitrary Unicode.
  test("is idempotent on any text", () => {
    const key = (s: string) => normalizeKey(normalizeKey(s)) === normalizeKey(s);
    fc.assert(fc.property(fc.string({ unit: "binary" }), key), { numRuns: 2000 });
    fc.assert(fc.property(name, key), { numRuns: 2000 });
    const marks = fc.constantFrom(..."еЕёЁуyeoаa\u0308\u0306\u030B\u0301\u0323 İΣ…＂\u200B-".split(""));
    fc.assert(fc.property(fc.string({ unit: marks, maxLength: 10 }), key), { numRuns: 2000 });
  });

  test("ignores a zero-width space inserted anywhere", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.nat(), (s, at) => {
        const i = at % (s.length + 1);
        return normalizeKey(s.slice(0, i) + ZWSP + s.slice(i)) === normalizeKey(s);
      }),
    );
  });

  test("ignores case and the kind of dash in a name", () => {
    const dashes = fc.constantFrom("-", "‐", "‑", "–", "—", "−", "_");
    fc.assert(
      fc.property(name, dashes, (s, dash) => {
        const key = normalizeKey(s);
        return (
          normalizeKey(s.toUpperCase()) === key &&
          normalizeKey(s.toLowerCase()) === key &&
          normalizeKey(s.replace(/[-‐‑–—−_]/g, dash)) === key
        );
      }),
    );
  });
});

describe("wordsKey", () => {
  it("ignores word order, repeats and punctuation", () => {
    expect(wordsKey("Робототехник-инженер")).toBe(wordsKey("инженер робототехник"));
    expect(wordsKey("Инженер, робототехник (инженер)")).toBe("инженер робототехник");
    expect(wordsKey("Агроном")).not.toBe(wordsKey("Агрономия"));
  });
});

describe("editDistance", () => {
  it("computes Levenshtein distances", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("кот", "")).toBe(3);
    expect(editDistance("программист", "програмист")).toBe(1);
    expect(editDistance("агроном", "агрономия")).toBe(2);
    expect(editDistance("лекарь", "пекарь")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("stops at the bound and returns max + 1 beyond it", () => {
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
  });

  it("is symmetric, and the bound never changes an answer within it", () => {
    const word = fc.string({ unit: fc.constantFrom("а", "б", "в", "г"), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(editDistance(a, b, max)).toBe(d <= max ? d : max + 1);
      }),
    );
  });
});

describe("matchesQuery", () => {
  const hay = ["Инженер-робототехник", "Технология, Физика", "программирование микроконтроллеров"];

  it("matches every query word somewhere, ignoring case, ё and dashes", () => {
    expect(matchesQuery(hay, "робот")).toBe(true);
    expect(matchesQuery(hay, "ИНЖЕНЕР робот")).toBe(true);
    expect(matchesQuery(hay, "инженер-робот")).toBe(true);
    expect(matchesQuery(hay, "физика микро")).toBe(true);
    expect(matchesQuery(["Лётчик"], "летч")).toBe(true);
    expect(matchesQuery(["Летчик"], "лётч")).toBe(true);
  });

  it("fails when one word is found nowhere", () => {
    expect(matchesQuery(hay, "робот химия")).toBe(false);
  });

  it("matches anything with a blank query", () => {
    expect(matchesQuery([], "  ")).toBe(true);
    expect(matchesQuery(hay, "")).toBe(true);
  });
});

describe("nameProblem: names other tabs reference", () => {
  test("a list separator splits the name in every list column: refused", () => {
    for (const name of ["Монтажник, электромонтёр", "Физика;астрономия", "8А\n8Б", "Врач\r\nфельдшер"]) {
      expect(nameProblem(name)).toBe("separator");
      expect(name.split(LIST_SEPARATORS).length).toBeGreaterThan(1);
    }
  });

  test("at most 100 characters after trimming, counted as characters (not UTF-16 units)", () => {
    expect(NAME_MAX_LENGTH).toBe(100);
    expect(nameProblem("я".repeat(100))).toBeUndefined();
    expect(nameProblem(` ${"я".repeat(100)} `)).toBeUndefined();
    expect(nameProblem("😀".repeat(100))).toBeUndefined();
    expect(nameProblem("я".repeat(101))).toBe("tooLong");
    expect(nameProblem(`${"я".repeat(101)}, б`)).toBe("separator");
  });

  test("dashes, dots, slashes and brackets are fine", () => {
    for (const name of [
      "Инженер-робототехник",
      "Врач.",
      "Оператор БПЛА (дронов)",
      "Физика/астрономия",
      "5–7",
    ])
      expect(nameProblem(name)).toBeUndefined();
  });
});
