// «Выбор экзаменов» is a source tab (data-model.md): a scored readiness response appends one row (Источник «анкета
// <Id>»), a teacher may type rows (Источник «учитель»), nothing clears or rewrites it; the per-class view
// («Итоги — выбор экзаменов») takes the latest row per pupil by Дата, then row. Through the built bundle.

import { createEmulator, type Emulator } from "../../emulator/index";
import { type CellValue, cloneWorkbook, type WorkbookModel } from "../../emulator/model";
import { moscowDate, sheetOf, values } from "./plan-fixtures";
import { EXAM_HEADER, readinessAnswers, readinessWorkbook, TEACHER_ROWS } from "./questionnaire-fixtures";

const T0 = new Date("2026-11-26T08:00:00Z");
function open(wb: WorkbookModel, minutes = 0): Emulator {
  let t = T0.getTime() + minutes * 60_000;
  const now = () => {
    t += 1000;
    return new Date(t);
  };
  return createEmulator({ workbook: wb, now });
}

const HEADER = EXAM_HEADER;
const TYPED = TEACHER_ROWS;

/** Grade 9: the readiness questionnaire added as the menu adds it, its form made; the teacher's two rows typed. */
function school(extraPupils = 0): Emulator {
  const wb = readinessWorkbook(extraPupils);
  const emu = open(wb);
  emu.uiScript.promptAnswers.push({ button: "OK", text: "ГОТОВНОСТЬ" });
  emu.call("addReadyQuestionnaire");
  emu.call("createQuestionnaireForm", "ГОТОВНОСТЬ");
  return emu;
}

const answers = (emu: Emulator, code: string, subjects: string[], certainty = 4) =>
  readinessAnswers(emu.workbook.forms![0], code, subjects, certainty);

const submit = (emu: Emulator, code: string, subjects: string[], certainty = 4) => {
  const sent = emu.submitForm(emu.workbook.forms![0].id, answers(emu, code, subjects, certainty));
  expect(sent.errors).toEqual([]);
};

/** The trigger run again for a row of «Ответы — ГОТОВНОСТЬ», as when Google fires it twice. */
const fireAgain = (emu: Emulator, row: number) =>
  emu.evaluate<string>(`(function () {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Ответы — ГОТОВНОСТЬ");
    var range = sheet.getRange(${row}, 1, 1, sheet.getLastColumn());
    return onQuestionnaireSubmit({ range: range, values: range.getDisplayValues()[0], namedValues: {} }).status;
  })()`);

const time = (v: CellValue) => (v instanceof Date ? v.getTime() : v);
const comparable = (rows: CellValue[][]) => rows.map((r) => r.map(time));

describe("«Выбор экзаменов» as a source tab", () => {
  test("the teacher's rows stay; one row per response; no duplicate after a repeated event or rescoring; latest wins", () => {
    const emu = school();
    submit(emu, "9А-01", ["Физика", "Информатика"]);
    submit(emu, "9А-02", ["Химия"], 3);
    let exams = values(emu, "Выбор экзаменов");
    expect(exams[0]).toEqual(HEADER);
    // The typed rows unchanged, in place; the two responses appended below them.
    expect(comparable(exams.slice(1, 3))).toEqual(comparable(TYPED));
    expect(exams.slice(3).map((r) => [...r.slice(0, 5), r[6]])).toEqual([
      ["9А-01", "9А", "ОГЭ", "Физика, Информатика", 4, "анкета ГОТОВНОСТЬ"],
      ["9А-02", "9А", "ОГЭ", "Химия", 3, "анкета ГОТОВНОСТЬ"],
    ]);
    expect(exams.slice(3).every((r) => r[5] instanceof Date)).toBe(true);
    const answered = values(emu, "Ответы — ГОТОВНОСТЬ");
    expect(time(exams[3][5])).toBe(time(answered[1][0]));

    // The same event twice (Google fires a trigger twice now and then) appends nothing.
    expect(fireAgain(emu, 2)).toBe("scored");
    expect(values(emu, "Выбор экзаменов")).toHaveLength(5);

    // The teacher types one more row at the bottom; rescoring appends nothing and keeps every row as it was.
    const tab = sheetOf(emu, "Выбор экзаменов");
    tab.cells.push(
      ["9А-03", "9А", "ОГЭ", "Биология", 2, moscowDate("2026-11-27"), "учитель"].map((v) => ({ v })),
    );
    exams = values(emu, "Выбор экзаменов");
    emu.call("rescoreQuestionnaires");
    expect(comparable(values(emu, "Выбор экзаменов"))).toEqual(comparable(exams));
    expect(tab.metadata).toEqual([]);
    expect(tab.protections).toEqual([]);

    // The per-class view: 9А-01's answer (26.11) is later than the teacher's row (20.11); the teacher's row for
    // 9А-02 (01.12) is later than the answer; 9А-03's certainty 2 is «not decided».
    const view = values(emu, "Итоги — выбор экзаменов");
    const byCode = (code: string) => view.find((r) => r[0] === code)!;
    expect([byCode("9А-01")[3], byCode("9А-01")[6], byCode("9А-01")[7]]).toEqual([
      "Физика, Информатика",
      "анкета ГОТОВНОСТЬ",
      "решил",
    ]);
    expect([byCode("9А-02")[3], byCode("9А-02")[6]]).toEqual(["История, Литература", "учитель"]);
    expect(byCode("9А-03")[7]).toBe("не решил");
    const cls = view.find((r) => r[0] === "9А" && r[1] !== "")!;
    expect(cls.slice(1, 6)).toEqual([
      3,
      2,
      1,
      0,
      "Биология 1, Информатика 1, История 1, Литература 1, Физика 1",
    ]);

    // A rescoring on a workbook whose tab lost ПрофТрек's rows appends them again, once; the teacher's stay.
    const kept = tab.cells.filter((r) => r?.[6]?.v !== "анкета ГОТОВНОСТЬ");
    tab.cells = kept;
    emu.call("rescoreQuestionnaires");
    emu.call("rescoreQuestionnaires");
    const again = values(emu, "Выбор экзаменов");
    expect(again.filter((r) => r[6] === "учитель")).toHaveLength(3);
    expect(again.filter((r) => r[6] === "анкета ГОТОВНОСТЬ").map((r) => r[0])).toEqual(["9А-01", "9А-02"]);
  });

  test("the latest row wins by Дата, then by row: a later row of the same date wins", () => {
    const emu = school();
    submit(emu, "9А-03", ["Физика"]);
    const tab = sheetOf(emu, "Выбор экзаменов");
    const day = moscowDate("2026-12-05");
    tab.cells.push(["9А-03", "9А", "ОГЭ", "Химия", 4, day, "учитель"].map((v) => ({ v })));
    tab.cells.push(["9А-03", "9А", "ОГЭ", "География", 1, day, "учитель"].map((v) => ({ v })));
    emu.call("rescoreQuestionnaires");
    const row = values(emu, "Итоги — выбор экзаменов").find((r) => r[0] === "9А-03")!;
    expect([row[3], row[4], row[7]]).toEqual(["География", 1, "не решил"]);
  });
});

