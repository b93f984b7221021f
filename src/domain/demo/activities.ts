// The demo's individual work: professional trials at the agrarian college, consultations, teachers' training.

import { addDays, compareDates, dayOfWeek, weeksOf } from "../calendar";
import type { Consultation, Training, Trial } from "../records";
import {
  classTeacherOf,
  type DemoContext,
  dayInQuarter,
  isPast,
  pickSchoolDay,
  pupilsOfGrade,
} from "./context";
import { COLLEGE, PSYCHOLOGIST } from "./people";
import { type Rng, streamFor } from "./random";
import { listCell, optionalCell, tableRows } from "./tables";

/** Trials the college offers: profession, hours, lowest grade. */
const TRIAL_OFFERS: [string, number, number][] = [
  ["Повар-кондитер", 8, 7],
  ["Агроном", 8, 7],
  ["Ветеринар", 8, 7],
  ["Технолог общественного питания", 8, 8],
  ["Оператор беспилотных авиасистем", 8, 8],
  ["Тракторист-машинист сельскохозяйственного производства", 16, 8],
  ["Мастер по ремонту сельскохозяйственной техники", 16, 8],
];

/** The 72-hour courses of professional training (started in grade 8) and the week of the 2nd quarter they end. */
const COURSES: [string, number][] = [
  ["Повар-кондитер", 3],
  ["Тракторист-машинист сельскохозяйственного производства", -1],
];

/** A trial session in a random week of the first two quarters: 8 hours in one day, 16 over two weeks. */
function session(ctx: DemoContext, rng: Rng, hours: number): { start: string; end: string } {
  const weeks = [...weeksOf(ctx.quarters[0]), ...weeksOf(ctx.quarters[1])];
  const index = rng.int(1, weeks.length - 3);
  const start = pickSchoolDay(rng, weeks[index]);
  return { start, end: hours > 8 ? addDays(start, 7) : start };
}

/** The result of a finished trial; none while it is not over. */
function resultOf(ctx: DemoContext, rng: Rng, end: string): Trial["result"] {
  if (!isPast(ctx, end)) return undefined;
  return rng.chance(0.85) ? "passed" : "unfinished";
}

/**
 * Trials of pupils of grades 7–9 at the agrarian college: about a third of grade 7 and most of grades 8–9
 * try one or two professions; some pupils of grade 9 finish a 72-hour course with a certificate.
 */
export function buildTrials(ctx: DemoContext): Trial[] {
  const rng = streamFor(ctx.seed, "trials");
  const trials: Trial[] = [];
  for (const c of ctx.classes.filter((k) => k.grade >= 7 && k.grade <= 9)) {
    const offers = TRIAL_OFFERS.filter(([, , from]) => c.grade >= from);
    for (const pupil of ctx.pupils.filter((p) => p.active && p.className === c.className)) {
      const count = c.grade === 7 ? (rng.chance(0.35) ? 1 : 0) : rng.chance(0.55) ? rng.int(1, 2) : 0;
      for (const [profession, hours] of rng.sample(offers, count)) {
        const { start, end } = session(ctx, rng, hours);
        const trial: Trial = {
          code: pupil.code,
          className: c.className,
          organization: COLLEGE,
          profession,
          hours,
          start,
          end,
        };
        const result = resultOf(ctx, rng, end);
        if (result) trial.result = result;
        trials.push(trial);
      }
      if (c.grade === 9 && rng.chance(0.25)) {
        const [profession, week] = rng.pick(COURSES);
        const end = dayInQuarter(ctx, 2, week, 5);
        const q1 = ctx.quarters[0].start;
        const start = addDays(q1, -210 - (dayOfWeek(q1) - 1));
        const trial: Trial = {
          code: pupil.code,
          className: c.className,
          organization: COLLEGE,
          profession,
          hours: 72,
          start,
          end,
        };
        if (isPast(ctx, end)) trial.result = rng.chance(0.85) ? "certificate" : "unfinished";
        trials.push(trial);
      }
    }
  }
  return trials;
}

// Классы | Тема | Итоги (варианты через ;)
const CONSULTATION_TABLE = `
7 | Интересы и увлечения: выбор кружка | Запись в кружок робототехники; Выбрана «Школа юного кулинара»; Рекомендованы занятия в «Точке роста»
8 | Результаты диагностики типов профессий | Преобладает тип «человек — природа», рекомендована профпроба «Ветеринар»; Интересы не выражены, повторная диагностика в 3 четверти; Преобладает тип «человек — техника»
8 | Выбор профессиональной пробы | Запись на пробу «Тракторист-машинист»; Запись на пробу «Повар-кондитер»; Выбор отложен до встречи с родителями
9 | Выбор экзаменов ОГЭ | Выбраны биология и химия; Выбраны обществознание и география; Выбраны информатика и физика; Выбор не сделан, повторная консультация
9 | 10 класс или аграрный техникум | Решение: поступать в аграрный техникум; Решение: 10 класс, агротехнологический профиль; Нужна встреча с родителями
9 | Результаты диагностики готовности к выбору | Готовность высокая; Готовность средняя, рекомендованы профпробы; Готовность низкая, повторная консультация
10 | Индивидуальный учебный план в профиле | План согласован; Рекомендован элективный курс по химии
10 | Тема индивидуального проекта | Тема выбрана; Нужна помощь в выборе руководителя
11 | Выбор экзаменов ЕГЭ | Выбраны профильная математика, физика, информатика; Выбраны биология, химия; Сомнения между химией и обществознанием
11 | Выбор вуза и направления подготовки | Выбран ИрГАУ, агроинженерия; Выбран ИГМУ, лечебное дело; Интерес к целевому обучению от СХПК «Кедровский»
11 | Тревожность перед экзаменами | Даны рекомендации, повторная встреча через месяц; Состояние улучшилось
`;

