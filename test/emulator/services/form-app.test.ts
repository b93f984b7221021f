// Conformance of the emulated FormApp and of a form submission as Google handles it.
// Docs: https://developers.google.com/apps-script/reference/forms/form-app (create, openById, createTextValidation)
//       https://developers.google.com/apps-script/reference/forms/form (setDestination, getPublishedUrl, getEditUrl,
//         setAcceptingResponses, createResponse, getItems)
//       https://developers.google.com/apps-script/reference/forms/multiple-choice-item#createChoice(String,PageBreakItem)
//       https://developers.google.com/apps-script/reference/forms/page-break-item#setGoToPage(PageBreakItem)
//         ("the page to jump to after completing the page before this page break")
//       https://developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer)
//       https://developers.google.com/apps-script/reference/forms/text-validation-builder#requireTextMatchesPattern(String)
//       https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
//       https://developers.google.com/apps-script/guides/triggers/events (Sheets «Form submit»: authMode, namedValues,
//         range, triggerUid, values; installable triggers carry triggerUid)
//       https://developers.google.com/apps-script/guides/triggers/installable (a trigger runs as its owner, no UI)

import { createEmulator, type Emulator } from "../../../emulator/index";
import { prefilledAnswers } from "../../../emulator/services/form-app";
import { reachedItems } from "../../../emulator/services/form-submit";

/** A form with a class page each for 8А and 8Б (navigation by answer), a scale, checkboxes and a validated text. */
const BUILD = `
  var form = FormApp.create("Анкета");
  form.setDescription("Для 8 классов");
  var cls = form.addMultipleChoiceItem().setTitle("Класс").setRequired(true);
  var pageA = form.addPageBreakItem().setTitle("8А");
  form.addListItem().setTitle("Код (8А)").setChoiceValues(["А-1", "А-2"]).setRequired(true);
  var pageB = form.addPageBreakItem().setTitle("8Б");
  form.addListItem().setTitle("Код (8Б)").setChoiceValues(["Б-1"]).setRequired(true);
  var questions = form.addPageBreakItem().setTitle("Вопросы");
  pageB.setGoToPage(questions);
  cls.setChoices([cls.createChoice("8А", pageA), cls.createChoice("8Б", pageB)]);
  form.addScaleItem().setTitle("Готовность").setBounds(1, 5).setRequired(true);
  form.addCheckboxItem().setTitle("Предметы").setChoiceValues(["Физика", "Химия"]);
  form.addTextItem().setTitle("Код вручную").setValidation(
    FormApp.createTextValidation().requireTextMatchesPattern("[А-Я]-[0-9]+").setHelpText("Код вида А-1").build());
`;

function setUp(): Emulator {
  const emu = createEmulator();
  emu.evaluate(`${BUILD}
    form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActiveSpreadsheet().getId());
    function probeSubmit(e) {
      var info = { keys: Object.keys(e).sort(), values: e.values, named: e.namedValues, a1: e.range.getA1Notation(),
        uid: e.triggerUid, sheet: e.range.getSheet().getName() };
      try { SpreadsheetApp.getUi(); info.ui = "ok"; } catch (err) { info.ui = String(err); }
      return info;
    }
    ScriptApp.newTrigger("probeSubmit").forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
  `);
  return emu;
}

const formOf = (emu: Emulator) => emu.workbook.forms![0];

describe("form structure", () => {
  test("items keep their types, titles, required flags, bounds, choices and navigation", () => {
    const emu = setUp();
    const types = emu.evaluate<string[]>(
      `FormApp.openById(${JSON.stringify(formOf(emu).id)}).getItems().map(function (i) { return String(i.getType()); })`,
    );
    expect(types).toEqual([
      "MULTIPLE_CHOICE",
      "PAGE_BREAK",
      "LIST",
      "PAGE_BREAK",
      "LIST",
      "PAGE_BREAK",
      "SCALE",
      "CHECKBOX",
      "TEXT",
    ]);
    const f = formOf(emu);
    expect(f.items[0].choices?.map((c) => [c.value, c.navigation])).toEqual([
      ["8А", "GO_TO_PAGE"],
      ["8Б", "GO_TO_PAGE"],
    ]);
    expect(f.items[6]).toMatchObject({ lower: 1, upper: 5, required: true });
    expect(f.items[8].validation).toEqual({ pattern: "[А-Я]-[0-9]+", helpText: "Код вида А-1" });
    expect(() => emu.evaluate(`FormApp.create("x").addScaleItem().setBounds(2, 5)`)).toThrow(/scale bounds/);
    expect(() => emu.evaluate(`FormApp.create("x").addTextItem().asScaleItem()`)).toThrow();
  });

  test("navigation by answer: each class reaches only its own page, then the questions (a page break's goTo)", () => {
    const f = formOf(setUp());
    const titles = (cls: string) =>
      reachedItems(f, new Map([[f.items[0].id, cls]]))
        .map((i) => i.title)
        .filter((t) => t !== "");
    // pageB.setGoToPage(questions): the page before 8Б (8А's) goes on to the questions, not into 8Б's page.
    expect(titles("8А")).toEqual([
      "Класс",
      "8А",
      "Код (8А)",
      "Вопросы",
      "Готовность",
      "Предметы",
      "Код вручную",
    ]);
    expect(titles("8Б")).toEqual([
      "Класс",
      "8Б",
      "Код (8Б)",
      "Вопросы",
      "Готовность",
      "Предметы",
      "Код вручную",
    ]);
  });

  test("URLs as Google gives them: /forms/d/e/<published id>/viewform, /forms/d/<id>/edit, prefilled with usp=pp_url", () => {
    const emu = setUp();
    const id = JSON.stringify(formOf(emu).id);
    const urls = emu.evaluate<string[]>(`(function () {
      var f = FormApp.openById(${id});
      var items = f.getItems();
      var r = f.createResponse()
        .withItemResponse(items[0].asMultipleChoiceItem().createResponse("8Б"))
        .withItemResponse(items[4].asListItem().createResponse("Б-1"))
        .withItemResponse(items[7].asCheckboxItem().createResponse(["Физика", "Химия"]));
      return [f.getPublishedUrl(), f.getEditUrl(), r.toPrefilledUrl()];
    })()`);
    expect(urls[0]).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform$/);
    expect(urls[1]).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/[\w-]+\/edit$/);
    expect(urls[2].startsWith(`${urls[0]}?usp=pp_url&entry.`)).toBe(true);
    const f = formOf(emu);
    expect(Object.fromEntries(prefilledAnswers(f, urls[2]))).toEqual({
      [f.items[0].id]: "8Б",
      [f.items[4].id]: "Б-1",
      [f.items[7].id]: ["Физика", "Химия"],
    });
  });
});

