// The thesaurus of professions for the sidebar: near-duplicate detection, search with filters, draft validation.

import { KLIMOV_TYPES } from "./codes";
import type { Band, KlimovType, Profession, Subject } from "./records";
import { editDistance, matchesQuery, NAME_MAX_LENGTH, nameProblem, normalizeKey, wordsKey } from "./text";

/**
 * Why an existing profession looks like the new name:
 * - exact: the same name by normalizeKey (case, ё, spaces, dashes, quotes, a trailing dot, invisible characters,
 *   Latin look-alikes in a Russian word: «Инженер-робототехник» / «инженер робототехник») — the data model forbids
 *   it, and «Проверить данные» would report the second row as a repeat;
 * - wordOrder: the same words in another order;
 * - typo: a letter or two apart (see maxTypoDistance).
 */
export type DuplicateReason = "exact" | "wordOrder" | "typo";

/** An existing thesaurus entry that resembles a name; `index` is its position in the list given. */
export interface NearDuplicate {
  index: number;
  profession: string;
  reason: DuplicateReason;
  distance: number;
}

/**
 * How many edits still count as a typo, by the length of the shorter normalized name: none below 8 letters
 * (short names one letter apart are usually different professions: «Лекарь» / «Пекарь», «Агроном» / «Агрономия»),
 * 1 from 8 letters («Програмист» / «Программист»), 2 from 12 («Инженер-роботехник» / «Инженер-робототехник»).
 * Two edits on shorter names joins real pairs such as «Агроинженер» / «Автоинженер».
 */
export function maxTypoDistance(shorterLength: number): number {
  if (shorterLength >= 12) return 2;
  if (shorterLength >= 8) return 1;
  return 0;
}

/**
 * Existing professions that `name` would duplicate or nearly duplicate, in list order.
 * `exceptIndex` skips the entry being edited.
 */
export function findNearDuplicates(
  name: string,
  professions: readonly Profession[],
  options: { exceptIndex?: number } = {},
): NearDuplicate[] {
  const key = normalizeKey(name);
  const words = wordsKey(name);
  if (key === "") return [];
  const found: NearDuplicate[] = [];
  professions.forEach((p, index) => {
    if (index === options.exceptIndex) return;
    const otherKey = normalizeKey(p.profession);
    if (otherKey === "") return;
    let reason: DuplicateReason | undefined;
    let distance = 0;
    if (otherKey === key) reason = "exact";
    else if (wordsKey(p.profession) === words) reason = "wordOrder";
    else {
      const max = maxTypoDistance(Math.min(Array.from(key).length, Array.from(otherKey).length));
      distance = max > 0 ? editDistance(key, otherKey, max) : max + 1;
      if (distance <= max) reason = "typo";
    }
    if (reason) found.push({ index, profession: p.profession, reason, distance });
  });
  return found;
}

/** Filters for searchProfessions; each one left out does not filter. */
export interface ProfessionQuery {
  /** Matched against the name, the subjects and the competences (see matchesQuery). */
  query?: string;
  subject?: string;
  type?: KlimovType;
  onlyNew?: boolean;
}

/** A search hit; `index` is the position in the list given. */
export interface ProfessionHit {
  index: number;
  profession: Profession;
}

/**
 * The professions that pass every filter. Hits whose name starts with the query come first, then hits
 * whose name holds it, then the rest (found by subject or competence); list order within each group.
 */
