// A generated tab as data: rows padded to one width, and its dates given a date format.

import vm from "node:vm";
import type { Cell } from "../../src/tables/cell";
import { rectangular, type SheetContent, withDateFormats } from "../../src/tables/sheet-content";
import { DATE_FORMAT } from "../../src/tables/tab-write";

const date = new Date(Date.UTC(2026, 8, 15, -3));

describe("withDateFormats", () => {
  test("a tab without dates is left as it is: no formats, so no extra call", () => {
    const content: SheetContent = { rows: [["Итоги", 5, true, "15.09.2026"]] };
    expect(withDateFormats(content)).toBe(content);
  });

  test("each Date gets DATE_FORMAT, the other cells none; the content given is not changed", () => {
    const foreign = vm.runInNewContext("new Date(0)") as Date;
    const rows: Cell[][] = [
      ["Дата", "Число"],
      [date, 6.9],
      [foreign, ""],
    ];
    const content: SheetContent = {
      rows,
      bold: [
        [true, true],
        [false, false],
        [false, false],
      ],
    };
    const out = withDateFormats(content);
    expect(out.numberFormats).toEqual([
      [null, null],
      [DATE_FORMAT, null],
      [DATE_FORMAT, null],
    ]);
    expect(out.bold).toBe(content.bold);
    expect(content.numberFormats).toBeUndefined();
  });

  test("a format the content gives wins; the given grid of formats is copied, not changed", () => {
    const numberFormats = [
      ["dd mmmm yyyy", "0.0%"],
      [null, null],
    ];
    const content: SheetContent = {
      rows: [
        [date, 0.069],
        ["", date],
      ],
      numberFormats,
    };
    expect(withDateFormats(content).numberFormats).toEqual([
      ["dd mmmm yyyy", "0.0%"],
      [null, DATE_FORMAT],
    ]);
    expect(numberFormats[1][1]).toBeNull();
  });
});

describe("rectangular", () => {
  test("pads rows to the widest with blanks", () => {
    expect(rectangular([["a"], ["b", "c"], []])).toEqual([
      ["a", ""],
      ["b", "c"],
      ["", ""],
    ]);
  });
});
