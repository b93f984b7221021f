// Text keys: normalization for compare and search, word-order keys, bounded edit distance, query matching.

import fc from "fast-check";
import { editDistance, exactKey, matchesQuery, normalizeKey, wordsKey } from "../../src/domain/text";

describe("exactKey", () => {
  it("trims, lowers case, reads ё as е and folds spaces, but keeps dashes and quotes", () => {
    expect(exactKey("  Лётчик   ИСПЫТАТЕЛЬ ")).toBe("летчик испытатель");
    expect(exactKey("Инженер-робототехник")).toBe("инженер-робототехник");
    expect(exactKey("«Агроном»")).toBe("«агроном»");
  });
});

describe("normalizeKey", () => {
  it("makes spellings of one name equal", () => {
    const key = "инженер робототехник";
    for (const s of [
      "Инженер-робототехник",
      "инженер робототехник",
      " ИНЖЕНЕР—РОБОТОТЕХНИК",
      "инженер_робототехник",
      "инженер\u00a0–\u00a0робототехник",
    ]) {
      expect(normalizeKey(s)).toBe(key);
    }
  });

  it("reads ё as е, also when written as е + combining diaeresis", () => {
    expect(normalizeKey("Звукорежиссёр")).toBe("звукорежиссер");
    expect(normalizeKey("Звукорежиссе\u0308р")).toBe("звукорежиссер");
    expect(normalizeKey("ЁЛКА")).toBe("елка");
  });

  it('strips quotes «» " „ “ ”', () => {
    expect(normalizeKey("«Школа юного кулинара»")).toBe("школа юного кулинара");
    expect(normalizeKey('"Агроном"')).toBe("агроном");
    expect(normalizeKey("„Агроном“")).toBe("агроном");
  });

  it("turns blanks and separators alone into the empty key", () => {
    expect(normalizeKey("  - _ — ")).toBe("");
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => expect(normalizeKey(normalizeKey(s))).toBe(normalizeKey(s))));
  });

  it("normalizes band names «5–7» and «5-7» alike", () => {
    expect(normalizeKey("5–7")).toBe(normalizeKey("5-7"));
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
