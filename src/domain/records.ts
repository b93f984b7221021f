// The school's records as the core sees them: English names, codes for enumerations, dates as "YYYY-MM-DD".

import * as z from "zod";

z.config({ jitless: true });

/** A calendar date with no time and no zone: "2026-09-01". Cells are turned into this in the spreadsheet's time zone. */
export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export type LocalDate = z.infer<typeof LocalDate>;

export const Grade = z.number().int().min(1).max(11);
export const Quarter = z.number().int().min(1).max(4);

/** Klimov's five types of professions: П nature, Т technics, Ч human, З sign systems, Х artistic image. */
export const KLIMOV_TYPES = ["nature", "technics", "human", "sign", "art"] as const;
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
export const Component = z.enum(COMPONENTS);
export type Component = z.infer<typeof Component>;

export const PROFMINIMUM_LEVELS = ["basic", "main", "advanced"] as const;
export const ProfminimumLevel = z.enum(PROFMINIMUM_LEVELS);
export type ProfminimumLevel = z.infer<typeof ProfminimumLevel>;
/** Hours a year per level, set by the federal профминимум model. */
export const PROFMINIMUM_HOURS: Record<ProfminimumLevel, number> = { basic: 40, main: 60, advanced: 80 };

export const QuarterDates = z.object({ start: LocalDate, end: LocalDate });
export type QuarterDates = z.infer<typeof QuarterDates>;

export const Settings = z.object({
  school: z.string(),
  /** "2026/2027" */
  year: z.string(),
  quarters: z.array(QuarterDates).length(4),
  profminimumLevel: ProfminimumLevel,
  profminimumHours: z.number().nonnegative(),
  introductionsPerQuarter: z.number().int().min(0),
  personalDataMode: z.enum(["codes", "names"]),
  language: z.enum(["ru", "en"]),
  coordinators: z.array(z.string()),
});
export type Settings = z.infer<typeof Settings>;

export const Band = z.object({ name: z.string(), grades: z.array(Grade), direction: z.string() });
export type Band = z.infer<typeof Band>;

export const SchoolClass = z.object({
  /** Normalized: "8А" (Cyrillic letter, upper case). */
  className: z.string(),
  grade: Grade,
  classTeacher: z.string().optional(),
  profile: z.string().optional(),
});
export type SchoolClass = z.infer<typeof SchoolClass>;

export const Pupil = z.object({
  code: z.string().min(1),
  className: z.string(),
  label: z.string().optional(),
  active: z.boolean(),
});
export type Pupil = z.infer<typeof Pupil>;

export const Subject = z.object({
  subject: z.string().min(1),
  grades: z.array(Grade),
  teachers: z.array(z.string()),
});
export type Subject = z.infer<typeof Subject>;

export const Profession = z.object({
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
});
export type Profession = z.infer<typeof Profession>;

export const PLAN_STATUSES = ["planned", "done", "suggested", "cancelled"] as const;
export const PlanStatus = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const PlanEntry = z.object({
  subject: z.string().min(1),
  grade: Grade,
  quarter: Quarter,
  date: LocalDate.optional(),
  topic: z.string().optional(),
  profession: z.string().min(1),
  teacher: z.string().optional(),
  /** Blank in the sheet reads as planned. */
  status: PlanStatus,
});
export type PlanEntry = z.infer<typeof PlanEntry>;

export const EQUIPMENT_CONDITIONS = ["ok", "needsRepair", "broken"] as const;
export const Equipment = z.object({
  room: z.string().min(1),
  name: z.string().min(1),
  quantity: z.number().nonnegative().optional(),
  condition: z.enum(EQUIPMENT_CONDITIONS).optional(),
  subjects: z.array(z.string()),
  professions: z.array(z.string()),
  digital: z.boolean(),
  note: z.string().optional(),
});
export type Equipment = z.infer<typeof Equipment>;

export const RESOURCE_KINDS = [
  "platform",
  "practice",
  "enterprise",
  "university",
  "college",
  "other",
] as const;
export const Resource = z.object({
  name: z.string().min(1),
  kind: z.enum(RESOURCE_KINDS),
  link: z.string().optional(),
  bands: z.array(z.string()),
  subjects: z.array(z.string()),
  component: Component.optional(),
  note: z.string().optional(),
});
export type Resource = z.infer<typeof Resource>;

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
export const EventFormat = z.enum(EVENT_FORMATS);
export type EventFormat = z.infer<typeof EventFormat>;

