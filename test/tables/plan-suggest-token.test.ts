// The preview token of «Предложить план»: a set of row hashes; subsets pass, unseen rows do not.

import type { PlanEntry } from "../../src/domain/records";
import { fnv1a } from "../../src/domain/text";
import { suggestionKey, suggestionToken, tokenHashes, withinPreview } from "../../src/tables/plan-suggest";

const row = (profession: string, quarter = 2, date = "2026-12-01"): PlanEntry => ({
  subject: "Физика",
  grade: 8,
  quarter,
  date,
  profession,
  status: "suggested",
});

test("FNV-1a: 8 hex digits, known values", () => {
  expect(fnv1a("")).toBe("811c9dc5");
  expect(fnv1a("a")).toBe("e40c292c");
  expect(fnv1a("Инженер")).toMatch(/^[0-9a-f]{8}$/);
});

test("a row's key ignores case, ё and dashes in names, and the topic and teacher", () => {
  expect(suggestionKey({ ...row("Инженер-энергетик"), subject: "ФИЗИКА" })).toBe(
    suggestionKey(row("инженер энергетик")),
  );
  expect(suggestionKey(row("Инженер", 2))).not.toBe(suggestionKey(row("Инженер", 3)));
  expect(suggestionKey(row("Инженер", 2, "2026-12-01"))).not.toBe(
    suggestionKey(row("Инженер", 2, "2026-12-02")),
  );
});

test("the token holds each row once, sorted; the same set or a subset is within the preview", () => {
  const rows = [row("Инженер"), row("Электрик"), row("Инженер")];
  const token = suggestionToken(rows);
  expect(token).toMatch(/^v1\.([0-9a-f]{8}){2}$/);
  expect(suggestionToken([...rows].reverse())).toBe(token);
  const seen = tokenHashes(token)!;
  expect(withinPreview(rows, seen)).toBe(true);
  expect(withinPreview([row("Электрик")], seen)).toBe(true);
  expect(withinPreview([], seen)).toBe(true);
  expect(withinPreview([row("Сварщик")], seen)).toBe(false);
  expect(tokenHashes("v1.")).toEqual(new Set());
  expect(tokenHashes("v2.abcdef01")).toBeNull();
  expect(tokenHashes("v1.abc")).toBeNull();
  expect(tokenHashes("v1.ABCDEF01")).toBeNull();
});
