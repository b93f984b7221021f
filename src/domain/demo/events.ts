// The demo events: about 60 across all five components and all four bands, with «Россия — мои горизонты» Thursdays.

import { addDays, compareDates, dayOfWeek, weeksOf } from "../calendar";
import type { ClassSelector, Component, EventFormat, SchoolEvent } from "../records";
import { type DemoContext, dayInQuarter, isPast } from "./context";
import { gradesCell, listCell, optionalCell, tableRows } from "./tables";

// Четверть | Неделя (−1 — последняя) | День (1 пн … 5 пт) | Название | Форма | Компонент | Классы | Часы | Ответственный | Партнёр | Профессии | отменено
const EVENT_TABLE = `
1 | 2 | 2 | Классный час «Профессии моих родителей» | parentsMeeting | enlightenment | 1-4 | 1 | Классные руководители 1–4 классов | - | -
1 | 2 | 3 | Диагностика профессиональных интересов по типам профессий | diagnostics | diagnostics | 8-9 | 1 | Белова А. С. | - | -
1 | 3 | 1 | Диагностика «Карта интересов» | diagnostics | diagnostics | 10-11 | 1 | Белова А. С. | Билет в будущее | -
1 | 3 | 3 | Трудовой десант на учебно-опытном участке: сбор урожая | other | adaptation | 5-7 | 2 | Соколова Е. В. | - | Садовод; Агроном
1 | 3 | 5 | Экскурсия на полевой стан СХПК «Кедровский»: уборка урожая | excursion | enlightenment | 8А; 8Б | 3 | Соколова Е. В. | СХПК «Кедровский» | Агроном; Тракторист-машинист сельскохозяйственного производства; Зоотехник
1 | 4 | 2 | Экскурсия в пожарно-спасательную часть № 12 | excursion | enlightenment | 3-4 | 2 | Алексеева Т. В. | Пожарно-спасательная часть № 12 | Пожарный; Спасатель | отменено
1 | 6 | 2 | Экскурсия в пожарно-спасательную часть № 12 (перенесённая) | excursion | enlightenment | 3-4 | 2 | Алексеева Т. В. | Пожарно-спасательная часть № 12 | Пожарный; Спасатель
1 | 4 | 3 | Методическая неделя «Профессии на уроке»: открытые уроки | methodWeek | enlightenment | 5-11 | 0 | Сергеева О. В. | - | -
1 | 4 | 5 | Игра-практикум «Город мастеров» | other | adaptation | 1-2 | 1 | Иванова Н. П. | - | Строитель; Продавец-консультант; Врач
1 | 5 | 2 | Мастер-класс «Юный кондитер»: пряники с росписью | masterClass | interests | 5-6 | 2 | Васильева Л. П. | Хлебозавод «Колос» | Повар-кондитер
1 | 5 | 3 | День открытых дверей в Кедровском аграрном техникуме | openDay | enlightenment | 9 | 2 | Лебедева С. Н. | Кедровский аграрный техникум | Агроном; Ветеринар; Повар-кондитер
1 | 6 | 1 | Профессиональная проба «Тракторист-машинист» | trial | adaptation | 8 | 4 | Тарасов И. Ю. | Кедровский аграрный техникум | Тракторист-машинист сельскохозяйственного производства
1 | 6 | 5 | Конкурс рисунков «Профессия моей мечты» | contest | interests | 1-4 | 1 | Полякова Д. В. | - | -
1 | 7 | 2 | Встреча с преподавателями ИрГАУ «Агроинженерия и агробизнес» | universityMeeting | enlightenment | 10-11 | 2 | Павлова Л. М. | ИрГАУ | Агроинженер-робототехник; Агроном; Экономист
1 | 7 | 3 | Профессиональная проба «Повар-кондитер» | trial | adaptation | 7 | 4 | Фёдорова Г. А. | Кедровский аграрный техникум | Повар-кондитер
1 | -1 | 1 | Групповая консультация «Как выбрать экзамены ОГЭ» | consultation | consultation | 9 | 1 | Белова А. С. | - | -
1 | -1 | 2 | Родительское собрание «Роль семьи в выборе профессии» | parentsMeeting | consultation | 8-9 | 1 | Сергеева О. В. | - | -
1 | -1 | 3 | «Школа юного кулинара»: кухни народов Сибири | masterClass | interests | 5-8 | 2 | Васильева Л. П. | - | Повар-кондитер; Технолог общественного питания
2 | 1 | 2 | Профессиональная проба «Оператор беспилотных авиасистем» | trial | adaptation | 9 | 3 | Орлов Д. С. | ООО «АгроДрон Сибирь» | Оператор беспилотных авиасистем
2 | 1 | 3 | Диагностика «Готовность к профессиональному выбору» | diagnostics | diagnostics | 9, 11 | 1 | Белова А. С. | - | -
2 | 2 | 1 | Экскурсия в теплицы СХПК «Кедровский» | excursion | enlightenment | 10А | 3 | Павлова Л. М. | СХПК «Кедровский» | Оператор автоматизированной теплицы; Агроном; Агроэколог
2 | 3 | 1 | Рисуночная диагностика «Кем я хочу стать» | diagnostics | diagnostics | 1-4 | 1 | Белова А. С. | - | -
2 | 3 | 2 | Встреча с выпускниками — студентами медицинского колледжа | universityMeeting | enlightenment | 10-11 | 1 | Морозова Е. А. | Кедровский медицинский колледж | Медицинская сестра; Врач; Провизор
2 | 3 | 3 | Классный час «Атлас новых профессий» | classHour | enlightenment | 7 | 1 | Классные руководители 7 классов | Атлас новых профессий | Сити-фермер; Оператор беспилотных авиасистем; Дизайнер виртуальных миров
2 | 3 | 5 | Ярмарка профессий: родители рассказывают о своей работе | parentsMeeting | enlightenment | 2-3 | 1 | Сидорова В. Н. | - | -
2 | 4 | 1 | Групповая консультация «Что я люблю и что у меня получается» | consultation | consultation | 3-4 | 1 | Белова А. С. | - | -
2 | 4 | 2 | Неделя проектных задач «Профессии нашего района» | project | interests | 5-6 | 2 | Сергеева О. В. | - | -
2 | 4 | 5 | Конкурс проектов «Агростартап» | contest | interests | 8-11 | 2 | Павлова Л. М. | ИрГАУ | Сити-фермер; Специалист по агротуризму
2 | 5 | 1 | Консультация «Выбор экзаменов ЕГЭ и направлений подготовки» | consultation | consultation | 11 | 1 | Белова А. С. | - | -
2 | 5 | 3 | Встреча с преподавателями ИРНИТУ «Инженерные профессии будущего» | universityMeeting | enlightenment | 10Б; 11А | 2 | Никитин В. П. | ИРНИТУ | Инженер-энергетик; Инженер-робототехник; Проектировщик «умного дома»
2 | 6 | 2 | Профессиональная проба «Технолог общественного питания» | trial | adaptation | 9 | 4 | Васильева Л. П. | Кедровский аграрный техникум | Технолог общественного питания
2 | 6 | 3 | Экскурсия на хлебозавод «Колос» «Откуда хлеб пришёл» | excursion | enlightenment | 1-2 | 2 | Петрова С. А. | Хлебозавод «Колос» | Повар-кондитер; Технолог пищевого производства
2 | -1 | 2 | «Новогодняя мастерская»: игрушки своими руками | masterClass | interests | 1-4 | 1 | Классные руководители 1–4 классов | Дом детского творчества | Художник-иллюстратор
3 | 2 | 3 | Профессиональная проба «Ветеринар»: уход за животными на ферме техникума | trial | adaptation | 8 | 4 | Соколова Е. В. | Кедровский аграрный техникум | Ветеринар; Зоотехник
3 | 4 | 2 | День открытых дверей ИрГАУ | openDay | enlightenment | 11 | 3 | Морозова Е. А. | ИрГАУ | Агроном; Ветеринар; Кадастровый инженер
3 | 4 | 3 | Групповая консультация «Что мне интересно и какие занятия выбрать» | consultation | consultation | 5-7 | 1 | Белова А. С. | - | -
3 | 6 | 2 | Инженерные каникулы в ИРНИТУ: профессиональная проба | trial | adaptation | 10Б | 6 | Орлов Д. С. | ИРНИТУ | Инженер-робототехник; Специалист по аддитивным технологиям
3 | 8 | 2 | Диагностика «Мои способности» | diagnostics | diagnostics | 6-7 | 1 | Белова А. С. | Билет в будущее | -
3 | -1 | 3 | Мастер-класс «Управление квадрокоптером» | masterClass | interests | 7-8 | 2 | Орлов Д. С. | ООО «АгроДрон Сибирь» | Оператор беспилотных авиасистем
4 | 1 | 2 | Экскурсия на ООО «Сибирское молоко»: цех и лаборатория качества | excursion | enlightenment | 9 | 3 | Павлова Л. М. | ООО «Сибирское молоко» | Технолог пищевого производства; Химик-аналитик
4 | 2 | 3 | Фестиваль творчества «Кухни народов мира» | festival | interests | 5-8 | 2 | Васильева Л. П. | - | Повар-кондитер; Фуд-дизайнер
4 | 3 | 2 | Защита итоговых индивидуальных проектов 9 классов | project | interests | 9 | 2 | Сергеева О. В. | - | -
4 | 3 | 5 | Защита индивидуальных проектов 11 класса | project | interests | 11 | 2 | Сергеева О. В. | - | -
4 | 4 | 1 | Итоговая диагностика готовности к профессиональному самоопределению | diagnostics | diagnostics | 8-11 | 1 | Белова А. С. | - | -
4 | -1 | 2 | Летнее трудоустройство подростков: встреча с Центром занятости | consultation | consultation | 8-10 | 1 | Сергеева О. В. | Центр занятости населения Кедровского района | -
`;

