// «Предложить план»: a preview dialog of the rows that would fill the plan's gaps, and the append after confirmation.

import * as z from "zod/mini";
import { type SuggestedPlan, suggestPlan } from "../domain/plan-suggest";
import { type Locale, messages } from "../i18n";
import { planSuggestMessages } from "../i18n/plan-suggest";
import { planSuggestionApply, suggestionToken, tokenHashes } from "../tables/plan-suggest";
import { TABS } from "../tables/specs";
import { lazy, parseArgs } from "./args";
import { userLocale } from "./locale";
import { UserError, withDocumentLock } from "./lock";
import { requireCoordinator } from "./roles";
import { saveTabWrites } from "./tab-writer";
import { Workbook } from "./workbook";

/** What the preview dialog shows. */
export interface PlanSuggestionData {
  /** The user's language: the dialog picks its strings from the catalogue by it. */
  locale: Locale;
  /** Introductions required per quarter (Настройки). */
  required: number;
  total: number;
  bySubject: { subject: string; grades: number[]; rows: number }[];
  /** Subjects whose gaps no thesaurus profession can fill, with the grades and how many professions are linked. */
  noProfessions: { subject: string; grades: number[]; linked: number }[];
  /** Per subject, grade and quarter: the professions it will add (names in order). */
  detail: { subject: string; grade: number; quarter: number; professions: string[] }[];
  /** Where a profession must be repeated, and how many professions the thesaurus lacks there. */
  forcedRepeats: SuggestedPlan["forcedRepeats"];
  /** Quarters already over: not filled; the introductions they miss. */
  endedQuarters: SuggestedPlan["endedQuarters"];
  /** Names the previewed rows; applyPlanSuggestion writes nothing the user did not see. */
  token: string;
}

export interface PlanSuggestionOutcome {
  added: number;
  message: string;
}

export const TokenArg = lazy(() => z.string().check(z.maxLength(400_000)));

/** The suggestion from the workbook as it is now: Настройки, Ступени, Предметы, Профессии and План, each read once. */
function computeSuggestion(wb: Workbook): SuggestedPlan {
  const settings = wb.settings;
  const topic = planSuggestMessages(wb.locale).planSuggest.topic;
  return suggestPlan({
    subjects: wb.read("subjects").records.map((r) => r.record),
    professions: wb.read("professions").records.map((r) => r.record),
    plan: wb.read("plan").records.map((r) => r.record),
    settings,
    bands: wb.read("bands").records.map((r) => r.record),
    today: wb.today,
    topic,
  });
}

/** The preview dialog's data: rows per subject, the subjects lacking professions, and the token of the rows. */
export function planSuggestionData(): PlanSuggestionData {
  const wb = new Workbook();
  wb.requireSheet("plan");
  const suggestion = computeSuggestion(wb);
  return {
    locale: userLocale(),
    required: wb.settings.introductionsPerQuarter,
    total: suggestion.rows.length,
    bySubject: suggestion.bySubject.map((s) => ({
      subject: s.subject,
      grades: [...new Set(s.rows.map((r) => r.grade))].sort((a, b) => a - b),
      rows: s.rows.length,
    })),
    noProfessions: suggestion.noProfessions,
    detail: previewDetail(suggestion),
    forcedRepeats: suggestion.forcedRepeats,
    endedQuarters: suggestion.endedQuarters,
    token: suggestionToken(suggestion.rows),
  };
}

/** The rows grouped per subject, grade and quarter, in the order they will be appended. */
function previewDetail(suggestion: SuggestedPlan): PlanSuggestionData["detail"] {
  const out: PlanSuggestionData["detail"] = [];
  for (const r of suggestion.rows) {
    const last = out[out.length - 1];
    if (last && last.subject === r.subject && last.grade === r.grade && last.quarter === r.quarter)
      last.professions.push(r.profession);
    else out.push({ subject: r.subject, grade: r.grade, quarter: r.quarter, professions: [r.profession] });
  }
  return out;
}

/**
 * Appends the suggested rows to План after the preview. Under the document lock the suggestion is computed again from
 * fresh reads; it must be the previewed set or a subset of it (else a UserError asks to preview again). The rows go
 * below the last filled row in one setValues; no row is edited. A second call finds the gaps filled and adds nothing.
 */
export function applyPlanSuggestionAction(tokenArg: unknown): PlanSuggestionOutcome {
  const locale = userLocale();
  const um = messages(locale);
  const m = planSuggestMessages(locale).planSuggest;
  const token = parseArgs(um, "applyPlanSuggestion", TokenArg, tokenArg);
  // A garbage token is refused before the lock is taken.
  if (!tokenHashes(token)) throw new UserError(um.args.badToken);
  return withDocumentLock(um, () => {
    const wb = new Workbook();
    requireCoordinator(wb);
    wb.requireSheet("plan");
    const rows = computeSuggestion(wb).rows;
    const cells = { timeZone: wb.timeZone, locale: wb.locale };
    const snap = {
      // The name is written only if the tab were made (it is required here): no getName.
      tabName: TABS.plan.name[cells.locale],
      grid: wb.grid("plan"),
      header: wb.read("plan").header,
    };
    const planned = planSuggestionApply({ ...snap, rows, options: cells }, token);
    if (!planned.ok) throw new UserError(m.stale);
    saveTabWrites(wb, planned.writes, um);
    return { added: planned.added, message: m.applied(planned.added) };
  });
}
