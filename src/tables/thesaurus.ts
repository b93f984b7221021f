// Saving a profession as a pure operation: Профессии as read and the sidebar's draft → the outcome and the write.

import { indexSubjects } from "../domain/plan-coverage";
import { type Band, KLIMOV_TYPES, type KlimovType, type Profession, type Subject } from "../domain/records";
import { normalizeKey } from "../domain/text";
import { emptyProfession, type FieldIssue, validateProfessionDraft } from "../domain/thesaurus";
import type { Locale } from "../i18n/format";
import { issueText, thesaurusMessages } from "../i18n/thesaurus";
import type { Grid } from "./cell";
import { cellText } from "./normalize";
import type { ReadResult } from "./read";
import { TABS } from "./specs";
import { appendBlock, patchWrites, sizeOf, type TabWrite } from "./tab-write";
import { appendRows, findRowById, patchRow } from "./write";

/** The draft the sidebar sends: raw field values. */
export interface ProfessionDraft {
  profession: string;
  subjects: string[];
  types: KlimovType[];
  isNew: boolean;
  industry?: string;
  description?: string;
  competences: string[];
  whereTaught?: string;
  bands?: string[];
}

/** Which row is edited (with its name as the sidebar saw it) and the near-duplicates the user accepted. */
export interface SaveOptions {
  row?: number;
  expectedName?: string;
  acceptNear?: string[];
}

/** An issue of a draft, with its text in the user's language. */
export type DraftIssue = FieldIssue & { text: string };

/** What Профессии, Предметы and Ступени held when read inside the lock. */
export interface ThesaurusSnapshot {
  tabName: string;
  grid: Grid;
  professions: ReadResult<Profession>;
  subjects: readonly Subject[];
  bands: readonly Band[];
  locale: Locale;
  timeZone: string;
}

export type SaveOutcome =
  | { ok: true; row: number; created: boolean; changed: number; message: string; record: Profession }
  | { ok: false; gone?: boolean; errors: DraftIssue[]; warnings: DraftIssue[]; message: string };

/**
 * Validates the draft against every name on the tab (rows with errors too) and plans the write: a new row appended
 * below the last one, or the edited row's changed cells as one block (the row is saved whole or not at all). The
 * edited row is found by its number and name as the sidebar saw them, else by its name if rows moved. Saving the same
 * draft twice answers that it is already saved.
 */
export function planProfessionSave(
  snap: ThesaurusSnapshot,
  draft: ProfessionDraft,
  options: SaveOptions,
  addedBy: string,
): { outcome: SaveOutcome; writes: TabWrite[] } {
  const m = thesaurusMessages(snap.locale);
  const cells = { timeZone: snap.timeZone, locale: snap.locale };
  const spec = TABS.professions;
  const header = snap.professions.header;
  const names = namesOf(snap.grid, header.index.profession!);
  const none = { writes: [] as TabWrite[] };

  let row: number | undefined;
  if (options.row !== undefined) {
    const expected = normalizeKey(options.expectedName ?? "");
    row =
      names.find((n) => n.row === options.row && normalizeKey(n.name) === expected)?.row ??
      findRowById(snap.grid, spec, header, options.expectedName ?? "", cells);
    if (row === undefined) {
      const message = m.rowGone(options.expectedName ?? "");
      return { ...none, outcome: { ok: false, gone: true, errors: [], warnings: [], message } };
    }
  }

  const record = toRecord(
    draft,
    indexSubjects(snap.subjects).map((s) => s.subject),
    snap.bands.map((b) => b.name),
  );
  if (row === undefined) {
    const same = sameSaved(snap, record);
    if (same !== undefined) {
      // A repeat of an add that was saved: nothing is written again, but a «Добавил» the first try could not learn is.
      const message = m.alreadySaved(record.profession, same.row);
      const fill = !same.record.addedBy && addedBy ? { addedBy } : {};
      const patches = patchRow(snap.grid, spec, header, same.row, fill, cells);
      const writes = patchWrites("professions", snap.tabName, snap.grid, patches);
      const saved = { ...same.record, ...fill };
      return {
        writes,
        outcome: { ok: true, row: same.row, created: false, changed: 0, message, record: saved },
      };
    }
  }
  const existing = names.map((n) => emptyProfession(n.name));
  const exceptIndex = row === undefined ? undefined : names.findIndex((n) => n.row === row);
  const checked = validateProfessionDraft(
    { profession: draft.profession, subjects: draft.subjects, types: draft.types, bands: draft.bands ?? [] },
    { subjects: snap.subjects, existing, exceptIndex, bands: snap.bands },
  );
  const accepted = new Set((options.acceptNear ?? []).map(normalizeKey));
  const issue = (i: FieldIssue): DraftIssue => ({ ...i, text: issueText(m, i) });
  const warnings = checked.warnings
    .filter((w) => !accepted.has(normalizeKey(String(w.params?.profession ?? ""))))
    .map(issue);
  if (!checked.ok || warnings.length > 0) {
    const message = checked.ok ? m.checkWarnings : m.fixErrors;
    return { ...none, outcome: { ok: false, errors: checked.errors.map(issue), warnings, message } };
  }

  if (row === undefined) {
    const added: Profession = addedBy ? { ...record, addedBy } : record;
    const block = appendRows(snap.grid, spec, header, [added], cells);
    const write: TabWrite = {
      tab: "professions",
      name: snap.tabName,
      blocks: appendBlock(snap.grid, block.values),
      readSize: sizeOf(snap.grid),
    };
    const message = m.added(added.profession, block.row);
    return {
      writes: [write],
      outcome: { ok: true, row: block.row, created: true, changed: 1, message, record: added },
    };
  }
  const before = snap.professions.records.find((r) => r.row === row)?.record;
  // Types are a set: «Т, П» typed by hand is not changed to «П, Т» by a save that did not touch them.
  if (before && sameSet(before.types, record.types)) record.types = before.types;
  const patches = patchRow(snap.grid, spec, header, row, record, cells);
  const saved: Profession = before?.addedBy ? { ...record, addedBy: before.addedBy } : record;
  const message = patches.length === 0 ? m.unchanged(saved.profession) : m.updated(saved.profession, row);
  const writes = patchWrites("professions", snap.tabName, snap.grid, patches);
  return {
    writes,
    outcome: { ok: true, row, created: false, changed: patches.length, message, record: saved },
  };
}

