// «Проверить данные» through the built bundle: every planted problem found once, with a link to its cell; calls flat.

import { createEmulator, type Emulator } from "../../emulator/index";
import { cloneWorkbook, newWorkbook, type SheetModel } from "../../emulator/model";
import { plural } from "../../src/i18n/format";

const REPORT = "Проверка данных";

const sheet = (emu: Emulator, name: string): SheetModel => {
  const s = emu.workbook.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
/** 1-based column of a header in row 1 (headers as setup writes them, «*» for required). */
const col = (s: SheetModel, header: string) => {
  const i = (s.cells[0] ?? []).findIndex((c) => String(c?.v).replace(/\*$/, "") === header);
  if (i < 0) throw new Error(`no column ${header} on ${s.name}`);
  return i + 1;
};
const lastRow = (s: SheetModel) => {
  let last = 0;
  s.cells.forEach((row, r) => {
    if (row?.some((c) => c && c.v !== "")) last = r + 1;
  });
  return last;
};

/** The report's problem lines: the cells of columns A–F and the link formula in G. */
function reportLines(emu: Emulator, name = REPORT) {
  const s = sheet(emu, name);
  return s.cells.slice(2).map((row) => ({
    kind: row?.[0]?.v,
    tab: row?.[1]?.v,
    row: row?.[2]?.v,
    column: row?.[3]?.v,
    value: row?.[4]?.v,
    problem: row?.[5]?.v,
    link: row?.[6]?.formula ?? row?.[6]?.v,
  }));
}
const errorLines = (emu: Emulator, name = REPORT) =>
  reportLines(emu, name).filter((l) => l.kind !== "предупреждение");
const warningLines = (emu: Emulator) => reportLines(emu).filter((l) => l.kind === "предупреждение");

describe("validateData on a clean workbook", () => {
  test("set up, then checked: no problem; the report is a marked, warning-protected generated tab", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    emu.call("validateData");
    expect(emu.ui.toasts.at(-1)?.message).toBe("Проверка данных: проблем не найдено.");
    const s = sheet(emu, REPORT);
    expect(s.metadata).toEqual([
      expect.objectContaining({ key: "proftrack.generated", value: "validation" }),
    ]);
    expect(s.protections).toEqual([expect.objectContaining({ warningOnly: true, range: null })]);
    expect(s.frozenRows).toBe(2);
    expect(String(s.cells[0]?.[0]?.v)).toMatch(
      /^Сформировано ПрофТрек \d\d\.\d\d\.\d{4} \d\d:\d\d по листам: Настройки, /,
    );
    expect(s.cells[1].map((c) => c?.v)).toEqual([
      "Вид",
      "Лист",
      "Строка",
      "Столбец",
      "Значение",
      "Проблема",
      "Ссылка",
    ]);
    expect(reportLines(emu)).toEqual([
      { kind: "", tab: "", row: "", column: "", value: "", problem: "Проблем не найдено.", link: "" },
    ]);
  });

  test("the demo school: no error, only the plan's remarks as warnings; a rerun replaces the report", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("fillDemoData");
    emu.call("validateData");
    emu.call("validateData");
    const warnings = warningLines(emu);
    expect(errorLines(emu)).toEqual([]);
    expect(warnings.length).toBeGreaterThan(0);
    expect(new Set(warnings.map((l) => l.tab))).toEqual(new Set(["План"]));
    const n = warnings.length;
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      `Проверка данных: 0 ошибок, ${n} ${plural(n, "предупреждение", "предупреждения", "предупреждений")}. Список и ссылки на ячейки — на листе «Проверка данных».`,
    );
    expect(emu.workbook.sheets.filter((s) => s.name.startsWith(REPORT))).toHaveLength(1);
  });
});