describe("service calls of a readiness submission", () => {
  /** `n` responses already in «Ответы — ГОТОВНОСТЬ», scored by rescoring, so «Выбор экзаменов» holds n + 2 rows. */
  function withResponses(n: number): Emulator {
    const emu = school(n);
    const tab = sheetOf(emu, "Ответы — ГОТОВНОСТЬ");
    const header = tab.cells[0].map((c) => String(c?.v));
    for (let i = 0; i < n; i++) {
      const a = answers(emu, `9А-${String(i + 4).padStart(4, "0")}`, ["Физика"]);
      tab.cells.push(
        header.map((h, c) => {
          const v = a[h];
          return {
            v: c === 0 ? new Date(T0.getTime() - 3600_000 + i) : Array.isArray(v) ? v.join(", ") : (v ?? ""),
          } as { v: CellValue };
        }),
      );
    }
    tab.maxRows = Math.max(tab.maxRows, n + 1);
    emu.call("rescoreQuestionnaires");
    for (const name of ["Результаты анкет", "Выбор экзаменов"]) {
      const sheet = sheetOf(emu, name);
      sheet.maxRows = sheet.cells.length;
    }
    expect(values(emu, "Выбор экзаменов")).toHaveLength(n + 3);
    return open(cloneWorkbook(emu.workbook), 10);
  }

  test("the same calls for 10 and 5,000 responses, at most twice the physical minimum", () => {
    const count = (emu: Emulator) => {
      emu.calls.reset();
      submit(emu, "9А-01", ["Физика", "Информатика"]);
      return emu.calls.snapshot();
    };
    const small = count(withResponses(10));
    const big = count(withResponses(5000));
    // The per-class view is made in a new sheet of 1,000 rows: 5,000 pupils grow it with one more call (a step, not
    // per row), as rescoring's results do.
    const total = Object.values(small).reduce((s, n) => s + n, 0);
    expect(big["Sheet.insertRowsAfter"]).toBe(small["Sheet.insertRowsAfter"] + 1);
    delete big["Sheet.insertRowsAfter"];
    delete small["Sheet.insertRowsAfter"];
    expect(big).toEqual(small);
    // The minimum: the lock (3); the header row and the event's row (3); Настройки, Анкеты, Вопросы, Шкалы, Ученики,
    // «Результаты анкет», «Выбор экзаменов» found and read (3 each); two blocks written (2 each); the per-class view
    // rebuilt as every generated tab is (17).
    const minimum = 3 + 3 + 7 * 3 + 2 * 2 + 17;
    expect(total).toBeLessThanOrEqual(2 * minimum);
    expect(small["Range.setValues"]).toBe(3);
    console.log(`readiness submission: ${total} calls (minimum ${minimum})`, JSON.stringify(small));
  });
});