/** Themes of the weekly «Россия — мои горизонты» lessons of the first two quarters, in order. */
const HORIZONS_THEMES = [
  "Вводный урок «Моя Россия — мои горизонты»",
  "Открой своё будущее",
  "Система образования России",
  "Пробую профессию в сфере науки и образования",
  "Россия в деле: промышленность",
  "Практико-ориентированное занятие",
  "Россия индустриальная: добыча и переработка",
  "Россия аграрная: растениеводство, садоводство",
  "Россия здоровая: медицина и биотехнологии",
  "Россия безопасная: полиция, пожарная охрана, служба спасения",
  "Россия комфортная: транспорт",
  "Россия цифровая: информационные технологии",
  "Пробую профессию в цифровой сфере",
  "Россия аграрная: животноводство, селекция и генетика",
  "Россия креативная: творческие профессии",
  "Пробую профессию в креативной сфере",
  "Россия умная: наука и исследования",
];

/** A Классы cell of the table: "все", grades "8-9", "9, 11", or classes "8А; 8Б". */
function selectorOf(cell: string): ClassSelector {
  if (cell === "все") return { all: true, classes: [], grades: [] };
  if (/^[\d\s,-]+$/.test(cell)) return { all: false, classes: [], grades: gradesCell(cell) };
  return { all: false, classes: listCell(cell), grades: [] };
}

