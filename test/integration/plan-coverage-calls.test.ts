// Service calls of «Итоги — план» do not grow with the plan: 100 and 5,000 plan rows make the same calls, per method.

import { createEmulator } from "../../emulator/index";
import { fixtureWorkbook, type RowValues, settingsRows, values } from "./plan-fixtures";

const SUBJECTS = Array.from({ length: 10 }, (_, i) => `Предмет ${i + 1}`);
const PROFESSIONS = Array.from({ length: 50 }, (_, i) => `Профессия ${i + 1}`);

/**
 * Ten subjects taught in grades 1–10 and fifty professions linked to all of them; plan row i takes the i-th
 * (subject, grade, profession) triple, so no row repeats a profession in a subject × grade and nothing is flagged.
 */
function school(planRows: number) {
  const plan: RowValues[] = [];
  for (let i = 0; i < planRows; i++) {
    const pair = i % 100;
    plan.push({
      Предмет: SUBJECTS[pair % 10],
      Параллель: 1 + Math.floor(pair / 10),
      Четверть: 1 + (Math.floor(i / 100) % 4),
      Профессия: PROFESSIONS[Math.floor(i / 100) % 50],
      Статус: "проведено",
    });
  }
  return fixtureWorkbook({
    settings: settingsRows(2),
    bands: [
      { Ступень: "1–4", Классы: "1-4" },
      { Ступень: "5–7", Классы: "5-7" },
      { Ступень: "8–9", Классы: "8-9" },
      { Ступень: "10–11", Классы: "10-11" },
    ],
    subjects: SUBJECTS.map((s) => ({ Предмет: s, Классы: "1-10" })),
    professions: PROFESSIONS.map((p) => ({ Профессия: p, Предметы: SUBJECTS.join(", ") })),
    plan,
  });
}

function callsFor(planRows: number) {
  const emu = createEmulator({ workbook: school(planRows) });
  const outcome = emu.call<{ percent: number; gaps: number; flags: number }>("refreshPlanCoverage");
  return { calls: emu.calls.snapshot(), outcome, rows: values(emu, "Итоги — план").length };
}

test("100 and 5,000 plan rows: equal per-method service calls, one read per tab, one write per format", () => {
  const small = callsFor(100);
  const big = callsFor(5000);
  expect(small.outcome).toEqual({ percent: 0, gaps: 400, missing: 700, suggested: 0, flags: 0 });
  expect(big.outcome).toEqual({ percent: 100, gaps: 0, missing: 0, suggested: 0, flags: 0 });
  expect(big.calls).toEqual(small.calls);
  expect(big.calls["Range.getValues"]).toBe(5);
  expect(big.calls["Range.setValues"]).toBe(1);
  expect(big.calls["Range.setBackgrounds"]).toBe(1);
  expect(big.calls["Range.setFontWeights"]).toBe(1);
  expect(big.calls["Sheet.insertChart"]).toBe(1);
  expect(big.calls["Lock.waitLock"]).toBe(1);
  const total = Object.values(big.calls).reduce((a, b) => a + b, 0);
  expect(total).toBeLessThan(100);
});
