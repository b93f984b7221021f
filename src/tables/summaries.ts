// The four summary tabs as data («Итоги — школа / классы / ученики / анкеты»), and the two grids they read that no
// tab spec covers: «Результаты анкет» and «Выбор экзаменов».

import type { BalanceCell } from "../domain/participation";
import type {
  ClassFigures,
  ExamDecision,
  PupilFigures,
  QuestionnaireFigures,
  QuestionnaireResult,
  SchoolFigures,
  Share,
  Summaries,
} from "../domain/summaries";
import { normalizeKey } from "../domain/text";
import type { Locale } from "../i18n/format";
import { type SummariesMessages, summariesMessages } from "../i18n/summaries";
import type { Cell, Grid } from "./cell";
import { guardText } from "./codec";
import type { ZoneOptions } from "./dates";
import { COMPONENT } from "./enums";
import { cellText } from "./normalize";
import { hasDecided, latestExamChoices, readExamChoices, resultHeader } from "./questionnaires";
import { type BuiltRow, SheetBuilder, type SheetContent } from "./sheet-content";

/** The developer-metadata kinds of the four tabs. */
export const SUMMARY_KINDS = {
  school: "school-summary",
  classes: "classes-summary",
  pupils: "pupils-summary",
  questionnaires: "questionnaires-summary",
} as const;
export type SummaryTab = keyof typeof SUMMARY_KINDS;

/** Fills: below target red, met green, headers grey. */
export const SUMMARY_COLOURS = { below: "#f4c7c3", met: "#b7e1cd", header: "#e8eaed" } as const;
/** Number formats: a percent or hours with one decimal, a count. */
export const ONE_DECIMAL = "0.0";
export const INTEGER = "0";
/** The row of the column headers on every summary tab (stamp, heading, blank, header); rows above it are frozen. */
export const HEADER_ROW = 4;
/** A chart's height in rows (Sheets' default). */

/** What every builder takes: the figures, the stamp (row 1), today as shown, the locale. */
export interface SummaryInput {
  summaries: Summaries;
  stamp: string;
  /** Today as the tab shows it: «20.11.2026». */
  today: string;
  /** Настройки' «Учебный год». */
  year: string;
  locale: Locale;
}

class Builder extends SheetBuilder {
  override content(widths: readonly number[], frozenRows = HEADER_ROW): SheetContent {
    return super.content(widths, frozenRows);
  }
  header(cells: string[], notes?: (string | null)[]): void {
    this.push({
      cells,
      bold: true,
      fills: cells.map(() => SUMMARY_COLOURS.header),
      ...(notes ? { notes } : {}),
    });
  }
}

/** The percent of a share, "" when its whole is 0. */
const pct = (s: Share): Cell => (s.of > 0 ? s.percent : "");
/** A fill for a value against a target: red below, green at or above. */
const against = (below: boolean): string => (below ? SUMMARY_COLOURS.below : SUMMARY_COLOURS.met);
const componentLabel = (code: string, locale: Locale) =>
  COMPONENT.options.find((o) => o.code === code)?.label[locale] ?? code;

// ——— «Итоги — школа» ———

/** One figure row: label (with its definition as a note), value, whole, %, target, details; the value cell coloured. */
function figure(
  label: string,
  note: string,
  value: Cell,
  options: {
    of?: Cell;
    percent?: Cell;
    target?: Cell;
    comment?: string;
    below?: boolean;
    format?: string;
  } = {},
): BuiltRow {
  const fill = options.below === undefined ? null : against(options.below);
  const valueFormat =
    options.format ?? (typeof value === "number" && !Number.isInteger(value) ? ONE_DECIMAL : null);
  return {
    cells: [
      label,
      value,
      options.of ?? "",
      options.percent ?? "",
      options.target ?? "",
      guardText(options.comment ?? ""),
    ],
    fills: [
      null,
      fill,
      null,
      options.percent !== undefined && options.percent !== "" ? fill : null,
      null,
      null,
    ],
    formats: [
      null,
      valueFormat,
      null,
      ONE_DECIMAL,
      typeof options.target === "number" && !Number.isInteger(options.target) ? ONE_DECIMAL : null,
      null,
    ],
    notes: [note],
  };
}

