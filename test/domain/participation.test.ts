// Hours and participation on a hand-computed fixture: a later mark wins, a cancelled event, a pupil who left,
// a trial spanning quarters, a grade-5 pupil; plus the year's pace and the component × band balance.

import {
  componentBalance,
  currentQuarter,
  type MarkRow,
  participationSummary,
  yearShare,
} from "../../src/domain/participation";
import type { Participation, Project, Pupil, SchoolEvent, Settings, Trial } from "../../src/domain/records";
import { identityKey } from "../../src/tables/normalize";

const QUARTERS: Settings["quarters"] = [
  { start: "2026-09-01", end: "2026-10-24" }, // 54 days
  { start: "2026-11-05", end: "2026-12-28" }, // 54
  { start: "2027-01-11", end: "2027-03-20" }, // 69
  { start: "2027-03-30", end: "2027-05-26" }, // 58 → 235 days in all
];
const TODAY = "2026-11-16"; // 54 + 12 = 66 days elapsed: share 66/235, expected 40 × 66/235 = 11.23

const event = (id: string, date: string, extra: Partial<SchoolEvent>): SchoolEvent => ({
  id,
  date,
  title: id,
  format: "other",
  component: "enlightenment",
  classes: { all: false, classes: [], grades: [] },
  hours: 1,
  professions: [],
  status: "done",
  ...extra,
});
const EVENTS: SchoolEvent[] = [
  event("М-0001", "2026-09-10", { classes: { all: false, classes: ["8А"], grades: [] }, hours: 3 }),
  event("М-0002", "2026-11-10", {
    classes: { all: false, classes: ["8А"], grades: [] },
    hours: 5,
    status: "cancelled",
  }),
  event("М-0003", "2026-11-12", {
    classes: { all: false, classes: ["8А", "9А"], grades: [] },
    hours: 2,
    component: "diagnostics",
  }),
  event("М-0004", "2026-09-20", {
    classes: { all: false, classes: [], grades: [5, 6, 7] },
    component: "interests",
  }),
  event("М-0005", "2026-12-10", {
    classes: { all: false, classes: [], grades: [8] },
    component: "adaptation",
    status: "planned",
  }),
];
const pupil = (code: string, className: string, active = true): Pupil => ({ code, className, active });
const PUPILS: Pupil[] = [
  pupil("А-1", "8А"),
  pupil("А-2", "8А"),
  pupil("А-3", "8А", false), // left the school
  pupil("Б-1", "9А"),
  pupil("Б-2", "9А"),
  pupil("В-1", "5А"),
];
const mark = (eventId: string, code: string, m: Participation["mark"], hours?: number): Participation => ({
  eventId,
  code,
  mark: m,
  ...(hours === undefined ? {} : { hours }),
});
const MARKS: MarkRow[] = [
  mark("М-0001", "А-1", "absent"), // row 2: replaced by row 5
  mark("М-0001", "А-2", "present"), // row 3: replaced by row 6
  mark("М-0001", "А-3", "present"), // row 4: a pupil who left
  mark("м-0001 ", " а-1", "present"), // row 5: the same pair typed differently, later: wins
  mark("М-0001", "А-2", "absent"), // row 6
  mark("М-0002", "А-1", "present"), // row 7: cancelled event, counts for nobody
  mark("М-0003", "А-1", "present", 1.5), // row 8: the row's hours
  mark("М-0003", "А-2", "excused"), // row 9
  mark("М-0003", "Б-1", "absent"), // row 10
  mark("М-0003", "Б-2", "present"), // row 11
  mark("М-0004", "В-1", "present"), // row 12
  mark("М-0099", "А-2", "present"), // row 13: no such event
].map((record, i) => ({ row: i + 2, record }));
const trial = (code: string, hours: number, start: string, end: string): Trial => ({
  code,
  organization: "Техникум",
  profession: "Агроном",
  hours,
  start,
  end,
});
const TRIALS: Trial[] = [
  trial("А-1", 8, "2026-10-20", "2026-11-06"),
  trial("Б-1", 12, "2026-10-20", "2026-11-06"), // spans the 1st and the 2nd quarter
  trial("Б-2", 6, "2026-12-01", "2026-12-03"), // not begun by today
];
const PROJECTS: Project[] = [
  { kind: "bankTask", title: "Задача", code: "Б-1" },
  { kind: "individual", title: "Проект", code: "Б-2" },
];

const summary = participationSummary({
  settings: { quarters: QUARTERS, profminimumHours: 40 },
  classes: [
    { className: "5А", grade: 5 },
    { className: "8А", grade: 8 },
    { className: "9А", grade: 9 },
  ],
  pupils: PUPILS,
  events: EVENTS,
  participation: MARKS,
  trials: TRIALS,
  projects: PROJECTS,
  consultations: [{ date: "2026-10-01", code: "Б-1", topic: "ОГЭ" }],
  today: TODAY,
  idKey: identityKey,
});
const of = (code: string) => summary.pupils.find((p) => p.code === code)!;
const pick = (code: string) => {
  const p = of(code);
  return {
    events: p.events,
    eventHours: p.eventHours,
    trialHours: p.trialHours,
    hours: p.hours,
    target: p.target,
    expected: p.expected,
    flags: p.flags,
  };
};

