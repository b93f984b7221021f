// Questionnaires on the sheets: problems of instruments typed into Анкеты / Вопросы / Шкалы, for «Проверка данных».

import { addDays } from "../domain/local-date";
import {
  type Answer,
  buildInstrument,
  type Instrument,
  type ScoredResponse,
  scoreResponse,
  splitCheckboxAnswer,
} from "../domain/questionnaires";
import { READINESS_EXAM_QUESTIONS, type ReadyInstrument } from "../domain/questionnaires-ready";
import type { LocalDate, Pupil, Question, Questionnaire, ScaleBand } from "../domain/records";
import { normalizeKey } from "../domain/text";
import type { Locale } from "../i18n/format";
import { instrumentIssueText, questionnaireMessages } from "../i18n/questionnaires";
import { type Cell, type Grid, isDate } from "./cell";
import { type CellOptions, displayCell, guardText } from "./codec";
import { crossProblem } from "./cross-checks";
import { localDateToDate, parseDateCell, type ZoneOptions } from "./dates";
import { cellText, gradeOfClass, identityKey, splitList } from "./normalize";
import { type HeaderMap, mapHeader, type ReadResult, type RowError } from "./read";
import type { SheetContent } from "./sheet-content";
import { anyTab, type TabKey } from "./specs";
import { appendBlock, patchBlocks, sizeOf, type TabWrite, type WriteTabKey } from "./tab-write";
import { type CellPatch, formatRecord } from "./write";

/** The three tabs of instruments as read in one operation. */
export interface InstrumentReads {
  questionnaires?: ReadResult<Questionnaire>;
  questions?: ReadResult<Question>;
  scales?: ReadResult<ScaleBand>;
}

/**
 * Every problem of the instruments, at the row that holds it: options that do not parse or name a scale Шкалы lacks
 * (Вопросы, «Варианты»), a repeated № (Вопросы, «№»), a band reversed or overlapping another (Шкалы, «От»), and a
 * questionnaire with no questions (Анкеты, «Id»). Each questionnaire is checked once, whichever tab names it.
 */
export function instrumentProblems(
  reads: InstrumentReads,
  grids: Partial<Record<TabKey, Grid>>,
  options: ZoneOptions & { locale: Locale },
): RowError[] {
  const m = questionnaireMessages(options.locale);
  const questions = reads.questions?.records ?? [];
  const scales = reads.scales?.records ?? [];
  const ids = new Map<string, { id: string; row?: number }>();
  for (const { row, record } of reads.questionnaires?.records ?? [])
    ids.set(normalizeKey(record.id), { id: record.id, row });
  for (const { record } of [...questions, ...scales]) {
    const k = normalizeKey(record.questionnaireId);
    if (!ids.has(k)) ids.set(k, { id: record.questionnaireId });
  }
  const out: RowError[] = [];
  const report = (
    tab: "questionnaires" | "questions" | "scales",
    row: number,
    column: string,
    reason: string,
  ) => {
    const read = reads[tab];
    if (!read) return;
    const header = read.header as HeaderMap;
    const i = header.index[column];
    const value = i === undefined ? "" : displayCell(grids[tab]?.[row - 1]?.[i], options);
    out.push(crossProblem(anyTab(tab), header, row, column, value, reason, options.locale));
  };
  for (const [key, { id, row }] of ids) {
    const own = questions.filter((q) => normalizeKey(q.record.questionnaireId) === key);
    const bands = scales.filter((s) => normalizeKey(s.record.questionnaireId) === key);
    const questionnaire: Questionnaire = {
      id,
      title: id,
      classes: { all: true, classes: [], grades: [] },
      identification: "codeList",
    };
    const { issues } = buildInstrument(
      questionnaire,
      own.map((q) => q.record),
      bands.map((b) => b.record),
    );
    const seen = new Set<string>();
    for (const issue of issues) {
      const reason = instrumentIssueText(m, issue);
      if (issue.code === "noQuestions") {
        if (row !== undefined && reads.questions) report("questionnaires", row, "id", reason);
        continue;
      }
      if ("question" in issue) {
        const rows = own.filter((q) => q.record.number === issue.question).map((q) => q.row);
        // A repeated № names its second row; any other issue names the row its options came from.
        const at = issue.code === "duplicateNumber" ? rows.slice(1) : rows.slice(0, 1);
        const column =
          issue.code === "duplicateNumber" ? "number" : issue.code === "duplicateText" ? "text" : "options";
        for (const r of at) {
          const once = `${r}|${reason}`;
          if (seen.has(once)) continue;
          seen.add(once);
          report("questions", r, column, reason);
        }
        continue;
      }
      const band = bands.find(
        (b) =>
          normalizeKey(b.record.scale) === normalizeKey(issue.scale) &&
          b.record.from === issue.from &&
          b.record.to === issue.to,
      );
      if (band) report("scales", band.row, "from", reason);
    }
  }
  return out;
}

