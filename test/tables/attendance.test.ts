// Marking attendance and filling event ids as pure plans: only changed marks are appended, below the last row;
// refusals write nothing; ids for hand-typed events start above every id ever given.

import type { Pupil, SchoolEvent } from "../../src/domain/records";
import { type AttendanceSnapshot, attendanceView, planAttendanceSave } from "../../src/tables/attendance";
import type { Cell } from "../../src/tables/cell";
import { eventIdNumber, planEventIdFill } from "../../src/tables/events";
import { readTable } from "../../src/tables/read";
import { TABS } from "../../src/tables/specs";
import { headerRow } from "../../src/tables/write";

const ZONE = { timeZone: "Europe/Moscow" };
const options = { ...ZONE, locale: "ru" as const };
const AT = new Date("2026-11-20T09:00:00Z");

const event = (
  id: string,
  classes: SchoolEvent["classes"],
  status: SchoolEvent["status"] = "done",
): SchoolEvent => ({
  id,
  date: "2026-11-19",
  title: id,
  format: "other",
  component: "enlightenment",
  classes,
  hours: 2,
  professions: [],
  status,
});
const EVENTS = [
  event("М-0001", { all: false, classes: [], grades: [8] }),
  event("М-0002", { all: false, classes: ["8А"], grades: [] }, "cancelled"),
];
const PUPILS: Pupil[] = [
  { code: "8А-01", className: "8А", active: true },
  { code: "8А-02", className: "8А", active: true },
  { code: "8А-03", className: "8А", active: false },
  { code: "8Б-01", className: "8Б", active: true },
  { code: "9А-01", className: "9А", active: true },
];

function snapshot(rows: Cell[][]): AttendanceSnapshot {
  const grid: Cell[][] = [[...headerRow(TABS.participation, "ru"), "Заметки"], ...rows];
  return {
    tabName: "Участие",
    grid,
    participation: readTable(TABS.participation, grid, options),
    events: EVENTS,
    pupils: PUPILS,
    locale: "ru",
    timeZone: ZONE.timeZone,
  };
}

const BASE: Cell[][] = [
  ["М-0001", "8А-01", "8А", "не участвовал", "", "", "", "заметка"],
  ["м-0001", "8а-02", "8А", "участвовал", "", "", "", ""],
  ["", "", "", "", "", "", "", ""],
];

describe("planAttendanceSave", () => {
  test("only marks that differ from the one that counts are appended, below the last filled row", () => {
    const plan = planAttendanceSave(
      snapshot(BASE),
      {
        eventId: "м-0001",
        className: "8а",
        marks: [
          { code: "8А-01", mark: "present" },
          { code: "8А-02", mark: "present" },
          { code: "8А-02", mark: "present" },
        ],
      },
      "teacher@school.example",
      AT,
    );
    expect(plan.outcome).toEqual({
      ok: true,
      appended: 1,
      unchanged: 1,
      row: 4,
      message: "Сохранено 1 отметка для 8А: лист «Участие», строки с 4.",
    });
    expect(plan.writes).toEqual([
      {
        tab: "participation",
        name: "Участие",
        blocks: [
          {
            row: 4,
            column: 1,
            values: [["М-0001", "8А-01", "8А", "участвовал", "", "teacher@school.example", AT, ""]],
          },
        ],
      },
    ]);
    expect(plan.appended).toEqual([
      {
        row: 4,
        record: {
          eventId: "М-0001",
          code: "8А-01",
          className: "8А",
          mark: "present",
          markedBy: "teacher@school.example",
        },
      },
    ]);
  });

  test("refusals write nothing: a pupil of another grade, a pupil who left, a cancelled event, an unknown event", () => {
    const snap = snapshot(BASE);
    const save = (eventId: string, codes: string[]) =>
      planAttendanceSave(
        snap,
        { eventId, className: "8А", marks: codes.map((code) => ({ code, mark: "present" as const })) },
        "",
        AT,
      );
    expect(save("М-0001", ["8А-01", "9А-01", "8А-03"]).outcome).toMatchObject({
      ok: false,
      refused: ["9А-01", "8А-03"],
    });
    expect(save("М-0001", ["8Б-01"]).outcome.ok).toBe(true); // 8Б is a class of the event too
    expect(save("М-0002", ["8А-01"]).outcome).toMatchObject({
      ok: false,
      message: "Мероприятие М-0002 отменено: отметки для него не сохраняются.",
    });
    expect(save("М-0404", ["8А-01"]).outcome).toMatchObject({ ok: false, gone: true });
    for (const ids of [["9А-01"], ["8А-03"]]) expect(save("М-0001", ids).writes).toEqual([]);
  });

  test("the view: events nearest today first, active pupils by class, the latest marks by the tabs' spelling", () => {
    const snap = snapshot(BASE);
    const view = attendanceView(EVENTS, PUPILS, snap.participation, "2026-11-20");
    expect(view.events.map((e) => e.id)).toEqual(["М-0001"]);
    expect(view.events[0].classes).toEqual(["8А", "8Б"]);
    expect(view.pupils).toEqual({
      "8А": [{ code: "8А-01" }, { code: "8А-02" }],
      "8Б": [{ code: "8Б-01" }],
      "9А": [{ code: "9А-01" }],
    });
    expect(view.marks).toEqual({ "М-0001": { "8А-01": "absent", "8А-02": "present" } });
  });
});

describe("event ids", () => {
  const grid: Cell[][] = [
    headerRow(TABS.events, "ru"),
    ["М-0003", "", "Есть id"],
    ["", "", "Набрано вручную"],
    ["", "", "", "", "", "", "", "", "", "", ""],
    ["", "", "Ещё одно"],
  ];
  const header = readTable(TABS.events, grid, options).header;

  test("rows without an id get the next numbers above the column's highest and the high-water mark", () => {
    expect(planEventIdFill(grid, header, 0)).toEqual({
      patches: [
        { row: 3, column: 1, value: "М-0004" },
        { row: 5, column: 1, value: "М-0005" },
      ],
      last: 5,
    });
    expect(planEventIdFill(grid, header, 9).patches.map((p) => p.value)).toEqual(["М-0010", "М-0011"]);
  });

  test("eventIdNumber reads «М-0007» in any case and with a Latin M, nothing else", () => {
    expect(eventIdNumber("м-0007")).toBe(7);
    expect(eventIdNumber("M-0007")).toBeNull();
    expect(eventIdNumber("М-")).toBeNull();
  });
});
