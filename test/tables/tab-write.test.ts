// Source-tab writes as data: patches become one block a row, appends go below the last filled row, blocks read back.

import vm from "node:vm";
import fc from "fast-check";
import type { Cell, Grid } from "../../src/tables/cell";
import { guardText } from "../../src/tables/codec";
import {
  appendBlock,
  type CellBlock,
  type CellRect,
  DATE_FORMAT,
  dateRuns,
  fingerprint,
  patchBlocks,
  sizeOf,
  withBlocks,
} from "../../src/tables/tab-write";
import type { CellPatch } from "../../src/tables/write";
import { stored } from "./sheet-fake";

const date = new Date(Date.UTC(2026, 8, 1, 16));

describe("patchBlocks", () => {
  const grid: Cell[][] = [
    ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"],
    ["a", "b", "007", 5, date, "=не формула", "", "h", "i", "j"],
  ];

  test("patches in columns 2, 8, 9 of one row: one block 2..9, in-between cells as they are, numbers-as-text kept text", () => {
    const patches: CellPatch[] = [
      { row: 2, column: 8, value: "H2" },
      { row: 2, column: 2, value: "B2" },
      { row: 2, column: 9, value: "'12" },
    ];
    const blocks = patchBlocks(grid, patches);
    expect(blocks).toEqual([
      {
        row: 2,
        column: 2,
        values: [["B2", "'007", 5, date, "'=не формула", "", "H2", "'12"]],
        kept: [[false, true, true, true, true, true, false, false]],
      },
    ]);
    expect(blocks[0].values[0][1]).toBe(guardText("007"));
    // The kept Date is the very value read (not a copy turned into text).
    expect(blocks[0].values[0][3]).toBe(date);
  });

  test("a single patch or adjacent patches carry no kept marks", () => {
    expect(patchBlocks(grid, [{ row: 2, column: 3, value: "x" }])).toEqual([
      { row: 2, column: 3, values: [["x"]], kept: undefined },
    ]);
    const two = patchBlocks(grid, [
      { row: 2, column: 4, value: 1 },
      { row: 2, column: 3, value: "x" },
    ]);
    expect(two).toEqual([{ row: 2, column: 3, values: [["x", 1]], kept: undefined }]);
  });

  test("cells beyond a ragged row or a missing row are written blank", () => {
    const ragged: Grid = [["A", "B", "C", "D"], ["a"], [null, undefined]];
    const blocks = patchBlocks(ragged, [
      { row: 2, column: 1, value: "z" },
      { row: 2, column: 4, value: "w" },
      { row: 5, column: 2, value: "q" },
      { row: 5, column: 3, value: "r" },
    ]);
    expect(blocks).toEqual([
      { row: 2, column: 1, values: [["z", "", "", "w"]], kept: [[false, true, true, false]] },
      { row: 5, column: 2, values: [["q", "r"]], kept: undefined },
    ]);
  });

  test("consecutive rows with the same span share one block", () => {
    const g: Cell[][] = [
      ["A", "B", "C"],
      ["a", "b", "c"],
      ["d", "e", "f"],
      ["g", "h", "i"],
    ];
    const blocks = patchBlocks(g, [
      { row: 3, column: 1, value: 30 },
      { row: 2, column: 1, value: 20 },
      { row: 2, column: 3, value: 21 },
      { row: 3, column: 3, value: 31 },
      { row: 4, column: 1, value: 40 },
      { row: 4, column: 3, value: 41 },
    ]);
    expect(blocks).toEqual([
      {
        row: 2,
        column: 1,
        values: [
          [20, "b", 21],
          [30, "e", 31],
          [40, "h", 41],
        ],
        kept: [
          [false, true, false],
          [false, true, false],
          [false, true, false],
        ],
      },
    ]);
  });

  test("kept marks of a merged block: none while no row needs them, false rows added when a later row does", () => {
    const g: Cell[][] = [
      ["A", "B"],
      ["a", "b"],
      ["c", "d"],
    ];
    const blocks = patchBlocks(g, [
      { row: 2, column: 1, value: 1 },
      { row: 2, column: 2, value: 2 },
      { row: 3, column: 1, value: 3 },
      { row: 3, column: 2, value: 4 },
    ]);
    expect(blocks).toEqual([
      {
        row: 2,
        column: 1,
        values: [
          [1, 2],
          [3, 4],
        ],
        kept: undefined,
      },
    ]);
    const span = patchBlocks(
      [
        ["A", "B", "C"],
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
      [
        { row: 2, column: 1, value: 1 },
        { row: 2, column: 2, value: 2 },
        { row: 2, column: 3, value: 3 },
        { row: 3, column: 1, value: 4 },
        { row: 3, column: 3, value: 6 },
      ],
    );
    expect(span).toEqual([
      {
        row: 2,
        column: 1,
        values: [
          [1, 2, 3],
          [4, "e", 6],
        ],
        kept: [
          [false, false, false],
          [false, true, false],
        ],
      },
    ]);
  });

  test("rows with different spans, or not one below the other, are separate blocks", () => {
    const g: Cell[][] = [
      ["A", "B", "C"],
      ["a", "b", "c"],
      ["d", "e", "f"],
      ["g", "h", "i"],
    ];
    const spans = patchBlocks(g, [
      { row: 2, column: 1, value: 1 },
      { row: 2, column: 3, value: 1 },
      { row: 3, column: 1, value: 2 },
      { row: 3, column: 2, value: 2 },
      { row: 4, column: 2, value: 3 },
      { row: 4, column: 3, value: 3 },
    ]);
    expect(spans.map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([
      [2, 1, 1, 3],
      [3, 1, 1, 2],
      [4, 2, 1, 2],
    ]);
    const gap = patchBlocks(g, [
      { row: 2, column: 2, value: 1 },
      { row: 4, column: 2, value: 3 },
    ]);
    expect(gap.map((b) => b.row)).toEqual([2, 4]);
  });

  test("no patches, no blocks", () => {
    expect(patchBlocks(grid, [])).toEqual([]);
  });
});

describe("appendBlock", () => {
  test("writes below the last filled row; blank trailing rows do not count", () => {
    const g: Grid = [["Код", "Класс"], ["У-1", "8А"], ["", "заметка"], ["", "  "], [null, undefined], []];
    const rows: Cell[][] = [
      ["У-2", "9Б"],
      ["'007", "9В"],
    ];
    const blocks = appendBlock(g, rows);
    expect(blocks).toEqual([{ row: 4, column: 1, values: rows }]);
    // The block's rows are copies: changing the caller's rows later does not change the write.
    expect(blocks[0].values[0]).not.toBe(rows[0]);
    rows[0][0] = "изменено";
    expect(blocks[0].values[0][0]).toBe("У-2");
  });

  test("a header-only or empty tab gets its rows from row 2", () => {
    expect(appendBlock([["Код"]], [["1"]])[0].row).toBe(2);
    expect(appendBlock([], [["1"]])[0].row).toBe(2);
  });

  test("no rows, no block", () => {
    expect(appendBlock([["Код"], ["У-1"]], [])).toEqual([]);
  });
});

describe("dateRuns", () => {
  const d = (day: number) => new Date(Date.UTC(2026, 8, day, -3));

  test("the format is Sheets' date pattern for the date alone", () => {
    expect(DATE_FORMAT).toBe("dd.mm.yyyy");
  });

  test("no dates, no rectangles", () => {
    expect(dateRuns({ row: 2, column: 1, values: [["a", 5, true, ""]] })).toEqual([]);
    expect(dateRuns({ row: 2, column: 1, values: [] })).toEqual([]);
  });

  test("appended plan rows: the date column is one rectangle whatever the rows, blanks between dates included", () => {
    const rows = (n: number): Cell[][] =>
      Array.from({ length: n }, (_, i) => ["Физика", 8, i % 3 === 1 ? "" : d(1 + (i % 28)), "предложено"]);
    for (const n of [1, 10, 5000]) {
      const block: CellBlock = { row: 931, column: 1, values: rows(n) };
      const last = n % 3 === 2 ? n - 1 : n;
      expect(dateRuns(block)).toEqual([{ row: 931, column: 3, numRows: last, numColumns: 1 }]);
    }
  });

  test("blanks before the first date and after the last stay out of the rectangle", () => {
    const block: CellBlock = { row: 5, column: 2, values: [[""], [d(1)], [""], [d(2)], [""], [""]] };
    expect(dateRuns(block)).toEqual([{ row: 6, column: 2, numRows: 3, numColumns: 1 }]);
  });

  test("Настройки's value column: only the dates get the format, numbers and text split the runs", () => {
    const values: Cell[][] = [
      ["Школа", "Школа № 5"],
      ["Учебный год", "2026/2027"],
      ["Начало 1 четверти", d(1)],
      ["Конец 1 четверти", d(25)],
      ["Начало 2 четверти", d(26)],
      ["Знакомств за четверть", 2],
      ["Конец 4 четверти", d(27)],
      ["Координаторы", ""],
    ];
    expect(dateRuns({ row: 2, column: 1, values })).toEqual([
      { row: 4, column: 2, numRows: 3, numColumns: 1 },
      { row: 8, column: 2, numRows: 1, numColumns: 1 },
    ]);
  });

  test("adjacent columns with the same run are one rectangle; a different run starts another", () => {
    const values: Cell[][] = [
      [d(1), d(2), d(3), "x"],
      [d(4), "", 5, d(6)],
      [d(7), d(8), d(9), d(10)],
    ];
    expect(dateRuns({ row: 10, column: 3, values })).toEqual([
      { row: 10, column: 3, numRows: 3, numColumns: 2 },
      { row: 10, column: 5, numRows: 1, numColumns: 1 },
      { row: 12, column: 5, numRows: 1, numColumns: 1 },
      { row: 11, column: 6, numRows: 2, numColumns: 1 },
    ]);
  });

  test("a kept cell keeps its format: never in a rectangle, and no run bridges it", () => {
    const grid: Cell[][] = [
      ["Дата", "Статус", "Дата проведения", "Профессия"],
      [d(1), "запланировано", "", "Агроном"],
      [d(2), "запланировано", d(20), "Агроном"],
    ];
    const patches: CellPatch[] = [
      { row: 2, column: 2, value: "проведено" },
      { row: 2, column: 3, value: d(10) },
      { row: 3, column: 1, value: d(3) },
      { row: 3, column: 3, value: d(21) },
    ];
    const blocks = patchBlocks(grid, patches);
    expect(blocks.map(dateRuns)).toEqual([
      [{ row: 2, column: 3, numRows: 1, numColumns: 1 }],
      [
        { row: 3, column: 1, numRows: 1, numColumns: 1 },
        { row: 3, column: 3, numRows: 1, numColumns: 1 },
      ],
    ]);
    const block: CellBlock = {
      row: 2,
      column: 1,
      values: [[d(1)], [""], [d(2)], [d(3)]],
      kept: [[false], [true], [false], [true]],
    };
    expect(dateRuns(block)).toEqual([
      { row: 2, column: 1, numRows: 1, numColumns: 1 },
      { row: 4, column: 1, numRows: 1, numColumns: 1 },
    ]);
  });

  test("a Date of another realm (the bundle's, in Apps Script or the emulator) is a date", () => {
    const foreign = vm.runInNewContext("new Date(Date.UTC(2026, 8, 1))") as Date;
    expect(dateRuns({ row: 1, column: 1, values: [[foreign]] })).toEqual([
      { row: 1, column: 1, numRows: 1, numColumns: 1 },
    ]);
  });

  test("property: the rectangles cover every new Date once, and only new Dates and the blanks between them", () => {
    const cell = fc.oneof(
      fc.constant<Cell>(""),
      fc.constant<Cell>(d(1)),
      fc.constant<Cell>(d(2)),
      fc.integer({ min: 0, max: 9 }),
      fc.constantFrom<Cell>("x", " ", true),
    );
    const blockArb = fc
      .record({
        row: fc.integer({ min: 1, max: 50 }),
        column: fc.integer({ min: 1, max: 10 }),
        height: fc.integer({ min: 1, max: 8 }),
        width: fc.integer({ min: 1, max: 6 }),
      })
      .chain(({ row, column, height, width }) =>
        fc.record({
          row: fc.constant(row),
          column: fc.constant(column),
          values: fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
            minLength: height,
            maxLength: height,
          }),
          kept: fc.option(
            fc.array(fc.array(fc.boolean(), { minLength: width, maxLength: width }), {
              minLength: height,
              maxLength: height,
            }),
            { nil: undefined },
          ),
        }),
      );
    fc.assert(
      fc.property(blockArb, (block: CellBlock) => {
        const rects: CellRect[] = dateRuns(block);
        const covered = new Map<string, number>();
        for (const r of rects)
          for (let i = 0; i < r.numRows; i++)
            for (let j = 0; j < r.numColumns; j++) {
              const key = `${r.row + i - block.row}:${r.column + j - block.column}`;
              covered.set(key, (covered.get(key) ?? 0) + 1);
            }
        block.values.forEach((line, i) => {
          line.forEach((v, j) => {
            const n = covered.get(`${i}:${j}`) ?? 0;
            const kept = block.kept?.[i]?.[j] === true;
            if (v instanceof Date && !kept) expect(n).toBe(1);
            else if (kept || v !== "") expect(n).toBe(0);
            else expect(n).toBeLessThanOrEqual(1);
          });
        });
        // Each rectangle's first and last rows hold dates (blanks only ever lie between two dates).
        for (const r of rects)
          for (let j = 0; j < r.numColumns; j++) {
            const col = r.column + j - block.column;
            expect(block.values[r.row - block.row][col]).toBeInstanceOf(Date);
            expect(block.values[r.row - block.row + r.numRows - 1][col]).toBeInstanceOf(Date);
          }
      }),
      { numRuns: 400 },
    );
  });
});

