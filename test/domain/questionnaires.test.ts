// Questionnaires as data: the option syntax, an instrument checked against its scales, and scoring (with properties).

import fc from "fast-check";
import {
  type Answer,
  buildInstrument,
  formatOptions,
  type Instrument,
  parseOptions,
  scoreResponse,
  splitCheckboxAnswer,
} from "../../src/domain/questionnaires";
import type { Question, Questionnaire, ScaleBand } from "../../src/domain/records";

const Q: Questionnaire = {
  id: "T",
  title: "Тест",
  classes: { all: true, classes: [], grades: [] },
  identification: "codeList",
};
const question = (
  number: number,
  type: Question["type"],
  options?: string,
  extra: Partial<Question> = {},
): Question => ({
  questionnaireId: "T",
  number,
  text: `Вопрос ${number}`,
  type,
  options,
  required: false,
  ...extra,
});
const band = (
  scale: string,
  from: number,
  to: number,
  interpretation = `${scale} ${from}–${to}`,
): ScaleBand => ({
  questionnaireId: "T",
  scale,
  from,
  to,
  interpretation,
});

describe("parseOptions", () => {
  it("reads choices with scale keys and weights; a key is optional, the weight defaults to 1", () => {
    expect(parseOptions("single", "Да = А | Нет = Б:-0,5 | Не знаю")).toEqual({
      ok: true,
      value: {
        kind: "choice",
        options: [
          { text: "Да", key: { scale: "А", weight: 1 } },
          { text: "Нет", key: { scale: "Б", weight: -0.5 } },
          { text: "Не знаю" },
        ],
      },
    });
  });

  it("a pair has exactly two options", () => {
    expect(parseOptions("pair", "a = П | b = Т").ok).toBe(true);
    expect(parseOptions("pair", "a = П")).toEqual({ ok: false, issues: [{ code: "pairNeedsTwo" }] });
    expect(parseOptions("pair", "a = П | b = Т | c = Ч")).toEqual({
      ok: false,
      issues: [{ code: "pairNeedsTwo" }],
    });
  });

  it("reports what is wrong, part by part", () => {
    const codes = (type: Question["type"], raw: string | undefined) => {
      const r = parseOptions(type, raw);
      return r.ok ? [] : r.issues.map((i) => i.code);
    };
    expect(codes("single", "")).toEqual(["noOptions"]);
    expect(codes("single", "a = П | | b")).toEqual(["emptyOption"]);
    expect(codes("single", "Да = А | да = Б")).toEqual(["duplicateOption"]);
    expect(codes("single", "a = П:много")).toEqual(["badWeight"]);
    expect(codes("multiple", "a = ")).toEqual(["emptyScale"]);
    expect(codes("scale", "1-20 = X")).toEqual(["badRange"]);
    expect(codes("scale", "2-5")).toEqual(["badRange"]);
    expect(codes("scale", "от 1 до 5")).toEqual(["badRange"]);
    expect(codes("text", "что-то")).toEqual(["textHasOptions"]);
    expect(codes("text", undefined)).toEqual([]);
  });

  it("a scale: bounds as Google allows, a key with weight, reversed when written high to low", () => {
    expect(parseOptions("scale", "1-5 = ГОТОВНОСТЬ")).toEqual({
      ok: true,
      value: { kind: "scale", low: 1, high: 5, reversed: false, key: { scale: "ГОТОВНОСТЬ", weight: 1 } },
    });
    expect(parseOptions("scale", "5–1 = Г:2")).toEqual({
      ok: true,
      value: { kind: "scale", low: 1, high: 5, reversed: true, key: { scale: "Г", weight: 2 } },
    });
    expect(parseOptions("scale", "0-10")).toEqual({
      ok: true,
      value: { kind: "scale", low: 0, high: 10, reversed: false },
    });
  });

  it("formatOptions writes what parseOptions reads back", () => {
    const text = fc.stringMatching(/^[А-Яа-я][А-Яа-я ]{0,10}[А-Яа-я]$/);
    const key = fc.option(
      fc.record({
        scale: fc.constantFrom("П", "Т", "Ч", "ГОТОВНОСТЬ"),
        weight: fc.integer({ min: -3, max: 5 }),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ text, key }), {
          minLength: 1,
          maxLength: 6,
          selector: (o) => o.text.toLowerCase(),
        }),
        (options) => {
          const value = {
            kind: "choice" as const,
            options: options.map((o) => (o.key ? o : { text: o.text })),
          };
          expect(parseOptions("multiple", formatOptions(value))).toEqual({ ok: true, value });
        },
      ),
    );
  });
});

