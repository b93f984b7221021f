// The coordinator's summaries: every figure of «Итоги — школа / классы / ученики / анкеты» from the records, in one pass.

import { bandOfGrade } from "./defaults";
import { type EquipmentAnalysis, type EquipmentRow, equipmentAnalysis } from "./equipment";
import {
  type BalanceCell,
  componentBalance,
  gradeOf,
  type ParticipationInput,
  type ParticipationSummary,
  PROFMINIMUM_FROM_GRADE,
  PROJECT_GRADES,
  type PupilFlag,
  participationSummary,
} from "./participation";
import { type PlanCoverage, type PlanRow, percentOf, planCoverage } from "./plan-coverage";
import { FEEDBACK_ID, PARENTS_ID } from "./questionnaires-ready";
import type {
  Band,
  Profession,
  Questionnaire,
  Resource,
  ScaleBand,
  SchoolEvent,
  Settings,
  Subject,
  Training,
} from "./records";
import { normalizeKey } from "./text";
import { type TrainingSummary, trainingSummary } from "./training";

/** A part of a whole: `count` of `of`, and the share in percent with one decimal (0 when `of` is 0). */
export interface Share {
  count: number;
  of: number;
  percent: number;
}

/** One scored result as «Результаты анкет» holds it (the latest per questionnaire and pupil). */
export interface QuestionnaireResult {
  questionnaireId: string;
  code: string;
  /** As on the results row (Ученики's class when the code was known at scoring). */
  className: string;
  scores: { scale: string; score: number }[];
  /** Leading scales: several on a tie, none when all are 0. */
  dominant: string[];
}

/** The latest «Выбор экзаменов» row of a pupil, reduced to the figure: has the pupil decided (data-model.md). */
export interface ExamDecision {
  code: string;
  decided: boolean;
}

/** Everything the summaries need, read once from the source tabs. */
export interface SummariesInput extends Omit<ParticipationInput, "settings"> {
  settings: Pick<Settings, "quarters" | "profminimumHours" | "introductionsPerQuarter">;
  bands: readonly Band[];
  subjects: readonly Subject[];
  professions: readonly Profession[];
  plan: readonly PlanRow[];
  equipment: readonly EquipmentRow[];
  resources: readonly Resource[];
  trainings: readonly Training[];
  questionnaires: readonly Questionnaire[];
  scales: readonly ScaleBand[];
  results: readonly QuestionnaireResult[];
  /** The latest exam-choice row per pupil (tables/questionnaires `latestExamChoices` + `hasDecided`). */
  examChoices: readonly ExamDecision[];
}

/** A group with its count (statuses of projects, organisations of trials). */
export interface Tally {
  name: string;
  count: number;
}

/** The headline figures of «Итоги — школа». */
export interface SchoolFigures {
  /** Active pupils (Активен ≠ нет), all grades. */
  pupils: number;
  /** Active pupils with at least one event marked «участвовал» (of the active pupils). */
  reached: Share;
  hours: {
    /** Active pupils of grades 6–11 (the ones with a профминимум target). */
    pupils: number;
    /** Mean Всего часов over them; null when there are none. */
    mean: number | null;
    /** «Часов профминимума в год». */
    target: number;
    /** target × the elapsed share of the school year, rounded to 0.01. */
    expected: number;
    /** Of them, those with Всего часов ≥ expected. */
    onPace: Share;
  };
  events: { total: number; held: number; toCome: number; cancelled: number };
  /** Events (not cancelled) per component × band; a cell of 0 is a gap. */
  balance: BalanceCell[];
  emptyCells: number;
  plan: { cells: number; meeting: number; percent: number; missing: number; suggested: number };
  equipment: { professions: number; canTry: number; percent: number };
  /** Active pupils of grades 6–11 with diagnostics (a result of a diagnostic questionnaire or a «диагностика» event). */
  diagnostics: Share;
  /** Active pupils of grades 9 and 11: those without a decided exam choice, and of them those with no row at all. */
  exams: { pupils: number; undecided: number; noRow: number };
  projects: {
    /** «индивидуальный проект» rows of Проекты. */
    individual: number;
    byStatus: Tally[];
    /** Active pupils of grades 9 and 11 with no individual project (the «нет индивидуального проекта» flag). */
    missing: Share;
  };
  trials: { total: number; pupils: number; hours: number; byOrganization: (Tally & { pupils: number })[] };
  /** Events of the form «встреча с родителями»: taken place (done, or dated today or earlier) and still to come. */
  parents: { held: number; toCome: number };
  teachers: { teachers: number; trained: number; percent: number; courses: number; hours: number };
}

