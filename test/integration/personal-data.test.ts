// Personal data in «коды» mode (152-ФЗ: minimal data): full names planted wherever a teacher or a pupil might type
// one in the demo school never reach a generated tab, a form, a link or a report, whatever generator runs.

import { createEmulator, type Emulator } from "../../emulator/index";
import type { CellValue, SheetModel } from "../../emulator/model";
import { TABS } from "../../src/tables/specs";

jest.setTimeout(60_000);

/** Фамилия Имя Отчество, as a teacher would type them (and the «Фамилия Имя» and «Имя Фамилия» halves). */
const NAMES = [
  "Иванова Мария Петровна",
  "Смирнов Алексей Игоревич",
  "Кузнецова-Петрова Анна Сергеевна",
  "Фёдоров Илья Николаевич",
  "Соколова Дарья Викторовна",
  "Морозов Кирилл Андреевич",
];
/** The detector: any two words of a planted name side by side, in either order (case and ё ignored). */
const needles = NAMES.flatMap((n) => {
  const [last, first, middle] = n.split(" ");
  return [`${last} ${first}`, `${first} ${last}`, `${first} ${middle}`];
}).map((s) => s.toLowerCase().replace(/ё/g, "е"));

function leaks(text: string): string[] {
  const t = text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
  return needles.filter((n) => t.includes(n));
}