function headlineRows(m: SummariesMessages["school"], s: SchoolFigures): BuiltRow[] {
  const full = "100 %";
  const below = (share: Share) => share.of > 0 && share.count < share.of;
  const statuses = s.projects.byStatus.map((t) => `${t.name} ${t.count}`).join(", ");
  return [
    figure(m.pupils, m.pupilsNote, s.pupils),
    figure(m.reached, m.reachedNote, s.reached.count, {
      of: s.reached.of,
      percent: pct(s.reached),
      target: full,
      below: below(s.reached),
    }),
    figure(m.hours, m.hoursNote, s.hours.mean ?? "", {
      target: s.hours.expected,
      comment: m.hoursComment(s.hours.target, s.hours.expected),
      format: ONE_DECIMAL,
      ...(s.hours.mean === null ? {} : { below: s.hours.mean < s.hours.expected }),
    }),
    figure(m.onPace, m.onPaceNote, s.hours.onPace.count, {
      of: s.hours.onPace.of,
      percent: pct(s.hours.onPace),
      target: full,
      below: below(s.hours.onPace),
    }),
    figure(m.events, m.eventsNote, s.events.total, {
      comment: m.eventsComment(s.events.held, s.events.toCome, s.events.cancelled),
    }),
    figure(m.emptyCells, m.emptyCellsNote, s.emptyCells, {
      of: s.balance.length,
      target: 0,
      below: s.emptyCells > 0,
    }),
    figure(m.plan, m.planNote, s.plan.meeting, {
      of: s.plan.cells,
      percent: s.plan.cells > 0 ? s.plan.percent : "",
      target: full,
      comment: m.planComment(s.plan.missing, s.plan.suggested),
      below: s.plan.cells > 0 && s.plan.meeting < s.plan.cells,
    }),
    figure(m.equipment, m.equipmentNote, s.equipment.canTry, {
      of: s.equipment.professions,
      percent: s.equipment.professions > 0 ? s.equipment.percent : "",
    }),
    figure(m.diagnostics, m.diagnosticsNote, s.diagnostics.count, {
      of: s.diagnostics.of,
      percent: pct(s.diagnostics),
      target: full,
      below: below(s.diagnostics),
    }),
    figure(m.exams, m.examsNote, s.exams.undecided, {
      of: s.exams.pupils,
      percent: s.exams.pupils > 0 ? Math.round((s.exams.undecided * 1000) / s.exams.pupils) / 10 : "",
      target: 0,
      comment: m.examsComment(s.exams.noRow),
      below: s.exams.undecided > 0,
    }),
    figure(m.projects, m.projectsNote, s.projects.individual, { comment: statuses }),
    figure(m.projectsMissing, m.projectsMissingNote, s.projects.missing.count, {
      of: s.projects.missing.of,
      percent: pct(s.projects.missing),
      target: 0,
      below: s.projects.missing.count > 0,
    }),
    figure(m.trials, m.trialsNote, s.trials.total, {
      comment: m.trialsComment(s.trials.pupils, s.trials.hours),
    }),
    figure(m.parents, m.parentsNote, s.parents.held, { comment: m.parentsComment(s.parents.toCome) }),
    figure(m.teachers, m.teachersNote, s.teachers.trained, {
      of: s.teachers.teachers,
      percent: s.teachers.teachers > 0 ? s.teachers.percent : "",
      comment: m.teachersComment(s.teachers.courses, s.teachers.hours),
    }),
  ];
}

/** The bands × components block: a header, a row per band, 0 in red; returns its first row for the chart. */
function balanceRows(
  b: Builder,
  m: SummariesMessages["school"],
  balance: readonly BalanceCell[],
  locale: Locale,
) {
  const components = [...new Set(balance.map((c) => c.component))];
  const bands = [...new Set(balance.map((c) => c.band))];
  b.push({ cells: [] }, { cells: [m.balance], bold: true });
  const top = b.next;
  b.header(
    [m.band, ...components.map((c) => componentLabel(c, locale))],
    [null, ...components.map((c) => m.balanceNote(componentLabel(c, locale)))],
  );
  for (const band of bands) {
    const counts = components.map(
      (c) => balance.find((x) => x.band === band && x.component === c)?.count ?? 0,
    );
    b.push({
      cells: [guardText(band), ...counts],
      fills: [null, ...counts.map((n) => (n === 0 ? SUMMARY_COLOURS.below : null))],
    });
  }
  return { top, rows: bands.length + 1, columns: components.length + 1 };
}

/**
 * «Итоги — школа»: the headline figures (a labelled row each, with its whole, %, target and details; the label's note
 * defines it), the component × band table with its stacked chart, individual projects by status, trials by
 * organisation. Its size depends on bands, statuses and organisations, never on pupils or marks.
 */
