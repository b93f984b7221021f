// Plan suggester: hand-computed suggestions, past quarters, rotation, determinism and noProfessions reporting.

import { planCoverage } from "../../src/domain/plan-coverage";
import { suggestPlan } from "../../src/domain/plan-suggest";
import type { Band, PlanEntry, Profession, Settings, Subject } from "../../src/domain/records";

const QUARTERS: Settings["quarters"] = [
  { start: "2026-09-01", end: "2026-10-24" },
  { start: "2026-11-05", end: "2026-12-28" },
  { start: "2027-01-11", end: "2027-03-20" },
  { start: "2027-03-30", end: "2027-05-26" },
];
const settings = (introductionsPerQuarter = 2) => ({ quarters: QUARTERS, introductionsPerQuarter });
const BANDS: Band[] = [
  { name: "1–4", grades: [1, 2, 3, 4], direction: "" },
  { name: "5–7", grades: [5, 6, 7], direction: "" },
  { name: "8–9", grades: [8, 9], direction: "" },
  { name: "10–11", grades: [10, 11], direction: "" },
];
const subject = (name: string, grades: number[], teachers: string[] = []): Subject => ({
  subject: name,
  grades,
  teachers,
});
const profession = (name: string, subjects: string[], bands: string[] = []): Profession => ({
  profession: name,
  subjects,
  types: [],
  isNew: false,
  competences: [],
  bands,
});
const entry = (
  subj: string,
  grade: number,
  quarter: number,
  prof: string,
  status: PlanEntry["status"],
): PlanEntry => ({
  subject: subj,
  grade,
  quarter,
  profession: prof,
  status,
});

const SUBJECTS = [subject("Математика", [5, 6], ["Иванова И. И."]), subject("Биология", [10])];
const PROFESSIONS = [
  profession("Программист", ["Математика"]),
  profession("Аналитик данных", ["математика"], ["5-7"]), // a hyphen where Ступени has an en dash
  profession("Актуарий", ["Математика"], ["10–11"]), // does not fit grades 5–6
  profession("Агроном", ["Биология"], ["1–4"]), // linked, but not for grade 10
  profession("Инженер-робототехник", ["Технология"]),
];
const topic = (name: string) => `Знакомство с профессией: ${name}`;
const base = { subjects: SUBJECTS, professions: PROFESSIONS, settings: settings(), bands: BANDS, topic };

describe("suggestPlan on an empty plan", () => {
  const result = suggestPlan({ ...base, plan: [] });
  const math5 = result.rows.filter((r) => r.subject === "Математика" && r.grade === 5);

  it("fills 2 per quarter with linked professions fitting the band, alternating by name", () => {
    expect(math5.map((r) => [r.quarter, r.date, r.profession])).toEqual([
      [1, "2026-09-18", "Аналитик данных"],
      [1, "2026-10-16", "Программист"],
      [2, "2026-11-20", "Аналитик данных"],
      [2, "2026-12-18", "Программист"],
      [3, "2027-01-29", "Аналитик данных"],
      [3, "2027-03-05", "Программист"],
      [4, "2027-04-16", "Аналитик данных"],
      [4, "2027-05-14", "Программист"],
    ]);
  });

  it("writes complete suggested rows with topic and the subject's only teacher", () => {
    expect(math5[0]).toEqual({
      subject: "Математика",
      grade: 5,
      quarter: 1,
      date: "2026-09-18",
      topic: "Знакомство с профессией: Аналитик данных",
      profession: "Аналитик данных",
      teacher: "Иванова И. И.",
      status: "suggested",
    });
  });

  it("starts grade 6 on Mondays of the same weeks", () => {
    const math6 = result.rows.filter((r) => r.grade === 6 && r.quarter === 1);
    expect(math6.map((r) => r.date)).toEqual(["2026-09-14", "2026-10-12"]);
  });

  it("reports Биология instead of inventing a profession", () => {
    expect(result.rows.some((r) => r.subject === "Биология")).toBe(false);
    expect(result.noProfessions).toEqual([{ subject: "Биология", grades: [10], linked: 1 }]);
  });

  it("groups rows by subject", () => {
    expect(result.bySubject.map((s) => [s.subject, s.rows.length])).toEqual([["Математика", 16]]);
    expect(result.rows).toHaveLength(16);
  });

  it("leaves out the topic when no topic function is given", () => {
    const plain = suggestPlan({ ...base, topic: undefined, plan: [] });
    expect(plain.rows[0]).not.toHaveProperty("topic");
  });
});

