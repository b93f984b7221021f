// Questionnaires: the ready instruments added to Анкеты / Вопросы / Шкалы under the document lock.

import * as z from "zod/mini";
import type { DemoResponses } from "../domain/demo/responses";
import { buildInstrument, type Instrument } from "../domain/questionnaires";
import { READINESS_EXAM_QUESTIONS, readyInstrument, readyInstruments } from "../domain/questionnaires-ready";
import type { Pupil } from "../domain/records";
import { normalizeKey } from "../domain/text";
import { type Locale, type Messages, messages } from "../i18n";
import { instrumentIssueText, questionnaireMessages } from "../i18n/questionnaires";
import { localDateToDate } from "../tables/dates";
import {
  codePattern,
  demoResponsesGrid,
  demoTeacherExamChoices,
  EXAM_SUMMARY_KIND,
  EXAM_SUMMARY_TAB,
  EXAM_TAB,
  type ExamChoice,
  examChoiceContent,
  examChoices,
  examQuestions,
  formAudience,
  IDENTIFICATION_TITLES,
  LINKS_KIND,
  linksContent,
  planExamAppend,
  planReadyQuestionnaire,
  planResultsUpsert,
  questionnaireIdOfTab,
  RESULTS_KIND,
  RESULTS_TAB,
  type ReadyOutcome,
  type ResponseRecord,
  type ResultRow,
  readExamChoices,
  responseOfRow,
  responsesTabName,
  resultsContent,
  scoreResponses,
} from "../tables/questionnaires";
import { TABS } from "../tables/specs";
import { patchWrites, type WriteTabKey, withBlocks } from "../tables/tab-write";
import { patchRow } from "../tables/write";
import { lazy } from "./args";
import { journalWrite } from "./boundary";
import { replaceGeneratedTab } from "./generated";
import { userLocale } from "./locale";
import { UserError, withDocumentLock } from "./lock";
import { toastAfterSave } from "./notify";
import { requireCoordinator } from "./roles";
import { saveTabWrites } from "./tab-writer";
import { Workbook } from "./workbook";

const INSTRUMENT_TABS = ["questionnaires", "questions", "scales"] as const;

/** The Id of a ready instrument as the sidebar sends it (built here, not in entry.ts, so zod is no code of Code.js). */
export const ReadyIdArg = lazy(() => z.string().check(z.maxLength(50)));

/**
 * Adds a ready instrument by its Id: under the lock, reads the three tabs once each and appends one block to each
 * (nothing when the Id is on Анкеты already). Returns what was done; an unknown Id is a UserError.
 */
export function addReadyQuestionnaireAction(id: string): ReadyOutcome {
  const ready = readyInstrument(id);
  if (!ready) throw new UserError(messages(userLocale()).questionnaires.readyUnknown(id));
  return withDocumentLock(
    () => messages(userLocale()),
    () => {
      const wb = new Workbook();
      requireCoordinator(wb);
      for (const key of INSTRUMENT_TABS) wb.requireSheet(key);
      const m = wb.messages;
      const { outcome, writes } = planReadyQuestionnaire(
        {
          grids: {
            questionnaires: wb.grid("questionnaires"),
            questions: wb.grid("questions"),
            scales: wb.grid("scales"),
          },
          names: {
            questionnaires: wb.sheetName("questionnaires") ?? "",
            questions: wb.sheetName("questions") ?? "",
            scales: wb.sheetName("scales") ?? "",
          },
          options: { timeZone: wb.timeZone, locale: wb.locale },
        },
        ready,
      );
      saveTabWrites(wb, writes, m);
      const text =
        outcome.status === "added"
          ? m.questionnaires.readyAdded(outcome.id, outcome.questions)
          : m.questionnaires.readyExists(outcome.id);
      toastAfterSave(wb.ss, text, m.questionnaires.title);
      return outcome;
    },
  );
}