/** One row of «Итоги — классы». */
export interface ClassFigures {
  className: string;
  grade: number;
  pupils: number;
  events: number;
  /** Present marks ÷ (active pupils × events taken place), 0–1; null when none has taken place. */
  rate: number | null;
  meanHours: number | null;
  /** Expected hours to date for the class's grade; null below grade 6. */
  expected: number | null;
  behind: number;
  noParticipationThisQuarter: number;
  diagnostics: number;
  /** Counts of leading types on the interest questionnaire among the class's pupils, by scale (scale order). */
  interests: Tally[];
  trials: number;
  individualProjects: number;
  /** Grades 9 and 11: pupils without a decided exam choice; null for other grades. */
  undecided: number | null;
}

export type ExamStatus = "decided" | "undecided" | "noRow";

/** One row of «Итоги — ученики»: a pupil code, never a name. */
export interface PupilFigures {
  code: string;
  className: string;
  grade: number;
  events: number;
  hours: number;
  target: number | null;
  expected: number | null;
  trials: number;
  /** Statuses of the pupil's individual projects (blank status as ""). */
  projects: string[];
  /** The leading scales of the pupil's latest result of each questionnaire, by questionnaire Id. */
  results: Record<string, string[]>;
  diagnostics: boolean;
  /** Grades 9 and 11 only. */
  exam: ExamStatus | null;
  flags: PupilFlag[];
}

/** One band's row of a questionnaire: responses, mean score per scale, leading-scale counts per scale. */
export interface QuestionnaireBandFigures {
  band: string;
  responses: number;
  /** Per scale in `scales` order; null when no response of the band has the scale. */
  means: (number | null)[];
  /** Per scale in `scales` order: responses whose leading scales include it (a tie counts for each). */
  dominant: number[];
  /** Responses with no leading scale. */
  noDominant: number;
}

/** One questionnaire on «Итоги — анкеты». */
export interface QuestionnaireFigures {
  id: string;
  title: string;
  responses: number;
  /** Per class (classes in Классы order, then others): results and active pupils. */
  byClass: { className: string; responses: number; pupils: number }[];
  scales: { key: string; name: string }[];
  /** Bands in Ступени order (a band without responses left out), then «—» for a class of no band. */
  bands: QuestionnaireBandFigures[];
}

export interface Summaries {
  participation: ParticipationSummary;
  plan: PlanCoverage;
  equipment: EquipmentAnalysis;
  training: TrainingSummary;
  school: SchoolFigures;
  classes: ClassFigures[];
  pupils: PupilFigures[];
  questionnaires: QuestionnaireFigures[];
  /** The questionnaire whose scales are all Klimov's types (П Т Ч З Х), whose leading types «Итоги — классы» shows. */
  interestQuestionnaire: string | null;
}

/** Klimov's five types as scale keys (the ready interest instrument and the thesaurus use them). */
export const KLIMOV_SCALES: readonly string[] = ["П", "Т", "Ч", "З", "Х"];
/** Questionnaires that are not diagnostics: feedback on an event, the parents' questionnaire. */
export const NOT_DIAGNOSTIC: readonly string[] = [FEEDBACK_ID, PARENTS_ID];
/** The grades whose pupils choose exams (ОГЭ in 9, ЕГЭ in 11). */
export const EXAM_GRADES: readonly number[] = [9, 11];