export function schoolSummary(input: SummaryInput): SheetContent {
  const m = summariesMessages(input.locale).school;
  const s = input.summaries.school;
  const b = new Builder();
  const c = m.columns;
  const n = m.columnNotes;
  b.push({ cells: [input.stamp] }, { cells: [m.heading(input.today, input.year)] }, { cells: [] });
  b.header(
    [c.figure, c.value, c.of, c.percent, c.target, c.comment],
    [n.figure, n.value, n.of, n.percent, n.target, n.comment],
  );
  b.push(...headlineRows(m, s));
  const block = balanceRows(b, m, s.balance, input.locale);
  b.charts.push({
    type: "COLUMN",
    title: m.chartBalance,
    range: { row: block.top, column: 1, numRows: block.rows, numColumns: block.columns },
    anchor: { row: HEADER_ROW, column: 7 },
    stacked: true,
    options: { "vAxis.minValue": 0, legend: "right" },
  });
  b.push({ cells: [] }, { cells: [m.projectsByStatus], bold: true });
  b.header([m.status, m.count]);
  for (const t of s.projects.byStatus) b.push({ cells: [guardText(t.name), t.count] });
  if (s.projects.byStatus.length === 0) b.push({ cells: [m.none] });
  b.push({ cells: [] }, { cells: [m.trialsByOrganization], bold: true });
  b.header([m.organization, m.trialsCount, m.trialPupils]);
  for (const t of s.trials.byOrganization) b.push({ cells: [guardText(t.name), t.count, t.pupils] });
  if (s.trials.byOrganization.length === 0) b.push({ cells: [m.none] });
  return b.content([380, 90, 70, 70, 80, 330]);
}

// ——— «Итоги — классы» ———

/** The columns of «Итоги — классы», in order (1-based positions are index + 1). */
const CLASS_COLUMNS = [
  "className",
  "pupils",
  "events",
  "rate",
  "meanHours",
  "expected",
  "behind",
  "noQuarter",
  "diagnostics",
  "interests",
  "trials",
  "projects",
  "undecided",
] as const;

function classRow(c: ClassFigures): BuiltRow {
  const rate = c.rate === null ? "" : Math.round(c.rate * 1000) / 10;
  const below = c.meanHours !== null && c.expected !== null && c.meanHours < c.expected;
  const cells: Cell[] = [
    guardText(c.className),
    c.pupils,
    c.events,
    rate,
    c.meanHours ?? "",
    c.expected ?? "",
    c.behind,
    c.noParticipationThisQuarter,
    c.diagnostics,
    guardText(c.interests.map((t) => `${t.name} ${t.count}`).join(", ")),
    c.trials,
    c.individualProjects,
    c.undecided ?? "",
  ];
  const fills: (string | null)[] = cells.map(() => null);
  if (c.expected !== null && c.meanHours !== null) fills[4] = against(below);
  if (c.behind > 0) fills[6] = SUMMARY_COLOURS.below;
  if (c.noParticipationThisQuarter > 0) fills[7] = SUMMARY_COLOURS.below;
  if (c.undecided !== null && c.undecided > 0) fills[12] = SUMMARY_COLOURS.below;
  const formats = cells.map((_, i) => (i === 3 || i === 4 || i === 5 ? ONE_DECIMAL : null));
  return { cells, fills, formats };
}

/**
 * «Итоги — классы»: a row per class (the figures of «Класс — …» and more), each header with its definition as a note,
 * and two charts below the table: participation by class (bars) and mean hours against the expected (columns).
 */
export function classesSummary(input: SummaryInput): SheetContent {
  const m = summariesMessages(input.locale).classes;
  const { classes, interestQuestionnaire } = input.summaries;
  const b = new Builder();
  b.push({ cells: [input.stamp] }, { cells: [m.heading(input.today)] }, { cells: [] });
  const notes = CLASS_COLUMNS.map((k) =>
    k === "interests"
      ? interestQuestionnaire
        ? m.notes.interests(interestQuestionnaire)
        : m.notes.interestsNone
      : m.notes[k],
  );
  b.header(
    CLASS_COLUMNS.map((k) => m.columns[k]),
    notes,
  );
  for (const c of classes) b.push(classRow(c));
  b.padFrom(b.next);
  const numRows = classes.length + 1;
  // Below the table, side by side, where the coordinator scrolls to after the last class.
  const chartRow = HEADER_ROW + numRows + 1;
  const at = (k: (typeof CLASS_COLUMNS)[number]) => CLASS_COLUMNS.indexOf(k) + 1;
  b.charts.push(
    {
      type: "BAR",
      title: m.chartRate,
      range: { row: HEADER_ROW, column: 1, numRows, numColumns: 1 },
      moreRanges: [{ row: HEADER_ROW, column: at("rate"), numRows, numColumns: 1 }],
      anchor: { row: chartRow, column: 1 },
      options: { "hAxis.minValue": 0, "hAxis.maxValue": 100, legend: "none" },
    },
    {
      type: "COLUMN",
      title: m.chartHours,
      range: { row: HEADER_ROW, column: 1, numRows, numColumns: 1 },
      moreRanges: [{ row: HEADER_ROW, column: at("meanHours"), numRows, numColumns: 2 }],
      anchor: { row: chartRow, column: 7 },
      options: { "vAxis.minValue": 0, legend: "bottom" },
      colors: ["#4285f4", "#ea4335"],
    },
  );
  return b.content([70, 80, 110, 90, 90, 100, 110, 120, 100, 170, 70, 110, 110]);
}

