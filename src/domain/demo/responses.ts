// The demo school's answers to the ready questionnaires, as rows of «Ответы — <Id>»: plausible, deterministic.

import { parseOptions } from "../questionnaires";
import { READINESS_EXAM_QUESTIONS, type ReadyInstrument, readyInstruments } from "../questionnaires-ready";
import type { Pupil } from "../records";
import { streamFor } from "./random";

/** One response: when (a local date-time in the school's zone, "2026-10-14T10:25"), who, and answers by title. */
export interface DemoResponse {
  when: string;
  className: string;
  code: string;
  answers: Record<string, string | number | string[]>;
}

/** The responses to each ready instrument, by questionnaire Id. */
export type DemoResponses = Record<string, DemoResponse[]>;

const gradeOf = (className: string) => Number.parseInt(className, 10);

/**
 * About two thirds of each instrument's pupils answer, in October and November of the first school year's autumn;
 * each pupil leans to one or two of Klimov's types (so the results differ by class), readiness grows with the grade,
 * a tenth of the pupils answer twice (the latest counts).
 */
export function buildDemoResponses(seed: number, firstYear: number, pupils: readonly Pupil[]): DemoResponses {
  const out: DemoResponses = {};
  const rng = streamFor(seed, "responses");
  const when = (day: number, minute: number) => {
    const d = new Date(Date.UTC(firstYear, 9, 1 + day));
    const date = d.toISOString().slice(0, 10);
    return `${date}T${String(9 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  };
  for (const ready of readyInstruments()) {
    const grades = ready.questionnaire.classes.grades;
    const who = pupils.filter(
      (p) => p.active && (ready.questionnaire.classes.all || grades.includes(gradeOf(p.className))),
    );
    const list: DemoResponse[] = [];
    for (const p of who) {
      if (!rng.chance(ready.questionnaire.id === "ОТЗЫВ" ? 0.25 : 0.68)) continue;
      const times = rng.chance(0.1) ? 2 : 1;
      for (let t = 0; t < times; t++) {
        list.push({
          when: when(rng.int(0, 50) + t * 3, rng.int(0, 300)),
          className: p.className,
          code: p.code,
          answers: answersFor(ready, p, rng),
        });
      }
    }
    list.sort((a, b) => a.when.localeCompare(b.when));
    out[ready.questionnaire.id] = list;
  }
  return out;
}

function answersFor(
  ready: ReadyInstrument,
  p: Pupil,
  rng: ReturnType<typeof streamFor>,
): DemoResponse["answers"] {
  const answers: DemoResponse["answers"] = {};
  const lean = rng.sample(["П", "Т", "Ч", "З", "Х"], 2);
  const level = Math.min(5, Math.max(1, gradeOf(p.className) - 7 + rng.int(-1, 2)));
  for (const q of ready.questions) {
    const parsed = parseOptions(q.type, q.options);
    if (!parsed.ok) continue;
    const o = parsed.value;
    if (o.kind === "scale") {
      if (!q.required && rng.chance(0.1)) continue;
      const base = q.text === READINESS_EXAM_QUESTIONS.certainty ? level : level + rng.int(-1, 1);
      const value = Math.min(o.high, Math.max(o.low, o.reversed ? o.low + o.high - base : base));
      answers[q.text] = value;
    } else if (o.kind === "text") {
      if (q.required)
        answers[q.text] = ready.questionnaire.id === "РОДИТЕЛИ" ? rng.pick(PARENT_JOBS) : rng.pick(EVENTS);
    } else if (q.type === "multiple") {
      const picked = rng.sample(o.options, rng.int(1, 3)).map((x) => x.text);
      if (picked.length > 0) answers[q.text] = o.options.map((x) => x.text).filter((t) => picked.includes(t));
    } else {
      // A leaning pupil picks the option of their type three times out of four.
      const preferred = o.options.find((x) => x.key && lean.includes(x.key.scale));
      answers[q.text] = (preferred && rng.chance(0.75) ? preferred : rng.pick(o.options)).text;
    }
  }
  return answers;
}

const EVENTS = ["Экскурсия на агрофирму «Рассвет»", "Мастер-класс в колледже", "День открытых дверей СибГУ"];
const PARENT_JOBS = [
  "агроном",
  "водитель",
  "медсестра",
  "бухгалтер",
  "учитель",
  "сварщик",
  "продавец",
  "инженер",
];