function sheet(emu: Emulator, name: string): SheetModel {
  const s = emu.workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no tab «${name}»`);
  return s;
}
function headerOf(s: SheetModel): string[] {
  return (s.cells[0] ?? []).map((c) => String(c?.v ?? "").replace(/\*$/, ""));
}
function setCell(emu: Emulator, tab: string, row: number, column: string, value: CellValue): void {
  const s = sheet(emu, tab);
  const col = headerOf(s).indexOf(column);
  if (col < 0) throw new Error(`${tab}: no column ${column}`);
  s.cells[row - 1][col] = { ...s.cells[row - 1][col], v: value };
}
function rowWhere(emu: Emulator, tab: string, column: string, pred: (v: CellValue) => boolean): number {
  const s = sheet(emu, tab);
  const col = headerOf(s).indexOf(column);
  const i = s.cells.findIndex((r, k) => k > 0 && pred(r?.[col]?.v ?? ""));
  if (i < 0) throw new Error(`${tab}: no row`);
  return i + 1;
}

/** Where a name was typed (source tabs and the raw answers): the detector scans everything else. */
const PLANTED_TABS = new Set(["Ученики", "Консультации", "Профпробы", "Проекты", "Мероприятия", "Участие"]);

describe("«коды» mode: no full name in anything ПрофТрек generates", () => {
  let emu: Emulator;
  const planted: string[] = [];

  beforeAll(() => {
    emu = createEmulator();
    emu.call("setupWorkbook");
    emu.call("fillDemoData");
    // Pupils' labels (Подпись) in 8А, whose class view is built, and in 9Б.
    const in8A = rowWhere(emu, "Ученики", "Класс", (v) => v === "8А");
    setCell(emu, "Ученики", in8A, "Подпись", NAMES[0]);
    setCell(emu, "Ученики", in8A + 1, "Подпись", `${NAMES[1]}`);
    const in9B = rowWhere(emu, "Ученики", "Класс", (v) => v === "9Б");
    setCell(emu, "Ученики", in9B, "Подпись", NAMES[2].split(" ").slice(0, 2).join(" "));
    planted.push("Ученики.Подпись");
    // Notes a teacher types: a consultation's topic and outcome, a trial's organisation, a project's title, an event.
    const code8A = String(sheet(emu, "Ученики").cells[in8A - 1][0]?.v);
    const consult = rowWhere(emu, "Консультации", "Класс", () => true);
    setCell(emu, "Консультации", consult, "Код", code8A);
    setCell(emu, "Консультации", consult, "Класс", "8А");
    setCell(emu, "Консультации", consult, "Тема", `Разговор с мамой (${NAMES[3]})`);
    setCell(emu, "Консультации", consult, "Итог", `Передать ${NAMES[0]} список колледжей`);
    const trial = rowWhere(emu, "Профпробы", "Класс", () => true);
    setCell(emu, "Профпробы", trial, "Код", code8A);
    setCell(emu, "Профпробы", trial, "Класс", "8А");
    setCell(emu, "Профпробы", trial, "Организация", `ИП ${NAMES[4]}`);
    const project = rowWhere(emu, "Проекты", "Название", () => true);
    setCell(emu, "Проекты", project, "Название", `Проект ${NAMES[5]}: модель теплицы`);
    const event = rowWhere(emu, "Мероприятия", "Классы", (v) => String(v).includes("8"));
    setCell(emu, "Мероприятия", event, "Партнёр", `наставник ${NAMES[4]}`);
    planted.push("Консультации", "Профпробы", "Проекты", "Мероприятия");
    // Free-text answers of pupils and parents (Google writes them; a pupil may type a name).
    const feedback = sheet(emu, "Ответы — ОТЗЫВ");
    const free = headerOf(feedback).findIndex((h) => h.startsWith("Что вы хотели бы добавить"));
    feedback.cells[1][free] = { v: `Спасибо, ${NAMES[3]}!` };
    const parents = sheet(emu, "Ответы — РОДИТЕЛИ");
    parents.cells[1][3] = { v: `${NAMES[1]}, агроном` };

    // Every generator.
    const run = (fn: string, ...args: unknown[]) => {
      const r = emu.runFromClient(fn, args);
      if (!r.ok) throw new Error(`${fn}: ${r.error.message}`);
    };
    run("refreshPlanCoverage");
    run("refreshEquipmentAnalysis");
    run("showClassView", "8А");
    run("showClassView", "9Б");
    run("rescoreQuestionnaires");
    run("validateData");
    for (const id of ["ИНТЕРЕСЫ", "ГОТОВНОСТЬ", "ОТЗЫВ", "РОДИТЕЛИ"]) run("createQuestionnaireForm", id);
    run("rescoreQuestionnaires");
  });

  test("the planted names are in the source tabs (the detector sees them there)", () => {
    const text = (name: string) =>
      sheet(emu, name)
        .cells.flatMap((r) => (r ?? []).map((c) => String(c?.v ?? "")))
        .join("\n");
    expect(leaks(text("Ученики")).length).toBeGreaterThan(0);
    expect(leaks(text("Консультации")).length).toBeGreaterThan(0);
    expect(leaks(text("Ответы — ОТЗЫВ")).length).toBeGreaterThan(0);
  });

  test("every generated tab: no full name in any cell, note or link", () => {
    const sources = new Set(Object.values(TABS).map((t) => t.name.ru));
    const generated = emu.workbook.sheets.filter(
      (s) => !PLANTED_TABS.has(s.name) && !s.name.startsWith("Ответы — ") && !sources.has(s.name),
    );
    const names = generated.map((s) => s.name);
    // What the generators made: the summaries, class views, links per questionnaire, results, the data check.
    for (const n of ["Итоги — план", "Итоги — оборудование", "Класс — 8А", "Класс — 9Б", "Результаты анкет"])
      expect(names).toContain(n);
    expect(names.filter((n) => n.startsWith("Ссылки — "))).toHaveLength(4);
    expect(names).toContain("Проверка данных");
    const found: string[] = [];
    for (const s of generated) {
      s.cells.forEach((r, i) => {
        (r ?? []).forEach((c, j) => {
          const text = [c?.v, c?.formula, c?.note].map((x) => String(x ?? "")).join(" ");
          for (const l of leaks(text)) found.push(`${s.name}!R${i + 1}C${j + 1}: ${l}`);
        });
      });
    }
    expect(found).toEqual([]);
  });

  test("the source tabs ПрофТрек appends to (Выбор экзаменов) carry no planted name either", () => {
    const s = sheet(emu, "Выбор экзаменов");
    const text = s.cells.flatMap((r) => (r ?? []).map((c) => String(c?.v ?? ""))).join("\n");
    expect(leaks(text)).toEqual([]);
  });

  test("every form: title, description, items, choices and confirmation; every prefilled link", () => {
    const forms = emu.workbook.forms ?? [];
    expect(forms).toHaveLength(4);
    const found: string[] = [];
    for (const f of forms) {
      const parts = [
        f.title,
        f.description,
        f.confirmationMessage,
        ...f.items.flatMap((i) => [
          i.title,
          i.helpText ?? "",
          ...(i.choices ?? []).map((c) => String(c.value)),
        ]),
      ];
      for (const p of parts) for (const l of leaks(p)) found.push(`${f.title}: ${l}`);
    }
    for (const s of emu.workbook.sheets.filter((x) => x.name.startsWith("Ссылки — ")))
      for (const r of s.cells)
        for (const c of r ?? []) {
          const v = String(c?.v ?? "");
          let decoded = v;
          try {
            decoded = decodeURIComponent(v.replace(/\+/g, " "));
          } catch {
            // not a URL
          }
          for (const l of leaks(decoded)) found.push(`${s.name}: ${l}`);
        }
    expect(found).toEqual([]);
  });

  test("reports: every toast, alert and dialog shown says no planted name", () => {
    const texts = [
      ...emu.ui.toasts.map((t) => `${t.title} ${t.message}`),
      ...emu.ui.alerts.map((a) => `${a.title} ${a.prompt}`),
    ];
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.flatMap(leaks)).toEqual([]);
  });
});