describe("sizeOf", () => {
  test("rows and the widest row", () => {
    expect(sizeOf([])).toEqual({ rows: 0, columns: 0 });
    expect(sizeOf([["a"], ["a", "b", "c"], []])).toEqual({ rows: 3, columns: 3 });
  });
});

describe("withBlocks", () => {
  test("the grid as it reads back: apostrophe guards dropped, rows and columns grown, blanks filled", () => {
    const g: Grid = [
      ["Код", "Класс"],
      ["У-1", null],
    ];
    const blocks: CellBlock[] = [
      { row: 2, column: 2, values: [["'8А"]] },
      { row: 4, column: 3, values: [["'007", "''цитата", 5, date, true]] },
    ];
    const after = withBlocks(g, blocks);
    expect(after).toEqual([["Код", "Класс"], ["У-1", "8А"], [], ["", "", "007", "'цитата", 5, date, true]]);
    // The input grid is left as it was.
    expect(g[1][1]).toBeNull();
  });

  test("later blocks win over earlier ones", () => {
    const after = withBlocks(
      [["A"]],
      [
        { row: 1, column: 1, values: [["x", "y"]] },
        { row: 1, column: 2, values: [["z"]] },
      ],
    );
    expect(after).toEqual([["x", "z"]]);
  });
});

