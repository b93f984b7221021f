// The report's adapter over the emulator's model: which tabs, in which order, their cells as displayed (number
// formats, dates, colours) and their charts' data — without the bundle.

import { newSheet, newWorkbook, type SheetModel, type WorkbookModel } from "../../../emulator/model";
import { reportHtml } from "../../../emulator/report/html";
import { chartOf, sectionOf, summaryTabs, workbookReport } from "../../../emulator/report/workbook";

function tab(wb: WorkbookModel, name: string, kind: string | null): SheetModel {
  const s = newSheet(wb, name);
  if (kind) s.metadata.push({ id: 1, key: "proftrack.generated", value: kind, visibility: "DOCUMENT" });
  wb.sheets.push(s);
  return s;
}

function book(): WorkbookModel {
  const wb = newWorkbook();
  for (const [name, kind] of [
    ["Итоги — анкеты", "summary-questionnaires"],
    ["Итоги — выбор экзаменов", "examChoiceSummary"],
    ["Итоги — план", "plan-summary"],
    ["Итоги — школа", "summary-school"],
    ["Итоги — ученики", "summary-pupils"],
    ["Итоги — своё", null],
    ["Результаты анкет", "questionnaireResults"],
    ["Итоги — оборудование", "equipment-summary"],
    ["Итоги — классы", "summary-classes"],
  ] as const)
    tab(wb, name, kind);
  return wb;
}

test("the summary tabs: generated and named «Итоги — …», in the fixed order, unknown ones after", () => {
  expect(summaryTabs(book()).map((s) => s.name)).toEqual([
    "Итоги — школа",
    "Итоги — классы",
    "Итоги — ученики",
    "Итоги — план",
    "Итоги — оборудование",
    "Итоги — анкеты",
    "Итоги — выбор экзаменов",
  ]);
});

test("cells as the tab displays them: percent, 0.0, dates dd.mm.yyyy, booleans, the fill and the note", () => {
  const wb = newWorkbook();
  const s = tab(wb, "Итоги — школа", "summary-school");
  s.cells = [
    [{ v: "Сформировано ПрофТрек 29.11.2026 10:15 по листам: Ученики, Участие." }],
    [],
    [
      { v: "Показатель", fontWeight: "bold" },
      { v: "Значение", fontWeight: "bold", note: "Как считается" },
    ],
    [{ v: "Охвачено, %" }, { v: 0.8734, numberFormat: "0.0%", background: "#f4c7c3" }],
    [{ v: "Часов в среднем" }, { v: 12.25, numberFormat: "0.0" }],
    [{ v: "Дата среза" }, { v: new Date(Date.UTC(2026, 10, 28, 21, 0)), numberFormat: "dd.mm.yyyy" }],
    [{ v: "Всех охватили" }, { v: false }],
    [{ v: "Учеников" }, { v: 1234 }],
    [{ v: "Строка" }, { v: "перейти к F166", formula: '=HYPERLINK("#gid=5&range=F166";"перейти к F166")' }],
  ];
  const sec = sectionOf(wb, s);
  const texts = sec.rows.map((r) => r.cells.map((c) => c?.text ?? ""));
  expect(texts.slice(3)).toEqual([
    ["Охвачено, %", "87,3%"],
    ["Часов в среднем", "12,3"],
    ["Дата среза", "29.11.2026"],
    ["Всех охватили", "ЛОЖЬ"],
    ["Учеников", "1234"],
    ["Строка", "перейти к F166"],
  ]);
  expect(sec.rows[8].cells[1]).toEqual({ text: "перейти к F166", link: true });
  expect(sec.rows[3].cells[1]).toEqual({ text: "87,3%", bg: "#f4c7c3", align: "right" });
  expect(sec.rows[2].cells[1]).toMatchObject({ bold: true, note: "Как считается" });
  const html = reportHtml(workbookReport(wb, { now: new Date(Date.UTC(2026, 10, 29, 7, 15)) }));
  expect(html).toContain('<td class="r" style="background:#f4c7c3">87,3%</td>');
  expect(html).toContain("отчёт составлен 29.11.2026 10:15");
});

test("a chart's data from its ranges: categories, series named by the header row, colours and options", () => {
  const wb = newWorkbook();
  const s = tab(wb, "Итоги — классы", "summary-classes");
  s.cells = [
    [{ v: "Класс" }, { v: "Охвачено" }, { v: "Не охвачено" }],
    [{ v: "9А" }, { v: 0.5, numberFormat: "0%" }, { v: 0.5, numberFormat: "0%" }],
    [{ v: "9Б" }, { v: 0.75, numberFormat: "0%" }, { v: 0.25, numberFormat: "0%" }],
  ];
  s.charts.push({
    id: 9,
    type: "COLUMN",
    ranges: ["A1:C3"],
    row: 5,
    column: 1,
    options: {
      title: "Охват по классам",
      isStacked: true,
      colors: ["#34a853", "#ea4335"],
      "vAxis.title": "Доля",
      legend: { position: "none" },
      series: { 1: { type: "line" } },
    },
  });
  const c = chartOf(wb, s, s.charts[0]);
  expect(c).toMatchObject({
    title: "Охват по классам",
    categories: ["9А", "9Б"],
    series: [
      { name: "Охвачено", values: [0.5, 0.75], shown: ["50%", "75%"] },
      { name: "Не охвачено", values: [0.5, 0.25], shown: ["50%", "25%"], line: true },
    ],
    stacked: true,
    colors: ["#34a853", "#ea4335"],
    vAxisTitle: "Доля",
    legend: false,
    percent: true,
    anchorRow: 5,
  });
});

test("the school and the year come from «Настройки»; without it, the workbook's name", () => {
  const wb = newWorkbook({ name: "Книга" });
  expect(workbookReport(wb).workbookName).toBe("Книга");
  const settings = tab(wb, "Настройки", null);
  settings.cells = [
    [{ v: "Параметр" }, { v: "Значение" }],
    [{ v: "Школа" }, { v: "МБОУ СОШ № 7" }],
    [{ v: "Учебный год" }, { v: "2026/2027" }],
  ];
  const d = workbookReport(wb);
  expect(d.workbookName).toBe("МБОУ СОШ № 7");
  expect(d.title).toBe("Итоги профориентационной работы — 2026/2027 учебный год");
});
