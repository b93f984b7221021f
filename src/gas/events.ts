// The «Мероприятие» sidebar's server side: its data in one call, a save under the lock with ids never reused, and
// the ids of hand-typed events filled by setup.

import * as z from "zod/mini";
import { COMPONENTS, EVENT_FORMATS, EVENT_STATUSES, type SchoolEvent } from "../domain/records";
import { type Locale, messages } from "../i18n";
import { tableMessages } from "../i18n/tables";
import { COMPONENT, EVENT_FORMAT } from "../tables/enums";
import {
  afterEventSave,
  type EventSaveOutcome,
  type EventsView,
  eventsView,
  planEventIdFill,
  planEventSave,
} from "../tables/events";
import { formatGradeList } from "../tables/normalize";
import type { HeaderMap } from "../tables/read";
import { TABS } from "../tables/specs";
import { patchWrites, type TabWrite } from "../tables/tab-write";
import { lazy, parseArgs } from "./args";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
import { saveTabWrites } from "./tab-writer";
import { Workbook } from "./workbook";

/** Document property: the highest event id number ever given, so that a deleted event's id is never given again. */
const LAST_ID_KEY = "proftrack.lastEventId";

export type EventsData = EventsView & {
  locale: Locale;
  today: string;
  formats: { code: string; label: string }[];
  components: { code: string; label: string }[];
  professions: string[];
};

export type EventSaveResult = EventSaveOutcome & { data: EventsData };

const text = (max: number) => z.string().check(z.maxLength(max));
export const EventDraftArg = lazy(() =>
  z.object({
    date: text(10),
    title: text(300),
    format: z.enum(EVENT_FORMATS),
    component: z.enum(COMPONENTS),
    classes: text(200),
    hours: z.optional(z.number().check(z.gte(0), z.lte(1000))),
    responsible: z.optional(text(300)),
    partner: z.optional(text(300)),
    professions: z.array(text(300)).check(z.maxLength(50)),
    status: z.enum(EVENT_STATUSES),
  }),
);
export type EventDraftArg = z.infer<ReturnType<typeof EventDraftArg>>;

function buildData(wb: Workbook, locale: Locale, events = wb.read("events")): EventsData {
  const view = eventsView(
    events,
    wb.read("bands").records.map((r) => r.record),
    wb.settings.quarters,
    wb.today,
    (s) =>
      s.all
        ? tableMessages(locale).all
        : [...s.classes, formatGradeList(s.grades)].filter((x) => x !== "").join(", "),
  );
  return {
    ...view,
    locale,
    today: wb.today,
    formats: EVENT_FORMAT.options.map((o) => ({ code: o.code, label: o.label[locale] })),
    components: COMPONENT.options.map((o) => ({ code: o.code, label: o.label[locale] })),
    professions: wb.read("professions").records.map((r) => r.record.profession),
  };
}

/** The sidebar's data: Настройки, Мероприятия, Ступени and Профессии, each read once. */
export function eventsData(): EventsData {
  return buildData(new Workbook(), userLocale());
}

type Properties = GoogleAppsScript.Properties.Properties;

/** The document's properties, asked of the service once per operation (read and write share it). */
function documentProperties(): () => Properties {
  let props: Properties | undefined;
  return () => {
    props ??= PropertiesService.getDocumentProperties();
    return props;
  };
}

function readLastId(props: () => Properties): number {
  const n = Number(props().getProperty(LAST_ID_KEY) ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

function recordLastId(props: () => Properties, before: number, last: number): void {
  if (last > before) props().setProperty(LAST_ID_KEY, String(last));
}

/**
 * Saves an event (new when `editId` is absent) under the document lock: Мероприятия re-read inside it, the id given
 * there (above every id the tab holds and every id ever given), hand-typed rows without an id filled in the same write.
 */
export function saveEventAction(draftArg: unknown, editIdArg: unknown): EventSaveResult {
  const locale = userLocale();
  const um = messages(locale);
  const draft = parseArgs(um, "saveEvent", EventDraftArg, draftArg);
  const editId = parseArgs(um, "saveEvent", z.optional(text(50)), editIdArg ?? undefined);
  return withDocumentLock(um, () => {
    const wb = new Workbook();
    wb.requireSheet("events");
    const cellLocale = wb.locale;
    const props = documentProperties();
    const highWater = readLastId(props);
    const { outcome, writes, last, saved } = planEventSave(
      {
        // The name is written only if the tab were made (it is required here): no getName.
        tabName: TABS.events.name[cellLocale],
        grid: wb.grid("events"),
        events: wb.read("events"),
        quarters: wb.settings.quarters,
        professions: wb.read("professions").records.map((r) => r.record.profession),
        highWater,
        locale: cellLocale,
        timeZone: wb.timeZone,
      },
      draft,
      editId,
    );
    saveTabWrites(wb, writes, um);
    recordLastId(props, highWater, last);
    // The fresh list: what was read with what was written (no second read of Мероприятия).
    const read = wb.read("events");
    return { ...outcome, data: buildData(wb, locale, afterEventSave(read, writes, saved)) };
  });
}

/**
 * For setup: the write that gives hand-typed events their ids (the Id cells only), and a callback recording the
 * high-water mark once the write succeeded. Nothing when every event has an id or the tab lacks the Id column.
 */
export function eventIdFillWrites(wb: Workbook): { writes: TabWrite[]; record: () => void } {
  const name = wb.sheetName("events");
  const grid = wb.grid("events");
  if (name === null || grid.length === 0) return { writes: [], record: () => undefined };
  let header: HeaderMap<SchoolEvent>;
  try {
    header = wb.read("events").header;
  } catch (_e) {
    // A missing required column: setup adds it; the ids wait for the next run.
    return { writes: [], record: () => undefined };
  }
  const props = documentProperties();
  const highWater = readLastId(props);
  const fill = planEventIdFill(grid, header, highWater);
  return {
    writes: patchWrites("events", name, grid, fill.patches),
    // Only when ids were given: setup on a book whose events all have ids changes nothing.
    record: () => {
      if (fill.patches.length > 0) recordLastId(props, highWater, fill.last);
    },
  };
}