/** Menu «Добавить готовую анкету»: asks which one (their Ids and titles listed), then adds it. */
export function addReadyQuestionnaireUi(): ReadyOutcome | null {
  const m = messages(userLocale());
  const ui = SpreadsheetApp.getUi();
  const list = readyInstruments()
    .map((r) => `${r.questionnaire.id} — ${r.questionnaire.title}`)
    .join("\n");
  const answer = ui.prompt(
    m.questionnaires.addReady,
    m.questionnaires.addReadyPrompt(list),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const id = answer.getResponseText().trim();
  if (id === "") return null;
  return addReadyQuestionnaireAction(id);
}

// ——— The form of a questionnaire, its submissions, rescoring ———

type Form = GoogleAppsScript.Forms.Form;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document property: the one onFormSubmit trigger of this workbook, `{ owner, uid }`. */
export const FORM_TRIGGER_KEY = "proftrack.formTrigger";
/** The global the trigger runs (an export of entry.ts). */
export const SUBMIT_HANDLER = "onQuestionnaireSubmit";

export interface CreateFormOutcome {
  id: string;
  formUrl: string;
  editUrl: string;
  responsesTab: string;
  linksTab: string;
  classes: number;
  pupils: number;
  /** True when this call made the workbook's trigger (false: it existed, whoever made it). */
  triggerCreated: boolean;
}

function instrumentOf(wb: Workbook, id: string, m: Messages): Instrument {
  const key = normalizeKey(id);
  const questionnaire = wb
    .read("questionnaires")
    .records.find((r) => normalizeKey(r.record.id) === key)?.record;
  if (!questionnaire) throw new UserError(m.questionnaires.notFound(id));
  const { instrument, issues } = buildInstrument(
    questionnaire,
    wb.read("questions").records.map((r) => r.record),
    wb.read("scales").records.map((r) => r.record),
  );
  if (issues.length > 0)
    throw new UserError(
      m.questionnaires.hasIssues(
        id,
        issues.slice(0, 3).map((i) => instrumentIssueText(questionnaireMessages(wb.locale), i)),
      ),
    );
  return instrument;
}

/**
 * Makes the Google Form of a questionnaire: title and description; identification (the class, then the code on that
 * class's page; or a typed code checked by pattern); every question; the destination is this workbook, its new tab
 * renamed «Ответы — <Id>»; published. Then, under the lock, the URLs go to Анкеты, the workbook's one onFormSubmit
 * trigger is made if it has none, and «Ссылки — <Id>» gets a prefilled link per pupil.
 */
export function createQuestionnaireFormAction(idArg: string): CreateFormOutcome {
  const um = messages(userLocale());
  const id = String(idArg ?? "").trim();
  const wb = new Workbook();
  requireCoordinator(wb);
  for (const key of INSTRUMENT_TABS) wb.requireSheet(key);
  const m = wb.messages;
  const instrument = instrumentOf(wb, id, m);
  const q = instrument.questionnaire;
  if (q.formUrl) throw new UserError(m.questionnaires.formExists(q.id, q.formUrl));
  const audience = formAudience(
    q,
    wb.read("pupils").records.map((r) => r.record),
  );
  if (audience.length === 0) throw new UserError(m.questionnaires.noPupils(q.id));
  const ss = wb.ss;
  const titles = IDENTIFICATION_TITLES[wb.locale];

  const form = FormApp.create(q.title);
  journalWrite();
  form.setDescription(m.questionnaires.formDescription);
  form.setConfirmationMessage(m.questionnaires.formThanks);
  // Identification first: the prefilled links fill it.
  const prefill: { cls: string; make: (code: string) => GoogleAppsScript.Forms.FormResponse }[] = [];
  if (q.identification === "codeList") {
    const classItem = form.addMultipleChoiceItem().setTitle(titles.className).setRequired(true);
    const pages = audience.map((a) => {
      const page = form.addPageBreakItem().setTitle(a.className);
      const list = form
        .addListItem()
        .setTitle(titles.codeOf(a.className))
        .setChoiceValues(a.codes)
        .setRequired(true);
      return { page, list, cls: a.className };
    });
    const questionsPage = form.addPageBreakItem().setTitle(q.title);
    // «setGoToPage»: the page before each class page goes on to the questions, not into the next class's page.
    for (const p of pages.slice(1)) p.page.setGoToPage(questionsPage);
    classItem.setChoices(pages.map((p) => classItem.createChoice(p.cls, p.page)));
    for (const p of pages)
      prefill.push({
        cls: p.cls,
        make: (code) =>
          form
            .createResponse()
            .withItemResponse(classItem.createResponse(p.cls))
            .withItemResponse(p.list.createResponse(code)),
      });
  } else {
    const validation = FormApp.createTextValidation()
      .requireTextMatchesPattern(codePattern(audience.flatMap((a) => a.codes)))
      .setHelpText(m.questionnaires.codeHelp)
      .build();
    const codeItem = form.addTextItem().setTitle(titles.code).setRequired(true).setValidation(validation);
    for (const a of audience)
      prefill.push({
        cls: a.className,
        make: (code) => form.createResponse().withItemResponse(codeItem.createResponse(code)),
      });
  }
  for (const question of instrument.questions) addQuestion(form, question);
  form.setAcceptingResponses(true);
  const publishable = form as Form & { setPublished?: (on: boolean) => Form };
  if (typeof publishable.setPublished === "function") publishable.setPublished(true);

  // The destination: Google adds a tab; it is the one whose id was not there before.
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  const made = ss.getSheets().find((s) => !before.has(s.getSheetId()));
  // Earlier answers (an earlier form, the demo's) keep their tab: the new one is «Ответы — <Id> (2)», and so on.
  let n = 1;
  while (ss.getSheetByName(responsesTabName(q.id, n))) n++;
  const responsesTab = responsesTabName(q.id, n);
  if (made) made.setName(responsesTab);
  const formUrl = form.getPublishedUrl();
  const editUrl = form.getEditUrl();

  // One prefilled URL per class, built by the form; the other pupils' links differ only in the code.
  const links: { code: string; className: string; url: string }[] = [];
  for (const a of audience) {
    const p = prefill.find((x) => x.cls === a.className)!;
    const sample = a.codes[0];
    const url = p.make(sample).toPrefilledUrl();
    const encoded = encodeURIComponent(sample);
    const at = url.lastIndexOf(encoded);
    for (const code of a.codes)
      links.push({
        code,
        className: a.className,
        url: at < 0 ? url : `${url.slice(0, at)}${encodeURIComponent(code)}${url.slice(at + encoded.length)}`,
      });
  }
  const linksTab = m.questionnaires.linksTab(q.id);

  return withDocumentLock(um, () => {
    const locked = new Workbook();
    const lm = locked.messages;
    const questionnaires = locked.read("questionnaires");
    const row = questionnaires.records.find((r) => normalizeKey(r.record.id) === normalizeKey(q.id))?.row;
    if (row !== undefined) {
      const patches = patchRow(
        locked.grid("questionnaires"),
        TABS.questionnaires,
        questionnaires.header,
        row,
        { formUrl, editUrl, status: lm.questionnaires.statusCreated },
        { timeZone: locked.timeZone, locale: locked.locale },
      );
      saveTabWrites(
        locked,
        patchWrites(
          "questionnaires",
          locked.sheetName("questionnaires") ?? "",
          locked.grid("questionnaires"),
          patches,
        ),
        lm,
      );
    }
    const triggerCreated = ensureSubmitTrigger(locked.ss);
    replaceGeneratedTab(locked.ss, lm, linksTab, LINKS_KIND, linksContent(links, locked.locale));
    toastAfterSave(locked.ss, lm.questionnaires.formCreated(q.id, links.length), lm.questionnaires.title);
    return {
      id: q.id,
      formUrl,
      editUrl,
      responsesTab,
      linksTab,
      classes: audience.length,
      pupils: links.length,
      triggerCreated,
    };
  });
}

function addQuestion(form: Form, q: Instrument["questions"][number]): void {
  const o = q.options;
  if (o.kind === "scale") {
    form.addScaleItem().setTitle(q.text).setBounds(o.low, o.high).setRequired(q.required);
  } else if (o.kind === "text") {
    form.addParagraphTextItem().setTitle(q.text).setRequired(q.required);
  } else if (q.type === "multiple") {
    form
      .addCheckboxItem()
      .setTitle(q.text)
      .setChoiceValues(o.options.map((x) => x.text))
      .setRequired(q.required);
  } else {
    form
      .addMultipleChoiceItem()
      .setTitle(q.text)
      .setChoiceValues(o.options.map((x) => x.text))
      .setRequired(q.required);
  }
}

/**
 * Exactly one onFormSubmit trigger per workbook, whoever enables it: its owner and id are kept in document
 * properties (the caller holds the lock). Another user's trigger is kept; the owner's trigger that was deleted is
 * made again. Returns true when a trigger was made.
 */
function ensureSubmitTrigger(ss: Spreadsheet): boolean {
  const props = PropertiesService.getDocumentProperties();
  const me = currentEmail();
  const stored = props.getProperty(FORM_TRIGGER_KEY);
  if (stored) {
    let owner = "";
    let uid = "";
    try {
      ({ owner, uid } = JSON.parse(stored) as { owner: string; uid: string });
    } catch (_e) {
      // A damaged property: made again below.
    }
    if (owner !== "" && owner !== me) return false;
    if (owner === me && ScriptApp.getUserTriggers(ss).some((t) => t.getUniqueId() === uid)) return false;
  }
  const trigger = ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
  journalWrite();
  props.setProperty(FORM_TRIGGER_KEY, JSON.stringify({ owner: me, uid: trigger.getUniqueId() }));
  return true;
}

function currentEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() ?? "";
  } catch (_e) {
    return "";
  }
}

