// A hand-computed small school for the summaries' tests: four classes, seven events, eight marks, trials, projects,
// plan, equipment, training, questionnaire results and exam choices (the expected figures are in the tests).

import type { EquipmentRow } from "../../src/domain/equipment";
import type { MarkRow } from "../../src/domain/participation";
import type { PlanRow } from "../../src/domain/plan-coverage";
import type {
  Band,
  Participation,
  Profession,
  Project,
  Pupil,
  SchoolClass,
  SchoolEvent,
  Settings,
  Trial,
} from "../../src/domain/records";
import type { QuestionnaireResult, SummariesInput } from "../../src/domain/summaries";
import { identityKey } from "../../src/tables/normalize";

const QUARTERS: Settings["quarters"] = [
  { start: "2026-09-01", end: "2026-10-24" }, // 54 days
  { start: "2026-11-05", end: "2026-12-28" }, // 54
  { start: "2027-01-11", end: "2027-03-20" }, // 69
  { start: "2027-03-30", end: "2027-05-26" }, // 58 → 235 days in all
];
/** 54 + 12 = 66 days elapsed: expected = 40 × 66 / 235 = 11.234… → 11.23. */
export const TODAY = "2026-11-16";

const BANDS: Band[] = [
  { name: "1–4", grades: [1, 2, 3, 4], direction: "" },
  { name: "5–7", grades: [5, 6, 7], direction: "" },
  { name: "8–9", grades: [8, 9], direction: "" },
  { name: "10–11", grades: [10, 11], direction: "" },
];
const CLASSES: SchoolClass[] = [
  { className: "5А", grade: 5 },
  { className: "8А", grade: 8, classTeacher: "Иванова И.И." },
  { className: "9А", grade: 9, classTeacher: "петров п. п." },
  { className: "11А", grade: 11 },
];
const pupil = (code: string, className: string, active = true): Pupil => ({ code, className, active });
/** Six active pupils; А-3 left the school. Grades 6–11 active: А-1, А-2, Б-1, Б-2, Г-1. */
const PUPILS: Pupil[] = [
  pupil("В-1", "5А"),
  pupil("А-1", "8А"),
  pupil("А-2", "8А"),
  pupil("А-3", "8А", false),
  pupil("Б-1", "9А"),
  pupil("Б-2", "9А"),
  pupil("Г-1", "11А"),
];
const classes = (list: string[]) => ({ all: false, classes: list, grades: [] as number[] });
const event = (id: string, date: string, extra: Partial<SchoolEvent>): SchoolEvent => ({
  id,
  date,
  title: id,
  format: "other",
  component: "enlightenment",
  classes: classes([]),
  hours: 1,
  professions: [],
  status: "done",
  ...extra,
});
const EVENTS: SchoolEvent[] = [
  event("М-1", "2026-09-10", { classes: classes(["8А"]), hours: 3 }),
  event("М-2", "2026-11-10", { classes: classes(["8А"]), hours: 5, status: "cancelled" }),
  event("М-3", "2026-11-12", { classes: classes(["8А", "9А"]), hours: 2, component: "diagnostics" }),
  event("М-4", "2026-09-20", {
    classes: { all: false, classes: [], grades: [5, 6, 7] },
    component: "interests",
  }),
  event("М-5", "2026-12-10", {
    classes: { all: false, classes: [], grades: [8] },
    component: "adaptation",
    status: "planned",
  }),
  event("М-6", "2026-10-01", {
    classes: { all: true, classes: [], grades: [] },
    format: "parentsMeeting",
    component: "consultation",
  }),
  event("М-7", "2027-02-01", {
    classes: { all: true, classes: [], grades: [] },
    format: "parentsMeeting",
    status: "planned",
  }),
];
const mark = (eventId: string, code: string, m: Participation["mark"], hours?: number): Participation => ({
  eventId,
  code,
  mark: m,
  ...(hours === undefined ? {} : { hours }),
});
const MARKS: MarkRow[] = [
  mark("М-1", "А-1", "present"),
  mark("М-1", "А-2", "absent"),
  mark("М-1", "А-3", "present"), // a pupil who left
  mark("М-2", "А-1", "present"), // a cancelled event
  mark("М-3", "А-1", "present", 1.5),
  mark("М-3", "Б-1", "absent"),
  mark("М-4", "В-1", "present"),
  mark("М-6", "Б-2", "present"),
].map((record, i) => ({ row: i + 2, record }));
const TRIALS: Trial[] = [
  { code: "Г-1", organization: "Аграрный техникум", profession: "Агроном", hours: 12, start: "2026-10-01" },
  { code: "Б-1", organization: "аграрный  техникум", profession: "Агроном", hours: 6, start: "2026-12-01" },
  { code: "А-2", organization: "Завод", profession: "Токарь", hours: 2 },
];
const PROJECTS: Project[] = [
  { kind: "individual", title: "Теплица", code: "Б-1", status: "защищён" },
  { kind: "individual", title: "Сайт", code: "Г-1", status: "тема выбрана" },
  { kind: "individual", title: "Робот", code: "Г-1", status: " Тема выбрана" },
  { kind: "bankTask", title: "Задача банка", grade: 9 },
];
const PROFESSIONS: Profession[] = ["Программист", "Агроном"].map((profession) => ({
  profession,
  subjects: ["Математика"],
  types: [],
  isNew: false,
  competences: [],
  bands: [],
}));
const PLAN: PlanRow[] = [
  { quarter: 1, status: "done" as const },
  { quarter: 1, status: "done" as const },
  { quarter: 2, status: "planned" as const },
].map((p, i) => ({
  row: i + 2,
  record: { subject: "Математика", grade: 8, profession: "Программист", ...p },
}));
const EQUIPMENT: EquipmentRow[] = [
  {
    row: 2,
    record: {
      room: "Каб. 1",
      name: "Компьютер",
      quantity: 10,
      condition: "ok",
      subjects: ["Математика"],
      professions: ["Программист"],
      digital: true,
    },
  },
];
const result = (
  questionnaireId: string,
  code: string,
  className: string,
  scores: [string, number][],
  dominant: string[],
): QuestionnaireResult => ({
  questionnaireId,
  code,
  className,
  scores: scores.map(([scale, score]) => ({ scale, score })),
  dominant,
});

