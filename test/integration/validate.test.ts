// «Проверить данные» through the built bundle: every planted problem found once, with a link to its cell; calls flat.

import { createEmulator, type Emulator } from "../../emulator/index";
import { cloneWorkbook, newWorkbook, type SheetModel } from "../../emulator/model";

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

/** The report's problem lines: the cells of columns A–E and the link formula in F. */
function reportLines(emu: Emulator, name = REPORT) {
  const s = sheet(emu, name);
  return s.cells.slice(2).map((row) => ({
    tab: row?.[0]?.v,
    row: row?.[1]?.v,
    column: row?.[2]?.v,
    value: row?.[3]?.v,
    problem: row?.[4]?.v,
    link: row?.[5]?.formula ?? row?.[5]?.v,
  }));
}

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
      "Лист",
      "Строка",
      "Столбец",
      "Значение",
      "Проблема",
      "Ссылка",
    ]);
    expect(reportLines(emu)).toEqual([
      { tab: "", row: "", column: "", value: "", problem: "Проблем не найдено.", link: "" },
    ]);
  });

  test("the demo school: no problem, and a rerun replaces the report instead of adding one", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("fillDemoData");
    emu.call("validateData");
    emu.call("validateData");
    expect(emu.ui.toasts.at(-1)?.message).toBe("Проверка данных: проблем не найдено.");
    expect(emu.workbook.sheets.filter((s) => s.name.startsWith(REPORT))).toHaveLength(1);
  });
});

describe("validateData on the demo school with planted problems", () => {
  const emu = createEmulator({ workbook: newWorkbook() });
  emu.call("fillDemoData");
  const pupils = sheet(emu, "Ученики");
  const plan = sheet(emu, "План");
  const participation = sheet(emu, "Участие");
  const code2 = String(pupils.cells[1]?.[col(pupils, "Код") - 1]?.v);
  const duplicateRow = lastRow(pupils) + 1;
  emu.editCell("Ученики", 5, col(pupils, "Класс"), "9Я");
  emu.editCell("Ученики", 7, col(pupils, "Подпись"), "Иванов Иван");
  emu.editCell("Ученики", duplicateRow, col(pupils, "Код"), code2);
  emu.editCell(
    "Ученики",
    duplicateRow,
    col(pupils, "Класс"),
    String(pupils.cells[1]?.[col(pupils, "Класс") - 1]?.v),
  );
  emu.editCell("План", 10, col(plan, "Профессия"), "Космический садовник");
  emu.editCell("Участие", 20, col(participation, "Мероприятие"), "М-9999");
  emu.editCell("Участие", 30, col(participation, "Отметка"), "опоздал");
  emu.calls.reset();
  emu.call("validateData");

  test("finds exactly the planted problems, in tab and row order", () => {
    const lines = reportLines(emu).map(({ tab, row, column, value }) => [tab, row, column, value]);
    expect(lines).toEqual([
      ["Ученики", 5, "B «Класс*»", "9Я"],
      ["Ученики", 7, "C «Подпись»", "Иванов Иван"],
      ["Ученики", duplicateRow, "A «Код*»", code2],
      ["План", 10, "F «Профессия*»", "Космический садовник"],
      ["Участие", 20, "A «Мероприятие*»", "М-9999"],
      ["Участие", 30, "D «Отметка*»", "опоздал"],
    ]);
    expect(reportLines(emu).map((l) => l.problem)).toEqual([
      "такого значения нет на вкладке «Классы» (столбец «Класс»)",
      expect.stringContaining("похоже на фамилию и имя"),
      "повторяет строку 2",
      "такого значения нет на вкладке «Профессии» (столбец «Профессия»)",
      "такого значения нет на вкладке «Мероприятия» (столбец «Id»)",
      expect.stringContaining("неизвестное значение"),
    ]);
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      "Проверка данных: 6 проблем. Список и ссылки на ячейки — на листе «Проверка данных».",
    );
  });

  test('each line links to its cell: =HYPERLINK("#gid=<sheet id>&range=<A1>", …)', () => {
    const link = (s: SheetModel, a1: string) => `=HYPERLINK("#gid=${s.id}&range=${a1}","перейти к ${a1}")`;
    expect(reportLines(emu).map((l) => l.link)).toEqual([
      link(pupils, "B5"),
      link(pupils, "C7"),
      link(pupils, `A${duplicateRow}`),
      link(plan, "F10"),
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
        tab: "Участие",
        row: 1,
        column: "",
        value: "",
        problem:
          "На вкладке «Участие» нет обязательного столбца «Отметка». Добавьте его в первую строку и повторите.",
        link: `=HYPERLINK("#gid=${sheet(emu, "Участие").id}&range=A1","перейти к A1")`,
      },
      {
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
      "Data check: 1 problem. The list with links to the cells is on the «Data check» tab.",
    );
    expect(reportLines(emu, "Data check")[0]).toMatchObject({
      tab: "Pupils",
      row: 2,
      column: "B «Class*»",
      problem: "no such value on the «Classes» tab (column «Class»)",
    });
  });
});

describe("service calls of validateData do not grow with the rows", () => {
  /** A set-up workbook with n pupils and n participation rows (all valid) and the same three planted problems. */
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
    emu.calls.reset();
    emu.call("validateData");
    return emu;
  }

  test("100 and 10,000 rows: equal counts for every method", () => {
    const small = workbookWith(100);
    const large = workbookWith(10_000);
    expect(reportLines(small)).toHaveLength(3);
    expect(reportLines(large)).toHaveLength(3);
    expect(large.calls.snapshot()).toEqual(small.calls.snapshot());
    expect(small.calls.get("Range.getValues")).toBe(18);
  });
});
