// The summaries and the class view's figures of the synthetic S and M schools, pinned byte for byte: the fast paths of
// participation.ts and summaries.ts (grouping by class and code once, each event's dates compared once) must give
// exactly what the straightforward version gave. The hashes were taken from that version (before the rewrite).

import { createHash } from "node:crypto";
import { buildDemoSchool, DEMO_SEED } from "../../src/domain/demo";
import { allClassNames, eventsOfClass, participationSummary } from "../../src/domain/participation";
import { KLIMOV_ID, READINESS_ID } from "../../src/domain/questionnaires-ready";
import type { Pupil } from "../../src/domain/records";
import {
  type ExamDecision,
  KLIMOV_SCALES,
  type QuestionnaireResult,
  type SummariesInput,
  summaries,
} from "../../src/domain/summaries";
import { identityKey } from "../../src/tables/normalize";
import { buildSyntheticSchool, SIZES } from "../fixtures/synthetic-school";

const YEAR = "2026/2027";

/** Interest and readiness results of two pupils in three (a tie now and then, a code of nobody, a blank scale set). */
function resultsOf(pupils: readonly Pupil[]): QuestionnaireResult[] {
  const out: QuestionnaireResult[] = [];
  pupils.forEach((p, i) => {
    if (i % 3 === 2) return;
    const scores = KLIMOV_SCALES.map((scale, k) => ({ scale, score: (i * (k + 3)) % 7 }));
    const top = Math.max(...scores.map((s) => s.score));
    out.push({
      questionnaireId: KLIMOV_ID,
      code: i % 50 === 0 ? p.code.toLowerCase() : p.code,
      className: p.className,
      scores,
      dominant: top === 0 ? [] : scores.filter((s) => s.score === top).map((s) => s.scale),
    });
    if (i % 4 === 0)
      out.push({
        questionnaireId: READINESS_ID,
        code: p.code,
        className: p.className,
        scores: [{ scale: "Г", score: i % 11 }],
        dominant: i % 11 === 0 ? [] : ["Г"],
      });
  });
  out.push({ questionnaireId: KLIMOV_ID, code: "НЕТ-001", className: "12Я", scores: [], dominant: [] });
  return out;
}

function examsOf(pupils: readonly Pupil[]): ExamDecision[] {
  return pupils
    .filter((p, i) => /^(9|11)/.test(p.className) && i % 5 !== 0)
    .map((p, i) => ({ code: p.code, decided: i % 3 !== 0 }));
}

function schoolOf(size: keyof typeof SIZES): Omit<SummariesInput, "today"> {
  const demo = buildDemoSchool({ year: YEAR, seed: DEMO_SEED });
  const { records } = buildSyntheticSchool(SIZES[size], DEMO_SEED, YEAR);
  // A pupil only Ученики names a class of (not in Классы), a mark typed twice, a mark of an unknown event.
  const pupils = [...records.pupils, { code: "Х-001", className: "12Я", active: true }];
  const marks = records.participation.map((record, i) => ({ row: i + 2, record }));
  marks.push({ row: marks.length + 2, record: { ...marks[0]!.record, mark: "absent" } });
  marks.push({ row: marks.length + 2, record: { ...marks[1]!.record, eventId: "М-9999" } });
  return {
    settings: demo.settings,
    classes: records.classes,
    pupils,
    events: records.events,
    participation: marks,
    trials: records.trials,
    projects: records.projects,
    consultations: records.consultations,
    idKey: identityKey,
    bands: demo.bands,
    subjects: demo.subjects,
    professions: records.professions,
    plan: records.plan.map((record, i) => ({ row: i + 2, record })),
    equipment: records.equipment.map((record, i) => ({ row: i + 2, record })),
    resources: demo.resources,
    trainings: records.trainings,
    questionnaires: demo.questionnaires,
    scales: demo.scales,
    results: resultsOf(pupils),
    examChoices: examsOf(pupils),
  };
}

const built = new Map<string, Omit<SummariesInput, "today">>();
function inputOf(size: keyof typeof SIZES, today: string): SummariesInput {
  let school = built.get(size);
  if (!school) {
    school = schoolOf(size);
    built.set(size, school);
  }
  return { ...school, today };
}

const sha = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

/** Before the year, inside a quarter, in the holidays, after the year. */
const DAYS = ["2026-08-20", "2026-11-16", "2027-01-03", "2027-06-15"];

/** sha256 (16 hex digits) of summaries(), and of every class's eventsOfClass, per day; from the code before the rewrite. */
const GOLDEN: Record<string, { summaries: string[]; classEvents: string }> = {
  S: {
    summaries: ["8a793457c6f19602", "f8030be87bbd423d", "08092f0606894e3d", "a8430540599839c1"],
    classEvents: "4655b33e1bf004e9",
  },
  M: {
    summaries: ["3afcbd3c8d9d2fe8", "2e4f4ff258838089", "3f0d614c3b52ddec", "f5caefe3e7feab08"],
    classEvents: "2838eab033cf007a",
  },
};

describe.each(["S", "M"] as const)(
  "the synthetic %s school's figures are those of the straightforward version",
  (size) => {
    test.each(DAYS.map((d, i) => [d, i]))("summaries on %s", (today, i) => {
      const input = inputOf(size, today);
      const s = summaries(input);
      expect(sha(participationSummary(input))).toBe(sha(s.participation));
      expect(sha(s)).toBe(GOLDEN[size]!.summaries[i as number]);
    });

    test("a class's figures computed from its pupils alone are those of the whole school (the class view's shortcut)", () => {
      const input = inputOf(size, DAYS[1]!);
      const whole = participationSummary(input);
      for (const c of whole.classes.filter((_, i) => i % 7 === 0)) {
        const alone = participationSummary({
          ...input,
          classes: input.classes.filter((x) => x.className === c.className),
          pupils: input.pupils.filter((p) => p.className === c.className),
        });
        expect(alone.classes).toEqual([c]);
        expect(alone.pupils).toEqual(whole.pupils.filter((p) => p.className === c.className));
      }
    });

    test("eventsOfClass of every class", () => {
      const input = inputOf(size, DAYS[1]!);
      const names = allClassNames(input.classes, input.pupils);
      expect(sha(names.map((c) => eventsOfClass(input.events, c).map((e) => e.id)))).toBe(
        GOLDEN[size]!.classEvents,
      );
    });
  },
);
