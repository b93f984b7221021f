// Fault-injection sweep: an operation is run cleanly once, then once per fault point k with the k-th service call
// throwing, then run again without faults; the workbook after the re-run must equal the clean run's (formats,
// validations, notes, protections, metadata and charts included, internal ids aside).
//
// Environment: FAULT_SWEEP_DIST=<dir> loads another build than dist/ (e.g. a snapshot, for a baseline);
// FAULT_SWEEP_REPORT=<file.json> writes every point of every sweep there (merged by operation name).

import { readFileSync, writeFileSync } from "node:fs";
import { createEmulator, type Emulator } from "../../emulator/index";
import { type CellModel, newWorkbook, type SheetModel, type WorkbookModel } from "../../emulator/model";

/** What Apps Script throws when Sheets does not answer in time (as the emulator's own tests word it; see `message`). */
export const TIMEOUT_FAULT =
  "Service Spreadsheets timed out while accessing document with id local-workbook.";

/** The instant every run of a sweep sees as «now» (a Friday of the 2nd quarter of 2026/2027, Moscow morning). */
export const SWEEP_NOW = new Date("2026-11-20T09:00:00Z");

/** Another dist/ to load (e.g. a snapshot of an earlier build, for a baseline); the repo's dist/ by default. */
const DIST_DIR = process.env.FAULT_SWEEP_DIST || undefined;

export interface SweepOptions {
  /** The operation's name in the summary. */
  name: string;
  /** A fresh workbook to run on; called once per run, so it must build or clone, never share. */
  prepare: () => WorkbookModel;
  /** The operation: one or more executions of the bundle; throws when it fails. */
  run: (emu: Emulator) => void;
  /** What the user does after a failure (default: `run` again). */
  rerun?: (emu: Emulator) => void;
  /** Try every `every`-th fault point, starting at 1 (default 1: all of them). */
  every?: number;
  /** Which fault points to try, given the point, its method and N; overrides `every`. */
  select?: (k: number, method: string, calls: number) => boolean;
  /** The fault's message (default TIMEOUT_FAULT). */
  message?: string;
  /** «Now» as the bundle sees it (default SWEEP_NOW). */
  now?: Date;
  /**
   * Re-run in a fresh emulator over the faulted workbook (fresh bundle globals, as every Apps Script execution has)
   * instead of the faulted one with its faults cleared (the default: ~25 % faster; the bundle's module-level state
   * is memoisation only, and the active sheet stays where the faulted run left it, as on Google).
   */
  freshRerun?: boolean;
}

/**
 * For operations too long to sweep in full: the calls that put values into the workbook or grow a grid (each leaves
 * a distinct partial state behind when it fails), the last three calls (everything written, then a failure), and
 * every `stride`-th call besides. Sheet creation, formats and rules are left to the stride (the setup sweeps try
 * them all).
 */
export function valueWritesAndStride(stride: number) {
  const writes = /^(Range\.setValues?|Sheet\.insert(Rows|Columns)\w*|Properties\.setProperty)$/;
  return (k: number, method: string, calls: number): boolean =>
    writes.test(method) || k > calls - 3 || k % stride === 1;
}

/** What one fault point did. */
export interface FaultPoint {
  /** The 1-based service call that threw. */
  k: number;
  /** Its method ("Range.setValues"). */
  method: string;
  /** The faulted run's error, or null when the operation swallowed the fault and finished. */
  error: string | null;
  /** The re-run's error, or null when it finished. */
  rerunError: string | null;
  /** null when the re-run's workbook equals the clean one. */
  difference: Difference | null;
}

/** The first difference between the clean workbook and the one after fault + re-run, and how many there are. */
export interface Difference {
  /** Where: "«Ученики»!B2", "«Ученики»", "workbook". */
  where: string;
  /** What: "validation", "v", "frozenRows", "columnWidths[3]", "sheets", … */
  property: string;
  clean: string;
  faulted: string;
  /** Differences found in all (cells, sheet and workbook properties), capped at DIFF_CAP. */
  count: number;
  text: string;
}

