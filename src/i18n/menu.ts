// Menu captions, their one-line help, and messages every operation shares.

export const ru = {
  addonName: "ПрофТрек",
  menu: {
    help: "Справка",
  },
  /** One line per menu item for the «Справка» dialog, keyed by the global function name. */
  menuHelp: {
    setupWorkbook: "создаёт недостающие листы, столбцы и настройки; ничего из введённого не меняет.",
    validateData: "проверяет все листы и выводит проблемы со ссылками на ячейки на лист «Проверка данных».",
    fillDemoData: "заполняет пустую книгу вымышленной демо-школой, чтобы попробовать ПрофТрек.",
    showThesaurusSidebar: "тезаурус профессий: поиск, добавление и правка профессий по предметам.",
    showPlanSidebar:
      "план учителя по предмету: знакомства по параллелям и четвертям; принять или заменить предложение, отметить проведённое, добавить в пробел.",
    suggestPlan: "заполняет пробелы плана знакомств строками «предложено» из тезауруса — после просмотра.",
    refreshPlanCoverage:
      "пересчитывает лист «Итоги — план»: охват по предметам, параллелям и четвертям, пробелы, замечания.",
    showEventSidebar:
      "добавить или изменить мероприятие (Id М-0001… даёт ПрофТрек); мероприятия четверти по компонентам и пустые клетки «компонент × ступень» за год.",
    showAttendanceSidebar:
      "отметить, кто из класса участвовал в мероприятии: «все участвовали» одним нажатием, затем отсутствующих.",
    pickClassView:
      "лист «Класс — 8А»: отметки учеников по мероприятиям класса, часы профминимума против ожидаемых к сегодня, замечания, профпробы, проекты, консультации.",
    showEquipmentSidebar:
      "оборудование кабинетов и ресурсы: состояние, предметы и профессии, которые с ним можно попробовать.",
    refreshEquipmentAnalysis:
      "пересчитывает лист «Итоги — оборудование»: какие профессии можно попробовать на практике, охват предметов, ремонт, ресурсы.",
    refreshSummaries:
      "пересчитывает итоги координатора одним действием: листы «Итоги — школа», «— классы», «— ученики», «— анкеты», «— план», «— оборудование» с диаграммами; как считается каждая цифра — в примечаниях.",
    showQuestionnairesSidebar:
      "панель анкет: какие анкеты есть, что мешает сделать из анкеты форму, ссылка на форму и число ответов; создать форму, добавить готовую анкету, пересчитать результаты.",
    addReadyQuestionnaire:
      "добавляет на листы «Анкеты», «Вопросы», «Шкалы» готовую анкету ПрофТрека: интересы по Климову, готовность к выбору экзаменов, отзыв о мероприятии, анкету для родителей 1–4 классов.",
    createQuestionnaireFormMenu:
      "делает из анкеты Google Форму для её классов: ученик выбирает класс и свой код; ответы приходят на вкладку «Ответы — <Id>» и сразу оцениваются в «Результаты анкет»; ссылки для каждого ученика — на вкладке «Ссылки — <Id>».",
    rescoreQuestionnaires: "пересчитывает «Результаты анкет» заново по всем вкладкам «Ответы — …».",
    showHelp: "что умеет ПрофТрек и где что лежит.",
  } as Record<string, string>,
  help: {
    title: "ПрофТрек — справка",
    intro:
      "ПрофТрек ведёт систему профориентации школы с 1 по 11 класс: тезаурус профессий, знакомство с профессиями на уроках, оборудование, мероприятия и участие, анкеты и итоги для координатора.",
    menuTitle: "Пункты меню",
    privacy:
      "Ученики обозначаются кодами. Фамилии и имена в таблицу не вносятся: список соответствия кодов и имён хранится в школе.",
    close: "Закрыть",
  },
  workbook: {
    missingTab: (tab: string) => `В таблице нет листа «${tab}». Выполните «ПрофТрек → Настроить книгу».`,
  },
  common: {
    lockTimeout: "Таблицу сейчас изменяет другой пользователь. Подождите несколько секунд и повторите.",
    notCoordinator: "Это действие доступно только координатору (см. «Координаторы» на листе «Настройки»).",
  },
};

export const en: typeof ru = {
  addonName: "ПрофТрек",
  menu: {
    help: "Help",
  },
  menuHelp: {
    setupWorkbook: "adds missing tabs, columns and settings; changes nothing you typed.",
    validateData: "checks every tab and lists the problems with links to the cells on the «Data check» tab.",
    fillDemoData: "fills an empty workbook with a fictional demo school to try ПрофТрек.",
    showThesaurusSidebar: "the thesaurus of professions: search, add and edit professions by subject.",
    showPlanSidebar:
      "a teacher's plan for a subject: introductions by grade and quarter; accept or replace a suggestion, mark one held, add one into a gap.",
    suggestPlan:
      "fills the gaps of the plan of introductions with «suggested» rows from the thesaurus, after a preview.",
    refreshPlanCoverage:
      "rebuilds the «Summary — plan» tab: coverage by subject, grade and quarter, gaps, remarks.",
    showEventSidebar:
      "add or edit an event (ПрофТрек gives the Id М-0001…); the quarter's events by component and the year's empty component × band cells.",
    showAttendanceSidebar:
      "mark who in a class took part in an event: «everyone took part» in one click, then the absent.",
    pickClassView:
      "the «Class — 8А» tab: pupils' marks for the class's events, профминимум hours against the pace expected by today, remarks, trials, projects, consultations.",
    showEquipmentSidebar:
      "room equipment and resources: condition, subjects and the professions pupils can try with it.",
    refreshEquipmentAnalysis:
      "rebuilds the «Summary — equipment» tab: which professions can be tried in practice, subject coverage, repairs, resources.",
    refreshSummaries:
      "rebuilds the coordinator's summaries in one go: «Summary — school», «— classes», «— pupils», «— questionnaires», «— plan», «— equipment», with charts; how each figure is counted is in the notes.",
    showQuestionnairesSidebar:
      "the questionnaires sidebar: which exist, what keeps one from becoming a form, its link and number of answers; create a form, add a ready one, recompute the results.",
    addReadyQuestionnaire:
      "adds a ready ПрофТрек questionnaire to the Questionnaires, Questions and Scales tabs: interests by Klimov's types, readiness to choose exams, event feedback, parents of grades 1–4.",
    createQuestionnaireFormMenu:
      "turns a questionnaire into a Google Form for its classes: a pupil picks the class and their code; answers arrive on «Ответы — <Id>» and are scored at once into «Questionnaire results»; a link per pupil is on «Links — <Id>».",
    rescoreQuestionnaires: "rebuilds «Questionnaire results» from every «Ответы — …» tab.",
    showHelp: "what ПрофТрек does and where things are.",
  },
  help: {
    title: "ПрофТрек — help",
    intro:
      "ПрофТрек runs the school's career-guidance system for grades 1–11: a thesaurus of professions, introductions to professions in lessons, equipment, events and participation, questionnaires and summaries for the coordinator.",
    menuTitle: "Menu items",
    privacy:
      "Pupils are identified by codes. Names are never entered into the spreadsheet: the list matching codes to names stays at the school.",
    close: "Close",
  },
  workbook: {
    missingTab: (tab: string) => `The spreadsheet has no «${tab}» tab. Run «ПрофТрек → Set up the workbook».`,
  },
  common: {
    lockTimeout: "Someone else is changing the spreadsheet right now. Wait a few seconds and try again.",
    notCoordinator: "Only a coordinator can do this (see «Координаторы» on the «Настройки» tab).",
  },
};
