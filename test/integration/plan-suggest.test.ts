// «Предложить план» through the built bundle on the demo school: preview, append after confirmation, idempotence.

import { createEmulator, type Emulator } from "../../emulator/index";
import { cloneWorkbook, type WorkbookModel } from "../../emulator/model";
import { defaultQuarters, yearToSetUp } from "../../src/domain/calendar";
import { toDayNumber } from "../../src/domain/local-date";
import { suggestPlan } from "../../src/domain/plan-suggest";
import type { PlanEntry } from "../../src/domain/records";
import { normalizeKey } from "../../src/domain/text";
import type { PlanSuggestionData } from "../../src/gas/plan-suggest";
import { plural } from "../../src/i18n";
import type { Cell } from "../../src/tables/cell";
import { dateToLocalDate } from "../../src/tables/dates";
import { readTable } from "../../src/tables/read";
import { TABS, type TabKey, type TabRecords } from "../../src/tables/specs";
import { fixtureWorkbook, moscowDate, type RowValues, tabReads, values } from "./plan-fixtures";

const ZONE = { timeZone: "Europe/Moscow", locale: "ru" as const };
const today = () => dateToLocalDate(new Date(), ZONE)!;

function preview(emu: Emulator): PlanSuggestionData {
  const r = emu.runFromClient("getPlanSuggestion", []);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as PlanSuggestionData;
}
function apply(emu: Emulator, token: unknown): { added: number; message: string } {
  const r = emu.runFromClient("applyPlanSuggestion", [token]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { added: number; message: string };
}
function records<K extends Exclude<TabKey, "settings">>(emu: Emulator, key: K): TabRecords[K][] {
  return readTable(TABS[key], values(emu, TABS[key].name.ru) as Cell[][], ZONE).records.map((r) => r.record);
}
function settingsOf(emu: Emulator) {
  const grid = values(emu, "Настройки");
  const date = (label: string) => dateToLocalDate(grid.find((r) => r[0] === label)![1] as Date, ZONE)!;
  const quarters = [1, 2, 3, 4].map((q) => ({
    start: date(`Начало ${q} четверти`),
    end: date(`Конец ${q} четверти`),
  }));
  return { quarters, introductionsPerQuarter: 2 };
}
/** What the domain suggests for the workbook as it is now (the bundle's computation, redone from the sheets). */
function domainSuggestion(emu: Emulator) {
  return suggestPlan({
    subjects: records(emu, "subjects"),
    professions: records(emu, "professions"),
    plan: records(emu, "plan"),
    settings: settingsOf(emu),
    bands: records(emu, "bands"),
    today: today(),
  });
}

let demoSchool: WorkbookModel | undefined;
function demo(): Emulator {
  if (!demoSchool) {
    const emu = createEmulator();
    emu.call("setupWorkbook");
    emu.call("fillDemoData");
    demoSchool = emu.workbook;
  }
  const emu = createEmulator({ workbook: cloneWorkbook(demoSchool) });
  return emu;
}

describe("the preview", () => {
  test("suggestPlan opens the modal preview dialog and reads nothing", () => {
    const emu = demo();
    emu.call("suggestPlan");
    expect(emu.ui.shown.at(-1)).toMatchObject({ kind: "modal", title: "Предложить план знакомств" });
    expect(emu.ui.shown.at(-1)?.html).toContain("<script>");
    expect(tabReads(emu)).toBe(0);
  });

  test("getPlanSuggestion: rows per subject, as the domain computes them, reading five tabs once and writing nothing", () => {
    const emu = demo();
    const before = structuredClone(emu.workbook.sheets.map((s) => s.cells));
    const d = preview(emu);
    expect(tabReads(emu)).toBe(5);
    expect(emu.calls.get("Range.setValues")).toBe(0);
    expect(emu.workbook.sheets.map((s) => s.cells)).toEqual(before);
    const expected = domainSuggestion(emu);
    expect(d.total).toBe(expected.rows.length);
    expect(d.bySubject).toEqual(
      expected.bySubject.map((s) => ({
        subject: s.subject,
        grades: [...new Set(s.rows.map((r) => r.grade))].sort((a, b) => a - b),
        rows: s.rows.length,
      })),
    );
    expect(d.bySubject.reduce((n, s) => n + s.rows, 0)).toBe(d.total);
    expect(d.noProfessions).toEqual([]);
    expect(d.token).toMatch(/^v1\.([0-9a-f]{8})*$/);
    const q4 = settingsOf(emu).quarters[3];
    if (toDayNumber(today()) <= toDayNumber(q4.end)) expect(d.total).toBeGreaterThan(0);
  });
});

describe("applying the suggestion on the demo school", () => {
  const emu = demo();
  const d = preview(emu);
  const before = values(emu, "План");
  const professions = records(emu, "professions");
  emu.calls.reset();
  const first = apply(emu, d.token);
  const calls = emu.calls.snapshot();
  const after = values(emu, "План");

  test("appends exactly the previewed rows below the plan, in one setValues under the lock", () => {
    expect(first.added).toBe(d.total);
    const rows = plural(d.total, "строка", "строки", "строк");
    expect(first.message).toBe(
      d.total === 0
        ? "Ничего не добавлено: пробелы уже заполнены."
        : `Добавлено в «План»: ${d.total} ${rows} со статусом «предложено».`,
    );
    expect(after).toHaveLength(before.length + d.total);
    expect(calls["Range.setValues"] ?? 0).toBe(d.total > 0 ? 1 : 0);
    expect(calls["Range.getValues"]).toBe(6); // five tabs, and the appended rows re-checked right before the write
    expect(calls["Lock.waitLock"]).toBe(1);
    expect(calls["Lock.releaseLock"]).toBe(1);
  });

  test("never edits a row: the old rows are as they were", () => {
    expect(after.slice(0, before.length)).toEqual(before);
  });

  test("new rows are «предложено», with a topic, a date in their quarter, and a profession linked to the subject", () => {
    const header = after[0].map(String);
    const col = (name: string) => header.findIndex((h) => h.replace(/\*$/, "") === name);
    const quarters = settingsOf(emu).quarters;
    for (const row of after.slice(before.length)) {
      expect(row[col("Статус")]).toBe("предложено");
      expect(row[col("Тема урока")]).toBe(`Знакомство с профессией: ${row[col("Профессия")]}`);
      const profession = professions.find((p) => p.profession === row[col("Профессия")])!;
      expect(profession.subjects.map(normalizeKey)).toContain(normalizeKey(String(row[col("Предмет")])));
      const date = dateToLocalDate(row[col("Дата")] as Date, ZONE)!;
      const q = quarters[Number(row[col("Четверть")]) - 1];
      expect(toDayNumber(date)).toBeGreaterThanOrEqual(Math.max(toDayNumber(q.start), toDayNumber(today())));
      expect(toDayNumber(date)).toBeLessThanOrEqual(toDayNumber(q.end));
    }
  });

  test("adds no repeat while the thesaurus has an unused linked profession fitting the band; the preview names every forced repeat", () => {
    const bands = records(emu, "bands");
    const plan = records(emu, "plan");
    const added = plan.slice(plan.length - first.added);
    const forced = new Map(d.forcedRepeats.map((f) => [`${normalizeKey(f.subject)}|${f.grade}`, f]));
    const earlier = plan.slice(0, plan.length - first.added);
    let repeats = 0;
    for (const row of added) {
      const key = `${normalizeKey(row.subject)}|${row.grade}`;
      const usedBefore = earlier.filter(
        (r) =>
          r.status !== "cancelled" &&
          normalizeKey(r.subject) === normalizeKey(row.subject) &&
          r.grade === row.grade &&
          normalizeKey(r.profession) === normalizeKey(row.profession),
      ).length;
      const usedAmongAdded = added.filter(
        (r) =>
          r !== row &&
          added.indexOf(r) < added.indexOf(row) &&
          normalizeKey(r.subject) === normalizeKey(row.subject) &&
          r.grade === row.grade &&
          normalizeKey(r.profession) === normalizeKey(row.profession),
      ).length;
      if (usedBefore + usedAmongAdded === 0) continue;
      repeats++;
      // A repeat only where every linked profession fitting the band was already used, and the preview said so.
      const bandKeys = new Set(
        bands.filter((b) => b.grades.includes(row.grade)).map((b) => normalizeKey(b.name)),
      );
      const fitting = professions.filter(
        (p) =>
          p.subjects.some((x) => normalizeKey(x) === normalizeKey(row.subject)) &&
          (p.bands.length === 0 || p.bands.some((b) => bandKeys.has(normalizeKey(b)))),
      );
      const usedInGrade = new Set(
        [...earlier, ...added.slice(0, added.indexOf(row))]
          .filter(
            (r) =>
              r.status !== "cancelled" &&
              normalizeKey(r.subject) === normalizeKey(row.subject) &&
              r.grade === row.grade,
          )
          .map((r) => normalizeKey(r.profession)),
      );
      expect(fitting.every((p) => usedInGrade.has(normalizeKey(p.profession)))).toBe(true);
      expect(forced.get(key)?.professions.map(normalizeKey)).toContain(normalizeKey(row.profession));
    }
    expect(d.forcedRepeats.reduce((n, f) => n + f.lacking, 0)).toBe(repeats);
  });

  test("fills every fillable gap: each subject × grade × quarter not yet over has its 2 (planned + done + suggested)", () => {
    const plan = records(emu, "plan");
    const subjects = records(emu, "subjects");
    const quarters = settingsOf(emu).quarters;
    const now = toDayNumber(today());
    let checked = 0;
    for (const s of subjects) {
      for (const grade of s.grades) {
        for (let q = 1; q <= 4; q++) {
          if (toDayNumber(quarters[q - 1].end) < now) continue;
          const filled = plan.filter(
            (r: PlanEntry) =>
              normalizeKey(r.subject) === normalizeKey(s.subject) &&
              r.grade === grade &&
              r.quarter === q &&
              r.status !== "cancelled",
          ).length;
          expect({ subject: s.subject, grade, q, filled: Math.min(filled, 2) }).toEqual({
            subject: s.subject,
            grade,
            q,
            filled: 2,
          });
          checked++;
        }
      }
    }
    expect(domainSuggestion(emu).rows).toEqual([]);
    if (quarters.some((q) => toDayNumber(q.end) >= now)) expect(checked).toBeGreaterThan(0);
  });

  test("is idempotent: the same token again adds nothing, and a new preview has nothing to add", () => {
    const again = apply(emu, d.token);
    expect(again).toEqual({ added: 0, message: "Ничего не добавлено: пробелы уже заполнены." });
    expect(values(emu, "План")).toEqual(after);
    const next = preview(emu);
    expect(next.total).toBe(0);
    expect(next.bySubject).toEqual([]);
    expect(apply(emu, next.token).added).toBe(0);
    expect(values(emu, "План")).toEqual(after);
  });
});

describe("what the preview promised", () => {
  test("rows the preview did not show are never written: a changed workbook asks to preview again", () => {
    const emu = demo();
    const d = preview(emu);
    if (d.total === 0) return;
    // A teacher cancels a planned introduction of a quarter still under way: a new gap the preview never showed.
    const plan = values(emu, "План");
    const header = plan[0].map((h) => String(h).replace(/\*$/, ""));
    const statusCol = header.indexOf("Статус");
    const q4 = plan.findIndex(
      (r, i) => i > 0 && r[header.indexOf("Четверть")] === 4 && r[statusCol] === "запланировано",
    );
    emu.workbook.sheets.find((s) => s.name === "План")!.cells[q4][statusCol] = { v: "отменено" };
    const before = values(emu, "План");
    const r = emu.runFromClient("applyPlanSuggestion", [d.token]);
    expect(r).toEqual({
      ok: false,
      error: {
        name: "UserError",
        message:
          "План или тезаурус изменились, пока было открыто это окно. Откройте «Предложить план» снова.",
      },
    });
    expect(values(emu, "План")).toEqual(before);
  });

  test("a subset is fine: a gap a teacher filled meanwhile is left out, the rest is written", () => {
    const emu = demo();
    const d = preview(emu);
    const single = d.bySubject.find((s) => s.rows === 1);
    if (!single) return;
    // Where the suggestion for that subject would go: learn it on a copy.
    const probe = createEmulator({ workbook: cloneWorkbook(emu.workbook) });
    const start = values(probe, "План").length;
    apply(probe, preview(probe).token);
    const header = values(probe, "План")[0].map((h) => String(h).replace(/\*$/, ""));
    const row = values(probe, "План")
      .slice(start)
      .find((r) => r[header.indexOf("Предмет")] === single.subject)!;
    const manual = row.map((v, i) => ({
      v: header[i] === "Статус" ? "запланировано" : header[i] === "Дата" ? "" : v,
    }));
    emu.workbook.sheets.find((s) => s.name === "План")!.cells.push(manual);
    const result = apply(emu, d.token);
    expect(result.added).toBe(d.total - 1);
  });

  test("a token that is not one, or not a string, is refused", () => {
    const emu = demo();
    expect(emu.runFromClient("applyPlanSuggestion", ["abc"])).toMatchObject({
      ok: false,
      error: {
        name: "UserError",
        message:
          "Добавление предложенного плана: окно предпросмотра прислало повреждённые данные. Закройте его и откройте «Предложить план» снова.",
      },
    });
    const r = emu.runFromClient("applyPlanSuggestion", [42]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toBe(
      "Добавление предложенного плана: неверные данные — ожидается текст",
    );
    expect(tabReads(emu)).toBe(0);
  });
});

describe("a subject the thesaurus cannot serve", () => {
  /** The school year under way (or being planned), so that some quarter is still ahead. */
  function school(): WorkbookModel {
    const year = yearToSetUp(today());
    const quarters = defaultQuarters(year);
    const settings: RowValues[] = [{ Параметр: "Учебный год", Значение: year }];
    quarters.forEach((q, i) => {
      settings.push({ Параметр: `Начало ${i + 1} четверти`, Значение: moscowDate(q.start) });
      settings.push({ Параметр: `Конец ${i + 1} четверти`, Значение: moscowDate(q.end) });
    });
    return fixtureWorkbook({
      settings,
      bands: [
        { Ступень: "1–4", Классы: "1-4" },
        { Ступень: "5–7", Классы: "5-7" },
      ],
      subjects: [
        { Предмет: "Музыка", Классы: "1-4" },
        { Предмет: "Технология", Классы: "1-7", Учителя: "Петров П. П." },
      ],
      professions: [
        { Профессия: "Столяр", Предметы: "Технология" },
        { Профессия: "Швея", Предметы: "Технология", Ступени: "5–7" },
        { Профессия: "Звукорежиссёр", Предметы: "Музыка", Ступени: "10–11" },
      ],
      plan: [],
    });
  }

  test("it says so instead of inventing a profession; the other subject is filled", () => {
    const emu = createEmulator({ workbook: school() });
    const d = preview(emu);
    const left = settingsOf(emu).quarters.filter((q) => toDayNumber(q.end) >= toDayNumber(today())).length;
    expect(d.noProfessions).toEqual([{ subject: "Музыка", grades: [1, 2, 3, 4], linked: 1 }]);
    expect(d.bySubject.map((s) => s.subject)).toEqual(["Технология"]);
    expect(d.bySubject[0].grades).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(d.total).toBeLessThanOrEqual(7 * left * 2);
    expect(d.total).toBeGreaterThan(0);
    expect(apply(emu, d.token).added).toBe(d.total);
    const plan = records(emu, "plan");
    expect(plan.every((r) => r.subject === "Технология" && ["Столяр", "Швея"].includes(r.profession))).toBe(
      true,
    );
    expect(plan.filter((r) => r.grade <= 4).every((r) => r.profession === "Столяр")).toBe(true);
    expect(plan.every((r) => r.teacher === "Петров П. П.")).toBe(true);
    expect(preview(emu).total).toBe(0);
    expect(preview(emu).noProfessions).toEqual([{ subject: "Музыка", grades: [1, 2, 3, 4], linked: 1 }]);
  });
});