export interface SweepSummary {
  operation: string;
  /** Service calls of the clean run. */
  calls: number;
  /** Fault points tried. */
  tried: number;
  outcomes: { threwThenConverged: number; noErrorConverged: number; diverged: number };
  /** Converged points whose re-run threw (e.g. refused as a duplicate): equal workbooks, but the user saw an error. */
  convergedRerunThrew: number;
  /** The diverged points, in order. */
  divergedPoints: FaultPoint[];
  /** Diverged points grouped by "<method> → <property>" (how many, and the first point). */
  kinds: { kind: string; points: number; first: number; example: string }[];
  /** The faulted runs' errors as the user got them (`<name>: <message>`), by fault point, one per point that threw. */
  errors: { k: number; error: string }[];
  /** The clean run's error (null normally: a sweep of an operation that fails cleanly is meaningless). */
  cleanError: string | null;
  /** Wall time of the whole sweep, ms. */
  ms: number;
  /** CPU time of this process during the sweep, ms (wall time varies with the machine's load). */
  cpuMs: number;
}

/**
 * (a) Runs the operation on prepare() and records the normalized workbook and N, the service calls of the run;
 * (b) for each selected k in 1..N: a fresh emulator over prepare(), the k-th call throws, then the faults are
 * cleared and `rerun ?? run` runs again (another execution; see `freshRerun`); the workbook is compared with the
 * clean one. The k-th call of a faulted run is checked to be the clean run's k-th (the runs are deterministic).
 */
export function sweep(opts: SweepOptions): SweepSummary {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const message = opts.message ?? TIMEOUT_FAULT;
  const now = opts.now ?? SWEEP_NOW;
  const rerun = opts.rerun ?? opts.run;

  const clean = openAt(opts.prepare(), now);
  const methods = logCalls(clean);
  clean.calls.reset();
  methods.length = 0;
  const cleanError = attempt(() => opts.run(clean));
  const calls = clean.calls.totalCalls;

  const select = opts.select ?? ((k: number) => (k - 1) % (opts.every ?? 1) === 0);
  const points: FaultPoint[] = [];
  for (let k = 1; k <= calls; k++) {
    const method = methods[k - 1];
    if (!select(k, method, calls)) continue;
    const emu = openAt(opts.prepare(), now);
    const log = logCalls(emu);
    emu.calls.reset();
    log.length = 0;
    emu.failAt({ nth: k, message });
    const error = attempt(() => opts.run(emu));
    if (log[k - 1] !== method)
      throw new Error(`${opts.name}: call ${k} was ${method} in the clean run but ${log[k - 1]} here`);
    let again = emu;
    if (opts.freshRerun) again = openAt(emu.workbook, now);
    else emu.calls.reset();
    const rerunError = attempt(() => rerun(again));
    const difference = compareWorkbooks(clean.workbook, again.workbook);
    points.push({ k, method, error, rerunError, difference });
  }

  const diverged = points.filter((p) => p.difference);
  const kinds = new Map<string, { kind: string; points: number; first: number; example: string }>();
  for (const p of diverged) {
    const kind = `${p.method} → ${p.difference!.property}${p.rerunError ? " (re-run threw)" : ""}`;
    const entry = kinds.get(kind) ?? { kind, points: 0, first: p.k, example: describe(p) };
    entry.points++;
    kinds.set(kind, entry);
  }
  const summary: SweepSummary = {
    operation: opts.name,
    calls,
    tried: points.length,
    outcomes: {
      threwThenConverged: points.filter((p) => !p.difference && p.error !== null).length,
      noErrorConverged: points.filter((p) => !p.difference && p.error === null).length,
      diverged: diverged.length,
    },
    convergedRerunThrew: points.filter((p) => !p.difference && p.rerunError !== null).length,
    divergedPoints: diverged,
    kinds: [...kinds.values()],
    errors: points.flatMap((p) => (p.error === null ? [] : [{ k: p.k, error: p.error }])),
    cleanError,
    ms: Date.now() - started,
    cpuMs: cpuSince(cpu),
  };
  if (process.env.FAULT_SWEEP_REPORT) appendReport(process.env.FAULT_SWEEP_REPORT, summary, points);
  return summary;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
}

/** One line per diverged point: "k=12 Range.setValues: <first difference> [re-run: <error>]". */
export function describe(p: FaultPoint): string {
  const rerun = p.rerunError ? ` [re-run threw: ${short(p.rerunError, 120)}]` : "";
  return `k=${p.k} ${p.method}: ${p.difference?.text ?? "converged"}${rerun}`;
}