/** What a submission did, for tests and the local CLI. */
export type SubmitOutcome =
  | { status: "ignored"; reason: "notOurs" | "blank" | "noCode" }
  | { status: "scored"; id: string; code: string; unknownCode: boolean; dominant: string[]; row: ResultRow };

/** The results tab as it stands (either language's name), or null. */
function resultsSheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(RESULTS_TAB.ru) ?? ss.getSheetByName(RESULTS_TAB.en);
}

/**
 * The installable onFormSubmit trigger: the questionnaire found by the destination tab's name, the answers mapped by
 * question title, scored and upserted into «Результаты анкет» (one row per questionnaire and pupil, the latest
 * response wins) under the lock. A blank event (Google sends some) is ignored; the same event twice gives one row; an
 * unknown code is kept with the flag «код не найден». A trigger execution has no UI: nothing here asks for it.
 */
export function processSubmission(e: GoogleAppsScript.Events.SheetsOnFormSubmit): SubmitOutcome {
  const sheet = e.range.getSheet();
  const id = questionnaireIdOfTab(sheet.getName());
  if (!id) return { status: "ignored", reason: "notOurs" };
  if ((e.values ?? []).slice(1).every((v) => String(v ?? "").trim() === ""))
    return { status: "ignored", reason: "blank" };
  // The event's values are the row's cells, one a column: its width without asking the range.
  const width = e.values?.length || e.range.getNumColumns();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const row = e.range.getValues()[0];
  return withDocumentLock(messages("ru"), () => {
    const wb = new Workbook();
    const m = wb.messages;
    const instrument = instrumentOf(wb, id, m);
    const response = responseOfRow(instrument, header, row);
    if (response.code === "") return { status: "ignored", reason: "noCode" } as const;
    const pupils = wb.read("pupils").records.map((r) => r.record);
    const [result] = scoreResponses(instrument, [response], pupils);
    upsertResults(wb, [result]);
    // The readiness questionnaire also appends its row to «Выбор экзаменов» (a source tab: a teacher's rows stay),
    // and the per-class view is made again from the latest row per pupil.
    if (examQuestions(instrument)) appendExamChoices(wb, examChoices(instrument, [response], pupils), pupils);
    return {
      status: "scored",
      id: instrument.questionnaire.id,
      code: result.code,
      unknownCode: result.unknownCode,
      dominant: result.scored.dominant,
      row: result,
    } as const;
  });
}

