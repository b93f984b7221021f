// Two-pass esbuild: learn entry.ts's exports (pass 1), bundle as one Apps Script file with generated global stubs
// (pass 2; the feature modules of scripts/lazy-chunks.ts go in as text compiled on first use, and build/ gets the
// source maps for scripts/stack-trace.ts), then build each sidebar/dialog in src/ui/<name>/ into one self-contained
// dist/<name>.html.

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { type BuildOptions, build } from "esbuild";
import { bundleWithChunks } from "./lazy-chunks";

const root = join(__dirname, "..");
const dist = join(root, "dist");
/** Source maps and the chunks' text, for mapping a stack trace back to src/ (scripts/stack-trace.ts). */
const debugDir = join(root, "build");
const entry = join(root, "src/gas/entry.ts");
const uiDir = join(root, "src/ui");

/** "addon" uses createAddonMenu (Extensions menu); "bound" (default) adds a top-level menu to a bound script. */
const target = process.env.PROFTRACK_TARGET === "addon" ? "addon" : "bound";

export const common: BuildOptions = {
  bundle: true,
  target: "es2020",
  platform: "neutral",
  mainFields: ["module", "main"],
  conditions: ["import", "default"],
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  define: { __PROFTRACK_TARGET__: JSON.stringify(target) },
};

/**
 * The chunks (scripts/lazy-chunks.ts) reach Code.js as strings, where every newline and indent is an escape V8 scans
 * at every execution: they are bundled without whitespace (names kept, so a stack trace still names functions).
 */
export const chunkOptions: BuildOptions = { ...common, minifyWhitespace: true, minifySyntax: true };

/** Names Apps Script would not accept as globals, or that would shadow its services. */
const RESERVED = new Set(["SpreadsheetApp", "Session", "Logger", "console", "__app"]);

async function entryExports(): Promise<string[]> {
  const result = await build({
    ...common,
    entryPoints: [entry],
    format: "esm",
    write: false,
    metafile: true,
  });
  const outputs = Object.values(result.metafile?.outputs ?? {});
  // `__run` is the failure boundary every stub goes through (src/gas/boundary.ts), not a global of its own.
  const names = outputs.flatMap((o) => o.exports).filter((n) => n !== BOUNDARY);
  for (const n of names) {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(n) || RESERVED.has(n))
      throw new Error(`entry.ts exports a name Apps Script cannot take as a global: ${n}`);
  }
  return names.sort();
}

/** The export of entry.ts through which every global runs (src/gas/boundary.ts runGlobal). */
const BOUNDARY = "__run";

/**
 * One top-level function per export, so Apps Script sees it (menus, triggers, google.script.run); each runs through
 * the failure boundary, which turns a failure of Google's services into the user's message.
 */
export function globalStubs(names: string[]): string {
  return names
    .map((n) => `function ${n}() { return __app.${BOUNDARY}("${n}", __app.${n}, this, arguments); }`)
    .join("\n");
}

async function buildCode(names: string[]): Promise<void> {
  const bundled = await bundleWithChunks(root, entry, { ...common, globalName: "__app" }, chunkOptions);
  writeFileSync(join(dist, "Code.js"), `${bundled.code}\n${globalStubs(names)}\n`);
  // For scripts/stack-trace.ts, outside dist/ (clasp pushes dist/): Code.js's map, each chunk as run and its map.
  rmSync(debugDir, { recursive: true, force: true });
  mkdirSync(join(debugDir, "chunk"), { recursive: true });
  writeFileSync(join(debugDir, "Code.js.map"), bundled.map);
  for (const [name, c] of Object.entries(bundled.chunks)) {
    writeFileSync(join(debugDir, "chunk", `${name}.js`), c.asRun);
    writeFileSync(join(debugDir, "chunk", `${name}.js.map`), c.map);
  }
}

/** Inlines a script into HTML; "</script" inside the code would end the tag early. */
function inlineScript(js: string): string {
  return `<script>\n${js.replace(/<\/script/gi, "<\\/script")}\n</script>`;
}

async function buildUi(name: string): Promise<void> {
  const dir = join(uiDir, name);
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const result = await build({
    ...common,
    platform: "browser",
    entryPoints: [join(dir, "main.ts")],
    format: "iife",
    minify: true,
    write: false,
  });
  const js = result.outputFiles[0].text;
  const cssFiles = [join(uiDir, "shared/base.css"), join(dir, "style.css")].filter(existsSync);
  const css = cssFiles.map((f) => readFileSync(f, "utf8")).join("\n");
  if (!html.includes("<!-- inline:style -->") || !html.includes("<!-- inline:script -->")) {
    throw new Error(
      `src/ui/${name}/index.html needs the markers <!-- inline:style --> and <!-- inline:script -->`,
    );
  }
  const out = html
    .replace("<!-- inline:style -->", () => `<style>\n${css}\n</style>`)
    .replace("<!-- inline:script -->", () => inlineScript(js));
  if (/<(script|link)[^>]+(src|href)=["']?(https?:)?\/\//i.test(out))
    throw new Error(`dist/${name}.html refers to an external URL`);
  writeFileSync(join(dist, `${name}.html`), out);
}

/** The sidebar/dialog folders: every src/ui/<name>/ with an index.html. */
export function uiNames(): string[] {
  return readdirSync(uiDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(uiDir, d.name, "index.html")))
    .map((d) => d.name)
    .sort();
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const names = await entryExports();
  await buildCode(names);
  copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));
  const uis = uiNames();
  await Promise.all(uis.map(buildUi));
  const size = readFileSync(join(dist, "Code.js")).length;
  console.log(
    `built dist/ (${target}) in ${Date.now() - started} ms: Code.js ${(size / 1024).toFixed(0)} KiB, ${names.length} globals, ${uis.length} html: ${uis.join(", ")}`,
  );
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
