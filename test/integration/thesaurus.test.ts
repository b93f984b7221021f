// The «Профессии» sidebar's server side through the built bundle: open, data in one call, add, edit, duplicates.

import { createEmulator, type Emulator } from "../../emulator/index";
import { cloneWorkbook, type WorkbookModel } from "../../emulator/model";
import type { SaveResult, ThesaurusData } from "../../src/gas/thesaurus";
import { addTab, fixtureWorkbook, sheetOf, tabReads, values } from "./plan-fixtures";

const data = (emu: Emulator): ThesaurusData => {
  const r = emu.runFromClient("getThesaurus", []);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ThesaurusData;
};
const save = (emu: Emulator, draft: unknown, options?: unknown): SaveResult => {
  const r = emu.runFromClient("saveProfession", options === undefined ? [draft] : [draft, options]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as SaveResult;
};
const draft = (profession: string, extra: Record<string, unknown> = {}) => ({
  profession,
  subjects: ["Физика"],
  types: ["technics"],
  isNew: false,
  competences: [],
  ...extra,
});

let demoSchool: WorkbookModel | undefined;

/** The demo school (set up and filled once through the bundle), copied for each test. */
function demo(opts: { email?: string; locale?: string } = {}): Emulator {
  if (!demoSchool) {
    const emu = createEmulator();
    emu.call("setupWorkbook");
    emu.call("fillDemoData");
    demoSchool = emu.workbook;
  }
  return createEmulator({ workbook: cloneWorkbook(demoSchool), user: opts });
}

/** Профессии with a teacher's own column «Заметки» to the right, Предметы, Ступени. */
function small(): Emulator {
  const wb = fixtureWorkbook({
    subjects: [
      { Предмет: "Физика", Классы: "7-11" },
      { Предмет: "Информатика", Классы: "5-11" },
      { Предмет: "Технология", Классы: "1-9" },
    ],
    bands: [
      { Ступень: "5–7", Классы: "5-7" },
      { Ступень: "8–9", Классы: "8-9" },
    ],
  });
  addTab(
    wb,
    "professions",
    [
      { Профессия: "Электромонтёр", Предметы: "Физика", Тип: "Т", Новая: "нет", Заметки: "для 8 класса" },
      {
        Профессия: "Программист",
        Предметы: "Информатика",
        Тип: "З",
        Отрасль: "ИТ",
        Новая: "нет",
        Добавил: "first@school.example",
        Заметки: "не трогать",
      },
    ],
    ["Заметки"],
  );
  return createEmulator({ workbook: wb });
}

describe("opening the sidebar", () => {
  test("showThesaurusSidebar shows dist/thesaurus.html in a sidebar and reads no tab", () => {
    const emu = demo();
    emu.call("showThesaurusSidebar");
    expect(emu.ui.shown.at(-1)).toMatchObject({ kind: "sidebar", title: "Профессии" });
    expect(emu.ui.shown.at(-1)?.html).toContain("<script>");
    expect(tabReads(emu)).toBe(0);
    expect(emu.calls.get("SpreadsheetApp.getActiveSpreadsheet")).toBe(0);
  });

  test("getThesaurus gives everything in one call, reading at most 3 tabs", () => {
    const emu = demo();
    const d = data(emu);
    expect(tabReads(emu)).toBeLessThanOrEqual(3);
    expect(emu.calls.get("Sheet.getDataRange")).toBeLessThanOrEqual(3);
    expect(d.locale).toBe("ru");
    expect(d.professions).toHaveLength(80);
    expect(d.professions[0]).toMatchObject({
      profession: "Агроном",
      row: 2,
      subjects: ["Биология", "Химия", "География"],
    });
    expect(d.subjects).toContain("Физика");
    expect(d.bands).toEqual(["1–4", "5–7", "8–9", "10–11"]);
    expect(d.types.map((t) => t.short)).toEqual(["П", "Т", "Ч", "З", "Х"]);
    expect(d.types[0].title).toBe("Человек — природа");
    expect(d.skipped).toBe(0);
  });

  test("in English for an English-speaking user", () => {
    const d = data(demo({ locale: "en" }));
    expect(d.locale).toBe("en");
    expect(d.types.map((t) => t.title)[1]).toBe("Human — technics");
  });
});

describe("adding a profession", () => {
  test("appends one row with one setValues under the lock; «Добавил» is the user's e-mail", () => {
    const emu = demo({ email: "fizik@school.example" });
    const before = values(emu, "Профессии");
    const r = save(
      emu,
      draft(" Инженер-мехатроник ", {
        isNew: true,
        competences: ["электроника", "механика"],
        industry: "Промышленность",
      }),
    );
    expect(r).toMatchObject({
      ok: true,
      created: true,
      row: 82,
      message: "«Инженер-мехатроник» добавлена: строка 82 листа «Профессии».",
    });
    const after = values(emu, "Профессии");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[81]).toEqual([
      "Инженер-мехатроник",
      "Физика",
      "Т",
      "Промышленность",
      "да",
      "",
      "электроника, механика",
      "",
      "",
      "fizik@school.example",
    ]);
    expect(emu.calls.get("Range.setValues")).toBe(1);
    expect(emu.calls.get("Lock.waitLock")).toBe(1);
    expect(emu.calls.get("Lock.releaseLock")).toBe(1);
    expect(r.ok && r.data.professions.find((p) => p.row === 82)?.profession).toBe("Инженер-мехатроник");
  });

  test("«Добавил» stays blank when Apps Script does not reveal the e-mail", () => {
    const emu = demo({ email: "" });
    const r = save(emu, draft("Инженер-мехатроник"));
    expect(r.ok).toBe(true);
    expect(values(emu, "Профессии")[81][9]).toBe("");
  });

  test("a near duplicate («Робототехник инженер» vs «Инженер-робототехник») is a warning until accepted", () => {
    const emu = demo();
    const first = save(emu, draft("Робототехник инженер"));
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.errors).toEqual([]);
    expect(first.warnings).toEqual([
      expect.objectContaining({
        field: "profession",
        key: "nearDuplicate",
        params: expect.objectContaining({ profession: "Инженер-робототехник", reason: "wordOrder" }),
        text: "Похожая профессия уже есть: «Инженер-робототехник» — те же слова в другом порядке. Не повтор ли это?",
      }),
    ]);
    expect(emu.calls.get("Range.setValues")).toBe(0);
    expect(values(emu, "Профессии")).toHaveLength(81);

    const second = save(emu, draft("Робототехник инженер"), { acceptNear: ["Инженер-робототехник"] });
    expect(second).toMatchObject({ ok: true, row: 82 });
  });

  test("the same name in another spelling (dashes, a dot, a zero-width space, a Latin look-alike) is an error, even accepted", () => {
    const emu = demo();
    for (const name of [
      "инженер робототехник",
      "Инженер-робототехник.",
      "Инженер-робото\u200Bтехник",
      "Инжeнер-робототехник",
    ]) {
      const r = save(emu, draft(name), { acceptNear: ["Инженер-робототехник"] });
      expect(r).toMatchObject({
        ok: false,
        errors: [
          {
            field: "profession",
            key: "duplicate",
            text: "Профессия «Инженер-робототехник» уже есть в тезаурусе.",
          },
        ],
      });
    }
    expect(values(emu, "Профессии")).toHaveLength(81);
  });

  test("an exact duplicate (case and ё ignored) is an error, even accepted", () => {
    const emu = demo();
    const r = save(emu, draft("ЭЛЕКТРОМОНТЕР"), { acceptNear: ["Электромонтёр"] });
    expect(r).toMatchObject({
      ok: false,
      errors: [
        { field: "profession", key: "duplicate", text: "Профессия «Электромонтёр» уже есть в тезаурусе." },
      ],
    });
    expect(values(emu, "Профессии")).toHaveLength(81);
  });

  test("the duplicate check runs inside the lock on a fresh read: a name added meanwhile is caught", () => {
    const emu = demo();
    data(emu);
    const sheet = sheetOf(emu, "Профессии");
    sheet.cells.push([{ v: "Инженер-мехатроник" }]);
    const r = save(emu, draft("инженер мехатроник"));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0].params?.profession).toBe("Инженер-мехатроник");
  });

  test("inline errors in Russian: a name, a known subject and a known band are required", () => {
    const emu = demo();
    const r = save(emu, draft("  ", { subjects: ["Астрономия"], bands: ["12–13"] }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.text)).toEqual([
      "Введите название профессии.",
      "Предмета «Астрономия» нет на листе «Предметы».",
      "Ступени «12–13» нет на листе «Ступени».",
    ]);
    const none = save(emu, draft("Астроном", { subjects: [] }));
    expect(!none.ok && none.errors.map((e) => e.text)).toEqual(["Выберите хотя бы один предмет."]);
  });

  test("a name with a list separator or over 100 characters is refused with the reason; nothing is written", () => {
    const emu = demo();
    const before = cloneWorkbook(emu.workbook);
    const comma = save(emu, draft("Монтажник, электромонтёр"));
    expect(comma).toMatchObject({
      ok: false,
      message: "Исправьте отмеченные поля.",
      errors: [
        {
          field: "profession",
          key: "nameSeparator",
          text: "В названии профессии не должно быть запятой, точки с запятой или переноса строки: списки в других листах разделяются ими. Например, «Монтажник, электромонтёр» станет двумя профессиями.",
        },
      ],
    });
    const long = save(emu, draft("Инженер".repeat(43).slice(0, 300)));
    expect(!long.ok && long.errors.map((e) => e.text)).toEqual([
      "Название длиннее 100 символов (сейчас 300): сократите его.",
    ]);
    expect(emu.workbook).toEqual(before);
  });

  test("arguments are checked with zod: a bad type or shape is refused before anything is read", () => {
    const emu = demo();
    const r = emu.runFromClient("saveProfession", [{ ...draft("Астроном"), types: ["космос"] }]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toBe(
      "Сохранение профессии: неверные данные — поле «Типы по Климову → № 1»: недопустимое значение",
    );
    expect(emu.runFromClient("saveProfession", ["строка"]).ok).toBe(false);
    expect(emu.runFromClient("saveProfession", [draft("Астроном"), { row: 5 }]).ok).toBe(false);
    expect(tabReads(emu)).toBe(0);
  });

  test("text that looks like a formula is written as text", () => {
    const emu = demo();
    const r = save(emu, draft('=HYPERLINK("x")', { description: "+7 дней" }));
    expect(r.ok).toBe(true);
    const cell = sheetOf(emu, "Профессии").cells[81][0];
    expect(cell?.v).toBe('=HYPERLINK("x")');
    expect(cell?.formula).toBeUndefined();
  });
});

