// Messages of questionnaires: what is wrong with an instrument's options and bands, the ready instruments, results.

import type { InstrumentIssue } from "../domain/questionnaires";
import type { Locale } from "./format";
import { plural } from "./format";

const q = (s: string | undefined) => (s ? `«${s}»` : "");

export const ru = {
  questionnaires: {
    menu: "Анкеты",
    title: "Анкеты",
    addReady: "Добавить готовую анкету",
    menuSidebar: "Панель анкет",
    menuAddReady: "Добавить готовую анкету",
    addReadyPrompt: (list: string) => `Какую анкету добавить? Введите её Id:\n${list}`,
    readyAdded: (id: string, questions: number) =>
      `Анкета ${id} добавлена: ${questions} ${plural(questions, "вопрос", "вопроса", "вопросов")} на вкладке «Вопросы», шкалы на вкладке «Шкалы».`,
    readyExists: (id: string) => `Анкета ${id} уже есть на вкладке «Анкеты»: ничего не добавлено.`,
    readyUnknown: (id: string) => `Готовой анкеты «${id}» нет.`,
    codeNotFound: "код не найден",
    notFound: (id: string) => `Анкеты «${id}» нет на вкладке «Анкеты».`,
    hasIssues: (id: string, issues: readonly string[]) =>
      `Анкету ${id} нельзя превратить в форму: ${issues.join("; ")}. Все проблемы — в «Проверить данные».`,
    formExists: (id: string, url: string) => `Форма анкеты ${id} уже создана: ${url}`,
    noPupils: (id: string) => `В классах анкеты ${id} нет учеников на вкладке «Ученики».`,
    formDescription:
      "Анкета ПрофТрека. Выберите свой класс и свой код (его выдаёт классный руководитель); фамилию и имя не пишите.",
    formThanks: "Спасибо! Ответ записан.",
    codeHelp: "Введите код, который выдал классный руководитель, например 8А-07.",
    linksTab: (id: string) => `Ссылки — ${id}`,
    statusCreated: "форма создана",
    formCreated: (id: string, pupils: number) =>
      `Форма анкеты ${id} создана; ссылки для ${pupils} ${plural(pupils, "ученика", "учеников", "учеников")} — на вкладке «Ссылки — ${id}».`,
    rescored: (results: number, responses: number) =>
      `Результаты анкет пересчитаны: ${results} ${plural(results, "строка", "строки", "строк")} из ${responses} ${plural(responses, "ответа", "ответов", "ответов")}.`,
    createForm: "Создать форму анкеты",
    menuCreateForm: "Создать форму",
    createFormPrompt: "Id анкеты с вкладки «Анкеты», например ИНТЕРЕСЫ:",
    menuRescore: "Пересчитать результаты",
    sidebar: {
      loading: "Загрузка…",
      empty: "Анкет пока нет. Добавьте готовую или впишите свою на листы «Анкеты», «Вопросы», «Шкалы».",
      questions: (n: number) => `${n} ${plural(n, "вопрос", "вопроса", "вопросов")}`,
      responses: (n: number) => `${n} ${plural(n, "ответ", "ответа", "ответов")}`,
      openForm: "Открыть форму",
      createForm: "Создать форму",
      creating: "Создаю форму…",
      created: (id: string) => `Форма анкеты ${id} создана; ссылки для учеников — на листе «Ссылки — ${id}».`,
      ready: "Готовые анкеты ПрофТрека",
      add: "Добавить",
      added: (id: string) => `Анкета ${id} добавлена.`,
      rescore: "Пересчитать результаты",
      rescored: (results: number) =>
        `Результаты пересчитаны: ${results} ${plural(results, "строка", "строки", "строк")}.`,
    },
    issue: {
      noOptions: (part?: string) => `нет вариантов ответа${part ? ` ${q(part)}` : ""}`,
      pairNeedsTwo: () => "у вопроса-пары должно быть ровно два варианта через |",
      emptyOption: (part?: string) => `пустой вариант ответа ${q(part)}`.trim(),
      duplicateOption: (part?: string) => `вариант ${q(part)} повторяется`,
      badWeight: (part?: string) => `вес после двоеточия должен быть числом: ${q(part)}`,
      emptyScale: (part?: string) => `после «=» нужна шкала: ${q(part)}`,
      badRange: (part?: string) =>
        `шкала пишется «от-до», от 0 или 1 до 2…10, например «1-5 = ГОТОВНОСТЬ»: ${q(part)}`,
      textHasOptions: () => "у вопроса типа «текст» вариантов нет",
      noQuestions: () => "у анкеты нет вопросов на вкладке «Вопросы»",
      duplicateNumber: () => "номер вопроса повторяется",
      duplicateText: () =>
        "такой текст вопроса уже есть в этой анкете: ответы формы находятся по тексту вопроса",
      unknownScale: (scale: string) => `шкалы «${scale}» нет на вкладке «Шкалы» для этой анкеты`,
      bandReversed: (from: number, to: number) => `«От» ${from} больше «До» ${to}`,
      bandsOverlap: (from: number, to: number) => `диапазон ${from}–${to} пересекается с предыдущим`,
    },
  },
};

