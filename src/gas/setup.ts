// «Настроить книгу»: reads every source tab once, plans the writes (tables/setup.ts), applies them, records the look.

import { messages } from "../i18n";
import { planSetup, type SetupInput, type SetupPlan, setupNeedsRows } from "../tables/setup";
import type { TabKey } from "../tables/spec-types";
import { SOURCE_TAB_ORDER } from "../tables/specs";
import { eventIdFillWrites } from "./events";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { requireCoordinator } from "./roles";
import { saveTabWrites } from "./tab-writer";
import { Workbook } from "./workbook";

/** Document property where setup records the look it last gave each tab (tab key → fingerprint). */
const APPLIED_KEY = "proftrack.setup";

/** «Настроить книгу»: the whole setup under the document lock, then a toast (or an alert on headers to rename). */
export function runSetup(): SetupPlan {
  return withDocumentLock(
    () => messages(userLocale()),
    () => {
      const wb = new Workbook();
      requireCoordinator(wb);
      // Hand-typed events without an Id get theirs (issue 11): the Id cells only, in the same run of writes. The Id
      // fill reads Мероприятия whole, so setup's snapshot takes that read instead of a header read of its own.
      wb.grid("events");
      let ids: ReturnType<typeof eventIdFillWrites> | undefined;
      const plan = setupTabs(wb, (p) => {
        ids = eventIdFillWrites(wb);
        p.writes.push(...ids.writes);
      });
      ids?.record();
      const m = wb.messages.setup;
      if (plan.renamed.length > 0) {
        SpreadsheetApp.getUi().alert(m.renamed(plan.renamed));
        return plan;
      }
      const changed = plan.createdTabs + plan.addedColumns + plan.addedParams > 0;
      const parts = [changed ? m.done(plan.createdTabs, plan.addedColumns, plan.addedParams) : ""];
      if (plan.restyledTabs > 0) parts.push(m.restyled(plan.restyledTabs));
      const text = parts.filter(Boolean).join(" ");
      toastAfterSave(wb.ss, text || m.nothingToDo, m.title);
      return plan;
    },
  );
}

/**
 * Setup's snapshot: every sheet name, each source tab (one read each: its header row alone where that is all setup
 * needs, see setupNeedsRows; the whole tab where it was read already, as the demo fill does), the recorded look.
 */
export function setupInput(wb: Workbook): SetupInput {
  const tabs: SetupInput["tabs"] = {};
  for (const key of SOURCE_TAB_ORDER) {
    const name = wb.sheetName(key);
    if (name === null) continue;
    const whole = wb.hasGrid(key) || key === "settings" || key === "bands";
    const header = whole ? [] : wb.header(key);
    tabs[key] = { name, grid: whole || setupNeedsRows(key, header) ? wb.grid(key) : [header] };
  }
  return {
    sheetNames: wb.sheetNames(),
    tabs,
    applied: readApplied(),
    locale: wb.locale,
    timeZone: wb.timeZone,
    today: wb.today,
  };
}

/**
 * Brings every source tab of data-model.md into the workbook (see planSetup). Call it holding the document lock,
 * with a Workbook made inside the lock. The look is recorded only after every write succeeded, so a run after a
 * fault applies it again. The Workbook's reads are those from before the writes.
 */
export function setupTabs(wb: Workbook, extend?: (plan: SetupPlan) => void): SetupPlan {
  const input = setupInput(wb);
  const plan = planSetup(input);
  extend?.(plan);
  saveTabWrites(wb, plan.writes, wb.messages);
  recordApplied(input.applied, plan.applied);
  return plan;
}

function readApplied(): Partial<Record<TabKey, string>> {
  try {
    const text = PropertiesService.getDocumentProperties().getProperty(APPLIED_KEY);
    const parsed: unknown = text ? JSON.parse(text) : {};
    return parsed && typeof parsed === "object" ? (parsed as Partial<Record<TabKey, string>>) : {};
  } catch (_e) {
    // An unreadable record only means the look is applied again.
    return {};
  }
}

function recordApplied(before: Partial<Record<TabKey, string>>, after: Record<TabKey, string>): void {
  if (SOURCE_TAB_ORDER.every((k) => before[k] === after[k])) return;
  try {
    PropertiesService.getDocumentProperties().setProperty(APPLIED_KEY, JSON.stringify(after));
  } catch (_e) {
    // Everything is written; without the record the next run only applies the same look again.
  }
}
