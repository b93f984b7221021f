// Equipment and resources: which thesaurus professions pupils can try on working equipment, what is missing, what needs repair.

import { COUNTED_STATUSES, indexSubjects } from "./plan-coverage";
import {
  type Band,
  COMPONENTS,
  type Component,
  type EQUIPMENT_CONDITIONS,
  type Equipment,
  type PlanEntry,
  type Profession,
  RESOURCE_KINDS,
  type Resource,
  type Subject,
} from "./records";
import { normalizeKey } from "./text";

export type Condition = (typeof EQUIPMENT_CONDITIONS)[number];
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** An equipment record with the sheet row it came from. */
export interface EquipmentRow {
  row: number;
  record: Equipment;
}

/** The condition of an item; a blank Состояние counts as working (nobody said otherwise). */
export function conditionOf(item: Equipment): Condition {
  return item.condition ?? "ok";
}

/** Working: condition «исправно» (or blank) and not a quantity of 0. */
export function isWorking(item: Equipment): boolean {
  return conditionOf(item) === "ok" && item.quantity !== 0;
}

/** One item as the analysis lists it. */
export interface ItemRef {
  row: number;
  room: string;
  name: string;
  quantity?: number;
  condition: Condition;
  professions: string[];
  note?: string;
}

/** A thesaurus profession and the working equipment that lets pupils try it. */
export interface ProfessionSupport {
  profession: string;
  subjects: string[];
  items: ItemRef[];
  /** Sum of the working items' quantities (an item with a blank quantity counts as 1). */
  quantity: number;
  canTry: boolean;
  /** Items linked to it that do not work (need repair, broken, quantity 0). */
  notWorking: ItemRef[];
  /** Introductions in План (planned or done) of this profession. */
  introductions: number;
}

/** A name in Профессии of Оборудование that the thesaurus lacks, with the items naming it. */
export interface UnknownProfession {
  name: string;
  items: ItemRef[];
}

/** A plan introduction (planned or done) of a profession no working item supports. */
export interface UnsupportedIntroduction {
  profession: string;
  subject: string;
  grade: number;
  quarter: number;
}

/** Per subject of Предметы: its items and the share of its thesaurus professions covered by working equipment. */
export interface SubjectCoverage {
  subject: string;
  items: number;
  professions: number;
  covered: number;
  /** Rounded; 0 when the subject has no professions. */
  percent: number;
  notCovered: string[];
}

/** Per room (rooms by normalizeKey, first spelling wins): items by condition and the other spellings seen. */
export interface RoomCondition {
  room: string;
  spellings: string[];
  items: number;
  byCondition: Record<Condition, number>;
}

/** Resources: counts by kind, a band × component matrix, digital platforms per subject. */
export interface ResourceSummary {
  total: number;
  byKind: { kind: ResourceKind; count: number }[];
  bands: string[];
  /** Components in order, then "" for resources with none. */
  components: (Component | "")[];
  /** matrix[band][component] = number of resources; a resource with no bands counts in every band. */
  matrix: number[][];
  /** Each subject of Предметы with the platforms naming it; `general` are platforms naming no subject. */
  platformsBySubject: { subject: string; platforms: string[] }[];
  generalPlatforms: string[];
}

export interface EquipmentAnalysis {
  professions: ProfessionSupport[];
  unknownProfessions: UnknownProfession[];
  unsupportedIntroductions: UnsupportedIntroduction[];
  subjects: SubjectCoverage[];
  rooms: RoomCondition[];
  repairs: ItemRef[];
  unlinked: ItemRef[];
  resources: ResourceSummary;
  totals: {
    items: number;
    working: number;
    professions: number;
    canTry: number;
    /** Rounded % of thesaurus professions pupils can try; 0 with no professions. */
    percent: number;
  };
}

export interface EquipmentInput {
  professions: readonly Profession[];
  subjects: readonly Subject[];
  plan: readonly PlanEntry[];
  equipment: readonly EquipmentRow[];
  resources: readonly Resource[];
  bands: readonly Band[];
}

const percentOf = (part: number, whole: number) => (whole ? Math.round((part * 100) / whole) : 0);

function refOf({ row, record }: EquipmentRow): ItemRef {
  const ref: ItemRef = {
    row,
    room: record.room.trim(),
    name: record.name.trim(),
    condition: conditionOf(record),
    professions: record.professions,
  };
  if (record.quantity !== undefined) ref.quantity = record.quantity;
  if (record.note) ref.note = record.note;
  return ref;
}

/** Rooms grouped by normalizeKey, in first-seen order, with every other spelling. */
export function roomsOf(equipment: readonly EquipmentRow[]): RoomCondition[] {
  const byKey = new Map<string, RoomCondition>();
  for (const { record } of equipment) {
    const spelled = record.room.trim();
    const key = normalizeKey(spelled);
    const room = byKey.get(key) ?? {
      room: spelled,
      spellings: [],
      items: 0,
      byCondition: { ok: 0, needsRepair: 0, broken: 0 },
    };
    if (spelled !== room.room && !room.spellings.includes(spelled)) room.spellings.push(spelled);
    room.items++;
    room.byCondition[conditionOf(record)]++;
    byKey.set(key, room);
  }
  return [...byKey.values()];
}

