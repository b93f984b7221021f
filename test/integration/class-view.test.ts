// «Класс — 8А» through the built bundle: the generated tab's contents, colours and flags, the menu's class picker,
// the demo school showing every flag, and service calls equal for 100 and 30,000 rows of Участие.

import { createEmulator, type Emulator } from "../../emulator/index";
import { newWorkbook, type WorkbookModel } from "../../emulator/model";
import type { ClassViewOutcome } from "../../src/gas/class-view";
import { CLASS_COLOURS, CLASS_HEADER_ROW } from "../../src/tables/class-view";
import { openAt } from "./fault-sweep";
import {
  addTab,
  fixtureWorkbook,
  moscowDate,
  type RowValues,
  settingsRows,
  sheetOf,
  values,
} from "./plan-fixtures";

const NOW = new Date("2026-11-20T09:00:00Z");

function school(extraRows = 0): WorkbookModel {
  const participation: RowValues[] = [];
  for (let i = 0; i < extraRows; i++)
    participation.push({
      Мероприятие: `М-9${String(i % 1000).padStart(3, "0")}`,
      Код: `Х-${i}`,
      Отметка: "участвовал",
    });
  participation.push(
    { Мероприятие: "М-0001", Код: "8А-01", Отметка: "не участвовал" },
    { Мероприятие: "М-0001", Код: "8А-02", Отметка: "участвовал" },
    { Мероприятие: "М-0001", Код: "8А-01", Отметка: "участвовал" }, // later: wins
    { Мероприятие: "М-0002", Код: "8А-01", Отметка: "участвовал" }, // cancelled
    { Мероприятие: "М-0001", Код: "8А-04", Отметка: "участвовал" }, // left
  );
  const wb = fixtureWorkbook({
    settings: settingsRows(),
    classes: [{ Класс: "8А" }, { Класс: "9А" }],
    pupils: [
      { Код: "8А-01", Класс: "8А", Подпись: "А. И.", Активен: "да" },
      { Код: "8А-02", Класс: "8А", Активен: "да" },
      { Код: "8А-03", Класс: "8А", Активен: "да" },
      { Код: "8А-04", Класс: "8А", Активен: "нет" },
      { Код: "9А-01", Класс: "9А", Активен: "да" },
    ],
    events: [
      {
        Id: "М-0001",
        Дата: moscowDate("2026-11-19"),
        Название: "Экскурсия",
        Форма: "экскурсия",
        Компонент: "просвещение",
        Классы: "8-9",
        Часы: 3,
        Статус: "проведено",
      },
      {
        Id: "М-0002",
        Дата: moscowDate("2026-11-10"),
        Название: "Отменённая",
        Форма: "другое",
        Компонент: "просвещение",
        Классы: "8А",
        Часы: 5,
        Статус: "отменено",
      },
      {
        Id: "М-0003",
        Дата: moscowDate("2026-12-10"),
        Название: "Проба",
        Форма: "профпроба",
        Компонент: "адаптация",
        Классы: "8А",
        Часы: 4,
      },
    ],
    trials: [
      {
        Код: "8А-02",
        Организация: "Техникум",
        Профессия: "Агроном",
        Часы: 12,
        Начало: moscowDate("2026-10-20"),
        Окончание: moscowDate("2026-11-06"),
        Результат: "пройдена",
      },
    ],
    projects: [
      { Вид: "индивидуальный проект", Название: "Умная теплица", Код: "9А-01", Статус: "тема выбрана" },
    ],
    consultations: [{ Дата: moscowDate("2026-10-01"), Код: "8А-03", Тема: "ОГЭ" }],
  });
  addTab(wb, "participation", participation).maxRows = participation.length + 501;
  return wb;
}

const build = (emu: Emulator, className: string) => emu.call<ClassViewOutcome>("showClassView", className);

