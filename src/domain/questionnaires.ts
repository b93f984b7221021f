// Questionnaires as data: the option syntax of Вопросы, an instrument checked against its Шкалы, and the scoring of
// one response (weighted sums per scale, the dominant scale(s) with ties, the band and its interpretation).

import type { QUESTION_TYPES, Question, Questionnaire, ScaleBand } from "./records";
import { normalizeKey } from "./text";

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** One scale key of an option: the points it adds to a scale. */
export interface OptionKey {
  scale: string;
  weight: number;
}

/** One option of a choice question: its text as pupils see it, and the scale it counts for (none: unscored). */
export interface ChoiceOption {
  text: string;
  key?: OptionKey;
}

/** A question's options as parsed from «Варианты». */
export type ParsedOptions =
  | { kind: "choice"; options: ChoiceOption[] }
  /** A linear scale from `low` to `high`; `reversed` («5-1 = X») scores low + high − answer. */
  | { kind: "scale"; low: number; high: number; reversed: boolean; key?: OptionKey }
  | { kind: "text" };

/** Why a «Варианты» cell (or an instrument) cannot be used; the message text is i18n's. */
export type OptionIssueCode =
  | "noOptions"
  | "pairNeedsTwo"
  | "emptyOption"
  | "duplicateOption"
  | "badWeight"
  | "emptyScale"
  | "badRange"
  | "textHasOptions";

export interface OptionIssue {
  code: OptionIssueCode;
  /** The option's text (or the raw part) the issue is about, when there is one. */
  part?: string;
}

/** Google Forms' linear scale: the lower bound 0 or 1, the upper 2 to 10. */
export const SCALE_LOW = [0, 1] as const;
export const SCALE_HIGH_MAX = 10;

const RANGE = /^\s*(\d{1,2})\s*[-–—]\s*(\d{1,2})\s*$/;
const WEIGHT = /^[+-]?\d+(?:[.,]\d+)?$/;

/** The scale key of «SCALE» or «SCALE:weight» (weight 1 when omitted), or an issue. */
function parseKey(raw: string): { key?: OptionKey; issue?: OptionIssueCode } {
  const colon = raw.lastIndexOf(":");
  const scale = (colon < 0 ? raw : raw.slice(0, colon)).trim();
  const weightText = colon < 0 ? "" : raw.slice(colon + 1).trim();
  if (scale === "") return { issue: "emptyScale" };
  if (colon < 0) return { key: { scale, weight: 1 } };
  if (!WEIGHT.test(weightText)) return { issue: "badWeight" };
  return { key: { scale, weight: Number(weightText.replace(",", ".")) } };
}

/**
 * Parses «Варианты» of a question of `type`:
 * - пара / один / несколько: options separated by `|`, each `text`, `text = SCALE` or `text = SCALE:weight` (the last
 *   `=` splits; a weight may be negative or a decimal with a comma); a pair has exactly two; texts are unique by
 *   normalizeKey;
 * - шкала: `от-до` or `от-до = SCALE[:weight]` with Google's bounds (0 or 1 to 2…10); `5-1` scores in reverse;
 * - текст: no options.
 */
export function parseOptions(
  type: QuestionType,
  raw: string | undefined,
): { ok: true; value: ParsedOptions } | { ok: false; issues: OptionIssue[] } {
  const text = (raw ?? "").trim();
  if (type === "text") {
    return text === ""
      ? { ok: true, value: { kind: "text" } }
      : { ok: false, issues: [{ code: "textHasOptions" }] };
  }
  if (text === "") return { ok: false, issues: [{ code: "noOptions" }] };
  if (type === "scale") return parseScale(text);
  const issues: OptionIssue[] = [];
  const options: ChoiceOption[] = [];
  const seen = new Set<string>();
  for (const part of text.split("|")) {
    const eq = part.lastIndexOf("=");
    const optionText = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (optionText === "") {
      issues.push({ code: "emptyOption", part: part.trim() });
      continue;
    }
    const norm = normalizeKey(optionText);
    if (seen.has(norm)) issues.push({ code: "duplicateOption", part: optionText });
    seen.add(norm);
    if (eq < 0) {
      options.push({ text: optionText });
      continue;
    }
    const { key, issue } = parseKey(part.slice(eq + 1));
    if (issue) issues.push({ code: issue, part: part.trim() });
    else options.push({ text: optionText, key });
  }
  if (type === "pair" && text.split("|").length !== 2) issues.push({ code: "pairNeedsTwo" });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { kind: "choice", options } };
}

function parseScale(text: string): { ok: true; value: ParsedOptions } | { ok: false; issues: OptionIssue[] } {
  const eq = text.indexOf("=");
  const rangeText = eq < 0 ? text : text.slice(0, eq);
  const m = RANGE.exec(rangeText);
  if (!m) return { ok: false, issues: [{ code: "badRange", part: rangeText.trim() }] };
  const a = Number(m[1]);
  const b = Number(m[2]);
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  if (!(SCALE_LOW as readonly number[]).includes(low) || high < 2 || high > SCALE_HIGH_MAX)
    return { ok: false, issues: [{ code: "badRange", part: rangeText.trim() }] };
  if (eq < 0) return { ok: true, value: { kind: "scale", low, high, reversed: a > b } };
  const { key, issue } = parseKey(text.slice(eq + 1));
  if (issue) return { ok: false, issues: [{ code: issue, part: text }] };
  return { ok: true, value: { kind: "scale", low, high, reversed: a > b, key } };
}

