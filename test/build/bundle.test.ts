// The built bundle is a valid Apps Script project: ES2020 script, one global per entry export, allowed scopes only.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import { createRealm, loadBundle } from "../../emulator/loader";
import { globalStubs, uiNames } from "../../scripts/build";
import { mapTrace } from "../../scripts/stack-trace";

const dist = join(__dirname, "../../dist");
const code = () => readFileSync(join(dist, "Code.js"), "utf8");

/** The globals the bundle must define: the exports of entry.ts, read from its source. */
function entryExportNames(): string[] {
  const src = readFileSync(join(__dirname, "../../src/gas/entry.ts"), "utf8");
  return [...src.matchAll(/^export function (\w+)/gm)].map((m) => m[1]).sort();
}

describe("dist/ after npm run build", () => {
  test("holds exactly appsscript.json, Code.js and one .html per src/ui folder", () => {
    const expected = ["Code.js", "appsscript.json", ...uiNames().map((n) => `${n}.html`)].sort();
    expect(readdirSync(dist).sort()).toEqual(expected);
  });

  test("Code.js parses as an ES2020 script (no modules, nothing newer)", () => {
    expect(() => parse(code(), { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
    // The parser really is strict: ES2022 syntax is refused.
    expect(() => parse("class A { #x = 1 }", { ecmaVersion: 2020, sourceType: "script" })).toThrow();
    expect(() => parse("export const a = 1;", { ecmaVersion: 2020, sourceType: "script" })).toThrow();
  });

  test("loading Code.js with only JS built-ins defines every export as a global and calls no service", () => {
    const touched: string[] = [];
    const trap = (name: string) =>
      new Proxy(
        {},
        {
          get: (_t, p) => {
            touched.push(`${name}.${String(p)}`);
            return () => undefined;
          },
        },
      );
    const names = [
      "SpreadsheetApp",
      "HtmlService",
      "Session",
      "LockService",
      "PropertiesService",
      "ScriptApp",
      "FormApp",
      "Utilities",
      "Logger",
    ];
    const loaded = loadBundle(join(dist, "Code.js"), Object.fromEntries(names.map((n) => [n, trap(n)])));
    expect(loaded.globals).toEqual(expect.arrayContaining(entryExportNames()));
    expect(loaded.globals.filter((g) => g !== "__app").sort()).toEqual(entryExportNames());
    expect(touched).toEqual([]);
  });

  test("the vm realm has no Node or browser-only APIs", () => {
    const loaded = loadBundle(join(dist, "Code.js"), {});
    for (const n of ["require", "process", "setTimeout", "URL", "TextEncoder", "fetch", "Buffer", "atob"]) {
      expect(typeof loaded.context[n]).toBe("undefined");
    }
  });

  test("the global stubs are generated, one per name", () => {
    expect(globalStubs(["a", "b"])).toBe(
      'function a() { return __app.__run("a", __app.a, this, arguments); }\nfunction b() { return __app.__run("b", __app.b, this, arguments); }',
    );
  });

  test("the manifest asks for exactly the allowed scopes", () => {
    const manifest = JSON.parse(readFileSync(join(dist, "appsscript.json"), "utf8"));
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        "https://www.googleapis.com/auth/forms",
        "https://www.googleapis.com/auth/script.container.ui",
        "https://www.googleapis.com/auth/script.scriptapp",
        "https://www.googleapis.com/auth/spreadsheets.currentonly",
        "https://www.googleapis.com/auth/userinfo.email",
      ].sort(),
    );
    expect(manifest.runtimeVersion).toBe("V8");
  });

  test("every html file is self-contained: no external script, style or font", () => {
    for (const n of uiNames()) {
      const html = readFileSync(join(dist, `${n}.html`), "utf8");
      expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?(https?:)?\/\//i);
      expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
      expect(html).toContain("<script>");
    }
  });

  test(".clasp.json pushes dist/", () => {
    const clasp = JSON.parse(readFileSync(join(__dirname, "../../.clasp.json"), "utf8"));
    expect(clasp.rootDir).toBe("dist");
    expect(existsSync(join(dist, "appsscript.json"))).toBe(true);
  });
});

/** Every string literal of Code.js (acorn), with where it starts. */
function stringLiterals(source: string): { start: number; end: number; value: string }[] {
  const found: { start: number; end: number; value: string }[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const n = node as { type?: string; value?: unknown; start: number; end: number } & Record<
      string,
      unknown
    >;
    if (n.type === "Literal" && typeof n.value === "string")
      found.push({ start: n.start, end: n.end, value: n.value });
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object") visit(v);
    }
  };
  visit(parse(source, { ecmaVersion: 2020, sourceType: "script" }));
  return found;
}

