// `npm run bench`: service calls and time per operation as the rows grow; the calls must stay flat.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator, type Emulator, openEmulator } from "../emulator/index";
import type { CellModel, SheetModel } from "../emulator/model";
import { newWorkbook } from "../emulator/model";
import { readWorkbookBuffer, writeWorkbookBuffer, writeWorkbookFile } from "../emulator/xlsx";
import { bigWorkbook } from "../test/emulator/big-workbook";
import { syntheticEmulator } from "../test/fixtures/synthetic-school";
import { synthetic } from "./bench-schools";

/** A demo-school workbook whose `tab` holds `rows` data rows (demo rows repeated or cut; the header kept). */
function workbookWith(tab: string, rows: number): Emulator {
  const emu = createEmulator({ workbook: newWorkbook() });
  emu.call("setupWorkbook");
  emu.call("fillDemoData");
  const sheet = emu.workbook.sheets.find((s) => s.name === tab) as SheetModel;
  const data = sheet.cells.slice(1).filter(Boolean) as (CellModel | undefined)[][];
  const out: (CellModel | undefined)[][] = [sheet.cells[0]];
  for (let i = 0; i < rows; i++) {
    const src = data[i % data.length];
    out.push(
      tab === "Ученики"
        ? src.map((c, j) => (j === 0 ? { ...c, v: `P-${String(i).padStart(5, "0")}` } : c && { ...c }))
        : src.map((c) => c && { ...c }),
    );
  }
  sheet.cells = out;
  sheet.maxRows = Math.max(sheet.maxRows, rows + 1);
  return emu;
}

interface Measure {
  calls: Record<string, number>;
  total: number;
  ms: number;
}

function measure(emu: Emulator, fn: string, ...args: unknown[]): Measure {
  emu.calls.reset();
  const t = process.hrtime.bigint();
  emu.call(fn, ...args);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { calls: emu.calls.snapshot(), total: emu.calls.totalCalls, ms };
}

const cases: { fn: string; tab: string; small: number; large: number }[] = [
  { fn: "validateData", tab: "Ученики", small: 100, large: 10000 },
  { fn: "refreshPlanCoverage", tab: "План", small: 100, large: 5000 },
  { fn: "getThesaurus", tab: "Профессии", small: 100, large: 5000 },
];

