// Runs the real bundle (dist/Code.js) in a vm context that holds only JavaScript built-ins and the emulated services.

import { readFileSync } from "node:fs";
import vm from "node:vm";

export interface LoadedBundle {
  context: vm.Context;
  /** The names of the functions the bundle defined at top level (its Apps Script globals). */
  globals: string[];
  /** A Date made in the bundle's realm, so that `instanceof Date` holds inside it. */
  realmDate: (d: Date) => Date;
  /** Copies a JSON-able value into the bundle's realm (what google.script.run's serialisation does). */
  toRealm: (value: unknown) => unknown;
  /** The realm's own Error constructor. */
  Error: ErrorConstructor;
}

/**
 * Creates the realm first (so services can make Dates in it), then runs the bundle in it.
 * No require, process, setTimeout, URL, TextEncoder, fetch or Buffer exist there: a bundle that works here does not
 * depend on Node.
 */
export function createRealm(): Omit<LoadedBundle, "globals"> {
  const context = vm.createContext(Object.create(null), {
    name: "Apps Script V8 (emulated)",
    codeGeneration: { strings: true, wasm: false },
  });
  // The realm's Date and JSON taken once: a name looked up on the realm's global costs ~0.5 µs (bindBuiltins), and
  // getValues makes a realm Date for every date cell it returns.
  const makeDate = vm.runInContext("((RealmDate) => (t) => new RealmDate(t))(Date)", context) as (
    t: number,
  ) => Date;
  const parse = vm.runInContext("((RealmJSON) => (s) => RealmJSON.parse(s))(JSON)", context) as (
    s: string,
  ) => unknown;
  // Apps Script V8 has none of these; a fresh vm context has some of them as built-ins.
  vm.runInContext(
    "for (const n of ['setTimeout','setInterval','clearTimeout','clearInterval','queueMicrotask','structuredClone','fetch','URL','URLSearchParams','TextEncoder','TextDecoder','atob','btoa','WebAssembly','SharedArrayBuffer']) { try { delete globalThis[n]; } catch (e) {} }",
    context,
  );
  return {
    context,
    Error: vm.runInContext("Error", context) as ErrorConstructor,
    realmDate: (d) => makeDate(d.getTime()),
    toRealm: (v) => (v === undefined ? undefined : parse(JSON.stringify(v))),
  };
}

/**
 * Declares each JavaScript built-in the realm has (Math, Number, Map, Date, …) as a script-level `const` of itself.
 * A vm context's global object answers every lookup through Node's C++ interceptor (about 0.5 µs each, against
 * nanoseconds for a binding): a bundle's `Math.floor` in a row loop paid that each time, which Apps Script does not.
 * The bindings are the same objects, so nothing else changes; the services (console among them), eval (a strict-mode
 * name), the restricted undefined/NaN/Infinity, globalThis and Date stay plain global lookups (a test fixes the
 * bundle's clock by replacing the realm's Date: test/integration/fault-sweep.ts).
 */
function bindBuiltins(context: vm.Context, services: Record<string, unknown>): void {
  const builtins = vm.runInContext(
    `Object.getOwnPropertyNames(globalThis).filter((n) => {
      const d = Object.getOwnPropertyDescriptor(globalThis, n);
      return d && d.configurable && /^[A-Za-z_$][\\w$]*$/.test(n) && !["eval", "globalThis", "Date"].includes(n);
    })`,
    context,
  ) as string[];
  const names = builtins.filter((n) => !(n in services));
  if (names.length > 0) vm.runInContext(`const { ${names.join(", ")} } = globalThis;`, context);
}

/** Installs services as globals of the realm, then runs the bundle file there. */
export function loadBundle(
  path: string,
  services: Record<string, unknown>,
  realm: Omit<LoadedBundle, "globals"> = createRealm(),
): LoadedBundle {
  const code = readFileSync(path, "utf8");
  const before = new Set(Object.getOwnPropertyNames(realm.context));
  for (const [name, service] of Object.entries(services)) realm.context[name] = service;
  bindBuiltins(realm.context, services);
  new vm.Script(code, { filename: path }).runInContext(realm.context);
  const globals = Object.getOwnPropertyNames(realm.context).filter(
    (n) => !before.has(n) && !(n in services) && typeof realm.context[n] === "function",
  );
  return { ...realm, globals: globals.sort() };
}
