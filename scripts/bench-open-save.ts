// `npx tsx scripts/bench-open-save.ts FILE [RUNS]`: local mode's open + save of one workbook file in a process of
// its own, so that the peak memory is this work's alone (the reader and writer are synchronous: a timer never sees
// their peak, the kernel's maxRSS does). Prints one JSON line; `npm run bench` calls it for the demo and L.

import { readFileSync, rmSync } from "node:fs";
import { readWorkbookFile, writeWorkbookFile } from "../emulator/xlsx";

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const [file, runsText = "3"] = process.argv.slice(2);
  if (!file) throw new Error("usage: bench-open-save.ts FILE [RUNS]");
  readFileSync(file); // the file in the page cache, as for every timed run
  const baseRss = process.memoryUsage().rss;
  const copy = `${file}.copy.xlsx`;
  const runs: { open: number; save: number; cpu: number }[] = [];
  // The first run pays for V8's warm-up and is not timed.
  for (let i = 0; i <= Number(runsText); i += 1) {
    const c = cpuMs();
    let t = performance.now();
    const wb = await readWorkbookFile(file);
    const open = performance.now() - t;
    t = performance.now();
    await writeWorkbookFile(wb, copy);
    const save = performance.now() - t;
    if (i > 0) runs.push({ open, save, cpu: cpuMs() - c });
  }
  rmSync(copy, { force: true });
  const median = (k: "open" | "save" | "cpu") =>
    runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  console.log(
    JSON.stringify({
      openMs: median("open"),
      saveMs: median("save"),
      cpuMs: median("cpu"),
      baseRssMb: baseRss / 1e6,
      peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
