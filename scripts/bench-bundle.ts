// `npx tsx scripts/bench-bundle.ts [baseline/Code.js] [baseline source root]`: what one Apps Script execution pays
// before any work. Compiles and runs dist/Code.js's top level in fresh vm contexts (as emulator/loader.ts does) and
// prints the median of 10, side by side with a baseline bundle if given (runs interleaved, so load hits both alike);
// then the bundle's bytes by layer (domain, tables, gas, i18n, zod, other) from esbuild's metafile, and each
// sidebar's size.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import vm from "node:vm";
import { type BuildOptions, build } from "esbuild";
import { common } from "./build";

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

/** Bytes of the bundle by layer, as esbuild attributes them (bytesInOutput, before the global stubs). */
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
  for (const o of Object.values(result.metafile.outputs))
    for (const [path, { bytesInOutput }] of Object.entries(o.inputs)) {
      const l = layer(path);
      out[l] = (out[l] ?? 0) + bytesInOutput;
    }
  return out;
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

  const roots: { name: string; dir: string }[] = [{ name: "current", dir: root }];
  if (baselineRoot) roots.unshift({ name: "baseline", dir: baselineRoot });
  // A baseline tree is bundled with the plain options (its own build.ts may predate the current one's plugins).
  const plain: BuildOptions = { ...common, plugins: [] };
  const byLayer = await Promise.all(roots.map((r) => layers(r.dir, r.name === "current" ? common : plain)));
  const names = ["domain", "demo", "tables", "gas", "i18n", "zod", "other"];
  console.log("\nBytes of Code.js by layer (esbuild metafile; demo = src/domain/demo + src/tables/demo.ts):");
  console.log(`  ${"layer".padEnd(8)}${roots.map((r) => r.name.padStart(14)).join("")}`);
  for (const n of [...names, "total"]) {
    const cells = byLayer.map((l) =>
      kb(n === "total" ? Object.values(l).reduce((a, b) => a + b, 0) : l[n]).padStart(14),
    );
    console.log(`  ${n.padEnd(8)}${cells.join("")}`);
  }

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
