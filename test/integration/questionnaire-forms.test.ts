// Questionnaires end to end through the built bundle: a form for two classes, responses submitted as Google would,
// scored into «Результаты анкет» (hand-scored fixture), duplicates and blanks, rescoring, and the service calls.

import { createEmulator, type Emulator } from "../../emulator/index";
import { cloneWorkbook, type WorkbookModel } from "../../emulator/model";
import { addTab, sheetOf, values } from "./plan-fixtures";
import { A01, B01, workbook } from "./questionnaire-fixtures";

const T0 = new Date("2026-11-26T08:00:00Z");
function open(wb: WorkbookModel, minutes = 0): Emulator {
  let t = T0.getTime() + minutes * 60_000;
  const now = () => {
    t += 1000;
    return new Date(t);
  };
  return createEmulator({ workbook: wb, now });
}

const formId = (emu: Emulator) => emu.workbook.forms![0].id;
/** Results as comparable rows: Дата ответа left out. */
const results = (emu: Emulator) =>
  values(emu, "Результаты анкет")
    .slice(1)
    .map((r) => [...r.slice(0, 3), ...r.slice(4)])
    .sort((a, b) => String(a[1]).localeCompare(String(b[1])));

describe("createQuestionnaireForm", () => {
  test("a form for two classes: class, then the code on the class's page, then every question; URLs, tabs, trigger", () => {
    const emu = open(workbook());
    const out = emu.call<Record<string, unknown>>("createQuestionnaireForm", "тест");
    expect(out).toMatchObject({
      id: "ТЕСТ",
      classes: 2,
      pupils: 3,
      triggerCreated: true,
      responsesTab: "Ответы — ТЕСТ",
    });
    const form = emu.workbook.forms![0];
    expect(form.title).toBe("Тест интересов");
    expect(form.items.map((i) => [i.type, i.title])).toEqual([
      ["MULTIPLE_CHOICE", "Ваш класс"],
      ["PAGE_BREAK", "8А"],
      ["LIST", "Ваш код (8А)"],
      ["PAGE_BREAK", "8Б"],
      ["LIST", "Ваш код (8Б)"],
      ["PAGE_BREAK", "Тест интересов"],
      ["MULTIPLE_CHOICE", "Что ближе?"],
      ["MULTIPLE_CHOICE", "Что выберете?"],
      ["CHECKBOX", "Что нравится?"],
      ["SCALE", "Насколько вы уверены?"],
      ["PARAGRAPH_TEXT", "Комментарий"],
    ]);
    expect(form.items[0].choices?.map((c) => c.navigation)).toEqual(["GO_TO_PAGE", "GO_TO_PAGE"]);
    expect(form.items[2].choices?.map((c) => c.value)).toEqual(["8А-01", "8А-02"]);
    expect(form.items[0].required && form.items[6].required && !form.items[7].required).toBe(true);
    // Анкеты holds the URLs; the responses tab is renamed; one link per pupil, prefilled with class and code.
    const row = values(emu, "Анкеты")[1];
    expect(row.slice(4)).toEqual([out.formUrl, out.editUrl, "форма создана"]);
    expect(emu.workbook.sheets.some((s) => s.name === "Ответы — ТЕСТ")).toBe(true);
    const links = values(emu, "Ссылки — ТЕСТ");
    expect(links.map((r) => r.slice(0, 2))).toEqual([
      ["Код", "Класс"],
      ["8А-01", "8А"],
      ["8А-02", "8А"],
      ["8Б-01", "8Б"],
    ]);
    expect(String(links[2][2])).toContain(`entry.${form.items[2].entryId}=${encodeURIComponent("8А-02")}`);
    expect(String(links[2][2])).toContain(`entry.${form.items[0].entryId}=${encodeURIComponent("8А")}`);
    expect(emu.services.state.triggers.list({ eventType: "ON_FORM_SUBMIT" })).toHaveLength(1);
    // No full name anywhere: the links carry codes only.
    expect(JSON.stringify(links)).not.toMatch(/[А-Я][а-я]+ [А-Я][а-я]+/);
  });

  test("exactly one trigger per workbook, whoever enables it; a second form makes none", () => {
    const wb = workbook();
    wb.sheets.find((s) => s.name === "Анкеты")!.cells.push([{ v: "ВТОРАЯ" }, { v: "Вторая" }, { v: "8А" }]);
    addTab(wb, "questions", []);
    const emu = open(wb);
    emu.call("createQuestionnaireForm", "ТЕСТ");
    const other = createEmulator({ workbook: emu.workbook, user: { email: "psychologist@school.example" } });
    // The same questions for the second questionnaire, typed under another Id.
    const questions = emu.workbook.sheets.find((s) => s.name === "Вопросы")!;
    questions.cells.push([{ v: "ВТОРАЯ" }, { v: 1 }, { v: "Да или нет?" }, { v: "один" }, { v: "Да | Нет" }]);
    const out = other.call<Record<string, unknown>>("createQuestionnaireForm", "ВТОРАЯ");
    expect(out.triggerCreated).toBe(false);
    expect(other.services.state.triggers.list({ eventType: "ON_FORM_SUBMIT" })).toHaveLength(1);
    expect(() => other.call("createQuestionnaireForm", "ВТОРАЯ")).toThrow(/уже создана/);
  });
});