describe("fingerprint", () => {
  test("stable: the same value gives the same 8 hex digits", () => {
    const value = { name: "Ученики", header: ["Код*", "Класс*"], columns: [{ column: 1, bold: true }] };
    const copy = JSON.parse(JSON.stringify(value));
    expect(fingerprint(value)).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint(value)).toBe(fingerprint(copy));
  });

  test("differs for different inputs", () => {
    const values: unknown[] = [
      { name: "Ученики", header: ["Код*", "Класс*"] },
      { name: "Ученики", header: ["Код*", "Класс"] },
      { name: "Ученики ", header: ["Код*", "Класс*"] },
      { name: "Ученики", header: ["Код*", "Класс*"], frozenRows: 1 },
      { name: "Ученики", header: ["Класс*", "Код*"] },
      [1, 2],
      [2, 1],
      null,
      "",
      0,
    ];
    const prints = values.map(fingerprint);
    expect(new Set(prints).size).toBe(values.length);
  });

  test("random distinct JSON values rarely collide", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        return fingerprint(a) !== fingerprint(b);
      }),
      { numRuns: 500 },
    );
  });
});

describe("property: withBlocks ∘ patchBlocks = the patches applied", () => {
  /** A cell as a tab may hold it: any text (also number-, formula- or apostrophe-looking), numbers, booleans, Dates. */
  const text = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom("007", "1,5", "-5", "=A1", "+7", "@x", "'q", "TRUE", "01.09.2026", " 5 ", "1e5", "8А"),
  );
  const cell: fc.Arbitrary<Cell | null | undefined> = fc.oneof(
    text,
    fc.integer({ min: -1000, max: 1000 }),
    fc.boolean(),
    fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }),
    fc.constantFrom(null, undefined),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 7 }), { minLength: 1, maxLength: 6 });
  /** What the writer puts in a patch: text guarded (kept as written), or another value; with the value it reads as. */
  const patchValue = fc.oneof(
    text.map((t) => ({ value: guardText(t) as Cell, reads: t as Cell })),
    fc.integer().map((n) => ({ value: n as Cell, reads: n as Cell })),
    fc.boolean().map((b) => ({ value: b as Cell, reads: b as Cell })),
  );
  const patches = fc.uniqueArray(
    fc.record({ row: fc.integer({ min: 1, max: 8 }), column: fc.integer({ min: 1, max: 9 }), v: patchValue }),
    { selector: (p) => `${p.row}:${p.column}`, maxLength: 12 },
  );

  test("in-between cells unchanged as read back, patched cells read as written", () => {
    fc.assert(
      fc.property(grid, patches, (g, ps) => {
        const list: CellPatch[] = ps.map((p) => ({ row: p.row, column: p.column, value: p.v.value }));
        const blocks = patchBlocks(g, list);
        const after = withBlocks(g, blocks);
        const expected: Cell[][] = g.map((r) => Array.from(r, (c) => c ?? ""));
        for (const p of ps) {
          while (expected.length < p.row) expected.push([]);
          const row = expected[p.row - 1];
          while (row.length < p.column - 1) row.push("");
          row[p.column - 1] = p.v.reads;
        }
        // withBlocks pads a patched row up to the block's right end with "" (blank cells read back blank).
        const norm = (rows: Grid) =>
          rows.map((r) => {
            const out = Array.from(r, (c) => c ?? ""); // rows no block touches are shared as read
            while (out.length > 0 && out[out.length - 1] === "") out.pop();
            return out;
          });
        expect(norm(after)).toEqual(norm(expected));
        // One block per row at most, and each block's kept marks are true exactly where no patch is.
        for (const b of blocks) {
          b.values.forEach((rowValues, i) => {
            rowValues.forEach((v, j) => {
              const r = b.row + i;
              const c = b.column + j;
              const isPatched = ps.some((p) => p.row === r && p.column === c);
              expect(b.kept?.[i]?.[j] ?? false).toBe(!isPatched);
              if (!isPatched) {
                // A kept cell, written through Sheets' own conversion, reads back as the cell it was.
                const before = g[r - 1]?.[c - 1];
                expect(stored(v)).toEqual(before ?? "");
              }
            });
          });
        }
        const rowsCovered = blocks.flatMap((b) => b.values.map((_, i) => b.row + i));
        expect(new Set(rowsCovered).size).toBe(rowsCovered.length);
        expect(new Set(rowsCovered)).toEqual(new Set(ps.map((p) => p.row)));
      }),
      { numRuns: 400 },
    );
  });
});
