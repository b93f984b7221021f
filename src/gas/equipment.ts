// Equipment and resources: «Итоги — оборудование» rebuilt whole, and the «Оборудование» sidebar's data and saves.

import * as z from "zod/mini";
import { type EquipmentAnalysis, equipmentAnalysis } from "../domain/equipment";
import { indexSubjects } from "../domain/plan-coverage";
import {
  COMPONENTS,
  EQUIPMENT_CONDITIONS,
  type Equipment,
  RESOURCE_KINDS,
  type Resource,
} from "../domain/records";
import { type Locale, type Messages, messages } from "../i18n";
import { dateToLocalDateTime, formatLocalDate } from "../tables/dates";
import { COMPONENT, EQUIPMENT_CONDITION, RESOURCE_KIND } from "../tables/enums";
import { EQUIPMENT_REPORT_KIND, equipmentReport } from "../tables/equipment";
import {
  type EquipmentDraft,
  planEquipmentSave,
  planResourceSave,
  type ResourceDraft,
  type RowSaveOptions,
  type RowSaveOutcome,
  type RowSnapshot,
  type SaveIssue,
} from "../tables/equipment-save";
import type { ReadResult } from "../tables/read";
import type { TabKey } from "../tables/spec-types";
import { TABS } from "../tables/specs";
import { lazy, parseArgs } from "./args";
import { type GeneratedTab, replaceGeneratedTab } from "./generated";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { requireCoordinator } from "./roles";
import { saveTabWrites } from "./tab-writer";
import { Workbook } from "./workbook";

export type { SaveIssue } from "../tables/equipment-save";

/** What the toast says, for tests and callers. */
export interface EquipmentReportOutcome {
  professions: number;
  canTry: number;
  repairs: number;
  unknown: number;
}

/**
 * Menu «Итоги — оборудование»: reads Ступени, Предметы, Профессии, План, Оборудование and Ресурсы once each, builds the
 * tab in full and swaps it in (a failure keeps the previous one; a user's tab of that name stops the run). The number
 * of service calls does not depend on the number of rows.
 */
export function runEquipmentReport(now: Date = new Date()): EquipmentReportOutcome {
  return withDocumentLock(messages(userLocale()), () => {
    const wb = new Workbook(undefined, now);
    requireCoordinator(wb);
    const m = messages(wb.locale);
    const { tab, analysis } = equipmentReportTab(wb, now);
    replaceGeneratedTab(wb.ss, m, tab.name, tab.kind, tab.content);
    const outcome = {
      professions: analysis.totals.professions,
      canTry: analysis.totals.canTry,
      repairs: analysis.repairs.length,
      unknown: analysis.unknownProfessions.length,
    };
    toastAfterSave(
      wb.ss,
      m.equipment.toast(outcome.canTry, outcome.professions, outcome.repairs, tab.name),
      m.equipment.title,
    );
    return outcome;
  });
}

/**
 * «Итоги — оборудование» as a tab to write, from the workbook as this operation reads it (Ступени, Предметы,
 * Профессии, План, Оборудование, Ресурсы, each once); `analysis` when the caller computed it already (refreshSummaries).
 */
export function equipmentReportTab(
  wb: Workbook,
  now: Date,
  computed?: EquipmentAnalysis,
): { tab: GeneratedTab; analysis: EquipmentAnalysis } {
  const locale = wb.locale;
  const m = messages(locale);
  const records = <K extends "bands" | "subjects" | "professions" | "plan" | "resources">(k: K) =>
    wb.read(k).records.map((r) => r.record);
  const equipment = wb.read("equipment");
  const analysis =
    computed ??
    equipmentAnalysis({
      bands: records("bands"),
      subjects: records("subjects"),
      professions: records("professions"),
      plan: records("plan"),
      equipment: equipment.records,
      resources: records("resources"),
    });
  const sources = (["bands", "subjects", "professions", "plan", "equipment", "resources"] as const)
    .map((k) => wb.sheetName(k))
    .filter((n): n is string => n !== null);
  const when = dateToLocalDateTime(now, { timeZone: wb.timeZone }) ?? "";
  const stamp = m.generated.stamp(`${formatLocalDate(when.slice(0, 10))} ${when.slice(11, 16)}`, sources);
  const skipped = new Set(equipment.errors.map((e) => e.row)).size;
  const content = equipmentReport({ analysis, skipped, stamp, locale });
  return { tab: { name: m.equipment.tabName, kind: EQUIPMENT_REPORT_KIND, content }, analysis };
}

