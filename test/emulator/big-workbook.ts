// A big results tab for the xlsx tests and the benchmark: codes, classes, dates, scores, checkboxes, formulas.

import { newWorkbook } from "../../emulator/model";

export const BIG_COLUMNS = 12;

/** A results tab as ПрофТрек fills it: codes, classes, dates, scores, checkboxes, formulas, a few formats. */
export function bigWorkbook(rows: number) {
  const wb = newWorkbook();
  const s = wb.sheets[0]!;
  s.maxRows = rows + 1;
  s.maxColumns = BIG_COLUMNS;
  s.frozenRows = 1;
  s.cells[0] = Array.from({ length: BIG_COLUMNS }, (_, c) => ({
    v: `Столбец ${c + 1}`,
    fontWeight: "bold" as const,
  }));
  for (let r = 1; r <= rows; r += 1) {
    s.cells[r] = [
      { v: `У-${String(r).padStart(5, "0")}` },
      { v: `${5 + (r % 7)}${"АБВ"[r % 3]}` },
      { v: new Date(Date.UTC(2026, 8, 1 + (r % 200), 6, 30)), numberFormat: "dd.mm.yyyy" },
      { v: r % 5, numberFormat: "0" },
      { v: ((r * 7) % 100) / 10 },
      { v: r % 2 === 0 },
      { v: "интерес" },
      { v: `Комментарий к строке ${r}: всё хорошо` },
      { v: r * 2, formula: `=D${r + 1}*2` },
      { v: r % 3 === 0 ? "" : "да", background: r % 10 === 0 ? "#fff2cc" : undefined },
      { v: -r },
      { v: new Date(Date.UTC(2026, 0, 1, r % 24)) },
    ];
    if (s.cells[r]![9]!.background === undefined) delete s.cells[r]![9]!.background;
  }
  s.validations = [
    { r0: 1, c0: 5, r1: rows, c1: 5, rule: { kind: "checkbox", allowInvalid: false } },
    {
      r0: 1,
      c0: 6,
      r1: rows,
      c1: 6,
      rule: { kind: "list", values: ["интерес", "нет", "не знаю"], showDropdown: true, allowInvalid: false },
    },
  ];
  return wb;
}
