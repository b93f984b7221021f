// identityKey remembers the keys it computed: a remembered key is the one computed afresh, before and after the memo
// is emptied (it holds 50,000 texts at most).

import fc from "fast-check";
import { identityKey } from "../../src/tables/normalize";

describe("identityKey's memo", () => {
  test("a text's key is the same the first time, again, and after 60,000 other texts emptied the memo", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 20 }), (texts) => {
        const first = texts.map((t) => identityKey(t));
        expect(texts.map((t) => identityKey(t))).toEqual(first);
        for (let i = 0; i < 60_000; i++) identityKey(`Ф-${i}`);
        expect(texts.map((t) => identityKey(t))).toEqual(first);
      }),
      { numRuns: 5 },
    );
  });

  test("codes and ids as typed: case, ё, quotes, spaces and dashes fold, long texts too", () => {
    expect(identityKey("8А-001")).toBe("8а-001");
    expect(identityKey("8А-001")).toBe("8а-001");
    expect(identityKey(" «М-0001». ")).toBe("м-0001");
    expect(identityKey("Ёж – 1")).toBe("еж-1");
    const long = `${"Ё".repeat(150)} – x`;
    expect(identityKey(long)).toBe(`${"е".repeat(150)}-x`);
  });
});
