// Messages of the failure boundary (every global) and of the argument checks: what failed, what was saved, what to do.

/** Why an operation stopped, as the boundary tells it. */
export type FailureCause = "timeout" | "lock" | "quota" | "permission" | "service";
/** What the workbook holds after the failure. */
export type FailureSaved =
  | { kind: "nothing" }
  | { kind: "partly" }
  | { kind: "generated"; tab: string }
  | { kind: "done" };

export const ru = {
  failure: {
    /** The operation of a global that is not on the menu and not named below. */
    operation: (fn: string) => `Действие «${fn}»`,
    operations: {
      getHelp: "Открытие справки",
      showThesaurusForSubject: "Открытие профессий по предмету",
      getThesaurus: "Загрузка профессий",
      saveProfession: "Сохранение профессии",
      getMyPlan: "Загрузка плана",
      saveMyPlan: "Сохранение плана",
      getPlanSuggestion: "Подготовка предложения плана",
      applyPlanSuggestion: "Добавление предложенного плана",
      getAttendance: "Загрузка участия",
      saveAttendance: "Сохранение отметок участия",
      showClassView: "Построение вида класса",
      getClassViewClasses: "Загрузка списка классов",
      getEvents: "Загрузка мероприятий",
      saveEvent: "Сохранение мероприятия",
      getEquipment: "Загрузка оборудования",
      saveEquipmentItem: "Сохранение оборудования",
      saveResource: "Сохранение ресурса",
      createQuestionnaireForm: "Создание формы анкеты",
      onQuestionnaireSubmit: "Обработка ответа на анкету",
      getQuestionnaires: "Загрузка анкет",
      addReadyQuestionnaireById: "Добавление готовой анкеты",
      onOpen: "Построение меню ПрофТрек",
      repairFormTrigger: "Восстановление обработки ответов",
      onInstall: "Установка ПрофТрек",
    } as Record<string, string>,
    cause: {
      timeout: "Google не ответил вовремя",
      lock: "не удалось получить блокировку таблицы (сбой сервиса Google)",
      quota: "исчерпан дневной лимит сервисов Google",
      permission: "у вас нет прав на это действие в таблице",
      service: "сервис Google вернул ошибку",
    } satisfies Record<FailureCause, string>,
    saved: {
      nothing: "ничего не изменено",
      partly: "часть изменений записана; повтор допишет недостающее и не повторит записанное",
      generated: (tab: string) =>
        tab.includes("», «")
          ? `прежние версии листов «${tab}» сохранены`
          : `прежняя версия листа «${tab}» сохранена`,
      done: "изменения сохранены",
    },
    todo: {
      timeout: "повторите через минуту",
      lock: "повторите через минуту",
      quota: "повторите завтра",
      permission: "попросите владельца таблицы дать доступ на редактирование",
      service:
        "повторите; если ошибка не пройдёт, сообщите администратору (подробности в журнале выполнения)",
    } satisfies Record<FailureCause, string>,
    message: (operation: string, cause: string, saved: string, todo: string) =>
      `${operation}: ${cause}; ${saved} — ${todo}.`,
  },
  trigger: {
    missing:
      "Ответы на формы сейчас не обрабатываются: триггер ПрофТрек для этой таблицы не найден (его удалили или он не был создан).",
    repair: "Восстановить обработку ответов",
    repaired: (results: number) => `Обработка ответов восстановлена; результаты пересчитаны (${results}).`,
  },
  args: {
    wrong: (operation: string, details: string) => `${operation}: неверные данные — ${details}`,
    field: (label: string, text: string) => `поле «${label}»: ${text}`,
    whole: "данные",
    required: "не заполнено",
    type: (expected: string) => `ожидается ${expected}`,
    types: {
      string: "текст",
      number: "число",
      int: "целое число",
      boolean: "да/нет",
      array: "список",
      object: "набор полей",
      date: "дата",
      other: "другое значение",
    } as Record<string, string>,
    tooLongText: (max: number) => `не больше ${max} символов`,
    tooShortText: (min: number) => `не меньше ${min} символов`,
    tooManyItems: (max: number) => `не больше ${max} элементов`,
    tooFewItems: (min: number) => `не меньше ${min} элементов`,
    tooBig: (max: number) => `не больше ${max}`,
    tooSmall: (min: number) => `не меньше ${min}`,
    oneOf: (values: string) => `допустимые значения: ${values}`,
    format: "неверный формат",
    unknownKeys: (keys: string) => `лишние поля: ${keys}`,
    invalid: "недопустимое значение",
    cellLimit: (max: number) => `вместе не больше ${max} символов (предел ячейки Google Таблиц)`,
    badToken:
      "Добавление предложенного плана: окно предпросмотра прислало повреждённые данные. Закройте его и откройте «Предложить план» снова.",
  },
};

