// Plan coverage: hand-counted cells on a 2-subject, 2-grade fixture, and every kind of flag.

import { type PlanFlag, type PlanRow, planCoverage } from "../../src/domain/plan-coverage";
import type { Band, PlanEntry, Profession, Settings, Subject } from "../../src/domain/records";

const QUARTERS: Settings["quarters"] = [
  { start: "2026-09-01", end: "2026-10-24" },
  { start: "2026-11-05", end: "2026-12-28" },
  { start: "2027-01-11", end: "2027-03-20" },
  { start: "2027-03-30", end: "2027-05-26" },
];
const settings = (introductionsPerQuarter = 2) => ({ quarters: QUARTERS, introductionsPerQuarter });

const subject = (name: string, grades: number[]): Subject => ({ subject: name, grades, teachers: [] });
const profession = (name: string, subjects: string[], extra: Partial<Profession> = {}): Profession => ({
  profession: name,
  subjects,
  types: [],
  isNew: false,
  competences: [],
  bands: [],
  ...extra,
});
/** Plan rows from compact tuples; sheet rows start at 2 (row 1 is the header). */
const planRows = (
  entries: [string, number, number, string | undefined, string, PlanEntry["status"]][],
): PlanRow[] =>
  entries.map(([subj, grade, quarter, date, prof, status], i) => ({
    row: i + 2,
    record: { subject: subj, grade, quarter, profession: prof, status, ...(date ? { date } : {}) },
  }));

const SUBJECTS = [subject("Математика", [6, 5]), subject("Биология", [5, 6])];
const PROFESSIONS = [
  profession("Программист", ["Математика", "Информатика"]),
  profession("Аналитик данных", ["математика"]),
  profession("Актуарий", ["Математика"]),
  profession("Криптограф", ["Математика"]),
  profession("Агроном", ["Биология"]),
  profession("Ветеринар", ["Биология"]),
  profession("Генетик", ["Биология"]),
  profession("Эколог", ["Биология"]),
];
const TODAY = "2026-11-10";

