// The «Итоги — оборудование» tab as data: headline figures, subjects and rooms with their charts, professions, lists.

import type { EquipmentAnalysis, ItemRef } from "../domain/equipment";
import { type EquipmentMessages, equipmentMessages } from "../i18n/equipment";
import type { Locale } from "../i18n/format";
import { guardText } from "./codec";
import { COMPONENT, EQUIPMENT_CONDITION, RESOURCE_KIND } from "./enums";
import { type BuiltRow, CHART_ROWS, SheetBuilder, type SheetContent } from "./sheet-content";
import type { Enumeration } from "./spec-types";

/** The developer-metadata kind of the «Итоги — оборудование» tab. */
export const EQUIPMENT_REPORT_KIND = "equipment-summary";

/** Fills of the report. */
export const EQUIPMENT_COLOURS = {
  header: "#e8eaed",
  yes: "#b7e1cd",
  no: "#f4c7c3",
  repair: "#fce8b2",
  empty: "#efefef",
  warning: "#fce8b2",
} as const;

/** Series colours of the rooms chart: working green, needs repair amber, broken red. */
export const CONDITION_COLOURS = { ok: "#34a853", needsRepair: "#fbbc04", broken: "#ea4335" } as const;

/** A chart's height in rows (Sheets' default); a section with a chart beside it is at least this tall. */
export { CHART_ROWS };
/** Charts stand right of the subject and room tables (columns A–E). */
export const CHART_COLUMN = 6;
/** Column widths: the tables put numbers in B–D and long text in E–G, whose last column may spill to the right. */
const WIDTHS = [260, 100, 90, 90, 200, 260, 260];

export interface EquipmentReportInput {
  analysis: EquipmentAnalysis;
  /** Rows of Оборудование left out because of errors. */
  skipped: number;
  stamp: string;
  locale: Locale;
}

const text = (s: string) => guardText(s);
const label = <C extends string>(e: Enumeration<C>, code: C, locale: Locale) =>
  e.options.find((o) => o.code === code)?.label[locale] ?? code;
const headerRow = (cells: string[]): BuiltRow => ({
  cells,
  bold: true,
  fills: cells.map(() => EQUIPMENT_COLOURS.header),
});
const title = (t: string): BuiltRow[] => [{ cells: [] }, { cells: [t], bold: true }];

type Builder = SheetBuilder;

function totals(b: Builder, m: EquipmentMessages["report"], input: EquipmentReportInput): void {
  const t = input.analysis.totals;
  b.push(
    { cells: [m.totals], bold: true },
    headerRow([m.totalsColumns.figure, m.totalsColumns.value]),
    { cells: [m.items, t.items] },
    { cells: [m.working, t.working] },
    { cells: [m.professions, t.professions] },
    { cells: [m.canTry, t.canTry] },
    { cells: [m.percent, t.percent], bold: true },
  );
  if (input.skipped > 0) b.push({ cells: [m.skipped(input.skipped)], fills: [EQUIPMENT_COLOURS.warning] });
}

function subjects(b: Builder, m: EquipmentMessages["report"], a: EquipmentAnalysis): void {
  b.push(...title(m.subjects));
  const start = b.next;
  const c = m.subjectsColumns;
  b.push(headerRow([c.subject, c.percent, c.covered, c.professions, c.items]));
  for (const s of a.subjects)
    b.push({
      cells: [text(s.subject), s.percent, s.covered, s.professions, s.items],
      fills: [null, s.professions > 0 && s.covered === 0 ? EQUIPMENT_COLOURS.no : null],
    });
  if (a.subjects.length === 0) b.push({ cells: [m.noSubjects] });
  else
    b.charts.push({
      type: "BAR",
      title: m.chartSubjects,
      range: { row: start, column: 1, numRows: a.subjects.length + 1, numColumns: 2 },
      anchor: { row: start - 1, column: CHART_COLUMN },
    });
  b.padFrom(start - 1);
  const missing = a.subjects.filter((s) => s.notCovered.length > 0);
  b.push(...title(m.notCovered), headerRow([c.subject, c.notCovered]));
  for (const s of missing) b.push({ cells: [text(s.subject), text(s.notCovered.join(", "))] });
  if (missing.length === 0) b.push({ cells: [m.allCovered] });
}

