// Workbooks built in code for the grid tests: a big pupils tab with validations, a generated tab with charts, a hidden tab.

import {
  type CellModel,
  newSheet,
  newWorkbook,
  type SheetModel,
  type ValidationModel,
  type WorkbookModel,
} from "../../emulator/model";

const header = (v: string, note?: string): CellModel => ({
  v,
  fontWeight: "bold",
  background: "#e8f0fe",
  note,
});

export const CLASSES = ["8А", "8Б", "9А", "9Б"];

function pupils(sheet: SheetModel, count: number): void {
  sheet.name = "Ученики";
  sheet.frozenRows = 1;
  sheet.maxRows = count + 1;
  sheet.maxColumns = 8;
  sheet.columnWidths = { 3: 160 };
  const classList: ValidationModel = {
    kind: "list",
    values: CLASSES,
    showDropdown: true,
    allowInvalid: false,
  };
  const active: ValidationModel = {
    kind: "list",
    values: ["да", "нет"],
    showDropdown: true,
    allowInvalid: false,
  };
  const consent: ValidationModel = { kind: "checkbox", allowInvalid: false };
  sheet.cells.push([
    header("Код", "Код ученика. Фамилии и имена в таблицу не вносятся."),
    header("Класс"),
    header("Подпись"),
    header("Активен"),
    header("Согласие"),
    header("Дата входа"),
  ]);
  for (let i = 1; i <= count; i++) {
    sheet.cells.push([
      { v: `У-${String(i).padStart(5, "0")}` },
      { v: CLASSES[i % CLASSES.length] },
      { v: i % 7 === 0 ? "перевёлся из другой школы в середине четверти" : "" },
      { v: i % 10 === 0 ? "нет" : "да" },
      { v: i % 3 === 0 },
      // Midnight in Moscow, the workbook's time zone, as Sheets stores a typed date.
      { v: new Date(Date.UTC(2026, 8, 1 + (i % 28), -3)) },
    ]);
  }
  // The sheet's rules by block, as Range.setDataValidation leaves them.
  sheet.validations = [
    { r0: 1, c0: 1, r1: count, c1: 1, rule: classList },
    { r0: 1, c0: 3, r1: count, c1: 3, rule: active },
    { r0: 1, c0: 4, r1: count, c1: 4, rule: consent },
  ];
}

function planSummary(wb: WorkbookModel): SheetModel {
  const sheet = newSheet(wb, "Итоги — план");
  sheet.frozenRows = 2;
  sheet.columnWidths = { 1: 140 };
  sheet.metadata.push({
    id: wb.nextId++,
    key: "proftrack.generated",
    value: "plan-summary",
    visibility: "PROJECT",
  });
  sheet.cells.push([
    { v: "Сформировано ПрофТрек 05.10.2026 по листам: План, Предметы. Лист пересоздаётся целиком." },
  ]);
  sheet.cells.push([header("Предмет"), header("Требуется"), header("Проведено")]);
  const subjects: [string, number, number][] = [
    ["Математика", 8, 8],
    ["Физика", 6, 3],
    ["Биология", 6, 6],
    ["Литература", 4, 1],
    ["Технология", 8, 7],
    ["Информатика", 6, 6],
  ];
  for (const [name, need, done] of subjects) {
    const gap = done < need ? { background: "#f4cccc" } : {};
    sheet.cells.push([{ v: name }, { v: need }, { v: done, ...gap }]);
  }
  const chart = (type: string, ranges: string[], row: number, column: number, title: string) => ({
    id: wb.nextId++,
    type,
    ranges,
    row,
    column,
    options: { title },
  });
  sheet.charts.push(
    chart("COLUMN", ["A2:C8"], 2, 5, "Знакомства с профессиями: требуется и проведено"),
    chart("PIE", ["A2:A8", "C2:C8"], 2, 10, "Проведено по предметам"),
    chart("BAR", ["A2:B8"], 17, 5, "Требуется по предметам"),
    chart("LINE", ["A2:C8"], 17, 10, "План и факт"),
  );
  return sheet;
}

/** Ученики (frozen header, list/checkbox validations, notes, `pupils` rows), «Итоги — план» (generated, 4 charts), a hidden tab. */
export function gridWorkbook(opts: { pupils: number }): WorkbookModel {
  const wb = newWorkbook({ name: "Школа № 1 — проверка сетки" });
  pupils(wb.sheets[0], opts.pupils);
  wb.sheets.push(planSummary(wb));
  const hidden = newSheet(wb, "Служебный");
  hidden.hidden = true;
  hidden.cells.push([{ v: "служебные данные" }]);
  wb.sheets.push(hidden);
  return wb;
}