describe("destination and submission", () => {
  test("the destination is a new first tab «Ответы на форму (1)» with «Отметка времени» and the question titles", () => {
    const emu = setUp();
    const sheet = emu.workbook.sheets[0];
    expect(sheet.name).toBe("Ответы на форму (1)");
    expect(sheet.cells[0].map((c) => c?.v)).toEqual([
      "Отметка времени",
      "Класс",
      "Код (8А)",
      "Код (8Б)",
      "Готовность",
      "Предметы",
      "Код вручную",
    ]);
    emu.evaluate(
      `FormApp.create("Вторая").setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActiveSpreadsheet().getId())`,
    );
    expect(emu.workbook.sheets[0].name).toBe("Ответы на форму (2)");
  });

  test("a submission appends a row and fires onFormSubmit as its owner with Google's event shape, and no UI", () => {
    const emu = setUp();
    const out = emu.submitForm(formOf(emu).id, {
      Класс: "8Б",
      "Код (8Б)": "Б-1",
      Готовность: 4,
      Предметы: ["Физика", "Химия"],
    });
    expect(out.errors).toEqual([]);
    expect(out).toMatchObject({ sheet: "Ответы на форму (1)", row: 2 });
    const info = out.results[0] as Record<string, unknown>;
    expect(info.keys).toEqual(["authMode", "namedValues", "range", "source", "triggerUid", "values"]);
    expect((info.values as string[]).slice(1)).toEqual(["8Б", "", "Б-1", "4", "Физика, Химия", ""]);
    expect(info.values as string[]).toHaveLength(7);
    expect((info.named as Record<string, string[]>)["Код (8Б)"]).toEqual(["Б-1"]);
    expect(info.a1).toBe("A2:G2");
    expect(info.sheet).toBe("Ответы на форму (1)");
    expect(info.uid).toMatch(/^\d+$/);
    expect(info.ui).toBe("Exception: Cannot call SpreadsheetApp.getUi() from this context.");
    // The row as Google writes it: a Date, a number for the scale, checkboxes joined with ", ".
    const row = emu.workbook.sheets[0].cells[1].map((c) => c?.v);
    expect(row[0]).toBeInstanceOf(Date);
    expect(row.slice(1)).toEqual(["8Б", "", "Б-1", 4, "Физика, Химия", ""]);
  });

  test("refused as Google refuses: a required item blank, an option not offered, a pattern not matched, closed form", () => {
    const emu = setUp();
    const id = formOf(emu).id;
    expect(() => emu.submitForm(id, { Класс: "8А", Готовность: 3 })).toThrow("«Код (8А)» is required.");
    expect(() => emu.submitForm(id, { Класс: "8В" })).toThrow("not an option");
    expect(() =>
      emu.submitForm(id, { Класс: "8А", "Код (8А)": "А-1", Готовность: 3, "Код вручную": "abc" }),
    ).toThrow("Код вида А-1");
    // An answer on a page the person never reached is not recorded.
    emu.submitForm(id, { Класс: "8Б", "Код (8Б)": "Б-1", "Код (8А)": "А-2", Готовность: 2 });
    expect(emu.workbook.sheets[0].cells[1].map((c) => c?.v).slice(1, 4)).toEqual(["8Б", "", "Б-1"]);
    emu.evaluate(`FormApp.openById(${JSON.stringify(id)}).setAcceptingResponses(false)`);
    expect(() => emu.submitForm(id, { Класс: "8Б", "Код (8Б)": "Б-1", Готовность: 2 })).toThrow(
      "not accepting",
    );
  });

  test("every FormApp call is counted; the submission itself (Google's work) is not", () => {
    const emu = setUp();
    emu.calls.reset();
    emu.evaluate(`FormApp.openById(${JSON.stringify(formOf(emu).id)}).getItems()`);
    expect(emu.calls.snapshot()).toEqual({ "Form.getItems": 1, "FormApp.openById": 1 });
    emu.submitForm(formOf(emu).id, { Класс: "8Б", "Код (8Б)": "Б-1", Готовность: 4 });
    // The probe's own calls only: getRange's A1, the sheet's name, getUi.
    expect(emu.calls.get("FormApp.openById")).toBe(0);
  });
});