/** What adding a ready instrument looks at: the three tabs as read (row 1 = header), their names as they stand. */
export interface ReadySnapshot {
  grids: { questionnaires: Grid; questions: Grid; scales: Grid };
  names: { questionnaires: string; questions: string; scales: string };
  options: CellOptions;
}

export type ReadyOutcome =
  | { status: "added"; id: string; questions: number }
  | { status: "exists"; id: string };

/**
 * «Добавить готовую анкету» as data: the instrument's rows appended to Вопросы, Шкалы and last Анкеты (one block
 * each), so that an interrupted run is finished by the next: a tab that already holds rows of this Id gets none, and
 * a questionnaire already on Анкеты adds nothing at all.
 */
export function planReadyQuestionnaire(
  snapshot: ReadySnapshot,
  ready: ReadyInstrument,
): { outcome: ReadyOutcome; writes: TabWrite[] } {
  const id = ready.questionnaire.id;
  const key = normalizeKey(id);
  const has = (tab: "questionnaires" | "questions" | "scales", column: string) => {
    const grid = snapshot.grids[tab];
    const i = mapHeader(anyTab(tab), grid[0] ?? []).index[column];
    if (i === undefined) return false;
    for (let r = 1; r < grid.length; r++) if (normalizeKey(cellText(grid[r]?.[i])) === key) return true;
    return false;
  };
  if (has("questionnaires", "id")) return { outcome: { status: "exists", id }, writes: [] };
  const writes: TabWrite[] = [];
  const add = (tab: "questionnaires" | "questions" | "scales", records: readonly object[]) => {
    const grid = snapshot.grids[tab];
    const spec = anyTab(tab);
    const header = mapHeader(spec, grid[0] ?? []);
    const rows = records.map((r) =>
      formatRecord(spec, header, r as Record<string, unknown>, snapshot.options).map((c) => c ?? ""),
    );
    writes.push({ tab, name: snapshot.names[tab], blocks: appendBlock(grid, rows), readSize: sizeOf(grid) });
  };
  if (!has("questions", "questionnaireId")) add("questions", ready.questions);
  if (!has("scales", "questionnaireId")) add("scales", ready.scales);
  add("questionnaires", [ready.questionnaire]);
  return { outcome: { status: "added", id, questions: ready.questions.length }, writes };
}

// ——— Forms, responses and results ———

/**
 * The responses tab of a questionnaire, as ПрофТрек renames the one Google makes; the n-th (n ≥ 2) when a form is
 * made again while the earlier answers stay: «Ответы — ИНТЕРЕСЫ (2)».
 */
export function responsesTabName(id: string, n = 1): string {
  return n > 1 ? `Ответы — ${id} (${n})` : `Ответы — ${id}`;
}

/** The questionnaire Id of a responses tab's name (any n), or undefined. */
export function questionnaireIdOfTab(name: string): string | undefined {
  const m = /^Ответы — (.+?)(?: \(\d+\))?$/.exec(name.trim());
  return m ? m[1].trim() : undefined;
}

export const RESULTS_TAB = { ru: "Результаты анкет", en: "Questionnaire results" } as const;
export const RESULTS_KIND = "questionnaireResults";
export const LINKS_KIND = "questionnaireLinks";

