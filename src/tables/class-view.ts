// The class view «Класс — 8А» as data: pupils × the class's events with marks, hours against the target, flags,
// trials, projects and consultations; a rate row; the list of the class's events.

import type { ClassSummary, Mark, ParticipationSummary, PupilSummary } from "../domain/participation";
import type { SchoolEvent } from "../domain/records";
import { attendanceMessages } from "../i18n/attendance";
import { classViewMessages } from "../i18n/class-view";
import type { Locale } from "../i18n/format";
import type { Cell } from "./cell";
import { guardText } from "./codec";
import { formatLocalDate } from "./dates";
import { COMPONENT, PROJECT_KIND, TRIAL_RESULT } from "./enums";
import { identityKey, redactFullNames } from "./normalize";
import { rectangular, type SheetContent } from "./sheet-content";
import type { Enumeration } from "./spec-types";

/** The developer-metadata kind of a «Класс — …» tab. */
export const CLASS_VIEW_KIND = "class-view";

export const CLASS_COLOURS = {
  present: "#b7e1cd",
  absent: "#f4c7c3",
  excused: "#fce8b2",
  onPace: "#b7e1cd",
  behind: "#f4c7c3",
  noTarget: "#efefef",
  flag: "#fce8e6",
  header: "#e8eaed",
} as const;

/** The row (1-based) of the table's header: stamp, headline, counts, legend, the events' ids above their dates. */
export const CLASS_HEADER_ROW = 6;

export interface ClassViewInput {
  className: string;
  summary: ParticipationSummary;
  /** The class's events (not cancelled), in date order. */
  events: readonly SchoolEvent[];
  stamp: string;
  locale: Locale;
  /** Настройки «Режим персональных данных»; «коды» (the default) shows no full name: see redactFullNames. */
  personalDataMode?: "codes" | "names";
}

type Row = { cells: Cell[]; fills?: (string | null)[]; bold?: boolean };

const label = (e: Enumeration, code: string | undefined, locale: Locale) =>
  code === undefined ? "" : (e.options.find((o) => o.code === code)?.label[locale] ?? code);

const percent = (x: number | null): Cell => (x === null ? "" : Math.round(x * 100));

/** The colour of a pupil's total hours against the pace. */
export function hoursColour(p: Pick<PupilSummary, "hours" | "expected">): string {
  if (p.expected === null) return CLASS_COLOURS.noTarget;
  return p.hours >= p.expected ? CLASS_COLOURS.onPace : CLASS_COLOURS.behind;
}

function pupilRow(input: ClassViewInput, p: PupilSummary, eventKeys: string[]): Row {
  const m = classViewMessages(input.locale);
  const short = attendanceMessages(input.locale).short;
  const marks: Cell[] = eventKeys.map((k) => (p.marks[k] ? short[p.marks[k]] : ""));
  const markFills = eventKeys.map((k) => (p.marks[k] ? CLASS_COLOURS[p.marks[k] as Mark] : null));
  const trials = p.trials
    .map((t) => m.trial(t.organization, t.profession, t.hours, label(TRIAL_RESULT, t.result, input.locale)))
    .join("; ");
  const projects = p.projects
    .map(
      (x) =>
        `${x.title} (${[label(PROJECT_KIND, x.kind, input.locale), x.status ?? ""].filter(Boolean).join(", ")})`,
    )
    .join("; ");
  const last = [...p.consultations].sort((a, b) => b.date.localeCompare(a.date))[0];
  const flags = p.flags.map((f) => m.flags[f]).join("; ");
  return {
    cells: [
      guardText(p.code),
      guardText(p.label ?? ""),
      ...marks,
      p.events,
      p.eventHours,
      p.trialHours,
      p.hours,
      p.target ?? "",
      p.expected ?? "",
      guardText(flags),
      guardText(trials),
      guardText(projects),
      guardText(m.consultations(p.consultations.length, last ? formatLocalDate(last.date) : "")),
    ],
    fills: [
      null,
      null,
      ...markFills,
      null,
      null,
      null,
      hoursColour(p),
      null,
      null,
      flags ? CLASS_COLOURS.flag : null,
    ],
  };
}