export const EVENT_STATUSES = ["planned", "done", "cancelled"] as const;

/** Which classes an event is for: named classes, whole grades, or all. */
export const ClassSelector = z.object({
  all: z.boolean(),
  classes: z.array(z.string()),
  grades: z.array(Grade),
});
export type ClassSelector = z.infer<typeof ClassSelector>;

export const SchoolEvent = z.object({
  /** "М-0001"; blank until ПрофТрек fills it. */
  id: z.string().optional(),
  date: LocalDate,
  title: z.string().min(1),
  format: EventFormat,
  component: Component,
  classes: ClassSelector,
  hours: z.number().nonnegative(),
  responsible: z.string().optional(),
  partner: z.string().optional(),
  professions: z.array(z.string()),
  status: z.enum(EVENT_STATUSES),
});
export type SchoolEvent = z.infer<typeof SchoolEvent>;

export const PARTICIPATION_MARKS = ["present", "absent", "excused"] as const;
export const Participation = z.object({
  eventId: z.string().min(1),
  code: z.string().min(1),
  className: z.string().optional(),
  mark: z.enum(PARTICIPATION_MARKS),
  hours: z.number().nonnegative().optional(),
  markedBy: z.string().optional(),
  /** ISO date-time text or LocalDate, as written. */
  markedAt: z.string().optional(),
});
export type Participation = z.infer<typeof Participation>;

export const TRIAL_RESULTS = ["passed", "unfinished", "certificate"] as const;
export const Trial = z.object({
  code: z.string().min(1),
  className: z.string().optional(),
  organization: z.string().min(1),
  profession: z.string().min(1),
  hours: z.number().nonnegative().optional(),
  start: LocalDate.optional(),
  end: LocalDate.optional(),
  result: z.enum(TRIAL_RESULTS).optional(),
});
export type Trial = z.infer<typeof Trial>;

export const PROJECT_KINDS = ["bankTask", "individual"] as const;
export const Project = z.object({
  kind: z.enum(PROJECT_KINDS),
  title: z.string().min(1),
  subject: z.string().optional(),
  profession: z.string().optional(),
  grade: Grade.optional(),
  code: z.string().optional(),
  supervisor: z.string().optional(),
  status: z.string().optional(),
  grade5: z.string().optional(),
});
export type Project = z.infer<typeof Project>;

export const Consultation = z.object({
  date: LocalDate,
  code: z.string().min(1),
  className: z.string().optional(),
  topic: z.string().optional(),
  by: z.string().optional(),
  outcome: z.string().optional(),
});
export type Consultation = z.infer<typeof Consultation>;

export const Training = z.object({
  teacher: z.string().min(1),
  course: z.string().min(1),
  hours: z.number().nonnegative().optional(),
  date: LocalDate.optional(),
  document: z.string().optional(),
});
export type Training = z.infer<typeof Training>;

export const IDENTIFICATION_MODES = ["codeList", "codeEntry"] as const;
export const Questionnaire = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  classes: ClassSelector,
  identification: z.enum(IDENTIFICATION_MODES),
  formUrl: z.string().optional(),
  editUrl: z.string().optional(),
  status: z.string().optional(),
});
export type Questionnaire = z.infer<typeof Questionnaire>;

export const QUESTION_TYPES = ["pair", "single", "multiple", "scale", "text"] as const;
export const Question = z.object({
  questionnaireId: z.string().min(1),
  number: z.number().int().positive(),
  text: z.string().min(1),
  type: z.enum(QUESTION_TYPES),
  /** Raw options text, "text = SCALE | text = SCALE:weight"; parsed by the questionnaire module. */
  options: z.string().optional(),
  required: z.boolean(),
});
export type Question = z.infer<typeof Question>;

export const ScaleBand = z.object({
  questionnaireId: z.string().min(1),
  scale: z.string().min(1),
  name: z.string().optional(),
  from: z.number(),
  to: z.number(),
  interpretation: z.string().min(1),
});
export type ScaleBand = z.infer<typeof ScaleBand>;