/** The identification items of a form, in both languages (a form made in one is read in either). */
export const IDENTIFICATION_TITLES = {
  ru: { className: "Ваш класс", code: "Ваш код", codeOf: (cls: string) => `Ваш код (${cls})` },
  en: { className: "Your class", code: "Your code", codeOf: (cls: string) => `Your code (${cls})` },
} as const;

function isCodeTitle(title: string): boolean {
  const k = normalizeKey(title);
  return (["ru", "en"] as const).some((l) => {
    const code = normalizeKey(IDENTIFICATION_TITLES[l].code);
    return k === code || k.startsWith(`${code} (`);
  });
}
function isClassTitle(title: string): boolean {
  const k = normalizeKey(title);
  return (["ru", "en"] as const).some((l) => k === normalizeKey(IDENTIFICATION_TITLES[l].className));
}

/** One response as read from a row of «Ответы — <Id>». */
export interface ResponseRecord {
  questionnaireId: string;
  code: string;
  className: string;
  /** The response's time (Google's timestamp). */
  when: Date | undefined;
  answers: Map<number, Answer>;
  /** True when nothing but the timestamp is filled (Google sends such events now and then). */
  blank: boolean;
}

/**
 * A row of a responses tab as answers by question №: columns are found by question title (compared by normalizeKey),
 * checkboxes split as Google joins them, the code taken from whichever «Ваш код» column is filled.
 */
export function responseOfRow(
  instrument: Instrument,
  header: readonly unknown[],
  row: readonly unknown[],
): ResponseRecord {
  const byTitle = new Map(instrument.questions.map((q) => [normalizeKey(q.text), q]));
  const answers = new Map<number, Answer>();
  let code = "";
  let className = "";
  let when: Date | undefined;
  let blank = true;
  header.forEach((h, i) => {
    const cell = row[i];
    if (i === 0) {
      when = isDate(cell) ? cell : undefined;
      return;
    }
    const text = cellText(cell).trim();
    if (text !== "") blank = false;
    const title = cellText(h);
    if (isCodeTitle(title)) {
      if (text !== "") code = text;
      return;
    }
    if (isClassTitle(title)) {
      className = text;
      return;
    }
    const q = byTitle.get(normalizeKey(title));
    if (!q || text === "") return;
    if (q.type === "multiple" && q.options.kind === "choice")
      answers.set(q.number, splitCheckboxAnswer(q.options.options, text));
    else answers.set(q.number, typeof cell === "number" ? cell : text);
  });
  return { questionnaireId: instrument.questionnaire.id, code, className, when, answers, blank };
}

/** A result row of «Результаты анкет». */
export interface ResultRow {
  questionnaireId: string;
  code: string;
  className: string;
  when: Date | undefined;
  scored: ScoredResponse;
  /** The code is not on Ученики: kept, flagged. */
  unknownCode: boolean;
}

export function resultHeader(locale: Locale): string[] {
  return locale === "en"
    ? [
        "Questionnaire",
        "Code",
        "Class",
        "Answered",
        "Scores",
        "Dominant",
        "Interpretation",
        "Unanswered",
        "Flag",
      ]
    : [
        "Анкета",
        "Код",
        "Класс",
        "Дата ответа",
        "Баллы",
        "Ведущие шкалы",
        "Интерпретация",
        "Без ответа",
        "Отметка",
      ];
}

/** A result as cells in resultHeader's order. */
export function resultCells(r: ResultRow, locale: Locale): Cell[] {
  const m = questionnaireMessages(locale);
  const scores = r.scored.scores.map((s) => `${s.scale} ${s.score}`).join(" · ");
  const lead = new Set(r.scored.dominant.map((d) => normalizeKey(d)));
  const shown = r.scored.scores.filter((s) => s.band && (lead.size === 0 || lead.has(normalizeKey(s.scale))));
  const interpretation = shown.map((s) => `${s.scale}: ${s.band!.interpretation}`).join(" ");
  return [
    guardText(r.questionnaireId),
    guardText(r.code),
    guardText(r.className),
    r.when ?? "",
    scores,
    r.scored.dominant.join(", "),
    interpretation,
    r.scored.unanswered,
    r.unknownCode ? m.codeNotFound : "",
  ];
}