/** «Выбор экзаменов» as it stands (either language's name), or null. */
function examSheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(EXAM_TAB.ru) ?? ss.getSheetByName(EXAM_TAB.en);
}

/**
 * Appends to «Выбор экзаменов» the choices it lacks (same code, Источник and time: a response processed twice adds
 * one row), through the executor, the tab read once; then «Итоги — выбор экзаменов» from the latest row per pupil of
 * everything the tab holds, ПрофТрек's rows and the teacher's. The caller holds the lock.
 */
function appendExamChoices(wb: Workbook, choices: readonly ExamChoice[], pupils: readonly Pupil[]): void {
  const m = wb.messages;
  const zone = { timeZone: wb.timeZone };
  const sheet = examSheet(wb.ss);
  // No tab and nothing to append (no readiness answers): nothing to make, and no call to learn where.
  if (!sheet && choices.length === 0) return;
  const grid = sheet ? sheet.getDataRange().getValues() : undefined;
  // A name is written only when the tab is made: no getName of the one that stands.
  const writes = planExamAppend(grid, EXAM_TAB[wb.locale], choices, {
    ...zone,
    locale: wb.locale,
    index: sheet ? 0 : wb.ss.getSheets().length,
  });
  saveTabWrites(upserted(wb, "examChoice", sheet), writes, m);
  if (!sheet && writes.length === 0) return;
  const after = withBlocks(
    grid ?? [],
    writes.flatMap((w) => w.blocks),
  );
  const content = examChoiceContent(readExamChoices(after, zone), pupils, wb.locale);
  replaceGeneratedTab(wb.ss, m, EXAM_SUMMARY_TAB[wb.locale], EXAM_SUMMARY_KIND, content);
}