function resourceSummary(input: EquipmentInput): ResourceSummary {
  const { resources } = input;
  const bands = input.bands.map((b) => b.name);
  const components: (Component | "")[] = [...COMPONENTS, ""];
  const matrix = bands.map(() => components.map(() => 0));
  for (const r of resources) {
    const keys = r.bands.map(normalizeKey);
    bands.forEach((b, i) => {
      if (keys.length > 0 && !keys.includes(normalizeKey(b))) return;
      matrix[i][components.indexOf(r.component ?? "")]++;
    });
  }
  const platforms = resources.filter((r) => r.kind === "platform");
  return {
    total: resources.length,
    byKind: RESOURCE_KINDS.map((kind) => ({ kind, count: resources.filter((r) => r.kind === kind).length })),
    bands,
    components,
    matrix,
    platformsBySubject: indexSubjects(input.subjects).map((s) => ({
      subject: s.subject,
      platforms: platforms
        .filter((p) => p.subjects.some((x) => normalizeKey(x) === s.key))
        .map((p) => p.name),
    })),
    generalPlatforms: platforms.filter((p) => p.subjects.length === 0).map((p) => p.name),
  };
}

/**
 * The whole analysis. Names (professions, subjects, rooms, bands) compare by normalizeKey. A profession is supported
 * when at least one working item names it; a subject's professions are the thesaurus entries linked to it, covered
 * when supported by a working item in any room. A profession named on Оборудование but absent from the thesaurus is
 * listed, never dropped.
 */
export function equipmentAnalysis(input: EquipmentInput): EquipmentAnalysis {
  const thesaurus = new Map<string, ProfessionSupport>();
  for (const p of input.professions) {
    const key = normalizeKey(p.profession);
    if (key === "" || thesaurus.has(key)) continue;
    thesaurus.set(key, {
      profession: p.profession.trim(),
      subjects: p.subjects,
      items: [],
      quantity: 0,
      canTry: false,
      notWorking: [],
      introductions: 0,
    });
  }
  const unknown = new Map<string, UnknownProfession>();
  const repairs: ItemRef[] = [];
  const unlinked: ItemRef[] = [];
  for (const item of input.equipment) {
    const ref = refOf(item);
    const working = isWorking(item.record);
    if (ref.condition !== "ok") repairs.push(ref);
    const names = [
      ...new Map(item.record.professions.map((n) => [normalizeKey(n), n.trim()])).entries(),
    ].filter(([k]) => k !== "");
    if (names.length === 0) unlinked.push(ref);
    for (const [key, name] of names) {
      const support = thesaurus.get(key);
      if (!support) {
        const u = unknown.get(key) ?? { name, items: [] };
        u.items.push(ref);
        unknown.set(key, u);
      } else if (working) {
        support.items.push(ref);
        support.quantity += item.record.quantity ?? 1;
        support.canTry = true;
      } else support.notWorking.push(ref);
    }
  }

  const unsupportedIntroductions: UnsupportedIntroduction[] = [];
  for (const entry of input.plan) {
    if (!COUNTED_STATUSES.includes(entry.status)) continue;
    const support = thesaurus.get(normalizeKey(entry.profession));
    if (support) support.introductions++;
    if (!support?.canTry)
      unsupportedIntroductions.push({
        profession: support?.profession ?? entry.profession.trim(),
        subject: entry.subject.trim(),
        grade: entry.grade,
        quarter: entry.quarter,
      });
  }

  const professions = [...thesaurus.values()];
  const subjects: SubjectCoverage[] = indexSubjects(input.subjects).map((s) => {
    const linked = professions.filter((p) => p.subjects.some((x) => normalizeKey(x) === s.key));
    const covered = linked.filter((p) => p.canTry);
    const items = input.equipment.filter((e) =>
      e.record.subjects.some((x) => normalizeKey(x) === s.key),
    ).length;
    return {
      subject: s.subject,
      items,
      professions: linked.length,
      covered: covered.length,
      percent: percentOf(covered.length, linked.length),
      notCovered: linked.filter((p) => !p.canTry).map((p) => p.profession),
    };
  });

  const canTry = professions.filter((p) => p.canTry).length;
  return {
    professions,
    unknownProfessions: [...unknown.values()],
    unsupportedIntroductions,
    subjects,
    rooms: roomsOf(input.equipment),
    repairs,
    unlinked,
    resources: resourceSummary(input),
    totals: {
      items: input.equipment.length,
      working: input.equipment.filter((e) => isWorking(e.record)).length,
      professions: professions.length,
      canTry,
      percent: percentOf(canTry, professions.length),
    },
  };
}
