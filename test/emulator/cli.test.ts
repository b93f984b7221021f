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

test("submit answers a questionnaire's form as Google would, through the workbook's trigger, and prints the score", async () => {
  const { openEmulator } = await import("../../emulator/index");
  const file = join(dir, "school.xlsx");
  expect(await main(["init", "--demo", "--out", file])).toBe(0);
  expect(await main(["run", "createQuestionnaireForm", "--workbook", file, "--args", '"ОТЗЫВ"'])).toBe(0);
  const form = (await openEmulator(file)).workbook.forms![0];
  const cls = String(form.items[0].choices![0].value);
  const codeItem = form.items.find((i) => i.title.endsWith(`(${cls})`))!;
  const answers = {
    [form.items[0].title]: cls,
    [codeItem.title]: codeItem.choices![1].value,
    "Какое мероприятие вы посетили (название или Id)?": "М-0001",
    "Насколько оно было полезным для вас?": 5,
    "Изменился ли ваш интерес к профессиям, о которых шла речь?": "Стал сильнее",
  };
  out = [];
  expect(
    await main([
      "submit",
      "--workbook",
      file,
      "--form",
      "отзыв",
      "--answers",
      JSON.stringify([answers, answers]),
    ]),
  ).toBe(0);
  const printed = out.join("\n");
  expect(printed).toContain("response → «Ответы — ОТЗЫВ (2)» row 2");
  expect(printed).toContain(`scored ОТЗЫВ: ${codeItem.choices![1].value} (${cls})`);
  expect(printed).toContain("scores: ПОЛЬЗА 5 · ИНТЕРЕС 1; dominant: ПОЛЬЗА");
  // Saved: the two responses and one result row for the pupil.
  const again = await openEmulator(file);
  const results = again.workbook.sheets.find((s) => s.name === "Результаты анкет")!;
  const mine = results.cells.filter((r) => r?.[1]?.v === codeItem.choices![1].value && r?.[0]?.v === "ОТЗЫВ");
  expect(mine).toHaveLength(1);
  err = [];
  expect(await main(["submit", "--workbook", file, "--form", "НЕТ", "--answers", "{}"])).toBe(1);
  expect(err.join("\n")).toContain("no form for questionnaire НЕТ");
}, 60_000);

test("report writes one self-contained page of the refreshed summary tabs with SVG charts, and never saves the workbook", async () => {
  const { readFileSync } = await import("node:fs");
  const file = join(dir, "school.xlsx");
  expect(await main(["init", "--demo", "--out", file])).toBe(0);
  const before = readFileSync(file);
  const page = join(dir, "out", "report.html");
  out = [];
  expect(await main(["report", "--workbook", file, "--out", page])).toBe(0);
  const printed = out.join("\n");
  // This build has no refreshSummaries yet: the summaries it has are refreshed instead.
  expect(printed).toMatch(/refreshed: (refreshSummaries|refreshPlanCoverage, refreshEquipmentAnalysis)/);
  expect(printed).toMatch(/report .*report\.html: \d+ tabs \(.*Итоги — план.*\), \d+ charts/);
  const html = readFileSync(page, "utf8");
  const tabs = [...html.matchAll(/<section class="tab"[^>]*data-tab="([^"]+)"/g)].map((m) => m[1]);
  expect(tabs).toEqual(expect.arrayContaining(["Итоги — план", "Итоги — оборудование"]));
  expect(tabs.indexOf("Итоги — план")).toBeLessThan(tabs.indexOf("Итоги — оборудование"));
  expect(html).toMatch(
    /<p class="built" data-row="1">Сформировано ПрофТрек \d\d\.\d\d\.\d{4} \d\d:\d\d по листам/,
  );
  expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(3);
  expect(html).toContain("МБОУ СОШ № 7 «Горизонт»");
  expect(html).not.toMatch(/<script|<link|src="http/i);
  // The workbook file is byte for byte what it was: the refresh happened in memory only.
  expect(readFileSync(file).equals(before)).toBe(true);

  err = [];
  expect(await main(["report", "--workbook", join(dir, "none.xlsx"), "--out", page])).toBe(1);
  expect(err.pop()).toMatch(/no workbook at/);
  expect(await main(["report", "--workbook", file])).toBe(1);
  expect(err.pop()).toMatch(/missing --out/);
}, 60_000);
