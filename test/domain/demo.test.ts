// Tests of the demo school: every record valid, sizes, determinism, coverage of components and bands, gaps.

import { compareDates, quarterOf, schoolYearOf } from "../../src/domain/calendar";
import { bandOfGrade } from "../../src/domain/defaults";
import { buildDemoSchool, DEMO_TODAY, DEMO_YEAR, type DemoSchool, demoTodayOf } from "../../src/domain/demo";
import { Rng, streamFor } from "../../src/domain/demo/random";
import * as R from "../../src/domain/records";

const demo = buildDemoSchool();

/** The class names an event selects. */
function classesOf(d: DemoSchool, e: R.SchoolEvent): R.SchoolClass[] {
  return d.classes.filter(
    (c) => e.classes.all || e.classes.classes.includes(c.className) || e.classes.grades.includes(c.grade),
  );
}

describe("records", () => {
  test("every record is valid against the schemas of records.ts", () => {
    expect(R.Settings.parse(demo.settings)).toEqual(demo.settings);
    const schemas: {
      [K in Exclude<keyof DemoSchool, "settings" | "responses">]: {
        safeParse(v: unknown): { success: boolean };
      };
    } = {
      bands: R.Band,
      classes: R.SchoolClass,
      pupils: R.Pupil,
      subjects: R.Subject,
      professions: R.Profession,
      plan: R.PlanEntry,
      equipment: R.Equipment,
      resources: R.Resource,
      events: R.SchoolEvent,
      participation: R.Participation,
      trials: R.Trial,
      projects: R.Project,
      consultations: R.Consultation,
      trainings: R.Training,
      questionnaires: R.Questionnaire,
      questions: R.Question,
      scales: R.ScaleBand,
    };
    const invalid: string[] = [];
    for (const [tab, schema] of Object.entries(schemas)) {
      demo[tab as keyof typeof schemas].forEach((row, i) => {
        if (!schema.safeParse(row).success) invalid.push(`${tab}[${i}]`);
      });
    }
    expect(invalid).toEqual([]);
  });

  test("responses to every ready questionnaire, by codes of its classes only, each answer an option offered", () => {
    const byCode = new Map(demo.pupils.map((p) => [p.code, p.className]));
    for (const q of demo.questionnaires) {
      const list = demo.responses[q.id];
      expect(list.length).toBeGreaterThan(q.id === "ОТЗЫВ" ? 30 : 20);
      for (const r of list) {
        expect(byCode.get(r.code)).toBe(r.className);
        if (!q.classes.all) expect(q.classes.grades).toContain(Number.parseInt(r.className, 10));
      }
    }
  });

  test("sizes", () => {
    const rooms = new Set(demo.equipment.map((e) => e.room));
    expect(demo.bands).toHaveLength(4);
    expect(demo.classes.length).toBeGreaterThanOrEqual(18);
    expect(demo.classes.length).toBeLessThanOrEqual(24);
    expect(new Set(demo.classes.map((c) => c.grade)).size).toBe(11);
    expect(demo.pupils.length).toBeGreaterThanOrEqual(420);
    expect(demo.pupils.length).toBeLessThanOrEqual(500);
    expect(demo.subjects.length).toBeGreaterThanOrEqual(15);
    expect(demo.professions).toHaveLength(80);
    const newShare = demo.professions.filter((p) => p.isNew).length / demo.professions.length;
    expect(newShare).toBeGreaterThanOrEqual(0.25);
    expect(newShare).toBeLessThanOrEqual(0.35);
    expect(demo.equipment).toHaveLength(120);
    expect(rooms.size).toBe(20);
    expect(demo.resources).toHaveLength(25);
    expect(demo.events.length).toBeGreaterThanOrEqual(55);
    expect(demo.events.length).toBeLessThanOrEqual(65);
    expect(demo.consultations).toHaveLength(40);
    expect(demo.trainings).toHaveLength(15);
    expect(demo.plan.length).toBeGreaterThan(700);
    expect(demo.participation.length).toBeGreaterThan(2000);
    expect(demo.trials.length).toBeGreaterThan(30);
  });

  test("the school is fictional and the year is the default one", () => {
    expect(demo.settings.school).toBe("МБОУ СОШ № 7 «Горизонт»");
    expect(demo.settings.year).toBe("2026/2027");
    expect(DEMO_TODAY).toBe("2026-11-26");
    expect(DEMO_TODAY).toBe(demoTodayOf(DEMO_YEAR));
    expect(quarterOf(DEMO_TODAY, demo.settings.quarters)).toBe(2);
    const text = JSON.stringify(demo);
    expect(text).not.toMatch(/Тулун|Новая Эра|№ 20/);
  });
});