/**
 * About 40 individual consultations from the start of the year to the demo today, mostly of grades 8–11,
 * mostly by the psychologist, some by the class teacher.
 */
export function buildConsultations(ctx: DemoContext): Consultation[] {
  const rng = streamFor(ctx.seed, "consultations");
  const topics = tableRows(CONSULTATION_TABLE).map(([grade, topic, outcomes]) => ({
    grade: Number(grade),
    topic,
    outcomes: listCell(outcomes),
  }));
  const weeks = [...weeksOf(ctx.quarters[0]), ...weeksOf(ctx.quarters[1])].filter((w) => isPast(ctx, w.end));
  const consultations: Consultation[] = [];
  for (let i = 0; i < 40; i++) {
    const t = rng.pick(topics);
    const pupil = rng.pick(pupilsOfGrade(ctx, t.grade));
    const byTeacher = rng.chance(0.15);
    const c: Consultation = {
      date: pickSchoolDay(rng, rng.pick(weeks)),
      code: pupil.code,
      className: pupil.className,
      topic: t.topic,
      by: (byTeacher ? classTeacherOf(ctx, pupil.className) : undefined) ?? PSYCHOLOGIST,
    };
    if (rng.chance(0.9)) c.outcome = rng.pick(t.outcomes);
    consultations.push(c);
  }
  return consultations.sort((a, b) => compareDates(a.date, b.date));
}

// Педагог | Курс | Часы | Дней от демо-сегодня | Документ
const TRAINING_TABLE = `
Сергеева О. В. | Реализация единой модели профориентации (профминимума) в общеобразовательной организации | 36 | -420 | Удостоверение о повышении квалификации
Белова А. С. | Психолого-педагогическая диагностика профессиональных интересов и склонностей обучающихся | 72 | -300 | Удостоверение о повышении квалификации
Белова А. С. | Профессиональное консультирование старшеклассников: современные методики | 36 | -40 | Удостоверение о повышении квалификации
Фёдорова Г. А. | Методика проведения курса внеурочной деятельности «Россия — мои горизонты» | 16 | -85 | Сертификат
Соколова Е. В. | Методика проведения курса внеурочной деятельности «Россия — мои горизонты» | 16 | -85 | Сертификат
Лебедева С. Н. | Педагог-навигатор: сопровождение профессионального самоопределения обучающихся | 72 | -200 | Удостоверение о повышении квалификации
Григорьев П. Н. | Профориентационная работа классного руководителя | 24 | -150 | Удостоверение о повышении квалификации
Орлов Д. С. | Беспилотные авиационные системы в школе: сборка, программирование, пилотирование | 72 | -330 | Удостоверение о повышении квалификации
Егоров Н. И. | Модульная программа по технологии и профессиональные пробы в школе | 36 | -250 | Удостоверение о повышении квалификации
Васильева Л. П. | Современные кулинарные технологии в преподавании технологии | 24 | -180 | Удостоверение о повышении квалификации
Павлова Л. М. | Агротехнологический профиль: проектирование образовательной программы | 36 | -120 | Удостоверение о повышении квалификации
Никитин В. П. | Оборудование центра «Точка роста» на уроках физики | 36 | -270 | Удостоверение о повышении квалификации
Сергеева О. В. | Семинар региональной пилотной площадки «Формирование профессионального самоопределения старшеклассников в условиях техносферной среды современной школы» | 8 | -25 | Сертификат участника
Морозова Е. А. | Руководство индивидуальным проектом: сопровождение и оценивание | 36 | 30 | -
Тарасов И. Ю. | Профориентация во внеурочной деятельности | 16 | 45 | -
`;

/** The teachers' training of the last two years and the courses booked for this one (no document yet). */
export function buildTrainings(ctx: DemoContext): Training[] {
  return tableRows(TRAINING_TABLE).map(([teacher, course, hours, offset, document]) => {
    let date = addDays(ctx.today, Number(offset));
    if (dayOfWeek(date) > 5) date = addDays(date, 5 - dayOfWeek(date));
    const t: Training = { teacher, course, hours: Number(hours), date };
    const doc = optionalCell(document);
    if (doc) t.document = doc;
    return t;
  });
}
