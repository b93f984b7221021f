// «Заполнить демо-данными»: the demo school of src/domain/demo written through setup's plan, one block per tab.

import { schoolYearOf } from "../domain/calendar";
import { buildDemoSchool } from "../domain/demo";
import { messages } from "../i18n";
import { addDemoWrites, checkDemoTarget, filledTabs } from "../tables/demo";
import { SOURCE_TAB_ORDER, TABS, type TabKey } from "../tables/specs";
import { hasWork } from "../tables/tab-write";
import { userLocale } from "./locale";
import { UserError, withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { demoResponsesMissing, fillDemoResponses } from "./questionnaires";
import { requireCoordinator } from "./roles";
import { setupTabs } from "./setup";
import { Workbook } from "./workbook";

/** Document property that marks a workbook started as a demo book (its value: the demo's school year). */
const DEMO_KEY = "proftrack.demo";

/**
 * Menu «Заполнить демо-данными»: refuses (UserError) when a source tab but Настройки and Ступени holds rows that are
 * not the demo's; otherwise marks the book as a demo book, sets it up and writes the demo school of the current school
 * year, one setValues per tab. A fill that was interrupted is finished by the next run. Returns the rows written.
 */
export function runDemoFill(): number {
  return withDocumentLock(
    () => messages(userLocale()),
    () => {
      const wb = new Workbook();
      requireCoordinator(wb);
      const year = schoolYearOf(wb.today);
      const demo = buildDemoSchool({ year });
      const properties = PropertiesService.getDocumentProperties();
      const grids: Partial<Record<TabKey, ReturnType<Workbook["grid"]>>> = {};
      for (const key of SOURCE_TAB_ORDER) if (wb.sheet(key)) grids[key] = wb.grid(key);
      const demoBook = properties.getProperty(DEMO_KEY) === year;
      const m = wb.messages;
      const options = { timeZone: wb.timeZone, locale: wb.locale };
      const refused = checkDemoTarget({ grids, demoBook }, demo, options);
      if (refused.length > 0) {
        const names = refused.map((k) => wb.sheetName(k) ?? TABS[k].name.ru);
        throw new UserError(m.demo.hasData(names));
      }
      // The marker comes first: if the fill is interrupted, the next run recognises the rows as the demo's.
      if (!demoBook) properties.setProperty(DEMO_KEY, year);
      let rows = 0;
      const responsesMissing = demoResponsesMissing(wb.ss, demo.responses);
      setupTabs(wb, (plan) => {
        rows = addDemoWrites(plan, demo, options, wb.today);
        // A complete demo book: only what an interruption left undone (formats, Настройки, the answers to the
        // questionnaires) is finished; with nothing left, it is refused like any book with data, and nothing is written.
        if (!plan.writes.some(hasWork) && !responsesMissing) {
          const names = filledTabs({ grids }).map((k) => wb.sheetName(k) ?? TABS[k].name.ru);
          if (names.length > 0) throw new UserError(m.demo.hasData(names));
        }
      });
      // The answers to the ready questionnaires, and their results, after the source tabs they are scored against.
      if (responsesMissing) rows += fillDemoResponses(demo.responses);
      toastAfterSave(wb.ss, m.demo.done(demo.pupils.length, demo.events.length), m.setup.title);
      return rows;
    },
  );
}
