// Properties of reading and writing every source tab: order-free columns, parse∘format identity, nothing throws.

import fc from "fast-check";
import type { Cell } from "../../src/tables/cell";
import { mapHeader, readTable, TableError } from "../../src/tables/read";
import type { TabSpec } from "../../src/tables/spec-types";
import { anyTab } from "../../src/tables/specs";
import { appendRows, formatRecord, headerRow } from "../../src/tables/write";
import { anyCell, RECORD_TABS, recordsOf } from "./arbitraries";
import { storedRows } from "./sheet-fake";

const zones = ["Europe/Moscow", "Asia/Irkutsk", "America/New_York"];
const spec = (key: (typeof RECORD_TABS)[number]) => anyTab(key);

/** Reorders columns and inserts user columns: a permutation and a few (position, header, fill) extras. */
const layout = (width: number) =>
  fc.record({
    order: fc.shuffledSubarray([...Array(width).keys()], { minLength: width, maxLength: width }),
    extras: fc.array(
      fc.tuple(fc.nat(), fc.constantFrom("Заметки", "Комментарий учителя", "", "Итого"), anyCell),
      { maxLength: 3 },
    ),
  });

/** Applies a layout to a grid whose first row is the header. */
function relayout(
  grid: readonly (readonly unknown[])[],
  l: { order: number[]; extras: [number, string, unknown][] },
): unknown[][] {
  return grid.map((row, r) => {
    const out: unknown[] = l.order.map((i) => row[i]);
    l.extras.forEach(([at, header, fill], n) => {
      out.splice(at % (out.length + 1), 0, r === 0 ? (header === "" ? "" : `${header} ${n}`) : fill);
    });
    return out;
  });
}

const withoutRow = (rows: { row: number; record: unknown }[]) => rows.map((r) => r.record);

describe.each(RECORD_TABS)("%s", (key) => {
  const tab = spec(key);
  const width = tab.columns.length;

  test("parse ∘ format is the identity, in any layout, locale and zone", () => {
    fc.assert(
      fc.property(
        recordsOf(tab),
        layout(width),
        fc.constantFrom("ru", "en") as fc.Arbitrary<"ru" | "en">,
        fc.constantFrom(...zones),
        (records, l, locale, timeZone) => {
          const options = { timeZone, locale };
          const header = relayout([headerRow(tab, locale)], l)[0] as Cell[];
          const map = mapHeader(tab, header);
          const rows = records.map((r) => formatRecord(tab, map, r, options));
          const grid = [header, ...storedRows(rows)];
          const read = readTable(tab, grid as Cell[][], { ...options, locale: "ru" });
          expect(read.errors).toEqual([]);
          expect(withoutRow(read.records)).toEqual(records.map((r) => ({ ...defaultsOf(tab), ...r })));
          const block = appendRows([header], tab, map, records, options);
          expect(block.values.every((row) => row.length === header.length)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("reordering columns or adding user columns never changes what is read", () => {
    const rows = fc.array(fc.array(anyCell, { minLength: width, maxLength: width }), { maxLength: 6 });
    fc.assert(
      fc.property(rows, layout(width), fc.constantFrom(...zones), (data, l, timeZone) => {
        const grid = [headerRow(tab, "ru"), ...data];
        const plain = readTable(tab, grid as Cell[][], { timeZone });
        const moved = readTable(tab, relayout(grid, l) as Cell[][], { timeZone });
        expect(moved.records).toEqual(plain.records);
        expect(moved.errors.map((e) => [e.row, e.columnKey, e.reason, e.value])).toEqual(
          plain.errors.map((e) => [e.row, e.columnKey, e.reason, e.value]),
        );
      }),
      { numRuns: 60 },
    );
  });

  test("no cell throws outside a RowError; every non-blank row is a record or an error; records pass the schema", () => {
    const rows = fc.array(fc.array(anyCell, { maxLength: width + 2 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.constantFrom(...zones), (data, timeZone) => {
        const grid = [headerRow(tab, "en"), ...data];
        const { records, errors } = readTable(tab, grid as Cell[][], { timeZone, locale: "ru" });
        for (const r of records) expect(tab.schema.safeParse(r.record).success).toBe(true);
        const reported = new Set([...records.map((r) => r.row), ...errors.map((e) => e.row)]);
        expect(records.length + new Set(errors.map((e) => e.row)).size).toBe(reported.size);
        for (const e of errors) expect(e.message).toContain(`«${tab.name.ru}», строка ${e.row}, столбец `);
      }),
      { numRuns: 80 },
    );
  });
});

test("the header row itself may hold anything: only TableError can come out", () => {
  fc.assert(
    fc.property(fc.constantFrom(...RECORD_TABS), fc.array(anyCell, { maxLength: 12 }), (key, header) => {
      try {
        readTable(spec(key), [header as Cell[]], { timeZone: "Asia/Irkutsk" });
      } catch (e) {
        expect(e).toBeInstanceOf(TableError);
      }
    }),
  );
});

/** What blank cells read as: the columns' defaults (and empty lists). */
function defaultsOf(tab: TabSpec<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of tab.columns) {
    if (c.default !== undefined) out[c.key] = c.default;
    else if (["list", "enumList", "klimovTypes", "gradeList"].includes(c.type)) out[c.key] = [];
  }
  return out;
}
