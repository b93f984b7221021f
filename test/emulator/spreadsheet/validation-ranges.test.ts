// Validations kept by block (emulator/spreadsheet/validation-ranges.ts): through the Range and Sheet methods they
// give what the per-cell model gave, cell by cell, and a rule over many rows is one entry, not a cell per row.

import fc from "fast-check";
import type { SheetModel, ValidationModel } from "../../../emulator/model";
import { newSheet, newWorkbook } from "../../../emulator/model";
import { addValidations, validationAt } from "../../../emulator/spreadsheet/validation-ranges";
import { makeApp } from "./make-context";

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** The model a rule wraps (the emulator's DataValidation keeps it as `model`). */
const modelOf = (v: Rule | null): ValidationModel | null =>
  v === null ? null : (v as unknown as { model: ValidationModel }).model;

/** The per-cell model the emulator had before blocks: a rule (or none) in each cell, moved as cells move. */
class Reference {
  cells: (ValidationModel | undefined)[][];
  constructor(
    rows: number,
    private columns: number,
  ) {
    this.cells = Array.from({ length: rows }, () => new Array(columns).fill(undefined));
  }
  set(r0: number, c0: number, rules: (ValidationModel | undefined)[][]): void {
    rules.forEach((line, i) => {
      line.forEach((rule, j) => {
        this.cells[r0 + i]![c0 + j] = rule;
      });
    });
  }
  insertRows(at: number, n: number): void {
    this.cells.splice(at, 0, ...Array.from({ length: n }, () => new Array(this.columns).fill(undefined)));
  }
  deleteRows(at: number, n: number): void {
    this.cells.splice(at, n);
  }
  insertColumns(at: number, n: number): void {
    this.columns += n;
    for (const row of this.cells) row.splice(at, 0, ...new Array(n).fill(undefined));
  }
  deleteColumns(at: number, n: number): void {
    this.columns -= n;
    for (const row of this.cells) row.splice(at, n);
  }
}

/** A step: what to do, with positions as fractions of the sheet's size at that time. */
const step = fc.record({
  op: fc.constantFrom(
    "set",
    "set",
    "setMany",
    "clearValidations",
    "clearValidationsOnly",
    "clear",
    "clearContent",
    "checkboxes",
    "removeCheckboxes",
    "insertRowsBefore",
    "insertRowsAfter",
    "deleteRows",
    "insertColumnsBefore",
    "insertColumnsAfter",
    "deleteColumns",
  ),
  at: fc.double({ min: 0, max: 0.999, noNaN: true }),
  at2: fc.double({ min: 0, max: 0.999, noNaN: true }),
  size: fc.integer({ min: 1, max: 5 }),
  size2: fc.integer({ min: 1, max: 4 }),
  rule: fc.nat(3),
  rules: fc.array(fc.nat(4), { minLength: 20, maxLength: 20 }),
});

describe("validations by block", () => {
  test("a random sequence of set / clear / insert / delete gives what the per-cell model gives, cell by cell", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const { app, sheet, wb } = makeApp();
        const model = wb.sheets[0]!;
        model.maxRows = 12;
        model.maxColumns = 7;
        // Four rules (a fifth value means none), each built once and shared, as a script does.
        const rules = [0, 1, 2, 3].map((i) =>
          app
            .newDataValidation()
            .requireValueInList([`v${i}`, "x"], true)
            .setHelpText(`rule ${i}`)
            .setAllowInvalid(true)
            .build(),
        );
        const ref = new Reference(12, 7);
        for (const s of steps) {
          const rows = sheet.getMaxRows();
          const cols = sheet.getMaxColumns();
          const r = Math.floor(s.at * rows) + 1;
          const c = Math.floor(s.at2 * cols) + 1;
          const nr = Math.min(s.size, rows - r + 1);
          const nc = Math.min(s.size2, cols - c + 1);
          const range = sheet.getRange(r, c, nr, nc);
          const block = (f: (i: number, j: number) => ValidationModel | undefined) =>
            Array.from({ length: nr }, (_, i) => Array.from({ length: nc }, (_, j) => f(i, j)));
          switch (s.op) {
            case "set":
              range.setDataValidation(rules[s.rule]!);
              ref.set(
                r - 1,
                c - 1,
                block(() => modelOf(rules[s.rule]!)!),
              );
              break;
            case "setMany": {
              const picks = Array.from({ length: nr }, (_, i) =>
                Array.from({ length: nc }, (_, j) => rules[s.rules[(i * nc + j) % 20]!] ?? null),
              );
              range.setDataValidations(picks);
              ref.set(
                r - 1,
                c - 1,
                block((i, j) => modelOf(picks[i]![j]!) ?? undefined),
              );
              break;
            }
            case "clearValidations":
              range.clearDataValidations();
              ref.set(
                r - 1,
                c - 1,
                block(() => undefined),
              );
              break;
            case "clearValidationsOnly":
              range.clear({ validationsOnly: true });
              ref.set(
                r - 1,
                c - 1,
                block(() => undefined),
              );
              break;
            case "clear":
              range.clear();
              break;
            case "clearContent":
              range.clearContent();
              break;
            case "checkboxes":
              range.insertCheckboxes();
              ref.set(
                r - 1,
                c - 1,
                block(() => ({ kind: "checkbox", allowInvalid: false })),
              );
              break;
            case "removeCheckboxes":
              range.removeCheckboxes();
              ref.set(
                r - 1,
                c - 1,
                block((i, j) => {
                  const was = ref.cells[r - 1 + i]![c - 1 + j];
                  return was?.kind === "checkbox" ? undefined : was;
                }),
              );
              break;
            case "insertRowsBefore":
              sheet.insertRowsBefore(r, s.size);
              ref.insertRows(r - 1, s.size);
              break;
            case "insertRowsAfter":
              sheet.insertRowsAfter(r, s.size);
              ref.insertRows(r, s.size);
              break;
            case "deleteRows": {
              const n = Math.min(s.size, rows - r + 1, rows - 1);
              if (n < 1) break;
              sheet.deleteRows(r, n);
              ref.deleteRows(r - 1, n);
              break;
            }
            case "insertColumnsBefore":
              sheet.insertColumnsBefore(c, s.size2);
              ref.insertColumns(c - 1, s.size2);
              break;
            case "insertColumnsAfter":
              sheet.insertColumnsAfter(c, s.size2);
              ref.insertColumns(c, s.size2);
              break;
            case "deleteColumns": {
              const n = Math.min(s.size2, cols - c + 1, cols - 1);
              if (n < 1) break;
              sheet.deleteColumns(c, n);
              ref.deleteColumns(c - 1, n);
              break;
            }
          }
        }
        const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
        const got = all.getDataValidations().map((l) => l.map(modelOf));
        expect(got).toEqual(ref.cells.map((l) => l.map((x) => x ?? null)));
        expectDisjoint(model);
        // A validation alone is no content: the data range is where values are.
        expect(sheet.getLastRow()).toBe(lastValueRow(model));
      }),
      { numRuns: Number(process.env.VALIDATION_PROPERTY_RUNS ?? 200) },
    );
  });

  test("a rule over 10,000 rows is one entry and no cells; a row inserted inside splits it in two", () => {
    const { app, sheet, wb } = makeApp();
    sheet.insertRowsAfter(1000, 9001);
    const model = wb.sheets[0]!;
    const rule = app.newDataValidation().requireValueInList(["да", "нет"]).build();
    sheet.getRange("B2:B10001").setDataValidation(rule);
    expect(model.validations).toHaveLength(1);
    expect(model.cells.length).toBe(0);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");

    // The same rule per cell of the next column: still one block (B2:C10001).
    sheet.getRange("C2:C10001").setDataValidations(Array.from({ length: 10_000 }, () => [rule]));
    expect(model.validations).toEqual([{ r0: 1, c0: 1, r1: 10_000, c1: 2, rule: expect.anything() }]);
    expect(model.cells.length).toBe(0);

    sheet.insertRowsBefore(5001, 2);
    expect(model.validations).toHaveLength(2);
    expect(sheet.getRange("B5001:B5002").getDataValidations()).toEqual([[null], [null]]);
    expect(sheet.getRange("B10003").getDataValidation()).not.toBeNull();
    sheet.deleteRows(5001, 2);
    expect(
      sheet
        .getRange("B2:B10001")
        .getDataValidations()
        .every(([v]) => v !== null),
    ).toBe(true);
  });

  test("checkboxes: check/uncheck make the value of a checkbox cell that held only its rule", () => {
    const { app, sheet, wb } = makeApp();
    sheet.getRange("A1:A3").setDataValidation(app.newDataValidation().requireCheckbox().build());
    expect(wb.sheets[0]!.cells.length).toBe(0);
    expect(sheet.getRange("A1:A3").isChecked()).toBe(false);
    sheet.getRange("A2").check();
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[""], [true], [""]]);
    expect(sheet.getRange("A2").isChecked()).toBe(true);
    sheet.getRange("A1:A3").removeCheckboxes();
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[""], [""], [""]]);
    expect(wb.sheets[0]!.validations).toBeUndefined();
  });

  test("a sheet made from a template has its own copy of the template's blocks", () => {
    const { app, ss, sheet, wb } = makeApp();
    sheet.getRange("A2:A50").setDataValidation(app.newDataValidation().requireDate().build());
    const copy = ss.insertSheet("Копия", { template: sheet });
    copy.getRange("A10").clearDataValidations();
    expect(
      copy
        .getRange("A9:A11")
        .getDataValidations()
        .map(([v]) => v !== null),
    ).toEqual([true, false, true]);
    expect(sheet.getRange("A10").getDataValidation()).not.toBeNull();
    expect(validationAt(wb.sheets[1]!, 9, 0)).toBeUndefined();
  });
});