/**
 * Scores responses against the pupils: the class is Ученики's when the code is known (the form's otherwise), an
 * unknown code is kept and flagged. Blank responses are skipped; of one pupil's responses to one questionnaire the
 * latest (by time, then order) wins.
 */
export function scoreResponses(
  instrument: Instrument,
  responses: readonly ResponseRecord[],
  pupils: readonly Pupil[],
): ResultRow[] {
  const classOf = new Map(pupils.map((p) => [identityKey(p.code), p.className]));
  const latest = new Map<string, ResultRow>();
  for (const r of responses) {
    if (r.blank) continue;
    const key = identityKey(r.code);
    const known = classOf.get(key);
    const row: ResultRow = {
      questionnaireId: instrument.questionnaire.id,
      code: r.code,
      className: known ?? r.className,
      when: r.when,
      scored: scoreResponse(instrument, r.answers),
      unknownCode: known === undefined,
    };
    const prev = latest.get(key);
    if (!prev || (prev.when?.getTime() ?? 0) <= (row.when?.getTime() ?? 0)) latest.set(key, row);
  }
  return [...latest.values()];
}

/**
 * The upsert of results into «Результаты анкет» as read (row 1 = header): a row per (questionnaire, code); an
 * existing row is rewritten only by a response as late or later and different, others are appended in one block.
 */
export function planResultsUpsert(
  grid: Grid,
  name: string,
  rows: readonly ResultRow[],
  locale: Locale,
): TabWrite<WriteTabKey>[] {
  const index = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    index.set(`${identityKey(cellText(row[0]))}|${identityKey(cellText(row[1]))}`, r + 1);
  }
  const patches: CellPatch[] = [];
  const appended: Cell[][] = [];
  for (const result of rows) {
    const cells = resultCells(result, locale);
    const at = index.get(`${identityKey(result.questionnaireId)}|${identityKey(result.code)}`);
    if (at === undefined) {
      appended.push(cells);
      continue;
    }
    const current = grid[at - 1] ?? [];
    const was = current[3];
    if (isDate(was) && result.when && was.getTime() > result.when.getTime()) continue;
    if (cells.every((c, i) => sameCell(c, current[i]))) continue;
    cells.forEach((value, i) => {
      patches.push({ row: at, column: i + 1, value });
    });
  }
  const blocks = [...patchBlocks(grid, patches), ...appendBlock(grid, appended)];
  if (blocks.length === 0) return [];
  return [{ tab: "questionnaireResults", name, blocks, readSize: sizeOf(grid) }];
}

function sameCell(a: Cell, b: unknown): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  const text = (v: unknown) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : cellText(v));
  return text(a) === text(b);
}

/** «Результаты анкет» whole, for rescoring: the header, then the rows by questionnaire, class and code. */
export function resultsContent(rows: readonly ResultRow[], locale: Locale): SheetContent {
  const sorted = [...rows].sort(
    (a, b) =>
      a.questionnaireId.localeCompare(b.questionnaireId, "ru") ||
      a.className.localeCompare(b.className, "ru") ||
      a.code.localeCompare(b.code, "ru"),
  );
  const header = resultHeader(locale);
  const body = sorted.map((r) => resultCells(r, locale));
  return {
    rows: [header, ...body],
    bold: [header.map(() => true), ...body.map((r) => r.map(() => false))],
    numberFormats: [
      header.map(() => null),
      ...body.map((r) => r.map((_, i) => (i === 3 ? "dd.mm.yyyy hh:mm" : null))),
    ],
    frozenRows: 1,
    columnWidths: [110, 90, 60, 130, 220, 110, 420, 90, 130],
  };
}

