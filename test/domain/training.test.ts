// Teachers' training this year: a hand-counted fixture (names by the same-name rule, dates inside the year).

import type { SchoolClass, Subject, Training } from "../../src/domain/records";
import { trainingSummary } from "../../src/domain/training";

const subjects: Subject[] = [
  { subject: "Физика", grades: [7, 8], teachers: ["Петров П. П."] },
  { subject: "Математика", grades: [5], teachers: ["Иванова И. И.", "Петров П. П."] },
];
const classes: SchoolClass[] = [
  { className: "8А", grade: 8, classTeacher: "Сидорова С. С." } as SchoolClass,
  { className: "8Б", grade: 8 } as SchoolClass,
];
const year = { start: "2026-09-01", end: "2027-05-26" };

test("two of three teachers trained this year (66.7 %); a course of last year and an unknown name kept apart", () => {
  const trainings: Training[] = [
    { teacher: "петров п.п.", course: "Профориентация в школе", hours: 36, date: "2026-10-15" },
    { teacher: "Иванова И. И.", course: "Проектная деятельность", hours: 72 }, // undated: this year's tab
    { teacher: "Сидорова С. С.", course: "Старый курс", hours: 16, date: "2025-11-01" }, // last year
    { teacher: "Кузнецов К. К.", course: "Цифровая школа", hours: 24, date: "2027-02-01" },
  ];
  expect(trainingSummary(trainings, subjects, classes, year)).toEqual({
    teachers: ["Петров П. П.", "Иванова И. И.", "Сидорова С. С."],
    trained: ["Петров П. П.", "Иванова И. И."],
    percent: 66.7,
    courses: 3,
    hours: 132,
    unknownTeachers: ["Кузнецов К. К."],
  });
});

test("no teacher named anywhere: 0 %, nothing divided by zero", () => {
  expect(trainingSummary([], [], [], year).percent).toBe(0);
});