/** The summary as a few lines for the test log. */
export function formatSummary(s: SweepSummary): string {
  const o = s.outcomes;
  const lines = [
    `${s.operation}: N=${s.calls} calls, ${s.tried} fault points tried, ${(s.ms / 1000).toFixed(1)} s ` +
      `(CPU ${(s.cpuMs / 1000).toFixed(1)} s) — ` +
      `threw→converged ${o.threwThenConverged}, no error→converged ${o.noErrorConverged}, diverged ${o.diverged}` +
      (s.convergedRerunThrew ? ` (converged with the re-run throwing: ${s.convergedRerunThrew})` : ""),
  ];
  if (s.cleanError) lines.push(`  clean run threw: ${s.cleanError}`);
  for (const k of s.kinds) lines.push(`  ${k.points} × ${k.kind}; first: ${k.example}`);
  return lines.join("\n");
}

function appendReport(path: string, summary: SweepSummary, points: FaultPoint[]): void {
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(path, "utf8"));
  } catch (_e) {
    all = {};
  }
  all[summary.operation] = { ...summary, points };
  writeFileSync(path, JSON.stringify(all, null, 2));
}

/**
 * A copy of a workbook for prepare(), much faster than cloneWorkbook on a filled school: cells are copied one by one,
 * but their rules and Dates are shared (the emulator replaces them, never changes them in place).
 */
export function copyWorkbook(wb: WorkbookModel): WorkbookModel {
  return {
    ...wb,
    metadata: structuredClone(wb.metadata),
    documentProperties: { ...wb.documentProperties },
    sheets: wb.sheets.map((s) => ({
      ...s,
      cells: s.cells.map((row) => (row ? Array.from(row, (c) => (c ? { ...c } : c)) : row)),
      columnWidths: { ...s.columnWidths },
      // The list changes in place; its blocks and rules are values.
      ...(s.validations ? { validations: [...s.validations] } : {}),
      protections: structuredClone(s.protections),
      metadata: structuredClone(s.metadata),
      charts: structuredClone(s.charts),
    })),
  };
}

/** An emulator over `workbook` whose bundle sees `now` as the current instant. */
export function openAt(workbook: WorkbookModel, now: Date = SWEEP_NOW): Emulator {
  const emu = createEmulator({ workbook, now: () => new Date(now.getTime()), distDir: DIST_DIR });
  fixClock(emu, now);
  return emu;
}

/**
 * The emulator's `now` option reaches Logger only: the bundle calls `new Date()` of its own realm. This replaces the
 * realm's Date by one whose argument-less form and Date.now() give `now`; Dates made either way share Date.prototype,
 * so `instanceof Date` holds for all of them.
 */
function fixClock(emu: Emulator, now: Date): void {
  emu.evaluate(`(() => {
    const RealDate = Date;
    const t = ${now.getTime()};
    function FixedDate(...args) {
      if (!new.target) return new RealDate(t).toString();
      return Reflect.construct(RealDate, args.length ? args : [t], new.target);
    }
    Object.setPrototypeOf(FixedDate, RealDate);
    FixedDate.prototype = RealDate.prototype;
    FixedDate.now = () => t;
    globalThis.Date = FixedDate;
  })()`);
}

/** Records the method of every service call (before it may throw), in order. */
function logCalls(emu: Emulator): string[] {
  const log: string[] = [];
  const counter = emu.calls;
  const hit = counter.hit.bind(counter);
  counter.hit = (method: string) => {
    log.push(method);
    hit(method);
  };
  return log;
}

