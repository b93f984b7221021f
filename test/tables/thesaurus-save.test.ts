// Saving a profession as a pure plan: an add is one appended row, an edit one block of its row, a repeat writes nothing.

import { defaultBands } from "../../src/domain/defaults";
import type { Profession, Subject } from "../../src/domain/records";
import type { Cell, Grid } from "../../src/tables/cell";
import { readTable } from "../../src/tables/read";
import { TABS } from "../../src/tables/specs";
import { sizeOf, type TabWrite, withBlocks } from "../../src/tables/tab-write";
import { type ProfessionDraft, planProfessionSave, type ThesaurusSnapshot } from "../../src/tables/thesaurus";
import { headerRow } from "../../src/tables/write";

const ZONE = { timeZone: "Asia/Irkutsk" };
const options = { ...ZONE, locale: "ru" as const };

const subjects: Subject[] = ["Биология", "Информатика", "Технология", "Физика", "Химия"].map((subject) => ({
  subject,
  grades: [5, 6, 7, 8, 9, 10, 11],
  teachers: [],
}));

const HEADER = headerRow(TABS.professions, "ru");

/** Профессии: rows 2–5, then blank rows a sheet may return below the data. */
function professionsGrid(): Cell[][] {
  return [
    HEADER,
    [
      "Агроном",
      "Биология",
      "П",
      "Сельское хозяйство",
      "нет",
      "",
      "",
      "Кедровский аграрный техникум",
      "",
      "zav@school.ru",
    ],
    [
      "Инженер-робототехник",
      "Информатика, Технология",
      "Т",
      "Промышленность",
      "да",
      "Проектирует роботов",
      "программирование, 3D-моделирование",
      "",
      "8–9",
      "",
    ],
    ["Врач", "Биология, Химия", "Ч", "Здравоохранение", "нет", "", "", "", "", ""],
    ["Астрофизик", "Физика", "З", "Наука", "нет", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", "", ""],
  ];
}

function snapshot(grid: Grid): ThesaurusSnapshot {
  return {
    tabName: "Профессии",
    grid,
    professions: readTable(TABS.professions, grid, options),
    subjects,
    bands: defaultBands(),
    locale: "ru",
    timeZone: ZONE.timeZone,
  };
}

/** The draft the sidebar would send for a stored record. */
function draftOf(p: Profession): ProfessionDraft {
  return {
    profession: p.profession,
    subjects: [...p.subjects],
    types: [...p.types],
    isNew: p.isNew,
    industry: p.industry,
    description: p.description,
    competences: [...p.competences],
    whereTaught: p.whereTaught,
    bands: [...p.bands],
  };
}

function recordAt(grid: Grid, row: number): Profession | undefined {
  return readTable(TABS.professions, grid, options).records.find((r) => r.row === row)?.record;
}

function gridAfter(grid: Grid, writes: readonly TabWrite[]): Grid {
  return writes.reduce((g, w) => withBlocks(g, w.blocks), grid);
}

const vet: ProfessionDraft = {
  profession: "  Ветеринар ",
  subjects: ["биология", "Химия"],
  types: ["nature"],
  isNew: false,
  industry: "Сельское хозяйство",
  competences: ["уход за животными"],
  bands: ["8–9", "10–11"],
};

describe("planProfessionSave: add", () => {
  test("one block appended at the row after the last filled one, with «Добавил»", () => {
    const grid = professionsGrid();
    expect(snapshot(grid).professions.errors).toEqual([]);
    const { outcome, writes } = planProfessionSave(snapshot(grid), vet, {}, "teacher@school.ru");
    expect(outcome).toMatchObject({ ok: true, row: 6, created: true, changed: 1 });
    expect(outcome.message).toBe("«Ветеринар» добавлена: строка 6 листа «Профессии».");
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ tab: "professions", name: "Профессии" });
    expect(writes[0].blocks).toEqual([
      {
        row: 6,
        column: 1,
        values: [
          [
            "Ветеринар",
            "Биология, Химия",
            "П",
            "Сельское хозяйство",
            "нет",
            "",
            "уход за животными",
            "",
            "'8–9, 10–11",
            "teacher@school.ru",
          ],
        ],
      },
    ]);
    const after = gridAfter(grid, writes);
    expect(recordAt(after, 6)).toEqual({
      profession: "Ветеринар",
      subjects: ["Биология", "Химия"],
      types: ["nature"],
      industry: "Сельское хозяйство",
      isNew: false,
      competences: ["уход за животными"],
      bands: ["8–9", "10–11"],
      addedBy: "teacher@school.ru",
    });
    if (outcome.ok) expect(outcome.record).toEqual(recordAt(after, 6));
  });

  test("the same draft again: already saved, nothing written", () => {
    const grid = professionsGrid();
    const first = planProfessionSave(snapshot(grid), vet, {}, "teacher@school.ru");
    const after = gridAfter(grid, first.writes);
    const again = planProfessionSave(snapshot(after), vet, {}, "teacher@school.ru");
    expect(again.writes).toEqual([]);
    expect(again.outcome).toMatchObject({ ok: true, row: 6, created: false, changed: 0 });
    expect(again.outcome.message).toContain("уже сохранена");
    expect(again.outcome.message).toBe("«Ветеринар» уже сохранена: строка 6 листа «Профессии».");
    // By another user: still the same saved row, and its «Добавил» stays.
    const other = planProfessionSave(snapshot(after), vet, {}, "other@school.ru");
    expect(other.writes).toEqual([]);
    expect(other.outcome).toMatchObject({ ok: true, row: 6, created: false, changed: 0 });
    if (other.outcome.ok) expect(other.outcome.record.addedBy).toBe("teacher@school.ru");
    // The same name by the same-name rule, every field equal: the same saved row, whatever the spelling.
    const spelled = planProfessionSave(snapshot(after), { ...vet, profession: "ветеринар" }, {}, "");
    expect(spelled.writes).toEqual([]);
    expect(spelled.outcome).toMatchObject({ ok: true, row: 6, created: false, changed: 0 });
    // Another field differs: that is a second entry of the same name, refused.
    const other2 = planProfessionSave(
      snapshot(after),
      { ...vet, profession: "ветеринар", isNew: !vet.isNew },
      {},
      "",
    );
    expect(other2.writes).toEqual([]);
    expect(other2.outcome.ok).toBe(false);
    if (!other2.outcome.ok) expect(other2.outcome.errors.map((e) => e.key)).toEqual(["duplicate"]);
  });

  test("the repeat of an add saved without «Добавил» fills that one cell only", () => {
    const grid = professionsGrid();
    const first = planProfessionSave(snapshot(grid), vet, {}, "");
    expect(first.writes[0].blocks[0].values[0][9]).toBe("");
    const after = gridAfter(grid, first.writes);
    expect(recordAt(after, 6)?.addedBy).toBeUndefined();
    const again = planProfessionSave(snapshot(after), vet, {}, "teacher@school.ru");
    expect(again.outcome).toMatchObject({ ok: true, row: 6, created: false, changed: 0 });
    expect(again.outcome.message).toContain("уже сохранена");
    expect(again.writes).toEqual([
      {
        tab: "professions",
        name: "Профессии",
        blocks: [{ row: 6, column: 10, values: [["teacher@school.ru"]], kept: undefined }],
        readSize: sizeOf(after),
      },
    ]);
    if (again.outcome.ok) expect(again.outcome.record.addedBy).toBe("teacher@school.ru");
    // And once it is there, a third try writes nothing.
    const third = planProfessionSave(snapshot(gridAfter(after, again.writes)), vet, {}, "x@school.ru");
    expect(third.writes).toEqual([]);
  });

  test("a near duplicate warns; accepted, it is added", () => {
    const grid = professionsGrid();
    const draft = { ...vet, profession: "Инженер-роботехник" };
    const warned = planProfessionSave(snapshot(grid), draft, {}, "");
    expect(warned.writes).toEqual([]);
    expect(warned.outcome.ok).toBe(false);
    if (!warned.outcome.ok) {
      expect(warned.outcome.errors).toEqual([]);
      expect(warned.outcome.warnings.map((w) => w.key)).toEqual(["nearDuplicate"]);
    }
    const accepted = planProfessionSave(snapshot(grid), draft, { acceptNear: ["инженер робототехник"] }, "");
    expect(accepted.outcome).toMatchObject({ ok: true, created: true, row: 6 });
    expect(accepted.writes).toHaveLength(1);
  });

  test("an unknown subject or band is an error and nothing is written", () => {
    const grid = professionsGrid();
    const bad = planProfessionSave(
      snapshot(grid),
      { ...vet, subjects: ["Астрология"], bands: ["1–11"] },
      {},
      "",
    );
    expect(bad.writes).toEqual([]);
    expect(bad.outcome.ok).toBe(false);
    if (!bad.outcome.ok)
      expect(bad.outcome.errors.map((e) => e.key)).toEqual(["subjectUnknown", "bandUnknown"]);
  });
});