/** An item or resource as the sidebar gets it: the record and its 1-based sheet row. */
export type EquipmentEntry = Equipment & { row: number };
export type ResourceEntry = Resource & { row: number };

/** Everything the sidebar needs, in one call. */
export interface EquipmentData {
  locale: Locale;
  equipment: EquipmentEntry[];
  resources: ResourceEntry[];
  /** Tab names as they stand, for messages. */
  tabs: { equipment: string; resources: string };
  /** Thesaurus professions with their subjects, for the multi-select. */
  professions: { profession: string; subjects: string[] }[];
  subjects: string[];
  bands: string[];
  conditions: { code: (typeof EQUIPMENT_CONDITIONS)[number]; label: string }[];
  kinds: { code: (typeof RESOURCE_KINDS)[number]; label: string }[];
  components: { code: (typeof COMPONENTS)[number]; label: string }[];
  /** Rows left out because of errors. */
  skipped: { equipment: number; resources: number };
}

/** What a save answers: its outcome and the fresh list of the tab it wrote. */
export type EquipmentSaveResult = (
  | { ok: true; row: number; created: boolean; changed: number; message: string }
  | { ok: false; conflict?: boolean; gone?: boolean; errors: SaveIssue[]; message: string }
) & { list: EquipmentEntry[] | ResourceEntry[]; skipped: number };

/** The arguments of the equipment saves, built on first use. */
const Args = lazy(() => {
  const text = (max: number) => z.string().check(z.maxLength(max));
  const names = z.array(text(300)).check(z.maxLength(200));
  const EquipmentFields = {
    room: text(300),
    name: text(500),
    quantity: z.optional(z.nullable(z.number())),
    condition: z.enum(EQUIPMENT_CONDITIONS),
    subjects: names,
    professions: names,
    digital: z.boolean(),
    note: z.optional(text(2000)),
  };
  /** The item the sidebar sends. */
  const EquipmentDraftArg = z.object(EquipmentFields) satisfies z.ZodMiniType<EquipmentDraft>;
  /** The item as the sidebar showed it (a record read from the tab). */
  const SeenEquipment = z.object({
    ...EquipmentFields,
    quantity: z.optional(z.number()),
    condition: z.optional(z.enum(EQUIPMENT_CONDITIONS)),
  });
  const ResourceFields = {
    name: text(500),
    kind: z.enum(RESOURCE_KINDS),
    link: z.optional(text(2000)),
    bands: names,
    subjects: names,
    note: z.optional(text(2000)),
  };
  /** The resource the sidebar sends. */
  const ResourceDraftArg = z.object({
    ...ResourceFields,
    component: z.optional(z.nullable(z.enum(COMPONENTS))),
  }) satisfies z.ZodMiniType<ResourceDraft>;
  const SeenResource = z.object({ ...ResourceFields, component: z.optional(z.enum(COMPONENTS)) });
  const rowArg = z.optional(z.number().check(z.int(), z.gte(2), z.lte(10_000_000)));
  return {
    EquipmentDraftArg,
    ResourceDraftArg,
    EquipmentOptionsArg: z.object({ row: rowArg, seen: z.optional(SeenEquipment) }),
    ResourceOptionsArg: z.object({ row: rowArg, seen: z.optional(SeenResource) }),
  };
});
type Schemas = ReturnType<typeof Args>;
export type EquipmentDraftArg = z.infer<Schemas["EquipmentDraftArg"]>;
export type ResourceDraftArg = z.infer<Schemas["ResourceDraftArg"]>;
export type EquipmentOptionsArg = z.infer<Schemas["EquipmentOptionsArg"]>;
export type ResourceOptionsArg = z.infer<Schemas["ResourceOptionsArg"]>;

const entries = <T>(read: ReadResult<T>) => read.records.map((r) => ({ ...r.record, row: r.row }));
const skippedOf = <T>(read: ReadResult<T>) => new Set(read.errors.map((e) => e.row)).size;