describe("validateData on the demo school with planted problems", () => {
  const emu = createEmulator({ workbook: newWorkbook() });
  emu.call("fillDemoData");
  const pupils = sheet(emu, "Ученики");
  const plan = sheet(emu, "План");
  const participation = sheet(emu, "Участие");
  const codeOf = (row: number) => String(pupils.cells[row - 1]?.[col(pupils, "Код") - 1]?.v);
  const classOf = (row: number) => String(pupils.cells[row - 1]?.[col(pupils, "Класс") - 1]?.v);
  const code2 = codeOf(2);
  const duplicateRow = lastRow(pupils) + 1;
  const threeRow = duplicateRow + 1;
  const planRow = lastRow(plan) + 1;
  emu.editCell("Ученики", 5, col(pupils, "Класс"), "9Я");
  emu.editCell("Ученики", 7, col(pupils, "Подпись"), "Иванов Иван");
  emu.editCell("Ученики", duplicateRow, col(pupils, "Код"), code2);
  emu.editCell("Ученики", duplicateRow, col(pupils, "Класс"), classOf(2));
  // One row, three problems: Код repeats row 3, Подпись is a full name, Активен is neither да nor нет.
  emu.editCell("Ученики", threeRow, col(pupils, "Код"), codeOf(3));
  emu.editCell("Ученики", threeRow, col(pupils, "Класс"), classOf(3));
  emu.editCell("Ученики", threeRow, col(pupils, "Подпись"), "Петров Пётр");
  emu.editCell("Ученики", threeRow, col(pupils, "Активен"), "может быть");
  emu.editCell("План", 10, col(plan, "Профессия"), "Космический садовник");
  // One План row, three problems: an unknown subject, a date that is not a date, an unknown profession.
  emu.editCell("План", planRow, col(plan, "Предмет"), "Астрология");
  emu.editCell("План", planRow, col(plan, "Параллель"), 8);
  emu.editCell("План", planRow, col(plan, "Четверть"), 1);
  emu.editCell("План", planRow, col(plan, "Дата"), "вчера");
  emu.editCell("План", planRow, col(plan, "Профессия"), "Звездочёт");
  // A warning: a date in another year, outside the row's quarter.
  emu.editCell("План", 12, col(plan, "Дата"), "01.08.2040");
  emu.editCell("Участие", 20, col(participation, "Мероприятие"), "М-9999");
  emu.editCell("Участие", 30, col(participation, "Отметка"), "опоздал");
  emu.calls.reset();
  emu.call("validateData");

  test("finds exactly the planted errors, every problem of a row, in tab and row order", () => {
    const lines = errorLines(emu).map(({ kind, tab, row, column, value }) => [kind, tab, row, column, value]);
    expect(lines).toEqual(
      [
        ["Ученики", 5, "B «Класс*»", "9Я"],
        ["Ученики", 7, "C «Подпись»", "И. И."], // the report shows a full name as initials (152-ФЗ)
        ["Ученики", duplicateRow, "A «Код*»", code2],
        ["Ученики", threeRow, "A «Код*»", codeOf(3)],
        ["Ученики", threeRow, "C «Подпись»", "П. П."],
        ["Ученики", threeRow, "D «Активен»", "может быть"],
        ["План", 10, "F «Профессия*»", "Космический садовник"],
        ["План", planRow, "A «Предмет*»", "Астрология"],
        ["План", planRow, "D «Дата»", "вчера"],
        ["План", planRow, "F «Профессия*»", "Звездочёт"],
        ["Участие", 20, "A «Мероприятие*»", "М-9999"],
        ["Участие", 30, "D «Отметка*»", "опоздал"],
      ].map((l) => ["ошибка", ...l]),
    );
    expect(errorLines(emu).map((l) => l.problem)).toEqual([
      "такого значения нет на вкладке «Классы» (столбец «Класс»)",
      expect.stringContaining("похоже на фамилию и имя"),
      "повторяет строку 2",
      "повторяет строку 3",
      expect.stringContaining("похоже на фамилию и имя"),
      "ожидается «да» или «нет»",
      "такого значения нет на вкладке «Профессии» (столбец «Профессия»)",
      "такого значения нет на вкладке «Предметы» (столбец «Предмет»)",
      "ожидается дата, например 01.09.2026",
      "такого значения нет на вкладке «Профессии» (столбец «Профессия»)",
      "такого значения нет на вкладке «Мероприятия» (столбец «Id»)",
      expect.stringContaining("неизвестное значение"),
    ]);
    const n = warningLines(emu).length;
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      `Проверка данных: 12 ошибок, ${n} ${plural(n, "предупреждение", "предупреждения", "предупреждений")}. Список и ссылки на ячейки — на листе «Проверка данных».`,
    );
  });

  test("the plan's remarks follow the errors as warnings, each at its cell; none restates an error", () => {
    const lines = reportLines(emu);
    const firstWarning = lines.findIndex((l) => l.kind === "предупреждение");
    expect(firstWarning).toBe(12);
    expect(lines.slice(firstWarning).every((l) => l.kind === "предупреждение")).toBe(true);
    const warnings = warningLines(emu);
    expect(warnings).toContainEqual({
      kind: "предупреждение",
      tab: "План",
      row: 12,
      column: "D «Дата»",
      value: "01.08.2040",
      problem: expect.stringContaining("дата 01.08.2040 вне четверти"),
      link: `=HYPERLINK("#gid=${plan.id}&range=D12","перейти к D12")`,
    });
    for (const w of warnings) {
      const letter = String(w.column).slice(0, 1);
      expect(w.link).toBe(
        `=HYPERLINK("#gid=${plan.id}&range=${letter}${w.row}","перейти к ${letter}${w.row}")`,
      );
    }
    // Row 10's profession is unknown: an error, not again a warning.
    expect(warnings.filter((w) => w.row === 10 && String(w.problem).includes("нет в тезаурусе"))).toEqual([]);
    expect(warnings.filter((w) => w.row === planRow)).toEqual([]);
  });

  test('each error links to its cell: =HYPERLINK("#gid=<sheet id>&range=<A1>", …)', () => {
    const link = (s: SheetModel, a1: string) => `=HYPERLINK("#gid=${s.id}&range=${a1}","перейти к ${a1}")`;
    expect(errorLines(emu).map((l) => l.link)).toEqual([
      link(pupils, "B5"),
      link(pupils, "C7"),
      link(pupils, `A${duplicateRow}`),
      link(pupils, `A${threeRow}`),
      link(pupils, `C${threeRow}`),
      link(pupils, `D${threeRow}`),
      link(plan, "F10"),
      link(plan, `A${planRow}`),
      link(plan, `D${planRow}`),
      link(plan, `F${planRow}`),
      link(participation, "A20"),
      link(participation, "D30"),
    ]);
    // The gid is the tab's real id: no two source tabs share one.
    expect(new Set([pupils.id, plan.id, participation.id]).size).toBe(3);
  });

  test("reads each source tab once and writes the report in a fixed number of calls", () => {
    expect(emu.calls.get("Range.getValues")).toBe(18);
    expect(emu.calls.get("Sheet.getDataRange")).toBe(18);
    expect(emu.calls.get("Range.setValues")).toBe(1);
    expect(emu.calls.get("Range.setFormulas")).toBe(1);
    expect(emu.calls.get("Range.setValue")).toBe(0);
  });
});

