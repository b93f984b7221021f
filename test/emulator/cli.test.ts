// The local CLI over the built bundle: init, run, and clear errors for what a person gets wrong.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, parseArgv } from "../../emulator/cli";

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "proftrack-cli-"));
  out = [];
  err = [];
  jest.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  jest.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

test("parseArgv reads the command, positionals and flags", () => {
  expect(parseArgv(["run", "onOpen", "--workbook", "x.xlsx", "--args", "[1]"])).toEqual({
    command: "run",
    positional: ["onOpen"],
    flags: { workbook: "x.xlsx", args: "[1]" },
  });
  expect(parseArgv(["init", "--demo", "--out", "y.xlsx"]).flags).toEqual({ demo: true, out: "y.xlsx" });
});

test("init makes a set-up workbook; run onOpen prints the menu as built and the service calls", async () => {
  const file = join(dir, "school.xlsx");
  expect(await main(["init", "--out", file])).toBe(0);
  expect(existsSync(file)).toBe(true);
  expect(out.join("\n")).toContain("Ученики");

  out = [];
  expect(await main(["run", "onOpen", "--workbook", file])).toBe(0);
  const printed = out.join("\n");
  expect(printed).toContain("menu «ПрофТрек»");
  expect(printed).toContain("• Справка  → showHelp()");
  expect(printed).toMatch(/service calls: \d+ \(/);
  expect(printed).not.toMatch(/Range\.getValues/);
});

test("run with --args passes them and prints the result", async () => {
  const file = join(dir, "school.xlsx");
  await main(["init", "--out", file]);
  out = [];
  expect(await main(["run", "getHelp", "--workbook", file, "--args", "[]"])).toBe(0);
  expect(out.join("\n")).toContain('"title": "ПрофТрек — справка"');
});

test("clear errors: no workbook, unknown function, bad JSON, unknown command", async () => {
  const file = join(dir, "school.xlsx");
  expect(await main(["run", "onOpen", "--workbook", join(dir, "missing.xlsx")])).toBe(1);
  expect(err.pop()).toMatch(/no workbook at .*missing\.xlsx/);

  await main(["init", "--out", file]);
  expect(await main(["run", "noSuchThing", "--workbook", file])).toBe(1);
  expect(err.pop()).toMatch(/^Script function not found: noSuchThing/);

  expect(await main(["run", "onOpen", "--workbook", file, "--args", "{oops"])).toBe(1);
  expect(err.pop()).toMatch(/^--args is not valid JSON/);

  expect(await main(["frobnicate"])).toBe(1);
  expect(err.pop()).toMatch(/npm run local -- init/);

  expect(await main(["init", "--out", file])).toBe(1);
  expect(err.pop()).toMatch(/already exists/);
});
