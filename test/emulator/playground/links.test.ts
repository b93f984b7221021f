// Links in the playground's grid: which HYPERLINK formulas the sheet window marks as links, and where they lead.

import { newWorkbook } from "../../../emulator/model";
import { columnIndex, linkTarget } from "../../../emulator/playground/client/links";
import { sheetWindow } from "../../../emulator/playground/sheet-view";
import { hyperlinkUrl } from "../../../emulator/spreadsheet/input";

describe("hyperlinkUrl", () => {
  test("the first argument of a HYPERLINK with literal text, either separator, doubled quotes undone", () => {
    expect(hyperlinkUrl('=HYPERLINK("#gid=5&range=C86","перейти к C86")')).toBe("#gid=5&range=C86");
    expect(hyperlinkUrl('=hyperlink( "https://example.org/?q=""a""" ; "сайт" )')).toBe(
      'https://example.org/?q="a"',
    );
    expect(hyperlinkUrl('=HYPERLINK("https://example.org")')).toBe("https://example.org");
    expect(hyperlinkUrl("=HYPERLINK(A1)")).toBeNull();
    expect(hyperlinkUrl("=SUM(A1:A3)")).toBeNull();
  });
});

describe("the sheet window", () => {
  test("marks links into the workbook and to web pages; javascript: and data: are plain text", () => {
    const wb = newWorkbook();
    const sheet = wb.sheets[0];
    const f = (url: string, label: string) => ({ v: label, formula: `=HYPERLINK("${url}","${label}")` });
    sheet.cells.push([
      f("#gid=7&range=C86", "перейти к C86"),
      f("https://example.org/guide", "руководство"),
      f("javascript:alert(1)", "не ссылка"),
      f("data:text/html,x", "не ссылка"),
      { v: "#gid=7&range=C86" },
    ]);
    const [row] = sheetWindow(wb, sheet, 0, 1, 1).rows;
    expect(row.map((c) => c?.link)).toEqual([
      "#gid=7&range=C86",
      "https://example.org/guide",
      undefined,
      undefined,
      undefined,
    ]);
    expect(row[0]).toMatchObject({ d: "перейти к C86", e: '=HYPERLINK("#gid=7&range=C86","перейти к C86")' });
  });
});

describe("linkTarget", () => {
  test("Sheets' link to a range: the tab's gid and the range's top-left cell", () => {
    expect(linkTarget("#gid=123&range=C86")).toEqual({ kind: "cell", gid: 123, row: 86, column: 3 });
    expect(linkTarget("#gid=0&range=AB10:AC12")).toEqual({ kind: "cell", gid: 0, row: 10, column: 28 });
    expect(linkTarget("#range=$B$3&gid=9")).toEqual({ kind: "cell", gid: 9, row: 3, column: 2 });
    expect(linkTarget("#gid=4&range=D:D")).toEqual({ kind: "cell", gid: 4, row: 1, column: 4 });
    expect(linkTarget("#gid=4&range=7:9")).toEqual({ kind: "cell", gid: 4, row: 7, column: 1 });
    expect(linkTarget("#gid=4")).toEqual({ kind: "cell", gid: 4, row: 1, column: 1 });
    expect(linkTarget("#gid=4&range=%E0")).toEqual({ kind: "cell", gid: 4, row: 1, column: 1 });
  });

  test("web pages are web pages; anything else is not followed", () => {
    expect(linkTarget("https://example.org/a?b=1")).toEqual({
      kind: "web",
      url: "https://example.org/a?b=1",
    });
    expect(linkTarget("HTTP://example.org")).toEqual({ kind: "web", url: "HTTP://example.org" });
    for (const bad of ["javascript:alert(1)", "#gid=x&range=A1", "#range=A1", "gid=1", "", "#"])
      expect(linkTarget(bad)).toBeNull();
  });

  test("column letters", () => {
    expect(["A", "Z", "AA", "az", "ZZ", "AAA"].map(columnIndex)).toEqual([1, 26, 27, 52, 702, 703]);
  });
});
