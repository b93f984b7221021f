// Applying the plan suggestion as a pure plan: the previewed rows (or a subset) appended in one block, else stale.

import type { PlanEntry } from "../../src/domain/records";
import type { Cell } from "../../src/tables/cell";
import { planSuggestionApply, suggestionToken } from "../../src/tables/plan-suggest";
import { mapHeader } from "../../src/tables/read";
import { TABS } from "../../src/tables/specs";
import { headerRow } from "../../src/tables/write";

const row = (profession: string, quarter = 3): PlanEntry => ({
  subject: "Физика",
  grade: 8,
  quarter,
  profession,
  status: "suggested",
});
const header = headerRow(TABS.plan, "ru");
const grid: Cell[][] = [
  header,
  ["Физика", 8, 1, "", "", "Инженер", "", "проведено"],
  ["", "", "", "", "", "", "", ""],
];
const snap = (rows: PlanEntry[]) => ({
  tabName: "План",
  grid,
  header: mapHeader(TABS.plan, header),
  rows,
  options: { timeZone: "Europe/Moscow", locale: "ru" as const },
});

test("the previewed rows are appended in one block below the last filled row", () => {
  const rows = [row("Инженер-робототехник"), row("Физик-ядерщик", 4)];
  const r = planSuggestionApply(snap(rows), suggestionToken(rows));
  expect(r.ok && r.added).toBe(2);
  if (!r.ok) return;
  expect(r.writes).toHaveLength(1);
  expect(r.writes[0].blocks).toHaveLength(1);
  expect(r.writes[0].blocks[0]).toMatchObject({ row: 3, column: 1 });
  expect(r.writes[0].blocks[0].values.map((v) => v[5])).toEqual(["Инженер-робототехник", "Физик-ядерщик"]);
});

test("a subset of the preview passes (others filled some gaps); an unseen row or a garbage token is stale", () => {
  const previewed = [row("Инженер-робототехник"), row("Физик-ядерщик", 4)];
  const token = suggestionToken(previewed);
  expect(planSuggestionApply(snap([previewed[1]]), token)).toMatchObject({ ok: true, added: 1 });
  expect(planSuggestionApply(snap([]), token)).toEqual({ ok: true, added: 0, writes: [] });
  expect(planSuggestionApply(snap([row("Метролог")]), token)).toEqual({ ok: false, stale: true });
  expect(planSuggestionApply(snap(previewed), "мусор")).toEqual({ ok: false, stale: true });
});
