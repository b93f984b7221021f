// The demo's practice-oriented resources, digital platforms and partners (enterprises, college, universities).

import type { Band, Component, Resource } from "../records";
import { gradesCell, listCell, optionalCell, tableRows } from "./tables";

// Название | Вид | Ссылка | Классы | Предметы | Компонент | Примечание
const RESOURCE_TABLE = `
Билет в будущее | platform | https://bvbinfo.ru | 6-11 | - | diagnostics | Онлайн-диагностика, профпробы, личные кабинеты учеников
Россия — мои горизонты | platform | https://bvbinfo.ru | 6-11 | - | enlightenment | Сценарии и материалы уроков по четвергам
ПроеКТОриЯ | platform | https://proektoria.online | 8-11 | - | enlightenment | Интерактивные уроки «Шоу профессий»
Атлас новых профессий | platform | https://atlas100.ru | 7-11 | Технология; Информатика; Биология | enlightenment | Используем при пополнении тезауруса новых профессий
Работа России | platform | https://trudvsem.ru | 9-11 | Обществознание | enlightenment | Вакансии района, разбираем на уроках обществознания
Большая перемена | platform | https://bolshayaperemena.online | 8-11 | - | interests | Всероссийский конкурс, командные проекты
Моя школа | platform | https://myschool.edu.ru | 1-11 | - | enlightenment | Цифровые уроки и материалы о профессиях
Центр «Точка роста» | practice | - | 5-11 | Биология; Химия; Физика; Технология; Информатика | interests | Естественно-научная и технологическая лаборатории школы
Мобильный технопарк «Кванториум» | practice | - | 5-9 | Технология; Информатика; Физика | interests | Приезжает в школу два раза в год
«Школа юного кулинара» | practice | - | 5-8 | Технология | interests | Внеурочная деятельность, кухни народов мира
Учебно-опытный участок и теплица | practice | - | 1-11 | Биология; Технология; Окружающий мир | adaptation | Опыты с сортами, летняя трудовая практика
СХПК «Кедровский» | enterprise | - | 5-11 | Биология; Технология; География | enlightenment | Экскурсии на ферму и полевой стан, встречи с агрономом
ООО «Сибирское молоко» | enterprise | - | 5-11 | Химия; Биология | enlightenment | Экскурсии в цех и лабораторию качества
ООО «АгроДрон Сибирь» | enterprise | - | 7-11 | Физика; Информатика; Технология | adaptation | Мастер-классы по управлению дронами
Кедровская районная больница | enterprise | - | 8-11 | Биология; Химия | enlightenment | Дни открытых дверей для будущих медиков
Пожарно-спасательная часть № 12 | enterprise | - | 1-7 | Окружающий мир; Физическая культура | enlightenment | Экскурсии для младших школьников
Хлебозавод «Колос» | enterprise | - | 1-7 | Технология; Окружающий мир | enlightenment | Экскурсии «Откуда хлеб пришёл»
Кедровский аграрный техникум | college | - | 7-11 | Технология; Биология; Химия | adaptation | Профессиональные пробы с 7 класса, свидетельства о профессии после 9 класса
Кедровский медицинский колледж | college | - | 8-11 | Биология; Химия | enlightenment | День открытых дверей, встречи со студентами
ИрГАУ | university | - | 9-11 | Биология; Химия; Физика | enlightenment | Аграрный университет: встречи с преподавателями, олимпиады
ИРНИТУ | university | https://www.istu.edu | 9-11 | Физика; Математика; Информатика | enlightenment | Инженерные каникулы, онлайн-лекции
ИГУ | university | https://isu.ru | 10-11 | - | enlightenment | Дни открытых дверей факультетов
ИГМУ | university | - | 10-11 | Биология; Химия | enlightenment | Профильные смены для будущих медиков
Центр занятости населения Кедровского района | other | - | 8-11 | Обществознание | consultation | Консультации о рынке труда района, летнее трудоустройство подростков
Дом детского творчества | other | - | 1-9 | Изобразительное искусство; Музыка; Технология | interests | Кружки декоративно-прикладного творчества и робототехники
`;

/** The band names whose grades overlap the range; none (= all bands) when the range touches every band. */
function bandsOverlapping(grades: number[], bands: readonly Band[]): string[] {
  const names = bands.filter((b) => b.grades.some((g) => grades.includes(g))).map((b) => b.name);
  return names.length === bands.length ? [] : names;
}

/** The 25 resources of the demo school. */
export function buildResources(bands: readonly Band[]): Resource[] {
  return tableRows(RESOURCE_TABLE).map(([name, kind, link, grades, subjects, component, note]) => {
    const r: Resource = {
      name,
      kind: kind as Resource["kind"],
      bands: bandsOverlapping(gradesCell(grades), bands),
      subjects: listCell(optionalCell(subjects)),
      component: component as Component,
    };
    const url = optionalCell(link);
    if (url) r.link = url;
    const text = optionalCell(note);
    if (text) r.note = text;
    return r;
  });
}
