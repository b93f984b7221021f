// «Заполнить демо-данными» through the built bundle: the demo school written through the specs, deterministic, refused
// on a workbook with data.

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator, type Emulator } from "../../emulator/index";
import { cloneWorkbook, newWorkbook, type SheetModel } from "../../emulator/model";
import { schoolYearOf } from "../../src/domain/calendar";
import { buildDemoSchool, DEMO_SCHOOL_NAME } from "../../src/domain/demo";
import { plural } from "../../src/i18n";
import { looksLikeFullName } from "../../src/tables/normalize";
import { readTable } from "../../src/tables/read";
import { TABS } from "../../src/tables/specs";

const sheet = (emu: Emulator, name: string): SheetModel => {
  const s = emu.workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const grid = (s: SheetModel) => s.cells.filter(Boolean).map((r) => Array.from(r, (c) => c?.v ?? ""));
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Moscow" });
const options = { timeZone: "Europe/Moscow", locale: "ru" as const };

describe("fillDemoData on a new workbook", () => {
  const emu = createEmulator({ workbook: newWorkbook() });
  emu.call("fillDemoData");
  const demo = buildDemoSchool({ year: schoolYearOf(today()) });

  test("sets the workbook up first and writes every tab of the demo school of the current school year", () => {
    expect(emu.workbook.sheets.map((s) => s.name)).toContain("Шкалы");
    const read = <K extends "pupils" | "events" | "participation" | "plan">(key: K) =>
      readTable(TABS[key], grid(sheet(emu, TABS[key].name.ru)), options);
    const pupils = read("pupils");
    expect(pupils.errors).toEqual([]);
    expect(pupils.records.map((r) => r.record)).toEqual(demo.pupils);
    expect(read("events").records.map((r) => r.record)).toEqual(demo.events);
    expect(read("participation").records).toHaveLength(demo.participation.length);
    expect(read("plan").records.map((r) => r.record)).toEqual(demo.plan);
    const settings = grid(sheet(emu, "Настройки"));
    expect(settings.find((r) => r[0] === "Школа")?.[1]).toBe(DEMO_SCHOOL_NAME);
    expect(settings.find((r) => r[0] === "Учебный год")?.[1]).toBe(schoolYearOf(today()));
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      `Демо-школа записана: ${demo.pupils.length} ${plural(demo.pupils.length, "ученик", "ученика", "учеников")} (по кодам), ${demo.events.length} ${plural(demo.events.length, "мероприятие", "мероприятия", "мероприятий")}.`,
    );
  });

  test("pupils are codes only: no full name anywhere on Ученики", () => {
    for (const row of grid(sheet(emu, "Ученики")).slice(1))
      for (const cell of row) expect(looksLikeFullName(String(cell))).toBe(false);
  });

  test("deterministic: another new workbook gets the very same cells", () => {
    const other = createEmulator({ workbook: newWorkbook() });
    other.call("fillDemoData");
    expect(JSON.stringify(other.workbook)).toBe(JSON.stringify(emu.workbook));
  });

  test("setup afterwards is a no-op, a second fill is refused with a clear message and changes nothing", () => {
    const copy = cloneWorkbook(emu.workbook);
    emu.call("setupWorkbook");
    expect(emu.workbook).toEqual(copy);
    expect(() => emu.call("fillDemoData")).toThrow(
      /^Демо-данные записываются только в пустую книгу, а здесь уже есть данные на листах «Классы», «Ученики»/,
    );
    expect(emu.workbook).toEqual(copy);
  });
});

describe("fillDemoData on a workbook that is set up", () => {
  test("one setValues per tab of data, whatever the size of the school; Настройки patched in one block", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    emu.calls.reset();
    emu.call("fillDemoData");
    // 16 tabs of records, the ready questionnaires included (Ступени already has the four bands), and only the school name differs in Настройки:
    // the executor writes every change as a block, so that is one setValues too. Then the answers to the four ready
    // questionnaires (a block per «Ответы — <Id>» tab), the results, one block appended to «Выбор экзаменов» (the
    // readiness answers and two rows the class teachers typed) and its per-class view.
    expect(emu.calls.get("Range.setValues")).toBe(17 + 4 + 3);
    expect(emu.calls.get("Range.setValue")).toBe(0);
    // Scoring reads what it scores against afresh (Настройки, Анкеты, Вопросы, Шкалы, Ученики) and the four answer tabs.
    // Each of the 16 appended blocks is re-checked right before its write (nothing typed meanwhile is overwritten).
    expect(emu.calls.get("Range.getValues")).toBe(18 + 5 + 4 + 16);
  });

  test("refuses when a single row was typed anywhere but Настройки and Ступени", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    emu.editCell("Консультации", 2, 3, "заметка");
    const copy = cloneWorkbook(emu.workbook);
    expect(() => emu.call("fillDemoData")).toThrow(
      "Демо-данные записываются только в пустую книгу, а здесь уже есть данные на листе «Консультации». Создайте новую таблицу и повторите.",
    );
    expect(emu.workbook).toEqual(copy);
  });

  test("a school's own Ступени and settings are kept; only the school name and year are set", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    emu.editCell("Ступени", 2, 3, "наше направление");
    const settings = sheet(emu, "Настройки");
    const row = (label: string) => settings.cells.findIndex((r) => r?.[0]?.v === label) + 1;
    emu.editCell("Настройки", row("Координаторы"), 2, "coord@school.example");
    emu.ctx.user.email = "coord@school.example"; // the demo fill is a coordinator's action (src/gas/roles.ts)
    emu.call("fillDemoData");
    expect(sheet(emu, "Ступени").cells[1]?.[2]?.v).toBe("наше направление");
    expect(settings.cells[row("Координаторы") - 1]?.[1]?.v).toBe("coord@school.example");
    expect(settings.cells[row("Школа") - 1]?.[1]?.v).toBe(DEMO_SCHOOL_NAME);
  });
});

describe("npm run local -- init --demo", () => {
  test("the CLI writes the demo school into a new .xlsx", async () => {
    const { main } = await import("../../emulator/cli");
    const dir = mkdtempSync(join(tmpdir(), "proftrack-demo-"));
    const out = join(dir, "demo.xlsx");
    const log = jest.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await main(["init", "--demo", "--out", out])).toBe(0);
      expect(existsSync(out)).toBe(true);
      expect(log.mock.calls[0][0]).toContain("Ученики");
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