/** The «Варианты» text of parsed options (parseOptions(type, formatOptions(p)) gives p back). */
export function formatOptions(options: ParsedOptions): string {
  const key = (k: OptionKey | undefined) => (k ? ` = ${k.scale}${k.weight === 1 ? "" : `:${k.weight}`}` : "");
  if (options.kind === "text") return "";
  if (options.kind === "scale") {
    const [a, b] = options.reversed ? [options.high, options.low] : [options.low, options.high];
    return `${a}-${b}${key(options.key)}`;
  }
  return options.options.map((o) => `${o.text}${key(o.key)}`).join(" | ");
}

/** A question ready for a form and for scoring. */
export interface InstrumentQuestion {
  number: number;
  text: string;
  type: QuestionType;
  required: boolean;
  options: ParsedOptions;
}

/** A scale of an instrument: its key as in the options, its name, and its bands in order of `from`. */
export interface InstrumentScale {
  key: string;
  name?: string;
  bands: { from: number; to: number; interpretation: string }[];
}

export interface Instrument {
  questionnaire: Questionnaire;
  questions: InstrumentQuestion[];
  scales: InstrumentScale[];
}

/** A problem of an instrument as typed into Анкеты / Вопросы / Шкалы. */
export type InstrumentIssue =
  | { code: OptionIssueCode; question: number; part?: string }
  | { code: "noQuestions" }
  | { code: "duplicateNumber"; question: number }
  /** Two questions with the same text: a form's answers are found by question title. */
  | { code: "duplicateText"; question: number }
  /** An option counts for a scale that Шкалы does not name for this questionnaire. */
  | { code: "unknownScale"; question: number; scale: string }
  | { code: "bandReversed"; scale: string; from: number; to: number }
  | { code: "bandsOverlap"; scale: string; from: number; to: number };

/**
 * The instrument of a questionnaire from the rows of Вопросы and Шкалы (any questionnaire's rows; those of others are
 * skipped, ids compared by normalizeKey). Questions are ordered by №; a question whose options do not parse is left
 * out and reported, so that the rest can still be scored; the issues say what to fix.
 */
export function buildInstrument(
  questionnaire: Questionnaire,
  questions: readonly Question[],
  bands: readonly ScaleBand[],
): { instrument: Instrument; issues: InstrumentIssue[] } {
  const id = normalizeKey(questionnaire.id);
  const issues: InstrumentIssue[] = [];
  const scales: InstrumentScale[] = [];
  const scaleByKey = new Map<string, InstrumentScale>();
  for (const b of bands) {
    if (normalizeKey(b.questionnaireId) !== id) continue;
    const k = normalizeKey(b.scale);
    let scale = scaleByKey.get(k);
    if (!scale) {
      scale = { key: b.scale.trim(), name: b.name, bands: [] };
      scaleByKey.set(k, scale);
      scales.push(scale);
    }
    if (scale.name === undefined && b.name) scale.name = b.name;
    if (b.from > b.to) issues.push({ code: "bandReversed", scale: scale.key, from: b.from, to: b.to });
    else scale.bands.push({ from: b.from, to: b.to, interpretation: b.interpretation });
  }
  for (const scale of scales) {
    scale.bands.sort((a, b) => a.from - b.from);
    for (let i = 1; i < scale.bands.length; i++) {
      const band = scale.bands[i];
      if (band.from <= scale.bands[i - 1].to)
        issues.push({ code: "bandsOverlap", scale: scale.key, from: band.from, to: band.to });
    }
  }
  const own = questions
    .filter((q) => normalizeKey(q.questionnaireId) === id)
    .sort((a, b) => a.number - b.number);
  if (own.length === 0) issues.push({ code: "noQuestions" });
  const parsed: InstrumentQuestion[] = [];
  const numbers = new Set<number>();
  const texts = new Set<string>();
  for (const q of own) {
    if (numbers.has(q.number)) {
      issues.push({ code: "duplicateNumber", question: q.number });
      continue;
    }
    numbers.add(q.number);
    const textKey = normalizeKey(q.text);
    if (texts.has(textKey)) issues.push({ code: "duplicateText", question: q.number });
    texts.add(textKey);
    const result = parseOptions(q.type, q.options);
    if (!result.ok) {
      for (const issue of result.issues) issues.push({ ...issue, question: q.number });
      continue;
    }
    for (const key of keysOf(result.value)) {
      if (!scaleByKey.has(normalizeKey(key.scale)))
        issues.push({ code: "unknownScale", question: q.number, scale: key.scale });
    }
    parsed.push({
      number: q.number,
      text: q.text.trim(),
      type: q.type,
      required: q.required,
      options: result.value,
    });
  }
  return { instrument: { questionnaire, questions: parsed, scales }, issues };
}