describe("planProfessionSave: the same-name rule", () => {
  const cases: [string, string][] = [
    ["инженер робототехник", "Инженер-робототехник"],
    ["Врач.", "Врач"],
    ["\u0410строфизик".replace("\u0410", "A"), "Астрофизик"],
    ["  ВРАЧ  ", "Врач"],
  ];

  test.each(cases)("«%s» is «%s» again: a duplicate error, nothing written", (name, existing) => {
    const grid = professionsGrid();
    const { outcome, writes } = planProfessionSave(
      snapshot(grid),
      { ...vet, profession: name },
      {},
      "t@s.ru",
    );
    expect(writes).toEqual([]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.gone).toBeUndefined();
    expect(outcome.errors).toEqual([
      expect.objectContaining({
        field: "profession",
        key: "duplicate",
        params: expect.objectContaining({ profession: existing }),
      }),
    ]);
    expect(outcome.errors[0].text).toBe(`Профессия «${existing}» уже есть в тезаурусе.`);
    expect(outcome.message).toBe("Исправьте отмеченные поля.");
  });

  test("a Latin letter in the name is really there (the case is not vacuous)", () => {
    expect(cases[2][0]).not.toBe("Астрофизик");
    expect(cases[2][0].charCodeAt(0)).toBe(0x41);
  });

  test("renaming a row to another row's name is a duplicate; to its own name in another spelling is not", () => {
    const grid = professionsGrid();
    const agronomist = recordAt(grid, 2)!;
    const clash = planProfessionSave(
      snapshot(grid),
      { ...draftOf(agronomist), profession: "врач" },
      { row: 2, expectedName: "Агроном" },
      "",
    );
    expect(clash.writes).toEqual([]);
    expect(clash.outcome.ok).toBe(false);
    if (!clash.outcome.ok) expect(clash.outcome.errors.map((e) => e.key)).toEqual(["duplicate"]);

    const doctor = recordAt(grid, 4)!;
    const own = planProfessionSave(
      snapshot(grid),
      { ...draftOf(doctor), profession: "Врач." },
      { row: 4, expectedName: "Врач" },
      "",
    );
    expect(own.outcome).toMatchObject({ ok: true, row: 4, created: false, changed: 1 });
    expect(own.writes[0].blocks).toEqual([{ row: 4, column: 1, values: [["Врач."]], kept: undefined }]);
  });
});

