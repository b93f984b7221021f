// The «Оборудование» sidebar's server side through the built bundle: one call to open, saves that add, patch or refuse.

import { createEmulator, type Emulator } from "../../emulator/index";
import type { EquipmentData, EquipmentEntry, EquipmentSaveResult } from "../../src/gas/equipment";
import { equipmentSchool } from "./equipment-fixtures";
import { sheetOf, tabReads, values } from "./plan-fixtures";

const client = <T>(emu: Emulator, name: string, ...args: unknown[]): T => {
  const r = emu.runFromClient(name, args);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
};
const open = (emu: Emulator) => client<EquipmentData>(emu, "getEquipment");
const saveItem = (emu: Emulator, draft: unknown, options?: unknown) =>
  client<EquipmentSaveResult>(emu, "saveEquipmentItem", draft, options);
const seenOf = (e: EquipmentEntry) => {
  const { row: _row, ...rest } = e;
  return rest;
};

const draft = {
  room: " Кабинет физики ",
  name: "Набор «Юный электрик»",
  quantity: 6,
  condition: "ok",
  subjects: ["Физика"],
  professions: ["Электромонтёр", "Инженер-механик"],
  digital: false,
  note: "",
};

describe("opening", () => {
  test("showEquipmentSidebar shows dist/equipment.html and reads no tab", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    emu.call("showEquipmentSidebar");
    expect(emu.ui.shown.at(-1)).toMatchObject({ kind: "sidebar", title: "Оборудование" });
    expect(tabReads(emu)).toBe(0);
  });

  test("getEquipment gives items and resources with rows, the thesaurus, subjects, bands and labels", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const d = open(emu);
    expect(tabReads(emu)).toBe(5);
    expect(d.equipment.map((e) => e.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(d.skipped).toEqual({ equipment: 1, resources: 0 });
    expect(d.professions[4]).toEqual({ profession: "Звукорежиссёр", subjects: ["Музыка", "Физика"] });
    expect(d.subjects).toEqual(["Физика", "Химия", "Музыка"]);
    expect(d.bands).toEqual(["5–7", "8–9"]);
    expect(d.conditions.map((c) => c.label)).toEqual(["исправно", "требует ремонта", "неисправно"]);
    expect(d.tabs).toEqual({ equipment: "Оборудование", resources: "Ресурсы" });
  });
});

describe("adding", () => {
  test("appends one row with one setValues under the lock; a repeat answers «уже сохранено»", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const before = values(emu, "Оборудование");
    const r = saveItem(emu, draft);
    expect(r).toMatchObject({
      ok: true,
      created: true,
      row: 9,
      message: "Набор «Юный электрик» добавлено: строка 9 листа «Оборудование».",
    });
    const after = values(emu, "Оборудование");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[8]).toEqual([
      "Кабинет физики",
      "Набор «Юный электрик»",
      6,
      "исправно",
      "Физика",
      "Электромонтёр, Инженер-механик",
      "нет",
      "",
    ]);
    expect(emu.calls.get("Range.setValues")).toBe(1);
    expect(emu.calls.get("Lock.waitLock")).toBe(1);
    expect(r.list.map((e) => e.row)).toEqual([2, 3, 4, 5, 6, 7, 9]);

    const again = saveItem(emu, draft);
    expect(again).toMatchObject({ ok: true, created: false, changed: 0, row: 9 });
    expect(again.message).toBe("Набор «Юный электрик» уже сохранено: строка 9 листа «Оборудование».");
    expect(values(emu, "Оборудование")).toHaveLength(9);
  });

  test("the same room and name (another spelling) with other fields is refused: edit it instead", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const r = saveItem(emu, { ...draft, room: "кабинет ФИЗИКИ", name: "Осциллограф" });
    expect(r).toMatchObject({
      ok: false,
      message:
        "«Осциллограф» уже есть на листе «Оборудование» (строка 3). Откройте его из списка и измените.",
    });
    expect(emu.calls.get("Range.setValues")).toBe(0);
  });

  test("a blank room or name and a negative quantity are field errors in Russian", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const r = saveItem(emu, { ...draft, room: " ", name: "", quantity: -1 });
    expect(r).toMatchObject({
      ok: false,
      message: "Исправьте отмеченные поля.",
      errors: [
        { field: "room", text: "Укажите кабинет." },
        { field: "name", text: "Укажите наименование." },
        { field: "quantity", text: "Количество не может быть отрицательным." },
      ],
    });
    expect(emu.calls.get("Range.setValues")).toBe(0);
  });

  test("arguments are checked with zod before anything is read, the message names the field", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const r = emu.runFromClient("saveEquipmentItem", [{ ...draft, condition: "сломано" }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe(
      "Сохранение оборудования: неверные данные — поле «Состояние»: недопустимое значение",
    );
    expect(tabReads(emu)).toBe(0);
  });
});

