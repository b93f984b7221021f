// The demo school: a complete, deterministic, fictional school year for trying ПрофТрек and for tests.

import { parseSchoolYear } from "../calendar";
import { defaultBands, defaultSettings } from "../defaults";
import { readyInstruments } from "../questionnaires-ready";
import type {
  Band,
  Consultation,
  Equipment,
  LocalDate,
  Participation,
  PlanEntry,
  Profession,
  Project,
  Pupil,
  Question,
  Questionnaire,
  Resource,
  ScaleBand,
  SchoolClass,
  SchoolEvent,
  Settings,
  Subject,
  Training,
  Trial,
} from "../records";
import { buildConsultations, buildTrainings, buildTrials } from "./activities";
import type { DemoContext } from "./context";
import { buildEquipment } from "./equipment";
import { buildEvents } from "./events";
import { buildParticipation } from "./participation";
import { buildClasses, buildPupils, buildSubjects, DEMO_SCHOOL_NAME } from "./people";
import { buildPlan } from "./plan";
import { buildProfessions } from "./professions";
import { buildProjects } from "./projects";
import { streamFor } from "./random";
import { buildResources } from "./resources";
import { buildDemoResponses, type DemoResponses } from "./responses";

export { DEMO_SCHOOL_NAME } from "./people";

/** Every source tab of a demo workbook, as records. */
export interface DemoSchool {
  settings: Settings;
  bands: Band[];
  classes: SchoolClass[];
  pupils: Pupil[];
  subjects: Subject[];
  professions: Profession[];
  plan: PlanEntry[];
  equipment: Equipment[];
  resources: Resource[];
  events: SchoolEvent[];
  participation: Participation[];
  trials: Trial[];
  projects: Project[];
  consultations: Consultation[];
  trainings: Training[];
  /** The ready instruments of ПрофТрек (questionnaires-ready.ts), as the menu adds them. */
  questionnaires: Questionnaire[];
  questions: Question[];
  scales: ScaleBand[];
  /** Answers to the ready questionnaires, as rows of «Ответы — <Id>» (not a source tab: written beside them). */
  responses: DemoResponses;
}

/** Options of buildDemoSchool. */
export interface DemoOptions {
  /** The school year, "2026/2027" (DEMO_YEAR when omitted). */
  year?: string;
  /** The PRNG seed (DEMO_SEED when omitted); the same seed gives the same school. */
  seed?: number;
}

/** The school year of the demo when none is given. */
export const DEMO_YEAR = "2026/2027";

/** The PRNG seed of the demo when none is given. */
export const DEMO_SEED = 7;

/** The demo's fixed «today» of a school year: 26 November, inside the 2nd quarter by the usual calendar. */
export function demoTodayOf(year: string): LocalDate {
  const first = parseSchoolYear(year);
  if (first === null) throw new RangeError(`Not a school year: ${JSON.stringify(year)}`);
  return `${first}-11-26`;
}

/**
 * The fixed date the demo's statuses are computed against: demoTodayOf(DEMO_YEAR), written out since the bundle's
 * top level runs at every execution (test/domain/demo.test.ts checks that they agree).
 */
export const DEMO_TODAY: LocalDate = "2026-11-26";

/**
 * A fictional school («МБОУ СОШ № 7 „Горизонт“», a regional pilot site in a small Siberian town) for one
 * school year, seen on the demo today: 21 classes, about 450 pupils by code, 16 subjects, 80 professions,
 * a plan with deliberate gaps, 120 equipment items, 25 resources, about 60 events with attendance,
 * trials, projects, consultations and training. Deterministic: no clock, a seeded PRNG.
 * Throws a RangeError when `year` is not a school year.
 */
export function buildDemoSchool(opts: DemoOptions = {}): DemoSchool {
  const year = opts.year ?? DEMO_YEAR;
  const seed = opts.seed ?? DEMO_SEED;
  const today = demoTodayOf(year);
  const settings: Settings = {
    ...defaultSettings(today),
    school: DEMO_SCHOOL_NAME,
  };
  const bands = defaultBands();
  const classes = buildClasses();
  const ctx: DemoContext = {
    seed,
    year,
    today,
    quarters: settings.quarters,
    bands,
    classes,
    pupils: buildPupils(streamFor(seed, "pupils"), classes),
    subjects: buildSubjects(),
    professions: buildProfessions(bands),
  };
  const events = buildEvents(ctx);
  const ready = readyInstruments();
  return {
    settings,
    bands,
    classes,
    pupils: ctx.pupils,
    subjects: ctx.subjects,
    professions: ctx.professions,
    plan: buildPlan(ctx),
    equipment: buildEquipment(),
    resources: buildResources(bands),
    events,
    participation: buildParticipation(ctx, events),
    trials: buildTrials(ctx),
    projects: buildProjects(ctx),
    consultations: buildConsultations(ctx),
    trainings: buildTrainings(ctx),
    questionnaires: ready.map((r) => r.questionnaire),
    questions: ready.flatMap((r) => r.questions),
    scales: ready.flatMap((r) => r.scales),
    responses: buildDemoResponses(seed, Number(year.slice(0, 4)), ctx.pupils),
  };
}