/** Upserts result rows; a missing results tab is built whole (marked, protected) with them. */
function upsertResults(wb: Workbook, rows: readonly ResultRow[]): void {
  const m = wb.messages;
  const sheet = resultsSheet(wb.ss);
  if (!sheet) {
    replaceGeneratedTab(wb.ss, m, RESULTS_TAB[wb.locale], RESULTS_KIND, resultsContent(rows, wb.locale));
    return;
  }
  const grid = sheet.getDataRange().getValues();
  // The tab stands: its name is never written (no getName).
  const writes = planResultsUpsert(grid, RESULTS_TAB[wb.locale], rows, wb.locale);
  saveTabWrites(upserted(wb, "questionnaireResults", sheet), writes, m);
}

/** Where the executor finds the sheets: the tab ПрофТрек upserts or appends to by its own key, the rest by Workbook. */
function upserted(wb: Workbook, key: "questionnaireResults" | "examChoice", sheet: Sheet | null) {
  return {
    ss: wb.ss,
    sheet: (k: WriteTabKey): Sheet | null =>
      k === key ? sheet : k === "questionnaireResults" || k === "examChoice" ? null : wb.sheet(k),
  };
}

export interface RescoreOutcome {
  questionnaires: number;
  responses: number;
  results: number;
}

/**
 * Menu «Пересчитать результаты анкет»: the results rebuilt from every «Ответы — <Id>» tab (the raw responses are the
 * record): each questionnaire's tab found by name and read once, the results tab replaced whole.
 */
export function rescoreQuestionnairesAction(): RescoreOutcome {
  return withDocumentLock(messages(userLocale()), () => {
    const wb = new Workbook();
    requireCoordinator(wb);
    const out = rescoreIn(wb);
    const m = wb.messages;
    toastAfterSave(wb.ss, m.questionnaires.rescored(out.results, out.responses), m.questionnaires.title);
    return out;
  });
}