describe("validateData on a broken workbook", () => {
  test("a missing tab and a missing required column are problems on the report, not a failure", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    emu.workbook.sheets = emu.workbook.sheets.filter((s) => s.name !== "Профпробы");
    emu.editCell("Участие", 1, 4, "Отметка ученика");
    emu.call("validateData");
    const lines = reportLines(emu);
    expect(lines).toEqual([
      {
        kind: "ошибка",
        tab: "Участие",
        row: 1,
        column: "",
        value: "",
        problem:
          "На вкладке «Участие» нет обязательного столбца «Отметка». Добавьте его в первую строку и повторите.",
        link: `=HYPERLINK("#gid=${sheet(emu, "Участие").id}&range=A1","перейти к A1")`,
      },
      {
        kind: "ошибка",
        tab: "Профпробы",
        row: "",
        column: "",
        value: "",
        problem: "листа нет в книге; выполните «ПрофТрек → Настроить книгу»",
        link: "",
      },
    ]);
  });

  test("a user's own tab named «Проверка данных» is never overwritten", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    emu.workbook.sheets[0].name = REPORT;
    emu.editCell(REPORT, 1, 1, "мои заметки");
    const copy = cloneWorkbook(emu.workbook);
    expect(() => emu.call("validateData")).toThrow("создан не ПрофТрек");
    expect(emu.workbook).toEqual(copy);
  });

  test("English workbook: English report tab and messages", () => {
    const emu = createEmulator({ workbook: newWorkbook({ locale: "en_US" }), user: { locale: "en_US" } });
    emu.call("setupWorkbook");
    emu.editCell("Pupils", 2, 1, "P-1");
    emu.editCell("Pupils", 2, 2, "8A");
    emu.call("validateData");
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      "Data check: 1 error, 0 warnings. The list with links to the cells is on the «Data check» tab.",
    );
    expect(reportLines(emu, "Data check")[0]).toMatchObject({
      kind: "error",
      tab: "Pupils",
      row: 2,
      column: "B «Class*»",
      problem: "no such value on the «Classes» tab (column «Class»)",
    });
  });
});

