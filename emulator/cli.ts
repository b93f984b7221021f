// The local CLI: `npm run local -- init|run …` — the built bundle in the emulator over an .xlsx workbook.

import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createEmulator, type Emulator, type FormAnswer, openEmulator } from "./index";
import { dropBlankStarterSheet, newWorkbook } from "./model";
import { emulatorReport } from "./report/workbook";
import { findQuestionnaireForm } from "./services/form-submit";

const USAGE = `ПрофТрек — local mode
  npm run local -- init [--demo] --out FILE
      a new workbook: the add-on's setup, and the demo school with --demo
  npm run local -- run <globalFunction> --workbook FILE [--args JSON]
      call a global of dist/Code.js over FILE, save FILE, print what the add-on showed and its service calls
  npm run local -- submit --workbook FILE --form ID --answers JSON
      answer the form of questionnaire ID (or a form id) as Google would: JSON is an object of question title →
      answer (an array for checkboxes), or an array of them for several responses; prints each scored result
  npm run local -- report --workbook FILE --out report.html
      refresh the summaries (refreshSummaries, or the plan and equipment ones) without saving FILE, and write every
      «Итоги — …» tab with its charts into one self-contained HTML page, printable on A4`;

export class CliError extends Error {}

interface Parsed {
  command: string;
  positional: string[];
  flags: Record<string, string | true>;
}

export function parseArgv(argv: string[]): Parsed {
  const [command = "", ...rest] = argv;
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith("--")) {
      const key = a.slice(2);
      const next = rest[i + 1];
      if (next !== undefined && !next.startsWith("--") && key !== "demo") {
        flags[key] = next;
        i++;
      } else flags[key] = true;
    } else positional.push(a);
  }
  return { command, positional, flags };
}

function flag(p: Parsed, name: string): string {
  const v = p.flags[name];
  if (typeof v !== "string") throw new CliError(`missing --${name} FILE\n\n${USAGE}`);
  return v;
}

/** What the add-on showed during the call, for a person reading the terminal. */
export function describeOutcome(
  emu: Emulator,
  from: { toasts: number; alerts: number; shown: number },
): string[] {
  const lines: string[] = [];
  for (const t of emu.ui.toasts.slice(from.toasts))
    lines.push(`toast: ${t.title ? `${t.title}: ` : ""}${t.message}`);
  for (const a of emu.ui.alerts.slice(from.alerts))
    lines.push(`alert: ${a.title ? `${a.title}: ` : ""}${a.prompt} → ${a.answer}`);
  for (const s of emu.ui.shown.slice(from.shown)) lines.push(`${s.kind}: ${s.title}`);
  return lines;
}

function printMenu(emu: Emulator): void {
  for (const menu of emu.ui.menus) {
    console.log(`menu «${menu.caption}»${menu.addon ? " (add-on)" : ""}`);
    const walk = (items: typeof menu.items, indent: string) => {
      for (const item of items) {
        if (item.submenu) {
          console.log(`${indent}▸ ${item.caption}`);
          walk(item.submenu.items, `${indent}  `);
        } else if (item.functionName === null) console.log(`${indent}────────`);
        else console.log(`${indent}• ${item.caption}  → ${item.functionName}()`);
      }
    };
    walk(menu.items, "  ");
  }
}

async function init(p: Parsed): Promise<void> {
  const out = resolve(flag(p, "out"));
  if (existsSync(out)) throw new CliError(`${out} already exists; choose another --out`);
  const emu = createEmulator({ workbook: newWorkbook() });
  if (emu.globals.includes("setupWorkbook")) emu.call("setupWorkbook");
  if (p.flags.demo) {
    if (!emu.globals.includes("fillDemoData")) throw new CliError("this build has no fillDemoData");
    emu.call("fillDemoData");
  }
  dropBlankStarterSheet(emu.workbook);
  await emu.save(out);
  console.log(`created ${out}: ${emu.workbook.sheets.map((s) => s.name).join(", ")}`);
}

async function run(p: Parsed): Promise<void> {
  const fn = p.positional[0];
  if (!fn) throw new CliError(`run needs a function name\n\n${USAGE}`);
  const path = resolve(flag(p, "workbook"));
  if (!existsSync(path))
    throw new CliError(
      `no workbook at ${path} (create one with: npm run local -- init --out ${p.flags.workbook})`,
    );
  let args: unknown[] = [];
  if (typeof p.flags.args === "string") {
    try {
      const parsed = JSON.parse(p.flags.args);
      args = Array.isArray(parsed) ? parsed : [parsed];
    } catch (e) {
      throw new CliError(`--args is not valid JSON: ${(e as Error).message}`);
    }
  }
  const emu = await openEmulator(path);
  if (!emu.globals.includes(fn)) {
    throw new CliError(
      `Script function not found: ${fn}\nglobals of dist/Code.js: ${emu.globals.join(", ")}`,
    );
  }
  emu.calls.reset();
  const from = { toasts: emu.ui.toasts.length, alerts: emu.ui.alerts.length, shown: emu.ui.shown.length };
  const started = Date.now();
  const result = emu.call(fn, ...args);
  const ms = Date.now() - started;
  if (fn === "onOpen" || fn === "onInstall") printMenu(emu);
  for (const line of describeOutcome(emu, from)) console.log(line);
  if (result !== undefined) console.log(`result: ${JSON.stringify(result, null, 2)}`);
  await emu.save(path);
  const snapshot = emu.calls.snapshot();
  console.log(
    `service calls: ${emu.calls.totalCalls} (${
      Object.entries(snapshot)
        .map(([k, v]) => `${k}×${v}`)
        .join(", ") || "none"
    }) in ${ms} ms`,
  );
}

