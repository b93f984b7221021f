// Source-tab writes as data: patches become one block a row, appends go below the last filled row, blocks read back.

import fc from "fast-check";
import type { Cell, Grid } from "../../src/tables/cell";
import { guardText } from "../../src/tables/codec";
import {
  appendBlock,
  type CellBlock,
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