/** A valid row that already holds this record (its name by the same-name rule, every field equal): a repeated add. */
function sameSaved(
  snap: ThesaurusSnapshot,
  record: Profession,
): { row: number; record: Profession } | undefined {
  const key = normalizeKey(record.profession);
  const found = snap.professions.records.find((r) => normalizeKey(r.record.profession) === key);
  if (!found) return undefined;
  const { addedBy: _ignored, ...stored } = found.record;
  const same = JSON.stringify(comparable(stored as Profession)) === JSON.stringify(comparable(record));
  return same ? found : undefined;
}

function comparable(p: Profession): unknown[] {
  return [
    normalizeKey(p.profession),
    p.subjects.map(normalizeKey),
    [...p.types],
    p.industry ?? "",
    p.isNew,
    p.description ?? "",
    p.competences.map(normalizeKey),
    p.whereTaught ?? "",
    p.bands.map(normalizeKey),
  ];
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Every non-blank name of Профессии with its row, also on rows that have errors (a name there is taken too). */
function namesOf(grid: Grid, column: number): { row: number; name: string }[] {
  const names: { row: number; name: string }[] = [];
  for (let r = 1; r < grid.length; r++) {
    const name = cellText(grid[r]?.[column]);
    if (name !== "") names.push({ row: r + 1, name });
  }
  return names;
}

const blankToUndefined = (s: string | undefined) => {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? undefined : t;
};

/** The record to write: names trimmed, subjects and bands in their sheet spelling, types in П Т Ч З Х order. */
function toRecord(draft: ProfessionDraft, subjects: string[], bands: string[]): Profession {
  const canonical = (list: readonly string[], known: string[]) => {
    const byKey = new Map(known.map((k) => [normalizeKey(k), k]));
    const out: string[] = [];
    for (const item of list) {
      const value = byKey.get(normalizeKey(item)) ?? blankToUndefined(item);
      if (value !== undefined && !out.some((o) => normalizeKey(o) === normalizeKey(value))) out.push(value);
    }
    return out;
  };
  return {
    profession: blankToUndefined(draft.profession) ?? "",
    subjects: canonical(draft.subjects, subjects),
    types: KLIMOV_TYPES.filter((t) => draft.types.includes(t)),
    industry: blankToUndefined(draft.industry),
    isNew: draft.isNew,
    description: draft.description?.trim() ? draft.description.trim() : undefined,
    competences: canonical(draft.competences, []),
    whereTaught: blankToUndefined(draft.whereTaught),
    bands: canonical(draft.bands ?? [], bands),
  };
}
