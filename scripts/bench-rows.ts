// `npx tsx scripts/bench-rows.ts [distDir...]`: the JavaScript work that grows with rows, for a large school.
// Builds a large school once (the demo school, then 180 classes, 5,000 pupils, 1,000 events, 150,000
// participation rows, 800 professions, 20,000 responses to «ИНТЕРЕСЫ»), then runs validateData, setupWorkbook and getThesaurus on it
// through each given bundle (default dist/), interleaved: median of 5 Node times, service calls, the payload's size.

import { join } from "node:path";
import { createEmulator, type Emulator } from "../emulator/index";
import type { CellModel, SheetModel, WorkbookModel } from "../emulator/model";
import { newWorkbook } from "../emulator/model";

const LETTERS = "АБВГДЕЖЗИКЛМНОПРС";

function sheet(wb: WorkbookModel, name: string): SheetModel {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no tab ${name}`);
  return s;
}

function columnOf(s: SheetModel, header: string): number {
  const i = (s.cells[0] ?? []).findIndex((c) => String(c?.v ?? "").replace(/\*$/, "") === header);
  if (i < 0) throw new Error(`${s.name}: no column ${header}`);
  return i;
}

/** Replaces the data rows of a tab by `rows` rows made from its demo rows (cycled) and `change`. */
function fill(
  s: SheetModel,
  rows: number,
  change: (row: (CellModel | undefined)[], i: number) => void,
): void {
  const data = s.cells.slice(1).filter((r) => r?.some((c) => c && c.v !== "" && c.v !== undefined));
  const out: (CellModel | undefined)[][] = [s.cells[0] as (CellModel | undefined)[]];
  for (let i = 0; i < rows; i++) {
    const row = (data[i % data.length] as (CellModel | undefined)[]).map((c) => c && { ...c });
    change(row, i);
    out.push(row);
  }
  s.cells = out;
  s.maxRows = Math.max(s.maxRows, rows + 1);
}

const set = (row: (CellModel | undefined)[], col: number, v: CellModel["v"]) => {
  row[col] = { ...(row[col] ?? {}), v };
};

/** The large school of issue 14 (L), as a workbook model. */
export function largeSchool(): WorkbookModel {
  const emu = createEmulator({ workbook: newWorkbook() });
  emu.call("setupWorkbook");
  emu.call("fillDemoData");
  const wb = emu.workbook;
  const classes: { name: string; grade: number }[] = [];
  for (let g = 1; g <= 11 && classes.length < 180; g++)
    for (const l of LETTERS)
      if (classes.length < 180 && (g < 11 || classes.length < 180))
        classes.push({ name: `${g}${l}`, grade: g });
  const cls = sheet(wb, "Классы");
  fill(cls, classes.length, (row, i) => {
    set(row, columnOf(cls, "Класс"), classes[i].name);
    set(row, columnOf(cls, "Параллель"), classes[i].grade);
  });
  const pupils: { code: string; className: string }[] = [];
  for (let i = 0; i < 5000; i++) {
    const c = classes[i % classes.length];
    pupils.push({
      code: `${c.name}-${String(Math.floor(i / classes.length) + 1).padStart(3, "0")}`,
      className: c.name,
    });
  }
  const pup = sheet(wb, "Ученики");
  fill(pup, pupils.length, (row, i) => {
    set(row, columnOf(pup, "Код"), pupils[i].code);
    set(row, columnOf(pup, "Класс"), pupils[i].className);
  });
  const ev = sheet(wb, "Мероприятия");
  fill(ev, 1000, (row, i) => set(row, columnOf(ev, "Id"), `М-${String(i + 1).padStart(4, "0")}`));
  const part = sheet(wb, "Участие");
  const [pe, pc, pk] = [columnOf(part, "Мероприятие"), columnOf(part, "Код"), columnOf(part, "Класс")];
  fill(part, 150000, (row, i) => {
    const p = pupils[(Math.floor(i / 1000) * 37 + i) % pupils.length];
    set(row, pe, `М-${String((i % 1000) + 1).padStart(4, "0")}`);
    set(row, pc, p.code);
    set(row, pk, p.className);
  });
  const prof = sheet(wb, "Профессии");
  const pn = columnOf(prof, "Профессия");
  fill(prof, 800, (row, i) => {
    if (i >= 80) set(row, pn, `${row[pn]?.v} ${Math.floor(i / 80) + 1}`);
  });
  const resp = sheet(wb, "Ответы — ИНТЕРЕСЫ");
  fill(resp, 20000, (row, i) => {
    const p = pupils[i % pupils.length];
    set(row, columnOf(resp, "Ваш класс"), p.className);
    set(row, columnOf(resp, "Ваш код"), p.code);
  });
  return wb;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  const dists = process.argv.slice(2);
  if (dists.length === 0) dists.push(join(__dirname, "../dist"));
  const t0 = Date.now();
  const school = largeSchool();
  const rows = school.sheets.reduce((n, s) => n + Math.max(0, s.cells.length - 1), 0);
  console.log(`large school: ${rows} rows in ${school.sheets.length} tabs, built in ${Date.now() - t0} ms`);
  const copy = () => structuredClone(school);
  const emus: Emulator[] = dists.map((distDir) => createEmulator({ workbook: copy(), distDir }));
  const ops: { fn: string; args: unknown[] }[] = [
    { fn: "validateData", args: [] },
    { fn: "setupWorkbook", args: [] },
    { fn: "getThesaurus", args: [] },
  ];
  for (const op of ops) {
    const times: number[][] = dists.map(() => []);
    const cpus: number[][] = dists.map(() => []);
    const calls: number[] = [];
    const bytes: number[] = [];
    for (let r = 0; r < 5; r++)
      for (const [i, emu] of emus.entries()) {
        emu.calls.reset();
        const cpu = process.cpuUsage();
        const t = process.hrtime.bigint();
        const result = emu.runFromClient(op.fn, op.args);
        times[i].push(Number(process.hrtime.bigint() - t) / 1e6);
        const used = process.cpuUsage(cpu);
        cpus[i].push((used.user + used.system) / 1000);
        if (!result.ok) throw new Error(`${op.fn}: ${result.error.message}`);
        calls[i] = emu.calls.totalCalls;
        bytes[i] = Buffer.byteLength(JSON.stringify(result.value ?? null));
      }
    for (const [i, d] of dists.entries())
      console.log(
        `${op.fn.padEnd(14)} wall ${median(times[i]).toFixed(0).padStart(6)} ms, cpu ${median(cpus[i]).toFixed(0).padStart(6)} ms (medians of 5)  ${String(calls[i]).padStart(4)} calls  payload ${(bytes[i] / 1024).toFixed(1)} KiB (UTF-8)  ${d}`,
      );
  }
}

if (require.main === module) main();