describe("buildInstrument", () => {
  it("orders questions by №, skips other questionnaires' rows, groups bands per scale", () => {
    const { instrument, issues } = buildInstrument(
      Q,
      [
        question(2, "pair", "x = П | y = Т"),
        question(1, "scale", "1-5 = П"),
        { ...question(1, "text"), questionnaireId: "ДРУГАЯ" },
      ],
      [band("П", 3, 5), band("П", 0, 2), band("Т", 0, 9), { ...band("Z", 0, 1), questionnaireId: "ДРУГАЯ" }],
    );
    expect(issues).toEqual([]);
    expect(instrument.questions.map((q) => q.number)).toEqual([1, 2]);
    expect(instrument.scales.map((s) => [s.key, s.bands.map((b) => b.from)])).toEqual([
      ["П", [0, 3]],
      ["Т", [0]],
    ]);
  });

  it("reports unknown scales, bad options, duplicate numbers and bad bands; the good questions stay", () => {
    const { instrument, issues } = buildInstrument(
      Q,
      [question(1, "single", "a = П | b = НЕТ"), question(2, "pair", "a = П"), question(1, "text")],
      [band("П", 0, 3), band("П", 3, 5), band("П", 7, 6)],
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: "unknownScale", question: 1, scale: "НЕТ" },
        { code: "pairNeedsTwo", question: 2 },
        { code: "duplicateNumber", question: 1 },
        { code: "bandReversed", scale: "П", from: 7, to: 6 },
        { code: "bandsOverlap", scale: "П", from: 3, to: 5 },
      ]),
    );
    expect(instrument.questions.map((q) => q.number)).toEqual([1]);
    expect(buildInstrument(Q, [], []).issues).toEqual([{ code: "noQuestions" }]);
  });
});

describe("scoreResponse", () => {
  const { instrument } = buildInstrument(
    Q,
    [
      question(1, "pair", "Растить = П | Чинить = Т"),
      question(2, "pair", "Лечить = Ч | Строить = Т"),
      question(3, "multiple", "Природа = П | Машины = Т:2 | Люди = Ч"),
      question(4, "scale", "5-1 = Ч"),
      question(5, "text"),
      question(6, "single", "Да | Нет"),
    ],
    [band("П", 0, 1, "мало"), band("П", 2, 9, "много"), band("Т", 0, 9, "т"), band("Ч", 0, 9, "ч")],
  );
  const score = (entries: [number, Answer][]) => scoreResponse(instrument, new Map(entries));

  it("sums weights per scale, reverses a reversed scale, finds the band and the dominant scale", () => {
    const r = score([
      [1, "Чинить"],
      [2, "строить"],
      [3, ["Природа", "Машины"]],
      [4, 4],
      [5, "люблю технику"],
      [6, "Да"],
    ]);
    expect(r.scores).toEqual([
      { scale: "П", score: 1, band: { from: 0, to: 1, interpretation: "мало" } },
      { scale: "Т", score: 4, band: { from: 0, to: 9, interpretation: "т" } },
      { scale: "Ч", score: 2, band: { from: 0, to: 9, interpretation: "ч" } },
    ]);
    expect(r.dominant).toEqual(["Т"]);
    expect(r.unanswered).toBe(0);
    expect(r.unmatched).toEqual([]);
  });

  it("reports ties, counts unanswered items and answers that match no option", () => {
    const r = score([
      [1, "Растить"],
      [2, "Лечить"],
      [4, "7"],
      [6, "Может быть"],
    ]);
    expect(r.dominant).toEqual(["П", "Ч"]);
    expect(r.unanswered).toBe(2);
    expect(r.unmatched).toEqual([4, 6]);
  });

  it("an empty response has no dominant scale and every item unanswered", () => {
    const r = score([]);
    expect(r.dominant).toEqual([]);
    expect(r.unanswered).toBe(6);
    expect(r.scores.every((s) => s.score === 0)).toBe(true);
  });
});

