// The demo school's people: teachers (fictional), subjects, classes with profiles, and pupils by code only.

import { lazy } from "../lazy";
import type { Pupil, SchoolClass, Subject } from "../records";
import type { Rng } from "./random";
import { gradesCell, listCell, optionalCell, tableRows } from "./tables";

/** The demo school's name: fictional, modelled on the seed school. */
export const DEMO_SCHOOL_NAME = "МБОУ СОШ № 7 «Горизонт»";

/** The agrarian college where pupils of grades 7–9 take professional trials. */
export const COLLEGE = "Кедровский аграрный техникум";

/** The school's educational psychologist, who runs diagnostics and consultations. */
export const PSYCHOLOGIST = "Белова А. С.";

// Класс | Классный руководитель | Профиль
const CLASS_TABLE = `
1А | Иванова Н. П.
1Б | Петрова С. А.
2А | Сидорова В. Н.
2Б | Михайлова Е. Г.
3А | Алексеева Т. В.
3Б | Романова О. Н.
4А | Жукова Л. И.
4Б | Макарова Н. С.
5А | Васильева Л. П.
5Б | Полякова Д. В.
6А | Смирнова М. А.
6Б | Зайцева И. П.
7А | Фёдорова Г. А.
7Б | Ковалёва Ю. С.
8А | Соколова Е. В.
8Б | Тарасов И. Ю.
9А | Лебедева С. Н.
9Б | Григорьев П. Н.
10А | Павлова Л. М. | агротехнологический
10Б | Орлов Д. С. | технологический
11А | Морозова Е. А. | естественно-научный
`;

// Предмет | Классы | Учителя-предметники (in grades 1–4 the class teacher also teaches the starred subjects)
const SUBJECT_TABLE = `
Русский язык | 1-11 | Кузнецова Т. И.; Морозова Е. А.; Волкова Н. Г. | *
Литература | 5-11 | Кузнецова Т. И.; Морозова Е. А.; Волкова Н. Г.
Английский язык | 2-11 | Смирнова М. А.; Ковалёва Ю. С.
Математика | 1-11 | Попов А. В.; Лебедева С. Н.; Зайцева И. П. | *
Информатика | 7-11 | Орлов Д. С.
История | 5-11 | Григорьев П. Н.; Киселёва О. Ю.
Обществознание | 6-11 | Григорьев П. Н.; Киселёва О. Ю.
География | 5-11 | Фёдорова Г. А.
Биология | 5-11 | Соколова Е. В.
Химия | 8-11 | Павлова Л. М.
Физика | 7-11 | Никитин В. П.
Окружающий мир | 1-4 | - | *
Изобразительное искусство | 1-7 | Полякова Д. В.
Музыка | 1-8 | Андреева Р. К.
Технология | 5-9 | Егоров Н. И.; Васильева Л. П.
Физическая культура | 1-11 | Тарасов И. Ю.; Голубева А. А.
`;

/** Parsed on first use: the bundle's top level runs at every execution, the demo fill rarely. */
const classRows = lazy(() => tableRows(CLASS_TABLE));
const subjectRows = lazy(() => tableRows(SUBJECT_TABLE));

/** The classes 1А … 11А: two a grade in 1–9, profile classes in 10–11. */
export function buildClasses(): SchoolClass[] {
  return classRows().map(([className, teacher, profile]) => ({
    className,
    grade: Number(className.slice(0, -1)),
    classTeacher: teacher,
    ...(optionalCell(profile) ? { profile } : {}),
  }));
}

/** The class teachers of the primary classes (grades 1–4), who teach the starred subjects there. */
function primaryTeachers(): string[] {
  return classRows()
    .filter(([c]) => Number(c.slice(0, -1)) <= 4)
    .map(([, t]) => t);
}

/** The 16 subjects of the curriculum with their grades and teachers. */
export function buildSubjects(): Subject[] {
  return subjectRows().map(([subject, grades, teachers, primary]) => ({
    subject,
    grades: gradesCell(grades),
    teachers: [...listCell(optionalCell(teachers)), ...(primary === "*" ? primaryTeachers() : [])],
  }));
}

/** The teacher who leads a subject in a grade: the class teacher of «А» in grades 1–4 for starred subjects. */
export function teacherOf(subject: string, grade: number): string | undefined {
  const row = subjectRows().find(([s]) => s === subject);
  if (!row) return undefined;
  if (row[3] === "*" && grade <= 4) return classRows().find(([c]) => c === `${grade}А`)?.[1];
  const specialists = listCell(optionalCell(row[2]));
  if (specialists.length === 0) return undefined;
  return specialists[(grade - 1) % specialists.length];
}

/** Pupils a class holds, by grade: smaller profile classes in 10–11. */
function classSize(rng: Rng, grade: number): number {
  if (grade <= 4) return rng.int(22, 26);
  if (grade <= 9) return rng.int(20, 25);
  if (grade === 10) return rng.int(13, 17);
  return rng.int(15, 19);
}

// Letters initials are drawn from: first names, then surnames.
const NAME_INITIALS = [..."АБВГДЕИКЛМНОПРСТЮЯ"];
const SURNAME_INITIALS = [..."АБВГДЕЖЗИКЛМНОПРСТУФХЧШЯ"];

/**
 * Pupils by pseudonymous code «7Б-014» (class and number in the class list). About one in twenty has a label
 * of initials only («А. К.»), never a name; about one in a hundred has left (inactive).
 */
export function buildPupils(rng: Rng, classes: readonly SchoolClass[]): Pupil[] {
  const pupils: Pupil[] = [];
  for (const c of classes) {
    const size = classSize(rng, c.grade);
    for (let n = 1; n <= size; n++) {
      const pupil: Pupil = {
        code: `${c.className}-${String(n).padStart(3, "0")}`,
        className: c.className,
        active: true,
      };
      if (rng.chance(0.05)) pupil.label = `${rng.pick(NAME_INITIALS)}. ${rng.pick(SURNAME_INITIALS)}.`;
      if (rng.chance(0.01)) pupil.active = false;
      pupils.push(pupil);
    }
  }
  return pupils;
}