describe("the class view", () => {
  test("pupils × events with marks, hours against the pace, flags, trials and consultations", () => {
    const emu = openAt(school(), NOW);
    expect(build(emu, "8 а")).toEqual({ tab: "Класс — 8А", pupils: 3, events: 2, behind: 2 });
    const rows = values(emu, "Класс — 8А");
    const h = CLASS_HEADER_ROW - 1;
    expect(rows[1][0]).toMatch(
      // 70 of the fixture year's 233 quarter days: 40 × 70 / 233 = 12.02; mean (3 + 15 + 0) / 3 = 6.
      /^8А: 3 ученика; участие в мероприятиях — 67 %; часов в среднем — 6 из 40 за год, к сегодняшнему дню ожидается 12,02\.$/,
    );
    expect(rows[h].slice(0, 4)).toEqual(["Код", "Подпись", "19.11", "10.12"]);
    expect(rows[h - 1].slice(0, 4)).toEqual(["", "Id", "М-0001", "М-0003"]);
    const table = rows.slice(h + 1, h + 4).map((r) => r.slice(0, 11));
    expect(table.map((r) => r.slice(0, 10))).toEqual([
      ["8А-01", "А. И.", "✓", "", 1, 3, 0, 3, 40, 12.02],
      ["8А-02", "", "✓", "", 1, 3, 12, 15, 40, 12.02],
      ["8А-03", "", "", "", 0, 0, 0, 0, 40, 12.02],
    ]);
    expect(table.map((r) => r[10])).toEqual([
      "отстаёт от профминимума",
      "",
      "нет участия в этой четверти; отстаёт от профминимума",
    ]);
    expect(rows[h + 2][11]).toBe("Техникум — Агроном, 12 ч (пройдена)");
    expect(rows[h + 3][13]).toBe("1, последняя 01.10.2026");
    expect(rows[h + 4].slice(0, 4)).toEqual(["Участие, %", "", 67, ""]);
    expect(rows[h + 5][0]).toBe("Выбыли (не входят в проценты и средние): 8А-04.");
    const sheet = sheetOf(emu, "Класс — 8А");
    const fill = (r: number, c: number) => sheet.cells[r]?.[c]?.background;
    expect(fill(h + 1, 2)).toBe(CLASS_COLOURS.present);
    expect(fill(h + 1, 7)).toBe(CLASS_COLOURS.behind);
    expect(fill(h + 2, 7)).toBe(CLASS_COLOURS.onPace);
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      "8А: отстают от профминимума — 2. Подробности — на листе «Класс — 8А».",
    );
  });

  test("rebuilt in place: a second run replaces the tab; an unknown class is a message", () => {
    const emu = openAt(school(), NOW);
    build(emu, "8А");
    build(emu, "8А");
    expect(emu.workbook.sheets.filter((s) => s.name.startsWith("Класс — 8А"))).toHaveLength(1);
    expect(() => build(emu, "12Я")).toThrow("Класса «12Я» нет на листах «Классы» и «Ученики».");
  });

  test("the menu's class picker: a dialog that reads nothing; its data in one call, classes with active pupils", () => {
    const emu = openAt(school(), NOW);
    emu.call("pickClassView");
    expect(emu.ui.shown.at(-1)).toMatchObject({ kind: "modal", title: "Класс — участие и часы" });
    expect(emu.calls.get("Range.getValues")).toBe(0);
    const r = emu.runFromClient("getClassViewClasses", []);
    expect(r.ok && r.value).toEqual({
      locale: "ru",
      classes: [
        { className: "8А", pupils: 3 },
        { className: "9А", pupils: 1 },
      ],
    });
    expect(emu.calls.get("Range.getValues")).toBe(2);
  });

  test("service calls equal for 100 and 30,000 rows of Участие; each tab read once", () => {
    const calls = (n: number) => {
      const emu = openAt(school(n), NOW);
      build(emu, "8А");
      return emu.calls.snapshot();
    };
    const small = calls(100);
    const big = calls(30_000);
    expect(big).toEqual(small);
    expect(big["Range.getValues"]).toBe(8);
    expect(big["Range.setValues"]).toBe(1);
    const total = Object.values(big).reduce((a, b) => a + b, 0);
    console.log(`class view: ${total} service calls`, big);
  });
});

test("the demo school shows every flag in its class views", () => {
  const emu = createEmulator({ workbook: newWorkbook() });
  emu.call("setupWorkbook");
  emu.call("fillDemoData");
  const seen = new Set<string>();
  for (const className of ["8А", "9А", "9Б", "11А", "5А", "10Б"]) {
    build(emu, className);
    for (const row of values(emu, `Класс — ${className}`).slice(CLASS_HEADER_ROW))
      for (const cell of row) if (typeof cell === "string") for (const f of cell.split("; ")) seen.add(f);
  }
  expect([...seen]).toEqual(
    expect.arrayContaining([
      "нет участия в этой четверти",
      "отстаёт от профминимума",
      "нет индивидуального проекта",
    ]),
  );
});
