// Service calls of equipment: the analysis, the sidebar's opening and each save are flat from 100 to 5,000 items.

import { createEmulator, type Emulator } from "../../emulator/index";
import type { EquipmentData, EquipmentSaveResult } from "../../src/gas/equipment";
import { fixtureWorkbook, type RowValues } from "./plan-fixtures";

const SUBJECTS = Array.from({ length: 10 }, (_, i) => `Предмет ${i + 1}`);
const PROFESSIONS = Array.from({ length: 50 }, (_, i) => `Профессия ${i + 1}`);
const CONDITIONS = ["исправно", "требует ремонта", "неисправно"];

/**
 * `items` rows of Оборудование in 20 rooms, each linked to two professions; the first 30 items are the ones the lists
 * show (every third needs repair or is broken, every seventh is linked to nothing), so the tab has the same size.
 * `spareRows`: blank rows below the data, as Sheets leaves them (0: the grid is full and a save must grow it).
 */
function school(items: number, { listed = 30, spareRows = 500 } = {}) {
  const equipment: RowValues[] = Array.from({ length: items }, (_, i) => ({
    Кабинет: `Кабинет ${(i % 20) + 1}`,
    Наименование: `Предмет оборудования ${i + 1}`,
    Количество: (i % 5) + 1,
    Состояние: i < listed ? CONDITIONS[i % 3] : CONDITIONS[0],
    Предметы: SUBJECTS[i % 10],
    Профессии: i < listed && i % 7 === 0 ? "" : `${PROFESSIONS[i % 50]}, ${PROFESSIONS[(i + 1) % 50]}`,
    Цифровое: i % 2 ? "да" : "нет",
  }));
  const wb = fixtureWorkbook({
    bands: [
      { Ступень: "5–7", Классы: "5-7" },
      { Ступень: "8–9", Классы: "8-9" },
    ],
    subjects: SUBJECTS.map((s) => ({ Предмет: s, Классы: "5-9" })),
    professions: PROFESSIONS.map((p, i) => ({ Профессия: p, Предметы: SUBJECTS[i % 10] })),
    plan: PROFESSIONS.map((p, i) => ({ Предмет: SUBJECTS[i % 10], Параллель: 5, Четверть: 1, Профессия: p })),
    equipment,
    resources: Array.from({ length: 25 }, (_, i) => ({
      Название: `Ресурс ${i + 1}`,
      Вид: i % 2 ? "цифровая платформа" : "вуз",
      Ступени: i % 3 ? "8–9" : "",
      Предметы: SUBJECTS[i % 10],
      Компонент: "просвещение",
    })),
  });
  const sheet = wb.sheets.find((x) => x.name === "Оборудование")!;
  sheet.maxRows = items + 1 + spareRows;
  return wb;
}

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

function measure(items: number, run: (emu: Emulator) => unknown, options?: Parameters<typeof school>[1]) {
  const emu = createEmulator({ workbook: school(items, options) });
  emu.calls.reset();
  const value = run(emu);
  return { calls: emu.calls.snapshot(), value };
}

