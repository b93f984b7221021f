// Questionnaires on the sheets: problems of instruments typed into Анкеты / Вопросы / Шкалы, for «Проверка данных».

import { buildInstrument } from "../domain/questionnaires";
import type { ReadyInstrument } from "../domain/questionnaires-ready";
import type { Question, Questionnaire, ScaleBand } from "../domain/records";
import { normalizeKey } from "../domain/text";
import type { Locale } from "../i18n/format";
import { instrumentIssueText, questionnaireMessages } from "../i18n/questionnaires";
import type { Grid } from "./cell";
import { type CellOptions, displayCell } from "./codec";
import { crossProblem } from "./cross-checks";
import type { ZoneOptions } from "./dates";
import { cellText } from "./normalize";
import { type HeaderMap, mapHeader, type ReadResult, type RowError } from "./read";
import { anyTab, type TabKey } from "./specs";
import { appendBlock, sizeOf, type TabWrite } from "./tab-write";
import { formatRecord } from "./write";

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
