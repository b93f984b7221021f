// Equipment as pure tables: the report's shape and charts from the hand-counted fixture, and saves planned as writes.

import { equipmentAnalysis } from "../../src/domain/equipment";
import type { Equipment } from "../../src/domain/records";
import type { Cell, Grid } from "../../src/tables/cell";
import { CHART_COLUMN, CHART_ROWS, equipmentReport } from "../../src/tables/equipment";
import { type EquipmentDraft, planEquipmentSave, type RowSnapshot } from "../../src/tables/equipment-save";
import { readTable } from "../../src/tables/read";
import { TABS } from "../../src/tables/specs";
import { withBlocks } from "../../src/tables/tab-write";
import { headerRow } from "../../src/tables/write";
import { fixture } from "../domain/equipment-fixture";

const options = { timeZone: "Europe/Moscow", locale: "ru" as const };

describe("equipmentReport", () => {
  const content = equipmentReport({
    analysis: equipmentAnalysis(fixture()),
    skipped: 0,
    stamp: "Сформировано …",
    locale: "ru",
  });

  test("one rectangular grid with formats of the same shape", () => {
    const width = content.rows[0].length;
    expect(width).toBe(7);
    expect(content.rows.every((r) => r.length === width)).toBe(true);
    expect(content.backgrounds).toHaveLength(content.rows.length);
    expect(content.bold).toHaveLength(content.rows.length);
    expect(content.columnWidths).toHaveLength(width);
  });

  test("two charts beside their tables, the second below the first's height, inside the grid", () => {
    const [subjects, rooms] = content.charts ?? [];
    expect(subjects).toMatchObject({ type: "BAR", range: { column: 1, numRows: 4, numColumns: 2 } });
    expect(rooms).toMatchObject({
      type: "BAR",
      stacked: true,
      range: { column: 1, numRows: 3, numColumns: 4 },
    });
    expect(subjects.anchor.column).toBe(CHART_COLUMN);
    expect(rooms.anchor.row).toBeGreaterThanOrEqual(subjects.anchor.row + CHART_ROWS);
    for (const c of [subjects, rooms]) {
      expect(content.rows[c.range.row - 1][0]).toMatch(/^(Предмет|Кабинет)$/);
      expect(c.range.row + c.range.numRows - 1).toBeLessThanOrEqual(content.rows.length);
    }
  });

  test("text that looks like a formula is written as text", () => {
    const input = fixture();
    input.equipment[0].record.name = "=IMPORTRANGE(1)";
    const grid = equipmentReport({
      analysis: equipmentAnalysis(input),
      skipped: 0,
      stamp: "",
      locale: "ru",
    }).rows;
    expect(grid.flat().some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
  });
});

describe("planEquipmentSave", () => {
  const header = headerRow(TABS.equipment, "ru");
  const grid: Cell[][] = [
    header,
    ["Кабинет физики", "Осциллограф", 1, "неисправно", "Физика", "Звукорежиссёр", "нет", ""],
    ["Кабинет химии", "Весы", 2, "", "Химия", "Химик-аналитик", "да", ""],
  ];
  const snap = (g: Grid): RowSnapshot<Equipment> => ({
    tabName: "Оборудование",
    grid: g,
    read: readTable(TABS.equipment, g, options),
    locale: "ru",
    timeZone: options.timeZone,
  });
  const draft: EquipmentDraft = {
    room: "Кабинет физики",
    name: "Амперметр",
    quantity: 15,
    condition: "ok",
    subjects: ["Физика", "физика "],
    professions: ["Электромонтёр"],
    digital: false,
  };

  test("an add is one block below the last row; the plan applied then answers «уже сохранено»", () => {
    const first = planEquipmentSave(snap(grid), draft, {});
    expect(first.outcome).toMatchObject({ ok: true, created: true, row: 4 });
    expect(first.writes).toEqual([
      {
        tab: "equipment",
        name: "Оборудование",
        blocks: [
          {
            row: 4,
            column: 1,
            values: [["Кабинет физики", "Амперметр", 15, "исправно", "Физика", "Электромонтёр", "нет", ""]],
          },
        ],
        // The grid's size as read: the executor appends inside it without asking the sheet for its size.
        readSize: { rows: 3, columns: 8 },
      },
    ]);
    const after = withBlocks(grid, first.writes[0].blocks);
    const second = planEquipmentSave(snap(after), draft, {});
    expect(second.outcome).toMatchObject({ ok: true, created: false, row: 4, changed: 0 });
    expect(second.writes).toEqual([]);
  });

  test("an edit is one block of its row; a row that holds neither what was seen nor the draft is refused", () => {
    const read = readTable(TABS.equipment, grid, options);
    const seen = read.records[0].record;
    const edit = planEquipmentSave(snap(grid), { ...seen, condition: "needsRepair" }, { row: 2, seen });
    expect(edit.outcome).toMatchObject({ ok: true, row: 2, changed: 1 });
    expect(edit.writes[0].blocks).toEqual([{ row: 2, column: 4, values: [["требует ремонта"]] }]);
    const other = grid.map((r) => [...r]);
    other[1][2] = 3;
    const refused = planEquipmentSave(snap(other), { ...seen, condition: "needsRepair" }, { row: 2, seen });
    expect(refused.outcome).toMatchObject({ ok: false, conflict: true });
    expect(refused.writes).toEqual([]);
  });
});