describe("honest outcomes when Google's services fail", () => {
  const TIMEOUT = "Service Spreadsheets timed out while accessing document with id local-workbook.";

  test("a fault at the write: «ничего не сохранено», and the retry adds the row once", () => {
    const emu = demo();
    const before = values(emu, "Профессии");
    emu.failAt({ method: "Range.setValues", nth: 1, message: TIMEOUT });
    const r = emu.runFromClient("saveProfession", [draft("Инженер-мехатроник")]);
    expect(!r.ok && r.error.message).toBe(
      "Сохранение профессии: Google не ответил вовремя; ничего не изменено — повторите через минуту.",
    );
    expect(values(emu, "Профессии")).toEqual(before);
    expect(save(emu, draft("Инженер-мехатроник"))).toMatchObject({ ok: true, created: true, row: 82 });
  });

  test("a fault after the write (flush, releaseLock): the save stands, and a retry answers «уже сохранена»", () => {
    for (const method of ["SpreadsheetApp.flush", "Lock.releaseLock"]) {
      const emu = demo();
      emu.failAt({ method, nth: 1, message: TIMEOUT });
      expect(save(emu, draft("Инженер-мехатроник"))).toMatchObject({ ok: true, created: true, row: 82 });
      const again = save(emu, draft("Инженер-мехатроник"));
      expect(again).toMatchObject({
        ok: true,
        created: false,
        row: 82,
        changed: 0,
        message: "«Инженер-мехатроник» уже сохранена: строка 82 листа «Профессии».",
      });
      expect(values(emu, "Профессии")).toHaveLength(82);
    }
  });

  test("an edit of three columns is one write: a fault leaves the row as it was, never half-changed", () => {
    const emu = small();
    const entry = data(emu).professions.find((p) => p.profession === "Программист")!;
    const before = values(emu, "Профессии");
    emu.failAt({ method: "Range.setValues", nth: 1, message: TIMEOUT });
    const changes = { ...entry, subjects: ["Информатика", "Физика"], whereTaught: "МГУ", bands: ["8–9"] };
    const r = emu.runFromClient("saveProfession", [
      changes,
      { row: entry.row, expectedName: entry.profession },
    ]);
    expect(!r.ok && r.error.message).toMatch(/ничего не изменено/);
    expect(values(emu, "Профессии")).toEqual(before);
    const ok = save(emu, changes, { row: entry.row, expectedName: entry.profession });
    expect(ok).toMatchObject({ ok: true, changed: 3 });
    expect(emu.calls.get("Range.setValues")).toBe(2);
  });
});

