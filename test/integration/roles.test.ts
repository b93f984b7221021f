// Coordinator-only actions through the built bundle: «Координаторы» is checked when the user's e-mail is known.

import { createEmulator, type Emulator } from "../../emulator/index";
import { cloneWorkbook, type WorkbookModel } from "../../emulator/model";
import { isCoordinator } from "../../src/gas/roles";
import { messages } from "../../src/i18n";

const REFUSED = messages("ru").common.notCoordinator;
const COORDINATOR = "zav@school.example";

let demoSchool: WorkbookModel | undefined;
/** The demo school with «Координаторы» set to `coordinators`, run by `email`. */
function school(coordinators: string, email: string): Emulator {
  if (!demoSchool) {
    const emu = createEmulator();
    emu.call("setupWorkbook");
    emu.call("fillDemoData");
    demoSchool = emu.workbook;
  }
  const emu = createEmulator({ workbook: cloneWorkbook(demoSchool), user: { email } });
  const settings = emu.workbook.sheets.find((s) => s.name === "Настройки")!;
  const row = settings.cells.findIndex((r) => r?.[0]?.v === "Координаторы") + 1;
  expect(row).toBeGreaterThan(1);
  emu.editCell("Настройки", row, 2, coordinators);
  emu.calls.reset();
  return emu;
}

/** Each coordinator action as the sidebar or menu calls it (arguments that would succeed for a coordinator). */
const ACTIONS: [string, unknown[]][] = [
  ["refreshPlanCoverage", []],
  ["refreshEquipmentAnalysis", []],
  ["refreshSummaries", []],
  ["rescoreQuestionnaires", []],
  ["createQuestionnaireForm", ["ИНТЕРЕСЫ"]],
  ["addReadyQuestionnaireById", ["РОДИТЕЛИ"]],
  ["setupWorkbook", []],
  ["fillDemoData", []],
];

function writesOf(emu: Emulator): number {
  const c = emu.calls.snapshot();
  return Object.entries(c)
    .filter(([k]) =>
      /^(Range\.set|Sheet\.(insert|delete|set)|Spreadsheet\.(insertSheet|deleteSheet)|FormApp\.create|ScriptApp\.newTrigger)/.test(
        k,
      ),
    )
    .reduce((n, [, v]) => n + v, 0);
}

describe("a teacher not on «Координаторы» is refused, in Russian, before anything is written", () => {
  test.each(ACTIONS)("%s", (name, args) => {
    const emu = school(`${COORDINATOR}, vice@school.example`, "teacher@school.example");
    const before = JSON.stringify(emu.workbook.sheets);
    const r = emu.runFromClient(name, args);
    expect(r).toEqual({ ok: false, error: { name: "UserError", message: REFUSED } });
    expect(writesOf(emu)).toBe(0);
    expect(JSON.stringify(emu.workbook.sheets)).toBe(before);
  });

  test("applyPlanSuggestion too, with the token the preview gave", () => {
    const emu = school(COORDINATOR, "teacher@school.example");
    const preview = emu.runFromClient("getPlanSuggestion", []);
    expect(preview.ok).toBe(true); // reading is anyone's
    const token = (preview as { value: { token: string } }).value.token;
    emu.calls.reset();
    expect(emu.runFromClient("applyPlanSuggestion", [token])).toEqual({
      ok: false,
      error: { name: "UserError", message: REFUSED },
    });
    expect(writesOf(emu)).toBe(0);
  });
});

describe("who is allowed", () => {
  test("a listed coordinator, whatever the case of the address; the check costs no extra read of Настройки", () => {
    const emu = school(`${COORDINATOR}; vice@school.example`, "Zav@School.Example");
    const r = emu.runFromClient("refreshPlanCoverage", []);
    expect(r.ok).toBe(true);
    expect(emu.workbook.sheets.some((s) => s.name === "Итоги — план")).toBe(true);
    expect(emu.calls.get("Session.getActiveUser")).toBe(1);
    // Настройки, Ступени, Предметы, Профессии, План: one read each, Настройки shared with the check.
    expect(emu.calls.get("Range.getValues")).toBe(5);
  });

  test("anyone when Google gives no e-mail (relying on tab protection), and then Настройки is not read for it", () => {
    const emu = school(COORDINATOR, "");
    expect(emu.runFromClient("rescoreQuestionnaires", []).ok).toBe(true);
    expect(emu.calls.get("User.getEmail")).toBe(1);
  });

  test("anyone when «Координаторы» is blank", () => {
    const emu = school("", "teacher@school.example");
    expect(emu.runFromClient("refreshEquipmentAnalysis", []).ok).toBe(true);
  });

  test("a teacher's own actions are not coordinator-only: reading the thesaurus and the events", () => {
    const emu = school(COORDINATOR, "teacher@school.example");
    expect(emu.runFromClient("getThesaurus", []).ok).toBe(true);
    expect(emu.runFromClient("getEvents", []).ok).toBe(true);
  });

  test("isCoordinator: blank e-mail or blank list allow; otherwise the address must be listed", () => {
    expect(isCoordinator("", ["a@b.ru"])).toBe(true);
    expect(isCoordinator("x@b.ru", [])).toBe(true);
    expect(isCoordinator("x@b.ru", [" ", ""])).toBe(true);
    expect(isCoordinator(" A@B.ru ", ["a@b.ru"])).toBe(true);
    expect(isCoordinator("x@b.ru", ["a@b.ru"])).toBe(false);
  });
});