/** The form of a questionnaire (the latest made for it), or a form id. */
export function formOfQuestionnaire(emu: Emulator, id: string): string {
  const form = findQuestionnaireForm(emu.workbook, id);
  if (!form)
    throw new CliError(
      `no form for questionnaire ${id}: make it first with npm run local -- run createQuestionnaireForm --workbook FILE --args '"${id}"'`,
    );
  return form.id;
}

/** A trigger's outcome in a line or three: who, the points per scale, the dominant scale(s), the bands. */
export function describeScored(result: unknown): string {
  const r = result as {
    status?: string;
    reason?: string;
    id?: string;
    code?: string;
    unknownCode?: boolean;
    row?: {
      className?: string;
      scored?: {
        scores: { scale: string; score: number; band?: { interpretation: string } }[];
        dominant: string[];
        unanswered: number;
      };
    };
  } | null;
  if (r?.status !== "scored" || !r.row?.scored) return `trigger: ${JSON.stringify(result)}`;
  const s = r.row.scored;
  const lead = s.scores.filter((x) => s.dominant.includes(x.scale) && x.band);
  return [
    `scored ${r.id}: ${r.code} (${r.row.className ?? ""})${r.unknownCode ? " — код не найден" : ""}`,
    `  scores: ${s.scores.map((x) => `${x.scale} ${x.score}`).join(" · ")}; dominant: ${s.dominant.join(", ") || "—"}; unanswered: ${s.unanswered}`,
    ...lead.map((x) => `  ${x.scale}: ${x.band!.interpretation}`),
  ].join("\n");
}

async function submit(p: Parsed): Promise<void> {
  const path = resolve(flag(p, "workbook"));
  if (!existsSync(path)) throw new CliError(`no workbook at ${path}`);
  const formArg = p.flags.form;
  if (typeof formArg !== "string") throw new CliError(`missing --form ID\n\n${USAGE}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(p.flags.answers ?? ""));
  } catch (e) {
    throw new CliError(`--answers is not valid JSON: ${(e as Error).message}`);
  }
  const list = (Array.isArray(parsed) ? parsed : [parsed]) as Record<string, FormAnswer>[];
  if (list.some((a) => a === null || typeof a !== "object" || Array.isArray(a)))
    throw new CliError("--answers must be an object of question title → answer, or an array of them");
  const emu = await openEmulator(path);
  const formId = formOfQuestionnaire(emu, formArg);
  for (const answers of list) {
    emu.calls.reset();
    let out: ReturnType<Emulator["submitForm"]>;
    try {
      out = emu.submitForm(formId, answers);
    } catch (e) {
      throw new CliError(`the form refused the response: ${(e as Error).message}`);
    }
    console.log(`response → «${out.sheet}» row ${out.row}`);
    for (const r of out.results) console.log(describeScored(r));
    for (const e of out.errors) console.log(`trigger failed: ${e}`);
    console.log(`service calls of the trigger: ${emu.calls.totalCalls}`);
  }
  await emu.save(path);
}

async function report(p: Parsed): Promise<void> {
  const path = resolve(flag(p, "workbook"));
  if (!existsSync(path)) throw new CliError(`no workbook at ${path}`);
  const out = resolve(flag(p, "out"));
  if (out === path) throw new CliError("--out must not be the workbook");
  // The workbook is read, refreshed in memory and never saved: the report leaves FILE as it was.
  const emu = await openEmulator(path);
  const { html, doc, ran } = emulatorReport(emu);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  console.log(`refreshed: ${ran.join(", ") || "nothing (the bundle has no summaries)"}`);
  for (const w of doc.warnings ?? []) console.log(`warning: ${w}`);
  const charts = doc.sections.reduce((n, s) => n + s.charts.length, 0);
  console.log(
    `report ${out}: ${doc.sections.length} tabs (${doc.sections.map((s) => s.title).join(", ") || "none"}), ${charts} charts, ${Math.round(html.length / 1024)} KiB`,
  );
}

export async function main(argv: string[]): Promise<number> {
  const p = parseArgv(argv);
  try {
    if (p.command === "init") await init(p);
    else if (p.command === "run") await run(p);
    else if (p.command === "submit") await submit(p);
    else if (p.command === "report") await report(p);
    else throw new CliError(USAGE);
    return 0;
  } catch (e) {
    console.error(e instanceof CliError ? e.message : `error: ${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
