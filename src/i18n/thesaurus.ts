// Messages of the «Профессии» sidebar (the thesaurus): labels, field errors, near-duplicate warnings, save results.

import type { DuplicateReason, FieldIssue } from "../domain/thesaurus";
import type { Locale } from "./format";
import { plural } from "./format";

type Params = FieldIssue["params"];
const p = (params: Params, key: string) => String(params?.[key] ?? "");

export const ru = {
  thesaurus: {
    menu: "Профессии",
    title: "Профессии",
    loading: "Загрузка…",
    searchLabel: "Поиск",
    searchPlaceholder: "Профессия, предмет или компетенция",
    filterSubject: "Предмет",
    filterType: "Тип",
    filterAll: "все",
    onlyNew: "только новые",
    newBadge: "новая",
    shown: (shown: number, total: number) =>
      shown === total
        ? `${total} ${plural(total, "профессия", "профессии", "профессий")}`
        : `Найдено ${shown} из ${total}`,
    skipped: (n: number) =>
      `${n} ${plural(n, "строка", "строки", "строк")} листа «Профессии» с ошибками не ${n === 1 ? "показана" : "показаны"}: см. «Проверить данные».`,
    nothingFound: "Ничего не найдено.",
    emptyThesaurus: "В тезаурусе пока нет профессий. Добавьте первую.",
    add: "Добавить профессию",
    edit: "Изменить",
    editOf: (name: string) => `Изменить «${name}»`,
    formAdd: "Новая профессия",
    formEdit: "Изменение профессии",
    fields: {
      profession: "Профессия",
      subjects: "Предметы",
      types: "Тип по Климову",
      isNew: "Новая или появляющаяся профессия",
      industry: "Отрасль",
      description: "Описание",
      competences: "Компетенции",
      competencesHint: "через запятую",
      whereTaught: "Где обучают",
      bands: "Ступени",
      bandsHint: "ни одной — подходит всем",
    },
    save: "Сохранить",
    saveAnyway: "Всё равно сохранить",
    cancel: "Отмена",
    saving: "Сохранение…",
    added: (name: string, row: number) => `«${name}» добавлена: строка ${row} листа «Профессии».`,
    updated: (name: string, row: number) => `«${name}» сохранена: строка ${row} листа «Профессии».`,
    unchanged: (name: string) => `В «${name}» ничего не изменилось.`,
    alreadySaved: (name: string, row: number) => `«${name}» уже сохранена: строка ${row} листа «Профессии».`,
    fixErrors: "Исправьте отмеченные поля.",
    checkWarnings: "Проверьте предупреждение и нажмите «Всё равно сохранить», если это другая профессия.",
    noSubjects: "На листе «Предметы» нет предметов: сначала заполните его, затем добавляйте профессии.",
    rowGone: (name: string) =>
      `Профессия «${name}» не найдена на листе «Профессии»: её удалили или переименовали. Список обновлён — повторите изменение.`,
    issues: {
      professionRequired: (_: Params) => "Введите название профессии.",
      nameSeparator: (_: Params) =>
        "В названии профессии не должно быть запятой, точки с запятой или переноса строки: списки в других листах разделяются ими. Например, «Монтажник, электромонтёр» станет двумя профессиями.",
      nameTooLong: (x: Params) =>
        `Название длиннее ${p(x, "max")} символов (сейчас ${p(x, "length")}): сократите его.`,
      subjectsRequired: (_: Params) => "Выберите хотя бы один предмет.",
      subjectUnknown: (x: Params) => `Предмета «${p(x, "subject")}» нет на листе «Предметы».`,
      typeUnknown: (x: Params) => `Неизвестный тип «${p(x, "type")}»: допустимы П, Т, Ч, З, Х.`,
      bandUnknown: (x: Params) => `Ступени «${p(x, "band")}» нет на листе «Ступени».`,
      duplicate: (x: Params) => `Профессия «${p(x, "profession")}» уже есть в тезаурусе.`,
      nearDuplicate: (x: Params) =>
        `Похожая профессия уже есть: «${p(x, "profession")}» — ${ru.thesaurus.reasons[p(x, "reason") as DuplicateReason] ?? ""}. Не повтор ли это?`,
    },
    reasons: {
      exact: "то же название",
      wordOrder: "те же слова в другом порядке",
      typo: "отличается на одну-две буквы",
    } as Record<DuplicateReason, string>,
    types: {
      nature: { short: "П", title: "Человек — природа" },
      technics: { short: "Т", title: "Человек — техника" },
      human: { short: "Ч", title: "Человек — человек" },
      sign: { short: "З", title: "Человек — знаковая система" },
      art: { short: "Х", title: "Человек — художественный образ" },
    },
  },
};