describe("editing", () => {
  test("patches the changed cells of that row only; a person's own column stays", () => {
    const wb = equipmentSchool();
    const tab = wb.sheets.find((s) => s.name === "Оборудование")!;
    tab.cells[0].push({ v: "Инв. номер" });
    tab.cells[2].push({ v: "ИН-0042" });
    const emu = createEmulator({ workbook: wb });
    const item = open(emu).equipment.find((e) => e.row === 3)!;
    emu.calls.reset();
    const r = saveItem(
      emu,
      { ...seenOf(item), condition: "ok", note: "починили" },
      { row: 3, seen: seenOf(item) },
    );
    expect(r).toMatchObject({ ok: true, created: false, row: 3, changed: 2 });
    expect(r.message).toBe("«Осциллограф» сохранено: строка 3 листа «Оборудование».");
    expect(values(emu, "Оборудование")[2]).toEqual([
      "Кабинет физики",
      "Осциллограф",
      1,
      "исправно",
      "Физика",
      "Звукорежиссёр, электромонтер",
      "нет",
      "починили",
      "ИН-0042",
    ]);
    expect(emu.calls.get("Range.setValues")).toBe(1);
  });

  test("a row someone changed meanwhile is refused with a Russian message; nothing is written", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const item = open(emu).equipment.find((e) => e.row === 3)!;
    // Another teacher sets the quantity to 2 in the grid.
    sheetOf(emu, "Оборудование").cells[2][2] = { v: 2 };
    emu.calls.reset();
    const r = saveItem(emu, { ...seenOf(item), condition: "ok" }, { row: 3, seen: seenOf(item) });
    expect(r).toMatchObject({
      ok: false,
      conflict: true,
      message:
        "Строку 3 листа «Оборудование» («Осциллограф») только что изменил кто-то другой. Список обновлён: проверьте и повторите изменение.",
    });
    expect((r.list as EquipmentEntry[]).find((e) => e.row === 3)?.quantity).toBe(2);
    expect(emu.calls.get("Range.setValues")).toBe(0);
  });

  test("rows inserted above meanwhile: the row is found again by what the sidebar saw", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const item = open(emu).equipment.find((e) => e.row === 3)!;
    const cells = sheetOf(emu, "Оборудование").cells;
    cells.splice(
      1,
      0,
      ["Кабинет музыки", "Синтезатор", 1, "исправно", "Музыка", "Звукорежиссёр", "да", ""].map((v) => ({
        v,
      })),
    );
    const r = saveItem(emu, { ...seenOf(item), quantity: 3 }, { row: 3, seen: seenOf(item) });
    expect(r).toMatchObject({ ok: true, row: 4, changed: 1 });
    expect(values(emu, "Оборудование")[3].slice(0, 3)).toEqual(["Кабинет физики", "Осциллограф", 3]);
  });

  test("a deleted row: «не найдено», the fresh list, nothing written", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const item = open(emu).equipment.find((e) => e.row === 3)!;
    sheetOf(emu, "Оборудование").cells.splice(2, 1);
    emu.calls.reset();
    const r = saveItem(emu, { ...seenOf(item), quantity: 3 }, { row: 3, seen: seenOf(item) });
    expect(r).toMatchObject({
      ok: false,
      gone: true,
      message:
        "«Осциллограф» не найдено на листе «Оборудование»: строку удалили или изменили. Список обновлён.",
    });
    expect(emu.calls.get("Range.setValues")).toBe(0);
  });

  test("saving what the row already holds writes nothing (a retry after a save that went through)", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const item = open(emu).equipment.find((e) => e.row === 2)!;
    const changed = { ...seenOf(item), quantity: 10 };
    expect(saveItem(emu, changed, { row: 2, seen: seenOf(item) })).toMatchObject({ ok: true, changed: 1 });
    emu.calls.reset();
    const again = saveItem(emu, changed, { row: 2, seen: seenOf(item) });
    expect(again).toMatchObject({
      ok: true,
      changed: 0,
      message: "В «Набор по электричеству» ничего не изменилось.",
    });
    expect(emu.calls.get("Range.setValues")).toBe(0);
  });
});

describe("resources", () => {
  test("add, then edit the component; bands and subjects written as lists", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    const added = client<EquipmentSaveResult>(emu, "saveResource", {
      name: "Кванториум",
      kind: "practice",
      bands: ["8–9"],
      subjects: ["Физика"],
    });
    expect(added).toMatchObject({
      ok: false,
      message: "«Кванториум» уже есть на листе «Ресурсы» (строка 5). Откройте его из списка и измените.",
    });
    const r = client<EquipmentSaveResult>(emu, "saveResource", {
      name: "Точка роста",
      kind: "practice",
      link: "",
      bands: ["5–7", "8–9"],
      subjects: ["Физика", "Химия"],
      component: "interests",
    });
    expect(r).toMatchObject({ ok: true, row: 6, created: true });
    expect(values(emu, "Ресурсы")[5]).toEqual([
      "Точка роста",
      "практико-ориентированный ресурс",
      "",
      "5–7, 8–9",
      "Физика, Химия",
      "развитие интересов и склонностей",
      "",
    ]);
    const entry = open(emu).resources.find((x) => x.row === 6)!;
    const { row, ...seen } = entry;
    const edit = client<EquipmentSaveResult>(
      emu,
      "saveResource",
      { ...seen, component: "adaptation" },
      { row, seen },
    );
    expect(edit).toMatchObject({ ok: true, row: 6, changed: 1 });
    expect(values(emu, "Ресурсы")[5][5]).toBe("социально-профессиональная адаптация");
  });
});