/** A share with one decimal, as «Итоги — план» shows it. */
export function shareOf(count: number, of: number): Share {
  return { count, of, percent: percentOf(count, of) };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** An event has taken place: done, or not cancelled and dated today or earlier (as the class view's rates). */
export function hasTakenPlace(e: SchoolEvent, today: string): boolean {
  return e.status === "done" || (e.status !== "cancelled" && e.date <= today);
}

/** Groups by the same-name rule (first spelling wins, first-seen order), counting rows; blank names under `blank`. */
function tally<T>(
  rows: readonly T[],
  name: (t: T) => string | undefined,
  blank: string,
): Map<string, Tally & { rows: T[] }> {
  const out = new Map<string, Tally & { rows: T[] }>();
  for (const r of rows) {
    const shown = name(r)?.trim() || blank;
    const key = normalizeKey(shown);
    const t = out.get(key) ?? { name: shown, count: 0, rows: [] };
    t.count++;
    t.rows.push(r);
    out.set(key, t);
  }
  return out;
}

/** The first questionnaire (Анкеты order) whose scales on Шкалы are two or more, all of Klimov's types. */
export function interestQuestionnaireOf(
  questionnaires: readonly Questionnaire[],
  scales: readonly ScaleBand[],
): string | null {
  const klimov = new Set(KLIMOV_SCALES.map(normalizeKey));
  for (const q of questionnaires) {
    const keys = new Set(
      scales
        .filter((s) => normalizeKey(s.questionnaireId) === normalizeKey(q.id))
        .map((s) => normalizeKey(s.scale)),
    );
    if (keys.size >= 2 && [...keys].every((k) => klimov.has(k))) return q.id;
  }
  return null;
}

/**
 * Every figure of the coordinator's summaries (README «Итоги: how each figure is counted»). Hours, participation,
 * rates and flags are participationSummary's, plan coverage planCoverage's, equipment equipmentAnalysis's and training
 * trainingSummary's, so the figures agree with «Класс — …», «Итоги — план» and «Итоги — оборудование».
 */
export function summaries(input: SummariesInput): Summaries {
  const { idKey, today } = input;
  const participation = participationSummary(input);
  const plan = planCoverage({
    subjects: input.subjects,
    professions: input.professions,
    plan: input.plan,
    settings: input.settings,
    bands: input.bands,
    today,
  });
  const equipment = equipmentAnalysis({
    professions: input.professions,
    subjects: input.subjects,
    plan: input.plan.map((r) => r.record),
    equipment: input.equipment,
    resources: input.resources,
    bands: input.bands,
  });
  const quarters = input.settings.quarters;
  const training = trainingSummary(input.trainings, input.subjects, input.classes, {
    start: quarters[0].start,
    end: quarters[quarters.length - 1].end,
  });

  const active = participation.pupils.filter((p) => p.active);
  const eventsById = new Map(input.events.filter((e) => e.id).map((e) => [idKey(e.id ?? ""), e]));
  const known = new Map(input.pupils.map((p) => [idKey(p.code), p.className]));
  const interest = interestQuestionnaireOf(input.questionnaires, input.scales);

  // The latest result per (questionnaire, code): the results tab holds one, a typed duplicate is read last-wins.
  const resultsByCode = new Map<string, Map<string, QuestionnaireResult>>();
  for (const r of input.results) {
    const k = idKey(r.code);
    const own = resultsByCode.get(k) ?? new Map<string, QuestionnaireResult>();
    own.set(normalizeKey(r.questionnaireId), r);
    resultsByCode.set(k, own);
  }
  const notDiagnostic = new Set(NOT_DIAGNOSTIC.map(normalizeKey));
  const diagnosticEvents = new Set<string>();
  for (const [key, e] of eventsById) if (e.component === "diagnostics") diagnosticEvents.add(key);
  const hasDiagnostics = (code: string, marks: Record<string, string>): boolean => {
    for (const q of resultsByCode.get(idKey(code))?.keys() ?? []) if (!notDiagnostic.has(q)) return true;
    for (const event in marks) if (marks[event] === "present" && diagnosticEvents.has(event)) return true;
    return false;
  };
  const exams = new Map(input.examChoices.map((c) => [idKey(c.code), c.decided]));
  const examOf = (code: string, grade: number): ExamStatus | null => {
    if (!EXAM_GRADES.includes(grade)) return null;
    const decided = exams.get(idKey(code));
    return decided === undefined ? "noRow" : decided ? "decided" : "undecided";
  };

  const pupils = active.map((p): PupilFigures => {
    const results: Record<string, string[]> = {};
    for (const r of resultsByCode.get(idKey(p.code))?.values() ?? []) results[r.questionnaireId] = r.dominant;
    return {
      code: p.code,
      className: p.className,
      grade: p.grade,
      events: p.events,
      hours: p.hours,
      target: p.target,
      expected: p.expected,
      trials: p.trials.length,
      projects: p.projects.filter((x) => x.kind === "individual").map((x) => x.status?.trim() ?? ""),
      results,
      diagnostics: hasDiagnostics(p.code, p.marks),
      exam: examOf(p.code, p.grade),
      flags: p.flags,
    };
  });

  const school = schoolFigures(input, participation, plan, equipment, training, pupils);
  const pupilsByClass = new Map<string, PupilFigures[]>();
  for (const p of pupils) {
    const list = pupilsByClass.get(p.className);
    if (list) list.push(p);
    else pupilsByClass.set(p.className, [p]);
  }
  const scaleOrder = interest ? scaleKeys(input.scales, interest, input.results) : [];
  const classes = participation.classes.map((c): ClassFigures => {
    const mine = pupilsByClass.get(c.className) ?? [];
    const counts = new Map<string, number>();
    if (interest)
      for (const p of mine)
        for (const d of p.results[interest] ?? []) counts.set(d, (counts.get(d) ?? 0) + 1);
    return {
      className: c.className,
      grade: c.grade,
      pupils: c.pupils,
      events: c.events.length,
      rate: c.rate,
      meanHours: c.meanHours,
      expected:
        c.grade >= PROFMINIMUM_FROM_GRADE
          ? round2(input.settings.profminimumHours * participation.yearShare)
          : null,
      behind: c.behind,
      noParticipationThisQuarter: c.noParticipationThisQuarter,
      diagnostics: mine.filter((p) => p.diagnostics).length,
      interests: scaleOrder
        .map((s) => ({ name: s.key, count: counts.get(s.key) ?? 0 }))
        .filter((t) => t.count > 0)
        .sort((a, b) => b.count - a.count),
      trials: mine.reduce((s, p) => s + p.trials, 0),
      individualProjects: mine.reduce((s, p) => s + p.projects.length, 0),
      undecided: EXAM_GRADES.includes(c.grade)
        ? mine.filter((p) => p.exam !== null && p.exam !== "decided").length
        : null,
    };
  });
  const activeByClass = new Map<string, number>();
  for (const p of input.pupils)
    if (p.active) activeByClass.set(p.className, (activeByClass.get(p.className) ?? 0) + 1);
  const questionnaires = input.questionnaires.map((q) =>
    questionnaireFigures(
      q,
      input,
      participation.classes.map((c) => c.className),
      known,
      activeByClass,
    ),
  );
  return {
    participation,
    plan,
    equipment,
    training,
    school,
    classes,
    pupils,
    questionnaires,
    interestQuestionnaire: interest,
  };
}

function schoolFigures(
  input: SummariesInput,
  participation: ParticipationSummary,
  plan: PlanCoverage,
  equipment: EquipmentAnalysis,
  training: TrainingSummary,
  pupils: readonly PupilFigures[],
): SchoolFigures {
  const { today } = input;
  const targeted = pupils.filter((p) => p.target !== null);
  const target = input.settings.profminimumHours;
  const expected = round2(target * participation.yearShare);
  const events = input.events;
  const live = events.filter((e) => e.status !== "cancelled");
  const balance = componentBalance(events, input.bands);
  const examPupils = pupils.filter((p) => p.exam !== null);
  const projectPupils = pupils.filter((p) => PROJECT_GRADES.includes(p.grade));
  const individual = input.projects.filter((p) => p.kind === "individual");
  const organizations = tally(input.trials, (t) => t.organization, "—");
  const parents = live.filter((e) => e.format === "parentsMeeting");
  return {
    pupils: pupils.length,
    reached: shareOf(pupils.filter((p) => p.events > 0).length, pupils.length),
    hours: {
      pupils: targeted.length,
      mean: targeted.length ? round2(targeted.reduce((s, p) => s + p.hours, 0) / targeted.length) : null,
      target,
      expected,
      onPace: shareOf(targeted.filter((p) => p.hours >= (p.expected ?? 0)).length, targeted.length),
    },
    events: {
      total: live.length,
      held: live.filter((e) => hasTakenPlace(e, today)).length,
      toCome: live.filter((e) => !hasTakenPlace(e, today)).length,
      cancelled: events.length - live.length,
    },
    balance,
    emptyCells: balance.filter((c) => c.count === 0).length,
    plan: {
      cells: plan.totals.cells,
      meeting: plan.totals.meeting,
      percent: plan.totals.percent,
      missing: plan.totals.missing,
      suggested: plan.totals.suggested,
    },
    equipment: {
      professions: equipment.totals.professions,
      canTry: equipment.totals.canTry,
      percent: percentOf(equipment.totals.canTry, equipment.totals.professions),
    },
    diagnostics: shareOf(targeted.filter((p) => p.diagnostics).length, targeted.length),
    exams: {
      pupils: examPupils.length,
      undecided: examPupils.filter((p) => p.exam !== "decided").length,
      noRow: examPupils.filter((p) => p.exam === "noRow").length,
    },
    projects: {
      individual: individual.length,
      byStatus: [...tally(individual, (p) => p.status, "—").values()].map(({ name, count }) => ({
        name,
        count,
      })),
      missing: shareOf(
        projectPupils.filter((p) => p.flags.includes("noIndividualProject")).length,
        projectPupils.length,
      ),
    },
    trials: {
      total: input.trials.length,
      pupils: new Set(input.trials.map((t) => input.idKey(t.code))).size,
      hours: round2(input.trials.reduce((s, t) => s + (t.hours ?? 0), 0)),
      byOrganization: [...organizations.values()].map(({ name, count, rows }) => ({
        name,
        count,
        pupils: new Set(rows.map((t) => input.idKey(t.code))).size,
      })),
    },
    parents: {
      held: parents.filter((e) => hasTakenPlace(e, today)).length,
      toCome: parents.filter((e) => !hasTakenPlace(e, today)).length,
    },
    teachers: {
      teachers: training.teachers.length,
      trained: training.trained.length,
      percent: training.percent,
      courses: training.courses,
      hours: training.hours,
    },
  };
}

/** The scales of a questionnaire: Шкалы's keys in order (first spelling, with the name), then keys only results hold. */
function scaleKeys(
  scales: readonly ScaleBand[],
  questionnaireId: string,
  results: readonly QuestionnaireResult[],
): { key: string; name: string }[] {
  const id = normalizeKey(questionnaireId);
  const out = new Map<string, { key: string; name: string }>();
  for (const s of scales)
    if (normalizeKey(s.questionnaireId) === id && !out.has(normalizeKey(s.scale)))
      out.set(normalizeKey(s.scale), { key: s.scale.trim(), name: s.name?.trim() || s.scale.trim() });
  for (const r of results)
    if (normalizeKey(r.questionnaireId) === id)
      for (const s of r.scores)
        if (!out.has(normalizeKey(s.scale))) out.set(normalizeKey(s.scale), { key: s.scale, name: s.scale });
  return [...out.values()];
}

/** «—»: the band of a class no band of Ступени holds (or a result whose class is unknown). */
export const NO_BAND = "—";

function questionnaireFigures(
  q: Questionnaire,
  input: SummariesInput,
  classNames: readonly string[],
  known: ReadonlyMap<string, string>,
  activeByClass: ReadonlyMap<string, number>,
): QuestionnaireFigures {
  const id = normalizeKey(q.id);
  const latest = new Map<string, QuestionnaireResult>();
  for (const r of input.results)
    if (normalizeKey(r.questionnaireId) === id) latest.set(input.idKey(r.code), r);
  const results = [...latest.entries()].map(([code, r]) => ({
    r,
    className: known.get(code) ?? r.className,
  }));
  const scales = scaleKeys(input.scales, q.id, input.results);
  const byClassCount = new Map<string, number>();
  for (const { className } of results) byClassCount.set(className, (byClassCount.get(className) ?? 0) + 1);
  const names = [...classNames, ...[...byClassCount.keys()].filter((c) => !classNames.includes(c))];
  const byClass = names
    .filter((c) => (byClassCount.get(c) ?? 0) > 0)
    .map((className) => ({
      className,
      responses: byClassCount.get(className) ?? 0,
      pupils: activeByClass.get(className) ?? 0,
    }));
  const bandOf = (className: string) => {
    const grade = gradeOf(className);
    return (Number.isFinite(grade) && bandOfGrade(grade, input.bands)?.name) || NO_BAND;
  };
  const bandOfResult = results.map((x) => bandOf(x.className));
  const bands: QuestionnaireBandFigures[] = [];
  for (const band of [...input.bands.map((b) => b.name), NO_BAND]) {
    const mine = results.filter((_, i) => bandOfResult[i] === band).map((x) => x.r);
    if (mine.length === 0) continue;
    const means = scales.map((s) => {
      const scores = mine.flatMap((r) =>
        r.scores.filter((x) => normalizeKey(x.scale) === normalizeKey(s.key)).map((x) => x.score),
      );
      return scores.length ? round2(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
    });
    const dominant = scales.map(
      (s) => mine.filter((r) => r.dominant.some((d) => normalizeKey(d) === normalizeKey(s.key))).length,
    );
    bands.push({
      band,
      responses: mine.length,
      means,
      dominant,
      noDominant: mine.filter((r) => r.dominant.length === 0).length,
    });
  }
  return { id: q.id, title: q.title, responses: results.length, byClass, scales, bands };
}
