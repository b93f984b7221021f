// The ready instruments: valid as data, Klimov's pairs balanced, bands covering every possible score.

import { buildInstrument, scoreResponse } from "../../src/domain/questionnaires";
import { KLIMOV_ID, readyInstrument, readyInstruments } from "../../src/domain/questionnaires-ready";
import { normalizeKey } from "../../src/domain/text";

describe("ready instruments", () => {
  it.each(readyInstruments().map((r) => [r.questionnaire.id, r] as const))(
    "%s builds with no issues",
    (_id, r) => {
      const { issues, instrument } = buildInstrument(r.questionnaire, r.questions, r.scales);
      expect(issues).toEqual([]);
      expect(instrument.questions).toHaveLength(r.questions.length);
      // A form maps answers by question title: titles are unique.
      expect(new Set(r.questions.map((q) => normalizeKey(q.text))).size).toBe(r.questions.length);
    },
  );

  it("Klimov: 20 pairs, each type 8 times, no activity twice, no pair of types twice in a row", () => {
    const r = readyInstrument(KLIMOV_ID)!;
    const { instrument } = buildInstrument(r.questionnaire, r.questions, r.scales);
    expect(instrument.questions).toHaveLength(20);
    const count = new Map<string, number>();
    const texts = new Set<string>();
    let previous = "";
    for (const q of instrument.questions) {
      if (q.options.kind !== "choice") throw new Error("a pair");
      expect(q.type).toBe("pair");
      const types = q.options.options.map((o) => o.key!.scale);
      expect(new Set(types).size).toBe(2);
      const pairKey = [...types].sort().join();
      expect(pairKey).not.toBe(previous);
      previous = pairKey;
      for (const o of q.options.options) {
        count.set(o.key!.scale, (count.get(o.key!.scale) ?? 0) + 1);
        texts.add(o.text);
      }
    }
    expect([...count.values()]).toEqual([8, 8, 8, 8, 8]);
    expect(texts.size).toBe(40);
  });

  it("Klimov's bands cover 0–8 of every type: 0–2, 3–6, 7–8", () => {
    const r = readyInstrument(KLIMOV_ID)!;
    const { instrument } = buildInstrument(r.questionnaire, r.questions, r.scales);
    for (const s of instrument.scales)
      expect(s.bands.map((b) => [b.from, b.to])).toEqual([
        [0, 2],
        [3, 6],
        [7, 8],
      ]);
    // Always the first option: every score falls in a band, and the sum is 20.
    const answers = new Map(
      instrument.questions.map((q) => [
        q.number,
        q.options.kind === "choice" ? q.options.options[0].text : "",
      ]),
    );
    const result = scoreResponse(instrument, answers);
    expect(result.scores.reduce((s, x) => s + x.score, 0)).toBe(20);
    expect(result.scores.every((s) => s.band !== undefined)).toBe(true);
  });

  it("every band of the readiness scales is reachable and covers 3–15", () => {
    const r = readyInstrument("готовность")!;
    const { instrument } = buildInstrument(r.questionnaire, r.questions, r.scales);
    for (const s of instrument.scales) {
      const covered = s.bands.flatMap((b) => Array.from({ length: b.to - b.from + 1 }, (_, i) => b.from + i));
      expect(covered).toEqual(Array.from({ length: 13 }, (_, i) => i + 3));
    }
  });
});
