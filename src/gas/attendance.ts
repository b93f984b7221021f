// The «Отметить участие» sidebar's server side: its data in one call, and a save under the document lock.

import * as z from "zod/mini";
import { PARTICIPATION_MARKS, type Participation } from "../domain/records";
import { type Locale, messages } from "../i18n";
import {
  type AttendanceList,
  type AttendanceOutcome,
  type AttendancePlan,
  type AttendanceView,
  attendanceList,
  attendanceMarks,
  planAttendanceSave,
} from "../tables/attendance";
import { type Cell, columnLetter, type Grid, withoutTrailingBlanks } from "../tables/cell";
import { identityKey } from "../tables/normalize";
import { assertHeader, mapHeader, type ReadResult, readTable, TableError } from "../tables/read";
import { TABS } from "../tables/specs";
import { lazy, parseArgs } from "./args";
import { userLocale } from "./locale";
import { UserError, withDocumentLock } from "./lock";
import { saveTabWrites } from "./tab-writer";
import { Workbook } from "./workbook";

/** Everything the sidebar needs, in one call. */
export type AttendanceData = AttendanceView & { locale: Locale; today: string };

export type AttendanceSaveResult = AttendanceOutcome & { data: AttendanceData };

const text = (max: number) => z.string().check(z.maxLength(max));

/** What the sidebar sends: the event, the class, a mark for each pupil marked (at most a large class's worth). */
export const AttendanceArg = lazy(() =>
  z.object({
    eventId: text(50).check(z.minLength(1)),
    className: text(20).check(z.minLength(1)),
    marks: z
      .array(z.object({ code: text(100).check(z.minLength(1)), mark: z.enum(PARTICIPATION_MARKS) }))
      .check(z.maxLength(500)),
  }),
);
export type AttendanceArg = z.infer<ReturnType<typeof AttendanceArg>>;

/**
 * Участие as an operation on one event needs it: the header row, the event column whole, then only the rows between
 * the event's first and last row, in the columns a mark needs (cells read: the tab's rows once, plus the event's
 * span across those columns, not the whole tab). `records` hold the rows of those events only, with their sheet rows; `column` is the event column
 * from row 1 to the sheet's last row (the rows appended go below its last filled row, and the executor re-checks
 * them before writing); `size` is the sheet's grid (rows and columns), so an append inside it asks for no size.
 */
export interface EventRows {
  participation: ReadResult<Participation>;
  column: Grid;
  size: { rows: number; columns: number };
}

const emptyRows = (): EventRows => ({
  participation: {
    records: [],
    errors: [],
    rejected: [],
    header: mapHeader(TABS.participation, headerCells(TABS.participation)),
  },
  column: [],
  size: { rows: 0, columns: 0 },
});

/** The spec's headers in Russian: the header of a tab not there yet. */
function headerCells(spec: typeof TABS.participation): string[] {
  return spec.columns.map((c) => c.header.ru);
}

/** The columns of Участие a mark needs: the rest of a row (hours, who marked, when) is not read. */
const MARK_COLUMNS = ["eventId", "code", "className", "mark"] as const;

/** Reads the rows of the given events from Участие (see EventRows): 3 calls when none has a row, else 5. */
export function readEventRows(wb: Workbook, eventIds: readonly string[], locale: Locale): EventRows {
  const sheet = wb.sheet("participation");
  if (!sheet) return emptyRows();
  const spec = TABS.participation;
  const row1 = sheet.getRange("1:1").getValues()[0] as Cell[];
  const headerRow = withoutTrailingBlanks(row1);
  const header = mapHeader(spec, headerRow);
  try {
    assertHeader(spec, header, locale);
  } catch (e) {
    if (e instanceof TableError) throw new UserError(e.message);
    throw e;
  }
  const at = header.index.eventId!;
  const letter = columnLetter(at);
  const column = sheet.getRange(`${letter}:${letter}`).getValues() as Cell[][];
  const size = { rows: column.length, columns: row1.length };
  const keys = new Set(eventIds.map(identityKey));
  // Each distinct spelling normalized once (a tab of 150,000 rows holds about a thousand ids).
  const matches = new Map<unknown, boolean>();
  const rows: number[] = [];
  for (let r = 1; r < column.length; r++) {
    const v = column[r]?.[0];
    if (v === "" || v === null || v === undefined) continue;
    let match = matches.get(v);
    if (match === undefined) {
      match = keys.has(identityKey(typeof v === "string" ? v : String(v)));
      matches.set(v, match);
    }
    if (match) rows.push(r);
  }
  // A sparse grid: row 1, then the event's rows where the sheet has them (the rows between stay holes, skipped).
  // Of those rows only the columns a mark needs (event, pupil, class, mark: hours and who marked when are not
  // shown), from the first to the last of them: an event whose rows lie far apart reads 4 of 7 columns between.
  const grid: (readonly Cell[] | undefined)[] = [headerRow];
  const needed = MARK_COLUMNS.map((k) => header.index[k]).filter((i): i is number => i !== undefined);
  if (rows.length > 0 && needed.length > 0) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    const from = Math.min(...needed);
    const to = Math.max(...needed);
    const span = sheet.getRange(first + 1, from + 1, last - first + 1, to - from + 1).getValues() as Cell[][];
    const pad: Cell[] = new Array(from).fill("");
    grid.length = last + 1;
    for (const r of rows) grid[r] = from === 0 ? span[r - first] : [...pad, ...span[r - first]];
  }
  const participation = readTable(spec, grid as Grid, { timeZone: wb.timeZone, locale });
  return { participation, column, size };
}

