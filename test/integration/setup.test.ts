// «Настроить книгу» through the built bundle: every tab of the data model, nothing a user typed changed, idempotent.

import { createEmulator, type Emulator } from "../../emulator/index";
import { type CellModel, cloneWorkbook, newWorkbook, type SheetModel } from "../../emulator/model";
import { validationAt } from "../../emulator/spreadsheet/validation-ranges";
import { defaultQuarters, schoolYearOf } from "../../src/domain/calendar";
import { DEFAULT_BANDS } from "../../src/domain/defaults";
import { optionLabels } from "../../src/tables/enums";
import { anyTab, SETTINGS_PARAMS, SOURCE_TAB_ORDER, TABS } from "../../src/tables/specs";
import { headerRow } from "../../src/tables/write";

/** The tab names of data-model.md, in its order (a literal, so a renamed spec fails here). */
const DATA_MODEL_TABS = [
  "Настройки",
  "Ступени",
  "Классы",
  "Ученики",
  "Предметы",
  "Профессии",
  "План",
  "Оборудование",
  "Ресурсы",
  "Мероприятия",
  "Участие",
  "Профпробы",
  "Проекты",
  "Консультации",
  "Повышение квалификации",
  "Анкеты",
  "Вопросы",
  "Шкалы",
];

const sheet = (emu: Emulator, name: string): SheetModel => {
  const s = emu.workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const values = (s: SheetModel, row: number) => Array.from(s.cells[row - 1] ?? [], (c) => c?.v ?? "");
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Moscow" });
/** Sets a row of plain values, as a person typing them would leave the cells (no formats). */
function typeRow(s: SheetModel, row: number, cells: (string | number | boolean)[]): void {
  s.cells[row - 1] ??= [];
  cells.forEach((v, i) => {
    s.cells[row - 1][i] = { ...s.cells[row - 1][i], v };
  });
  s.maxRows = Math.max(s.maxRows, row);
}
/** The cells that exist in the first `columns` columns, with their address (empty placeholders left out). */
const cellsOf = (s: SheetModel, columns: number) =>
  s.cells.flatMap((row, r) =>
    (row ?? []).slice(0, columns).flatMap((cell, c) => (cell ? [{ r, c, cell }] : [])),
  );
/** Every sheet's values and formulas by address: what a person typed, without formats. */
const valuesOf = (wb: { sheets: SheetModel[] }) =>
  wb.sheets.map((s) => ({
    name: s.name,
    cells: s.cells.flatMap((row, r) =>
      (row ?? []).flatMap((cell, c) =>
        cell && cell.v !== ""
          ? [{ r, c, v: typeof cell.v === "object" ? cell.v.getTime() : cell.v, f: cell.formula }]
          : [],
      ),
    ),
  }));
const writes = (emu: Emulator) =>
  Object.keys(emu.calls.snapshot()).filter((k) =>
    /\.(set|insert|delete|add|clear|protect|move|append)/.test(k),
  );

describe("setupWorkbook on an empty workbook", () => {
  const emu = createEmulator({ workbook: newWorkbook() });
  emu.call("setupWorkbook");

  test("creates every tab of data-model.md, in order, after the sheet that was there", () => {
    expect(emu.workbook.sheets.map((s) => s.name)).toEqual(["Лист1", ...DATA_MODEL_TABS]);
    expect(SOURCE_TAB_ORDER.map((k) => TABS[k].name.ru)).toEqual(DATA_MODEL_TABS);
    expect(emu.ui.toasts.at(-1)?.message).toBe("Книга настроена: создано листов: 18.");
  });

  test("each tab: its header (required columns starred), bold and frozen, with notes and widths", () => {
    for (const key of SOURCE_TAB_ORDER) {
      const spec = TABS[key];
      const s = sheet(emu, spec.name.ru);
      const expected = key === "settings" ? ["Параметр", "Значение"] : headerRow(anyTab(key), "ru");
      expect(values(s, 1)).toEqual(expected);
      expect(s.frozenRows).toBe(1);
      const header = s.cells[0] as CellModel[];
      expect(header.map((c) => c.fontWeight)).toEqual(expected.map(() => "bold"));
      expect(header.map((c) => c.note)).toEqual(spec.columns.map((c) => c.note.ru));
      expect(spec.columns.map((_, i) => s.columnWidths[i + 1])).toEqual(spec.columns.map((c) => c.width));
    }
  });

  test("dropdowns: pupil class from Классы, profession from Профессии, event id from Мероприятия, enumerations", () => {
    const rule = (tab: string, column: number, row = 2) => validationAt(sheet(emu, tab), row - 1, column - 1);
    const fromRange = (a1: string) => ({ kind: "range", a1, showDropdown: true, allowInvalid: true });
    expect(rule("Ученики", 2)).toEqual(fromRange("'Классы'!A2:A1000"));
    expect(rule("Ученики", 2, 1000)).toEqual(fromRange("'Классы'!A2:A1000"));
    expect(rule("Ученики", 2, 1)).toBeUndefined();
    expect(rule("План", 6)).toEqual(fromRange("'Профессии'!A2:A1000"));
    expect(rule("Участие", 1)).toEqual(fromRange("'Мероприятия'!A2:A1000"));
    expect(rule("Участие", 2)).toEqual(fromRange("'Ученики'!A2:A1000"));
    expect(rule("Мероприятия", 5)).toEqual({
      kind: "list",
      values: optionLabels(TABS.events.columns[4].enumeration!, "ru"),
      showDropdown: true,
      allowInvalid: true,
    });
    expect(rule("Ученики", 4)).toMatchObject({ kind: "list", values: ["да", "нет"] });
    expect(rule("Мероприятия", 2)).toEqual({ kind: "date", allowInvalid: true });
    // Lists of several values per cell get no one-value dropdown.
    expect(rule("Мероприятия", 10)).toBeUndefined();
    expect(rule("Профессии", 3)).toBeUndefined();
  });

  test("Настройки: every parameter with the defaults of the current school year and the usual quarters", () => {
    const s = sheet(emu, "Настройки");
    const rows = SETTINGS_PARAMS.map((_, i) => values(s, i + 2));
    expect(rows.map((r) => r[0])).toEqual(SETTINGS_PARAMS.map((p) => p.label.ru));
    const year = schoolYearOf(today());
    const byName = Object.fromEntries(rows.map((r) => [r[0], r[1]]));
    expect(byName["Учебный год"]).toBe(year);
    const quarters = defaultQuarters(year);
    const asLocal = (d: unknown) => (d as Date).toLocaleDateString("sv-SE", { timeZone: "Europe/Moscow" });
    expect(asLocal(byName["Начало 1 четверти"])).toBe(quarters[0].start);
    expect(asLocal(byName["Конец 4 четверти"])).toBe(quarters[3].end);
    expect(byName).toMatchObject({
      Школа: "",
      "Уровень профминимума": "базовый",
      "Часов профминимума в год": 40,
      "Знакомств с профессией в четверть": 2,
      "Режим персональных данных": "коды",
      Язык: "ru",
    });
    const rule = (label: string) =>
      validationAt(
        s,
        s.cells.findIndex((r) => r?.[0]?.v === label),
        1,
      );
    expect(rule("Уровень профминимума")).toMatchObject({
      kind: "list",
      values: ["базовый", "основной", "продвинутый"],
    });
    expect(rule("Начало 2 четверти")).toEqual({ kind: "date", allowInvalid: true });
    expect(rule("Школа")).toBeUndefined();
  });

  test("Ступени: the four bands of the seed with their directions", () => {
    const s = sheet(emu, "Ступени");
    const rows = [2, 3, 4, 5].map((r) => values(s, r));
    expect(rows).toEqual(DEFAULT_BANDS.map((b) => [b.name, b.name, b.direction]));
    expect(values(s, 6)).toEqual([]);
  });

  test("a second run changes nothing: the workbook is byte-identical and nothing is written", () => {
    const before = JSON.stringify(emu.workbook);
    const copy = cloneWorkbook(emu.workbook);
    emu.calls.reset();
    emu.call("setupWorkbook");
    expect(JSON.stringify(emu.workbook)).toBe(before);
    expect(emu.workbook).toEqual(copy);
    expect(writes(emu)).toEqual([]);
    expect(emu.calls.get("Range.getValues")).toBe(18);
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      "Все листы, столбцы и настройки на месте: ничего не изменено.",
    );
  });
});