function attempt(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    const err = e as { name?: string; message?: string };
    return `${err?.name ?? "Error"}: ${err?.message ?? String(e)}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison of what a person sees, without internal ids: sheet names and order, each sheet's properties (frozen
// rows and columns, grid size, column widths, tab colour, hidden, protections, developer metadata, charts), every
// cell's value, formula, number format, font, colours, alignment, wrap, note and validation, and the workbook's
// metadata and document properties. Ids (sheets, metadata, protections, charts, nextId) are left out: a faulted
// run may use them differently. An empty cell with no other field equals a missing one. Cells are compared in
// place (≈80,000 of them after setup), rules by a cached serialisation (each rule object is shared by many cells).

type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

/** A JSON-able copy: Dates as { date: ms }, undefined fields dropped, object keys sorted. */
function plain(v: unknown): Plain {
  if (v === undefined || v === null) return null;
  if (isDate(v)) return { date: v.getTime() };
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === "object") {
    const out: Record<string, Plain> = {};
    for (const k of Object.keys(v as object).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = plain(x);
    }
    return out;
  }
  return v as Plain;
}

/** Serialisations of objects met in cells (rules), each made once. */
const objectKeys = new WeakMap<object, string>();

function objectKey(x: object): string {
  let k = objectKeys.get(x);
  if (k === undefined) {
    k = JSON.stringify(plain(x));
    objectKeys.set(x, k);
  }
  return k;
}

/** Pairs of objects found equal: a rule of one run against the same rule of another, met once per cell. */
const equalTo = new WeakMap<object, object>();

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (equalTo.get(x) === y) return true;
  if (isDate(x) || isDate(y)) return isDate(x) && isDate(y) && x.getTime() === y.getTime();
  if (objectKey(x) !== objectKey(y)) return false;
  equalTo.set(x, y);
  return true;
}

/** A field that does not count: undefined, or an empty value or note. */
const blankField = (k: string, x: unknown) => x === undefined || ((k === "v" || k === "note") && x === "");

/** Cells equal field by field (a missing cell and an empty one are equal). */
function sameCell(a: CellModel | undefined, b: CellModel | undefined): boolean {
  if (a === b) return true;
  const ra = a as unknown as Record<string, unknown> | undefined;
  const rb = b as unknown as Record<string, unknown> | undefined;
  let n = 0;
  if (ra)
    for (const k in ra) {
      const x = ra[k];
      if (blankField(k, x)) continue;
      if (!rb || !sameValue(x, rb[k])) return false;
      n++;
    }
  if (rb)
    for (const k in rb) {
      if (!blankField(k, rb[k])) n--;
    }
  return n === 0;
}

/** A cell's fields that count, as plain data; null for an empty cell. */
function cellFields(cell: CellModel | undefined): Record<string, Plain> | null {
  if (!cell) return null;
  const out = plain(cell) as Record<string, Plain>;
  for (const k of Object.keys(out)) if (blankField(k, out[k])) delete out[k];
  return Object.keys(out).length === 0 ? null : out;
}

/** Drops `id` fields; keeps everything else in order. */
function withoutId<T extends { id: number }>(items: readonly T[]): Plain[] {
  return items.map(({ id: _id, ...rest }) => plain(rest));
}

/** A sheet's properties to compare (its cells aside). */
export function sheetProps(s: SheetModel): Record<string, Plain> {
  return {
    hidden: s.hidden,
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenColumns,
    tabColor: s.tabColor,
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    columnWidths: plain(s.columnWidths),
    protections: withoutId(s.protections),
    metadata: withoutId(s.metadata),
    charts: withoutId(s.charts),
    validations: validationRuns(s),
  };
}

/**
 * A sheet's validations as runs down each column ([column, first row, last row, rule]), joined where the rule is
 * the same: equal for equal rules cell by cell, however the blocks were cut.
 */
function validationRuns(s: SheetModel): Plain {
  const runs: [number, number, number, string][] = [];
  for (const v of s.validations ?? []) {
    const rule = JSON.stringify(plain(v.rule));
    for (let c = v.c0; c <= v.c1; c++) runs.push([c, v.r0, v.r1, rule]);
  }
  runs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number, number, string][] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last[0] === run[0] && last[2] + 1 === run[1] && last[3] === run[3]) last[2] = run[2];
    else out.push([...run]);
  }
  return out;
}

/** The workbook's properties to compare (its sheets aside). */
export function workbookProps(wb: WorkbookModel): Record<string, Plain> {
  return {
    name: wb.name,
    timeZone: wb.timeZone,
    locale: wb.locale,
    metadata: withoutId(wb.metadata),
    documentProperties: plain(wb.documentProperties),
  };
}

const DIFF_CAP = 100_000;

function short(s: string, max = 90): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function show(v: Plain | undefined): string {
  if (v === undefined || v === null) return "—";
  if (typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 1 && "date" in v)
    return new Date(v.date as number).toISOString();
  return short(JSON.stringify(v));
}

function same(a: Plain | undefined, b: Plain | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function columnName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The first difference (clean → faulted) and how many there are, or null when the workbooks are equal. */
export function compareWorkbooks(clean: WorkbookModel, faulted: WorkbookModel): Difference | null {
  let first: Omit<Difference, "count" | "text"> | null = null;
  let count = 0;
  const note = (where: string, property: string, a: Plain | undefined, b: Plain | undefined) => {
    count++;
    first ??= { where, property, clean: show(a), faulted: show(b) };
  };
  const props = (where: string, a: Record<string, Plain>, b: Record<string, Plain>) => {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (same(a[k], b[k])) continue;
      const x = a[k];
      const y = b[k];
      if (
        x &&
        y &&
        typeof x === "object" &&
        typeof y === "object" &&
        !Array.isArray(x) &&
        !Array.isArray(y)
      ) {
        for (const j of new Set([...Object.keys(x), ...Object.keys(y)]))
          if (!same(x[j], y[j])) note(where, `${k}[${j}]`, x[j], y[j]);
      } else note(where, k, x, y);
    }
  };

  props("workbook", workbookProps(clean), workbookProps(faulted));
  const names = (w: WorkbookModel) => w.sheets.map((s) => s.name);
  if (!same(names(clean), names(faulted))) note("workbook", "sheets", names(clean), names(faulted));
  for (const a of clean.sheets) {
    const b = faulted.sheets.find((s) => s.name === a.name);
    if (!b) continue;
    const where = `«${a.name}»`;
    props(where, sheetProps(a), sheetProps(b));
    const rows = Math.max(a.cells.length, b.cells.length);
    for (let r = 0; r < rows && count < DIFF_CAP; r++) {
      const ra = a.cells[r];
      const rb = b.cells[r];
      const width = Math.max(ra?.length ?? 0, rb?.length ?? 0);
      for (let c = 0; c < width; c++) {
        if (sameCell(ra?.[c], rb?.[c])) continue;
        if (first) {
          count++;
          continue;
        }
        const ca = cellFields(ra?.[c]);
        const cb = cellFields(rb?.[c]);
        const keys = new Set([...Object.keys(ca ?? {}), ...Object.keys(cb ?? {})]);
        const differing = [...keys].filter((k) => !same(ca?.[k], cb?.[k])).sort();
        note(
          `${where}!${columnName(c)}${r + 1}`,
          differing.join("+"),
          ca?.[differing[0]],
          cb?.[differing[0]],
        );
      }
    }
  }
  if (!first) return null;
  const f = first as Omit<Difference, "count" | "text">;
  const more = count > 1 ? ` (+${count - 1} more)` : "";
  return { ...f, count, text: `${f.where} ${f.property}: clean ${f.clean}, got ${f.faulted}${more}` };
}

/**
 * True when a message reached the user in Russian: it has Cyrillic words, and no sentence of Google's English
 * (the injected fault's text, «Exception: …», «Service … timed out», «Lock timeout») is in it.
 */
export function isRussianMessage(text: string, fault: string = TIMEOUT_FAULT): boolean {
  const message = text.replace(/^[A-Za-z]*Error: /, "");
  if (!/[А-Яа-яЁё]{3,}/.test(message)) return false;
  if (message.includes(fault)) return false;
  if (
    /(Exception:|Service \w+ (timed out|failed|invoked)|Lock timeout|timed out|is not defined|Cannot read)/.test(
      message,
    )
  )
    return false;
  // No English sentence either (a validator's «Invalid input: expected string»): three Latin words in a row.
  return !/[A-Za-z]+[\s,:;]+[A-Za-z]+[\s,:;]+[A-Za-z]+/.test(message);
}

/**
 * Runs a server function as a sidebar or dialog does; a failure (thrown, or answered `ok: false`) throws its message
 * as the user would read it.
 */
/** A planned event for 8А (a saveEvent draft) the sweeps and the write-safety tests save in the demo school. */
export const eventDraft = (title = "Встреча с агрономом", classes = "8А") => ({
  date: "2026-12-03",
  title,
  format: "universityMeeting",
  component: "enlightenment",
  classes,
  hours: 2,
  professions: ["Агроном"],
  status: "planned",
});

export function client(emu: Emulator, name: string, ...args: unknown[]): unknown {
  const r = emu.runFromClient(name, args);
  if (!r.ok) throw new Error(r.error.message);
  const value = r.value as { ok?: boolean; message?: string } | null;
  if (value && value.ok === false) throw new Error(String(value.message));
  return r.value;
}

let demoSchool: WorkbookModel | undefined;
/** The demo school of 2026/2027 (set up and filled through the bundle once, at the sweep's clock), copied. */
export function demo(): WorkbookModel {
  if (!demoSchool) {
    const emu = openAt(newWorkbook());
    emu.call("setupWorkbook");
    emu.call("fillDemoData");
    demoSchool = emu.workbook;
  }
  return copyWorkbook(demoSchool);
}