describe("onFormSubmit", () => {
  function withForm(extraPupils = 0): Emulator {
    const emu = open(workbook(extraPupils));
    emu.call("createQuestionnaireForm", "ТЕСТ");
    return emu;
  }

  test("responses submitted as Google would are scored as the key says (hand-scored), ties reported", () => {
    const emu = withForm();
    const a = emu.submitForm(formId(emu), A01);
    const b = emu.submitForm(formId(emu), B01);
    expect([...a.errors, ...b.errors]).toEqual([]);
    expect(a.sheet).toBe("Ответы — ТЕСТ");
    // 8А-01: Станок Т1; Считать З1; Моторы Т1 + Схемы, таблицы З1; scale 2 reversed on 1–5 = 4 → Т4. Т 6, З 2.
    // 8Б-01: Лес П1; Рисовать Х2; Животные П1; no scale, no comment: П 2, Х 2, a tie; two unanswered.
    expect(results(emu)).toEqual([
      ["ТЕСТ", "8А-01", "8А", "П 0 · Т 6 · З 2 · Х 0", "Т", "Т: много Т", 0, ""],
      ["ТЕСТ", "8Б-01", "8Б", "П 2 · Т 0 · З 0 · Х 2", "П, Х", "П: много П Х: х", 2, ""],
    ]);
  });

  test("the latest response wins; the same event twice and a blank event change nothing; an unknown code is kept", () => {
    const emu = withForm();
    emu.submitForm(formId(emu), A01);
    emu.submitForm(formId(emu), { ...A01, "Что ближе?": "Лес", "Насколько вы уверены?": 5 });
    expect(results(emu)).toEqual([
      ["ТЕСТ", "8А-01", "8А", "П 1 · Т 2 · З 2 · Х 0", "Т, З", "Т: мало Т З: з", 0, ""],
    ]);
    const before = values(emu, "Результаты анкет");
    // The same event again (Google may deliver twice), then a blank one.
    const again = emu.evaluate<Record<string, unknown>>(`(function () {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Ответы — ТЕСТ");
      var range = sheet.getRange(3, 1, 1, sheet.getLastColumn());
      var values = range.getDisplayValues()[0];
      return [onQuestionnaireSubmit({ range: range, values: values, namedValues: {} }).status,
        onQuestionnaireSubmit({ range: range, values: values.map(function (v, i) { return i ? "" : v; }), namedValues: {} }).status];
    })()`);
    expect(again).toEqual(["scored", "ignored"]);
    expect(values(emu, "Результаты анкет")).toEqual(before);
    // 8Б-01 leaves the school after the form was made: the response is kept, flagged.
    const pupils = emu.workbook.sheets.find((s) => s.name === "Ученики")!;
    pupils.cells[3][0] = { v: "8Б-99" };
    emu.submitForm(formId(emu), B01);
    expect(results(emu)[1]).toEqual([
      "ТЕСТ",
      "8Б-01",
      "8Б",
      "П 2 · Т 0 · З 0 · Х 2",
      "П, Х",
      "П: много П Х: х",
      2,
      "код не найден",
    ]);
  });

  test("a trigger execution has no UI, and the submission does not need one", () => {
    const emu = withForm();
    const out = emu.submitForm(formId(emu), A01);
    expect(out.errors).toEqual([]);
    expect(emu.calls.get("SpreadsheetApp.getUi")).toBe(0);
  });

  test("rescoring from the responses tab equals the incremental results", () => {
    const emu = withForm();
    emu.submitForm(formId(emu), A01);
    emu.submitForm(formId(emu), B01);
    emu.submitForm(formId(emu), { ...A01, "Что ближе?": "Лес" });
    const incremental = results(emu);
    const out = emu.call<Record<string, number>>("rescoreQuestionnaires");
    expect(out).toEqual({ questionnaires: 1, responses: 3, results: 2 });
    expect(results(emu)).toEqual(incremental);
  });
});