/** The classes a questionnaire is for, with their active pupils' codes (classes without pupils left out). */
export function formAudience(
  questionnaire: Questionnaire,
  pupils: readonly Pupil[],
): { className: string; codes: string[] }[] {
  const sel = questionnaire.classes;
  const wanted = new Set(sel.classes.map(identityKey));
  const byClass = new Map<string, string[]>();
  for (const p of pupils) {
    if (!p.active || p.className === "") continue;
    const grade = gradeOfClass(p.className);
    if (!(sel.all || wanted.has(identityKey(p.className)) || sel.grades.includes(grade))) continue;
    byClass.set(p.className, [...(byClass.get(p.className) ?? []), p.code]);
  }
  return [...byClass.entries()]
    .map(([className, codes]) => ({ className, codes: codes.sort((a, b) => a.localeCompare(b, "ru")) }))
    .sort(
      (a, b) =>
        gradeOfClass(a.className) - gradeOfClass(b.className) || a.className.localeCompare(b.className, "ru"),
    );
}

/**
 * The pattern a typed code must match («ввод кода»): the shapes of the codes, a letter for a letter, a digit for a
 * digit, other characters as they are («8А-07» → «[0-9][А-ЯЁA-Z]-[0-9][0-9]»), the shapes joined with |.
 */