export function searchProfessions(
  professions: readonly Profession[],
  filters: ProfessionQuery,
): ProfessionHit[] {
  const query = normalizeKey(filters.query ?? "");
  const subject = filters.subject === undefined ? "" : normalizeKey(filters.subject);
  const ranked: { hit: ProfessionHit; rank: number }[] = [];
  professions.forEach((p, index) => {
    if (filters.onlyNew && !p.isNew) return;
    if (filters.type && !p.types.includes(filters.type)) return;
    if (subject && !p.subjects.some((s) => normalizeKey(s) === subject)) return;
    if (!matchesQuery([p.profession, ...p.subjects, ...p.competences], query)) return;
    const name = normalizeKey(p.profession);
    const rank = name.startsWith(query) ? 0 : matchesQuery([p.profession], query) ? 1 : 2;
    ranked.push({ hit: { index, profession: p }, rank });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.hit.index - b.hit.index).map((r) => r.hit);
}

/** What the sidebar sends before saving a profession: raw field values. */
export interface ProfessionDraft {
  profession: string;
  subjects: readonly string[];
  /** KlimovType codes. */
  types: readonly string[];
  /** Band names (Ступени); empty means all bands. */
  bands?: readonly string[];
}

/** Message keys of the thesaurus area; the UI layer turns a key and its params into text. */
export type ThesaurusMessageKey =
  | "professionRequired"
  | "nameSeparator"
  | "nameTooLong"
  | "subjectsRequired"
  | "subjectUnknown"
  | "typeUnknown"
  | "bandUnknown"
  | "duplicate"
  | "nearDuplicate";

/** One inline message for a field of the draft. */
export interface FieldIssue {
  field: "profession" | "subjects" | "types" | "bands";
  key: ThesaurusMessageKey;
  params?: Record<string, string | number>;
}

/** Errors block saving; warnings ask the user to confirm. */
export interface DraftValidation {
  ok: boolean;
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

/**
 * Inline validation of a profession draft: name required, with no list separator and at most NAME_MAX_LENGTH
 * characters (domain nameProblem; params of nameTooLong: max, length); at least one subject, each one in Предметы;
 * types among KLIMOV_TYPES; bands (when `bands` is given) among Ступени; an exact duplicate is an error
 * (params: profession, index), a near duplicate a warning (params: profession, index, reason).
 * `exceptIndex` is the entry being edited.
 */
export function validateProfessionDraft(
  draft: ProfessionDraft,
  context: {
    subjects: readonly Subject[];
    existing: readonly Profession[];
    exceptIndex?: number;
    bands?: readonly Band[];
  },
): DraftValidation {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const problem = nameProblem(draft.profession);
  if (normalizeKey(draft.profession) === "") {
    errors.push({ field: "profession", key: "professionRequired" });
  } else if (problem === "separator") {
    errors.push({ field: "profession", key: "nameSeparator" });
  } else if (problem === "tooLong") {
    const length = Array.from(draft.profession.trim()).length;
    errors.push({ field: "profession", key: "nameTooLong", params: { max: NAME_MAX_LENGTH, length } });
  } else {
    for (const d of findNearDuplicates(draft.profession, context.existing, {
      exceptIndex: context.exceptIndex,
    })) {
      const params = { profession: d.profession, index: d.index };
      if (d.reason === "exact") errors.push({ field: "profession", key: "duplicate", params });
      else
        warnings.push({ field: "profession", key: "nearDuplicate", params: { ...params, reason: d.reason } });
    }
  }
  const subjects = draft.subjects.filter((s) => normalizeKey(s) !== "");
  if (subjects.length === 0) errors.push({ field: "subjects", key: "subjectsRequired" });
  const known = new Set(context.subjects.map((s) => normalizeKey(s.subject)));
  for (const s of subjects) {
    if (!known.has(normalizeKey(s)))
      errors.push({ field: "subjects", key: "subjectUnknown", params: { subject: s } });
  }
  const types: readonly string[] = KLIMOV_TYPES;
  for (const t of draft.types) {
    if (!types.includes(t)) errors.push({ field: "types", key: "typeUnknown", params: { type: t } });
  }
  if (context.bands) {
    const bandKeys = new Set(context.bands.map((b) => normalizeKey(b.name)));
    for (const b of draft.bands ?? []) {
      if (normalizeKey(b) !== "" && !bandKeys.has(normalizeKey(b))) {
        errors.push({ field: "bands", key: "bandUnknown", params: { band: b } });
      }
    }
  }
  return { ok: errors.length === 0, errors, warnings };
}

/** A profession with nothing filled in: the start of a new entry, or a name alone for the duplicate check. */
export function emptyProfession(profession = ""): Profession {
  return { profession, subjects: [], types: [], isNew: false, competences: [], bands: [] };
}