function eventRows(input: ClassViewInput, cls: ClassSummary | undefined): Row[] {
  const m = classViewMessages(input.locale);
  const c = m.eventColumns;
  const rows: Row[] = [
    { cells: [] },
    { cells: [m.eventsTitle], bold: true },
    {
      cells: [c.id, c.date, c.hours, c.present, c.rate, c.title],
      bold: true,
      fills: Array(6).fill(CLASS_COLOURS.header),
    },
  ];
  for (const e of input.events) {
    const rate = cls?.events.find((r) => r.eventKey === identityKey(e.id ?? ""));
    rows.push({
      cells: [
        guardText(e.id ?? ""),
        formatLocalDate(e.date),
        e.hours,
        rate?.present ?? 0,
        percent(rate?.rate ?? null),
        guardText(`${e.title} (${label(COMPONENT, e.component, input.locale)})`),
      ],
    });
  }
  if (input.events.length === 0) rows.push({ cells: [m.noEvents] });
  return rows;
}

/**
 * The whole tab: the stamp; a headline (pupils, participation, mean hours against the target and the pace) and the
 * flag counts; the legend; one row per active pupil (sorted by code) with a column per event of the class (✓ ✗ У),
 * the hours, the flags, trials, projects and consultations; the rate row; then the class's events with their rates.
 * Pupils who left are named below, outside every figure. Its size depends on the class, not on Участие.
 */
export function classView(input: ClassViewInput): SheetContent {
  const m = classViewMessages(input.locale);
  const c = m.columns;
  const cls = input.summary.classes.find((x) => x.className === input.className);
  const inClass = input.summary.pupils.filter((p) => p.className === input.className);
  const active = inClass.filter((p) => p.active).sort((a, b) => a.code.localeCompare(b.code, "ru"));
  const left = inClass.filter((p) => !p.active).map((p) => p.code);
  const target = active.find((p) => p.target !== null);
  const eventKeys = input.events.map((e) => identityKey(e.id ?? ""));
  const eventHeads = input.events.map((e) => formatLocalDate(e.date).slice(0, 5));
  const header: Row = {
    cells: [
      c.code,
      c.label,
      ...eventHeads,
      c.events,
      c.eventHours,
      c.trialHours,
      c.hours,
      c.target,
      c.expected,
      c.flags,
      c.trials,
      c.projects,
      c.consultations,
    ],
    bold: true,
  };
  header.fills = header.cells.map(() => CLASS_COLOURS.header);
  const rows: Row[] = [
    { cells: [input.stamp] },
    {
      cells: [
        m.headline(
          input.className,
          active.length,
          cls?.rate ?? null,
          cls?.meanHours ?? null,
          target?.target ?? null,
          target?.expected ?? null,
        ),
      ],
      bold: true,
    },
    {
      cells: [
        m.counts(cls?.behind ?? 0, cls?.noParticipationThisQuarter ?? 0, cls?.noIndividualProject ?? 0),
      ],
    },
    { cells: [m.legend] },
    { cells: ["", "Id", ...input.events.map((e) => guardText(e.id ?? ""))] },
    header,
    ...active.map((p) => pupilRow(input, p, eventKeys)),
  ];
  if (active.length === 0) rows.push({ cells: [m.noPupils] });
  rows.push({
    cells: [
      m.rateRow,
      "",
      ...eventKeys.map((k) => percent(cls?.events.find((r) => r.eventKey === k)?.rate ?? null)),
    ],
    bold: true,
  });
  if (left.length > 0) rows.push({ cells: [m.left(left)] });
  rows.push(...eventRows(input, cls));

  // «коды»: a label or a note typed as a full name shows as initials (the detector test plants them everywhere).
  const codes = input.personalDataMode !== "names";
  const values = rectangular(
    rows.map((r) => (codes ? r.cells.map((x) => (typeof x === "string" ? redactFullNames(x) : x)) : r.cells)),
  );
  const width = values[0].length;
  const n = input.events.length;
  return {
    rows: values,
    backgrounds: rows.map((r) => Array.from({ length: width }, (_, i) => r.fills?.[i] ?? null)),
    bold: rows.map((r) => Array.from({ length: width }, () => r.bold === true)),
    frozenRows: CLASS_HEADER_ROW,
    columnWidths: [
      90,
      70,
      ...Array.from({ length: n }, () => 52),
      85,
      85,
      85,
      85,
      75,
      95,
      220,
      260,
      220,
      140,
      ...Array.from({ length: Math.max(0, width - n - 14) }, () => 0),
    ],
  };
}