export function codePattern(codes: readonly string[]): string {
  const shapes = new Set<string>();
  for (const code of codes) {
    let shape = "";
    for (const ch of code.trim().toUpperCase()) {
      if (/[0-9]/.test(ch)) shape += "[0-9]";
      else if (/[А-ЯЁA-Z]/.test(ch)) shape += "[А-ЯЁA-Zа-яёa-z]";
      else shape += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
    if (shape) shapes.add(shape);
  }
  return [...shapes].join("|") || ".+";
}

/** «Ссылки — <Id>»: one prefilled link per pupil, for the class teacher to send. */
export function linksContent(
  links: readonly { code: string; className: string; url: string }[],
  locale: Locale,
): SheetContent {
  const header =
    locale === "en" ? ["Code", "Class", "Link to the form"] : ["Код", "Класс", "Ссылка на анкету"];
  const body = links.map((l) => [guardText(l.code), guardText(l.className), l.url]);
  return {
    rows: [header, ...body],
    bold: [header.map(() => true), ...body.map((r) => r.map(() => false))],
    frozenRows: 1,
    columnWidths: [100, 70, 640],
  };
}

// ——— Exam choice ———

/**
 * «Выбор экзаменов» is a source tab (data-model.md): ПрофТрек appends a row per scored readiness response
 * (Источник «анкета <Id>»), a teacher may type rows (Источник «учитель»); nothing clears or rewrites it. The per-class
 * view is the generated «Итоги — выбор экзаменов», computed from the latest row per pupil (by Дата, then row).
 */
export const EXAM_TAB = { ru: "Выбор экзаменов", en: "Exam choice" } as const;
export const EXAM_SUMMARY_TAB = { ru: "Итоги — выбор экзаменов", en: "Summary — exam choice" } as const;
export const EXAM_SUMMARY_KIND = "examChoiceSummary";
/** The Источник of a teacher's row. */
export const TEACHER_SOURCE = "учитель";

/** One row of «Выбор экзаменов» (as read, or as ПрофТрек appends it). */
export interface ExamChoice {
  code: string;
  className: string;
  exam: string;
  subjects: string[];
  certainty: number | undefined;
  when: Date | undefined;
  source: string;
  /** The row on the tab (1-based), for «latest by Дата, then row»; undefined for a row not yet written. */
  row?: number;
}

const EXAM_COLUMNS = ["code", "className", "exam", "subjects", "certainty", "when", "source"] as const;
const EXAM_HEADERS: Record<Locale, string[]> = {
  ru: ["Код", "Класс", "Экзамен", "Предметы", "Уверенность", "Дата", "Источник"],
  en: ["Code", "Class", "Exam", "Subjects", "Certainty", "Date", "Source"],
};

export function examHeader(locale: Locale): string[] {
  return [...EXAM_HEADERS[locale]];
}

/** The source of ПрофТрек's rows for a questionnaire. */
export function examSource(questionnaireId: string): string {
  return `анкета ${questionnaireId}`;
}

/** The numbers of the exam questions of an instrument (the readiness one, or any with the same question texts). */
export function examQuestions(instrument: Instrument): { subjects: number; certainty: number } | undefined {
  const find = (text: string) =>
    instrument.questions.find((q) => normalizeKey(q.text) === normalizeKey(text))?.number;
  const subjects = find(READINESS_EXAM_QUESTIONS.subjects);
  const certainty = find(READINESS_EXAM_QUESTIONS.certainty);
  return subjects !== undefined && certainty !== undefined ? { subjects, certainty } : undefined;
}

/** One exam-choice row per response (blank and code-less responses skipped); the class from Ученики when known. */
export function examChoices(
  instrument: Instrument,
  responses: readonly ResponseRecord[],
  pupils: readonly Pupil[],
): ExamChoice[] {
  const numbers = examQuestions(instrument);
  if (!numbers) return [];
  const classOf = new Map(pupils.map((p) => [identityKey(p.code), p.className]));
  const out: ExamChoice[] = [];
  for (const r of responses) {
    if (r.blank || r.code === "") continue;
    const className = classOf.get(identityKey(r.code)) ?? r.className;
    const subjects = r.answers.get(numbers.subjects);
    const certainty = Number(r.answers.get(numbers.certainty));
    out.push({
      code: r.code,
      className,
      exam: examOfGrade(gradeOfClass(className)),
      subjects: Array.isArray(subjects) ? [...subjects] : typeof subjects === "string" ? [subjects] : [],
      certainty: Number.isFinite(certainty) && certainty > 0 ? certainty : undefined,
      when: r.when,
      source: examSource(instrument.questionnaire.id),
    });
  }
  return out;
}

function examOfGrade(grade: number): string {
  return grade === 9 ? "ОГЭ" : grade === 11 ? "ЕГЭ" : "";
}

/** The columns of «Выбор экзаменов» as read: found by header in either language, by position where none matches. */
function examColumns(header: readonly unknown[]): Record<(typeof EXAM_COLUMNS)[number], number> {
  const keys = header.map((h) => normalizeKey(cellText(h)));
  const out = {} as Record<(typeof EXAM_COLUMNS)[number], number>;
  EXAM_COLUMNS.forEach((column, i) => {
    const names = [EXAM_HEADERS.ru[i], EXAM_HEADERS.en[i]].map(normalizeKey);
    const at = keys.findIndex((k) => names.includes(k));
    out[column] = at >= 0 ? at : i;
  });
  return out;
}

/**
 * The rows of «Выбор экзаменов» as read (row 1 = header): ПрофТрек's and the teacher's alike. A row with no code is
 * skipped; Дата is a date cell (a typed `dd.mm.yyyy` is read in the spreadsheet's zone).
 */
export function readExamChoices(grid: Grid, zone: ZoneOptions): ExamChoice[] {
  if (grid.length < 2) return [];
  const at = examColumns(grid[0] ?? []);
  const out: ExamChoice[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const code = cellText(row[at.code]).trim();
    if (code === "") continue;
    const whenCell = row[at.when];
    let when: Date | undefined;
    if (isDate(whenCell)) when = whenCell;
    else if (cellText(whenCell).trim() !== "") {
      const parsed = parseDateCell(whenCell, zone);
      if (parsed.ok) when = localDateToDate(parsed.value, zone);
    }
    const certainty = Number(cellText(row[at.certainty]).replace(",", "."));
    out.push({
      code,
      className: cellText(row[at.className]).trim(),
      exam: cellText(row[at.exam]).trim(),
      subjects: splitList(cellText(row[at.subjects])),
      certainty:
        cellText(row[at.certainty]).trim() !== "" && Number.isFinite(certainty) ? certainty : undefined,
      when,
      source: cellText(row[at.source]).trim(),
      row: r + 1,
    });
  }
  return out;
}

/** The identity of a row: the pupil's code, the source and the response's time (to the second). */
function examKey(c: ExamChoice): string {
  const t = c.when ? Math.round(c.when.getTime() / 1000) : "";
  return `${identityKey(c.code)}|${normalizeKey(c.source)}|${t}`;
}

/** A choice as cells in the header's order (as laid out in `header`, the tab's own order when it exists). */
function examCells(c: ExamChoice, header: readonly unknown[]): Cell[] {
  const at = examColumns(header);
  const width = Math.max(header.length, EXAM_COLUMNS.length);
  const cells: Cell[] = Array.from({ length: width }, () => "");
  cells[at.code] = guardText(c.code);
  cells[at.className] = guardText(c.className);
  cells[at.exam] = c.exam;
  cells[at.subjects] = guardText(c.subjects.join(", "));
  cells[at.certainty] = c.certainty ?? "";
  cells[at.when] = c.when ?? "";
  cells[at.source] = guardText(c.source);
  return cells;
}

/**
 * The append to «Выбор экзаменов» of the choices it does not hold yet (same code, Источник and time): one block below
 * the last filled row; a missing tab is created with its header. Rows already there, a teacher's included, are never
 * touched; the same response processed twice appends nothing the second time.
 */
export function planExamAppend(
  grid: Grid | undefined,
  name: string,
  choices: readonly ExamChoice[],
  options: ZoneOptions & { locale: Locale; index: number },
): TabWrite<WriteTabKey>[] {
  // A tab with no header yet (made by a run that failed before writing it) gets it with the rows.
  const headed = grid !== undefined && (grid[0] ?? []).some((c) => cellText(c).trim() !== "");
  const header: Cell[] = headed ? (grid[0] as Cell[]) : examHeader(options.locale);
  const have = new Set(readExamChoices(headed ? grid : [], options).map(examKey));
  const rows: Cell[][] = [];
  for (const c of choices) {
    const key = examKey(c);
    if (have.has(key)) continue;
    have.add(key);
    rows.push(examCells(c, header));
  }
  if (!headed) {
    if (rows.length === 0) return [];
    const columns = header.map((_, i) => ({ column: i + 1, bold: true }));
    const blocks = [{ row: 1, column: 1, values: [header, ...rows] }];
    return [
      grid
        ? { tab: "examChoice", name, blocks, columns, frozenRows: 1 }
        : { tab: "examChoice", name, create: { index: options.index }, blocks, columns, frozenRows: 1 },
    ];
  }
  const blocks = appendBlock(grid, rows);
  if (blocks.length === 0) return [];
  return [{ tab: "examChoice", name, blocks, readSize: sizeOf(grid) }];
}

/** The latest row per pupil: by Дата, then by row (`rows` in the tab's order; a row without a date is the earliest). */
export function latestExamChoices(rows: readonly ExamChoice[]): ExamChoice[] {
  const latest = new Map<string, ExamChoice>();
  for (const c of rows) {
    const key = identityKey(c.code);
    const prev = latest.get(key);
    const t = c.when?.getTime() ?? Number.NEGATIVE_INFINITY;
    if (!prev || (prev.when?.getTime() ?? Number.NEGATIVE_INFINITY) <= t) latest.set(key, c);
  }
  return [...latest.values()];
}

/** Decided (data-model.md): a row with subjects whose Уверенность is not ≤ 2 (no row, or ≤ 2, is «not decided»). */
export function hasDecided(c: ExamChoice): boolean {
  return c.subjects.length > 0 && !(c.certainty !== undefined && c.certainty <= 2);
}

/**
 * «Итоги — выбор экзаменов»: the latest row per pupil (by Дата, then row, whoever typed it), then per class of grades 9
 * and 11 who has decided, who has not, who has no row, and the subjects chosen with their counts.
 */
export function examChoiceContent(
  rows: readonly ExamChoice[],
  pupils: readonly Pupil[],
  locale: Locale,
): SheetContent {
  const choices = latestExamChoices(rows);
  const en = locale === "en";
  const header = [...examHeader(locale), en ? "Decided" : "Решение"];
  const yes = en ? "decided" : "решил";
  const no = en ? "not decided" : "не решил";
  const classOf = new Map(pupils.map((p) => [identityKey(p.code), p.className]));
  const classOfChoice = (c: ExamChoice) => classOf.get(identityKey(c.code)) ?? c.className;
  const sorted = [...choices].sort(
    (a, b) => classOfChoice(a).localeCompare(classOfChoice(b), "ru") || a.code.localeCompare(b.code, "ru"),
  );
  const out: Cell[][] = [header];
  for (const c of sorted)
    out.push([
      guardText(c.code),
      guardText(classOfChoice(c)),
      c.exam || examOfGrade(gradeOfClass(classOfChoice(c))),
      guardText(c.subjects.join(", ")),
      c.certainty ?? "",
      c.when ?? "",
      guardText(c.source),
      hasDecided(c) ? yes : no,
    ]);
  out.push(header.map(() => ""));
  const summaryRow = out.length + 1;
  out.push(
    en
      ? ["Class", "Pupils", "Decided", "Not decided", "No answer", "Subjects chosen", "", ""]
      : ["Класс", "Учеников", "Решили", "Не решили", "Нет ответа", "Выбранные предметы", "", ""],
  );
  const byCode = new Map(choices.map((c) => [identityKey(c.code), c]));
  const classes = new Map<string, Pupil[]>();
  for (const p of pupils) {
    if (!p.active || ![9, 11].includes(gradeOfClass(p.className))) continue;
    classes.set(p.className, [...(classes.get(p.className) ?? []), p]);
  }
  for (const [className, list] of [...classes.entries()].sort(([a], [b]) => a.localeCompare(b, "ru"))) {
    const mine = list.map((p) => byCode.get(identityKey(p.code)));
    const decided = mine.filter((c) => c && hasDecided(c)).length;
    const answered = mine.filter(Boolean).length;
    const counts = new Map<string, number>();
    for (const c of mine) for (const s of c?.subjects ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
    const subjects = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "ru"))
      .map(([s, n]) => `${s} ${n}`)
      .join(", ");
    out.push([
      guardText(className),
      list.length,
      decided,
      answered - decided,
      list.length - answered,
      guardText(subjects),
      "",
      "",
    ]);
  }
  const bold = out.map((r, i) => r.map(() => i === 0 || i === summaryRow - 1));
  return {
    rows: out,
    bold,
    numberFormats: out.map((r, i) =>
      r.map((_, c) => (c === 5 && i > 0 && i < summaryRow - 2 ? "dd.mm.yyyy" : null)),
    ),
    frozenRows: 1,
    columnWidths: [90, 70, 70, 320, 100, 110, 150, 100],
  };
}