describe("scoring properties", () => {
  const SCALES = ["П", "Т", "Ч", "З", "Х"];
  // A random instrument of choice questions with integer weights, and a random full response to it.
  const arbitraryInstrument = fc
    .array(
      fc.record({
        type: fc.constantFrom("pair" as const, "single" as const, "multiple" as const),
        weights: fc.array(
          fc.record({ scale: fc.constantFrom(...SCALES), weight: fc.integer({ min: -2, max: 4 }) }),
          {
            minLength: 2,
            maxLength: 4,
          },
        ),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((qs) => {
      const questions = qs.map((q, i) => {
        const weights = q.type === "pair" ? q.weights.slice(0, 2) : q.weights;
        return question(
          i + 1,
          q.type,
          weights.map((w, j) => `Вариант ${j + 1} = ${w.scale}:${w.weight}`).join(" | "),
        );
      });
      return buildInstrument(
        Q,
        questions,
        SCALES.map((s) => band(s, -100, 100)),
      ).instrument;
    });
  const withResponse = arbitraryInstrument.chain((instrument) =>
    fc.tuple(
      fc.constant(instrument),
      fc.tuple(
        ...instrument.questions.map((q) => {
          const n = q.options.kind === "choice" ? q.options.options.length : 1;
          return q.type === "multiple"
            ? fc.subarray([...Array(n).keys()], { minLength: 1 })
            : fc.integer({ min: 0, max: n - 1 }).map((i) => [i]);
        }),
      ),
    ),
  );
  const answersOf = (instrument: Instrument, picks: number[][]): [number, Answer][] =>
    instrument.questions.map((q, i) => {
      const texts =
        q.options.kind === "choice"
          ? picks[i].map((j) => (q.options as { options: { text: string }[] }).options[j].text)
          : [];
      return [q.number, q.type === "multiple" ? texts : texts[0]];
    });

  it("the order of the answers does not matter", () => {
    fc.assert(
      fc.property(withResponse, fc.integer(), ([instrument, picks], seed) => {
        const entries = answersOf(instrument, picks);
        const shuffled = [...entries].sort(
          (a, b) => ((a[0] * 7919 + seed) % 13) - ((b[0] * 7919 + seed) % 13),
        );
        expect(scoreResponse(instrument, new Map(shuffled))).toEqual(
          scoreResponse(instrument, new Map(entries)),
        );
      }),
    );
  });

  it("a full sheet's total is the sum of the chosen options' weights, and nothing is unanswered", () => {
    fc.assert(
      fc.property(withResponse, ([instrument, picks]) => {
        const r = scoreResponse(instrument, new Map(answersOf(instrument, picks)));
        let expected = 0;
        instrument.questions.forEach((q, i) => {
          if (q.options.kind !== "choice") return;
          for (const j of picks[i]) expected += q.options.options[j].key?.weight ?? 0;
        });
        expect(r.scores.reduce((s, x) => s + x.score, 0)).toBe(expected);
        expect(r.unanswered).toBe(0);
        expect(r.unmatched).toEqual([]);
      }),
    );
  });

  it("the dominant scales are exactly those with the highest positive score", () => {
    fc.assert(
      fc.property(withResponse, ([instrument, picks]) => {
        const r = scoreResponse(instrument, new Map(answersOf(instrument, picks)));
        const best = Math.max(...r.scores.map((s) => s.score));
        expect(r.dominant).toEqual(
          best > 0 ? r.scores.filter((s) => s.score === best).map((s) => s.scale) : [],
        );
      }),
    );
  });
});

describe("splitCheckboxAnswer", () => {
  const options = [{ text: "Физика" }, { text: "История, обществознание" }, { text: "История" }];
  it("finds options whose text holds a comma, keeps an unknown part", () => {
    expect(splitCheckboxAnswer(options, "Физика, История, обществознание")).toEqual([
      "Физика",
      "История, обществознание",
    ]);
    expect(splitCheckboxAnswer(options, "История, Химия")).toEqual(["История", "Химия"]);
    expect(splitCheckboxAnswer(options, "")).toEqual([]);
  });
});
