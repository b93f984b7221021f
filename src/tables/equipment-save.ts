// Saving an equipment item or a resource as a pure operation: the tab as read and the sidebar's draft → outcome and write.

import type { Condition, ResourceKind } from "../domain/equipment";
import type { Component, Equipment, Resource } from "../domain/records";
import { normalizeKey } from "../domain/text";
import { equipmentMessages } from "../i18n/equipment";
import type { Locale } from "../i18n/format";
import type { Grid } from "./cell";
import type { ReadResult } from "./read";
import { TABS } from "./specs";
import { appendBlock, patchWrites, sizeOf, type TabWrite } from "./tab-write";
import { appendRows, patchRow } from "./write";

/** The item the sidebar sends: raw field values. */
export interface EquipmentDraft {
  room: string;
  name: string;
  quantity?: number | null;
  condition: Condition;
  subjects: string[];
  professions: string[];
  digital: boolean;
  note?: string;
}

/** The resource the sidebar sends: raw field values. */
export interface ResourceDraft {
  name: string;
  kind: ResourceKind;
  link?: string;
  bands: string[];
  subjects: string[];
  component?: Component | null;
  note?: string;
}

/** Which row is edited and the record as the sidebar showed it (to refuse a row someone changed meanwhile). */
export interface RowSaveOptions<T> {
  row?: number;
  seen?: T;
}

/** What one source tab held when read inside the lock. */
export interface RowSnapshot<T> {
  tabName: string;
  grid: Grid;
  read: ReadResult<T>;
  locale: Locale;
  timeZone: string;
}

/** A field the user must fix, with its text. */
export interface SaveIssue {
  field: string;
  text: string;
}

export type RowSaveOutcome<T> =
  | { ok: true; row: number; created: boolean; changed: number; message: string; record: T }
  | { ok: false; conflict?: boolean; gone?: boolean; errors: SaveIssue[]; message: string };

const clean = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const optional = (s: string | undefined) => (clean(s) === "" ? undefined : clean(s));
/** Names trimmed, blank and repeated ones (by normalizeKey) dropped, the first spelling kept. */
const names = (list: readonly string[]) => {
  const out = new Map<string, string>();
  for (const item of list) {
    const v = clean(item);
    const k = normalizeKey(v);
    if (k !== "" && !out.has(k)) out.set(k, v);
  }
  return [...out.values()];
};

/** The item to write from a draft: text trimmed, lists cleaned, a blank quantity or note left blank. */
export function equipmentRecord(d: EquipmentDraft): Equipment {
  return {
    room: clean(d.room),
    name: clean(d.name),
    quantity: d.quantity ?? undefined,
    condition: d.condition,
    subjects: names(d.subjects),
    professions: names(d.professions),
    digital: d.digital,
    note: d.note?.trim() ? d.note.trim() : undefined,
  };
}

/** The resource to write from a draft. */
export function resourceRecord(d: ResourceDraft): Resource {
  return {
    name: clean(d.name),
    kind: d.kind,
    link: optional(d.link),
    bands: names(d.bands),
    subjects: names(d.subjects),
    component: d.component ?? undefined,
    note: d.note?.trim() ? d.note.trim() : undefined,
  };
}

const keys = (list: readonly string[]) => list.map(normalizeKey);

/** An item's identity: its room and name by the same-name rule. */
const equipmentId = (e: Equipment) => `${normalizeKey(e.room)}\u0000${normalizeKey(e.name)}`;
const equipmentSame = (a: Equipment, b: Equipment) =>
  JSON.stringify([
    equipmentId(a),
    a.quantity ?? null,
    a.condition ?? "ok",
    keys(a.subjects),
    keys(a.professions),
    a.digital,
    a.note ?? "",
  ]) ===
  JSON.stringify([
    equipmentId(b),
    b.quantity ?? null,
    b.condition ?? "ok",
    keys(b.subjects),
    keys(b.professions),
    b.digital,
    b.note ?? "",
  ]);

const resourceId = (r: Resource) => normalizeKey(r.name);
const resourceKey = (r: Resource) =>
  JSON.stringify([
    resourceId(r),
    r.kind,
    r.link ?? "",
    keys(r.bands),
    keys(r.subjects),
    r.component ?? "",
    r.note ?? "",
  ]);
const resourceSame = (a: Resource, b: Resource) => resourceKey(a) === resourceKey(b);

interface Rules<T> {
  tab: "equipment" | "resources";
  id: (r: T) => string;
  same: (a: T, b: T) => boolean;
  label: (r: T) => string;
}

/**
 * The shared plan of a row save: an add appends one block below the last row (a repeat of a saved add answers
 * «уже сохранено»; another row with the same identity is refused); an edit patches the row as one block, found by
 * its number or, if rows moved, by the record the sidebar saw. A row that holds neither what the sidebar saw nor the
 * draft was changed by someone else meanwhile: refused, nothing written.
 */
