// «Мой план» rules without a sheet: the view of a subject, and changes checked in order (all or nothing).

import { findSubject, type MyPlanInput, myPlanView, planMyPlanChanges } from "../../src/domain/my-plan";
import { type PlanRow, planCoverage } from "../../src/domain/plan-coverage";
import type { PlanEntry, Profession } from "../../src/domain/records";

const QUARTERS = [
  { start: "2026-09-01", end: "2026-10-24" },
  { start: "2026-11-05", end: "2026-12-28" },
  { start: "2027-01-12", end: "2027-03-21" },
  { start: "2027-04-01", end: "2027-05-26" },
];
const profession = (name: string, subjects: string[], bands: string[] = []): Profession => ({
  profession: name,
  subjects,
  types: [],
  isNew: false,
  competences: [],
  bands,
});
const row = (n: number, e: Partial<PlanEntry>): PlanRow => ({
  row: n,
  record: { subject: "Физика", grade: 7, quarter: 2, profession: "Инженер", status: "planned", ...e },
});
const input = (plan: PlanRow[]): MyPlanInput => ({
  subjects: [{ subject: "Физика", grades: [7, 8], teachers: ["Петров П. П."] }],
  professions: [
    profession("Инженер", ["Физика"]),
    profession("Электрик", ["физика"]),
    profession("Метролог", ["Физика"], ["10–11"]),
    profession("Агроном", ["Биология"]),
  ],
  plan,
  bands: [
    { name: "5–7", grades: [5, 6, 7], direction: "" },
    { name: "10–11", grades: [10, 11], direction: "" },
  ],
  settings: { quarters: QUARTERS, introductionsPerQuarter: 2 },
  today: "2026-11-20",
});
const topic = (p: string) => `Знакомство с профессией: ${p}`;

test("the view: counts against the target, the band's unused professions (Метролог fits only 10–11)", () => {
  const i = input([
    row(2, { status: "suggested" }),
    row(3, { quarter: 1, status: "done", profession: "Электрик" }),
  ]);
  const view = myPlanView(i, findSubject(i.subjects, "физика")!, (r) => `v${r}`);
  expect(view.quarters.map((q) => q.ended)).toEqual([true, false, false, false]);
  const g7 = view.grades[0];
  expect(g7.band).toBe("5–7");
  expect(g7.fitting).toEqual(["Инженер", "Электрик"]);
  expect(g7.unused).toEqual([]);
  expect(g7.cells[1]).toMatchObject({ done: 0, planned: 0, suggested: 1, missing: 2 });
  expect(g7.cells[1].entries[0].version).toBe("v2");
  expect(view.grades[1].unused).toEqual(["Инженер", "Электрик"]);
});

test("changes are checked in order: a second add of the same profession in the grade is refused, and nothing passes", () => {
  const i = input([]);
  const subject = findSubject(i.subjects, "Физика")!;
  const check = { input: i, subject, versionOf: () => undefined, topic };
  const one = planMyPlanChanges(check, [
    { kind: "add", grade: 8, quarter: 2, profession: "электрик", date: "2026-12-01" },
  ]);
  expect(one).toEqual({
    ok: true,
    edits: [
      {
        kind: "append",
        entry: {
          subject: "Физика",
          grade: 8,
          quarter: 2,
          date: "2026-12-01",
          topic: "Знакомство с профессией: Электрик",
          profession: "Электрик",
          teacher: "Петров П. П.",
          status: "planned",
        },
      },
    ],
  });
  const two = planMyPlanChanges(check, [
    { kind: "add", grade: 8, quarter: 2, profession: "Электрик", date: "2026-12-01" },
    { kind: "add", grade: 8, quarter: 3, profession: "Электрик", date: "2027-02-01" },
  ]);
  expect(two).toEqual({ ok: false, issues: [{ code: "usedInGrade", profession: "Электрик", grade: 8 }] });
});

test("accept keeps its own date inside the quarter; a date outside is refused; replace checks the link", () => {
  const i = input([
    row(2, { status: "suggested", date: "2026-11-25" }),
    row(3, { status: "suggested", date: "2027-01-20" }),
  ]);
  const subject = findSubject(i.subjects, "Физика")!;
  const check = { input: i, subject, versionOf: (r: number) => `v${r}`, topic };
  expect(planMyPlanChanges(check, [{ kind: "accept", row: 2, version: "v2" }])).toEqual({
    ok: true,
    edits: [{ kind: "patch", row: 2, set: { status: "planned", date: "2026-11-25" } }],
  });
  expect(planMyPlanChanges(check, [{ kind: "accept", row: 3, version: "v3" }])).toEqual({
    ok: false,
    issues: [{ code: "dateOutside", date: "2027-01-20", start: "2026-11-05", end: "2026-12-28" }],
  });
  expect(
    planMyPlanChanges(check, [{ kind: "replace", row: 2, version: "v2", profession: "Агроном" }]),
  ).toEqual({
    ok: false,
    issues: [{ code: "notLinked", profession: "Агроном" }],
  });
  expect(planMyPlanChanges(check, [{ kind: "accept", row: 2, version: "old" }])).toEqual({
    ok: false,
    issues: [{ code: "rowChanged", row: 2 }],
  });
});

test("coverage tells a forced repeat of a proposal from a teacher's own repeat", () => {
  const i = input([
    row(2, { quarter: 1, status: "done", profession: "Инженер" }),
    row(3, { quarter: 1, status: "done", profession: "Электрик" }),
    row(4, { quarter: 2, status: "suggested", profession: "Инженер" }), // forced: both fitting professions used
    row(5, { grade: 8, quarter: 1, status: "done", profession: "Инженер" }),
    row(6, { grade: 8, quarter: 2, status: "planned", profession: "Инженер" }), // a teacher's own repeat
  ]);
  const c = planCoverage({ ...i, plan: i.plan });
  const repeats = c.flags.filter((f) => f.kind === "duplicateProfession");
  expect(repeats.map((f) => [f.row, f.kind === "duplicateProfession" && f.forced])).toEqual([
    [4, true],
    [6, false],
  ]);
});
