// `npx tsx scripts/bench-bundle.ts [baseline/Code.js] [baseline source root]`: what one Apps Script execution pays
// before any work. Compiles and runs dist/Code.js's top level in fresh vm contexts (as emulator/loader.ts does) and
// prints the median of 10, side by side with a baseline bundle if given (runs interleaved, so load hits both alike);
// then the bundle's bytes by layer (domain, tables, gas, i18n, zod, other) from esbuild's metafile — for the current
// bundle split into what every execution compiles as code ("main") and what reaches Code.js as the text of a lazy
// chunk (scripts/lazy-chunks.ts), compiled only by the executions that call into it — and each sidebar's size.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import vm from "node:vm";
import { type BuildOptions, build } from "esbuild";
import { chunkOptions, common } from "./build";
import { bundleWithChunks } from "./lazy-chunks";

const root = join(__dirname, "..");
const RUNS = 10;

let run = 0;

/**
 * One compile + run of the top level in a fresh context: wall ms and CPU ms of this process (CPU is steadier on a
 * machine others load too). A unique trailing comment per run defeats V8's in-isolate compilation cache, so each
 * run compiles afresh.
 */
function topLevel(code: string, filename: string): { wall: number; cpu: number } {
  const context = vm.createContext(Object.create(null));
  const source = `${code}\n// run ${run++}\n`;
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  new vm.Script(source, { filename }).runInContext(context);
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Layer of one input file of the metafile. */
function layer(path: string): string {
  if (path.includes("node_modules/zod/")) return "zod";
  if (path.includes("node_modules/")) return "other";
  const m = /src\/(domain\/demo|domain|tables|gas|i18n)\//.exec(path);
  if (!m) return "other";
  if (m[1] === "domain/demo" || /src\/tables\/demo\.ts$/.test(path)) return "demo";
  return m[1];
}

/** Adds a metafile output's bytes by layer to `out`. */
function addLayers(out: Record<string, number>, inputs: Record<string, { bytesInOutput: number }>): void {
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const l = layer(path);
    out[l] = (out[l] ?? 0) + bytesInOutput;
  }
}

/** Bytes of a one-piece bundle by layer, as esbuild attributes them (bytesInOutput, before the global stubs). */
async function layers(sourceRoot: string, options: BuildOptions): Promise<Record<string, number>> {
  const result = await build({
    ...options,
    logLevel: "error",
    entryPoints: [join(sourceRoot, "src/gas/entry.ts")],
    format: "iife",
    globalName: "__app",
    write: false,
    metafile: true,
    absWorkingDir: sourceRoot,
  });
  const out: Record<string, number> = {};
  for (const o of Object.values(result.metafile.outputs)) addLayers(out, o.inputs);
  return out;
}

/** The current bundle's bytes by layer: compiled at every execution (main) and compiled on first use (chunks). */
async function chunkedLayers(): Promise<{ main: Record<string, number>; chunks: Record<string, number> }> {
  const b = await bundleWithChunks(
    root,
    join(root, "src/gas/entry.ts"),
    { ...common, globalName: "__app" },
    chunkOptions,
  );
  const main: Record<string, number> = {};
  const chunks: Record<string, number> = {};
  for (const o of Object.values(b.main.outputs))
    addLayers(
      main,
      Object.fromEntries(Object.entries(o.inputs).filter(([p]) => !p.includes("proftrack-chunks:"))),
    );
  for (const c of Object.values(b.chunks))
    for (const o of Object.values(c.metafile.outputs)) addLayers(chunks, o.inputs);
  return { main, chunks };
}

const kb = (n: number | undefined): string => (n === undefined ? "—" : `${(n / 1024).toFixed(1)} KiB`);

async function main(): Promise<void> {
  const [baselinePath, baselineRoot] = process.argv.slice(2);
  const currentPath = join(root, "dist/Code.js");
  const bundles: { name: string; path: string }[] = [{ name: "current", path: currentPath }];
  if (baselinePath) bundles.unshift({ name: "baseline", path: baselinePath });
  const codes = bundles.map((b) => readFileSync(b.path, "utf8"));
  // One warm-up each (not counted), then interleaved runs.
  for (const [i, c] of codes.entries()) topLevel(c, bundles[i].path);
  const wall: number[][] = bundles.map(() => []);
  const cpu: number[][] = bundles.map(() => []);
  for (let r = 0; r < RUNS; r++)
    for (const [i, c] of codes.entries()) {
      const m = topLevel(c, bundles[i].path);
      wall[i].push(m.wall);
      cpu[i].push(m.cpu);
    }
  console.log(`Top level of Code.js (compile + run, fresh vm context, median of ${RUNS}, interleaved):`);
  for (const [i, b] of bundles.entries())
    console.log(
      `  ${b.name.padEnd(9)} wall ${median(wall[i]).toFixed(1).padStart(6)} ms  cpu ${median(cpu[i]).toFixed(1).padStart(6)} ms  ${kb(codes[i].length).padStart(10)}  ${relative(process.cwd(), b.path)}`,
    );
  if (bundles.length === 2)
    console.log(
      `  current / baseline: wall ${(median(wall[1]) / median(wall[0])).toFixed(2)}, cpu ${(median(cpu[1]) / median(cpu[0])).toFixed(2)}`,
    );

  // A baseline tree is bundled in one piece with the plain options (its build.ts may predate the current one's).
  const columns: { name: string; bytes: Record<string, number> }[] = [];
  if (baselineRoot)
    columns.push({ name: "baseline", bytes: await layers(baselineRoot, { ...common, plugins: [] }) });
  const current = await chunkedLayers();
  columns.push({ name: "main", bytes: current.main }, { name: "chunks", bytes: current.chunks });
  const names = ["domain", "demo", "tables", "gas", "i18n", "zod", "other"];
  console.log(
    "\nBytes of Code.js by layer (esbuild metafile; demo = src/domain/demo + src/tables/demo.ts; main = compiled at" +
      "\nevery execution, chunks = text compiled on first use, bundled without whitespace):",
  );
  console.log(`  ${"layer".padEnd(8)}${columns.map((c) => c.name.padStart(14)).join("")}`);
  for (const n of [...names, "total"]) {
    const cells = columns.map((c) =>
      kb(n === "total" ? Object.values(c.bytes).reduce((a, b) => a + b, 0) : c.bytes[n]).padStart(14),
    );
    console.log(`  ${n.padEnd(8)}${cells.join("")}`);
  }

  const roots: { name: string; dir: string }[] = [{ name: "current", dir: root }];
  if (baselineRoot) roots.unshift({ name: "baseline", dir: baselineRoot });
  const dirs = roots.map((r) => (r.name === "current" ? join(root, "dist") : join(baselinePath, "..")));
  const htmls = readdirSync(join(root, "dist")).filter((f) => f.endsWith(".html"));
  console.log("\nSidebars (dist/*.html):");
  for (const h of htmls) {
    const sizes = dirs.map((d) => (existsSync(join(d, h)) ? statSync(join(d, h)).size : undefined));
    console.log(`  ${h.padEnd(22)}${sizes.map((s) => kb(s).padStart(14)).join("")}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
