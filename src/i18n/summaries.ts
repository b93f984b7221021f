// Messages of «Обновить итоги»: the four summary tabs, their headers and the notes that define every figure.

import { type Locale, plural } from "./format";

/** A number in the locale: 6,9 (ru), 6.9 (en). */
const num = (n: number, locale: Locale) => (locale === "ru" ? String(n).replace(".", ",") : String(n));

export const ru = {
  summaries: {
    menu: "Обновить итоги",
    title: "ПрофТрек",
    tabs: {
      school: "Итоги — школа",
      classes: "Итоги — классы",
      pupils: "Итоги — ученики",
      questionnaires: "Итоги — анкеты",
    },
    /** Row 1 of every summary tab: when, and from how many rows of which tabs. */
    stamp: (when: string, sources: { name: string; rows: number }[]) =>
      `Сформировано ПрофТрек ${when} по листам: ${sources
        .map((s) => `${s.name} (${s.rows} ${plural(s.rows, "строка", "строки", "строк")})`)
        .join(", ")}. Лист пересоздаётся целиком: правки здесь будут потеряны.`,
    progress: {
      read: "Читаю листы книги…",
      built: (tabs: number) => `Считаю итоги и строю ${tabs} ${plural(tabs, "лист", "листа", "листов")}…`,
      swap: "Заменяю прежние итоги новыми…",
    },
    toast: (reached: number, pupils: number, onPace: string, tabs: number) =>
      `Итоги обновлены (${tabs} ${plural(tabs, "лист", "листа", "листов")}): охвачено ${reached} из ${pupils} учеников, в темпе профминимума ${onPace} %.`,
    percent: (n: number) => num(n, "ru"),
    school: {
      heading: (today: string, year: string) =>
        `Итоги по школе на ${today}, учебный год ${year}. Красным — ниже цели. Как считается каждая цифра — в примечании к её названию.`,
      columns: {
        figure: "Показатель",
        value: "Значение",
        of: "Из",
        percent: "%",
        target: "Цель",
        comment: "Пояснение",
      },
      columnNotes: {
        figure: "Наведите на название показателя: в примечании — как он считается.",
        value: "Число учеников, мероприятий, ячеек или часов — см. название.",
        of: "Сколько всего: знаменатель доли.",
        percent: "Значение ÷ Из × 100, с одним знаком после запятой.",
        target: "Цель, если она задана правилами школы или Настройками; ниже цели — красным.",
        comment: "Подробности к показателю.",
      },
      pupils: "Учеников",
      pupilsNote:
        "Активные ученики листа «Ученики» (Активен ≠ «нет»), все классы. Выбывшие не считаются нигде.",
      reached: "Охвачены мероприятиями",
      reachedNote:
        "Активные ученики, у которых хотя бы одно мероприятие (не отменённое, с Id из «Мероприятия») отмечено «участвовал»; отметка — последняя строка листа «Участие» для пары мероприятие–код. Цель — все ученики.",
      hours: "Часов профминимума в среднем (6–11 кл.)",
      hoursNote:
        "Среднее «Всего часов» активных учеников 6–11 классов: часы мероприятий с отметкой «участвовал» (часы строки «Участие», иначе мероприятия) плюс часы начавшихся профпроб — как на листе «Класс — …». Цель — «Ожидается к сегодня»: часы профминимума за год × доля прошедших дней четвертей.",
      hoursComment: (target: number, expected: number) =>
        `за год — ${num(target, "ru")} ч; ожидается к сегодня — ${num(expected, "ru")} ч`,
      onPace: "Идут в темпе профминимума (6–11 кл.)",
      onPaceNote:
        "Активные ученики 6–11 классов, у которых «Всего часов» не меньше «Ожидается к сегодня» (часы профминимума за год × доля прошедших дней четвертей). Остальные отмечены «отстаёт от профминимума» на листах классов.",
      events: "Мероприятий за год",
      eventsNote:
        "Строки листа «Мероприятия», кроме отменённых. Проведено — статус «проведено» или дата не позже сегодняшней; впереди — остальные.",
      eventsComment: (held: number, toCome: number, cancelled: number) =>
        `проведено ${held}, впереди ${toCome}, отменено ${cancelled}`,
      emptyCells: "Пустых клеток «компонент × ступень»",
      emptyCellsNote:
        "Клетки таблицы ниже (5 компонентов × ступени листа «Ступени»), где нет ни одного неотменённого мероприятия для классов ступени («все» — для всех ступеней). Цель — 0.",
      plan: "Знакомства с профессиями на уроках: ячеек в норме",
      planNote:
        "Как на листе «Итоги — план»: ячейка — предмет × параллель, где он изучается, × четверть; в норме, если строк «запланировано» и «проведено» не меньше «Знакомств с профессией в четверть». Цель — все ячейки.",
      planComment: (missing: number, suggested: number) =>
        `не хватает знакомств: ${missing}; предложено, ждут учителя: ${suggested}`,
      equipment: "Профессии, которые можно попробовать на оборудовании",
      equipmentNote:
        "Как на листе «Итоги — оборудование»: профессии тезауруса, которые называет хотя бы одно исправное оборудование (состояние «исправно» или пусто, количество не 0).",
      diagnostics: "Прошли диагностику (6–11 кл.)",
      diagnosticsNote:
        "Активные ученики 6–11 классов, у которых есть результат на листе «Результаты анкет» по любой анкете, кроме ОТЗЫВ и РОДИТЕЛИ, или отметка «участвовал» на мероприятии компонента «диагностика». Цель — все.",
      exams: "Не решили с экзаменами (9 и 11 кл.)",
      examsNote:
        "Активные ученики 9 и 11 классов, у которых на листе «Выбор экзаменов» нет строки или последняя строка (по дате, затем по строке) без предметов или с уверенностью 1–2. Цель — 0.",
      examsComment: (noRow: number) => `из них без строки в «Выбор экзаменов»: ${noRow}`,
      projects: "Индивидуальных проектов",
      projectsNote:
        "Строки листа «Проекты» с видом «индивидуальный проект», по статусу (свободный текст; одинаковые по правилу одного имени — вместе; пусто — «—»).",
      projectsMissing: "Без индивидуального проекта (9 и 11 кл.)",
      projectsMissingNote:
        "Активные ученики 9 и 11 классов, для кода которых на листе «Проекты» нет строки «индивидуальный проект». Цель — 0.",
      trials: "Профессиональных проб",
      trialsNote:
        "Строки листа «Профпробы» (любой результат), по организации (одинаковые по правилу одного имени — вместе); учеников — разных кодов.",
      trialsComment: (pupils: number, hours: number) => `учеников: ${pupils}; часов: ${num(hours, "ru")}`,
      parents: "Встреч с родителями проведено",
      parentsNote:
        "Неотменённые мероприятия формы «встреча с родителями», проведённые (статус «проведено» или дата не позже сегодняшней).",
      parentsComment: (toCome: number) => `впереди: ${toCome}`,
      teachers: "Педагоги, прошедшие повышение квалификации в этом году",
      teachersNote:
        "Педагоги, названные на листах «Предметы» (Учителя) и «Классы» (Классный руководитель); из них — с курсом на листе «Повышение квалификации», датированным в пределах учебного года (или без даты). Имена сравниваются по правилу одного имени, инициалы с пробелами и без — одно.",
      teachersComment: (courses: number, hours: number) => `курсов: ${courses}; часов: ${num(hours, "ru")}`,
      all: "все",
      zero: "0",
      balance: "Мероприятия по компонентам и ступеням (красным — пусто)",
      band: "Ступень",
      balanceNote: (component: string) =>
        `Неотменённые мероприятия компонента «${component}» для классов ступени.`,
      projectsByStatus: "Индивидуальные проекты по статусу",
      status: "Статус",
      count: "Строк",
      trialsByOrganization: "Профпробы по организациям",
      organization: "Организация",
      trialsCount: "Проб",
      trialPupils: "Учеников",
      none: "нет",
      chartBalance: "Мероприятия по ступеням и компонентам",
    },
    classes: {
      heading: (today: string) =>
        `Классы на ${today}. Красным — ниже цели. Как считается каждый столбец — в примечании к заголовку.`,
      columns: {
        className: "Класс",
        pupils: "Учеников",
        events: "Мероприятий для класса",
        rate: "Участие, %",
        meanHours: "Часов в среднем",
        expected: "Ожидается к сегодня",
        behind: "Отстают от профминимума",
        noQuarter: "Без участия в этой четверти",
        diagnostics: "Прошли диагностику",
        interests: "Ведущие типы интересов",
        trials: "Профпроб",
        projects: "Индивидуальных проектов",
        undecided: "Не решили с экзаменами",
      },
      notes: {
        className: "Классы листа «Классы», затем классы, которые есть только на листе «Ученики».",
        pupils: "Активные ученики класса.",
        events: "Неотменённые мероприятия, в «Классы» которых входит класс (по классу, параллели или «все»).",
        rate: "Отметки «участвовал» ÷ (ученики × мероприятия, которые уже прошли и где класс отмечен) × 100 — как на листе «Класс — …».",
        meanHours: "Среднее «Всего часов» активных учеников класса (мероприятия + профпробы).",
        expected:
          "Часы профминимума за год × доля прошедших дней четвертей; для 6–11 классов. Красным «Часов в среднем» ниже этого.",
        behind: "Ученики 6–11 классов, у которых «Всего часов» меньше «Ожидается к сегодня».",
        noQuarter:
          "Ученики без отметки «участвовал» на мероприятии текущей четверти и без профпробы, идущей в эту четверть.",
        diagnostics:
          "Ученики с результатом любой анкеты, кроме ОТЗЫВ и РОДИТЕЛИ, или с участием в мероприятии компонента «диагностика».",
        interests: (id: string) =>
          `Ведущие шкалы анкеты ${id} (типы по Климову) у учеников класса: тип и число учеников; при равенстве ученик засчитан в каждый тип.`,
        interestsNone: "Нет анкеты, все шкалы которой — типы по Климову (П, Т, Ч, З, Х).",
        trials: "Строки листа «Профпробы» учеников класса.",
        projects: "Строки «индивидуальный проект» листа «Проекты» учеников класса.",
        undecided:
          "9 и 11 классы: ученики без строки в «Выбор экзаменов» или с последней строкой без предметов либо с уверенностью 1–2.",
      },
      chartRate: "Участие в мероприятиях по классам, %",
      chartHours: "Часы профминимума: в среднем и ожидается к сегодня",
    },
    pupils: {
      heading: (today: string) =>
        `Ученики на ${today} — только коды, без фамилий. Активные ученики; выбывшие не показаны.`,
      columns: {
        code: "Код",
        className: "Класс",
        events: "Мероприятий",
        hours: "Всего часов",
        target: "Цель за год",
        expected: "Ожидается к сегодня",
        trials: "Профпроб",
        projects: "Индивидуальный проект",
        result: (id: string) => `${id}: ведущие`,
        diagnostics: "Диагностика",
        exam: "Экзамены",
        flags: "Замечания",
      },
      notes: {
        code: "Код ученика с листа «Ученики».",
        className: "Класс ученика.",
        events: "Неотменённые мероприятия с отметкой «участвовал».",
        hours:
          "Часы мероприятий с отметкой «участвовал» + часы начавшихся профпроб. Красным — меньше ожидаемого.",
        target: "«Часов профминимума в год» из Настроек; для 6–11 классов.",
        expected: "Цель × доля прошедших дней четвертей.",
        trials: "Строки листа «Профпробы» с кодом ученика.",
        projects: "Статус каждого индивидуального проекта ученика (лист «Проекты»).",
        result: (id: string) =>
          `Ведущие шкалы последнего ответа на анкету ${id} (лист «Результаты анкет»); пусто — ответа нет.`,
        diagnostics: "да — есть результат диагностической анкеты или участие в мероприятии «диагностика».",
        exam: "9 и 11 классы: решил / не решил / нет строки в «Выбор экзаменов».",
        flags: "Замечания, как на листе «Класс — …».",
      },
      yes: "да",
      no: "нет",
      exam: { decided: "решил", undecided: "не решил", noRow: "нет строки" },
      flag: {
        noParticipationThisQuarter: "нет участия в этой четверти",
        behindProfminimum: "отстаёт от профминимума",
        noIndividualProject: "нет индивидуального проекта",
      },
      noStatus: "—",
    },
    questionnaires: {
      heading: (today: string) =>
        `Анкеты на ${today}: по листу «Результаты анкет» (последний ответ каждого ученика на каждую анкету).`,
      block: (id: string, title: string, responses: number) =>
        `Анкета ${id} — ${title}: ${responses} ${plural(responses, "ответ", "ответа", "ответов")}`,
      byClass: "Ответы по классам",
      className: "Класс",
      responses: "Ответов",
      pupils: "Учеников",
      percent: "% ответивших",
      byClassNote: "Ответы (по одному на ученика) ÷ активные ученики класса × 100.",
      means: "Средний балл по ступеням",
      meansNote: "Среднее баллов шкалы по последним ответам учеников ступени.",
      dominant: "Ведущие шкалы по ступеням (учеников)",
      dominantNote:
        "Сколько учеников ступени с этой ведущей шкалой; при равенстве ученик засчитан в каждую из равных шкал.",
      band: "Ступень",
      noDominant: "Без ведущей",
      noResponses: "Ответов пока нет.",
      none: "На листе «Анкеты» нет анкет.",
      chart: (id: string) => `${id}: ведущие шкалы по ступеням`,
    },
  },
};

