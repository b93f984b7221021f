// «Итоги — план»: five source tabs read once, plan coverage computed, the generated tab rebuilt whole.

import { planCoverage } from "../domain/plan-coverage";
import { messages } from "../i18n";
import { dateToLocalDateTime, formatLocalDate } from "../tables/dates";
import { PLAN_REPORT_KIND, planReport } from "../tables/plan-coverage";
import { replaceGeneratedTab } from "./generated";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { Workbook } from "./workbook";

/** What the toast says, for tests and callers. */
export interface PlanReportOutcome {
  percent: number;
  gaps: number;
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
    const settings = wb.settings;
    const locale = wb.locale;
    const m = messages(locale);
    const plan = wb.read("plan");
    const coverage = planCoverage({
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
    const content = planReport({ coverage, required: settings.introductionsPerQuarter, stamp, locale });
    const tab = m.planReport.tabName;
    replaceGeneratedTab(wb.ss, m, tab, PLAN_REPORT_KIND, content);
    const gaps = coverage.cells.filter((c) => !c.meets).length;
    toastAfterSave(wb.ss, m.planReport.toast(coverage.totals.percent, gaps, tab), m.planReport.title);
    return { percent: coverage.totals.percent, gaps, flags: coverage.flags.length };
  });
}
