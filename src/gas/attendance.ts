// The «Отметить участие» sidebar's server side: its data in one call, and a save under the document lock.

import * as z from "zod/mini";
import { PARTICIPATION_MARKS } from "../domain/records";
import { type Locale, messages } from "../i18n";
import {
  type AttendanceOutcome,
  type AttendancePlan,
  type AttendanceView,
  attendanceView,
  planAttendanceSave,
} from "../tables/attendance";
import { lazy, parseArgs } from "./args";
import { userLocale } from "./locale";
import { withDocumentLock } from "./lock";
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

/** Menu «Отметить участие»: the sidebar; it reads nothing here, its data comes with getAttendance. */
export function showAttendanceSidebarUi(): void {
  const m = messages(userLocale());
  const html = HtmlService.createHtmlOutputFromFile("attendance").setTitle(m.attendance.title);
  SpreadsheetApp.getUi().showSidebar(html);
}

function buildData(wb: Workbook, locale: Locale, appended: AttendancePlan["appended"] = []): AttendanceData {
  const participation = wb.read("participation");
  const view = attendanceView(
    wb.read("events").records.map((r) => r.record),
    wb.read("pupils").records.map((r) => r.record),
    appended.length ? { ...participation, records: [...participation.records, ...appended] } : participation,
    wb.today,
  );
  return { ...view, locale, today: wb.today };
}

/** The sidebar's data: Мероприятия, Ученики and Участие, each read once. */
export function attendanceData(): AttendanceData {
  return buildData(new Workbook(), userLocale());
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
    const participation = wb.read("participation");
    const { outcome, writes, appended } = planAttendanceSave(
      {
        tabName: wb.sheetName("participation") ?? "",
        grid: wb.grid("participation"),
        participation,
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
    // The fresh marks: what was read plus what was appended (no second read of Участие).
    return { ...outcome, data: buildData(wb, locale, appended) };
  });
}
