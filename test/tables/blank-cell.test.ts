// isBlank's shortcut on the first character answers exactly as `trim() === ""` for any text.

import fc from "fast-check";
import { isBlank } from "../../src/tables/cell";

/** Every character JavaScript's trim() removes, and some it keeps that look like space. */
const SPACES = [..."\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];
const NOT_SPACES = [..."\u0085\u180e\u200b\u00ad\u0000\u001f\u007f"];

describe("isBlank", () => {
  test("on any text, the same as trim() === ''", () => {
    const char = fc.oneof(
      fc.constantFrom(...SPACES, ...NOT_SPACES),
      fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 6 }), (chars) => {
        const text = chars.join("");
        expect(isBlank(text)).toBe(text.trim() === "");
      }),
      { numRuns: 3000 },
    );
    for (const c of [...SPACES, ...NOT_SPACES]) expect(isBlank(`${c}x`)).toBe(`${c}x`.trim() === "");
  });

  test("null, undefined and '' are blank; a Date, a number, false are not", () => {
    expect([null, undefined, "", " \u00a0 "].map(isBlank)).toEqual([true, true, true, true]);
    expect([new Date(0), 0, false, "0", "А"].map(isBlank)).toEqual([false, false, false, false, false]);
  });
});