describe("determinism", () => {
  test("two calls give deep-equal schools; another seed gives another school", () => {
    expect(buildDemoSchool()).toEqual(demo);
    expect(buildDemoSchool({ seed: 7, year: "2026/2027" })).toEqual(demo);
    const other = buildDemoSchool({ seed: 8 });
    expect(other.pupils).not.toEqual(demo.pupils);
    expect(other.professions).toEqual(demo.professions);
  });

  test("mulberry32 streams are reproducible and uniform enough", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    expect(streamFor(7, "plan").next()).not.toBe(streamFor(7, "pupils").next());
    expect(new Rng(1).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  test.each(["2024/2025", "2025/2026", "2027/2028"])(
    "year %s: dates inside the year, statuses against its today",
    (year) => {
      const d = buildDemoSchool({ year });
      const today = demoTodayOf(year);
      expect(d.settings.year).toBe(year);
      expect(quarterOf(today, d.settings.quarters)).toBe(2);
      expect(d.events.length).toBeGreaterThanOrEqual(55);
      for (const e of d.events) {
        expect(schoolYearOf(e.date)).toBe(year);
        expect(e.status === "planned").toBe(compareDates(e.date, today) >= 0);
      }
      for (const p of d.plan) if (p.date) expect(quarterOf(p.date, d.settings.quarters)).toBe(p.quarter);
    },
  );
});

describe("pupils and classes", () => {
  test("codes are unique, pseudonymous and point to a class", () => {
    const classes = new Set(demo.classes.map((c) => c.className));
    expect(new Set(demo.pupils.map((p) => p.code)).size).toBe(demo.pupils.length);
    for (const p of demo.pupils) {
      expect(p.code).toMatch(/^(\d{1,2}[А-Я])-\d{3}$/);
      expect(p.code.startsWith(`${p.className}-`)).toBe(true);
      expect(classes.has(p.className)).toBe(true);
    }
  });

  test("labels are initials only, on a few pupils; no «Фамилия Имя»", () => {
    const labels = demo.pupils.flatMap((p) => (p.label ? [p.label] : []));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(demo.pupils.length * 0.15);
    for (const l of labels) {
      expect(l).toMatch(/^[А-ЯЁ]\. [А-ЯЁ]\.$/);
      expect(l).not.toMatch(/[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+/);
    }
    const serialized = JSON.stringify([demo.pupils, demo.participation, demo.trials, demo.consultations]);
    expect(serialized).not.toMatch(/"(label|code)":"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+/);
  });

  test("grades 10–11 have profiles, the agrotechnological one among them", () => {
    const profiles = demo.classes.filter((c) => c.grade >= 10).map((c) => c.profile);
    expect(profiles.every(Boolean)).toBe(true);
    expect(profiles).toContain("агротехнологический");
    expect(demo.classes.filter((c) => c.grade < 10).every((c) => c.profile === undefined)).toBe(true);
  });
});

describe("thesaurus, equipment, resources", () => {
  const subjects = new Set(demo.subjects.map((s) => s.subject));
  const professions = new Set(demo.professions.map((p) => p.profession));

  test("professions: unique, 1–3 known subjects, typed, all five types used", () => {
    expect(professions.size).toBe(demo.professions.length);
    for (const p of demo.professions) {
      expect(p.subjects.length).toBeGreaterThanOrEqual(1);
      // «Учитель» needs every subject's competences; other professions draw on a few subjects.
      expect(p.subjects.length).toBeLessThanOrEqual(p.profession === "Учитель" ? 7 : 5);
      expect(p.subjects.every((s) => subjects.has(s))).toBe(true);
      expect(p.types.length).toBeGreaterThan(0);
      expect(p.bands.every((b) => demo.bands.some((band) => band.name === b))).toBe(true);
    }
    expect(new Set(demo.professions.flatMap((p) => p.types))).toEqual(new Set(R.KLIMOV_TYPES));
    for (const name of [
      "Оператор беспилотных авиасистем",
      "Агроинженер-робототехник",
      "Сити-фермер",
      "Ветеринар",
    ]) {
      expect(professions.has(name)).toBe(true);
    }
  });

  test("every subject has professions for every band it is taught in", () => {
    for (const s of demo.subjects) {
      for (const b of demo.bands.filter((band) => band.grades.some((g) => s.grades.includes(g)))) {
        const fit = demo.professions.filter(
          (p) => p.subjects.includes(s.subject) && (p.bands.length === 0 || p.bands.includes(b.name)),
        );
        expect([s.subject, b.name, fit.length >= 2]).toEqual([s.subject, b.name, true]);
      }
    }
  });

  test("equipment names thesaurus professions; some items link none, some need repair or are broken", () => {
    for (const e of demo.equipment) {
      expect(e.professions.every((p) => professions.has(p))).toBe(true);
      expect(e.subjects.every((s) => subjects.has(s))).toBe(true);
    }
    expect(demo.equipment.some((e) => e.professions.length === 0)).toBe(true);
    expect(demo.equipment.some((e) => e.condition === "needsRepair")).toBe(true);
    expect(demo.equipment.some((e) => e.condition === "broken")).toBe(true);
  });

  test("resources: every kind; event partners are resources", () => {
    expect(new Set(demo.resources.map((r) => r.kind))).toEqual(new Set(R.RESOURCE_KINDS));
    const names = new Set(demo.resources.map((r) => r.name));
    for (const e of demo.events) if (e.partner) expect(names.has(e.partner)).toBe(true);
    for (const name of ["Билет в будущее", "ПроеКТОриЯ", "Россия — мои горизонты", "Атлас новых профессий"]) {
      expect(names.has(name)).toBe(true);
    }
  });
});

describe("plan", () => {
  /** Counted introductions per subject × grade × quarter cell. */
  function cells(d: DemoSchool): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of d.subjects)
      for (const g of s.grades) for (let q = 1; q <= 4; q++) counts.set(`${s.subject}|${g}|${q}`, 0);
    for (const p of d.plan) {
      const key = `${p.subject}|${p.grade}|${p.quarter}`;
      if (p.status === "planned" || p.status === "done") counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }

  test("about two a cell, with deliberate gaps of 0 and 1", () => {
    const counts = [...cells(demo).values()];
    const gaps = counts.filter((n) => n < 2).length;
    expect(counts.some((n) => n === 0)).toBe(true);
    expect(counts.some((n) => n === 1)).toBe(true);
    expect(gaps / counts.length).toBeGreaterThan(0.04);
    expect(gaps / counts.length).toBeLessThan(0.15);
    expect(counts.filter((n) => n === 2).length / counts.length).toBeGreaterThan(0.75);
  });

  test("rows: taught grades, dates inside the quarter, done only in the past, linked professions but a few", () => {
    const professions = new Set(demo.professions.map((p) => p.profession));
    const wrong: string[] = [];
    let unlinked = 0;
    for (const p of demo.plan) {
      const where = `${p.subject} ${p.grade} ${p.quarter} ${p.date} ${p.status}`;
      const subject = demo.subjects.find((s) => s.subject === p.subject);
      if (!subject?.grades.includes(p.grade) || !professions.has(p.profession)) wrong.push(where);
      if (!demo.professions.find((x) => x.profession === p.profession)?.subjects.includes(p.subject))
        unlinked++;
      if (p.date && quarterOf(p.date, demo.settings.quarters) !== p.quarter) wrong.push(where);
      if (p.date && new Date(`${p.date}T00:00:00Z`).getUTCDay() % 6 === 0) wrong.push(where);
      if (p.status === "done" && compareDates(p.date ?? "9999-12-31", DEMO_TODAY) >= 0) wrong.push(where);
      if (p.quarter === 1 && p.status !== "done" && p.status !== "cancelled") wrong.push(where);
      if (p.quarter >= 3 && p.status !== "planned") wrong.push(where);
    }
    expect(wrong).toEqual([]);
    expect(unlinked).toBeGreaterThanOrEqual(1);
    expect(unlinked).toBeLessThanOrEqual(3);
    expect(demo.plan.every((p) => p.topic && p.teacher)).toBe(true);
  });
});

describe("events and participation", () => {
  test("ids М-0001 … in date order; past events done (or cancelled), later ones planned", () => {
    demo.events.forEach((e, i) => {
      expect(e.id).toBe(`М-${String(i + 1).padStart(4, "0")}`);
      if (i > 0) expect(compareDates(demo.events[i - 1].date, e.date)).toBeLessThanOrEqual(0);
      if (compareDates(e.date, DEMO_TODAY) >= 0) expect(e.status).toBe("planned");
      else expect(["done", "cancelled"]).toContain(e.status);
      expect(classesOf(demo, e).length).toBeGreaterThan(0);
    });
    expect(demo.events.some((e) => e.status === "cancelled")).toBe(true);
  });

  test("every component has events in every band", () => {
    for (const component of R.COMPONENTS) {
      for (const band of demo.bands) {
        const hit = demo.events.some(
          (e) => e.component === component && classesOf(demo, e).some((c) => band.grades.includes(c.grade)),
        );
        expect([component, band.name, hit]).toEqual([component, band.name, true]);
      }
    }
  });

  test("the seed's forms are there: «Россия — мои горизонты» Thursdays for 6–11, college trials for 7–9", () => {
    const horizons = demo.events.filter((e) => e.format === "horizons");
    expect(horizons.length).toBeGreaterThanOrEqual(14);
    for (const e of horizons) {
      expect(new Date(`${e.date}T00:00:00Z`).getUTCDay()).toBe(4);
      expect(e.classes.grades).toEqual([6, 7, 8, 9, 10, 11]);
    }
    const collegeTrials = demo.events.filter(
      (e) => e.format === "trial" && e.partner === "Кедровский аграрный техникум",
    );
    expect(
      collegeTrials.flatMap((e) => classesOf(demo, e).map((c) => c.grade)).every((g) => g >= 7 && g <= 9),
    ).toBe(true);
    const titles = demo.events.map((e) => e.title).join("\n");
    expect(titles).toContain("Школа юного кулинара");
    expect(titles).toContain("Фестиваль творчества");
  });

  test("marks only for done events, for active pupils of the event's classes; a few classes attend poorly", () => {
    const events = new Map(demo.events.map((e) => [e.id, e]));
    const pupils = new Map(demo.pupils.map((p) => [p.code, p]));
    const rates = new Map<string, [number, number]>();
    const eventClasses = new Map(
      demo.events.map((e) => [e.id, new Set(classesOf(demo, e).map((c) => c.className))]),
    );
    const wrong: string[] = [];
    for (const m of demo.participation) {
      const p = pupils.get(m.code);
      const ok =
        events.get(m.eventId)?.status === "done" &&
        p?.active &&
        eventClasses.get(m.eventId)?.has(p.className);
      if (!ok || m.className !== p?.className) wrong.push(`${m.eventId} ${m.code}`);
      const r = rates.get(m.className!) ?? [0, 0];
      rates.set(m.className!, [r[0] + (m.mark === "present" ? 1 : 0), r[1] + 1]);
    }
    expect(wrong).toEqual([]);
    const keys = new Set(demo.participation.map((m) => `${m.eventId}|${m.code}`));
    expect(keys.size).toBe(demo.participation.length);
    const share = [...rates.values()].map(([present, all]) => present / all);
    expect(share.filter((s) => s < 0.75).length).toBeGreaterThanOrEqual(1);
    expect(share.filter((s) => s > 0.85).length).toBeGreaterThan(share.length / 2);
    expect(new Set(demo.participation.map((m) => m.mark))).toEqual(new Set(R.PARTICIPATION_MARKS));
  });
});

describe("trials, projects, consultations, training", () => {
  const pupils = new Map(demo.pupils.map((p) => [p.code, p]));
  const gradeOf = (code: string) =>
    demo.classes.find((c) => c.className === pupils.get(code)?.className)?.grade;

  test("trials: pupils of grades 7–9 at the agrarian college; results only when over", () => {
    for (const t of demo.trials) {
      expect(gradeOf(t.code)).toBeGreaterThanOrEqual(7);
      expect(gradeOf(t.code)).toBeLessThanOrEqual(9);
      expect(t.organization).toBe("Кедровский аграрный техникум");
      expect(compareDates(t.start!, t.end!)).toBeLessThanOrEqual(0);
      expect(t.result === undefined).toBe(compareDates(t.end!, DEMO_TODAY) >= 0);
    }
    expect(new Set(demo.trials.map((t) => t.result))).toEqual(new Set([...R.TRIAL_RESULTS, undefined]));
  });

  test("projects: a bank of tasks and individual projects in grades 9 and 11 only", () => {
    const individual = demo.projects.filter((p) => p.kind === "individual");
    expect(demo.projects.filter((p) => p.kind === "bankTask").length).toBeGreaterThanOrEqual(15);
    expect(individual.length).toBeGreaterThan(40);
    for (const p of individual) {
      expect([9, 11]).toContain(p.grade);
      expect(gradeOf(p.code!)).toBe(p.grade);
    }
    expect(new Set(individual.map((p) => p.code)).size).toBe(individual.length);
  });

  test("consultations before the demo today, for real pupils; training with and without documents", () => {
    for (const c of demo.consultations) {
      expect(compareDates(c.date, DEMO_TODAY)).toBeLessThan(0);
      expect(pupils.get(c.code)?.className).toBe(c.className);
    }
    expect(demo.trainings.some((t) => t.document === undefined)).toBe(true);
    expect(demo.trainings.filter((t) => t.document).length).toBeGreaterThan(10);
  });

  test("band of every individual project's grade is a senior band", () => {
    for (const p of demo.projects.filter((x) => x.kind === "individual")) {
      expect(["8–9", "10–11"]).toContain(bandOfGrade(p.grade!, demo.bands)?.name);
    }
  });
});

describe("other seeds", () => {
  test.each([1, 2, 3, 42])(
    "seed %i: valid pupils and plan, gaps in the plan, every component in every band",
    (seed) => {
      const d = buildDemoSchool({ seed });
      expect(d.pupils.every((p) => R.Pupil.safeParse(p).success)).toBe(true);
      expect(d.plan.every((p) => R.PlanEntry.safeParse(p).success)).toBe(true);
      expect(d.participation.every((p) => R.Participation.safeParse(p).success)).toBe(true);
      const counts = new Map<string, number>();
      for (const p of d.plan) {
        if (p.status === "planned" || p.status === "done") {
          const key = `${p.subject}|${p.grade}|${p.quarter}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      const cells = d.subjects.reduce((n, s) => n + s.grades.length * 4, 0);
      expect(cells - [...counts.values()].filter((n) => n >= 2).length).toBeGreaterThan(0);
      for (const component of R.COMPONENTS) {
        for (const band of d.bands) {
          expect(
            d.events.some(
              (e) => e.component === component && classesOf(d, e).some((c) => band.grades.includes(c.grade)),
            ),
          ).toBe(true);
        }
      }
    },
  );
});