// ——— «Итоги — ученики» ———

/**
 * «Итоги — ученики»: a row per active pupil — the code, never a name or «Подпись» — with events, hours against the
 * target, trials, individual projects, the leading scales of each questionnaire, diagnostics, exams and flags.
 */
export function pupilsSummary(input: SummaryInput): SheetContent {
  const m = summariesMessages(input.locale).pupils;
  const ids = input.summaries.questionnaires.map((q) => q.id);
  const c = m.columns;
  const n = m.notes;
  const b = new Builder();
  b.push({ cells: [input.stamp] }, { cells: [m.heading(input.today)] }, { cells: [] });
  b.header(
    [
      c.code,
      c.className,
      c.events,
      c.hours,
      c.target,
      c.expected,
      c.trials,
      c.projects,
      ...ids.map(c.result),
      c.diagnostics,
      c.exam,
      c.flags,
    ],
    [
      n.code,
      n.className,
      n.events,
      n.hours,
      n.target,
      n.expected,
      n.trials,
      n.projects,
      ...ids.map(n.result),
      n.diagnostics,
      n.exam,
      n.flags,
    ],
  );
  const sorted = [...input.summaries.pupils].sort(
    (a, x) =>
      a.grade - x.grade || a.className.localeCompare(x.className, "ru") || a.code.localeCompare(x.code, "ru"),
  );
  for (const p of sorted) b.push(pupilRow(p, ids, m));
  return b.content([90, 60, 100, 90, 90, 110, 80, 160, ...ids.map(() => 120), 100, 100, 320]);
}

function pupilRow(p: PupilFigures, ids: readonly string[], m: SummariesMessages["pupils"]): BuiltRow {
  const below = p.expected !== null && p.hours < p.expected;
  const cells: Cell[] = [
    guardText(p.code),
    guardText(p.className),
    p.events,
    p.hours,
    p.target ?? "",
    p.expected ?? "",
    p.trials,
    guardText(p.projects.map((s) => s || m.noStatus).join(", ")),
    ...ids.map((id) => guardText((p.results[id] ?? []).join(", "))),
    p.diagnostics ? m.yes : m.no,
    p.exam === null ? "" : m.exam[p.exam],
    p.flags.map((f) => m.flag[f]).join("; "),
  ];
  const fills: (string | null)[] = cells.map(() => null);
  if (p.expected !== null) fills[3] = against(below);
  const at = 8 + ids.length;
  if (p.exam !== null && p.exam !== "decided") fills[at + 1] = SUMMARY_COLOURS.below;
  const formats = cells.map((_, i) => (i >= 3 && i <= 5 ? ONE_DECIMAL : null));
  return { cells, fills, formats };
}

// ——— «Итоги — анкеты» ———

/**
 * «Итоги — анкеты»: per questionnaire of «Анкеты», responses by class, the mean score of each scale by band, and the
 * leading scales by band with a stacked chart beside them. Each block is at least a chart tall.
 */
export function questionnairesSummary(input: SummaryInput): SheetContent {
  const m = summariesMessages(input.locale).questionnaires;
  const b = new Builder();
  b.push({ cells: [input.stamp] }, { cells: [m.heading(input.today)] }, { cells: [] });
  const list = input.summaries.questionnaires;
  if (list.length === 0) b.push({ cells: [m.none] });
  let width = 5;
  for (const q of list) width = Math.max(width, q.scales.length + 2);
  for (const q of list) questionnaireBlock(b, m, q, width + 2);
  return b.content([140, 90, 90, 90, ...Array.from({ length: width }, () => 80)], HEADER_ROW - 1);
}

