// «Итоги — оборудование» through the built bundle: the hand-counted fixture of test/domain, the tab's marker, its rebuild.

import { createEmulator } from "../../emulator/index";
import { newSheet } from "../../emulator/model";
import { equipmentSchool } from "./equipment-fixtures";
import { sheetOf, values } from "./plan-fixtures";

const TAB = "Итоги — оборудование";

/** The rows under the section titled `title`, up to the next blank row (header row first). */
function section(grid: unknown[][], title: string, width: number): unknown[][] {
  const start = grid.findIndex((r) => r[0] === title);
  if (start < 0) throw new Error(`no section «${title}»`);
  const out: unknown[][] = [];
  for (let i = start + 1; i < grid.length && grid[i].some((v) => v !== ""); i++)
    out.push(grid[i].slice(0, width));
  return out;
}

describe("refreshEquipmentAnalysis on the hand-counted fixture", () => {
  const emu = createEmulator({ workbook: equipmentSchool() });
  const outcome = emu.call("refreshEquipmentAnalysis");
  const grid = values(emu, TAB);
  const sheet = sheetOf(emu, TAB);

  test("returns and toasts the headline figures", () => {
    expect(outcome).toEqual({ professions: 5, canTry: 2, repairs: 2, unknown: 1 });
    expect(emu.ui.toasts.at(-1)?.message).toBe(
      "Можно попробовать на практике: 2 из 5 профессий; требует ремонта или неисправно: 2. Подробности — на листе «Итоги — оборудование».",
    );
  });

  test("marked as generated, protected with a warning, stamped, nothing else written", () => {
    expect(sheet.metadata).toEqual([
      expect.objectContaining({ key: "proftrack.generated", value: "equipment-summary" }),
    ]);
    expect(sheet.protections).toEqual([expect.objectContaining({ warningOnly: true })]);
    expect(String(grid[0][0])).toMatch(
      /^Сформировано ПрофТрек .* по листам: Ступени, Предметы, Профессии, План, Оборудование, Ресурсы\./,
    );
    expect(emu.calls.get("Range.setValues")).toBe(1);
  });

  test("headline figures, and the row with a negative quantity reported as left out", () => {
    expect(section(grid, "Главное", 2)).toEqual([
      ["Показатель", "Значение"],
      ["Строк оборудования", 6],
      ["Из них исправно", 3],
      ["Профессий в тезаурусе", 5],
      ["Можно попробовать на практике", 2],
      ["Можно попробовать, % профессий", 40],
      ["1 строка листа «Оборудование» с ошибками не учтена: см. «Проверка данных».", ""],
    ]);
  });

  test("per subject: % covered, covered, professions, items; then the ones not covered", () => {
    expect(section(grid, "По предметам: профессии тезауруса, охваченные исправным оборудованием", 5)).toEqual(
      [
        ["Предмет", "% охвата", "Охвачено", "Профессий", "Оборудования"],
        ["Физика", 33, 1, 3, 3],
        ["Химия", 50, 1, 2, 3],
        ["Музыка", 0, 0, 1, 0],
      ],
    );
    expect(section(grid, "Профессии без исправного оборудования, по предметам", 2)).toEqual([
      ["Предмет", "Не охвачены"],
      ["Физика", "Инженер-механик, Звукорежиссёр"],
      ["Химия", "Агроном"],
      ["Музыка", "Звукорежиссёр"],
    ]);
  });

  test("per room: items by condition, one room however it is typed, the other spelling listed", () => {
    expect(section(grid, "По кабинетам: оборудование по состоянию", 5)).toEqual([
      ["Кабинет", "исправно", "требует ремонта", "неисправно", "Всего"],
      ["Кабинет физики", 2, 0, 1, 3],
      ["Кабинет химии", 2, 1, 0, 3],
    ]);
    expect(section(grid, "Один кабинет записан по-разному (исправьте на листе «Оборудование»)", 2)).toEqual([
      ["Кабинет", "Также записан как"],
      ["Кабинет физики", "Кабинет Физики"],
    ]);
  });

  test("per profession, with the name the thesaurus lacks marked «не найдено в тезаурусе»", () => {
    expect(section(grid, "По профессиям тезауруса", 7)).toEqual([
      [
        "Профессия",
        "Можно попробовать на практике",
        "Единиц",
        "Знакомств в плане",
        "Предметы",
        "Исправное оборудование",
        "Не работает",
      ],
      [
        "Электромонтёр",
        "да",
        12,
        1,
        "Физика",
        "Кабинет физики: Набор по электричеству (12)",
        "Кабинет физики: Осциллограф (1)",
      ],
      ["Инженер-механик", "нет", 0, 1, "Физика", "", ""],
      ["Химик-аналитик", "да", 2, 0, "Химия", "Кабинет химии: Весы (2)", "Кабинет химии: Вытяжной шкаф (1)"],
      ["Агроном", "нет", 0, 0, "Химия", "", "Кабинет химии: Колбы (0)"],
      ["Звукорежиссёр", "нет", 0, 1, "Музыка, Физика", "", "Кабинет физики: Осциллограф (1)"],
      ["Космонавт", "нет", "", "", "не найдено в тезаурусе", "", "Кабинет химии: Весы (2)"],
    ]);
    expect(section(grid, "Не найдено в тезаурусе: профессии, названные на листе «Оборудование»", 2)).toEqual([
      ["Профессия", "Оборудование (строка)"],
      ["Космонавт", "Кабинет химии: Весы (строка 6)"],
    ]);
  });

  test("introductions of professions with no working equipment; repairs; items linked to nothing", () => {
    expect(section(grid, "Знакомства в плане с профессиями без исправного оборудования", 4)).toEqual([
      ["Профессия", "Предмет", "Параллель", "Четверть"],
      ["Инженер-механик", "Физика", 8, 1],
      ["Звукорежиссёр", "Музыка", 5, 1],
      ["Космонавт", "Физика", 9, 2],
    ]);
    expect(section(grid, "Требует ремонта или неисправно", 7)).toEqual([
      ["Наименование", "Состояние", "Количество", "Строка", "Кабинет", "Профессии", "Примечание"],
      ["Осциллограф", "неисправно", 1, 3, "Кабинет физики", "Звукорежиссёр, электромонтер", "не включается"],
      ["Вытяжной шкаф", "требует ремонта", 1, 5, "Кабинет химии", "Химик-аналитик", ""],
    ]);
    expect(section(grid, "Не связано ни с одной профессией (не используется для профориентации)", 5)).toEqual(
      [
        ["Наименование", "Состояние", "Количество", "Строка", "Кабинет"],
        ["Интерактивная доска", "исправно", 1, 4, "Кабинет Физики"],
      ],
    );
  });

  test("resources: by kind, component × band with empty cells marked, platforms per subject", () => {
    expect(section(grid, "Ресурсы по видам", 2)).toEqual([
      ["Вид", "Количество"],
      ["цифровая платформа", 2],
      ["практико-ориентированный ресурс", 1],
      ["предприятие-партнёр", 0],
      ["вуз", 0],
      ["ссуз", 1],
      ["другое", 0],
    ]);
    expect(section(grid, "Ресурсы: компоненты × ступени (сколько ресурсов; «—» — ни одного)", 3)).toEqual([
      ["Компонент", "5–7", "8–9"],
      ["просвещение", "—", 1],
      ["развитие интересов и склонностей", "—", "—"],
      ["консультация", "—", "—"],
      ["диагностика", 1, 1],
      ["социально-профессиональная адаптация", "—", 1],
      ["не указан", 1, "—"],
    ]);
    expect(section(grid, "Цифровые платформы по предметам", 2)).toEqual([
      ["Предмет", "Платформы"],
      ["Физика", "Атлас новых профессий"],
      ["Химия", "Атлас новых профессий"],
      ["Музыка", "—"],
      ["Для всех предметов", "Билет в будущее"],
    ]);
  });

  test("two charts: subjects' share covered (bars) and condition by room (stacked bars), beside their tables", () => {
    expect(sheet.charts).toHaveLength(2);
    const [subjects, rooms] = sheet.charts;
    const subjectsHeader = grid.findIndex((r) => r[0] === "Предмет" && r[1] === "% охвата") + 1;
    const roomsHeader = grid.findIndex((r) => r[0] === "Кабинет" && r[1] === "исправно") + 1;
    expect(subjects).toMatchObject({
      type: "BAR",
      ranges: [`A${subjectsHeader}:B${subjectsHeader + 3}`],
      row: subjectsHeader - 1,
      column: 6,
      options: { title: "Доля профессий, охваченных оборудованием, по предметам, %" },
    });
    expect(rooms).toMatchObject({
      type: "BAR",
      ranges: [`A${roomsHeader}:D${roomsHeader + 2}`],
      row: roomsHeader - 1,
      column: 6,
      options: {
        title: "Состояние оборудования по кабинетам",
        isStacked: true,
        colors: ["#34a853", "#fbbc04", "#ea4335"],
      },
    });
    // The charts do not overlap: the rooms' starts below the subjects' chart.
    expect(rooms.row).toBeGreaterThanOrEqual(subjects.row + 18);
  });
});