function rooms(b: Builder, m: EquipmentMessages["report"], a: EquipmentAnalysis, locale: Locale): void {
  b.push(...title(m.rooms));
  const start = b.next;
  const conditions = EQUIPMENT_CONDITION.options.map((o) => o.code);
  const c = m.roomsColumns;
  b.push(headerRow([c.room, ...conditions.map((k) => label(EQUIPMENT_CONDITION, k, locale)), c.total]));
  for (const r of a.rooms)
    b.push({
      cells: [text(r.room), ...conditions.map((k) => r.byCondition[k]), r.items],
      fills: [r.spellings.length > 0 ? EQUIPMENT_COLOURS.warning : null],
    });
  if (a.rooms.length === 0) b.push({ cells: [m.noEquipment] });
  else
    b.charts.push({
      type: "BAR",
      title: m.chartRooms,
      range: { row: start, column: 1, numRows: a.rooms.length + 1, numColumns: 1 + conditions.length },
      anchor: { row: start - 1, column: CHART_COLUMN },
      stacked: true,
      colors: [CONDITION_COLOURS.ok, CONDITION_COLOURS.needsRepair, CONDITION_COLOURS.broken],
    });
  b.padFrom(start - 1);
  const twoWays = a.rooms.filter((r) => r.spellings.length > 0);
  b.push(...title(m.spellings), headerRow([c.room, c.spellings]));
  for (const r of twoWays)
    b.push({ cells: [text(r.room), text(r.spellings.join(", "))], fills: [EQUIPMENT_COLOURS.warning] });
  if (twoWays.length === 0) b.push({ cells: [m.noSpellings] });
}

const itemList = (m: EquipmentMessages["report"], items: readonly ItemRef[]) =>
  text(items.map((i) => m.itemLine(i.room, i.name, i.quantity)).join("; "));

function professions(b: Builder, m: EquipmentMessages["report"], a: EquipmentAnalysis): void {
  b.push(...title(m.professionsTitle));
  const c = m.professionsColumns;
  b.push(headerRow([c.profession, c.canTry, c.quantity, c.introductions, c.subjects, c.items, c.notWorking]));
  for (const p of a.professions)
    b.push({
      cells: [
        text(p.profession),
        p.canTry ? m.yes : m.no,
        p.quantity,
        p.introductions,
        text(p.subjects.join(", ")),
        itemList(m, p.items),
        itemList(m, p.notWorking),
      ],
      fills: [null, p.canTry ? EQUIPMENT_COLOURS.yes : EQUIPMENT_COLOURS.no],
    });
  if (a.professions.length === 0) b.push({ cells: [m.noProfessions] });
  // Names the thesaurus lacks stay visible here too, marked, after the thesaurus' own.
  for (const u of a.unknownProfessions)
    b.push({
      cells: [text(u.name), m.no, "", "", m.unknownMark, "", itemList(m, u.items)],
      fills: [EQUIPMENT_COLOURS.warning, EQUIPMENT_COLOURS.no, null, null, EQUIPMENT_COLOURS.warning],
    });
}

function unknown(b: Builder, m: EquipmentMessages["report"], a: EquipmentAnalysis): void {
  b.push(...title(m.unknown), headerRow([m.unknownColumns.name, m.unknownColumns.items]));
  for (const u of a.unknownProfessions)
    b.push({
      cells: [text(u.name), text(u.items.map((i) => m.unknownItem(i.room, i.name, i.row)).join("; "))],
      fills: [EQUIPMENT_COLOURS.warning],
    });
  if (a.unknownProfessions.length === 0) b.push({ cells: [m.noUnknown] });
}

function unsupported(b: Builder, m: EquipmentMessages["report"], a: EquipmentAnalysis): void {
  const c = m.unsupportedColumns;
  b.push(...title(m.unsupported), headerRow([c.profession, c.subject, c.grade, c.quarter]));
  for (const u of a.unsupportedIntroductions)
    b.push({ cells: [text(u.profession), text(u.subject), u.grade, u.quarter] });
  if (a.unsupportedIntroductions.length === 0) b.push({ cells: [m.noUnsupported] });
}