function questionnaireBlock(
  b: Builder,
  m: SummariesMessages["questionnaires"],
  q: QuestionnaireFigures,
  chartColumn: number,
) {
  const from = b.next;
  b.push({ cells: [guardText(m.block(q.id, q.title, q.responses))], bold: true });
  if (q.responses === 0) {
    b.push({ cells: [m.noResponses] }, { cells: [] });
    return;
  }
  b.push({ cells: [m.byClass], bold: true });
  b.header([m.className, m.responses, m.pupils, m.percent], [null, null, null, m.byClassNote]);
  for (const c of q.byClass)
    b.push({
      cells: [
        guardText(c.className),
        c.responses,
        c.pupils,
        c.pupils > 0 ? Math.round((c.responses * 1000) / c.pupils) / 10 : "",
      ],
      formats: [null, null, null, ONE_DECIMAL],
    });
  const scaleHeads = q.scales.map((s) => guardText(s.key));
  const scaleNotes = q.scales.map((s) => (s.name && s.name !== s.key ? s.name : null));
  b.push({ cells: [] }, { cells: [m.means], bold: true });
  b.header(
    [m.band, m.responses, ...scaleHeads],
    [null, null, ...scaleNotes.map((x) => (x ? `${x}. ${m.meansNote}` : m.meansNote))],
  );
  for (const band of q.bands)
    b.push({
      cells: [guardText(band.band), band.responses, ...band.means.map((x) => x ?? "")],
      formats: [null, null, ...band.means.map(() => ONE_DECIMAL)],
    });
  b.push({ cells: [] }, { cells: [m.dominant], bold: true });
  const top = b.next;
  b.header(
    [m.band, ...scaleHeads, m.noDominant],
    [null, ...scaleNotes.map((x) => (x ? `${x}. ${m.dominantNote}` : m.dominantNote)), null],
  );
  for (const band of q.bands) b.push({ cells: [guardText(band.band), ...band.dominant, band.noDominant] });
  if (q.scales.length > 0)
    b.charts.push({
      type: "COLUMN",
      title: m.chart(q.id),
      range: { row: top, column: 1, numRows: q.bands.length + 1, numColumns: q.scales.length + 1 },
      anchor: { row: from, column: chartColumn },
      stacked: true,
      options: { "vAxis.minValue": 0, legend: "right" },
    });
  b.padFrom(from);
  b.push({ cells: [] });
}

// ——— Reading «Результаты анкет» and «Выбор экзаменов» ———

/**
 * The rows of «Результаты анкет» (row 1 = header, either language; columns by header, by position where none
 * matches): questionnaire, code, class, the scores «П 5 · Т 3» and the leading scales «П, Т». A row with no code or
 * questionnaire is skipped.
 */
export function readQuestionnaireResults(grid: Grid): QuestionnaireResult[] {
  if (grid.length < 2) return [];
  const keys = (grid[0] ?? []).map((h) => normalizeKey(cellText(h)));
  const ru = resultHeader("ru").map(normalizeKey);
  const en = resultHeader("en").map(normalizeKey);
  const col = (i: number) => {
    const at = keys.findIndex((k) => k === ru[i] || k === en[i]);
    return at >= 0 ? at : i;
  };
  const [qi, ci, cl, si, di] = [col(0), col(1), col(2), col(4), col(5)];
  const out: QuestionnaireResult[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const questionnaireId = cellText(row[qi]).trim();
    const code = cellText(row[ci]).trim();
    if (!questionnaireId || !code) continue;
    out.push({
      questionnaireId,
      code,
      className: cellText(row[cl]).trim(),
      scores: parseScores(cellText(row[si])),
      dominant: cellText(row[di])
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    });
  }
  return out;
}

/** «П 5 · Т 3,5» → [{П, 5}, {Т, 3.5}]; a part without a number is left out. */
export function parseScores(text: string): { scale: string; score: number }[] {
  return text
    .split("·")
    .map((part) => part.trim())
    .flatMap((part) => {
      const at = part.lastIndexOf(" ");
      if (at <= 0) return [];
      const score = Number(part.slice(at + 1).replace(",", "."));
      return Number.isFinite(score) ? [{ scale: part.slice(0, at).trim(), score }] : [];
    });
}

/** The latest row of «Выбор экзаменов» per pupil (by Дата, then row), reduced to «decided» (data-model.md). */
export function examDecisions(grid: Grid, zone: ZoneOptions): ExamDecision[] {
  return latestExamChoices(readExamChoices(grid, zone)).map((c) => ({
    code: c.code,
    decided: hasDecided(c),
  }));
}