export const en: typeof ru = {
  failure: {
    operation: (fn: string) => `Action “${fn}”`,
    operations: {
      getHelp: "Opening the help",
      showThesaurusForSubject: "Opening professions of a subject",
      getThesaurus: "Loading professions",
      saveProfession: "Saving the profession",
      getMyPlan: "Loading the plan",
      saveMyPlan: "Saving the plan",
      getPlanSuggestion: "Preparing the plan suggestion",
      applyPlanSuggestion: "Adding the suggested plan",
      getAttendance: "Loading attendance",
      saveAttendance: "Saving attendance marks",
      showClassView: "Building the class view",
      getClassViewClasses: "Loading the classes",
      getEvents: "Loading events",
      saveEvent: "Saving the event",
      getEquipment: "Loading equipment",
      saveEquipmentItem: "Saving the equipment item",
      saveResource: "Saving the resource",
      createQuestionnaireForm: "Creating the questionnaire form",
      onQuestionnaireSubmit: "Processing a questionnaire response",
      getQuestionnaires: "Loading questionnaires",
      addReadyQuestionnaireById: "Adding a ready questionnaire",
      onOpen: "Building the ПрофТрек menu",
      repairFormTrigger: "Restoring the processing of responses",
      onInstall: "Installing ПрофТрек",
    },
    cause: {
      timeout: "Google did not answer in time",
      lock: "the spreadsheet's lock could not be taken (a Google service failure)",
      quota: "Google's daily service quota is used up",
      permission: "you may not do this in the spreadsheet",
      service: "a Google service returned an error",
    },
    saved: {
      nothing: "nothing was changed",
      partly:
        "part of the changes was written; running it again completes what is missing and repeats nothing",
      generated: (tab: string) =>
        tab.includes("», «")
          ? `the previous versions of «${tab}» are kept`
          : `the previous version of «${tab}» is kept`,
      done: "the changes are saved",
    },
    todo: {
      timeout: "try again in a minute",
      lock: "try again in a minute",
      quota: "try again tomorrow",
      permission: "ask the owner for edit access",
      service: "try again; if it persists, tell the administrator (details are in the execution log)",
    },
    message: (operation: string, cause: string, saved: string, todo: string) =>
      `${operation}: ${cause}; ${saved} — ${todo}.`,
  },
  trigger: {
    missing:
      "Form responses are not being processed: ПрофТрек's trigger for this spreadsheet is missing (deleted, or never made).",
    repair: "Restore the processing of responses",
    repaired: (results: number) => `Processing of responses restored; results recomputed (${results}).`,
  },
  args: {
    wrong: (operation: string, details: string) => `${operation}: invalid data — ${details}`,
    field: (label: string, text: string) => `field «${label}»: ${text}`,
    whole: "data",
    required: "is required",
    type: (expected: string) => `expected ${expected}`,
    types: {
      string: "text",
      number: "a number",
      int: "a whole number",
      boolean: "yes/no",
      array: "a list",
      object: "a set of fields",
      date: "a date",
      other: "another value",
    },
    tooLongText: (max: number) => `at most ${max} characters`,
    tooShortText: (min: number) => `at least ${min} characters`,
    tooManyItems: (max: number) => `at most ${max} items`,
    tooFewItems: (min: number) => `at least ${min} items`,
    tooBig: (max: number) => `at most ${max}`,
    tooSmall: (min: number) => `at least ${min}`,
    oneOf: (values: string) => `allowed: ${values}`,
    format: "wrong format",
    unknownKeys: (keys: string) => `unknown fields: ${keys}`,
    invalid: "invalid value",
    cellLimit: (max: number) => `at most ${max} characters together (a Google Sheets cell's limit)`,
    badToken:
      "Adding the suggested plan: the preview window sent damaged data. Close it and open «Suggest a plan» again.",
  },
};
