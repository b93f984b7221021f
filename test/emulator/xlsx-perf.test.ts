// Reading a big tab must stay fast: the playground reopens the workbook, and the CLI reads it on every command.

import { newWorkbook } from "../../emulator/model";
import { readWorkbookBuffer, writeWorkbookBuffer } from "../../emulator/xlsx";

const ROWS = 10_000;
const COLUMNS = 12;

/** A results tab as ПрофТрек fills it: codes, classes, dates, scores, checkboxes, formulas, a few formats. */
function bigWorkbook() {
  const wb = newWorkbook();
  const s = wb.sheets[0]!;
  s.maxRows = ROWS + 1;
  s.maxColumns = COLUMNS;
  s.frozenRows = 1;
  s.cells[0] = Array.from({ length: COLUMNS }, (_, c) => ({
    v: `Столбец ${c + 1}`,
    fontWeight: "bold" as const,
  }));
  for (let r = 1; r <= ROWS; r += 1) {
    s.cells[r] = [
      { v: `У-${String(r).padStart(5, "0")}` },
      { v: `${5 + (r % 7)}${"АБВ"[r % 3]}` },
      { v: new Date(Date.UTC(2026, 8, 1 + (r % 200), 6, 30)), numberFormat: "dd.mm.yyyy" },
      { v: r % 5, numberFormat: "0" },
      { v: ((r * 7) % 100) / 10 },
      { v: r % 2 === 0, validation: { kind: "checkbox", allowInvalid: false } },
      {
        v: "интерес",
        validation: {
          kind: "list",
          values: ["интерес", "нет", "не знаю"],
          showDropdown: true,
          allowInvalid: false,
        },
      },
      { v: `Комментарий к строке ${r}: всё хорошо` },
      { v: r * 2, formula: `=D${r + 1}*2` },
      { v: r % 3 === 0 ? "" : "да", background: r % 10 === 0 ? "#fff2cc" : undefined },
      { v: -r },
      { v: new Date(Date.UTC(2026, 0, 1, r % 24)) },
    ];
    if (s.cells[r]![9]!.background === undefined) delete s.cells[r]![9]!.background;
  }
  return wb;
}

describe("xlsx speed", () => {
  test(`reading a ${ROWS} × ${COLUMNS} tab takes well under 2 s`, async () => {
    const wb = bigWorkbook();
    const buf = await writeWorkbookBuffer(wb);
    // Warm up (module loading, JIT), then time the read.
    await readWorkbookBuffer(buf);
    const started = performance.now();
    const back = await readWorkbookBuffer(buf);
    const elapsed = performance.now() - started;
    expect(back.sheets[0]!.cells.length).toBe(ROWS + 1);
    expect(back.sheets[0]!.cells[ROWS]![8]).toEqual({ v: ROWS * 2, formula: `=D${ROWS + 1}*2` });
    expect(back.sheets[0]!.cells[ROWS]![2]!.v).toEqual(wb.sheets[0]!.cells[ROWS]![2]!.v);
    // A generous bound: it takes about a second on a laptop; CI machines are slower.
    expect(elapsed).toBeLessThan(4000);
  }, 60_000);
});