describe("what every execution compiles (scripts/lazy-chunks.ts)", () => {
  const source = code();
  const chunks = stringLiterals(source).filter((s) => /\/\/# sourceURL=chunk\/[\w-]+\.js\n$/.test(s.value));
  const chunkNamed = (name: string) => chunks.find((s) => s.value.endsWith(`sourceURL=chunk/${name}.js\n`));
  /** Code.js with the chunks' text cut out: what V8 parses as code at every execution. */
  const eager = chunks.reduceRight((text, s) => text.slice(0, s.start) + text.slice(s.end), source);

  test("zod is zod/mini only: no classic zod, no JSON Schema conversion, in the code or in any chunk", () => {
    // The chunks' text as V8 compiles it (the string values, not their escaped spelling in Code.js).
    const texts = [eager, ...chunks.map((c) => c.value)];
    expect(texts.some((t) => t.includes('"ZodMiniObject"'))).toBe(true);
    for (const classic of ['"ZodObject"', '"ZodString"', "toJSONSchema", "draft-2020-12", "zod/v4/classic/"])
      for (const t of texts) expect(t).not.toContain(classic);
  });

  test("the demo school's data and code are the text of chunk/demo.js, not code of Code.js", () => {
    const demo = chunkNamed("demo");
    expect(demo?.value).toContain("Агроинженер-робототехник");
    expect(demo?.value).toContain("buildDemoSchool");
    expect(eager).not.toContain("Агроинженер-робототехник");
    expect(eager).not.toMatch(/function buildDemoSchool\b/);
  });

  test("each chunk is valid ES2020 and runs in strict mode", () => {
    expect(chunks.length).toBeGreaterThanOrEqual(10);
    for (const c of chunks) {
      expect(c.value.startsWith('"use strict";\n')).toBe(true);
      expect(() =>
        parse(c.value, { ecmaVersion: 2020, sourceType: "script", allowReturnOutsideFunction: true }),
      ).not.toThrow();
    }
  });

  test("a stack trace through a chunk maps back to src/ (scripts/stack-trace.ts, build/ of the same build)", () => {
    const loaded = loadBundle(join(dist, "Code.js"), {});
    const app = loaded.context.__app as { fillDemoData(): void };
    let stack = "";
    try {
      app.fillDemoData(); // No LockService in this realm: it throws inside the demo chunk's call to the lock.
    } catch (e) {
      stack = String((e as Error).stack);
    }
    const mapped = mapTrace(stack);
    expect(mapped).toMatch(/chunk\/demo\.js:\d+:\d+ → src\/gas\/demo\.ts:\d+:\d+/);
    expect(mapped).toMatch(/Code\.js:\d+:\d+ → src\/gas\/lock\.ts:\d+:\d+/);
  });

  test("opening a sidebar or dialog from the menu compiles no feature chunk (src/gas/dialogs.ts)", () => {
    const realm = createRealm();
    const realFunction = vm.runInContext("Function", realm.context) as FunctionConstructor;
    const compiled: string[] = [];
    // The realm's Function, recording which chunk each `new Function` compiles.
    const chunkOf = (args: unknown[]) =>
      /sourceURL=chunk\/([\w-]+)\.js/.exec(String(args[args.length - 1] ?? ""))?.[1] ?? "?";
    const spy = new Proxy(realFunction, {
      construct: (target, args) => {
        compiled.push(chunkOf(args));
        return Reflect.construct(target, args);
      },
      apply: (target, self, args) => {
        compiled.push(chunkOf(args));
        return Reflect.apply(target, self, args);
      },
    });
    const page = {
      setTitle: () => page,
      setWidth: () => page,
      setHeight: () => page,
      append: () => page,
    };
    const shown: string[] = [];
    const services = {
      Function: spy,
      Session: { getActiveUserLocale: () => "ru" },
      HtmlService: {
        createHtmlOutputFromFile: (file: string) => {
          shown.push(file);
          return page;
        },
      },
      SpreadsheetApp: { getUi: () => ({ showSidebar: () => {}, showModalDialog: () => {} }) },
    };
    const loaded = loadBundle(join(dist, "Code.js"), services, realm);
    const menuOpeners = loaded.globals.filter((g) =>
      /^show\w*Sidebar$|^pickClassView$|^suggestPlan$/.test(g),
    );
    expect(menuOpeners.length).toBeGreaterThanOrEqual(7);
    for (const g of menuOpeners) (loaded.context[g] as () => void)();
    expect(shown.length).toBe(menuOpeners.length);
    expect(compiled).toEqual([]);
    // The spy does see a chunk when a feature runs: the demo fill compiles chunk/demo.js (and fails later, at the
    // lock this realm lacks).
    expect(() => (loaded.context.__app as { fillDemoData(): void }).fillDemoData()).toThrow(/LockService/);
    expect(compiled).toContain("demo");
  });

  test("the sidebars ship no zod", () => {
    for (const n of uiNames()) {
      const html = readFileSync(join(dist, `${n}.html`), "utf8");
      expect(html).not.toMatch(/\$constructor|ZodMini|zod/);
    }
  });
});
