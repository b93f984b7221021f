// «Класс — 8А»: the source tabs of events and pupils' work read once each, the class's view built whole and swapped in.

import { allClassNames, eventsOfClass, participationSummary } from "../domain/participation";
import { type Locale, messages } from "../i18n";
import { CLASS_VIEW_KIND, classView } from "../tables/class-view";
import { dateToLocalDateTime, formatLocalDate } from "../tables/dates";
import { identityKey, normalizeClassName } from "../tables/normalize";
import { replaceGeneratedTab } from "./generated";
import { userLocale } from "./locale";
import { UserError, withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { Workbook } from "./workbook";

/** The tabs the class view reads, in the order of the stamp. */
const SOURCES = [
  "settings",
  "classes",
  "pupils",
  "events",
  "participation",
  "trials",
  "projects",
  "consultations",
] as const;

/** What the toast says, for tests and callers. */
export interface ClassViewOutcome {
  tab: string;
  pupils: number;
  events: number;
  behind: number;
}

/**
 * Builds «Класс — <class>»: reads Настройки, Классы, Ученики, Мероприятия, Участие, Профпробы, Проекты and
 * Консультации once each, computes hours and participation (domain/participation.ts) and replaces the tab whole.
 * The number of service calls does not depend on the rows of Участие.
 */
export function runClassView(classArg: string, now: Date = new Date()): ClassViewOutcome {
  const um = messages(userLocale());
  const parsed = normalizeClassName(classArg.trim());
  return withDocumentLock(um, () => {
    const wb = new Workbook(undefined, now);
    const settings = wb.settings;
    const locale = wb.locale;
    const m = messages(locale);
    const classes = wb.read("classes").records.map((r) => r.record);
    const pupils = wb.read("pupils").records.map((r) => r.record);
    const known = allClassNames(classes, pupils);
    const className = parsed.ok ? known.find((c) => identityKey(c) === identityKey(parsed.value)) : undefined;
    if (!className) throw new UserError(m.classView.unknownClass(classArg.trim()));
    const events = wb.read("events").records.map((r) => r.record);
    // A pupil's and a class's figures depend on their own marks only: the class's pupils are all it needs.
    const summary = participationSummary({
      settings,
      classes: classes.filter((c) => c.className === className),
      pupils: pupils.filter((p) => p.className === className),
      events,
      participation: wb.read("participation").records,
      trials: wb.read("trials").records.map((r) => r.record),
      projects: wb.read("projects").records.map((r) => r.record),
      consultations: wb.read("consultations").records.map((r) => r.record),
      today: wb.today,
      idKey: identityKey,
    });
    const sources = SOURCES.map((k) => wb.sheetName(k)).filter((n): n is string => n !== null);
    const when = dateToLocalDateTime(now, { timeZone: wb.timeZone }) ?? "";
    const stamp = m.generated.stamp(`${formatLocalDate(when.slice(0, 10))} ${when.slice(11, 16)}`, sources);
    const classEvents = eventsOfClass(events, className);
    const content = classView({
      className,
      summary,
      events: classEvents,
      stamp,
      locale,
      personalDataMode: settings.personalDataMode,
    });
    const tab = m.classView.tabName(className);
    replaceGeneratedTab(wb.ss, m, tab, CLASS_VIEW_KIND, content);
    const cls = summary.classes.find((c) => c.className === className);
    const behind = cls?.behind ?? 0;
    toastAfterSave(wb.ss, m.classView.toast(className, behind, tab), m.classView.title);
    return { tab, pupils: cls?.pupils ?? 0, events: classEvents.length, behind };
  });
}

/** What the class picker shows: the classes of Классы and Ученики with their active pupils. */
export interface ClassPickerData {
  locale: Locale;
  classes: { className: string; pupils: number }[];
}

/** The picker's data in one call: Классы and Ученики read once each. */
export function classPickerData(): ClassPickerData {
  const wb = new Workbook();
  const pupils = wb.read("pupils").records.map((r) => r.record);
  const names = allClassNames(
    wb.read("classes").records.map((r) => r.record),
    pupils,
  );
  return {
    locale: userLocale(),
    classes: names.map((className) => ({
      className,
      pupils: pupils.filter((p) => p.active && p.className === className).length,
    })),
  };
}