/** Rescoring inside the caller's lock, with a Workbook made inside it. */
function rescoreIn(wb: Workbook, extraExams: readonly ExamChoice[] = []): RescoreOutcome {
  const m = wb.messages;
  const pupils = wb.read("pupils").records.map((r) => r.record);
  const rows: ResultRow[] = [];
  let questionnaires = 0;
  let responses = 0;
  const exams: ExamChoice[] = [];
  for (const { record } of wb.read("questionnaires").records) {
    const sheets = answerTabs(wb.ss, record.id);
    if (sheets.length === 0) continue;
    const { instrument, issues } = buildInstrument(
      record,
      wb.read("questions").records.map((r) => r.record),
      wb.read("scales").records.map((r) => r.record),
    );
    if (issues.length > 0) continue;
    const list = allResponses(wb.ss, instrument, sheets);
    questionnaires++;
    responses += list.filter((r) => !r.blank).length;
    rows.push(
      ...scoreResponses(
        instrument,
        list.filter((r) => r.code !== ""),
        pupils,
      ),
    );
    exams.push(...examChoices(instrument, list, pupils));
  }
  // «Выбор экзаменов» is never cleared: only the responses that have no row yet are appended, then the view is made.
  appendExamChoices(wb, [...exams, ...extraExams], pupils);
  replaceGeneratedTab(
    wb.ss,
    m,
    resultsSheet(wb.ss)?.getName() ?? RESULTS_TAB[wb.locale],
    RESULTS_KIND,
    resultsContent(rows, wb.locale),
  );
  return { questionnaires, responses, results: rows.length };
}

/** Menu «Анкеты → создать форму»: asks for the Id, then makes the form. */
export function createQuestionnaireFormUi(): CreateFormOutcome | null {
  const m = messages(userLocale());
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    m.questionnaires.createForm,
    m.questionnaires.createFormPrompt,
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const id = answer.getResponseText().trim();
  if (id === "") return null;
  return createQuestionnaireFormAction(id);
}

/** Whether the demo's responses still have to be written or scored: an answers tab missing or empty, no results. */
export function demoResponsesMissing(ss: Spreadsheet, responses: DemoResponses): boolean {
  const tabMissing = Object.keys(responses).some((id) => {
    const sheet = ss.getSheetByName(responsesTabName(id));
    return !sheet || sheet.getLastRow() < 2;
  });
  // Scored too: an interruption between the answers and their results is finished by the next run.
  const scored = resultsSheet(ss) && (ss.getSheetByName(EXAM_TAB.ru) ?? ss.getSheetByName(EXAM_TAB.en));
  return tabMissing || !scored;
}

/**
 * The demo fill's answers: each ready questionnaire's «Ответы — <Id>» tab made (as Google would make it, without a
 * form) and written in one block where it is missing or empty, then everything scored as rescoring does. The caller
 * holds the lock and has written the source tabs. Returns the responses written.
 */
export function fillDemoResponses(responses: DemoResponses): number {
  const wb = new Workbook();
  const ss = wb.ss;
  let written = 0;
  for (const ready of readyInstruments()) {
    const list = responses[ready.questionnaire.id] ?? [];
    if (list.length === 0) continue;
    const name = responsesTabName(ready.questionnaire.id);
    let sheet = ss.getSheetByName(name);
    if (sheet && sheet.getLastRow() >= 2) continue;
    const grid = demoResponsesGrid(ready, list, (when) => {
      const midnight = localDateToDate(when.slice(0, 10), { timeZone: wb.timeZone });
      return new Date(
        midnight.getTime() + (Number(when.slice(11, 13)) * 60 + Number(when.slice(14, 16))) * 60_000,
      );
    });
    sheet ??= ss.insertSheet(name, ss.getSheets().length);
    if (sheet.getMaxRows() < grid.length)
      sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
    if (sheet.getMaxColumns() < grid[0].length)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), grid[0].length - sheet.getMaxColumns());
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    written += list.length;
  }
  // The demo's class teachers typed a row or two into «Выбор экзаменов» too (Источник «учитель»), after the answers.
  const readinessId = readyInstruments().find((r) =>
    r.questions.some((q) => q.text === READINESS_EXAM_QUESTIONS.subjects),
  )?.questionnaire.id;
  const readiness = (readinessId && responses[readinessId]) || [];
  rescoreIn(
    new Workbook(),
    demoTeacherExamChoices(readiness, (day) => localDateToDate(day, { timeZone: wb.timeZone })),
  );
  return written;
}

/** Every answers tab of a questionnaire: «Ответы — <Id>», then «(2)», … while they exist (found by name). */
function answerTabs(ss: Spreadsheet, id: string): Sheet[] {
  const sheets: Sheet[] = [];
  for (let n = 1; ; n++) {
    const found = ss.getSheetByName(responsesTabName(id, n));
    if (!found) break;
    sheets.push(found);
  }
  return sheets;
}