describe("suggestPlan on a partly filled plan", () => {
  it("counts planned, done and suggested as filling; cancelled does not", () => {
    const plan = [
      entry("Математика", 5, 1, "Программист", "planned"),
      entry("МАТЕМАТИКА", 5, 2, "Программист", "done"),
      entry("Математика", 5, 2, "Аналитик данных", "suggested"),
      entry("Математика", 5, 3, "Программист", "cancelled"),
    ];
    const rows = suggestPlan({ ...base, subjects: [SUBJECTS[0]], plan }).rows.filter((r) => r.grade === 5);
    expect(rows.map((r) => [r.quarter, r.profession])).toEqual([
      [1, "Аналитик данных"], // unused in 5th grade before Программист
      [3, "Аналитик данных"], // both used twice now: tie broken by name
      [3, "Программист"],
      [4, "Аналитик данных"],
      [4, "Программист"],
    ]);
  });

  it("prefers professions not used in the subject × grade, then the least used", () => {
    const professions = ["Альфа", "Бета", "Гамма", "Дельта"].map((n) => profession(n, ["Физика"]));
    const plan = [entry("Физика", 7, 4, "Альфа", "done"), entry("Физика", 7, 4, "Бета", "done")];
    const rows = suggestPlan({ ...base, subjects: [subject("Физика", [7])], professions, plan }).rows;
    expect(rows.map((r) => r.profession)).toEqual(["Гамма", "Дельта", "Альфа", "Бета", "Гамма", "Дельта"]);
  });

  it("spreads grades over the subject's professions", () => {
    const professions = ["Альфа", "Бета", "Гамма", "Дельта", "Эпсилон"].map((n) => profession(n, ["Физика"]));
    const physics = [subject("Физика", [7, 8])];
    const rows = suggestPlan({
      ...base,
      settings: settings(1),
      subjects: physics,
      professions,
      plan: [],
    }).rows;
    expect(rows.map((r) => `${r.grade}:${r.profession}`)).toEqual([
      "7:Альфа",
      "7:Бета",
      "7:Гамма",
      "7:Дельта",
      "8:Эпсилон", // the only one grade 7 did not get
      "8:Альфа",
      "8:Бета",
      "8:Гамма",
    ]);
  });

  it("adds nothing when every cell is filled, and nothing when the setting is 0", () => {
    const first = suggestPlan({ ...base, plan: [] });
    expect(suggestPlan({ ...base, plan: first.rows }).rows).toEqual([]);
    expect(suggestPlan({ ...base, settings: settings(0), plan: [] })).toEqual({
      rows: [],
      bySubject: [],
      noProfessions: [],
      forcedRepeats: [],
      endedQuarters: [],
    });
  });

  it("does not change the plan it is given", () => {
    const plan = [entry("Математика", 5, 1, "Программист", "planned")];
    const copy = structuredClone(plan);
    suggestPlan({ ...base, plan });
    expect(plan).toEqual(copy);
  });

  it("suggested rows do not count for coverage", () => {
    const rows = suggestPlan({ ...base, plan: [] }).rows.map((record, i) => ({ row: i + 2, record }));
    const coverage = planCoverage({ ...base, plan: rows, today: "2026-09-01" });
    expect(coverage.totals.meeting).toBe(0);
  });
});