describe("service calls", () => {
  /** A workbook with the form made and `n` responses already scored (the responses tab and the results hold n rows). */
  function withResponses(n: number): Emulator {
    const emu = open(workbook(n));
    emu.call("createQuestionnaireForm", "ТЕСТ");
    const tab = sheetOf(emu, "Ответы — ТЕСТ");
    const header = tab.cells[0].map((c) => String(c?.v));
    for (let i = 0; i < n; i++) {
      const answers: Record<string, unknown> = {
        ...B01,
        "Ваш код (8Б)": `8Б-${String(i + 2).padStart(4, "0")}`,
      };
      tab.cells.push(
        header.map((h, c) => {
          const a = answers[h];
          return {
            v: c === 0 ? new Date(T0.getTime() - 3600_000) : Array.isArray(a) ? a.join(", ") : (a ?? ""),
          } as { v: string | Date };
        }),
      );
    }
    tab.maxRows = Math.max(tab.maxRows, n + 1);
    emu.call("rescoreQuestionnaires");
    // The results tab full to its last row, whatever its size: an append grows the grid in both cases alike.
    const results = sheetOf(emu, "Результаты анкет");
    results.maxRows = results.cells.length;
    return open(cloneWorkbook(emu.workbook), 10);
  }

  const submission = (emu: Emulator) => {
    const out = emu.submitForm(formId(emu), A01);
    expect(out.errors).toEqual([]);
    return emu.calls.snapshot();
  };

  test("a submission: the same calls for 10 and 5,000 responses, at most twice the physical minimum", () => {
    const small = submission(withResponses(10));
    const big = submission(withResponses(5000));
    expect(big).toEqual(small);
    const total = Object.values(small).reduce((s, n) => s + n, 0);
    // The minimum: the lock (get, wait, release); seven reads (the header row of the responses tab, the event's row,
    // Настройки, Анкеты, Вопросы, Шкалы, Ученики, «Результаты анкет»: a sheet found and its values got, 2–3 calls
    // each); one block written (getRange, setValues).
    const minimum = 3 + 2 + 1 + 6 * 3 + 2;
    expect(total).toBeLessThanOrEqual(2 * minimum);
    expect(small["Range.setValues"]).toBe(1);
    expect(small["Range.getValues"]).toBe(9); // + the appended row re-checked right before the write
    // For the note: the figures.
    console.log(`submission: ${total} calls (minimum ${minimum})`, JSON.stringify(small));
  });

  test("rescoring: the same calls for 10 and 5,000 responses, at most twice the physical minimum", () => {
    const count = (emu: Emulator) => {
      emu.calls.reset();
      emu.call("rescoreQuestionnaires");
      return emu.calls.snapshot();
    };
    const small = count(withResponses(10));
    const big = count(withResponses(5000));
    // A new sheet has 1,000 rows: 5,000 results grow it with one more call (a step, not per row).
    expect(big["Sheet.insertRowsAfter"]).toBe(1);
    delete big["Sheet.insertRowsAfter"];
    expect(big).toEqual(small);
    const total = Object.values(small).reduce((s, n) => s + n, 0);
    // The minimum: the lock (3); five reads (Настройки, Анкеты, Вопросы, Шкалы, Ученики, «Ответы — ТЕСТ», 3 each);
    // the results tab rebuilt as every generated tab is (find by marker 4, insert, mark, fill 6, protect 3, delete,
    // rename: 17).
    const minimum = 3 + 6 * 3 + 17;
    expect(total).toBeLessThanOrEqual(2 * minimum);
    console.log(`rescoring: ${total} calls (minimum ${minimum})`, JSON.stringify(small));
  });
});