export const en: typeof ru = {
  thesaurus: {
    menu: "Professions",
    title: "Professions",
    loading: "Loading…",
    searchLabel: "Search",
    searchPlaceholder: "Profession, subject or competence",
    filterSubject: "Subject",
    filterType: "Type",
    filterAll: "all",
    onlyNew: "new only",
    newBadge: "new",
    shown: (shown: number, total: number) =>
      shown === total
        ? `${total} ${total === 1 ? "profession" : "professions"}`
        : `Found ${shown} of ${total}`,
    skipped: (n: number) =>
      `${n} ${n === 1 ? "row" : "rows"} of the Professions tab with errors ${n === 1 ? "is" : "are"} not shown: see «Check the data».`,
    nothingFound: "Nothing found.",
    emptyThesaurus: "The thesaurus has no professions yet. Add the first one.",
    add: "Add a profession",
    edit: "Edit",
    editOf: (name: string) => `Edit «${name}»`,
    formAdd: "New profession",
    formEdit: "Edit profession",
    fields: {
      profession: "Profession",
      subjects: "Subjects",
      types: "Klimov type",
      isNew: "New or emerging profession",
      industry: "Industry",
      description: "Description",
      competences: "Competences",
      competencesHint: "comma-separated",
      whereTaught: "Where taught",
      bands: "Bands",
      bandsHint: "none — fits all",
    },
    save: "Save",
    saveAnyway: "Save anyway",
    cancel: "Cancel",
    saving: "Saving…",
    added: (name: string, row: number) => `«${name}» added: row ${row} of the Professions tab.`,
    updated: (name: string, row: number) => `«${name}» saved: row ${row} of the Professions tab.`,
    unchanged: (name: string) => `Nothing changed in «${name}».`,
    alreadySaved: (name: string, row: number) =>
      `«${name}» is already saved: row ${row} of the Professions tab.`,
    fixErrors: "Correct the marked fields.",
    checkWarnings: "Check the warning and press «Save anyway» if this is a different profession.",
    noSubjects: "The Subjects tab lists no subjects: fill it in first, then add professions.",
    rowGone: (name: string) =>
      `The profession «${name}» is no longer on the Professions tab: it was deleted or renamed. The list is refreshed — make the change again.`,
    issues: {
      professionRequired: (_: Params) => "Enter the profession's name.",
      nameSeparator: (_: Params) =>
        "A profession's name must not hold a comma, a semicolon or a line break: lists on other tabs are separated by them. E.g. «Fitter, electrician» would become two professions.",
      nameTooLong: (x: Params) =>
        `The name is longer than ${p(x, "max")} characters (now ${p(x, "length")}): shorten it.`,
      subjectsRequired: (_: Params) => "Choose at least one subject.",
      subjectUnknown: (x: Params) => `The Subjects tab has no subject «${p(x, "subject")}».`,
      typeUnknown: (x: Params) => `Unknown type «${p(x, "type")}»: use П, Т, Ч, З, Х.`,
      bandUnknown: (x: Params) => `The Bands tab has no band «${p(x, "band")}».`,
      duplicate: (x: Params) => `The profession «${p(x, "profession")}» is already in the thesaurus.`,
      nearDuplicate: (x: Params) =>
        `A similar profession exists: «${p(x, "profession")}» — ${en.thesaurus.reasons[p(x, "reason") as DuplicateReason] ?? ""}. Is it a repeat?`,
    },
    reasons: {
      exact: "the same name",
      wordOrder: "the same words in another order",
      typo: "one or two letters apart",
    },
    types: {
      nature: { short: "N", title: "Human — nature" },
      technics: { short: "T", title: "Human — technics" },
      human: { short: "H", title: "Human — human" },
      sign: { short: "S", title: "Human — sign systems" },
      art: { short: "A", title: "Human — artistic image" },
    },
  },
};

export type ThesaurusMessages = typeof ru.thesaurus;

/** The thesaurus area alone, for the sidebar's bundle (it imports no other area). */
export function thesaurusMessages(locale: Locale): ThesaurusMessages {
  return locale === "en" ? en.thesaurus : ru.thesaurus;
}

/** The text of a field issue from validateProfessionDraft. */
export function issueText(m: ThesaurusMessages, issue: Pick<FieldIssue, "key" | "params">): string {
  return m.issues[issue.key](issue.params);
}
