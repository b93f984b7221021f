// Selected operations on one synthetic school, this build's dist/ and optionally another (BASE=<dist dir>) side by
// side in one run, each run on a fresh clone of the same school: calls, cells, median wall ms and CPU ms of the
// measured part (steadier than wall time on a shared machine), and the estimate of scripts/bench-schools.ts.
// npx tsx scripts/bench-side-by-side.ts L "saveAttendance,form submission"   (no list: the saves and getAttendance)
// Env: BASE=<dist dir>, RUNS=<n> (default 3), V=1 (calls by method).
import { createEmulator } from "../emulator/index";
import { cloneWorkbook } from "../emulator/model";
import { type OperationRun, operations, runOperation } from "../test/fixtures/bench-operations";
import { SIZES, syntheticEmulator } from "../test/fixtures/synthetic-school";
import { CALL_MS, CPU_SLOWDOWN } from "./bench-schools";

const size = (process.argv[2] ?? "L") as keyof typeof SIZES;
const only = (process.argv[3] ?? "").split(",").filter(Boolean);
const runs = Number(process.env.RUNS ?? 3);
const verbose = process.env.V === "1";
const dists: Record<string, string | undefined> = { mine: undefined };
if (process.env.BASE) dists.base = process.env.BASE;
const schools = Object.fromEntries(
  Object.entries(dists).map(([k, d]) => [k, syntheticEmulator(SIZES[size], { distDir: d }).emu.workbook]),
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<string, Record<string, OperationRun[]>> = {};
for (let i = 0; i < runs; i++) {
  for (const [k, d] of Object.entries(dists)) {
    const emu = createEmulator({ workbook: cloneWorkbook(schools[k]!), distDir: d });
    for (const op of operations(emu.globals)) {
      const isSave = /^save|^apply|form submission|getAttendance/.test(op.name);
      if (only.length ? !only.includes(op.name) : !isSave) continue;
      // CPU ms of the measured part only (less noisy than wall time on a shared machine): prepare first, as
      // runOperation does, then the run alone.
      let cpu = 0;
      const wrapped = {
        ...op,
        prepare: undefined,
        run: (e: typeof emu, _p: unknown) => {
          const c0 = process.cpuUsage();
          try {
            return op.run(e, prepared);
          } finally {
            const c = process.cpuUsage(c0);
            cpu = (c.user + c.system) / 1000;
          }
        },
      };
      const prepared = op.prepare?.(emu);
      const r = runOperation(emu, wrapped);
      (r as OperationRun & { cpu: number }).cpu = cpu;
      const byDist = results[op.name] ?? {};
      byDist[k] = [...(byDist[k] ?? []), r];
      results[op.name] = byDist;
    }
  }
}
for (const [name, byDist] of Object.entries(results)) {
  for (const [k, rs] of Object.entries(byDist)) {
    const r = rs[0]!;
    const ms = median(rs.map((x) => x.ms));
    const est = r.total * CALL_MS + ms * CPU_SLOWDOWN;
    const cpu = median(rs.map((x) => (x as OperationRun & { cpu: number }).cpu));
    console.log(
      `${name.padEnd(20)} ${k.padEnd(5)} calls ${String(r.total).padStart(3)} read ${String(r.cellsRead).padStart(8)} written ${String(r.cellsWritten).padStart(4)} ms ${ms.toFixed(0).padStart(5)} cpu ${cpu.toFixed(0).padStart(5)} est ${(est / 1000).toFixed(2)}s ${r.error ?? ""}`,
    );
    if (verbose)
      console.log(
        "   ",
        Object.entries(r.calls)
          .map(([m, v]) => `${m} ${v}`)
          .join(", "),
      );
  }
}