export const en: typeof ru = {
  questionnaires: {
    menu: "Questionnaires",
    title: "Questionnaires",
    addReady: "Add a ready questionnaire",
    menuSidebar: "Questionnaires panel",
    menuAddReady: "Add a ready questionnaire",
    addReadyPrompt: (list: string) => `Which questionnaire to add? Type its Id:\n${list}`,
    readyAdded: (id: string, questions: number) =>
      `Questionnaire ${id} added: ${questions} ${questions === 1 ? "question" : "questions"} on the Questions tab, scales on the Scales tab.`,
    readyExists: (id: string) => `Questionnaire ${id} is already on the Questionnaires tab: nothing added.`,
    readyUnknown: (id: string) => `There is no ready questionnaire «${id}».`,
    codeNotFound: "code not found",
    notFound: (id: string) => `There is no questionnaire «${id}» on the Questionnaires tab.`,
    hasIssues: (id: string, issues: readonly string[]) =>
      `Questionnaire ${id} cannot become a form: ${issues.join("; ")}. Every problem is in «Check the data».`,
    formExists: (id: string, url: string) => `The form of questionnaire ${id} exists already: ${url}`,
    noPupils: (id: string) => `The classes of questionnaire ${id} have no pupils on the Pupils tab.`,
    formDescription:
      "A ПрофТрек questionnaire. Pick your class and your code (the class teacher gives it); do not write your name.",
    formThanks: "Thank you! Your answer is recorded.",
    codeHelp: "Type the code the class teacher gave you, e.g. 8А-07.",
    linksTab: (id: string) => `Links — ${id}`,
    statusCreated: "form created",
    formCreated: (id: string, pupils: number) =>
      `The form of questionnaire ${id} is created; links for ${pupils} ${pupils === 1 ? "pupil" : "pupils"} are on the «Links — ${id}» tab.`,
    rescored: (results: number, responses: number) =>
      `Questionnaire results recomputed: ${results} ${results === 1 ? "row" : "rows"} from ${responses} ${responses === 1 ? "response" : "responses"}.`,
    createForm: "Create a questionnaire form",
    menuCreateForm: "Create a form",
    createFormPrompt: "The questionnaire's Id from the Questionnaires tab, e.g. ИНТЕРЕСЫ:",
    menuRescore: "Recompute the results",
    sidebar: {
      loading: "Loading…",
      empty:
        "No questionnaires yet. Add a ready one or type yours into the Questionnaires, Questions and Scales tabs.",
      questions: (n: number) => `${n} ${n === 1 ? "question" : "questions"}`,
      responses: (n: number) => `${n} ${n === 1 ? "answer" : "answers"}`,
      openForm: "Open the form",
      createForm: "Create the form",
      creating: "Creating the form…",
      created: (id: string) => `The form of ${id} is created; the pupils' links are on «Links — ${id}».`,
      ready: "Ready ПрофТрек questionnaires",
      add: "Add",
      added: (id: string) => `Questionnaire ${id} added.`,
      rescore: "Recompute the results",
      rescored: (results: number) => `Results recomputed: ${results} ${results === 1 ? "row" : "rows"}.`,
    },
    issue: {
      noOptions: (part?: string) => `no answer options${part ? ` ${q(part)}` : ""}`,
      pairNeedsTwo: () => "a pair question needs exactly two options separated by |",
      emptyOption: (part?: string) => `an empty option ${q(part)}`.trim(),
      duplicateOption: (part?: string) => `option ${q(part)} is repeated`,
      badWeight: (part?: string) => `the weight after the colon must be a number: ${q(part)}`,
      emptyScale: (part?: string) => `a scale is needed after «=»: ${q(part)}`,
      badRange: (part?: string) =>
        `a scale is written «from-to», from 0 or 1 to 2…10, e.g. «1-5 = READINESS»: ${q(part)}`,
      textHasOptions: () => "a «text» question has no options",
      noQuestions: () => "the questionnaire has no questions on the Questions tab",
      duplicateNumber: () => "the question number is repeated",
      duplicateText: () =>
        "this questionnaire already has a question with this text: form answers are found by it",
      unknownScale: (scale: string) => `scale «${scale}» is not on the Scales tab for this questionnaire`,
      bandReversed: (from: number, to: number) => `«From» ${from} is above «To» ${to}`,
      bandsOverlap: (from: number, to: number) => `range ${from}–${to} overlaps the previous one`,
    },
  },
};

export type QuestionnaireMessages = typeof ru.questionnaires;

/** This area alone, for the pure table layer and the sidebar's bundle. */
export function questionnaireMessages(locale: Locale): QuestionnaireMessages {
  return locale === "en" ? en.questionnaires : ru.questionnaires;
}

/** The words of an instrument issue. */
export function instrumentIssueText(m: QuestionnaireMessages, issue: InstrumentIssue): string {
  switch (issue.code) {
    case "noQuestions":
    case "duplicateNumber":
    case "duplicateText":
    case "pairNeedsTwo":
    case "textHasOptions":
      return m.issue[issue.code]();
    case "unknownScale":
      return m.issue.unknownScale(issue.scale);
    case "bandReversed":
    case "bandsOverlap":
      return m.issue[issue.code](issue.from, issue.to);
    default:
      return m.issue[issue.code](issue.part);
  }
}