describe("editing a profession", () => {
  test("patches only the changed cells of that row; the teacher's own column and other rows stay", () => {
    const emu = small();
    const d = data(emu);
    const entry = d.professions.find((p) => p.profession === "Программист")!;
    const before = values(emu, "Профессии");
    emu.calls.reset();
    const r = save(
      emu,
      {
        profession: "Программист",
        subjects: ["Информатика", "физика"],
        types: ["sign"],
        isNew: false,
        industry: "ИТ",
        competences: [],
      },
      { row: entry.row, expectedName: entry.profession },
    );
    expect(r).toMatchObject({ ok: true, created: false, row: 3, changed: 1 });
    const after = values(emu, "Профессии");
    expect(after[2][1]).toBe("Информатика, Физика");
    const changed = before.flatMap((row, i) =>
      row.flatMap((v, j) => (after[i][j] === v ? [] : [[i + 1, j + 1]])),
    );
    expect(changed).toEqual([[3, 2]]);
    expect(emu.calls.get("Range.setValues")).toBe(1);
    expect(after[2][10]).toBe("не трогать");
    expect(after[2][9]).toBe("first@school.example");
  });

  test("an unchanged save writes nothing", () => {
    const emu = small();
    const entry = data(emu).professions[0];
    emu.calls.reset();
    const r = save(emu, { ...entry, row: undefined }, { row: entry.row, expectedName: entry.profession });
    expect(r).toMatchObject({ ok: true, changed: 0, message: "В «Электромонтёр» ничего не изменилось." });
    expect(emu.calls.get("Range.setValues")).toBe(0);
  });

  test("renaming keeps the row; its own old name is no duplicate", () => {
    const emu = small();
    const entry = data(emu).professions[0];
    const r = save(
      emu,
      { ...entry, profession: "Электромонтёр по ремонту" },
      { row: 2, expectedName: "Электромонтёр" },
    );
    expect(r).toMatchObject({ ok: true, row: 2 });
    expect(values(emu, "Профессии")[1].slice(0, 2)).toEqual(["Электромонтёр по ремонту", "Физика"]);
    expect(values(emu, "Профессии")[1][10]).toBe("для 8 класса");
  });

  test("if rows moved since the sidebar loaded, the row is found again by name", () => {
    const emu = small();
    const entry = data(emu).professions.find((p) => p.profession === "Программист")!;
    const sheet = sheetOf(emu, "Профессии");
    sheet.cells.splice(1, 0, [{ v: "Лаборант" }, { v: "Физика" }]);
    const r = save(
      emu,
      { ...entry, industry: "Информационные технологии" },
      { row: entry.row, expectedName: entry.profession },
    );
    expect(r).toMatchObject({ ok: true, row: 4 });
    const after = values(emu, "Профессии");
    expect(after[3][0]).toBe("Программист");
    expect(after[3][3]).toBe("Информационные технологии");
    expect(after[2][3]).toBe("");
  });

  test("if the row is gone, a clear Russian message and the fresh list; nothing is written", () => {
    const emu = small();
    const entry = data(emu).professions.find((p) => p.profession === "Программист")!;
    sheetOf(emu, "Профессии").cells.splice(2, 1);
    emu.calls.reset();
    const r = save(
      emu,
      { ...entry, industry: "ИТ-отрасль" },
      { row: entry.row, expectedName: entry.profession },
    );
    expect(r).toMatchObject({
      ok: false,
      gone: true,
      message:
        "Профессия «Программист» не найдена на листе «Профессии»: её удалили или переименовали. Список обновлён — повторите изменение.",
    });
    expect(!r.ok && r.data.professions.map((p) => p.profession)).toEqual(["Электромонтёр"]);
    expect(emu.calls.get("Range.setValues")).toBe(0);
  });

  test("editing into another entry's name is a duplicate error", () => {
    const emu = small();
    const entry = data(emu).professions[0];
    const r = save(emu, { ...entry, profession: "программист" }, { row: 2, expectedName: "Электромонтёр" });
    expect(r).toMatchObject({ ok: false, errors: [{ key: "duplicate" }] });
  });
});