function client<T>(emu: Emulator, name: string, ...args: unknown[]): T {
  const r = emu.runFromClient(name, args);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

const draft = {
  room: "Кабинет 3",
  name: "Новый микроскоп",
  quantity: 2,
  condition: "ok",
  subjects: ["Предмет 3"],
  professions: ["Профессия 3", "Профессия 4"],
  digital: true,
};

/** The figures the note reports, printed once. */
const report: string[] = [];
afterAll(() => console.log(`equipment service calls (100 → 5,000 items):\n${report.join("\n")}`));

function flat(name: string, run: (emu: Emulator) => unknown) {
  const small = measure(100, run);
  const big = measure(5000, run);
  report.push(`${name.padEnd(28)} ${total(small.calls)} → ${total(big.calls)}  ${JSON.stringify(big.calls)}`);
  expect(big.calls).toEqual(small.calls);
  return big;
}

test("refreshEquipmentAnalysis: the same calls for 100 and 5,000 items; one read per tab, one write per format", () => {
  const big = flat("refreshEquipmentAnalysis", (emu) => emu.call("refreshEquipmentAnalysis"));
  expect(big.calls["Range.getValues"]).toBe(6);
  expect(big.calls["Range.setValues"]).toBe(1);
  expect(big.calls["Range.setBackgrounds"]).toBe(1);
  expect(big.calls["Range.setFontWeights"]).toBe(1);
  expect(big.calls["Sheet.insertChart"]).toBe(2);
  expect(big.calls["Lock.waitLock"]).toBe(1);
  expect(total(big.calls)).toBeLessThan(130);
});

test("listing 5,000 items to repair makes a longer tab, which costs one call more to grow its grid, not one per row", () => {
  const run = (emu: Emulator) => emu.call("refreshEquipmentAnalysis");
  const listed = measure(5000, run, { listed: 5000 }).calls;
  const { "Sheet.insertRowsAfter": grown, ...rest } = listed;
  expect(grown).toBe(1);
  expect(rest).toEqual(measure(100, run).calls);
});

test("getEquipment: one call from the sidebar, five tabs read once each, flat in rows", () => {
  const big = flat("getEquipment", (emu) => client<EquipmentData>(emu, "getEquipment"));
  const data = big.value as EquipmentData;
  expect(data.equipment).toHaveLength(5000);
  expect(big.calls["Range.getValues"]).toBe(5);
  expect(big.calls["Range.setValues"] ?? 0).toBe(0);
});

/**
 * A save's physical minimum: the lock (wait, flush, release), the spreadsheet and its sheets found (getSheets, a name
 * per sheet), one read of the tab it writes (getDataRange + getValues), one write of its block (getRange + setValues).
 */
function minimum(calls: Record<string, number>): number {
  const names = calls["Sheet.getName"] ?? 0;
  return 3 + 1 + 1 + names + 2 + 2;
}

test("saveEquipmentItem (add): flat in rows, one read and one write, at most twice the physical minimum", () => {
  const big = flat("saveEquipmentItem (add)", (emu) =>
    client<EquipmentSaveResult>(emu, "saveEquipmentItem", draft),
  );
  expect(big.value).toMatchObject({ ok: true, created: true, row: 5002 });
  expect(big.calls["Range.getValues"]).toBe(2); // the tab, and the appended row re-checked right before the write
  expect(big.calls["Range.setValues"]).toBe(1);
  expect(total(big.calls)).toBeLessThanOrEqual(2 * minimum(big.calls));
  // A full grid (no blank rows left) is grown once, with one call, whatever its size.
  const full = measure(5000, (emu) => client(emu, "saveEquipmentItem", draft), { spareRows: 0 }).calls;
  expect(full["Sheet.insertRowsAfter"]).toBe(1);
  expect(total(full)).toBe(total(big.calls) + 1);
});

test("saveEquipmentItem (edit): a patch of one row, flat in rows, at most twice the physical minimum", () => {
  const edit = (emu: Emulator) => {
    const seen = {
      room: "Кабинет 2",
      name: "Предмет оборудования 2",
      quantity: 2,
      condition: "needsRepair",
      subjects: ["Предмет 2"],
      professions: ["Профессия 2", "Профессия 3"],
      digital: true,
    };
    return client<EquipmentSaveResult>(
      emu,
      "saveEquipmentItem",
      { ...seen, condition: "ok", note: "починили" },
      { row: 3, seen },
    );
  };
  const big = flat("saveEquipmentItem (edit)", edit);
  expect(big.value).toMatchObject({ ok: true, created: false, row: 3, changed: 2 });
  expect(big.calls["Range.setValues"]).toBe(1);
  expect(total(big.calls)).toBeLessThanOrEqual(2 * minimum(big.calls));
});

test("saveResource (add): flat in rows, at most twice the physical minimum", () => {
  const big = flat("saveResource (add)", (emu) =>
    client<EquipmentSaveResult>(emu, "saveResource", {
      name: "Точка роста",
      kind: "practice",
      bands: ["8–9"],
      subjects: ["Предмет 1"],
      component: "interests",
    }),
  );
  expect(big.value).toMatchObject({ ok: true, created: true, row: 27 });
  expect(total(big.calls)).toBeLessThanOrEqual(2 * minimum(big.calls));
});
