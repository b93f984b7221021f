// The school's records as the core sees them: English names, codes for enumerations, dates as "YYYY-MM-DD".

import * as z from "zod/mini";
import { KLIMOV_TYPES } from "./codes";
import { lazy } from "./lazy";

z.config({ jitless: true });

/**
 * A record schema built on its first use: the bundle's top level runs at every Apps Script execution, and most
 * executions validate no record (zod builds each schema's checks when it is made). `get()` is the zod schema.
 */
export interface LazySchema<S extends z.ZodMiniType> {
  get(): S;
  parse(data: unknown): z.output<S>;
  safeParse(data: unknown): z.core.util.SafeParseResult<z.output<S>>;
}

export function lazySchema<S extends z.ZodMiniType>(make: () => S): LazySchema<S> {
  const get = lazy(make);
  return { get, parse: (data) => get().parse(data), safeParse: (data) => get().safeParse(data) };
}

/** The record type of a lazy schema. */
export type Infer<L extends LazySchema<z.ZodMiniType>> = z.output<ReturnType<L["get"]>>;

/** A calendar date with no time and no zone: "2026-09-01". Cells are turned into this in the spreadsheet's time zone. */
export const LocalDate = lazySchema(() => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
export type LocalDate = Infer<typeof LocalDate>;

export const Grade = lazySchema(() => z.number().check(z.int(), z.gte(1), z.lte(11)));
export const Quarter = lazySchema(() => z.number().check(z.int(), z.gte(1), z.lte(4)));

/** Klimov's five types of professions (codes.ts, free of zod for the sidebars). */
export { KLIMOV_TYPES };
export const KlimovType = lazySchema(() => z.enum(KLIMOV_TYPES));
export type KlimovType = Infer<typeof KlimovType>;

/** The five components of the school's system (domain.md). */
export const COMPONENTS = [
  "enlightenment",
  "interests",
  "consultation",
  "diagnostics",
  "adaptation",
] as const;
export const Component = lazySchema(() => z.enum(COMPONENTS));
export type Component = Infer<typeof Component>;

export const PROFMINIMUM_LEVELS = ["basic", "main", "advanced"] as const;
export const ProfminimumLevel = lazySchema(() => z.enum(PROFMINIMUM_LEVELS));
export type ProfminimumLevel = Infer<typeof ProfminimumLevel>;
/** Hours a year per level, set by the federal профминимум model. */
export const PROFMINIMUM_HOURS: Record<ProfminimumLevel, number> = { basic: 40, main: 60, advanced: 80 };

export const QuarterDates = lazySchema(() => z.object({ start: LocalDate.get(), end: LocalDate.get() }));
export type QuarterDates = Infer<typeof QuarterDates>;

export const Settings = lazySchema(() =>
  z.object({
    school: z.string(),
    /** "2026/2027" */
    year: z.string(),
    quarters: z.array(QuarterDates.get()).check(z.length(4)),
    profminimumLevel: ProfminimumLevel.get(),
    profminimumHours: z.number().check(z.nonnegative()),
    introductionsPerQuarter: z.number().check(z.int(), z.gte(0)),
    personalDataMode: z.enum(["codes", "names"]),
    language: z.enum(["ru", "en"]),
    coordinators: z.array(z.string()),
  }),
);
export type Settings = Infer<typeof Settings>;

export const Band = lazySchema(() =>
  z.object({ name: z.string(), grades: z.array(Grade.get()), direction: z.string() }),
);
export type Band = Infer<typeof Band>;

export const SchoolClass = lazySchema(() =>
  z.object({
    /** Normalized: "8А" (Cyrillic letter, upper case). */
    className: z.string(),
    grade: Grade.get(),
    classTeacher: z.optional(z.string()),
    profile: z.optional(z.string()),
  }),
);
export type SchoolClass = Infer<typeof SchoolClass>;

export const Pupil = lazySchema(() =>
  z.object({
    code: z.string().check(z.minLength(1)),
    className: z.string(),
    label: z.optional(z.string()),
    active: z.boolean(),
  }),
);
export type Pupil = Infer<typeof Pupil>;

export const Subject = lazySchema(() =>
  z.object({
    subject: z.string().check(z.minLength(1)),
    grades: z.array(Grade.get()),
    teachers: z.array(z.string()),
  }),
);
export type Subject = Infer<typeof Subject>;

export const Profession = lazySchema(() =>
  z.object({
    profession: z.string().check(z.minLength(1)),
    subjects: z.array(z.string()),
    types: z.array(KlimovType.get()),
    industry: z.optional(z.string()),
    isNew: z.boolean(),
    description: z.optional(z.string()),
    competences: z.array(z.string()),
    whereTaught: z.optional(z.string()),
    /** Band names where the profession fits; empty means all bands. */
    bands: z.array(z.string()),
    addedBy: z.optional(z.string()),
  }),
);
export type Profession = Infer<typeof Profession>;

export const PLAN_STATUSES = ["planned", "done", "suggested", "cancelled"] as const;
export const PlanStatus = lazySchema(() => z.enum(PLAN_STATUSES));
export type PlanStatus = Infer<typeof PlanStatus>;

export const PlanEntry = lazySchema(() =>
  z.object({
    subject: z.string().check(z.minLength(1)),
    grade: Grade.get(),
    quarter: Quarter.get(),
    date: z.optional(LocalDate.get()),
    topic: z.optional(z.string()),
    profession: z.string().check(z.minLength(1)),
    teacher: z.optional(z.string()),
    /** Blank in the sheet reads as planned. */
    status: PlanStatus.get(),
  }),
);
export type PlanEntry = Infer<typeof PlanEntry>;

export const EQUIPMENT_CONDITIONS = ["ok", "needsRepair", "broken"] as const;
export const Equipment = lazySchema(() =>
  z.object({
    room: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    quantity: z.optional(z.number().check(z.nonnegative())),
    condition: z.optional(z.enum(EQUIPMENT_CONDITIONS)),
    subjects: z.array(z.string()),
    professions: z.array(z.string()),
    digital: z.boolean(),
    note: z.optional(z.string()),
  }),
);
export type Equipment = Infer<typeof Equipment>;

export const RESOURCE_KINDS = [
  "platform",
  "practice",
  "enterprise",
  "university",
  "college",
  "other",
] as const;
export const Resource = lazySchema(() =>
  z.object({
    name: z.string().check(z.minLength(1)),
    kind: z.enum(RESOURCE_KINDS),
    link: z.optional(z.string()),
    bands: z.array(z.string()),
    subjects: z.array(z.string()),
    component: z.optional(Component.get()),
    note: z.optional(z.string()),
  }),
);
export type Resource = Infer<typeof Resource>;

export const EVENT_FORMATS = [
  "excursion",
  "universityMeeting",
  "openDay",
  "masterClass",
  "methodWeek",
  "classHour",
  "parentsMeeting",
  "trial",
  "festival",
  "project",
  "horizons",
  "contest",
  "consultation",
  "diagnostics",
  "other",
] as const;
export const EventFormat = lazySchema(() => z.enum(EVENT_FORMATS));
export type EventFormat = Infer<typeof EventFormat>;

export const EVENT_STATUSES = ["planned", "done", "cancelled"] as const;

/** Which classes an event is for: named classes, whole grades, or all. */
export const ClassSelector = lazySchema(() =>
  z.object({
    all: z.boolean(),
    classes: z.array(z.string()),
    grades: z.array(Grade.get()),
  }),
);
export type ClassSelector = Infer<typeof ClassSelector>;

export const SchoolEvent = lazySchema(() =>
  z.object({
    /** "М-0001"; blank until ПрофТрек fills it. */
    id: z.optional(z.string()),
    date: LocalDate.get(),
    title: z.string().check(z.minLength(1)),
    format: EventFormat.get(),
    component: Component.get(),
    classes: ClassSelector.get(),
    hours: z.number().check(z.nonnegative()),
    responsible: z.optional(z.string()),
    partner: z.optional(z.string()),
    professions: z.array(z.string()),
    status: z.enum(EVENT_STATUSES),
  }),
);
export type SchoolEvent = Infer<typeof SchoolEvent>;

export const PARTICIPATION_MARKS = ["present", "absent", "excused"] as const;
export const Participation = lazySchema(() =>
  z.object({
    eventId: z.string().check(z.minLength(1)),
    code: z.string().check(z.minLength(1)),
    className: z.optional(z.string()),
    mark: z.enum(PARTICIPATION_MARKS),
    hours: z.optional(z.number().check(z.nonnegative())),
    markedBy: z.optional(z.string()),
    /** ISO date-time text or LocalDate, as written. */
    markedAt: z.optional(z.string()),
  }),
);
export type Participation = Infer<typeof Participation>;

export const TRIAL_RESULTS = ["passed", "unfinished", "certificate"] as const;
export const Trial = lazySchema(() =>
  z.object({
    code: z.string().check(z.minLength(1)),
    className: z.optional(z.string()),
    organization: z.string().check(z.minLength(1)),
    profession: z.string().check(z.minLength(1)),
    hours: z.optional(z.number().check(z.nonnegative())),
    start: z.optional(LocalDate.get()),
    end: z.optional(LocalDate.get()),
    result: z.optional(z.enum(TRIAL_RESULTS)),
  }),
);
export type Trial = Infer<typeof Trial>;

export const PROJECT_KINDS = ["bankTask", "individual"] as const;
export const Project = lazySchema(() =>
  z.object({
    kind: z.enum(PROJECT_KINDS),
    title: z.string().check(z.minLength(1)),
    subject: z.optional(z.string()),
    profession: z.optional(z.string()),
    grade: z.optional(Grade.get()),
    code: z.optional(z.string()),
    supervisor: z.optional(z.string()),
    status: z.optional(z.string()),
    grade5: z.optional(z.string()),
  }),
);
export type Project = Infer<typeof Project>;

export const Consultation = lazySchema(() =>
  z.object({
    date: LocalDate.get(),
    code: z.string().check(z.minLength(1)),
    className: z.optional(z.string()),
    topic: z.optional(z.string()),
    by: z.optional(z.string()),
    outcome: z.optional(z.string()),
  }),
);
export type Consultation = Infer<typeof Consultation>;

export const Training = lazySchema(() =>
  z.object({
    teacher: z.string().check(z.minLength(1)),
    course: z.string().check(z.minLength(1)),
    hours: z.optional(z.number().check(z.nonnegative())),
    date: z.optional(LocalDate.get()),
    document: z.optional(z.string()),
  }),
);
export type Training = Infer<typeof Training>;

export const IDENTIFICATION_MODES = ["codeList", "codeEntry"] as const;
export const Questionnaire = lazySchema(() =>
  z.object({
    id: z.string().check(z.minLength(1)),
    title: z.string().check(z.minLength(1)),
    classes: ClassSelector.get(),
    identification: z.enum(IDENTIFICATION_MODES),
    formUrl: z.optional(z.string()),
    editUrl: z.optional(z.string()),
    status: z.optional(z.string()),
  }),
);
export type Questionnaire = Infer<typeof Questionnaire>;

export const QUESTION_TYPES = ["pair", "single", "multiple", "scale", "text"] as const;
export const Question = lazySchema(() =>
  z.object({
    questionnaireId: z.string().check(z.minLength(1)),
    number: z.number().check(z.int(), z.positive()),
    text: z.string().check(z.minLength(1)),
    type: z.enum(QUESTION_TYPES),
    /** Raw options text, "text = SCALE | text = SCALE:weight"; parsed by the questionnaire module. */
    options: z.optional(z.string()),
    required: z.boolean(),
  }),
);
export type Question = Infer<typeof Question>;

export const ScaleBand = lazySchema(() =>
  z.object({
    questionnaireId: z.string().check(z.minLength(1)),
    scale: z.string().check(z.minLength(1)),
    name: z.optional(z.string()),
    from: z.number(),
    to: z.number(),
    interpretation: z.string().check(z.minLength(1)),
  }),
);
export type ScaleBand = Infer<typeof ScaleBand>;