export function input(over: Partial<SummariesInput> = {}): SummariesInput {
  return {
    settings: { quarters: QUARTERS, profminimumHours: 40, introductionsPerQuarter: 2 },
    bands: BANDS,
    classes: CLASSES,
    pupils: PUPILS,
    events: EVENTS,
    participation: MARKS,
    trials: TRIALS,
    projects: PROJECTS,
    consultations: [],
    subjects: [{ subject: "Математика", grades: [8], teachers: ["Петров П.П."] }],
    professions: PROFESSIONS,
    plan: PLAN,
    equipment: EQUIPMENT,
    resources: [],
    trainings: [
      { teacher: "Петров П. П.", course: "Профминимум", hours: 36, date: "2026-10-01" },
      { teacher: "Иванова И.И.", course: "Старый курс", hours: 72, date: "2025-05-01" },
      { teacher: "Сидоров С.С.", course: "Без даты", hours: 16 },
    ],
    questionnaires: [
      {
        id: "ИНТЕРЕСЫ",
        title: "Интересы",
        classes: { all: true, classes: [], grades: [] },
        identification: "codeList",
      },
      {
        id: "ОТЗЫВ",
        title: "Отзыв",
        classes: { all: true, classes: [], grades: [] },
        identification: "codeList",
      },
    ],
    scales: [
      {
        questionnaireId: "ИНТЕРЕСЫ",
        scale: "П",
        name: "Человек — природа",
        from: 0,
        to: 8,
        interpretation: "…",
      },
      {
        questionnaireId: "ИНТЕРЕСЫ",
        scale: "Т",
        name: "Человек — техника",
        from: 0,
        to: 8,
        interpretation: "…",
      },
      { questionnaireId: "ОТЗЫВ", scale: "ПОЛЬЗА", from: 1, to: 5, interpretation: "…" },
    ],
    results: [
      result(
        "ИНТЕРЕСЫ",
        "Б-2",
        "9А",
        [
          ["П", 5],
          ["Т", 3],
        ],
        ["П"],
      ),
      result(
        "ИНТЕРЕСЫ",
        "А-1",
        "8А",
        [
          ["П", 2],
          ["Т", 4],
        ],
        ["Т"],
      ),
      result("ОТЗЫВ", "Г-1", "11А", [["ПОЛЬЗА", 4]], ["ПОЛЬЗА"]),
    ],
    examChoices: [
      { code: "Б-1", decided: true },
      { code: "Б-2", decided: false },
    ],
    today: TODAY,
    idKey: identityKey,
    ...over,
  };
}
