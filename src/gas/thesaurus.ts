// The «Профессии» sidebar's server side: its data in one call, and a save under the document lock.

import * as z from "zod/mini";
import { indexSubjects } from "../domain/plan-coverage";
import { KLIMOV_TYPES, KlimovType, type Profession } from "../domain/records";
import { NAME_MAX_LENGTH } from "../domain/text";
import { type Locale, messages } from "../i18n";
import { thesaurusMessages } from "../i18n/thesaurus";
import type { ReadResult } from "../tables/read";
import { TABS } from "../tables/specs";
import {
  type DraftIssue,
  type ProfessionDraft,
  planProfessionSave,
  type SaveOptions,
  type ThesaurusSnapshot,
} from "../tables/thesaurus";
import { lazy, parseArgs } from "./args";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { saveTabWrites } from "./tab-writer";
import { Workbook } from "./workbook";

export type { DraftIssue } from "../tables/thesaurus";

/**
 * A thesaurus entry as the sidebar gets it: the record and its 1-based sheet row. Without `addedBy`, which the
 * sidebar neither shows nor sends back (a save sets it): a sixteenth of the payload.
 */
export type ThesaurusEntry = Omit<Profession, "addedBy"> & { row: number };

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

const text = (max: number) => z.string().check(z.maxLength(max));
/**
 * A name as the sidebar sends it. Bounded only against junk, well above NAME_MAX_LENGTH: a name that is too long, or
 * holds a list separator, reaches validateProfessionDraft, which refuses it with a field message in the user's
 * language (a schema error would be a bare «Неверные данные»). Names saved before that rule can still be edited.
 */
const name = () => text(NAME_MAX_LENGTH * 10);

/** The draft the sidebar sends: raw field values. */
export const ProfessionDraftArg = lazy(
  () =>
    z.object({
      profession: name(),
      subjects: z.array(text(300)).check(z.maxLength(100)),
      types: z.array(KlimovType.get()).check(z.maxLength(KLIMOV_TYPES.length)),
      isNew: z.boolean(),
      industry: z.optional(text(500)),
      description: z.optional(text(5000)),
      competences: z.array(text(500)).check(z.maxLength(100)),
      whereTaught: z.optional(text(2000)),
      bands: z.optional(z.array(text(100)).check(z.maxLength(20))),
    }) satisfies z.ZodMiniType<ProfessionDraft>,
);
export type ProfessionDraftArg = z.infer<ReturnType<typeof ProfessionDraftArg>>;

/** Which row is edited (with its name as the sidebar saw it) and the near-duplicates the user accepted. */
export const SaveOptionsArg = lazy(
  () =>
    z
      .object({
        row: z.optional(z.number().check(z.int(), z.gte(2), z.lte(10_000_000))),
        expectedName: z.optional(name()),
        acceptNear: z.optional(z.array(name()).check(z.maxLength(50))),
      })
      .check(
        z.refine((o) => o.row === undefined || o.expectedName !== undefined, {
          message: "expectedName is required with row",
          path: ["expectedName"],
        }),
      ) satisfies z.ZodMiniType<SaveOptions>,
);
export type SaveOptionsArg = z.infer<ReturnType<typeof SaveOptionsArg>>;

/** The subject filter a caller may open the sidebar with (the plan preview's «open Профессии for this subject»). */
export const SubjectFilterArg = lazy(() => z.string().check(z.maxLength(100)));

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
  const entry = ({ addedBy: _, ...record }: Profession, row: number): ThesaurusEntry => ({ ...record, row });
  const entries: ThesaurusEntry[] = professions.records.map((r) => entry(r.record, r.row));
  const errorRows = new Set(professions.errors.map((e) => e.row));
  if (change) {
    errorRows.delete(change.row);
    const i = entries.findIndex((e) => e.row === change.row);
    const changed = entry(change.record, change.row);
    if (i >= 0) entries[i] = changed;
    else entries.push(changed);
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

function activeEmail(): string {
  try {
    return Session.getActiveUser().getEmail() ?? "";
  } catch (_e) {
    return "";
  }
}

/**
 * Saves a profession from the sidebar. Under the document lock it re-reads Профессии, Предметы and Ступени, plans the
 * save (tables/thesaurus.ts) and applies its write: one block, so the row is saved whole or not at all. Problems the
 * user can fix come back as `ok: false` with field issues; the fresh list comes back either way.
 */
export function saveProfessionAction(draftArg: unknown, optionsArg: unknown): SaveResult {
  const locale = userLocale();
  const um = messages(locale);
  const draft = parseArgs(um, "saveProfession", ProfessionDraftArg, draftArg);
  const options = parseArgs(um, "saveProfession", SaveOptionsArg, optionsArg ?? {});
  return withDocumentLock(um, () => {
    const wb = new Workbook();
    wb.requireSheet("professions");
    // The Язык setting first: row errors are then worded in it without asking Session.
    const cellLocale = wb.locale;
    const read = wb.read("professions");
    const snapshot: ThesaurusSnapshot = {
      // The name is written only if the tab were made (it is required here): no getName.
      tabName: TABS.professions.name[cellLocale],
      grid: wb.grid("professions"),
      professions: read,
      subjects: wb.read("subjects").records.map((r) => r.record),
      bands: wb.read("bands").records.map((r) => r.record),
      locale: cellLocale,
      timeZone: wb.timeZone,
    };
    const { outcome, writes } = planProfessionSave(
      snapshot,
      draft,
      options,
      options.row === undefined ? activeEmail() : "",
    );
    saveTabWrites(wb, writes, um);
    if (!outcome.ok) return { ...outcome, data: buildData(wb, locale, read) };
    const { record, ...rest } = outcome;
    return { ...rest, data: buildData(wb, locale, read, { row: outcome.row, record }) };
  });
}
