// Prints bench/results.json (written by `npm run bench`) as the Markdown table of the README's «Performance».

import { readFileSync } from "node:fs";
import { join } from "node:path";

interface Row {
  op: string;
  size: string;
  total: number;
  calls: Record<string, number>;
  minimum: number;
  cellsRead: number;
  cellsWritten: number;
  ms: number;
  peakMB: number;
  estimatedMs: number;
  error?: string;
}

const file = process.argv[2] ?? join(__dirname, "..", "bench", "results.json");
const data = JSON.parse(readFileSync(file, "utf8")) as {
  machine: { nproc: number; cpu: string; node: string };
  callMs: number;
  cpuSlowdown: number;
  rows: Row[];
};
const sizes = [...new Set(data.rows.map((r) => r.size))];
const at = (op: string, size: string) => data.rows.find((r) => r.op === op && r.size === size);
const ops = [...new Set(data.rows.map((r) => r.op))];
const n = (x: number) => x.toLocaleString("en-US");
const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);
const head = [
  "operation",
  ...sizes.map((z) => `calls ${z}`),
  "× min",
  ...sizes.map((z) => `cells read / written ${z}`),
  ...sizes.map((z) => `Node ms ${z}`),
  ...sizes.map((z) => `est. Apps Script s ${z}`),
];
console.log(`| ${head.join(" | ")} |`);
console.log(`|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
for (const op of ops) {
  const rows = sizes.map((z) => at(op, z));
  const last = rows.at(-1);
  const ratio = last && last.minimum > 0 ? (last.total / last.minimum).toFixed(1) : "–";
  console.log(
    `| ${op} | ${[
      ...rows.map((r) => (r ? (r.error ? "failed" : String(r.total)) : "")),
      ratio,
      ...rows.map((r) => (r ? `${n(r.cellsRead)} / ${n(r.cellsWritten)}` : "")),
      ...rows.map((r) => (r ? n(Math.round(r.ms)) : "")),
      ...rows.map((r) => (r ? s(r.estimatedMs) : "")),
    ].join(" | ")} |`,
  );
}
const peaks = sizes.map(
  (z) => `${z} ${n(Math.round(Math.max(...data.rows.filter((r) => r.size === z).map((r) => r.peakMB))))} MB`,
);
console.log(
  `\nMachine: ${data.machine.nproc} × ${data.machine.cpu}, Node ${data.machine.node}. Peak RSS of the process: ${peaks.join(", ")}. Estimate = calls × ${data.callMs} ms + Node CPU × ${data.cpuSlowdown}.`,
);