describe("planCoverage on a hand-counted fixture", () => {
  const plan = planRows([
    ["Математика", 5, 1, "2026-09-15", "Программист", "done"], // row 2
    [" МАТЕМАТИКА ", 5, 1, "2026-10-01", "Аналитик данных", "done"], // 3: same subject after normalization
    ["Математика", 5, 2, "2026-11-20", "Актуарий", "planned"], // 4
    ["Математика", 5, 2, "2026-11-25", "Криптограф", "suggested"], // 5: counts for nothing
    ["Математика", 6, 1, "2026-09-20", "Программист", "planned"], // 6: past and still planned
    ["Математика", 6, 1, "2026-10-05", "Криптограф", "cancelled"], // 7: counts for nothing
    ["Биология", 5, 1, "2026-09-10", "Агроном", "done"], // 8
    ["Биология", 5, 1, "2026-09-17", "Ветеринар", "done"], // 9
    ["Биология", 5, 2, "2026-11-12", "Генетик", "planned"], // 10
    ["Биология", 5, 2, "2026-11-19", "Эколог", "planned"], // 11
    ["Биология", 6, 3, "2027-01-20", "Агроном", "planned"], // 12
    ["Биология", 6, 4, undefined, "Ветеринар", "planned"], // 13: no date yet
  ]);
  const result = planCoverage({
    subjects: SUBJECTS,
    professions: PROFESSIONS,
    plan,
    settings: settings(),
    today: TODAY,
  });
  const count = (s: string, g: number, q: number) =>
    result.cells.find((c) => c.subject === s && c.grade === g && c.quarter === q)?.count;

  it("counts planned and done per subject × grade × quarter", () => {
    expect(result.cells).toHaveLength(16);
    expect([1, 2, 3, 4].map((q) => count("Математика", 5, q))).toEqual([2, 1, 0, 0]);
    expect([1, 2, 3, 4].map((q) => count("Математика", 6, q))).toEqual([1, 0, 0, 0]);
    expect([1, 2, 3, 4].map((q) => count("Биология", 5, q))).toEqual([2, 2, 0, 0]);
    expect([1, 2, 3, 4].map((q) => count("Биология", 6, q))).toEqual([0, 0, 1, 1]);
    expect(result.cells[0]).toEqual({
      subject: "Математика",
      grade: 5,
      quarter: 1,
      count: 2,
      required: 2,
      meets: true,
      missing: 0,
      suggested: 0,
      teachers: [],
    });
  });

  it("orders cells by Предметы, then grade, then quarter", () => {
    expect(result.cells.slice(0, 5).map((c) => [c.subject, c.grade, c.quarter])).toEqual([
      ["Математика", 5, 1],
      ["Математика", 5, 2],
      ["Математика", 5, 3],
      ["Математика", 5, 4],
      ["Математика", 6, 1],
    ]);
  });

  it("sums a year per subject × grade", () => {
    expect(result.bySubjectGrade).toEqual([
      { subject: "Математика", grade: 5, count: 3, required: 8, quartersMeeting: 1, meets: false },
      { subject: "Математика", grade: 6, count: 1, required: 8, quartersMeeting: 0, meets: false },
      { subject: "Биология", grade: 5, count: 4, required: 8, quartersMeeting: 2, meets: false },
      { subject: "Биология", grade: 6, count: 2, required: 8, quartersMeeting: 0, meets: false },
    ]);
  });

  it("totals: 3 of 16 cells meet (18.8 %, one decimal, not 19), 22 introductions missing, 1 proposal waiting", () => {
    expect(result.totals).toEqual({
      cells: 16,
      meeting: 3,
      percent: 18.8,
      missing: 22,
      suggested: 1,
      byQuarter: [
        { quarter: 1, cells: 4, meeting: 2, percent: 50, missing: 3, suggested: 0 },
        { quarter: 2, cells: 4, meeting: 1, percent: 25, missing: 5, suggested: 1 },
        { quarter: 3, cells: 4, meeting: 0, percent: 0, missing: 7, suggested: 0 },
        { quarter: 4, cells: 4, meeting: 0, percent: 0, missing: 7, suggested: 0 },
      ],
    });
  });

  it("names the teacher of a cell: from its plan rows, else from Предметы", () => {
    const withTeachers = planCoverage({
      subjects: [{ subject: "Математика", grades: [5, 6], teachers: ["Иванова И. И.", "Петров П. П."] }],
      professions: PROFESSIONS,
      plan: planRows([["Математика", 5, 1, undefined, "Программист", "planned"]]).map((r) => ({
        ...r,
        record: { ...r.record, teacher: "Петров П. П." },
      })),
      settings: { quarters: QUARTERS, introductionsPerQuarter: 2 },
      today: TODAY,
    });
    expect(withTeachers.cells.find((c) => c.grade === 5)?.teachers).toEqual(["Петров П. П."]);
    expect(withTeachers.cells.find((c) => c.grade === 6)?.teachers).toEqual([
      "Иванова И. И.",
      "Петров П. П.",
    ]);
  });

  it("flags only the overdue row", () => {
    expect(result.flags).toEqual([
      {
        kind: "overdue",
        row: 6,
        subject: "Математика",
        grade: 6,
        quarter: 1,
        profession: "Программист",
        date: "2026-09-20",
      },
    ]);
  });

  it("names the band of each cell when bands are given", () => {
    const bands: Band[] = [{ name: "5–7", grades: [5, 6, 7], direction: "" }];
    const withBands = planCoverage({
      subjects: SUBJECTS,
      professions: PROFESSIONS,
      plan,
      settings: settings(),
      bands,
      today: TODAY,
    });
    expect(withBands.cells.every((c) => c.band === "5–7")).toBe(true);
    expect(withBands.bySubjectGrade[0].band).toBe("5–7");
  });

  it("meets everywhere when the setting is 0, and 0 % with no subjects", () => {
    const zero = planCoverage({
      subjects: SUBJECTS,
      professions: PROFESSIONS,
      plan,
      settings: settings(0),
      today: TODAY,
    });
    expect(zero.totals.percent).toBe(100);
    const none = planCoverage({
      subjects: [],
      professions: PROFESSIONS,
      plan,
      settings: settings(),
      today: TODAY,
    });
    expect(none.totals).toMatchObject({ cells: 0, meeting: 0, percent: 0 });
    expect(none.cells).toEqual([]);
  });

  it("merges subjects listed twice under one normalized name", () => {
    const twice = [subject("Математика", [5]), subject("математика", [6, 5])];
    const r = planCoverage({
      subjects: twice,
      professions: PROFESSIONS,
      plan,
      settings: settings(),
      today: TODAY,
    });
    expect(r.bySubjectGrade.map((c) => [c.subject, c.grade, c.count])).toEqual([
      ["Математика", 5, 3],
      ["Математика", 6, 1],
    ]);
  });
});

