// Schools for the summaries' integration tests and fault sweep: the demo school, and the demo cut or grown.

import { newWorkbook, type WorkbookModel } from "../../emulator/model";
import { copyWorkbook, openAt } from "./fault-sweep";

/** The six tabs refreshSummaries writes, in order. */
export const SUMMARY_TABS = [
  "Итоги — школа",
  "Итоги — классы",
  "Итоги — ученики",
  "Итоги — анкеты",
  "Итоги — план",
  "Итоги — оборудование",
];

let demoSchool: WorkbookModel | undefined;
/** The demo school (set up and filled through the bundle once, at the sweep's clock), copied. */
export function demo(): WorkbookModel {
  if (!demoSchool) {
    const emu = openAt(newWorkbook());
    emu.call("setupWorkbook");
    emu.call("fillDemoData");
    demoSchool = emu.workbook;
  }
  return copyWorkbook(demoSchool);
}

/**
 * The demo school with «Ученики», «Участие» and «Результаты анкет» cut (evenly) or repeated to `pupils`, `marks` and
 * `results` rows (repeated codes made unique), every other tab as the demo has it.
 */
export function school(pupils: number, marks: number, results: number): WorkbookModel {
  const wb = demo();
  const resize = (name: string, rows: number, code?: number) => {
    const s = wb.sheets.find((x) => x.name === name)!;
    const data = s.cells.slice(1).filter(Boolean);
    const out = [s.cells[0]];
    for (let i = 0; i < rows; i++) {
      // Fewer rows than the demo's: spread over the whole tab (every questionnaire keeps some results).
      const at = rows < data.length ? Math.floor((i * data.length) / rows) : i % data.length;
      const src = data[at].map((c) => c && { ...c });
      if (code !== undefined && i >= data.length) src[code] = { v: `P-${String(i).padStart(5, "0")}` };
      out.push(src);
    }
    s.cells = out;
    s.maxRows = Math.max(s.maxRows, rows + 1);
  };
  resize("Ученики", pupils, 0);
  resize("Участие", marks);
  resize("Результаты анкет", results, 1);
  return wb;
}

/**
 * The demo school shrunk for a fault sweep: every tab cut evenly to at most `rows` data rows, the raw answers tabs
 * («Ответы — …», which the summaries do not read) left out; the summaries still have every kind of row to show.
 */
export function tinySchool(rows = 40): WorkbookModel {
  const wb = demo();
  wb.sheets = wb.sheets.filter((s) => !s.name.startsWith("Ответы — "));
  for (const s of wb.sheets) {
    const data = s.cells.slice(1).filter(Boolean);
    if (s.name === "Настройки" || data.length <= rows) continue;
    s.cells = [
      s.cells[0],
      ...Array.from({ length: rows }, (_, i) => data[Math.floor((i * data.length) / rows)]),
    ];
  }
  return wb;
}