describe("the readiness questionnaire in the demo school", () => {
  test("a form made again keeps the demo's answers in their tab; a 9th-grader's answer is appended to «Выбор экзаменов»", () => {
    const emu = createEmulator();
    emu.call("setupWorkbook");
    emu.call("fillDemoData");
    const out = emu.call<Record<string, unknown>>("createQuestionnaireForm", "ГОТОВНОСТЬ");
    expect(out.responsesTab).toBe("Ответы — ГОТОВНОСТЬ (2)");
    const form = emu.workbook.forms![0];
    const classTitle = form.items[0].title;
    const cls = String(form.items[0].choices![0].value);
    expect(cls.startsWith("9")).toBe(true);
    const codeItem = form.items.find((i) => i.title.endsWith(`(${cls})`))!;
    const code = codeItem.choices![0].value;
    const answers: Record<string, string | number | string[]> = { [classTitle]: cls, [codeItem.title]: code };
    for (const item of form.items.filter((i) => i.type === "SCALE")) answers[item.title] = 4;
    const subjects = form.items.find((i) => i.type === "CHECKBOX")!;
    answers[subjects.title] = ["Физика", "Информатика"];
    const sent = emu.submitForm(form.id, answers);
    expect(sent.errors).toEqual([]);
    // Appended as the last row of «Выбор экзаменов» (the demo's rows, a teacher's included, stay above it).
    const exams = values(emu, "Выбор экзаменов");
    const exam = exams[exams.length - 1];
    expect(exam.slice(0, 5)).toEqual([code, cls, "ОГЭ", "Физика, Информатика", 4]);
    expect(exam[6]).toBe("анкета ГОТОВНОСТЬ");
    // The per-class view shows the pupil's latest row by Дата.
    const latest = Math.max(...exams.filter((r) => r[0] === code).map((r) => (r[5] as Date).getTime()));
    const shown = values(emu, "Итоги — выбор экзаменов").find((r) => r[0] === code)!;
    expect((shown[5] as Date).getTime()).toBe(latest);
    // The demo's earlier answers are still counted: rescoring reads both tabs of the questionnaire.
    const before = values(emu, "Результаты анкет").length;
    emu.call("rescoreQuestionnaires");
    expect(values(emu, "Результаты анкет").length).toBe(before);
    expect(values(emu, "Выбор экзаменов")).toEqual(exams);
  });
});

describe("identification by a typed code («ввод кода»)", () => {
  test("one text item checked by a pattern made from the codes' shapes; a code of the wrong shape is refused", () => {
    const wb = workbook();
    const q = wb.sheets.find((s) => s.name === "Анкеты")!;
    const column = q.cells[0].findIndex((c) => String(c?.v).startsWith("Идентификация"));
    q.cells[1][column] = { v: "ввод кода" };
    const emu = open(wb);
    emu.call("createQuestionnaireForm", "ТЕСТ");
    const form = emu.workbook.forms![0];
    expect(form.items[0]).toMatchObject({ type: "TEXT", title: "Ваш код", required: true });
    expect(form.items[0].validation?.pattern).toBe("[0-9][А-ЯЁA-Zа-яёa-z]-[0-9][0-9]");
    expect(form.items.filter((i) => i.type === "PAGE_BREAK")).toEqual([]);
    const { "Ваш класс": _c, "Ваш код (8А)": _k, ...rest } = A01;
    expect(() => emu.submitForm(form.id, { "Ваш код": "Иванов", ...rest })).toThrow(/Введите код/);
    expect(emu.submitForm(form.id, { "Ваш код": "8А-02", ...rest }).errors).toEqual([]);
    expect(results(emu)).toEqual([
      ["ТЕСТ", "8А-02", "8А", "П 0 · Т 6 · З 2 · Х 0", "Т", "Т: много Т", 0, ""],
    ]);
    // Its link prefills the code.
    const links = values(emu, "Ссылки — ТЕСТ");
    expect(String(links[2][2])).toContain(`entry.${form.items[0].entryId}=${encodeURIComponent("8А-02")}`);
  });
});
