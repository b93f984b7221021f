// A big tab reads back whole: the playground reopens the workbook, and the CLI reads it on every command.

import { readWorkbookBuffer, writeWorkbookBuffer } from "../../emulator/xlsx";
import { BIG_COLUMNS, bigWorkbook } from "./big-workbook";

const ROWS = 10_000;

describe("xlsx, a big tab", () => {
  // How long it takes is measured by `npm run bench` (1,000 against 10,000 rows, as a ratio), not asserted here.
  test(`a ${ROWS} × ${BIG_COLUMNS} tab reads back whole`, async () => {
    const wb = bigWorkbook(ROWS);
    const buf = await writeWorkbookBuffer(wb);
    const back = await readWorkbookBuffer(buf);
    expect(back.sheets[0]!.cells.length).toBe(ROWS + 1);
    expect(back.sheets[0]!.cells[ROWS]![8]).toEqual({ v: ROWS * 2, formula: `=D${ROWS + 1}*2` });
    expect(back.sheets[0]!.cells[ROWS]![2]!.v).toEqual(wb.sheets[0]!.cells[ROWS]![2]!.v);
  }, 60_000);
});
