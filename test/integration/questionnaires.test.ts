// Questionnaires through the built bundle: a ready instrument added from the menu, once, in one block per tab.

import { createEmulator, type Emulator } from "../../emulator/index";
import { values } from "./plan-fixtures";

function setUp(): Emulator {
  const emu = createEmulator();
  emu.call("setupWorkbook");
  emu.calls.reset();
  return emu;
}

describe("«Анкеты → добавить готовую анкету»", () => {
  test("the prompt lists the ready instruments; the chosen one lands in Анкеты, Вопросы, Шкалы, one block each", () => {
    const emu = setUp();
    emu.uiScript.promptAnswers.push({ button: "OK", text: " интересы " });
    emu.call("addReadyQuestionnaire");
    const prompt = emu.ui.alerts.at(-1)!;
    expect(prompt.prompt).toContain("ИНТЕРЕСЫ — Что мне интересно");
    expect(prompt.prompt).toContain("РОДИТЕЛИ");
    expect(values(emu, "Анкеты").slice(1)).toEqual([
      ["ИНТЕРЕСЫ", "Что мне интересно: пять типов профессий", "7–9", "список кодов", "", "", ""],
    ]);
    const questions = values(emu, "Вопросы");
    expect(questions).toHaveLength(21);
    expect(questions[1].slice(0, 4)).toEqual(["ИНТЕРЕСЫ", 1, "1. Что бы вы выбрали?", "пара"]);
    expect(values(emu, "Шкалы")).toHaveLength(16);
    // The lock, Настройки (the language of the labels written) and the three tabs read once each, three blocks, each
    // appended block re-checked right before its write (nothing typed meanwhile is overwritten).
    expect(emu.calls.get("Range.getValues")).toBe(4 + 3);
    expect(emu.calls.get("Range.setValues")).toBe(3);
    expect(emu.calls.get("LockService.getDocumentLock")).toBe(1);
    expect(emu.ui.toasts.at(-1)?.message).toContain("Анкета ИНТЕРЕСЫ добавлена: 20 вопросов");
  });

  test("a second time adds nothing; another instrument goes below the first; the data check finds no problem", () => {
    const emu = setUp();
    emu.uiScript.promptAnswers.push({ button: "OK", text: "ИНТЕРЕСЫ" }, { button: "OK", text: "ИНТЕРЕСЫ" });
    emu.call("addReadyQuestionnaire");
    emu.calls.reset();
    emu.call("addReadyQuestionnaire");
    expect(emu.calls.get("Range.setValues")).toBe(0);
    expect(emu.ui.toasts.at(-1)?.message).toContain("уже есть");
    for (const id of ["ГОТОВНОСТЬ", "ОТЗЫВ", "РОДИТЕЛИ"]) {
      emu.uiScript.promptAnswers.push({ button: "OK", text: id });
      emu.call("addReadyQuestionnaire");
    }
    expect(values(emu, "Анкеты").map((r) => r[0])).toEqual([
      "Id*",
      "ИНТЕРЕСЫ",
      "ГОТОВНОСТЬ",
      "ОТЗЫВ",
      "РОДИТЕЛИ",
    ]);
    emu.call("validateData");
    const report = values(emu, "Проверка данных").map((r) => r.join(" | "));
    expect(report.slice(1).filter((r) => /Анкеты|Вопросы|Шкалы/.test(r))).toEqual([]);
  });

  test("cancel or an unknown Id changes nothing", () => {
    const emu = setUp();
    emu.uiScript.promptAnswers.push({ button: "CANCEL", text: "ИНТЕРЕСЫ" });
    emu.call("addReadyQuestionnaire");
    expect(emu.calls.get("Range.setValues")).toBe(0);
    emu.uiScript.promptAnswers.push({ button: "OK", text: "НЕТ ТАКОЙ" });
    expect(() => emu.call("addReadyQuestionnaire")).toThrow("Готовой анкеты «НЕТ ТАКОЙ» нет.");
  });
});

describe("the demo school's questionnaires", () => {
  test("answers to every ready questionnaire, scored: results per pupil, dominant types that differ, exam choices", () => {
    const emu = createEmulator();
    emu.call("setupWorkbook");
    emu.call("fillDemoData");
    for (const id of ["ИНТЕРЕСЫ", "ГОТОВНОСТЬ", "ОТЗЫВ", "РОДИТЕЛИ"])
      expect(values(emu, `Ответы — ${id}`).length).toBeGreaterThan(20);
    const results = values(emu, "Результаты анкет");
    expect(results[0]).toEqual([
      "Анкета",
      "Код",
      "Класс",
      "Дата ответа",
      "Баллы",
      "Ведущие шкалы",
      "Интерпретация",
      "Без ответа",
      "Отметка",
    ]);
    const klimov = results.filter((r) => r[0] === "ИНТЕРЕСЫ");
    expect(klimov.length).toBeGreaterThan(50);
    expect(new Set(klimov.map((r) => String(r[5]).split(", ")[0])).size).toBe(5);
    expect(results.slice(1).every((r) => r[8] === "")).toBe(true);
    const exams = values(emu, "Выбор экзаменов");
    expect(exams[0].slice(0, 4)).toEqual(["Код", "Класс", "Экзамен", "Предметы"]);
    expect(exams.filter((r) => r[2] === "ОГЭ").length).toBeGreaterThan(10);
    expect(exams.filter((r) => r[2] === "ЕГЭ").length).toBeGreaterThan(5);
    // Data, not a generated tab: ПрофТрек's rows and two the class teachers typed.
    expect(new Set(exams.slice(1).map((r) => r[6]))).toEqual(new Set(["анкета ГОТОВНОСТЬ", "учитель"]));
    expect(exams.filter((r) => r[6] === "учитель")).toHaveLength(2);
    const view = values(emu, "Итоги — выбор экзаменов");
    expect(view.some((r) => r[0] === "Класс" && r[2] === "Решили")).toBe(true);
    for (const teacher of exams.filter((r) => r[6] === "учитель"))
      expect(view.find((r) => r[0] === teacher[0])?.[6]).toBe("учитель");
  });
});