/** The sidebar's data: Оборудование, Ресурсы, Профессии, Предметы and Ступени, each read once. */
export function equipmentData(): EquipmentData {
  const wb = new Workbook();
  const locale = userLocale();
  const equipment = wb.read("equipment");
  const resources = wb.read("resources");
  const options = <C extends string>(e: { options: readonly { code: C; label: Record<Locale, string> }[] }) =>
    e.options.map((o) => ({ code: o.code, label: o.label[locale] }));
  return {
    locale,
    equipment: entries(equipment),
    resources: entries(resources),
    tabs: {
      equipment: wb.sheetName("equipment") ?? TABS.equipment.name[locale],
      resources: wb.sheetName("resources") ?? TABS.resources.name[locale],
    },
    professions: wb.read("professions").records.map((r) => ({
      profession: r.record.profession,
      subjects: r.record.subjects,
    })),
    subjects: indexSubjects(wb.read("subjects").records.map((r) => r.record)).map((s) => s.subject),
    bands: wb.read("bands").records.map((r) => r.record.name),
    conditions: options(EQUIPMENT_CONDITION),
    kinds: options(RESOURCE_KIND),
    components: options(COMPONENT),
    skipped: { equipment: skippedOf(equipment), resources: skippedOf(resources) },
  };
}

/** The tab's list after the save: the saved record at its row (added or replaced). */
function listAfter<T>(read: ReadResult<T>, outcome: RowSaveOutcome<T>): (T & { row: number })[] {
  const list = entries(read);
  if (!outcome.ok) return list;
  const entry = { ...outcome.record, row: outcome.row };
  const i = list.findIndex((e) => e.row === outcome.row);
  if (i >= 0) list[i] = entry;
  else list.push(entry);
  return list.sort((a, b) => a.row - b.row);
}

/** Under the document lock: the one tab re-read, the save planned (pure), its write applied by the executor. */
function saveRow<T>(
  um: Messages,
  key: "equipment" | "resources",
  plan: (snap: RowSnapshot<T>) => { outcome: RowSaveOutcome<T>; writes: Parameters<typeof saveTabWrites>[1] },
): EquipmentSaveResult {
  return withDocumentLock(um, () => {
    const wb = new Workbook();
    wb.requireSheet(key as TabKey);
    // The Язык setting first: row errors are then worded in it without asking Session again.
    const locale = wb.locale;
    const read = wb.read(key) as unknown as ReadResult<T>;
    const { outcome, writes } = plan({
      tabName: wb.sheetName(key) ?? "",
      grid: wb.grid(key),
      read,
      locale,
      timeZone: wb.timeZone,
    });
    saveTabWrites(wb, writes, um);
    const { record: _record, ...rest } = outcome as RowSaveOutcome<T> & { record?: T };
    return {
      ...rest,
      list: listAfter(read, outcome) as unknown as EquipmentEntry[] | ResourceEntry[],
      skipped: skippedOf(read),
    } as EquipmentSaveResult;
  });
}

/** Adds (no row) or edits (row + the item as the sidebar saw it) an item of Оборудование. */
export function saveEquipmentItemAction(draftArg: unknown, optionsArg: unknown): EquipmentSaveResult {
  const locale = userLocale();
  const um = messages(locale);
  const draft = parseArgs(um, "saveEquipmentItem", Args().EquipmentDraftArg, draftArg);
  const options = parseArgs(um, "saveEquipmentItem", Args().EquipmentOptionsArg, optionsArg ?? {});
  return saveRow<Equipment>(um, "equipment", (snap) =>
    planEquipmentSave(snap, draft, options as RowSaveOptions<Equipment>),
  );
}

/** Adds (no row) or edits (row + the resource as the sidebar saw it) a row of Ресурсы. */
export function saveResourceAction(draftArg: unknown, optionsArg: unknown): EquipmentSaveResult {
  const locale = userLocale();
  const um = messages(locale);
  const draft = parseArgs(um, "saveResource", Args().ResourceDraftArg, draftArg);
  const options = parseArgs(um, "saveResource", Args().ResourceOptionsArg, optionsArg ?? {});
  return saveRow<Resource>(um, "resources", (snap) =>
    planResourceSave(snap, draft, options as RowSaveOptions<Resource>),
  );
}