/** Median ms of `runs` calls of an async step. */
async function medianMs(runs: number, step: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await step();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * Local mode's reading of an .xlsx and the emulator's grid calls, 1,000 against 10,000 rows side by side in one
 * run: the ratio, not the milliseconds, is what to compare across machines (about ×10 is linear).
 */
async function localMode(): Promise<void> {
  console.log("\nlocal mode                          1,000 rows   10,000 rows   time ratio");
  const [small, large] = await Promise.all(
    [1000, 10000].map(async (n) => writeWorkbookBuffer(bigWorkbook(n))),
  );
  await readWorkbookBuffer(small); // warm-up
  const readSmall = await medianMs(3, () => readWorkbookBuffer(small));
  const readLarge = await medianMs(3, () => readWorkbookBuffer(large));
  const row = (name: string, a: number, b: number) =>
    console.log(
      `${name.padEnd(36)}${a.toFixed(0).padStart(6)} ms ${b.toFixed(0).padStart(9)} ms   ×${(b / Math.max(a, 0.1)).toFixed(1)}`,
    );
  row("read .xlsx (12 columns)", readSmall, readLarge);
  const grid = (n: number) => {
    const emu = createEmulator({ workbook: newWorkbook() });
    return medianMs(3, async () =>
      emu.evaluate(`(() => {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet();
        if (${n} > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), ${n} - sheet.getMaxRows());
        const data = [];
        for (let i = 0; i < ${n}; i++) data.push(["P" + i, i, i % 11, "7А", true, new Date(2026, 8, 1 + (i % 30)), "текст", 1.5, "", null, i * 2, "примечание"]);
        sheet.getRange(1, 1, ${n}, 12).setValues(data);
        sheet.getDataRange().getValues();
        sheet.getRange(1, 1, ${n}, 12).getDisplayValues();
        return sheet.getLastRow();
      })()`),
    );
  };
  await grid(1000); // warm-up
  row("emulator setValues+getValues+display", await grid(1000), await grid(10000));
  await openAndSave();
}

/** Local mode's open + save of whole workbooks: the demo school (`npm run local -- init --demo`) and L. */
async function openAndSave(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "proftrack-bench-"));
  try {
    const files: [string, string][] = [["demo school", join(dir, "demo.xlsx")]];
    await openEmulator(files[0]![1], { demo: true });
    if (!process.argv.includes("--quick")) {
      const big = join(dir, "L.xlsx");
      await writeWorkbookFile(syntheticEmulator("L").emu.workbook, big);
      files.push(["synthetic school L", big]);
    }
    console.log(
      "\nlocal mode: open + save (readWorkbookFile, writeWorkbookFile), each file in a process of its own",
    );
    for (const [name, path] of files) {
      const big = name.endsWith("L");
      // A child process: its peak RSS is this work's alone, and the reader and writer are synchronous (a timer in
      // this process would never see their peak).
      const out = execFileSync(
        process.execPath,
        ["--import", "tsx", join(__dirname, "bench-open-save.ts"), path, big ? "2" : "3"],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      const r = JSON.parse(out.trim().split("\n").pop()!) as {
        openMs: number;
        saveMs: number;
        cpuMs: number;
        baseRssMb: number;
        peakRssMb: number;
      };
      console.log(
        `${name.padEnd(36)}${(statSync(path).size / 1e6).toFixed(1).padStart(6)} MB   open ${r.openMs.toFixed(0)} ms + save ${r.saveMs.toFixed(0)} ms (CPU ${r.cpuMs.toFixed(0)} ms)   peak RSS ${r.peakRssMb.toFixed(0)} MB (+${(r.peakRssMb - r.baseRssMb).toFixed(0)} over the loaded modules)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  let flat = true;
  const first = createEmulator({ workbook: newWorkbook() });
  const open = measure(first, "onOpen");
  console.log(
    `onOpen: ${open.total} calls (${Object.keys(open.calls).join(", ")}), ${open.ms.toFixed(1)} ms`,
  );
  const setup = measure(first, "setupWorkbook");
  const again = measure(first, "setupWorkbook");
  console.log(
    `setupWorkbook: empty workbook ${setup.total} calls, ${setup.ms.toFixed(0)} ms; second run ${again.total} calls`,
  );
  console.log("\noperation             rows     calls   ms      calls             time ratio");
  for (const c of cases) {
    if (!first.globals.includes(c.fn)) continue;
    measure(workbookWith(c.tab, c.small), c.fn); // the first run pays for V8's warm-up; time a second, fresh one
    const small = measure(workbookWith(c.tab, c.small), c.fn);
    const large = measure(workbookWith(c.tab, c.large), c.fn);
    // Growing a generated tab's grid past 1000 rows is one call more, once: a step, not growth per row.
    const step = new Set(["Sheet.insertRowsAfter"]);
    const diff = [...new Set([...Object.keys(small.calls), ...Object.keys(large.calls)])].filter(
      (k) => !step.has(k) && small.calls[k] !== large.calls[k],
    );
    const same = diff.length === 0;
    if (!same)
      console.log(
        `  differs: ${diff.map((k) => `${k} ${small.calls[k] ?? 0}→${large.calls[k] ?? 0}`).join(", ")}`,
      );
    flat &&= same;
    console.log(
      `${c.fn.padEnd(22)}${String(c.small).padStart(5)}  ${String(small.total).padStart(6)}  ${small.ms.toFixed(0).padStart(6)}`,
    );
    console.log(
      `${"".padEnd(22)}${String(c.large).padStart(5)}  ${String(large.total).padStart(6)}  ${large.ms.toFixed(0).padStart(6)}   ${same ? "same calls" : "CALLS GREW"}        ×${(large.ms / Math.max(small.ms, 0.1)).toFixed(1)} for ×${c.large / c.small} rows`,
    );
  }
  if (!flat) {
    console.error("\nservice calls grew with the rows");
    process.exit(1);
  }
}

main();
localMode()
  .then(() => synthetic(process.argv.includes("--quick") ? ["S", "M"] : ["S", "M", "L"]))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
