// The school's records as the core sees them: English names, codes for enumerations, dates as "YYYY-MM-DD".

import * as z from "zod";
import { KLIMOV_TYPES } from "./codes";
import { lazy } from "./lazy";

z.config({ jitless: true });

/**
 * A record schema built on its first use: the bundle's top level runs at every Apps Script execution, and most
 * executions validate no record (zod builds each schema's checks when it is made). `get()` is the zod schema.
 */
export interface LazySchema<S extends z.ZodType> {
  get(): S;
  parse(data: unknown): z.output<S>;
  safeParse(data: unknown): z.ZodSafeParseResult<z.output<S>>;
}

export function lazySchema<S extends z.ZodType>(make: () => S): LazySchema<S> {
  const get = lazy(make);
  return { get, parse: (data) => get().parse(data), safeParse: (data) => get().safeParse(data) };
}

/** The record type of a lazy schema. */
export type Infer<L extends LazySchema<z.ZodType>> = z.output<ReturnType<L["get"]>>;

/** A calendar date with no time and no zone: "2026-09-01". Cells are turned into this in the spreadsheet's time zone. */
export const LocalDate = lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/));
export type LocalDate = Infer<typeof LocalDate>;

export const Grade = lazySchema(() => z.number().int().min(1).max(11));
export const Quarter = lazySchema(() => z.number().int().min(1).max(4));

/** Klimov's five types of professions (codes.ts, free of zod for the sidebars). */
export { KLIMOV_TYPES };
export const KlimovType = z.enum(KLIMOV_TYPES);
export type KlimovType = z.infer<typeof KlimovType>;

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
    quarters: z.array(QuarterDates.get()).length(4),
    profminimumLevel: ProfminimumLevel.get(),
    profminimumHours: z.number().nonnegative(),
    introductionsPerQuarter: z.number().int().min(0),
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
    classTeacher: z.string().optional(),
    profile: z.string().optional(),
  }),
);
export type SchoolClass = Infer<typeof SchoolClass>;

export const Pupil = lazySchema(() =>
  z.object({
    code: z.string().min(1),
    className: z.string(),
    label: z.string().optional(),
    active: z.boolean(),
  }),
);
export type Pupil = Infer<typeof Pupil>;

export const Subject = lazySchema(() =>
  z.object({
    subject: z.string().min(1),
    grades: z.array(Grade.get()),
    teachers: z.array(z.string()),
  }),
);
export type Subject = Infer<typeof Subject>;

export const Profession = lazySchema(() =>
  z.object({
    profession: z.string().min(1),
    subjects: z.array(z.string()),
    types: z.array(KlimovType),
    industry: z.string().optional(),
    isNew: z.boolean(),
    description: z.string().optional(),
    competences: z.array(z.string()),
    whereTaught: z.string().optional(),
    /** Band names where the profession fits; empty means all bands. */
    bands: z.array(z.string()),
    addedBy: z.string().optional(),
  }),
);
export type Profession = Infer<typeof Profession>;

export const PLAN_STATUSES = ["planned", "done", "suggested", "cancelled"] as const;
export const PlanStatus = lazySchema(() => z.enum(PLAN_STATUSES));
export type PlanStatus = Infer<typeof PlanStatus>;

export const PlanEntry = lazySchema(() =>
  z.object({
    subject: z.string().min(1),
    grade: Grade.get(),
    quarter: Quarter.get(),
    date: LocalDate.get().optional(),
    topic: z.string().optional(),
    profession: z.string().min(1),
    teacher: z.string().optional(),
    /** Blank in the sheet reads as planned. */
    status: PlanStatus.get(),
  }),
);
export type PlanEntry = Infer<typeof PlanEntry>;

