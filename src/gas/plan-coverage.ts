// «Итоги — план»: five source tabs read once, plan coverage computed, the generated tab rebuilt whole.

import { type PlanCoverage, planCoverage } from "../domain/plan-coverage";
import { messages } from "../i18n";
import { percentText } from "../i18n/plan-coverage";
import { dateToLocalDateTime, formatLocalDate } from "../tables/dates";
import { PLAN_REPORT_KIND, planReport } from "../tables/plan-coverage";
import { type GeneratedTab, replaceGeneratedTab } from "./generated";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { requireCoordinator } from "./roles";
import { Workbook } from "./workbook";

/** What the toast says, for tests and callers. */
export interface PlanReportOutcome {
  /** Cells meeting the target, in percent with one decimal. */
  percent: number;
  /** Cells below the target. */
  gaps: number;
  /** Introductions missing in all. */
  missing: number;
  /** «предложено» rows waiting for a teacher. */
  suggested: number;
  flags: number;
}

/**
 * Menu «Итоги — план»: reads Настройки, Ступени, Предметы, Профессии and План once each, builds the tab in full
 * and swaps it in (a failure keeps the previous one), then tells the headline figures in a toast. The number of
 * service calls does not depend on the number of plan rows.
 */
export function runPlanReport(now: Date = new Date()): PlanReportOutcome {
  return withDocumentLock(messages(userLocale()), () => {
    const wb = new Workbook(undefined, now);
    requireCoordinator(wb);
    const locale = wb.locale;
    const m = messages(locale);
    const { tab, coverage } = planCoverageTab(wb, now);
    replaceGeneratedTab(wb.ss, m, tab.name, tab.kind, tab.content);
    const gaps = coverage.cells.filter((c) => !c.meets).length;
    const { totals } = coverage;
    const toast =
      coverage.cells.length === 0
        ? m.planReport.toastEmpty
        : gaps === 0
          ? m.planReport.toastNoGaps(tab.name)
          : m.planReport.toast(
              percentText(totals.percent, locale),
              gaps,
              totals.missing,
              totals.suggested,
              tab.name,
            );
    toastAfterSave(wb.ss, toast, m.planReport.title);
    return {
      percent: totals.percent,
      gaps,
      missing: totals.missing,
      suggested: totals.suggested,
      flags: coverage.flags.length,
    };
  });
}

/**
 * «Итоги — план» as a tab to write, from the workbook as this operation reads it (Настройки, Ступени, Предметы,
 * Профессии, План, each once); `coverage` when the caller computed it already (refreshSummaries).
 */
export function planCoverageTab(
  wb: Workbook,
  now: Date,
  computed?: PlanCoverage,
): { tab: GeneratedTab; coverage: PlanCoverage } {
  const settings = wb.settings;
  const locale = wb.locale;
  const m = messages(locale);
  const plan = wb.read("plan");
  const coverage =
    computed ??
    planCoverage({
      subjects: wb.read("subjects").records.map((r) => r.record),
      professions: wb.read("professions").records.map((r) => r.record),
      plan: plan.records,
      settings,
      bands: wb.read("bands").records.map((r) => r.record),
      today: wb.today,
    });
  const sources = (["settings", "bands", "subjects", "professions", "plan"] as const)
    .map((k) => wb.sheet(k)?.getName())
    .filter((n): n is string => n !== undefined);
  const when = dateToLocalDateTime(now, { timeZone: wb.timeZone }) ?? "";
  const stamp = m.generated.stamp(`${formatLocalDate(when.slice(0, 10))} ${when.slice(11, 16)}`, sources);
  const planSheet = wb.sheet("plan");
  const planLink = planSheet
    ? { gid: planSheet.getSheetId(), columns: plan.header.index as Record<string, number> }
    : undefined;
  const content = planReport({
    coverage,
    required: settings.introductionsPerQuarter,
    stamp,
    locale,
    ...(planLink ? { planSheet: planLink } : {}),
  });
  return { tab: { name: m.planReport.tabName, kind: PLAN_REPORT_KIND, content }, coverage };
}
