// The one source of truth for the source tabs of data-model.md: every tab, its columns, and how to find it by name.

import type {
  Band,
  Consultation,
  Equipment,
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
  Subject,
  Training,
  Trial,
} from "../domain/records";
import { normalizeHeader } from "./normalize";
import type { TabKey, TabSpec } from "./spec-types";
import { PLAN_TAB, PROFESSIONS_TAB } from "./specs-curriculum";
import { QUESTIONNAIRES_TAB, QUESTIONS_TAB, SCALES_TAB } from "./specs-diagnostics";
import { EVENTS_TAB, PARTICIPATION_TAB } from "./specs-events";
import { CONSULTATIONS_TAB, PROJECTS_TAB, TRIALS_TAB } from "./specs-pupil-work";
import { EQUIPMENT_TAB, RESOURCES_TAB, TRAININGS_TAB } from "./specs-resources";
import { BANDS_TAB, CLASSES_TAB, PUPILS_TAB, SUBJECTS_TAB } from "./specs-school";
import { SETTINGS_TAB, type SettingsRow } from "./specs-settings";

export type {
  ColumnSpec,
  ColumnType,
  Enumeration,
  EnumOption,
  Localized,
  TabKey,
  TabSpec,
} from "./spec-types";
export { SETTINGS_PARAMS, type SettingsParam, type SettingsParamKey, SettingsRow } from "./specs-settings";

/** The record type each source tab's rows become. */
export interface TabRecords {
  settings: SettingsRow;
  bands: Band;
  classes: SchoolClass;
  pupils: Pupil;
  subjects: Subject;
  professions: Profession;
  plan: PlanEntry;
  equipment: Equipment;
  resources: Resource;
  events: SchoolEvent;
  participation: Participation;
  trials: Trial;
  projects: Project;
  consultations: Consultation;
  trainings: Training;
  questionnaires: Questionnaire;
  questions: Question;
  scales: ScaleBand;
}

/** Every source tab by key; `readTable(TABS.pupils, …)` yields Pupil records. */
export const TABS: { readonly [K in TabKey]: TabSpec<TabRecords[K]> } = {
  settings: SETTINGS_TAB,
  bands: BANDS_TAB,
  classes: CLASSES_TAB,
  pupils: PUPILS_TAB,
  subjects: SUBJECTS_TAB,
  professions: PROFESSIONS_TAB,
  plan: PLAN_TAB,
  equipment: EQUIPMENT_TAB,
  resources: RESOURCES_TAB,
  events: EVENTS_TAB,
  participation: PARTICIPATION_TAB,
  trials: TRIALS_TAB,
  projects: PROJECTS_TAB,
  consultations: CONSULTATIONS_TAB,
  trainings: TRAININGS_TAB,
  questionnaires: QUESTIONNAIRES_TAB,
  questions: QUESTIONS_TAB,
  scales: SCALES_TAB,
};

/**
 * A tab's spec with its record type widened, for code that walks every tab (headers of a new workbook, the
 * «Проверка данных» tab). TabSpec<Pupil> is not a TabSpec<Record<string, unknown>> to TypeScript because
 * column keys are `keyof T`; this is the one place that says it is safe for reading and formatting.
 */
export function anyTab(key: TabKey): TabSpec {
  return TABS[key] as unknown as TabSpec;
}

/** The order of the source tabs in a new workbook (as in data-model.md). */
export const SOURCE_TAB_ORDER: readonly TabKey[] = [
  "settings",
  "bands",
  "classes",
  "pupils",
  "subjects",
  "professions",
  "plan",
  "equipment",
  "resources",
  "events",
  "participation",
  "trials",
  "projects",
  "consultations",
  "trainings",
  "questionnaires",
  "questions",
  "scales",
];

/** The key of a source tab from its sheet name in either locale (compared like headers), or undefined. */
export function tabKeyOf(sheetName: string): TabKey | undefined {
  const wanted = normalizeHeader(sheetName);
  return SOURCE_TAB_ORDER.find((key) => {
    const { ru, en } = TABS[key].name;
    return normalizeHeader(ru) === wanted || normalizeHeader(en) === wanted;
  });
}
