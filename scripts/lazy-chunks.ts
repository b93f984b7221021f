// Features compiled on first use. Apps Script compiles the whole of Code.js at every execution (each menu click, each
// google.script.run call), and V8 scans a string literal about three times faster than it parses the same bytes as
// code (Node 20: 7.7 ms against 21.7 ms for the 640 KiB bundle). So each feature module listed in CHUNKS
// (src/gas/<name>.ts with the files only it uses) is bundled apart, without whitespace (chunkOptions in build.ts), and
// reaches Code.js as one string; Code.js keeps, in its place, a function per export that compiles the string on its
// first call (`new Function`) and runs it against the same module instances as the rest of the bundle. A file the
// main bundle uses stays in it; a file two chunks use goes to the chunk "common", compiled with the first chunk that
// needs it. No file is bundled twice, so no module's state is.
//
// A chunk runs as `chunk/<name>.js` (its //# sourceURL); `npm run build` writes each one to build/chunk/<name>.js,
// with the source maps, for scripts/stack-trace.ts to map an Apps Script stack trace back to src/.

import { readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { parse } from "acorn";
import { type BuildOptions, build, type Metafile, type Plugin } from "esbuild";

/**
 * The features whose code reaches Code.js as text: src/gas/<name>.ts each, chosen by measure (scripts/bench-bundle.ts).
 * A chunk's entry may export functions and types only; the main bundle calls the functions through a stub.
 */
export const CHUNKS = [
  "attendance",
  "class-view",
  "demo",
  "equipment",
  "events",
  "generated",
  "my-plan",
  "plan-coverage",
  "plan-suggest",
  "questionnaires",
  "setup",
  "summaries",
  "thesaurus",
  "validate",
] as const;

const REGISTRY = "proftrack-chunks:registry";

/** "src/gas/demo.ts" from an absolute path under `root` (the keys by which chunks ask for shared modules). */
const keyOf = (root: string, path: string) => relative(root, path).split("\\").join("/");

/** Names of the functions a chunk entry exports: `export function name` and `export const name = lazy(` (args.ts). */
function exportedFunctions(path: string): string[] {
  const source = readFileSync(path, "utf8");
  return [...source.matchAll(/^export (?:function (\w+)|const (\w+) = lazy\()/gm)].map((m) => m[1] ?? m[2]);
}

/** In the main bundle: each chunk entry is replaced by stubs that load the chunk; the registry module is generated. */
function mainPlugin(root: string, entries: Map<string, string>, registry: () => string): Plugin {
  return {
    name: "lazy-chunks-main",
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${REGISTRY}$`) }, () => ({ path: REGISTRY, namespace: "chunks" }));
      b.onLoad({ filter: /.*/, namespace: "chunks" }, () => ({
        contents: registry(),
        loader: "js",
        resolveDir: root,
      }));
      // A chunk entry resolves to its stub, in a namespace of its own (so a source map never places the stub in src/).
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === "inner") return undefined;
        const r = await b.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: "inner",
        });
        return entries.has(r.path) ? { path: r.path, namespace: "chunk-stub" } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: "chunk-stub" }, (args) => {
        const name = entries.get(args.path) ?? "";
        const stubs = exportedFunctions(args.path).map(
          (f) =>
            `/** Compiles chunk/${name}.js on first use (scripts/lazy-chunks.ts). */\n` +
            `export function ${f}() { return chunk(${JSON.stringify(name)}).${f}.apply(this, arguments); }`,
        );
        return {
          contents: [`import { chunk } from "${REGISTRY}";`, ...stubs].join("\n"),
          loader: "js",
          resolveDir: root,
        };
      });
    },
  };
}

/** In a chunk's build: a file of the main bundle (or another chunk's entry) is external, asked for by its key. */
function chunkPlugin(root: string, shared: Set<string>): Plugin {
  return {
    name: "lazy-chunks-chunk",
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === "inner" || args.kind === "entry-point") return undefined;
        const r = await b.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: "inner",
        });
        if (r.errors.length > 0 || !isAbsolute(r.path)) return undefined;
        return shared.has(r.path) ? { path: keyOf(root, r.path), external: true } : undefined;
      });
    },
  };
}

/**
 * A chunk: its code as esbuild wrote it, the body Code.js gives `new Function` (`text`), the whole function as V8
 * numbers its lines in a stack trace (`asRun`: two lines of header, then the body; build/chunk/<name>.js) and the
 * source map of `asRun`.
 */
export interface Chunk {
  code: string;
  text: string;
  asRun: string;
  map: string;
  metafile: Metafile;
}

/** The source V8 compiles for `new Function("require", "module", "exports", body)`: its lines are a trace's. */
const asRun = (body: string) => `(function anonymous(require,module,exports\n) {\n${body}\n})`;

export interface Bundled {
  /** Code.js without the global stubs, and its source map. */
  code: string;
  map: string;
  /** The main bundle's metafile. */
  main: Metafile;
  chunks: Record<string, Chunk>;
}

/** What Code.js compiles for a chunk: strict, named for stack traces. */
const chunkText = (name: string, code: string) => `"use strict";\n${code}//# sourceURL=chunk/${name}.js\n`;

/** esbuild's code and source map of a build; the map is shifted by `lines` lines put before the code. */
function codeAndMap(r: { outputFiles: { path: string; text: string }[] }, lines = 0) {
  const code = r.outputFiles.find((f) => !f.path.endsWith(".map"))?.text ?? "";
  const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith(".map"))?.text ?? "{}");
  map.mappings = ";".repeat(lines) + map.mappings;
  return { code, map: JSON.stringify(map) };
}

/** The chunk of the files that two feature chunks use and the main bundle does not. */
const COMMON = "common";

/**
 * Bundles `entry` as an IIFE with the CHUNKS of `root` apart. A file the main bundle uses stays in it (chunks ask it
 * for the names they use); a file two chunks use and the main bundle does not goes to the chunk "common", compiled
 * when the first chunk that needs it is; the rest of each chunk is its own. No file is bundled twice.
 */
export async function bundleWithChunks(
  root: string,
  entry: string,
  options: BuildOptions,
  chunkOptions: BuildOptions = options,
  chunkNames: readonly string[] = CHUNKS,
): Promise<Bundled> {
  const entries = new Map(chunkNames.map((n) => [join(root, `src/gas/${n}.ts`), n] as const));
  let registry = "export function chunk() {}";
  const buildMain = () =>
    build({
      ...options,
      plugins: [...(options.plugins ?? []), mainPlugin(root, entries, () => registry)],
      entryPoints: [entry],
      format: "iife",
      absWorkingDir: root,
      outfile: join(root, "build/Code.js"),
      sourcemap: "external",
      write: false,
      metafile: true,
    });
  const buildChunk = (name: string, shared: Set<string>, entryPoint: string | { contents: string }) =>
    build({
      ...chunkOptions,
      outfile: join(root, `build/chunk/${name}.js`),
      sourcemap: "external",
      plugins: [...(chunkOptions.plugins ?? []), chunkPlugin(root, shared)],
      ...(typeof entryPoint === "string"
        ? { entryPoints: [entryPoint] }
        : {
            stdin: { contents: entryPoint.contents, resolveDir: root, loader: "js", sourcefile: "common.js" },
          }),
      format: "cjs",
      absWorkingDir: root,
      write: false,
      metafile: true,
    });
  // The main bundle's own files: entry.ts and what it reaches, chunk entries replaced by their stubs.
  const native = new Set<string>();
  for (const p of Object.keys((await buildMain()).metafile.inputs))
    if (!p.includes(":")) native.add(join(root, p));
  const common = new Set<string>();
  for (let pass = 0; pass < 10; pass++) {
    const chunks: Record<string, Chunk> = {};
    const owner = new Map<string, string>();
    let moved = false;
    const own = (name: string, metafile: Metafile) => {
      for (const input of Object.keys(metafile.inputs)) {
        const abs = join(root, input);
        if (input.includes(":") || input === "<stdin>") continue;
        const other = owner.get(abs);
        if (other !== undefined && other !== name && !common.has(abs)) {
          common.add(abs);
          moved = true;
        }
        owner.set(abs, name);
      }
    };
    for (const [path, name] of entries) {
      const shared = new Set([...native, ...entries.keys(), ...common]);
      shared.delete(path);
      const r = await buildChunk(name, shared, path);
      const { code, map } = codeAndMap(r, 3);
      const text = chunkText(name, code);
      chunks[name] = { code, text, asRun: asRun(text), map, metafile: r.metafile };
      own(name, r.metafile);
    }
    const commonKeys = [...common].map((f) => keyOf(root, f)).sort();
    if (commonKeys.length > 0) {
      // Each common module as an object of the names the chunks read of it (not its whole namespace, which would keep
      // every export of zod/mini): `m<i>` in the chunk's exports.
      const asked = new Map<string, Set<string>>();
      for (const c of Object.values(chunks)) namesAsked(c.code, asked);
      const contents = commonKeys
        .map((k, i) => {
          const names = [...(asked.get(k) ?? [])].filter((n) => n !== "default").sort();
          const imports = names.map((n) => `${n} as m${i}_${n}`).join(", ");
          const getters = names.map((n) => `get ${n}() { return m${i}_${n}; }`).join(", ");
          return `import { ${imports} } from ${JSON.stringify(join(root, k))};\nexport const m${i} = { ${getters} };`;
        })
        .join("\n");
      const r = await buildChunk(COMMON, new Set([...native, ...entries.keys()]), { contents });
      const { code, map } = codeAndMap(r, 3);
      const text = chunkText(COMMON, code);
      chunks[COMMON] = { code, text, asRun: asRun(text), map, metafile: r.metafile };
      own(COMMON, r.metafile);
    }
    if (moved) continue;
    registry = registrySource(root, chunks, commonKeys);
    const final = await buildMain();
    // The registry only names what main already holds: a file new to it would be in a chunk as well.
    for (const p of Object.keys(final.metafile.inputs))
      if (!p.includes(":") && !native.has(join(root, p)))
        throw new Error(`lazy chunks: ${p} would be bundled twice (main and a chunk)`);
    return { ...codeAndMap(final), main: final.metafile, chunks };
  }
  throw new Error("lazy chunks: the shared files did not settle");
}

/**
 * The names each chunk reads of each shared module: esbuild's CommonJS output binds `var x = require("key")` (or
 * `__toESM(require("key"))`) and reads `x.name`. Only those names are imported by the registry, so the main bundle
 * still drops what nobody uses (a whole namespace of zod would bring its JSON Schema code back).
 */
function namesAsked(code: string, names: Map<string, Set<string>>): void {
  type Node = { type: string; [k: string]: unknown };
  const ast = parse(code, { ecmaVersion: 2020, sourceType: "script" }) as unknown as Node;
  /** The key of `require("key")` or `__toESM(require("key"))`, if `init` is one. */
  const requireKey = (init: Node | null): string | undefined => {
    let call = init;
    if (
      call?.type === "CallExpression" &&
      (call.callee as Node).type === "Identifier" &&
      (call.callee as Node).name !== "require"
    )
      call = (call.arguments as Node[])[0] ?? null;
    if (call?.type !== "CallExpression" || (call.callee as Node).name !== "require") return undefined;
    const arg = (call.arguments as Node[])[0];
    return arg?.type === "Literal" && typeof arg.value === "string" ? arg.value : undefined;
  };
  const children = (n: Node): Node[] =>
    Object.entries(n)
      .filter(([k]) => k !== "type")
      .flatMap(([, v]) => (Array.isArray(v) ? v : [v]))
      .filter((v): v is Node => v !== null && typeof v === "object" && typeof (v as Node).type === "string");
  const locals = new Map<string, Set<string>>();
  const declare = (n: Node): void => {
    if (n.type === "VariableDeclarator" && (n.id as Node).type === "Identifier") {
      const key = requireKey(n.init as Node | null);
      if (key !== undefined) {
        const set = names.get(key) ?? new Set<string>();
        names.set(key, set);
        locals.set((n.id as Node).name as string, set);
      }
    }
    for (const c of children(n)) declare(c);
  };
  declare(ast);
  const use = (n: Node, parent: Node | null): void => {
    if (n.type === "MemberExpression" && !n.computed) {
      const set =
        (n.object as Node).type === "Identifier" ? locals.get((n.object as Node).name as string) : undefined;
      if (set) {
        set.add((n.property as Node).name as string);
        return;
      }
    }
    if (n.type === "Identifier" && locals.has(n.name as string) && parent?.type !== "VariableDeclarator")
      throw new Error(`lazy chunks: a shared module is used whole (${n.name}), not by name`);
    for (const c of children(n)) use(c, n);
  };
  use(ast, null);
}

/** The generated module that holds each chunk's text and loads it on first use. */
function registrySource(root: string, chunks: Record<string, Chunk>, commonKeys: string[]): string {
  const names = new Map<string, Set<string>>();
  for (const c of Object.values(chunks)) namesAsked(c.code, names);
  const lines: string[] = [];
  const table: string[] = [];
  [...names.keys()]
    .filter((k) => !commonKeys.includes(k))
    .sort()
    .forEach((k, i) => {
      const asked = [...(names.get(k) ?? [])].filter((n) => n !== "default").sort();
      lines.push(
        `import { ${asked.map((n) => `${n} as m${i}_${n}`).join(", ")} } from ${JSON.stringify(join(root, k))};`,
      );
      table.push(
        `  ${JSON.stringify(k)}: { ${asked.map((n) => `get ${n}() { return m${i}_${n}; }`).join(", ")} },`,
      );
    });
  const sources = Object.entries(chunks)
    .map(([name, c]) => `  ${JSON.stringify(name)}: ${JSON.stringify(c.text)},`)
    .join("\n");
  return `${lines.join("\n")}
// The names of the main bundle's modules that chunks use, by path.
const shared = {
${table.join("\n")}
};
// The modules of the chunk "${COMMON}", by path: the name of their namespace in it.
const common = {
${commonKeys.map((k, i) => `  ${JSON.stringify(k)}: "m${i}",`).join("\n")}
};
// Each chunk's code (build/chunk/<name>.js): compiled only when one of its functions is first called.
const sources = {
${sources}
};
const loaded = {};
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function requireShared(key) {
  if (has(common, key)) return chunk("${COMMON}")[common[key]];
  if (!has(shared, key)) throw new Error("a chunk asks for a module that is not shared: " + key);
  return shared[key];
}
export function chunk(name) {
  if (!has(loaded, name)) {
    const module = { exports: {} };
    new Function("require", "module", "exports", sources[name])(requireShared, module, module.exports);
    loaded[name] = module.exports;
  }
  return loaded[name];
}
`;
}