describe("blocks as a read file lists them (addValidations)", () => {
  const rule = (helpText: string): ValidationModel => ({ kind: "date", allowInvalid: true, helpText });

  test("overlapping ranges: a later one wins where they share cells, as when the file's rules are put one by one", () => {
    const sheet = newSheet(newWorkbook(), "S");
    const [a, b] = [rule("a"), rule("b")];
    addValidations(sheet, [
      { r0: 0, c0: 0, r1: 9, c1: 2, rule: a },
      { r0: 5, c0: 1, r1: 14, c1: 1, rule: b },
    ]);
    expect(validationAt(sheet, 4, 1)).toBe(a);
    expect(validationAt(sheet, 5, 1)).toBe(b);
    expect(validationAt(sheet, 5, 0)).toBe(a);
    expect(validationAt(sheet, 14, 1)).toBe(b);
    expect(validationAt(sheet, 14, 0)).toBeUndefined();
    expectDisjoint(sheet);
  });

  test("10,000 disjoint ranges go in as they are", () => {
    const sheet = newSheet(newWorkbook(), "S");
    const blocks = Array.from({ length: 10_000 }, (_, i) => ({
      r0: 2 * i,
      c0: i % 5,
      r1: 2 * i,
      c1: i % 5,
      rule: rule(String(i)),
    }));
    addValidations(sheet, blocks);
    expect(sheet.validations).toEqual(blocks);
    expect(validationAt(sheet, 2 * 777, 777 % 5)?.helpText).toBe("777");
  });
});

/** Blocks never overlap: each cell has at most one rule. */
function expectDisjoint(sheet: SheetModel): void {
  const list = sheet.validations ?? [];
  for (let a = 0; a < list.length; a++) {
    for (let b = a + 1; b < list.length; b++) {
      const x = list[a]!;
      const y = list[b]!;
      expect(x.r1 < y.r0 || y.r1 < x.r0 || x.c1 < y.c0 || y.c1 < x.c0).toBe(true);
    }
  }
}

function lastValueRow(sheet: SheetModel): number {
  for (let r = sheet.cells.length - 1; r >= 0; r--) {
    if (sheet.cells[r]?.some((cell) => cell && (cell.v !== "" || cell.formula !== undefined))) return r + 1;
  }
  return 0;
}