describe("planProfessionSave: edit", () => {
  test("subjects, «Где обучают» and «Ступени» changed: exactly one block for that row, cells between kept", () => {
    const grid = professionsGrid();
    const stored = recordAt(grid, 3)!;
    const draft: ProfessionDraft = {
      ...draftOf(stored),
      subjects: ["Информатика", "физика"],
      whereTaught: "ИРНИТУ",
      bands: ["8–9", "10–11"],
    };
    const { outcome, writes } = planProfessionSave(
      snapshot(grid),
      draft,
      { row: 3, expectedName: "Инженер-робототехник" },
      "",
    );
    expect(outcome).toMatchObject({ ok: true, row: 3, created: false, changed: 3 });
    expect(outcome.message).toBe("«Инженер-робототехник» сохранена: строка 3 листа «Профессии».");
    expect(writes).toHaveLength(1);
    expect(writes[0].readSize).toEqual(sizeOf(grid));
    expect(writes[0].blocks).toEqual([
      {
        row: 3,
        column: 2,
        values: [
          [
            "Информатика, Физика",
            "Т",
            "Промышленность",
            "да",
            "Проектирует роботов",
            "программирование, 3D-моделирование",
            "ИРНИТУ",
            "'8–9, 10–11",
          ],
        ],
        kept: [[false, true, true, true, true, true, false, false]],
      },
    ]);
    const after = gridAfter(grid, writes);
    expect(recordAt(after, 3)).toEqual({
      ...stored,
      subjects: ["Информатика", "Физика"],
      whereTaught: "ИРНИТУ",
      bands: ["8–9", "10–11"],
    });
    // Every other row is as it was.
    for (const r of [1, 2, 4, 5, 6, 7]) expect(after[r - 1]).toEqual(grid[r - 1]);
  });

  test("the stored «Добавил» stays, and the saved record carries it", () => {
    const grid = professionsGrid();
    const stored = recordAt(grid, 2)!;
    const { outcome, writes } = planProfessionSave(
      snapshot(grid),
      { ...draftOf(stored), description: "Выращивает урожай" },
      { row: 2, expectedName: "Агроном" },
      "someone@else.ru",
    );
    expect(writes[0].blocks).toEqual([
      { row: 2, column: 6, values: [["Выращивает урожай"]], kept: undefined },
    ]);
    if (outcome.ok) expect(outcome.record.addedBy).toBe("zav@school.ru");
  });

  test("an edit with nothing changed writes nothing", () => {
    const grid = professionsGrid();
    const stored = recordAt(grid, 3)!;
    const draft = {
      ...draftOf(stored),
      subjects: ["технология", "информатика"].reverse(),
      industry: " Промышленность ",
    };
    const { outcome, writes } = planProfessionSave(
      snapshot(grid),
      draft,
      { row: 3, expectedName: "Инженер-робототехник" },
      "",
    );
    expect(writes).toEqual([]);
    expect(outcome).toMatchObject({ ok: true, row: 3, created: false, changed: 0 });
    expect(outcome.message).toContain("ничего не изменилось");
    expect(outcome.message).toBe("В «Инженер-робототехник» ничего не изменилось.");
  });

  test("a row that moved is found again by its name", () => {
    const grid = professionsGrid();
    const stored = recordAt(grid, 3)!;
    // Someone inserted a row above it: the sidebar's row 3 is now «Пекарь».
    const moved = [
      grid[0],
      grid[1],
      ["Пекарь", "Химия", "Т", "", "нет", "", "", "", "", ""],
      ...grid.slice(2),
    ];
    const { outcome, writes } = planProfessionSave(
      snapshot(moved),
      { ...draftOf(stored), whereTaught: "ИРНИТУ" },
      { row: 3, expectedName: "Инженер-робототехник" },
      "",
    );
    expect(outcome).toMatchObject({ ok: true, row: 4, changed: 1 });
    expect(writes[0].blocks).toEqual([{ row: 4, column: 8, values: [["ИРНИТУ"]], kept: undefined }]);
    expect(recordAt(gridAfter(moved, writes), 3)?.profession).toBe("Пекарь");

    // The name as the sidebar saw it may be spelled another way: the same-name rule finds the row.
    const spelled = planProfessionSave(
      snapshot(moved),
      { ...draftOf(stored), whereTaught: "ИРНИТУ" },
      { row: 7, expectedName: "инженер робототехник" },
      "",
    );
    expect(spelled.outcome).toMatchObject({ ok: true, row: 4 });
  });

  test("a row that is gone: ok false, gone, nothing written", () => {
    const grid = professionsGrid();
    const { outcome, writes } = planProfessionSave(
      snapshot(grid),
      { ...vet, profession: "Пекарь" },
      { row: 3, expectedName: "Пекарь" },
      "",
    );
    expect(writes).toEqual([]);
    expect(outcome).toMatchObject({ ok: false, gone: true, errors: [], warnings: [] });
    expect(outcome.message).toContain("«Пекарь» не найдена");

    // Deleted rows below: the number points past the data.
    const shorter = grid.slice(0, 3);
    const past = planProfessionSave(
      snapshot(shorter),
      { ...vet, profession: "Врач" },
      { row: 4, expectedName: "Врач" },
      "",
    );
    expect(past.outcome).toMatchObject({ ok: false, gone: true });
    expect(past.writes).toEqual([]);
  });
});