export const en: typeof ru = {
  summaries: {
    menu: "Refresh summaries",
    title: "ПрофТрек",
    tabs: {
      school: "Summary — school",
      classes: "Summary — classes",
      pupils: "Summary — pupils",
      questionnaires: "Summary — questionnaires",
    },
    stamp: (when: string, sources: { name: string; rows: number }[]) =>
      `Generated by ПрофТрек ${when} from: ${sources
        .map((s) => `${s.name} (${s.rows} ${s.rows === 1 ? "row" : "rows"})`)
        .join(", ")}. The tab is rebuilt whole: edits here will be lost.`,
    progress: {
      read: "Reading the workbook…",
      built: (tabs: number) => `Computing the summaries and building ${tabs} tabs…`,
      swap: "Replacing the previous summaries…",
    },
    toast: (reached: number, pupils: number, onPace: string, tabs: number) =>
      `Summaries refreshed (${tabs} tabs): ${reached} of ${pupils} pupils reached, ${onPace} % on pace with профминимум.`,
    percent: (n: number) => num(n, "en"),
    school: {
      heading: (today: string, year: string) =>
        `School summary on ${today}, school year ${year}. Red: below target. How each figure is counted: see the note on its name.`,
      columns: {
        figure: "Figure",
        value: "Value",
        of: "Of",
        percent: "%",
        target: "Target",
        comment: "Details",
      },
      columnNotes: {
        figure: "Hover over a figure's name: its note says how it is counted.",
        value: "A number of pupils, events, cells or hours — see the name.",
        of: "The whole: the denominator of the share.",
        percent: "Value ÷ Of × 100, one decimal.",
        target: "The target, where the school's rules or Settings set one; below target in red.",
        comment: "Details of the figure.",
      },
      pupils: "Pupils",
      pupilsNote: "Active pupils of «Pupils» (Active ≠ no), all classes. Pupils who left count nowhere.",
      reached: "Reached by events",
      reachedNote:
        "Active pupils with at least one event (not cancelled, with an Id on «Events») marked «participated»; the mark is the last row of «Participation» for the event and code. Target: every pupil.",
      hours: "Mean профминимум hours (grades 6–11)",
      hoursNote:
        "The mean of total hours of active pupils of grades 6–11: hours of events marked «participated» (the row's hours, else the event's) plus hours of trials begun — as on «Class — …». Target: expected to date = the year's hours × the elapsed share of quarter days.",
      hoursComment: (target: number, expected: number) =>
        `the year — ${num(target, "en")} h; expected to date — ${num(expected, "en")} h`,
      onPace: "On pace with профминимум (grades 6–11)",
      onPaceNote:
        "Active pupils of grades 6–11 whose total hours are at least the expected to date (the year's hours × the elapsed share of quarter days).",
      events: "Events this year",
      eventsNote:
        "Rows of «Events» not cancelled. Held: status done or dated today or earlier; to come: the others.",
      eventsComment: (held: number, toCome: number, cancelled: number) =>
        `held ${held}, to come ${toCome}, cancelled ${cancelled}`,
      emptyCells: "Empty component × band cells",
      emptyCellsNote:
        "Cells of the table below (5 components × the bands of «Bands») with no event that is not cancelled for the band's classes («all» counts for every band). Target: 0.",
      plan: "Introductions in lessons: cells meeting the target",
      planNote:
        "As on «Summary — plan»: a cell is a subject × a grade it is taught in × a quarter; it meets the target with at least «Introductions per quarter» planned or done rows. Target: every cell.",
      planComment: (missing: number, suggested: number) =>
        `introductions missing: ${missing}; proposed, awaiting the teacher: ${suggested}`,
      equipment: "Professions pupils can try on equipment",
      equipmentNote:
        "As on «Summary — equipment»: thesaurus professions named by at least one working item (condition ok or blank, quantity not 0).",
      diagnostics: "Diagnostics done (grades 6–11)",
      diagnosticsNote:
        "Active pupils of grades 6–11 with a result on «Questionnaire results» of any questionnaire but ОТЗЫВ and РОДИТЕЛИ, or marked «participated» at an event of the diagnostics component. Target: all.",
      exams: "Exam choice not decided (grades 9 and 11)",
      examsNote:
        "Active pupils of grades 9 and 11 with no row on «Exam choice», or whose latest row (by date, then row) has no subjects or certainty 1–2. Target: 0.",
      examsComment: (noRow: number) => `of them with no row on «Exam choice»: ${noRow}`,
      projects: "Individual projects",
      projectsNote:
        "Rows of «Projects» of the kind individual project, by status (free text; the same by the same-name rule together; blank as «—»).",
      projectsMissing: "No individual project (grades 9 and 11)",
      projectsMissingNote:
        "Active pupils of grades 9 and 11 whose code has no individual project row on «Projects». Target: 0.",
      trials: "Professional trials",
      trialsNote:
        "Rows of «Trials» (any result), by organisation (the same by the same-name rule together); pupils: distinct codes.",
      trialsComment: (pupils: number, hours: number) => `pupils: ${pupils}; hours: ${num(hours, "en")}`,
      parents: "Parents' meetings held",
      parentsNote:
        "Events of the form parents' meeting, not cancelled, that took place (done, or dated today or earlier).",
      parentsComment: (toCome: number) => `to come: ${toCome}`,
      teachers: "Teachers trained this year",
      teachersNote:
        "Teachers named on «Subjects» (Teachers) and «Classes» (Class teacher); of them, those with a course on «Training» dated inside the school year (or undated). Names compare by the same-name rule.",
      teachersComment: (courses: number, hours: number) => `courses: ${courses}; hours: ${num(hours, "en")}`,
      all: "all",
      zero: "0",
      balance: "Events by component and band (red: empty)",
      band: "Band",
      balanceNote: (component: string) =>
        `Events of the component «${component}» for the band's classes, not cancelled.`,
      projectsByStatus: "Individual projects by status",
      status: "Status",
      count: "Rows",
      trialsByOrganization: "Trials by organisation",
      organization: "Organisation",
      trialsCount: "Trials",
      trialPupils: "Pupils",
      none: "none",
      chartBalance: "Events by band and component",
    },
    classes: {
      heading: (today: string) =>
        `Classes on ${today}. Red: below target. How each column is counted: see the note on its header.`,
      columns: {
        className: "Class",
        pupils: "Pupils",
        events: "Events for the class",
        rate: "Participation, %",
        meanHours: "Mean hours",
        expected: "Expected to date",
        behind: "Behind профминимум",
        noQuarter: "No participation this quarter",
        diagnostics: "Diagnostics done",
        interests: "Leading interest types",
        trials: "Trials",
        projects: "Individual projects",
        undecided: "Exam choice not decided",
      },
      notes: {
        className: "Classes of «Classes», then classes only «Pupils» names.",
        pupils: "Active pupils of the class.",
        events: "Events not cancelled whose classes include the class (by class, grade or «all»).",
        rate: "Marks «participated» ÷ (pupils × events taken place and marked for the class) × 100 — as on «Class — …».",
        meanHours: "The mean total hours of the class's active pupils (events + trials).",
        expected:
          "The year's профминимум hours × the elapsed share of quarter days; grades 6–11. Mean hours below it in red.",
        behind: "Pupils of grades 6–11 whose total hours are below the expected to date.",
        noQuarter:
          "Pupils with no event marked «participated» in the current quarter and no trial under way in it.",
        diagnostics:
          "Pupils with a result of any questionnaire but ОТЗЫВ and РОДИТЕЛИ, or who took part in an event of the diagnostics component.",
        interests: (id: string) =>
          `Leading scales of questionnaire ${id} (Klimov's types) among the class's pupils: type and pupils; a tie counts for each type.`,
        interestsNone: "No questionnaire whose scales are all Klimov's types (П, Т, Ч, З, Х).",
        trials: "Rows of «Trials» of the class's pupils.",
        projects: "Individual project rows of «Projects» of the class's pupils.",
        undecided:
          "Grades 9 and 11: pupils with no row on «Exam choice», or whose latest row has no subjects or certainty 1–2.",
      },
      chartRate: "Participation in events by class, %",
      chartHours: "профминимум hours: mean and expected to date",
    },
    pupils: {
      heading: (today: string) =>
        `Pupils on ${today} — codes only, no names. Active pupils; those who left are not shown.`,
      columns: {
        code: "Code",
        className: "Class",
        events: "Events",
        hours: "Total hours",
        target: "Year's target",
        expected: "Expected to date",
        trials: "Trials",
        projects: "Individual project",
        result: (id: string) => `${id}: leading`,
        diagnostics: "Diagnostics",
        exam: "Exams",
        flags: "Flags",
      },
      notes: {
        code: "The pupil's code from «Pupils».",
        className: "The pupil's class.",
        events: "Events not cancelled marked «participated».",
        hours: "Hours of events marked «participated» + hours of trials begun. Red: below the expected.",
        target: "«профминимум hours a year» of Settings; grades 6–11.",
        expected: "Target × the elapsed share of quarter days.",
        trials: "Rows of «Trials» with the pupil's code.",
        projects: "The status of each individual project of the pupil («Projects»).",
        result: (id: string) =>
          `Leading scales of the latest answer to questionnaire ${id} («Questionnaire results»); blank: no answer.`,
        diagnostics: "yes: a result of a diagnostic questionnaire or a diagnostics event attended.",
        exam: "Grades 9 and 11: decided / not decided / no row on «Exam choice».",
        flags: "Flags, as on «Class — …».",
      },
      yes: "yes",
      no: "no",
      exam: { decided: "decided", undecided: "not decided", noRow: "no row" },
      flag: {
        noParticipationThisQuarter: "no participation this quarter",
        behindProfminimum: "behind профминимум",
        noIndividualProject: "no individual project",
      },
      noStatus: "—",
    },
    questionnaires: {
      heading: (today: string) =>
        `Questionnaires on ${today}: from «Questionnaire results» (each pupil's latest answer to each questionnaire).`,
      block: (id: string, title: string, responses: number) =>
        `Questionnaire ${id} — ${title}: ${responses} ${responses === 1 ? "response" : "responses"}`,
      byClass: "Responses by class",
      className: "Class",
      responses: "Responses",
      pupils: "Pupils",
      percent: "% answered",
      byClassNote: "Responses (one per pupil) ÷ the class's active pupils × 100.",
      means: "Mean score by band",
      meansNote: "The mean of the scale's scores over the latest answers of the band's pupils.",
      dominant: "Leading scales by band (pupils)",
      dominantNote: "Pupils of the band with this leading scale; a tie counts for each tied scale.",
      band: "Band",
      noDominant: "No leading scale",
      noResponses: "No responses yet.",
      none: "No questionnaires on «Questionnaires».",
      chart: (id: string) => `${id}: leading scales by band`,
    },
  },
};

export type SummariesMessages = (typeof ru)["summaries"];

/** The summaries' messages in a locale. */
export function summariesMessages(locale: Locale): SummariesMessages {
  return locale === "en" ? en.summaries : ru.summaries;
}
