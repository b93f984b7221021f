// The coordinator's figures on a hand-computed small school: one test per headline figure of «Итоги — школа», then
// the classes, pupils and questionnaires views.

import { interestQuestionnaireOf, shareOf, summaries } from "../../src/domain/summaries";
import { input } from "./summaries-fixture";

const s = summaries(input());
const school = s.school;

describe("«Итоги — школа» on a hand-computed school", () => {
  test("pupils: the six active pupils, the one who left not counted", () => {
    expect(school.pupils).toBe(6);
  });

  test("reached: А-1 (М-1, М-3), В-1 (М-4), Б-2 (М-6) of 6 — a cancelled event and a pupil who left do not count", () => {
    expect(school.reached).toEqual({ count: 3, of: 6, percent: 50 });
  });

  test("hours: grades 6–11 (А-1 4.5, А-2 2, Б-1 0, Б-2 1, Г-1 12) mean 3.9 against 40 × 66/235 = 11.23", () => {
    expect(school.hours).toMatchObject({ pupils: 5, mean: 3.9, target: 40, expected: 11.23 });
  });

  test("on pace: only Г-1 (12 ≥ 11.23) of the five", () => {
    expect(school.hours.onPace).toEqual({ count: 1, of: 5, percent: 20 });
  });

  test("events: six not cancelled, four taken place (done or dated by today), two to come, one cancelled", () => {
    expect(school.events).toEqual({ total: 6, held: 4, toCome: 2, cancelled: 1 });
  });

  test("component × band: 20 cells, 9 empty (interests, diagnostics and adaptation in three bands each)", () => {
    expect(school.balance).toHaveLength(20);
    expect(school.emptyCells).toBe(9);
    const cell = (component: string, band: string) =>
      school.balance.find((c) => c.component === component && c.band === band)?.count;
    expect(cell("enlightenment", "8–9")).toBe(2); // М-1 and М-7 («все»)
    expect(cell("enlightenment", "1–4")).toBe(1); // М-7 only
    expect(cell("interests", "5–7")).toBe(1);
    expect(cell("interests", "8–9")).toBe(0);
  });

  test("plan coverage: Математика in grade 8 × 4 quarters, one quarter with 2 of 2, five introductions missing", () => {
    expect(school.plan).toEqual({ cells: 4, meeting: 1, percent: 25, missing: 5, suggested: 0 });
  });

  test("equipment coverage: Программист can be tried on a working computer, Агроном cannot", () => {
    expect(school.equipment).toEqual({ professions: 2, canTry: 1, percent: 50 });
  });

  test("diagnostics: А-1 (a «диагностика» event), Б-2 (ИНТЕРЕСЫ) of five; Г-1's ОТЗЫВ is no diagnostics", () => {
    expect(school.diagnostics).toEqual({ count: 2, of: 5, percent: 40 });
  });

  test("exams: of Б-1, Б-2, Г-1 two have not decided (Б-2 not sure, Г-1 no row)", () => {
    expect(school.exams).toEqual({ pupils: 3, undecided: 2, noRow: 1 });
  });

  test("individual projects by status (same-name rule), and the 9/11 pupils without one (Б-2)", () => {
    expect(school.projects.individual).toBe(3);
    expect(school.projects.byStatus).toEqual([
      { name: "защищён", count: 1 },
      { name: "тема выбрана", count: 2 },
    ]);
    expect(school.projects.missing).toEqual({ count: 1, of: 3, percent: 33.3 });
  });

  test("trials by organisation: «аграрный  техникум» is «Аграрный техникум»; every row counts, begun or not", () => {
    expect(school.trials).toEqual({
      total: 3,
      pupils: 3,
      hours: 20,
      byOrganization: [
        { name: "Аграрный техникум", count: 2, pupils: 2 },
        { name: "Завод", count: 1, pupils: 1 },
      ],
    });
  });

  test("parents' events: М-6 held, М-7 to come", () => {
    expect(school.parents).toEqual({ held: 1, toCome: 1 });
  });

  test("teachers trained this year: Петров of Петров and Иванова (her course is last year's); Сидоров's undated course counts", () => {
    expect(school.teachers).toEqual({ teachers: 2, trained: 1, percent: 50, courses: 2, hours: 52 });
  });
});

describe("«Итоги — классы», «— ученики», «— анкеты»", () => {
  test("a class row: 8А's rate, mean hours, expected, behind, diagnostics, leading interest type", () => {
    const a8 = s.classes.find((c) => c.className === "8А")!;
    expect(a8).toMatchObject({
      pupils: 2,
      events: 5, // М-1, М-3, М-5 (grade 8), М-6 and М-7 («все»); М-2 is cancelled
      rate: 0.5, // М-1 and М-3 marked: А-1 present twice of 2 pupils × 2 events
      meanHours: 3.25,
      expected: 11.23,
      behind: 2,
      diagnostics: 1,
      interests: [{ name: "Т", count: 1 }],
      trials: 1,
      individualProjects: 0,
      undecided: null,
    });
  });

  test("9А counts its undecided pupil; 5А has no hours target", () => {
    expect(s.classes.find((c) => c.className === "9А")).toMatchObject({
      undecided: 1,
      interests: [{ name: "П", count: 1 }],
    });
    expect(s.classes.find((c) => c.className === "5А")).toMatchObject({ expected: null, undecided: null });
  });

  test("pupils: active ones only, by code, with results, diagnostics, exam status and flags", () => {
    expect(s.pupils.map((p) => p.code)).toEqual(["В-1", "А-1", "А-2", "Б-1", "Б-2", "Г-1"]);
    const g1 = s.pupils.find((p) => p.code === "Г-1")!;
    expect(g1).toMatchObject({
      hours: 12,
      trials: 1,
      projects: ["тема выбрана", "Тема выбрана"],
      results: { ОТЗЫВ: ["ПОЛЬЗА"] },
      diagnostics: false,
      exam: "noRow",
    });
    expect(s.pupils.find((p) => p.code === "В-1")?.exam).toBeNull();
    expect(s.pupils.find((p) => p.code === "Б-1")?.exam).toBe("decided");
  });

  test("questionnaires: responses by class, means and leading scales by band", () => {
    expect(s.interestQuestionnaire).toBe("ИНТЕРЕСЫ");
    const q = s.questionnaires.find((x) => x.id === "ИНТЕРЕСЫ")!;
    expect(q.responses).toBe(2);
    expect(q.byClass).toEqual([
      { className: "8А", responses: 1, pupils: 2 },
      { className: "9А", responses: 1, pupils: 2 },
    ]);
    expect(q.scales).toEqual([
      { key: "П", name: "Человек — природа" },
      { key: "Т", name: "Человек — техника" },
    ]);
    expect(q.bands).toEqual([
      { band: "8–9", responses: 2, means: [3.5, 3.5], dominant: [1, 1], noDominant: 0 },
    ]);
  });

  test("the interest questionnaire is the first whose scales are all Klimov's types", () => {
    const i = input();
    expect(interestQuestionnaireOf([...i.questionnaires].reverse(), i.scales)).toBe("ИНТЕРЕСЫ");
    expect(interestQuestionnaireOf(i.questionnaires, i.scales.slice(2))).toBeNull();
  });

  test("shares have one decimal and are 0 of nothing", () => {
    expect(shareOf(1, 3)).toEqual({ count: 1, of: 3, percent: 33.3 });
    expect(shareOf(0, 0)).toEqual({ count: 0, of: 0, percent: 0 });
  });
});