describe("the school year's pace", () => {
  test("the elapsed share counts days of quarters only", () => {
    expect(yearShare(QUARTERS, TODAY)).toBeCloseTo(66 / 235, 10);
    expect(yearShare(QUARTERS, "2026-10-30")).toBeCloseTo(54 / 235, 10); // autumn holidays: no growth
    expect(yearShare(QUARTERS, "2026-08-20")).toBe(0);
    expect(yearShare(QUARTERS, "2027-06-10")).toBe(1);
  });
  test("the current quarter, or in the holidays the last begun", () => {
    expect(currentQuarter(QUARTERS, TODAY)).toBe(2);
    expect(currentQuarter(QUARTERS, "2026-10-30")).toBe(1);
    expect(currentQuarter(QUARTERS, "2026-08-31")).toBeNull();
    expect(summary.quarter).toBe(2);
  });
});

describe("hours and flags per pupil (hand-computed)", () => {
  test("marked twice: the later row wins; a cancelled event counts for nothing; a trial adds its hours", () => {
    expect(pick("А-1")).toEqual({
      events: 2, // М-0001 (row 5 wins) and М-0003; М-0002 is cancelled
      eventHours: 4.5, // 3 + 1.5 (the row's own hours)
      trialHours: 8,
      hours: 12.5,
      target: 40,
      expected: 11.23,
      flags: [],
    });
    expect(of("А-1").marks).toEqual({ "м-0001": "present", "м-0003": "present" });
  });
  test("present then absent: absent; excused this quarter: no participation, behind", () => {
    expect(pick("А-2")).toEqual({
      events: 0,
      eventHours: 0,
      trialHours: 0,
      hours: 0,
      target: 40,
      expected: 11.23,
      flags: ["noParticipationThisQuarter", "behindProfminimum"],
    });
  });
  test("a pupil who left keeps the hours but has no flags", () => {
    expect(pick("А-3")).toMatchObject({ events: 1, hours: 3, flags: [] });
    expect(of("А-3").active).toBe(false);
  });
  test("a trial spanning two quarters counts in this quarter; grade 9 without an individual project", () => {
    expect(pick("Б-1")).toEqual({
      events: 0,
      eventHours: 0,
      trialHours: 12,
      hours: 12,
      target: 40,
      expected: 11.23,
      flags: ["noIndividualProject"],
    });
    expect(of("Б-1").consultations).toHaveLength(1);
  });
  test("a trial not yet begun adds nothing; an individual project clears the flag", () => {
    expect(pick("Б-2")).toEqual({
      events: 1,
      eventHours: 2,
      trialHours: 0,
      hours: 2,
      target: 40,
      expected: 11.23,
      flags: ["behindProfminimum"],
    });
    expect(of("Б-2").trials).toHaveLength(1);
  });
  test("grade 5: tracked without a target, never behind", () => {
    expect(pick("В-1")).toEqual({
      events: 1,
      eventHours: 1,
      trialHours: 0,
      hours: 1,
      target: null,
      expected: null,
      flags: ["noParticipationThisQuarter"],
    });
  });
});

describe("rates per class", () => {
  const cls = (name: string) => summary.classes.find((c) => c.className === name)!;
  test("8А: the pupil who left is out; the cancelled event is out; the planned one has no rate yet", () => {
    expect(cls("8А")).toEqual({
      className: "8А",
      grade: 8,
      pupils: 2,
      events: [
        { eventKey: "м-0001", present: 1, absent: 1, excused: 0, rate: 0.5 },
        { eventKey: "м-0003", present: 1, absent: 0, excused: 1, rate: 0.5 },
        { eventKey: "м-0005", present: 0, absent: 0, excused: 0, rate: null },
      ],
      rate: 0.5,
      meanHours: 6.25,
      behind: 1,
      noParticipationThisQuarter: 1,
      noIndividualProject: 0,
    });
  });
  test("9А and 5А", () => {
    expect(cls("9А")).toMatchObject({
      pupils: 2,
      rate: 0.5,
      meanHours: 7,
      behind: 1,
      noIndividualProject: 1,
    });
    expect(cls("5А")).toMatchObject({ pupils: 1, rate: 1, behind: 0, noParticipationThisQuarter: 1 });
  });
});

test("the component × band balance counts events not cancelled, by the grades they are for", () => {
  const bands = [
    { name: "5–7", grades: [5, 6, 7], direction: "" },
    { name: "8–9", grades: [8, 9], direction: "" },
  ];
  const nonZero = componentBalance(EVENTS, bands).filter((c) => c.count > 0);
  expect(nonZero).toEqual([
    { component: "enlightenment", band: "8–9", count: 1 },
    { component: "interests", band: "5–7", count: 1 },
    { component: "diagnostics", band: "8–9", count: 1 },
    { component: "adaptation", band: "8–9", count: 1 },
  ]);
  expect(componentBalance(EVENTS, bands)).toHaveLength(10);
  expect(componentBalance(EVENTS, bands, QUARTERS[1]).filter((c) => c.count > 0)).toHaveLength(2);
});
