// Equipment analysis: every figure of a six-item, four-resource fixture counted by hand.

import { equipmentAnalysis, isWorking } from "../../src/domain/equipment";
import { fixture } from "./equipment-fixture";

describe("equipmentAnalysis on the fixture", () => {
  const a = equipmentAnalysis(fixture());
  const rows = (refs: { row: number }[]) => refs.map((r) => r.row);

  test("working means «исправно» (or blank) and a quantity other than 0", () => {
    expect(
      fixture()
        .equipment.filter((e) => isWorking(e.record))
        .map((e) => e.row),
    ).toEqual([2, 4, 6]);
  });

  test("per profession: working items and their quantity, can try, broken items, introductions", () => {
    expect(
      a.professions.map((p) => [
        p.profession,
        rows(p.items),
        p.quantity,
        p.canTry,
        rows(p.notWorking),
        p.introductions,
      ]),
    ).toEqual([
      ["Электромонтёр", [2], 12, true, [3], 1],
      ["Инженер-механик", [], 0, false, [], 1],
      ["Химик-аналитик", [6], 2, true, [5], 0],
      ["Агроном", [], 0, false, [7], 0],
      ["Звукорежиссёр", [], 0, false, [3], 1],
    ]);
    expect(a.totals).toEqual({ items: 6, working: 3, professions: 5, canTry: 2, percent: 40 });
  });

  test("a name the thesaurus lacks is listed with its items, never dropped", () => {
    expect(a.unknownProfessions.map((u) => [u.name, rows(u.items)])).toEqual([["Космонавт", [6]]]);
  });

  test("introductions (planned or done) of professions with no working equipment", () => {
    expect(a.unsupportedIntroductions).toEqual([
      { profession: "Инженер-механик", subject: "Физика", grade: 8, quarter: 1 },
      { profession: "Звукорежиссёр", subject: "Музыка", grade: 5, quarter: 1 },
      { profession: "Космонавт", subject: "Физика", grade: 9, quarter: 2 },
    ]);
  });

  test("per subject: items, professions covered (count, %) and the ones not covered", () => {
    expect(a.subjects).toEqual([
      {
        subject: "Физика",
        items: 3,
        professions: 3,
        covered: 1,
        percent: 33,
        notCovered: ["Инженер-механик", "Звукорежиссёр"],
      },
      { subject: "Химия", items: 3, professions: 2, covered: 1, percent: 50, notCovered: ["Агроном"] },
      { subject: "Музыка", items: 0, professions: 1, covered: 0, percent: 0, notCovered: ["Звукорежиссёр"] },
    ]);
  });

  test("per room (one room however it is typed): items by condition, other spellings kept", () => {
    expect(a.rooms).toEqual([
      {
        room: "Кабинет физики",
        spellings: ["Кабинет Физики"],
        items: 3,
        byCondition: { ok: 2, needsRepair: 0, broken: 1 },
      },
      { room: "Кабинет химии", spellings: [], items: 3, byCondition: { ok: 2, needsRepair: 1, broken: 0 } },
    ]);
  });

  test("items to repair and items linked to no profession", () => {
    expect(a.repairs.map((r) => [r.row, r.condition, r.professions])).toEqual([
      [3, "broken", ["Звукорежиссёр", "электромонтер"]],
      [5, "needsRepair", ["Химик-аналитик"]],
    ]);
    expect(rows(a.unlinked)).toEqual([4]);
  });

  test("resources: by kind, band × component (no bands = every band), platforms per subject", () => {
    const r = a.resources;
    expect(r.total).toBe(4);
    expect(r.byKind.map((k) => [k.kind, k.count])).toEqual([
      ["platform", 2],
      ["practice", 1],
      ["enterprise", 0],
      ["university", 0],
      ["college", 1],
      ["other", 0],
    ]);
    expect(r.components).toEqual([
      "enlightenment",
      "interests",
      "consultation",
      "diagnostics",
      "adaptation",
      "",
    ]);
    expect(r.bands).toEqual(["5–7", "8–9"]);
    expect(r.matrix).toEqual([
      [0, 0, 0, 1, 0, 1],
      [1, 0, 0, 1, 1, 0],
    ]);
    expect(r.platformsBySubject).toEqual([
      { subject: "Физика", platforms: ["Атлас новых профессий"] },
      { subject: "Химия", platforms: ["Атлас новых профессий"] },
      { subject: "Музыка", platforms: [] },
    ]);
    expect(r.generalPlatforms).toEqual(["Билет в будущее"]);
  });

  test("nothing at all: empty lists and zero percentages", () => {
    const empty = equipmentAnalysis({
      professions: [],
      subjects: [],
      plan: [],
      equipment: [],
      resources: [],
      bands: [],
    });
    expect(empty.totals).toEqual({ items: 0, working: 0, professions: 0, canTry: 0, percent: 0 });
    expect(empty.rooms).toEqual([]);
  });
});