/** Event ids as ПрофТрек fills them: «М-0001» (Cyrillic М). */
export function eventId(n: number): string {
  return `М-${String(n).padStart(4, "0")}`;
}

/** The weekly course lessons on Thursdays of the first two quarters, grades 6–11. */
function horizonsLessons(ctx: DemoContext): SchoolEvent[] {
  const lessons: SchoolEvent[] = [];
  for (const quarter of ctx.quarters.slice(0, 2)) {
    for (const week of weeksOf(quarter)) {
      const thursday = addDays(week.start, 4 - dayOfWeek(week.start));
      if (compareDates(thursday, week.start) < 0 || compareDates(thursday, week.end) > 0) continue;
      lessons.push({
        date: thursday,
        title: `Россия — мои горизонты: ${HORIZONS_THEMES[lessons.length % HORIZONS_THEMES.length]}`,
        format: "horizons",
        component: "enlightenment",
        classes: { all: false, classes: [], grades: [6, 7, 8, 9, 10, 11] },
        hours: 1,
        responsible: "Классные руководители 6–11 классов",
        professions: [],
        status: "planned",
      });
    }
  }
  return lessons;
}

/** The events of the table, dated inside their quarter. */
function tableEvents(ctx: DemoContext): SchoolEvent[] {
  return tableRows(EVENT_TABLE).map(
    ([
      quarter,
      week,
      day,
      title,
      format,
      component,
      classes,
      hours,
      responsible,
      partner,
      professions,
      cancelled,
    ]) => {
      const event: SchoolEvent = {
        date: dayInQuarter(ctx, Number(quarter), Number(week), Number(day)),
        title,
        format: format as EventFormat,
        component: component as Component,
        classes: selectorOf(classes),
        hours: Number(hours),
        responsible,
        professions: listCell(optionalCell(professions)),
        status: cancelled === "отменено" ? "cancelled" : "planned",
      };
      const org = optionalCell(partner);
      if (org) event.partner = org;
      return event;
    },
  );
}

/**
 * The year's events in date order with ids М-0001 …: those before the demo today are done (one excursion
 * was cancelled), the rest planned.
 */
export function buildEvents(ctx: DemoContext): SchoolEvent[] {
  const events = [...tableEvents(ctx), ...horizonsLessons(ctx)];
  const order = events.map((e, i) => ({ e, i }));
  order.sort((a, b) => compareDates(a.e.date, b.e.date) || a.i - b.i);
  return order.map(({ e }, n) => ({
    id: eventId(n + 1),
    ...e,
    status: e.status === "cancelled" ? "cancelled" : isPast(ctx, e.date) ? "done" : "planned",
  }));
}