describe("planCoverage flags", () => {
  const flagsOf = (rows: PlanRow[]): PlanFlag[] =>
    planCoverage({
      subjects: SUBJECTS,
      professions: PROFESSIONS,
      plan: rows,
      settings: settings(),
      today: TODAY,
    }).flags;
  const kinds = (rows: PlanRow[]) => flagsOf(rows).map((f) => [f.kind, f.row]);

  it("subjectUnknown for a subject not in Предметы; its row counts nowhere", () => {
    const rows = planRows([["Астрономия", 5, 1, undefined, "Программист", "planned"]]);
    expect(kinds(rows)).toEqual([["subjectUnknown", 2]]);
  });

  it("gradeNotTaught for a grade the subject is not taught in", () => {
    const rows = planRows([["Математика", 9, 1, undefined, "Программист", "planned"]]);
    expect(kinds(rows)).toEqual([["gradeNotTaught", 2]]);
  });

  it("unknownProfession for a name missing from the thesaurus (the row still counts)", () => {
    const rows = planRows([["Математика", 5, 1, undefined, "Космонавт", "planned"]]);
    expect(kinds(rows)).toEqual([["unknownProfession", 2]]);
    const r = planCoverage({
      subjects: SUBJECTS,
      professions: PROFESSIONS,
      plan: rows,
      settings: settings(),
      today: TODAY,
    });
    expect(r.cells[0].count).toBe(1);
  });

  it("professionNotLinked for a thesaurus profession of another subject; ё, case and dashes do not matter", () => {
    const rows = planRows([
      ["Математика", 5, 1, undefined, "агроном", "planned"],
      ["Математика", 5, 1, undefined, "ПРОГРАММИСТ", "planned"],
    ]);
    expect(kinds(rows)).toEqual([["professionNotLinked", 2]]);
  });

  it("dateOutsideQuarter names the quarter the date falls in, if any", () => {
    const rows = planRows([
      ["Математика", 5, 1, "2026-11-20", "Программист", "done"],
      ["Математика", 5, 2, "2026-10-30", "Актуарий", "done"],
      ["Математика", 5, 1, "2026-10-24", "Криптограф", "done"],
    ]);
    const flags = flagsOf(rows);
    expect(flags).toEqual([
      expect.objectContaining({
        kind: "dateOutsideQuarter",
        row: 2,
        quarterStart: "2026-09-01",
        quarterEnd: "2026-10-24",
        dateQuarter: 2,
      }),
      expect.objectContaining({ kind: "dateOutsideQuarter", row: 3, date: "2026-10-30" }),
    ]);
    expect(flags[1]).not.toHaveProperty("dateQuarter");
  });

  it("overdue only for planned rows dated before today", () => {
    const rows = planRows([
      ["Математика", 5, 2, "2026-11-09", "Программист", "planned"],
      ["Математика", 5, 2, "2026-11-10", "Актуарий", "planned"],
      ["Математика", 6, 2, "2026-11-09", "Программист", "done"],
      ["Математика", 6, 2, "2026-11-09", "Актуарий", "suggested"],
    ]);
    expect(kinds(rows)).toEqual([["overdue", 2]]);
  });

  it("duplicateProfession on every later row of a profession in one subject × grade", () => {
    const rows = planRows([
      ["Математика", 5, 1, undefined, "Программист", "done"],
      ["Математика", 6, 1, undefined, "Программист", "done"],
      ["математика", 5, 3, undefined, "программист", "planned"],
      ["Математика", 5, 4, undefined, "Программист", "suggested"],
      ["Математика", 5, 4, undefined, "Программист", "cancelled"],
    ]);
    const flags = flagsOf(rows);
    expect(flags.map((f) => [f.kind, f.row, f.kind === "duplicateProfession" ? f.firstRow : 0])).toEqual([
      ["duplicateProfession", 4, 2],
      ["duplicateProfession", 5, 2],
    ]);
  });

  it("gives cancelled rows no flags at all", () => {
    const rows = planRows([["Астрономия", 9, 1, "2020-01-01", "Космонавт", "cancelled"]]);
    expect(flagsOf(rows)).toEqual([]);
  });

  it("keeps the sheet row numbers given", () => {
    const rows: PlanRow[] = [
      {
        row: 41,
        record: { subject: "Астрономия", grade: 5, quarter: 1, profession: "Агроном", status: "done" },
      },
    ];
    expect(flagsOf(rows)).toEqual([
      { kind: "subjectUnknown", row: 41, subject: "Астрономия", grade: 5, quarter: 1, profession: "Агроном" },
    ]);
  });
});