describe("setupWorkbook on a workbook people have worked in", () => {
  test("reordered columns, own columns and typed data survive unchanged, byte for byte", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    const pupils = sheet(emu, "Ученики");
    // The teacher reverses the columns (cells move with their formats, notes and validations) …
    pupils.cells = pupils.cells.map((row) => (row ? [...row.slice(0, 4)].reverse() : row));
    // … inserts an own column in the middle and types data into it and below.
    pupils.cells = pupils.cells.map((row) => (row ? [row[0], row[1], { v: "" }, row[2], row[3]] : row));
    pupils.cells[0][2] = { v: "Мои заметки", fontWeight: "bold" };
    typeRow(pupils, 2, ["нет", "", "переведён", "8А", "У-001"]);
    typeRow(pupils, 3, ["", "А. К.", "", "8 б", "У-002"]);
    typeRow(pupils, 4, ["", "", "заметка справа", "", ""]);
    const classes = sheet(emu, "Классы");
    typeRow(classes, 2, ["8А", 8, "Сергеева О. В.", ""]);
    const settings = sheet(emu, "Настройки");
    settings.cells[1][1] = { v: "Школа № 1" };
    const before = cloneWorkbook(emu.workbook);
    emu.calls.reset();
    emu.call("setupWorkbook");
    // Every value stays where the teacher put it …
    expect(valuesOf(emu.workbook)).toEqual(valuesOf(before));
    // … and the dropdowns that point at Ученики follow its Код column, now in E (issue 8: setup converges).
    expect(validationAt(sheet(emu, "Участие"), 1, 1)).toMatchObject({ a1: "'Ученики'!E2:E1000" });
    expect(validationAt(pupils, 1, 3)).toMatchObject({ a1: "'Классы'!A2:A1000" });
    // The user's own column gets no rule, note or bold of ПрофТрек's.
    expect(pupils.cells[0][2]).toEqual({ v: "Мои заметки", fontWeight: "bold" });
    expect(validationAt(pupils, 1, 2)).toBeUndefined();
    const after = cloneWorkbook(emu.workbook);
    emu.calls.reset();
    emu.call("setupWorkbook");
    expect(emu.workbook).toEqual(after);
    expect(writes(emu)).toEqual([]);
  });

  test("a missing column is appended after the last used column; the user's cells stay as typed", () => {
    const wb = newWorkbook();
    const own = wb.sheets[0];
    own.name = "Ученики";
    typeRow(own, 1, ["класс", "Мои заметки", "КОД*"]);
    typeRow(own, 2, ["8а", "заметка", "У-001"]);
    typeRow(own, 3, ["8Б", "", "У-002", "", "справа"]);
    const before = cloneWorkbook(wb);
    const emu = createEmulator({ workbook: wb });
    emu.call("setupWorkbook");
    const s = sheet(emu, "Ученики");
    expect(emu.workbook.sheets[0]).toBe(s);
    // Columns A–E hold exactly the values they held; Подпись and Активен come after E, the last used column.
    const typed = (cells: ReturnType<typeof cellsOf>) =>
      cells.filter(({ cell }) => cell.v !== "").map(({ r, c, cell }) => ({ r, c, v: cell.v }));
    expect(typed(cellsOf(s, 5))).toEqual(typed(cellsOf(before.sheets[0], 5)));
    expect(values(s, 1)).toEqual(["класс", "Мои заметки", "КОД*", "", "", "Подпись", "Активен"]);
    expect(s.cells[0][5]).toMatchObject({ fontWeight: "bold", note: TABS.pupils.columns[2].note.ru });
    expect(s.columnWidths[6]).toBe(TABS.pupils.columns[2].width);
    // An existing tab gets the frozen header, notes and dropdowns too (issue 8); the user's own column none.
    expect(s.frozenRows).toBe(1);
    expect(s.cells[0][0]).toMatchObject({
      v: "класс",
      fontWeight: "bold",
      note: TABS.pupils.columns[1].note.ru,
    });
    expect(s.cells[0][1]).toEqual({ v: "Мои заметки" });
    expect(validationAt(s, 1, 0)).toMatchObject({ kind: "range", a1: "'Классы'!A2:A1000" });
    expect(validationAt(s, 1, 6)).toMatchObject({ kind: "list", values: ["да", "нет"] });
    expect(emu.ui.toasts.at(-1)?.message).toBe("Книга настроена: создано листов: 17; добавлено столбцов: 2.");
    // The other tabs are new and their dropdowns point at this tab's real Код column.
    expect(validationAt(sheet(emu, "Участие"), 1, 1)).toMatchObject({ a1: "'Ученики'!C2:C1000" });
    const after = cloneWorkbook(emu.workbook);
    emu.call("setupWorkbook");
    expect(emu.workbook).toEqual(after);
  });

  test("a required header renamed in place is reported (tab, column, what to rename), not doubled by an empty column", () => {
    const wb = newWorkbook();
    const own = wb.sheets[0];
    own.name = "Оборудование";
    typeRow(own, 1, ["Каб.", "Наименование", "Количество"]);
    typeRow(own, 2, ["101", "Ноутбук", 12]);
    const emu = createEmulator({ workbook: wb });
    emu.call("setupWorkbook");
    expect(emu.ui.alerts.at(-1)?.prompt).toContain("лист «Оборудование», столбец A «Каб.» → «Кабинет»");
    // No second «Кабинет» column; the optional columns that are missing are appended after the last used one.
    const header = values(sheet(emu, "Оборудование"), 1);
    expect(header.filter((h) => String(h).startsWith("Кабинет"))).toEqual([]);
    expect(header.slice(0, 4)).toEqual(["Каб.", "Наименование", "Количество", "Состояние"]);
    // Renamed, the column is found, and the next run reports nothing.
    emu.editCell("Оборудование", 1, 1, "Кабинет");
    const alerts = emu.ui.alerts.length;
    emu.call("setupWorkbook");
    expect(emu.ui.alerts.length).toBe(alerts);
    expect(values(sheet(emu, "Оборудование"), 2).slice(0, 3)).toEqual(["101", "Ноутбук", 12]);
  });

  test("Настройки: missing parameters are appended with defaults of the workbook's year; values stay", () => {
    const wb = newWorkbook();
    const s = wb.sheets[0];
    s.name = "Настройки";
    typeRow(s, 1, ["Параметр", "Значение", "Комментарий"]);
    typeRow(s, 2, ["Школа", "Школа № 5", "наша"]);
    typeRow(s, 3, ["учебный год", "2025/26", ""]);
    typeRow(s, 4, ["Часов профминимума в год", "", "по умолчанию"]);
    typeRow(s, 5, ["Язык", "ru", ""]);
    const before = cloneWorkbook(wb);
    const emu = createEmulator({ workbook: wb });
    emu.call("setupWorkbook");
    const typed = (rows: (CellModel | undefined)[][]) =>
      rows.slice(0, 5).map((r) => (r ?? []).map((c) => c?.v));
    expect(typed(s.cells)).toEqual(typed(before.sheets[0].cells));
    // The existing rows get their rules too: Язык a list, «Часов профминимума в год» none.
    expect(validationAt(s, 4, 1)).toMatchObject({ kind: "list", values: ["ru", "en"] });
    expect(validationAt(s, 3, 1)).toBeUndefined();
    const appended = s.cells.slice(5).map((r) => r?.[0]?.v);
    expect(appended).toEqual(
      SETTINGS_PARAMS.filter((p) => !["school", "year", "profminimumHours", "language"].includes(p.key)).map(
        (p) => p.label.ru,
      ),
    );
    const q1 = s.cells[5]?.[1]?.v as Date;
    expect(q1.toLocaleDateString("sv-SE", { timeZone: "Europe/Moscow" })).toBe(
      defaultQuarters("2025/2026")[0].start,
    );
    expect(validationAt(s, 5, 1)).toEqual({ kind: "date", allowInvalid: true });
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      "Книга настроена: создано листов: 17; добавлено параметров настроек: 12.",
    );
    const after = cloneWorkbook(emu.workbook);
    emu.call("setupWorkbook");
    expect(emu.workbook).toEqual(after);
  });

  test("Ступени with the school's own rows is left alone; an empty Ступени gets the four bands", () => {
    const wb = newWorkbook();
    wb.sheets[0].name = "Ступени";
    typeRow(wb.sheets[0], 1, ["Ступень", "Классы", "Направление"]);
    typeRow(wb.sheets[0], 2, ["начальная", "1-4", "своё"]);
    const emu = createEmulator({ workbook: wb });
    emu.call("setupWorkbook");
    expect(values(sheet(emu, "Ступени"), 2)).toEqual(["начальная", "1-4", "своё"]);
    expect(values(sheet(emu, "Ступени"), 3)).toEqual([]);

    const empty = newWorkbook();
    empty.sheets[0].name = "Ступени";
    typeRow(empty.sheets[0], 1, ["Направление", "Ступень", "Классы"]);
    const emu2 = createEmulator({ workbook: empty });
    emu2.call("setupWorkbook");
    expect(values(sheet(emu2, "Ступени"), 2)).toEqual([DEFAULT_BANDS[0].direction, "1–4", "1–4"]);
  });

  test("an English user gets English tabs and Language = en; tabs found in either language are kept", () => {
    const emu = createEmulator({ workbook: newWorkbook({ locale: "en_US" }), user: { locale: "en_US" } });
    emu.call("setupWorkbook");
    expect(emu.workbook.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      ...SOURCE_TAB_ORDER.map((k) => TABS[k].name.en),
    ]);
    expect(values(sheet(emu, "Pupils"), 1)).toEqual(headerRow(TABS.pupils, "en"));
    const settings = sheet(emu, "Settings");
    expect(settings.cells.find((r) => r?.[0]?.v === "Language")?.[1]?.v).toBe("en");
    expect(emu.ui.toasts.at(-1)?.message).toBe("The workbook is set up: tabs created: 18.");
    // A Russian user opening it later: the Язык setting decides, nothing is added in Russian.
    const ru = createEmulator({ workbook: emu.workbook, user: { locale: "ru_RU" } });
    const copy = cloneWorkbook(emu.workbook);
    ru.call("setupWorkbook");
    expect(ru.workbook).toEqual(copy);
  });

  test("another editor holding the lock: a clear message, nothing written", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.services.state.executions.holdAs("other-editor", "document");
    const copy = cloneWorkbook(emu.workbook);
    expect(() => emu.call("setupWorkbook")).toThrow("Таблицу сейчас изменяет другой пользователь");
    expect(emu.workbook).toEqual(copy);
  });

  test("service calls do not grow with the rows of the tabs it repairs", () => {
    const calls = (n: number) => {
      const wb = newWorkbook();
      const s = wb.sheets[0];
      s.name = "Участие";
      typeRow(s, 1, ["Мероприятие", "Код", "Отметка"]);
      for (let r = 2; r <= n + 1; r++) typeRow(s, r, ["М-0001", `У-${r}`, "участвовал"]);
      const emu = createEmulator({ workbook: wb });
      emu.call("setupWorkbook");
      return emu.calls.snapshot();
    };
    expect(calls(100)).toEqual(calls(5000));
  });
});

describe("setupWorkbook on a filled workbook reads headers, not rows", () => {
  test("only Настройки, Ступени and Мероприятия (for the Id fill) are read whole; every other tab's row 1 alone", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    emu.call("fillDemoData");
    emu.calls.reset();
    emu.call("setupWorkbook");
    // 18 tabs, one read each (as before), but 15 of them are `1:1` reads: the 4,584 rows of Участие stay unread.
    expect(emu.calls.get("Range.getValues")).toBe(18);
    expect(emu.calls.get("Sheet.getDataRange")).toBe(3);
    expect(emu.calls.get("Sheet.getRange")).toBe(15);
    expect(writes(emu)).toEqual([]);
  });
});