/**
 * The rows the demo's class teachers typed into «Выбор экзаменов» (Источник «учитель»): for the first 9th-grader and
 * the first 11th-grader who answered the readiness questionnaire, a week after the answer, so that the teacher's row is
 * the latest and wins.
 */
export function demoTeacherExamChoices(
  responses: readonly { when: string; className: string; code: string }[],
  toDate: (day: LocalDate) => Date,
): ExamChoice[] {
  const out: ExamChoice[] = [];
  const typed: Record<number, { subjects: string[]; certainty: number }> = {
    9: { subjects: ["Обществознание", "География"], certainty: 4 },
    11: { subjects: ["Химия", "Биология"], certainty: 2 },
  };
  for (const grade of [9, 11]) {
    const r = responses.find((x) => gradeOfClass(x.className) === grade);
    if (!r) continue;
    out.push({
      code: r.code,
      className: r.className,
      exam: examOfGrade(grade),
      ...typed[grade],
      when: toDate(addDays(r.when.slice(0, 10), 7)),
      source: TEACHER_SOURCE,
    });
  }
  return out;
}

/** The demo's responses to a questionnaire as the rows of its «Ответы — <Id>» tab, header first (as Google lays it). */
export function demoResponsesGrid(
  ready: ReadyInstrument,
  responses: readonly {
    when: string;
    className: string;
    code: string;
    answers: Record<string, string | number | string[]>;
  }[],
  toDate: (localDateTime: string) => Date,
): Cell[][] {
  const titles = IDENTIFICATION_TITLES.ru;
  const questions = ready.questions.map((q) => q.text);
  const header: Cell[] = ["Отметка времени", titles.className, titles.code, ...questions];
  const rows = responses.map((r) => [
    toDate(r.when),
    guardText(r.className),
    guardText(r.code),
    ...questions.map((t) => {
      const a = r.answers[t];
      return a === undefined
        ? ""
        : Array.isArray(a)
          ? a.join(", ")
          : typeof a === "string"
            ? guardText(a)
            : a;
    }),
  ]);
  return [header, ...rows];
}