describe("rebuilding «Итоги — оборудование»", () => {
  test("a second run replaces the tab in place", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    emu.call("refreshEquipmentAnalysis");
    emu.call("refreshEquipmentAnalysis");
    expect(emu.workbook.sheets.filter((s) => s.name.startsWith("Итоги"))).toHaveLength(1);
    expect(sheetOf(emu, TAB).charts).toHaveLength(2);
  });

  test("a user's own tab of that name is never overwritten", () => {
    const wb = equipmentSchool();
    const mine = newSheet(wb, TAB);
    mine.cells.push([{ v: "мой список" }]);
    wb.sheets.push(mine);
    const emu = createEmulator({ workbook: wb });
    const r = emu.runFromClient("refreshEquipmentAnalysis", []);
    expect(r).toEqual({
      ok: false,
      error: {
        name: "UserError",
        message:
          "Лист «Итоги — оборудование» создан не ПрофТрек, поэтому он не будет перезаписан. Переименуйте его и повторите.",
      },
    });
    expect(values(emu, TAB)).toEqual([["мой список"]]);
  });

  test("a failure while building keeps the previous tab", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    emu.call("refreshEquipmentAnalysis");
    const before = structuredClone(sheetOf(emu, TAB).cells);
    emu.calls.reset();
    emu.failAt({
      method: "Sheet.insertChart",
      nth: 1,
      message: "Service Spreadsheets timed out while accessing document",
    });
    expect(emu.runFromClient("refreshEquipmentAnalysis", []).ok).toBe(false);
    expect(sheetOf(emu, TAB).cells).toEqual(before);
    expect(emu.workbook.sheets.filter((s) => s.name.startsWith("Итоги"))).toHaveLength(1);
  });
});

describe("data problems of Оборудование on «Проверка данных»", () => {
  test("a profession not in the thesaurus, a negative quantity, a room typed two ways", () => {
    const emu = createEmulator({ workbook: equipmentSchool() });
    emu.call("validateData");
    // Columns: Вид | Лист | Строка | Столбец | Значение | Проблема | Ссылка; all three are errors.
    const rows = values(emu, "Проверка данных").filter((r) => r[1] === "Оборудование");
    expect(rows.every((r) => r[0] === "ошибка")).toBe(true);
    expect(rows.map((r) => [r[2], String(r[3]), r[4], r[5]])).toEqual([
      [
        4,
        "A «Кабинет*»",
        "Кабинет Физики",
        "этот кабинет уже записан как «Кабинет физики» (строка 2): пишите одинаково",
      ],
      [
        6,
        "F «Профессии»",
        "Химик-аналитик; Космонавт",
        "нет на вкладке «Профессии» (столбец «Профессия»): «Космонавт»",
      ],
      [8, "C «Количество»", "-3", "число должно быть не меньше 0"],
    ]);
  });
});
