// The «Профессии» sidebar's server side: its data in one call, and a save under the document lock.

import * as z from "zod";
import { indexSubjects } from "../domain/plan-coverage";
import { KLIMOV_TYPES, KlimovType, type Profession } from "../domain/records";
import { exactKey, normalizeKey } from "../domain/text";
import { type FieldIssue, validateProfessionDraft } from "../domain/thesaurus";
import { type Locale, messages } from "../i18n";
import { issueText, thesaurusMessages } from "../i18n/thesaurus";
import { cellText } from "../tables/normalize";
import type { ReadResult } from "../tables/read";
import { TABS } from "../tables/specs";
import { appendRows, findRowById, patchRow } from "../tables/write";
import { parseArgs } from "./args";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { appendBlock, writeRowPatches } from "./thesaurus-sheet";
import { Workbook } from "./workbook";

/** A thesaurus entry as the sidebar gets it: the record and its 1-based sheet row. */
export type ThesaurusEntry = Profession & { row: number };

/** Everything the sidebar needs, in one call. */
export interface ThesaurusData {
  /** The user's language: the sidebar picks its strings from the catalogue by it. */
  locale: Locale;
  /** Valid rows of Профессии, in sheet order. */
  professions: ThesaurusEntry[];
  /** Subjects of Предметы (merged, first spelling), in sheet order. */
  subjects: string[];
  /** Band names of Ступени, in sheet order. */
  bands: string[];
  types: { code: KlimovType; short: string; title: string }[];
  /** Rows of Профессии left out because of errors. */
  skipped: number;
}

/** An issue of a draft, with its text in the user's language. */
export type DraftIssue = FieldIssue & { text: string };

export type SaveResult =
  | { ok: true; row: number; created: boolean; changed: number; message: string; data: ThesaurusData }
  | {
      ok: false;
      /** true when the edited row was deleted or renamed meanwhile. */
      gone?: boolean;
      errors: DraftIssue[];
      warnings: DraftIssue[];
      message: string;
      data: ThesaurusData;
    };

const text = (max: number) => z.string().max(max);

/** The draft the sidebar sends: raw field values. */
export const ProfessionDraftArg = z.object({
  profession: text(300),
  subjects: z.array(text(300)).max(100),
  types: z.array(KlimovType).max(KLIMOV_TYPES.length),
  isNew: z.boolean(),
  industry: text(500).optional(),
  description: text(5000).optional(),
  competences: z.array(text(500)).max(100),
  whereTaught: text(2000).optional(),
  bands: z.array(text(100)).max(20).optional(),
});
export type ProfessionDraftArg = z.infer<typeof ProfessionDraftArg>;

/** Which row is edited (with its name as the sidebar saw it) and the near-duplicates the user accepted. */
export const SaveOptionsArg = z
  .object({
    row: z.number().int().min(2).max(10_000_000).optional(),
    expectedName: text(300).optional(),
    acceptNear: z.array(text(300)).max(50).optional(),
  })
  .refine((o) => o.row === undefined || o.expectedName !== undefined, {
    message: "expectedName is required with row",
    path: ["expectedName"],
  });
export type SaveOptionsArg = z.infer<typeof SaveOptionsArg>;

