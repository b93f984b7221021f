// `npm run bench`, part 2: every operation on the synthetic schools S, M and L through dist/Code.js — calls by
// method, cells read and written, Node time, peak memory, the ratio to the physical minimum and an estimated
// Apps Script time. Writes bench/results.json (not in git) and prints the table the README's «Performance» shows.

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { type OperationRun, operations, runOperation } from "../test/fixtures/bench-operations";
import { SIZES, syntheticEmulator } from "../test/fixtures/synthetic-school";

/**
 * Estimated Apps Script time = calls × CALL_MS + Node CPU ms × CPU_SLOWDOWN. Both are assumptions, stated in the
 * README: about 50 ms a Spreadsheet/Properties service round trip (public measurements: PropertiesService get
 * 20–34 ms and set 43–64 ms on average, ziritione.org/post/apps_script_performance; one 4,000-cell setValues under
 * 50 ms, per a public ScriptDb-vs-Spreadsheet experiment), and Apps Script's V8 about 3× slower than this machine.
 */
export const CALL_MS = 50;
export const CPU_SLOWDOWN = 3;

type Size = keyof typeof SIZES;

interface Row extends OperationRun {
  op: string;
  size: Size;
  runs: number;
  peakMB: number;
  ratio: number | null;
  estimatedMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function synthetic(sizes: Size[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of sizes) {
    const runs = size === "L" ? 3 : 5;
    // Each run on a fresh workbook, every operation in turn (a save adds a row: the next operation sees it, as in use).
    const perRun: { name: string; r: OperationRun; peakMB: number }[][] = [];
    let counts: Record<string, number> = {};
    let buildMs = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const built = syntheticEmulator(size);
      buildMs = performance.now() - t;
      counts = built.counts;
      perRun.push(
        operations(built.emu.globals).map((op) => {
          let peak = process.memoryUsage().rss;
          const timer = setInterval(() => {
            peak = Math.max(peak, process.memoryUsage().rss);
          }, 5);
          const r = runOperation(built.emu, op);
          clearInterval(timer);
          peak = Math.max(peak, process.memoryUsage().rss);
          return { name: op.name, r, peakMB: peak / 1e6 };
        }),
      );
    }
    console.log(
      `\n${size}: ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")} (built in ${(buildMs / 1000).toFixed(1)} s; median of ${runs} runs)`,
    );
    console.log(
      "operation                    calls  min  ×min   cells read  written   Node ms  peak MB  est. Apps Script s",
    );
    perRun[0]!.forEach(({ name, r }, k) => {
      const ms = median(perRun.map((run) => run[k]!.r.ms));
      const row: Row = {
        ...r,
        ms,
        op: name,
        size,
        runs,
        peakMB: Math.max(...perRun.map((run) => run[k]!.peakMB)),
        ratio: r.minimum > 0 ? r.total / r.minimum : null,
        estimatedMs: r.total * CALL_MS + ms * CPU_SLOWDOWN,
      };
      rows.push(row);
      console.log(
        `${name.padEnd(28)}${String(r.total).padStart(6)}${String(r.minimum).padStart(5)}${(row.ratio === null ? "–" : row.ratio.toFixed(1)).padStart(6)}${String(r.cellsRead).padStart(13)}${String(r.cellsWritten).padStart(9)}${ms.toFixed(0).padStart(10)}${row.peakMB.toFixed(0).padStart(9)}${(row.estimatedMs / 1000).toFixed(1).padStart(20)}${r.error ? `  FAILED: ${r.error}` : ""}`,
      );
    });
  }
  const dir = join(__dirname, "..", "bench");
  mkdirSync(dir, { recursive: true });
  const machine = { nproc: cpus().length, cpu: cpus()[0]?.model, node: process.version };
  writeFileSync(
    join(dir, "results.json"),
    `${JSON.stringify({ machine, callMs: CALL_MS, cpuSlowdown: CPU_SLOWDOWN, sizes: SIZES, rows }, null, 1)}\n`,
  );
  console.log(
    `\nmachine: ${machine.nproc} × ${machine.cpu}, Node ${machine.node}; bench/results.json written`,
  );
  return rows;
}