function keysOf(options: ParsedOptions): OptionKey[] {
  if (options.kind === "choice") return options.options.flatMap((o) => (o.key ? [o.key] : []));
  if (options.kind === "scale" && options.key) return [options.key];
  return [];
}

/** An answer as a form gives it: a choice's text, the texts of checkboxes, a scale's number, free text. */
export type Answer = string | number | readonly string[];

/** One scale's result: its points, and the band they fall in (none when no band covers them). */
export interface ScaleScore {
  scale: string;
  name?: string;
  score: number;
  band?: { from: number; to: number; interpretation: string };
}

export interface ScoredResponse {
  /** Every scale of the instrument, in the order of Шкалы (then scales only options name). */
  scores: ScaleScore[];
  /** The scale(s) with the highest positive score, in scale order: more than one is a tie. */
  dominant: string[];
  /** Questions with no answer (blank text, no choice, no number). */
  unanswered: number;
  /** Numbers of questions whose answer is none of their options (or not a number of the scale). */
  unmatched: number[];
}

/**
 * Scores one response: `answers` maps a question's № to its answer. A choice adds its option's weight to its scale
 * (checkboxes add each chosen one's), a scale adds answer × weight (reversed: low + high − answer); texts compare by
 * normalizeKey. Pure: the order of the answers does not matter.
 */
export function scoreResponse(instrument: Instrument, answers: ReadonlyMap<number, Answer>): ScoredResponse {
  const totals = new Map<string, ScaleScore>();
  for (const s of instrument.scales)
    totals.set(normalizeKey(s.key), { scale: s.key, name: s.name, score: 0 });
  const add = (key: OptionKey, points: number) => {
    const k = normalizeKey(key.scale);
    let t = totals.get(k);
    if (!t) {
      t = { scale: key.scale, score: 0 };
      totals.set(k, t);
    }
    t.score = roundPoints(t.score + points);
  };
  let unanswered = 0;
  const unmatched: number[] = [];
  for (const q of instrument.questions) {
    const answer = answers.get(q.number);
    if (isUnanswered(answer)) {
      unanswered++;
      continue;
    }
    const opts = q.options;
    if (opts.kind === "text") continue;
    if (opts.kind === "scale") {
      const value = typeof answer === "number" ? answer : Number(String(answer).trim().replace(",", "."));
      if (!Number.isInteger(value) || value < opts.low || value > opts.high) {
        unmatched.push(q.number);
        continue;
      }
      if (opts.key) add(opts.key, (opts.reversed ? opts.low + opts.high - value : value) * opts.key.weight);
      continue;
    }
    const chosen = typeof answer === "string" || typeof answer === "number" ? [String(answer)] : [...answer!];
    const picked = chosen.filter((c) => c.trim() !== "");
    let miss = false;
    for (const c of q.type === "multiple" ? picked : picked.slice(0, 1)) {
      const option = findOption(opts.options, c);
      if (!option) miss = true;
      else if (option.key) add(option.key, option.key.weight);
    }
    if (miss) unmatched.push(q.number);
  }
  const scores = [...totals.values()].map((t) => {
    const scale = instrument.scales.find((s) => normalizeKey(s.key) === normalizeKey(t.scale));
    const band = scale?.bands.find((b) => t.score >= b.from && t.score <= b.to);
    return band ? { ...t, band } : t;
  });
  const best = Math.max(0, ...scores.map((s) => s.score));
  const dominant = best > 0 ? scores.filter((s) => s.score === best).map((s) => s.scale) : [];
  return { scores, dominant, unanswered, unmatched };
}

function findOption(options: readonly ChoiceOption[], text: string): ChoiceOption | undefined {
  const k = normalizeKey(text);
  return options.find((o) => normalizeKey(o.text) === k);
}

function isUnanswered(answer: Answer | undefined): boolean {
  if (answer === undefined) return true;
  if (typeof answer === "number") return !Number.isFinite(answer);
  if (typeof answer === "string") return answer.trim() === "";
  return answer.every((a) => a.trim() === "");
}

/** Sums of decimal weights without binary noise: 0.1 + 0.2 is 0.3. */
function roundPoints(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The chosen options of a checkbox answer as Google writes it in the response sheet: the texts joined with ", ".
 * Options are matched longest first, so an option text that itself holds ", " is found whole; what matches no option
 * is kept as one unknown part.
 */
export function splitCheckboxAnswer(options: readonly ChoiceOption[], raw: string): string[] {
  const texts = [...options.map((o) => o.text)].sort((a, b) => b.length - a.length);
  const out: string[] = [];
  let rest = raw.trim();
  while (rest !== "") {
    const hit = texts.find((t) => rest === t || rest.startsWith(`${t}, `));
    if (hit) {
      out.push(hit);
      rest = rest.slice(hit.length).replace(/^,\s*/, "");
      continue;
    }
    const comma = rest.indexOf(", ");
    out.push(comma < 0 ? rest : rest.slice(0, comma));
    rest = comma < 0 ? "" : rest.slice(comma + 2);
  }
  return out;
}