/** Menu «Профессии»: the sidebar; it reads nothing here, its data comes with getThesaurus. */
export function showThesaurusSidebarUi(): void {
  const m = messages(userLocale());
  const html = HtmlService.createHtmlOutputFromFile("thesaurus").setTitle(m.thesaurus.title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The sidebar's data: Профессии, Предметы and Ступени, each read once. */
export function thesaurusData(): ThesaurusData {
  const wb = new Workbook();
  return buildData(wb, userLocale(), wb.read("professions"));
}

function buildData(
  wb: Workbook,
  locale: Locale,
  professions: ReadResult<Profession>,
  change?: { row: number; record: Profession },
): ThesaurusData {
  const m = thesaurusMessages(locale);
  const entries: ThesaurusEntry[] = professions.records.map((r) => ({ ...r.record, row: r.row }));
  const errorRows = new Set(professions.errors.map((e) => e.row));
  if (change) {
    errorRows.delete(change.row);
    const i = entries.findIndex((e) => e.row === change.row);
    const entry = { ...change.record, row: change.row };
    if (i >= 0) entries[i] = entry;
    else entries.push(entry);
    entries.sort((a, b) => a.row - b.row);
  }
  return {
    locale,
    professions: entries,
    subjects: indexSubjects(wb.read("subjects").records.map((r) => r.record)).map((s) => s.subject),
    bands: wb.read("bands").records.map((r) => r.record.name),
    types: KLIMOV_TYPES.map((code) => ({ code, ...m.types[code] })),
    skipped: errorRows.size,
  };
}

/** Every non-blank name of Профессии with its row, also on rows that have errors (a name there is taken too). */
function namesOf(grid: readonly (readonly unknown[])[], column: number): { row: number; name: string }[] {
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
function toRecord(draft: ProfessionDraftArg, subjects: string[], bands: string[]): Profession {
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

function activeEmail(): string {
  try {
    return Session.getActiveUser().getEmail() ?? "";
  } catch (_e) {
    return "";
  }
}

/**
 * Saves a profession from the sidebar. Under the document lock it re-reads Профессии, Предметы and Ступени,
 * re-validates the draft (duplicates included, against every name on the tab), then appends the row with one
 * setValues or patches only the changed cells of the edited row, found again by name if rows moved.
 * Problems the user can fix come back as `ok: false` with field issues; the fresh list comes back either way.
 */
export function saveProfessionAction(draftArg: unknown, optionsArg: unknown): SaveResult {
  const locale = userLocale();
  const um = messages(locale);
  const draft = parseArgs(um, "saveProfession", ProfessionDraftArg, draftArg);
  const options = parseArgs(um, "saveProfession", SaveOptionsArg, optionsArg ?? {});
  const m = thesaurusMessages(locale);
  return withDocumentLock(um, () => {
    const wb = new Workbook();
    const sheet = wb.requireSheet("professions");
    const cells = { timeZone: wb.timeZone, locale: wb.locale };
    const read = wb.read("professions");
    const grid = wb.grid("professions");
    const spec = TABS.professions;
    const subjects = wb.read("subjects").records.map((r) => r.record);
    const bands = wb.read("bands").records.map((r) => r.record);
    const data = (change?: { row: number; record: Profession }) => buildData(wb, locale, read, change);
    const names = namesOf(grid, read.header.index.profession!);

    let row: number | undefined;
    if (options.row !== undefined) {
      const expected = exactKey(options.expectedName ?? "");
      row =
        names.find((n) => n.row === options.row && exactKey(n.name) === expected)?.row ??
        findRowById(grid, spec, read.header, options.expectedName ?? "", cells);
      if (row === undefined) {
        const message = m.rowGone(options.expectedName ?? "");
        return { ok: false, gone: true, errors: [], warnings: [], message, data: data() };
      }
    }

    const record = toRecord(
      draft,
      indexSubjects(subjects).map((s) => s.subject),
      bands.map((b) => b.name),
    );
    const existing = names.map((n) => ({ ...EMPTY, profession: n.name }));
    const exceptIndex = row === undefined ? undefined : names.findIndex((n) => n.row === row);
    const checked = validateProfessionDraft(
      {
        profession: draft.profession,
        subjects: draft.subjects,
        types: draft.types,
        bands: draft.bands ?? [],
      },
      { subjects, existing, exceptIndex, bands },
    );
    const accepted = new Set((options.acceptNear ?? []).map(normalizeKey));
    const issue = (i: FieldIssue): DraftIssue => ({ ...i, text: issueText(m, i) });
    const warnings = checked.warnings
      .filter((w) => !accepted.has(normalizeKey(String(w.params?.profession ?? ""))))
      .map(issue);
    if (!checked.ok || warnings.length > 0) {
      const message = checked.ok ? m.checkWarnings : m.fixErrors;
      return { ok: false, errors: checked.errors.map(issue), warnings, message, data: data() };
    }

    if (row === undefined) {
      const email = activeEmail();
      const added: Profession = email ? { ...record, addedBy: email } : record;
      const block = appendRows(grid, spec, read.header, [added], cells);
      appendBlock(sheet, block.row, block.values);
      const message = m.added(added.profession, block.row);
      return {
        ok: true,
        row: block.row,
        created: true,
        changed: 1,
        message,
        data: data({ row: block.row, record: added }),
      };
    }
    const patches = patchRow(grid, spec, read.header, row, record, cells);
    writeRowPatches(sheet, patches);
    const before = read.records.find((r) => r.row === row)?.record;
    const saved: Profession = before?.addedBy ? { ...record, addedBy: before.addedBy } : record;
    const message = patches.length === 0 ? m.unchanged(saved.profession) : m.updated(saved.profession, row);
    return {
      ok: true,
      row,
      created: false,
      changed: patches.length,
      message,
      data: data({ row, record: saved }),
    };
  });
}

const EMPTY: Profession = {
  profession: "",
  subjects: [],
  types: [],
  isNew: false,
  competences: [],
  bands: [],
};
