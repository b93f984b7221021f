// Data validation (built rules, checkboxes, rejection on write) and embedded charts recorded as specs.

import { Charts } from "../../../emulator/spreadsheet";
import { validationAt } from "../../../emulator/spreadsheet/validation-ranges";
import { makeApp, thrown } from "./make-context";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

describe("data validation", () => {
  test(`a list rule: criteria type and values, help text; allowInvalid defaults to true (${REF}/data-validation-builder#setallowinvalidallowinvaliddata)`, () => {
    const { app, sheet, wb } = makeApp();
    const builder = app.newDataValidation().requireValueInList(["да", "нет"], true);
    expect(builder.getAllowInvalid()).toBe(true);
    const rule = builder.setAllowInvalid(false).setHelpText("да или нет").build();
    sheet.getRange("B2:B4").setDataValidation(rule);
    const got = sheet.getRange("B3").getDataValidation();
    expect((got?.getCriteriaType() as unknown) === app.DataValidationCriteria.VALUE_IN_LIST).toBe(true);
    expect(got?.getCriteriaValues()).toEqual([["да", "нет"], true]);
    expect([got?.getAllowInvalid(), got?.getHelpText()]).toEqual([false, "да или нет"]);
    expect(validationAt(wb.sheets[0], 3, 1)).toEqual({
      kind: "list",
      values: ["да", "нет"],
      showDropdown: true,
      allowInvalid: false,
      helpText: "да или нет",
    });
    expect(
      sheet
        .getRange("A1:B2")
        .getDataValidations()[1]
        .map((v) => v !== null),
    ).toEqual([false, true]);
  });

  test("a rule that rejects input refuses a script's value too, and writes nothing of the block", () => {
    const { app, sheet } = makeApp();
    sheet
      .getRange("A2")
      .setDataValidation(
        app.newDataValidation().requireValueInList(["да", "нет"]).setAllowInvalid(false).build(),
      );
    expect(thrown(() => sheet.getRange("A1:A2").setValues([["x"], ["может быть"]]))).toBe(
      "The data you entered in cell A2 violates the data validation rules set on this cell.",
    );
    expect(sheet.getRange("A1").getValue()).toBe("");
    sheet.getRange("A1:A2").setValues([["x"], ["Да"]]);
    sheet.getRange("A2").setValue("");
  });

  test("a list from a range of another tab is recorded as A1 notation with the sheet name", () => {
    const { app, ss, sheet, wb } = makeApp();
    const lists = ss.insertSheet("Справочники");
    lists.getRange("A1:A2").setValues([["7А"], ["7Б"]]);
    sheet
      .getRange("C2")
      .setDataValidation(
        app.newDataValidation().requireValueInRange(lists.getRange("A1:A2")).setAllowInvalid(false).build(),
      );
    expect(validationAt(wb.sheets[0], 1, 2)).toMatchObject({ kind: "range", a1: "'Справочники'!A1:A2" });
    sheet.getRange("C2").setValue("7Б");
    expect(thrown(() => sheet.getRange("C2").setValue("9В"))).toMatch(/violates the data validation rules/);
    const rule = sheet.getRange("C2").getDataValidation();
    const [range] = (rule?.getCriteriaValues() ?? []) as [{ getA1Notation(): string }];
    expect(range.getA1Notation()).toBe("A1:A2");
  });

  test(`insertCheckboxes sets checkbox validation and FALSE in every cell (${REF}/range#insertcheckboxes)`, () => {
    const { app, sheet } = makeApp();
    const r = sheet.getRange("D1:D3").insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false], [false]]);
    expect(String(sheet.getRange("D2").getDataValidation()?.getCriteriaType())).toBe(
      app.DataValidationCriteria.CHECKBOX,
    );
    sheet.getRange("D2").setValue(true);
    expect(r.isChecked()).toBeNull();
    r.check();
    expect(r.isChecked()).toBe(true);
    expect(thrown(() => sheet.getRange("D1").setValue("maybe"))).toMatch(
      /violates the data validation rules/,
    );
    sheet.getRange("D1:D3").clearDataValidations();
    expect(sheet.getRange("D1").getDataValidation()).toBeNull();
  });

  test("number and date rules; build() without criteria fails", () => {
    const { app, sheet } = makeApp();
    const rule = app.newDataValidation().requireNumberBetween(1, 11).setAllowInvalid(false).build();
    expect(rule.getCriteriaValues()).toEqual([1, 11]);
    sheet.getRange("E1").setDataValidation(rule);
    sheet.getRange("E1").setValue(5);
    expect(thrown(() => sheet.getRange("E1").setValue(12))).toMatch(/violates/);
    expect(String(app.newDataValidation().requireDate().build().getCriteriaType())).toBe(
      "DATE_IS_VALID_DATE",
    );
    expect(thrown(() => app.newDataValidation().build())).toBe("The data validation rule has no criteria.");
  });
});

describe("embedded charts", () => {
  test(`newChart()…build() then insertChart records a ChartModel; getCharts/modify/updateChart/removeChart (${REF}/embedded-chart-builder)`, () => {
    const { sheet, wb } = makeApp();
    sheet.getRange("A1:B3").setValues([
      ["Класс", "Часы"],
      ["7А", 10],
      ["7Б", 12],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR as never)
      .addRange(sheet.getRange("A1:B3"))
      .setPosition(5, 4, 0, 0)
      .setOption("title", "Часы по классам")
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const model = wb.sheets[0].charts[0];
    expect(model).toMatchObject({
      type: "BAR",
      ranges: ["A1:B3"],
      row: 5,
      column: 4,
      options: { title: "Часы по классам" },
    });
    expect(chart.getChartId()).toBe(model.id);
    const [again] = sheet.getCharts();
    expect(again.getOptions().get("title")).toBe("Часы по классам");
    expect(again.getContainerInfo().getAnchorColumn()).toBe(4);
    sheet.updateChart(
      again
        .modify()
        .setChartType(Charts.ChartType.PIE as never)
        .build(),
    );
    expect(wb.sheets[0].charts[0].type).toBe("PIE");
    sheet.removeChart(again);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  test("an unknown chart type is a signature mismatch", () => {
    const { sheet } = makeApp();
    expect(thrown(() => sheet.newChart().setChartType("DONUT" as never))).toBe(
      "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.",
    );
  });
});
