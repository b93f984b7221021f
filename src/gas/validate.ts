// «Проверить данные»: each source tab read once; row and cross-tab problems go to the generated «Проверка данных».

import { defaultSettings } from "../domain/defaults";
import { planCoverage } from "../domain/plan-coverage";
import type { Settings } from "../domain/records";
import { type Locale, messages } from "../i18n";
import { validateMessages } from "../i18n/validate";
import type { Grid } from "../tables/cell";
import { crossTabProblems } from "../tables/cross-checks";
import { dateToLocalDateTime, formatLocalDate } from "../tables/dates";
import { type InstrumentReads, instrumentProblems } from "../tables/questionnaires";
import { type HeaderMap, mapHeader, type ReadResult, TableError } from "../tables/read";
import { anyTab, SOURCE_TAB_ORDER, TABS, type TabKey } from "../tables/specs";
import {
  locateError,
  planFlagWarnings,
  REPORT_FIRST_ROW,
  REPORT_LINK_COLUMN,
  type ReportProblem,
  validationReport,
} from "../tables/validate";
import { replaceGeneratedTab } from "./generated";
import { userLocale } from "./locale";
import { UserError, withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { Workbook } from "./workbook";

/** The developer-metadata kind of the «Проверка данных» tab. */
export const VALIDATION_KIND = "validation";

/** Everything one pass over the workbook found, and where each tab is. */
export interface Findings {
  locale: Locale;
  problems: ReportProblem[];
  gids: Partial<Record<TabKey, number>>;
  /** Names of the tabs that were read, for the stamp line. */
  sources: string[];
}

/** Menu «Проверить данные»: rebuilds the report tab and tells the number of errors and warnings in a toast. */
export function runValidation(now: Date = new Date()): number {
  return withDocumentLock(messages(userLocale()), () => {
    const wb = new Workbook(undefined, now);
    const found = collectProblems(wb);
    const m = messages(found.locale);
    const when = dateToLocalDateTime(now, { timeZone: wb.timeZone }) ?? "";
    const stamp = m.generated.stamp(
      `${formatLocalDate(when.slice(0, 10))} ${when.slice(11, 16)}`,
      found.sources,
    );
    const report = validationReport(found.problems, found.gids, stamp, found.locale);
    const tabName = m.validate.tabName;
    const sheet = replaceGeneratedTab(wb.ss, m, tabName, VALIDATION_KIND, report.content);
    if (report.links.length > 0)
      sheet.getRange(REPORT_FIRST_ROW, REPORT_LINK_COLUMN, report.links.length, 1).setFormulas(report.links);
    const n = report.problems.length;
    const errors = report.problems.filter((p) => p.severity === "error").length;
    toastAfterSave(
      wb.ss,
      n === 0 ? m.validate.toastNone : m.validate.toastFound(errors, n - errors, tabName),
      m.validate.title,
    );
    return n;
  });
}

/**
 * Reads Настройки and every source tab once and returns every problem: as errors, a missing tab, a tab that cannot be
 * read (a missing or doubled column), each rejected cell, and the cross-tab checks of tables/cross-checks; as
 * warnings, the plan's flags (domain planCoverage on the records already read) that do not restate an error.
 */
export function collectProblems(wb: Workbook): Findings {
  const problems: ReportProblem[] = [];
  const gids: Partial<Record<TabKey, number>> = {};
  const grids: Partial<Record<TabKey, Grid>> = {};
  const reads: Partial<Record<TabKey, ReadResult<Record<string, unknown>>>> = {};
  const sources: string[] = [];
  const { settings, locale } = readSettings(wb, problems, gids);
  if (gids.settings !== undefined) sources.push(TABS.settings.name[locale]);
  const tabProblem = (key: TabKey, reason: string, row?: number) =>
    problems.push({
      severity: "error",
      tabKey: key,
      tab: TABS[key].name[locale],
      row,
      column: "",
      value: "",
      reason,
    });
  for (const key of SOURCE_TAB_ORDER) {
    if (key === "settings") continue;
    const sheet = wb.sheet(key);
    if (!sheet) {
      tabProblem(key, validateMessages(locale).validate.missingTab);
      continue;
    }
    gids[key] = sheet.getSheetId();
    sources.push(TABS[key].name[locale]);
    try {
      const read = wb.read(key as Exclude<TabKey, "settings">) as unknown as ReadResult<
        Record<string, unknown>
      >;
      reads[key] = read;
      grids[key] = wb.grid(key);
      for (const e of read.errors) problems.push(locateError(e, read.header as HeaderMap));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      tabProblem(key, e.message, 1);
    }
  }
  const options = { timeZone: wb.timeZone, locale };
  for (const e of crossTabProblems({ grids, reads, settings, options }))
    problems.push(locateError(e, reads[e.tabKey]?.header as HeaderMap | undefined));
  for (const w of planWarnings(wb, reads, grids, settings, problems, options)) problems.push(w);
  for (const e of instrumentProblems(reads as InstrumentReads, grids, options))
    problems.push(locateError(e, reads[e.tabKey]?.header as HeaderMap | undefined));
  return { locale, problems, gids, sources };
}

/**
 * The plan's flags as warnings, from the records this check has read (no read more); none when План, Предметы or
 * Профессии could not be read (that is an error already, and every plan row would be flagged for it).
 */
function planWarnings(
  wb: Workbook,
  reads: Partial<Record<TabKey, ReadResult<Record<string, unknown>>>>,
  grids: Partial<Record<TabKey, Grid>>,
  settings: Settings,
  errors: readonly ReportProblem[],
  options: { timeZone: string; locale: Locale },
): ReportProblem[] {
  if (!reads.plan || !reads.subjects || !reads.professions) return [];
  const plan = wb.read("plan");
  const { flags } = planCoverage({
    subjects: wb.read("subjects").records.map((r) => r.record),
    professions: wb.read("professions").records.map((r) => r.record),
    plan: plan.records,
    settings,
    bands: reads.bands ? wb.read("bands").records.map((r) => r.record) : undefined,
    today: wb.today,
  });
  return planFlagWarnings({
    flags,
    header: plan.header as unknown as HeaderMap,
    grid: grids.plan ?? [],
    errors,
    options,
  });
}

/** Настройки first: it decides the language of every message. A tab that cannot be read is one problem. */
function readSettings(
  wb: Workbook,
  problems: ReportProblem[],
  gids: Partial<Record<TabKey, number>>,
): { settings: Settings; locale: Locale } {
  const sheet = wb.sheet("settings");
  const fallback = () => ({ settings: defaultSettings(wb.today), locale: userLocale() });
  if (!sheet) {
    const { settings, locale } = fallback();
    const tab = TABS.settings.name[locale];
    problems.push({
      severity: "error",
      tabKey: "settings",
      tab,
      column: "",
      value: "",
      reason: validateMessages(locale).validate.missingTab,
    });
    return { settings, locale };
  }
  gids.settings = sheet.getSheetId();
  try {
    const read = wb.settingsRead;
    const locale = wb.locale;
    const header = mapHeader(anyTab("settings"), wb.grid("settings")[0] ?? []);
    for (const e of read.errors) problems.push(locateError(e, header)); // no spread: 100,000 errors overflow the stack
    return { settings: read.settings, locale };
  } catch (e) {
    if (!(e instanceof TableError) && !(e instanceof UserError)) throw e;
    const { settings, locale } = fallback();
    problems.push({
      severity: "error",
      tabKey: "settings",
      tab: TABS.settings.name[locale],
      row: 1,
      column: "",
      value: "",
      reason: e.message,
    });
    return { settings, locale };
  }
}
