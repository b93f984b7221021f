// The built bundle is a valid Apps Script project: ES2020 script, one global per entry export, allowed scopes only.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { loadBundle } from "../../emulator/loader";
import { globalStubs, uiNames } from "../../scripts/build";

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