/** The responses of all those tabs, each tab read once. */
function allResponses(_ss: Spreadsheet, instrument: Instrument, sheets: readonly Sheet[]): ResponseRecord[] {
  return sheets.flatMap((sheet) => {
    const grid = sheet.getDataRange().getValues();
    return grid.slice(1).map((r) => responseOfRow(instrument, grid[0] ?? [], r));
  });
}

/** One questionnaire as the «Анкеты» sidebar shows it. */
export interface QuestionnaireEntry {
  id: string;
  title: string;
  questions: number;
  formUrl?: string;
  status?: string;
  /** Responses in its «Ответы — <Id>» tabs (rows below the header). */
  responses: number;
  /** What keeps it from becoming a form, in words. */
  issues: string[];
}

export interface QuestionnairesData {
  locale: Locale;
  questionnaires: QuestionnaireEntry[];
  /** Ready instruments not yet on Анкеты: Id and title. */
  ready: { id: string; title: string }[];
  /** A form exists but this workbook's onFormSubmit trigger is gone (or was never made): offer the repair. */
  triggerMissing: boolean;
}

/** The sidebar's data in one call: Анкеты, Вопросы, Шкалы read once, each questionnaire's answers tabs counted. */
export function questionnairesData(): QuestionnairesData {
  const wb = new Workbook();
  for (const key of INSTRUMENT_TABS) wb.requireSheet(key);
  const locale = userLocale();
  const qm = questionnaireMessages(locale);
  const questions = wb.read("questions").records.map((r) => r.record);
  const scales = wb.read("scales").records.map((r) => r.record);
  const entries = wb.read("questionnaires").records.map(({ record }) => {
    const { instrument, issues } = buildInstrument(record, questions, scales);
    const responses = answerTabs(wb.ss, record.id).reduce((n, s) => n + Math.max(0, s.getLastRow() - 1), 0);
    return {
      id: record.id,
      title: record.title,
      questions: instrument.questions.length,
      formUrl: record.formUrl,
      status: record.status,
      responses,
      issues: issues.map((i) => instrumentIssueText(qm, i)),
    };
  });
  const have = new Set(entries.map((e) => normalizeKey(e.id)));
  const ready = readyInstruments()
    .filter((r) => !have.has(normalizeKey(r.questionnaire.id)))
    .map((r) => ({ id: r.questionnaire.id, title: r.questionnaire.title }));
  const triggerMissing = entries.some((e) => e.formUrl) && submitTriggerMissing(wb.ss);
  return { locale, questionnaires: entries, ready, triggerMissing };
}

/**
 * True when the workbook has no onFormSubmit trigger that ПрофТрек knows of: none recorded, or the one recorded is
 * this user's and no longer among their triggers. Another user's trigger cannot be seen (Apps Script shows each user
 * only their own): it is taken as present.
 */
function submitTriggerMissing(ss: Spreadsheet): boolean {
  const stored = PropertiesService.getDocumentProperties().getProperty(FORM_TRIGGER_KEY);
  if (!stored) return true;
  let owner = "";
  let uid = "";
  try {
    ({ owner, uid } = JSON.parse(stored) as { owner: string; uid: string });
  } catch (_e) {
    return true;
  }
  if (owner === "") return true;
  if (owner !== currentEmail()) return false;
  return !ScriptApp.getUserTriggers(ss).some((t) => t.getUniqueId() === uid);
}

/**
 * «Восстановить обработку ответов»: the workbook's one trigger made again if it is missing (under the lock; a second
 * call makes none), then the results recomputed from every «Ответы — …» tab, so that responses that arrived without
 * a trigger are scored.
 */
export function repairFormTriggerAction(): { created: boolean; results: number; message: string } {
  const um = messages(userLocale());
  const created = withDocumentLock(um, () => ensureSubmitTrigger(SpreadsheetApp.getActiveSpreadsheet()));
  const out = rescoreQuestionnairesAction();
  return { created, results: out.results, message: um.trigger.repaired(out.results) };
}