function buildData(
  wb: Workbook,
  locale: Locale,
  shown: (list: AttendanceList) => string | undefined,
  known?: { rows: EventRows; appended: AttendancePlan["appended"] },
): AttendanceData {
  const pupils = wb.read("pupils").records.map((r) => r.record);
  const list = attendanceList(
    wb.read("events").records.map((r) => r.record),
    pupils,
    wb.today,
  );
  const eventId = shown(list);
  if (eventId === undefined) return { ...list, marks: {}, skipped: 0, locale, today: wb.today };
  const rows = known?.rows ?? readEventRows(wb, [eventId], locale);
  const participation = known?.appended.length
    ? { ...rows.participation, records: [...rows.participation.records, ...known.appended] }
    : rows.participation;
  const { marks, skipped } = attendanceMarks(list, pupils, participation);
  // The event shown has its marks (none is {}); the sidebar asks for another event's when it is chosen.
  const id = list.events.find((e) => identityKey(e.id) === identityKey(eventId))?.id;
  if (id !== undefined) marks[id] ??= {};
  return { ...list, marks, skipped, locale, today: wb.today };
}

/**
 * The sidebar's data: Мероприятия and Ученики read once, and of Участие the marks of one event only (`eventId`, else
 * the first listed: the nearest to today), read by its rows (readEventRows).
 */
export function attendanceData(eventIdArg?: unknown): AttendanceData {
  const wb = new Workbook();
  const locale = wb.userLocale;
  const eventId =
    eventIdArg === undefined || eventIdArg === null
      ? undefined
      : parseArgs(messages(locale), "getAttendance", () => text(50).check(z.minLength(1)), eventIdArg);
  return buildData(wb, locale, (view) => eventId ?? view.events[0]?.id);
}

/**
 * Who marks: blank when Apps Script does not reveal the e-mail. A failure of the service is not swallowed: the save
 * stops before anything is written, so a repeat writes the rows with «Отметил» filled.
 */
function activeEmail(): string {
  return Session.getActiveUser().getEmail() ?? "";
}

/**
 * Saves a class's marks. Under the document lock it reads Настройки (the language of the labels written), Мероприятия
 * and Ученики, and Участие last, right before the write: the new rows go below whatever is there then, so a row a
 * person typed meanwhile is never overwritten. One block appended, so the marks are saved together or not at all.
 */
export function saveAttendanceAction(arg: unknown): AttendanceSaveResult {
  const locale = userLocale();
  const um = messages(locale);
  const input = parseArgs(um, "saveAttendance", AttendanceArg, arg);
  return withDocumentLock(um, () => {
    const wb = new Workbook();
    wb.requireSheet("participation");
    const cellLocale = wb.locale;
    const events = wb.read("events").records.map((r) => r.record);
    const pupils = wb.read("pupils").records.map((r) => r.record);
    // Участие last, right before the write: the event's rows only (its marks decide what changed).
    const rows = readEventRows(wb, [input.eventId], cellLocale);
    const { outcome, writes, appended } = planAttendanceSave(
      {
        tabName: TABS.participation.name[cellLocale],
        grid: rows.column,
        size: rows.size,
        participation: rows.participation,
        events,
        pupils,
        locale: cellLocale,
        timeZone: wb.timeZone,
      },
      input,
      activeEmail(),
      new Date(),
    );
    saveTabWrites(wb, writes, um);
    // The fresh marks of the event: what was read plus what was appended (no second read of Участие).
    return { ...outcome, data: buildData(wb, locale, () => input.eventId, { rows, appended }) };
  });
}
