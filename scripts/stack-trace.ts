// `npx tsx scripts/stack-trace.ts [file]` (or a trace on stdin): an Apps Script stack trace with each place in the
// bundle — "Code:LINE:COL" (Code.js), "chunk/<name>.js:LINE:COL" (a chunk compiled on first use,
// scripts/lazy-chunks.ts) — followed by the place in src/ it came from, read from the source maps that `npm run build`
// writes to build/. Map a trace with the build of the same commit as the one pushed.

import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(__dirname, "..");
const debugDir = join(root, "build");

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** One segment of a source map: generated column, source index, original line and column (all 0-based). */
type Segment = [number, number, number, number];

/** The segments of each generated line of a source map's "mappings" (base64 VLQ, fields relative to the last). */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  for (const text of mappings.split(";")) {
    const segments: Segment[] = [];
    let generated = 0;
    for (const part of text.split(",")) {
      if (part === "") continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of part) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generated += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        line += fields[2];
        column += fields[3];
        segments.push([generated, source, line, column]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

interface SourceMap {
  sources: string[];
  lines: Segment[][];
}

const maps = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    const path = join(debugDir, `${file}.map`);
    if (!existsSync(path)) maps.set(file, null);
    else {
      const raw = JSON.parse(readFileSync(path, "utf8")) as { sources: string[]; mappings: string };
      // esbuild writes sources relative to the map; shown relative to the project.
      const sources = raw.sources.map((s) => (s.includes(":") ? s : relative(root, join(path, "..", s))));
      maps.set(file, { sources, lines: decodeMappings(raw.mappings) });
    }
  }
  return maps.get(file) ?? null;
}

/** "src/gas/demo.ts:25:3" for a 1-based line and column of a generated file, or null when nothing maps there. */
export function originalPlace(file: string, line: number, column: number): string | null {
  const map = mapOf(file);
  const segments = map?.lines[line - 1];
  if (!map || !segments) return null;
  let found: Segment | undefined;
  for (const s of segments) if (s[0] <= column - 1) found = s;
  return found ? `${map.sources[found[1]]}:${found[2] + 1}:${found[3] + 1}` : null;
}

/** The trace with "→ src/…" after each place in the bundle that maps. */
export function mapTrace(trace: string): string {
  return trace.replace(
    /\b(Code(?:\.js|\.gs)?|chunk\/[\w-]+\.js):(\d+):(\d+)/g,
    (place, file, line, column) => {
      const generated = file.startsWith("chunk/") ? file : "Code.js";
      const original = originalPlace(generated, Number(line), Number(column));
      return original ? `${place} → ${original}` : place;
    },
  );
}

if (require.main === module) {
  const file = process.argv[2];
  const input = file ? readFileSync(file, "utf8") : readFileSync(0, "utf8");
  if (!existsSync(join(debugDir, "Code.js.map")))
    console.error("build/Code.js.map is missing: run npm run build");
  process.stdout.write(mapTrace(input));
}
