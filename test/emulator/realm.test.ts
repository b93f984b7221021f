// The bundle's realm: built-ins bound as script constants (fast lookups), the same objects as its globals, and the
// realm's Date still replaceable (tests fix the clock that way).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { loadBundle } from "../../emulator/loader";

const dir = mkdtempSync(join(tmpdir(), "proftrack-realm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function load(code: string, services: Record<string, unknown> = {}) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(file, code);
  return loadBundle(file, services);
}

describe("the bundle's realm", () => {
  test("Math, Map, Number… are bindings of the realm's own built-ins, not lookups on its global object", () => {
    const { context } = load(
      '"use strict"; function probe() { return [Math === globalThis.Math, Map === globalThis.Map, Number("7")]; }',
    );
    expect(vm.runInContext("probe()", context)).toEqual([true, true, 7]);
    // Deleting the global property leaves the binding: the bundle's lookups never reach the global object.
    vm.runInContext("delete globalThis.Math", context);
    expect(vm.runInContext("typeof Math", context)).toBe("object");
  });

  test("services stay globals (console is the emulator's), and Date stays replaceable", () => {
    const console = { log: () => "emulated" };
    const { context } = load(
      '"use strict"; function probe() { return [console.log(), new Date().getTime()]; }',
      {
        console,
      },
    );
    vm.runInContext("globalThis.Date = function () { return { getTime: () => 42 }; }", context);
    expect(vm.runInContext("probe()", context)).toEqual(["emulated", 42]);
  });

  test("no Node or browser-only API appears through the bindings", () => {
    const { context } = load('"use strict";');
    for (const n of ["setTimeout", "URL", "TextEncoder", "structuredClone", "fetch", "require", "process"])
      expect(vm.runInContext(`typeof ${n}`, context)).toBe("undefined");
  });
});