describe("service calls of validateData do not grow with the rows", () => {
  /**
   * A set-up workbook with n pupils, n participation rows, n professions and n plan rows (all valid), the same three
   * planted errors and one planted warning (a profession repeated in a grade).
   */
  function workbookWith(n: number): Emulator {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    const put = (name: string, rows: (string | number | Date)[][]) => {
      const s = sheet(emu, name);
      rows.forEach((r, i) => {
        s.cells[i + 1] = r.map((v) => ({ v }));
      });
      s.maxRows = Math.max(s.maxRows, rows.length + 1);
    };
    put("Классы", [["8А"], ["8Б"]]);
    put("Мероприятия", [
      [
        "М-0001",
        new Date(Date.UTC(2026, 9, 1)),
        "Экскурсия",
        "экскурсия на предприятие",
        "просвещение",
        "8А, 8Б",
      ],
    ]);
    const codes = Array.from({ length: n }, (_, i) => `У-${String(i + 1).padStart(5, "0")}`);
    put(
      "Ученики",
      codes.map((c, i) => [c, i === 3 ? "9Я" : i % 2 ? "8А" : "8Б", i === 5 ? "Иванов Иван" : "", "да"]),
    );
    put(
      "Участие",
      codes.map((c, i) => [i === 7 ? "М-0002" : "М-0001", c, "", "участвовал"]),
    );
    put("Предметы", [["Биология", "1-11"]]);
    const professions = codes.map((_, i) => `Профессия ${i + 1}`);
    put(
      "Профессии",
      professions.map((p) => [p, "Биология"]),
    );
    put(
      "План",
      professions.map((p, i) => [
        "Биология",
        (i % 11) + 1,
        (i % 4) + 1,
        "",
        "",
        i === 11 ? professions[0] : p,
      ]),
    );
    emu.calls.reset();
    emu.call("validateData");
    return emu;
  }

  test("100 and 10,000 rows: equal counts for every method", () => {
    const small = workbookWith(100);
    const large = workbookWith(10_000);
    expect(reportLines(small).map((l) => l.kind)).toEqual(["ошибка", "ошибка", "ошибка", "предупреждение"]);
    expect(reportLines(large)).toEqual(reportLines(small).map((l) => ({ ...l, link: expect.any(String) })));
    expect(large.calls.snapshot()).toEqual(small.calls.snapshot());
    expect(small.calls.get("Range.getValues")).toBe(18);
  });
});