function planRowSave<T>(
  snap: RowSnapshot<T>,
  record: T,
  options: RowSaveOptions<T>,
  rules: Rules<T>,
): { outcome: RowSaveOutcome<T>; writes: TabWrite[] } {
  const m = equipmentMessages(snap.locale).saved;
  const spec = TABS[rules.tab] as unknown as Parameters<typeof appendRows<T>>[1];
  const cells = { timeZone: snap.timeZone, locale: snap.locale };
  const tab = snap.tabName;
  const records = snap.read.records;
  const name = rules.label(record);
  const refuse = (message: string, extra: { conflict?: boolean; gone?: boolean } = {}) => ({
    writes: [] as TabWrite[],
    outcome: { ok: false as const, errors: [], message, ...extra },
  });
  const done = (row: number, message: string, changed = 0, writes: TabWrite[] = [], created = false) => ({
    writes,
    outcome: { ok: true as const, row, created, changed, message, record },
  });

  let row: number | undefined;
  if (options.row !== undefined) {
    const at = records.find((r) => r.row === options.row);
    const seen = options.seen;
    if (at && rules.same(at.record, record)) return done(at.row, m.unchanged(name));
    if (at && seen && rules.same(at.record, seen)) row = at.row;
    else {
      const again = records.find((r) => rules.same(r.record, record));
      if (again) return done(again.row, m.unchanged(name));
      const moved = seen ? records.filter((r) => rules.same(r.record, seen)) : [];
      if (moved.length === 1) row = moved[0].row;
      else if (at && seen && rules.id(at.record) === rules.id(seen))
        return refuse(m.changedMeanwhile(rules.label(seen), tab, at.row), { conflict: true });
      else return refuse(m.gone(seen ? rules.label(seen) : name, tab), { gone: true });
    }
  }

  const clash = records.find((r) => r.row !== row && rules.id(r.record) === rules.id(record));
  if (clash) {
    if (row === undefined && rules.same(clash.record, record))
      return done(clash.row, m.alreadySaved(name, tab, clash.row));
    return refuse(m.duplicate(rules.label(clash.record), tab, clash.row));
  }

  if (row === undefined) {
    const block = appendRows(snap.grid, spec, snap.read.header, [record], cells);
    const write: TabWrite = {
      tab: rules.tab,
      name: tab,
      blocks: appendBlock(snap.grid, block.values),
      readSize: sizeOf(snap.grid),
    };
    return done(block.row, m.added(name, tab, block.row), 1, [write], true);
  }
  const patches = patchRow(snap.grid, spec, snap.read.header, row, record as Partial<T>, cells);
  const writes = patchWrites(rules.tab, tab, snap.grid, patches);
  const message = patches.length === 0 ? m.unchanged(name) : m.updated(name, tab, row);
  return done(row, message, patches.length, writes);
}

/** Field problems of an item draft (room and name required, quantity not negative). */
export function equipmentIssues(d: EquipmentDraft, locale: Locale): SaveIssue[] {
  const m = equipmentMessages(locale).issues;
  const out: SaveIssue[] = [];
  if (clean(d.room) === "") out.push({ field: "room", text: m.roomRequired });
  if (clean(d.name) === "") out.push({ field: "name", text: m.nameRequired });
  if (typeof d.quantity === "number" && d.quantity < 0)
    out.push({ field: "quantity", text: m.quantityNegative });
  return out;
}

/** Saves an item of Оборудование (see planRowSave); a draft with field problems writes nothing. */
export function planEquipmentSave(
  snap: RowSnapshot<Equipment>,
  draft: EquipmentDraft,
  options: RowSaveOptions<Equipment>,
): { outcome: RowSaveOutcome<Equipment>; writes: TabWrite[] } {
  const errors = equipmentIssues(draft, snap.locale);
  if (errors.length > 0)
    return {
      writes: [],
      outcome: { ok: false, errors, message: equipmentMessages(snap.locale).sidebar.fixErrors },
    };
  return planRowSave(snap, equipmentRecord(draft), options, {
    tab: "equipment",
    id: equipmentId,
    same: equipmentSame,
    label: (e) => e.name,
  });
}

/** Saves a row of Ресурсы (see planRowSave); a draft with no name writes nothing. */
export function planResourceSave(
  snap: RowSnapshot<Resource>,
  draft: ResourceDraft,
  options: RowSaveOptions<Resource>,
): { outcome: RowSaveOutcome<Resource>; writes: TabWrite[] } {
  const m = equipmentMessages(snap.locale);
  if (clean(draft.name) === "")
    return {
      writes: [],
      outcome: {
        ok: false,
        errors: [{ field: "name", text: m.issues.resourceNameRequired }],
        message: m.sidebar.fixErrors,
      },
    };
  return planRowSave(snap, resourceRecord(draft), options, {
    tab: "resources",
    id: resourceId,
    same: resourceSame,
    label: (r) => r.name,
  });
}