export const EQUIPMENT_CONDITIONS = ["ok", "needsRepair", "broken"] as const;
export const Equipment = lazySchema(() =>
  z.object({
    room: z.string().min(1),
    name: z.string().min(1),
    quantity: z.number().nonnegative().optional(),
    condition: z.enum(EQUIPMENT_CONDITIONS).optional(),
    subjects: z.array(z.string()),
    professions: z.array(z.string()),
    digital: z.boolean(),
    note: z.string().optional(),
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
    name: z.string().min(1),
    kind: z.enum(RESOURCE_KINDS),
    link: z.string().optional(),
    bands: z.array(z.string()),
    subjects: z.array(z.string()),
    component: Component.get().optional(),
    note: z.string().optional(),
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
    id: z.string().optional(),
    date: LocalDate.get(),
    title: z.string().min(1),
    format: EventFormat.get(),
    component: Component.get(),
    classes: ClassSelector.get(),
    hours: z.number().nonnegative(),
    responsible: z.string().optional(),
    partner: z.string().optional(),
    professions: z.array(z.string()),
    status: z.enum(EVENT_STATUSES),
  }),
);
export type SchoolEvent = Infer<typeof SchoolEvent>;

export const PARTICIPATION_MARKS = ["present", "absent", "excused"] as const;
export const Participation = lazySchema(() =>
  z.object({
    eventId: z.string().min(1),
    code: z.string().min(1),
    className: z.string().optional(),
    mark: z.enum(PARTICIPATION_MARKS),
    hours: z.number().nonnegative().optional(),
    markedBy: z.string().optional(),
    /** ISO date-time text or LocalDate, as written. */
    markedAt: z.string().optional(),
  }),
);
export type Participation = Infer<typeof Participation>;

export const TRIAL_RESULTS = ["passed", "unfinished", "certificate"] as const;
export const Trial = lazySchema(() =>
  z.object({
    code: z.string().min(1),
    className: z.string().optional(),
    organization: z.string().min(1),
    profession: z.string().min(1),
    hours: z.number().nonnegative().optional(),
    start: LocalDate.get().optional(),
    end: LocalDate.get().optional(),
    result: z.enum(TRIAL_RESULTS).optional(),
  }),
);
export type Trial = Infer<typeof Trial>;

export const PROJECT_KINDS = ["bankTask", "individual"] as const;
export const Project = lazySchema(() =>
  z.object({
    kind: z.enum(PROJECT_KINDS),
    title: z.string().min(1),
    subject: z.string().optional(),
    profession: z.string().optional(),
    grade: Grade.get().optional(),
    code: z.string().optional(),
    supervisor: z.string().optional(),
    status: z.string().optional(),
    grade5: z.string().optional(),
  }),
);
export type Project = Infer<typeof Project>;

export const Consultation = lazySchema(() =>
  z.object({
    date: LocalDate.get(),
    code: z.string().min(1),
    className: z.string().optional(),
    topic: z.string().optional(),
    by: z.string().optional(),
    outcome: z.string().optional(),
  }),
);
export type Consultation = Infer<typeof Consultation>;

export const Training = lazySchema(() =>
  z.object({
    teacher: z.string().min(1),
    course: z.string().min(1),
    hours: z.number().nonnegative().optional(),
    date: LocalDate.get().optional(),
    document: z.string().optional(),
  }),
);
export type Training = Infer<typeof Training>;

export const IDENTIFICATION_MODES = ["codeList", "codeEntry"] as const;
export const Questionnaire = lazySchema(() =>
  z.object({
    id: z.string().min(1),
    title: z.string().min(1),
    classes: ClassSelector.get(),
    identification: z.enum(IDENTIFICATION_MODES),
    formUrl: z.string().optional(),
    editUrl: z.string().optional(),
    status: z.string().optional(),
  }),
);
export type Questionnaire = Infer<typeof Questionnaire>;

export const QUESTION_TYPES = ["pair", "single", "multiple", "scale", "text"] as const;
export const Question = lazySchema(() =>
  z.object({
    questionnaireId: z.string().min(1),
    number: z.number().int().positive(),
    text: z.string().min(1),
    type: z.enum(QUESTION_TYPES),
    /** Raw options text, "text = SCALE | text = SCALE:weight"; parsed by the questionnaire module. */
    options: z.string().optional(),
    required: z.boolean(),
  }),
);
export type Question = Infer<typeof Question>;

export const ScaleBand = lazySchema(() =>
  z.object({
    questionnaireId: z.string().min(1),
    scale: z.string().min(1),
    name: z.string().optional(),
    from: z.number(),
    to: z.number(),
    interpretation: z.string().min(1),
  }),
);
export type ScaleBand = Infer<typeof ScaleBand>;