describe("suggestPlan with today", () => {
  const rows = suggestPlan({ ...base, subjects: [SUBJECTS[0]], plan: [], today: "2026-11-25" }).rows;

  it("leaves past quarters alone and fills the current one from today on", () => {
    const grade5 = rows.filter((r) => r.grade === 5);
    expect(grade5.map((r) => [r.quarter, r.date])).toEqual([
      [2, "2026-12-04"],
      [2, "2026-12-25"],
      [3, "2027-01-29"],
      [3, "2027-03-05"],
      [4, "2027-04-16"],
      [4, "2027-05-14"],
    ]);
    expect(rows.every((r) => (r.date ?? "") >= "2026-11-25")).toBe(true);
  });

  it("suggests nothing once the year is over", () => {
    const over = suggestPlan({ ...base, plan: [], today: "2027-06-01" });
    expect(over).toMatchObject({ rows: [], bySubject: [], noProfessions: [], forcedRepeats: [] });
    // …and says what the ended quarters miss instead of filling them.
    expect(over.endedQuarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4]);
    expect(over.endedQuarters.every((q) => q.missing > 0)).toBe(true);
  });

  it("may suggest on today itself, and puts several suggestions of one week on different weekdays", () => {
    const lastDays = suggestPlan({
      ...base,
      settings: settings(3),
      subjects: [subject("Математика", [5])],
      plan: [],
      today: "2027-05-25",
    });
    expect(lastDays.rows.filter((r) => r.quarter === 4).map((r) => r.date)).toEqual([
      "2027-05-25",
      "2027-05-26",
      "2027-05-25",
    ]);
  });
});

describe("suggestPlan is deterministic", () => {
  it("gives the same rows for the same input, whatever the thesaurus order", () => {
    const a = suggestPlan({ ...base, plan: [] });
    const b = suggestPlan({ ...base, plan: [] });
    const c = suggestPlan({ ...base, professions: [...PROFESSIONS].reverse(), plan: [] });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});

describe("noProfessions", () => {
  it("counts linked professions, and lists only grades with a gap", () => {
    const subjects = [subject("Музыка", [1, 2, 5]), subject("Химия", [8, 9])];
    const professions = [profession("Звукорежиссёр", ["Музыка"], ["5–7"])];
    const plan = [
      entry("Музыка", 2, 3, "Композитор", "done"),
      entry("Музыка", 2, 3, "Композитор", "done"),
      entry("Музыка", 2, 4, "Композитор", "planned"),
      entry("Музыка", 2, 4, "Композитор", "planned"),
    ];
    const result = suggestPlan({
      ...base,
      settings: settings(2),
      subjects,
      professions,
      plan,
      today: "2027-01-01",
    });
    expect(result.noProfessions).toEqual([
      { subject: "Музыка", grades: [1], linked: 1 },
      { subject: "Химия", grades: [8, 9], linked: 0 },
    ]);
    expect(result.rows.every((r) => r.grade === 5 && r.profession === "Звукорежиссёр")).toBe(true);
  });
});

describe("forced repeats and ended quarters are reported, not hidden", () => {
  test("three fitting professions for eight introductions: five forced repeats, named with how many are lacking", () => {
    const result = suggestPlan({
      subjects: [subject("Химия", [8])],
      professions: [
        profession("Химик-технолог", ["Химия"]),
        profession("Эколог", ["Химия"]),
        profession("Фармацевт", ["Химия"]),
        profession("Нефтяник", ["Химия"], ["10–11"]), // another band: never used for grade 8
      ],
      plan: [],
      settings: settings(2),
      bands: BANDS,
    });
    expect(result.rows).toHaveLength(8);
    expect(new Set(result.rows.slice(0, 3).map((r) => r.profession)).size).toBe(3);
    expect(result.rows.map((r) => r.profession)).not.toContain("Нефтяник");
    expect(result.forcedRepeats).toEqual([
      {
        subject: "Химия",
        grade: 8,
        professions: expect.arrayContaining(["Химик-технолог", "Эколог", "Фармацевт"]),
        lacking: 5,
        fitting: 3,
      },
    ]);
  });

  test("quarters over before today are skipped and their missing introductions counted", () => {
    const result = suggestPlan({
      subjects: [subject("Химия", [8, 9])],
      professions: [profession("Химик-технолог", ["Химия"]), profession("Эколог", ["Химия"])],
      plan: [entry("Химия", 8, 1, "Эколог", "done")],
      settings: settings(2),
      bands: BANDS,
      today: "2026-11-20",
    });
    expect(result.endedQuarters).toEqual([{ quarter: 1, missing: 3 }]);
    expect(result.rows.every((r) => r.quarter >= 2)).toBe(true);
  });
});