function repairs(b: Builder, m: EquipmentMessages["report"], a: EquipmentAnalysis, locale: Locale): void {
  const c = m.repairsColumns;
  const condition = (r: ItemRef) => label(EQUIPMENT_CONDITION, r.condition, locale);
  b.push(
    ...title(m.repairs),
    headerRow([c.name, c.condition, c.quantity, c.row, c.room, c.professions, c.note]),
  );
  for (const r of a.repairs)
    b.push({
      cells: [
        text(r.name),
        condition(r),
        r.quantity ?? "",
        r.row,
        text(r.room),
        text(r.professions.join(", ")),
        text(r.note ?? ""),
      ],
      fills: [null, r.condition === "broken" ? EQUIPMENT_COLOURS.no : EQUIPMENT_COLOURS.repair],
    });
  if (a.repairs.length === 0) b.push({ cells: [m.noRepairs] });

  const u = m.unlinkedColumns;
  b.push(...title(m.unlinked), headerRow([u.name, u.condition, u.quantity, u.row, u.room]));
  for (const r of a.unlinked)
    b.push({ cells: [text(r.name), condition(r), r.quantity ?? "", r.row, text(r.room)] });
  if (a.unlinked.length === 0) b.push({ cells: [m.noUnlinked] });
}

function resources(b: Builder, m: EquipmentMessages["report"], a: EquipmentAnalysis, locale: Locale): void {
  const r = a.resources;
  b.push(...title(m.kinds), headerRow([m.kindsColumns.kind, m.kindsColumns.count]));
  for (const k of r.byKind) b.push({ cells: [label(RESOURCE_KIND, k.kind, locale), k.count] });

  // Components down, bands across: band names are short, component names long.
  b.push(...title(m.matrix));
  if (r.bands.length === 0) b.push({ cells: [m.noBands] });
  else {
    b.push(headerRow([m.matrixComponent, ...r.bands.map(text)]));
    r.components.forEach((component, j) => {
      const counts = r.bands.map((_, i) => r.matrix[i][j]);
      b.push({
        cells: [
          component === "" ? m.noComponent : label(COMPONENT, component, locale),
          ...counts.map((n) => (n === 0 ? m.emptyCell : n)),
        ],
        fills: [null, ...counts.map((n) => (n === 0 ? EQUIPMENT_COLOURS.empty : null))],
      });
    });
  }

  const p = m.platformsColumns;
  b.push(...title(m.platforms), headerRow([p.subject, p.platforms]));
  for (const s of r.platformsBySubject)
    b.push({
      cells: [text(s.subject), s.platforms.length ? text(s.platforms.join(", ")) : m.none],
      fills: [null, s.platforms.length ? null : EQUIPMENT_COLOURS.empty],
    });
  b.push({
    cells: [m.allSubjects, r.generalPlatforms.length ? text(r.generalPlatforms.join(", ")) : m.none],
  });
}

/**
 * The whole tab: the stamp and heading; the headline figures; per subject the share of its thesaurus professions
 * covered by working equipment (a BAR chart beside); per room the items by condition (a stacked BAR chart beside);
 * per profession what lets pupils try it, with the names the thesaurus lacks marked; those names with their items;
 * plan introductions without working equipment; items to repair; items linked to no profession; resources by kind,
 * by band × component and the platforms per subject. Its size grows with rooms, subjects and listed items, its
 * calls do not.
 */
export function equipmentReport(input: EquipmentReportInput): SheetContent {
  const m = equipmentMessages(input.locale).report;
  const { analysis: a, locale } = input;
  const b = new SheetBuilder();
  b.push({ cells: [input.stamp] }, { cells: [m.heading] }, { cells: [] });
  totals(b, m, input);
  subjects(b, m, a);
  rooms(b, m, a, locale);
  professions(b, m, a);
  unknown(b, m, a);
  unsupported(b, m, a);
  repairs(b, m, a, locale);
  resources(b, m, a, locale);

  return b.content(WIDTHS, 1);
}
