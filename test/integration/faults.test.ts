// Issue 8: a fault injected at every service call of setup, demo fill, profession save and plan apply; after each,
// a re-run must leave the workbook equal to the clean run's, formats and validations included.

import type { Emulator } from "../../emulator/index";
import { newSheet, newWorkbook, type SheetModel, type WorkbookModel } from "../../emulator/model";
import type { MyPlanChange } from "../../src/domain/my-plan";
import type { AttendanceData } from "../../src/gas/attendance";
import type { EquipmentData } from "../../src/gas/equipment";
import type { MyPlanData } from "../../src/gas/my-plan";
import type { ThesaurusData } from "../../src/gas/thesaurus";
import {
  client,
  copyWorkbook,
  demo,
  eventDraft,
  formatSummary,
  isRussianMessage,
  openAt,
  SWEEP_NOW,
  type SweepSummary,
  sweep,
  valueWritesAndStride,
} from "./fault-sweep";
import { readinessAnswers, readinessWorkbook, withResponse } from "./questionnaire-fixtures";
import { SUMMARY_TABS, tinySchool } from "./summaries-fixtures";

const SWEEP_TIMEOUT = 180_000;

/** Sets a row of plain values, as a person typing them leaves the cells (no formats). */
function typeRow(s: SheetModel, row: number, cells: (string | number)[]): void {
  s.cells[row - 1] ??= [];
  cells.forEach((v, i) => {
    s.cells[row - 1][i] = { v };
  });
}

/**
 * A workbook people started on their own before the add-on: «Ученики» (the starter sheet renamed) with columns in
 * their order and a column of their own, «Классы» with a note column and without Классный руководитель and
 * Профиль, «Настройки» with three parameters and a comment column. Setup must append columns, parameters, formats
 * and dropdowns around what is there, and create the 15 other tabs.
 */
function halfSetUp(): WorkbookModel {
  const wb = newWorkbook();
  const pupils = wb.sheets[0];
  pupils.name = "Ученики";
  typeRow(pupils, 1, ["класс", "Мои заметки", "КОД*"]);
  typeRow(pupils, 2, ["8А", "заметка", "У-001"]);
  typeRow(pupils, 3, ["8Б", "", "У-002"]);
  const classes = newSheet(wb, "Классы");
  typeRow(classes, 1, ["Класс", "Параллель", "Примечание"]);
  typeRow(classes, 2, ["8А", 8, "физмат"]);
  typeRow(classes, 3, ["8Б", 8, ""]);
  const settings = newSheet(wb, "Настройки");
  typeRow(settings, 1, ["Параметр", "Значение", "Комментарий"]);
  typeRow(settings, 2, ["Школа", "Школа № 5", "наша"]);
  typeRow(settings, 3, ["Учебный год", "2026/2027", ""]);
  typeRow(settings, 4, ["Язык", "ru", ""]);
  wb.sheets.push(classes, settings);
  return wb;
}

const summaries: SweepSummary[] = [];
/**
 * `harnessCalls`: the first calls of the run that are the test's own (a trigger's event built in the bundle's realm):
 * a fault there never reaches a user, so its text is not checked.
 */
function check(summary: SweepSummary, harnessCalls = 0): void {
  summaries.push(summary);
  console.log(formatSummary(summary));
  expect(summary.cleanError).toBeNull();
  expect(summary.tried).toBeGreaterThan(0);
  // Issue 15: whatever call failed, the user read Russian (the boundary's message), never Google's English.
  expect(summary.errors.filter((e) => e.k > harnessCalls && !isRussianMessage(e.error))).toEqual([]);
  expect({
    diverged: summary.outcomes.diverged,
    kinds: summary.kinds.map((k) => `${k.points} × ${k.kind}`),
  }).toEqual({ diverged: 0, kinds: [] });
}

afterAll(() => {
  const rows = summaries.map((s) => {
    const o = s.outcomes;
    return `${s.operation.padEnd(34)} N=${String(s.calls).padStart(4)} tried=${String(s.tried).padStart(4)} threw→ok=${o.threwThenConverged} ok→ok=${o.noErrorConverged} diverged=${o.diverged} (ok with re-run throwing: ${s.convergedRerunThrew}) ${(s.ms / 1000).toFixed(1)}s (CPU ${(s.cpuMs / 1000).toFixed(1)}s)`;
  });
  console.log(`fault sweep (operations × fault points):\n${rows.join("\n")}`);
});

describe("a fault at any service call, then a re-run, gives the clean run's workbook", () => {
  test(
    "setup on an empty workbook",
    () => {
      check(
        sweep({ name: "setup (empty book)", prepare: newWorkbook, run: (emu) => emu.call("setupWorkbook") }),
      );
    },
    SWEEP_TIMEOUT,
  );

  test(
    "setup on a half-set-up workbook (tabs a person typed)",
    () => {
      check(
        sweep({
          name: "setup (half-set-up book)",
          prepare: halfSetUp,
          run: (emu) => emu.call("setupWorkbook"),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );

  test(
    "demo fill on an empty workbook (sampled: every value write, the last calls, every 50th call)",
    () => {
      // A point costs a whole demo school written twice (~0.5–0.8 s), so not all ~500 are tried: every call that
      // writes values or grows a grid (each leaves a distinct half-written school), the last three calls, and every
      // 50th call besides. Sheet creation, formats and rules are the setup code the two sweeps above try in full.
      const select = valueWritesAndStride(50);
      check(
        sweep({
          name: "demo fill (empty book)",
          prepare: newWorkbook,
          run: (emu) => emu.call("fillDemoData"),
          select,
        }),
      );
    },
    SWEEP_TIMEOUT,
  );

  test(
    "profession save: add",
    () => {
      const draft = {
        profession: "Оператор беспилотных систем",
        subjects: ["Физика", "Информатика"],
        types: ["technics", "sign"],
        isNew: true,
        industry: "Транспорт",
        description: "Управляет беспилотниками и обрабатывает их данные.",
        competences: ["пространственное мышление", "программирование"],
        whereTaught: "Колледж связи № 54",
        bands: ["8–9", "10–11"],
      };
      check(
        sweep({
          name: "profession save (add)",
          prepare: demo,
          run: (emu) => client(emu, "saveProfession", draft),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );

  test(
    "profession save: edit of subjects, «Где обучают» and «Ступени» at once",
    () => {
      const data = client(openAt(demo()), "getThesaurus") as ThesaurusData;
      const entry = data.professions.find((p) => p.profession === "Программист") ?? data.professions[0];
      const extra = data.subjects.find((s) => !entry.subjects.includes(s))!;
      const bands = data.bands.filter((b) => !(entry.bands ?? []).includes(b)).slice(0, 2);
      const { row, ...fields } = entry;
      const draft = {
        ...fields,
        subjects: [...entry.subjects, extra],
        whereTaught: `${entry.whereTaught ?? ""} Технопарк «Кванториум»`.trim(),
        bands,
      };
      const options = { row, expectedName: entry.profession };
      // The clean edit changes exactly these three cells (Предметы, Где обучают, Ступени).
      expect(client(openAt(demo()), "saveProfession", draft, options)).toMatchObject({
        ok: true,
        changed: 3,
      });
      check(
        sweep({
          name: "profession save (edit)",
          prepare: demo,
          run: (emu) => client(emu, "saveProfession", draft, options),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );

  test(
    "equipment save: add an item linked to two professions",
    () => {
      const draft = {
        room: "Кабинет физики",
        name: "Конструктор «Юный электрик»",
        quantity: 6,
        condition: "ok",
        subjects: ["Физика"],
        professions: ["Электромонтёр", "Инженер-энергетик"],
        digital: false,
      };
      check(
        sweep({
          name: "equipment save (add)",
          prepare: demo,
          run: (emu) => client(emu, "saveEquipmentItem", draft),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );

  test(
    "equipment save: edit of condition, quantity and note at once",
    () => {
      const data = client(openAt(demo()), "getEquipment") as EquipmentData;
      const entry = data.equipment.find((e) => e.condition === "broken") ?? data.equipment[0];
      const { row, ...seen } = entry;
      const draft = { ...seen, condition: "ok", quantity: (seen.quantity ?? 1) + 1, note: "отремонтировано" };
      const options = { row, seen };
      expect(client(openAt(demo()), "saveEquipmentItem", draft, options)).toMatchObject({
        ok: true,
        changed: 3,
      });
      check(
        sweep({
          name: "equipment save (edit)",
          prepare: demo,
          run: (emu) => client(emu, "saveEquipmentItem", draft, options),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );

  test(
    "plan apply on the demo school",
    () => {
      const preview = client(openAt(demo()), "getPlanSuggestion") as { total: number; token: string };
      expect(preview.total).toBeGreaterThan(0);
      check(
        sweep({
          name: "plan apply (demo school)",
          prepare: demo,
          run: (emu) => client(emu, "applyPlanSuggestion", preview.token),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );
  test(
    "«Мой план» save: an introduction added into a gap (and a lesson marked held, where the subject has one due)",
    () => {
      const first = client(openAt(demo()), "getMyPlan") as MyPlanData;
      let found: { subject: string; changes: MyPlanChange[] } | undefined;
      for (const subject of first.subjects) {
        const view = (client(openAt(demo()), "getMyPlan", subject) as MyPlanData).view!;
        const live = view.quarters.filter((q) => !q.ended);
        const gap = view.grades
          .flatMap((g) => g.cells.map((c) => ({ g, c })))
          .find(
            ({ g, c }) => g.unused.length > 0 && c.missing > 0 && live.some((q) => q.quarter === c.quarter),
          );
        const held = view.grades
          .flatMap((g) => g.cells.flatMap((c) => c.entries))
          .find((e) => e.status === "planned" && e.date !== undefined && e.date <= view.today);
        if (!gap) continue;
        const q = view.quarters[gap.c.quarter - 1];
        found = {
          subject,
          changes: [
            ...(held
              ? [{ kind: "done" as const, row: held.row, version: held.version, date: held.date! }]
              : []),
            {
              kind: "add",
              grade: gap.g.grade,
              quarter: q.quarter,
              profession: gap.g.unused[0],
              date: view.today > q.start ? view.today : q.start,
            },
          ],
        };
        break;
      }
      expect(found).toBeDefined();
      const { subject, changes } = found!;
      expect(client(openAt(demo()), "saveMyPlan", subject, changes)).toMatchObject({ ok: true });
      check(
        sweep({
          name: "«Мой план» save (held + add)",
          prepare: demo,
          run: (emu) => client(emu, "saveMyPlan", subject, changes),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );

  test(
    "attendance save: a class of the demo school marked, one pupil absent",
    () => {
      const data = client(openAt(demo()), "getAttendance") as AttendanceData;
      const event = data.events.find((e) => e.classes.some((c) => (data.pupils[c] ?? []).length > 0))!;
      const className = event.classes.find((c) => (data.pupils[c] ?? []).length > 0)!;
      const marks = data.pupils[className].map((p, i) => ({
        code: p.code,
        mark: i === 0 ? "absent" : "present",
      }));
      const input = { eventId: event.id, className, marks };
      expect(client(openAt(demo()), "saveAttendance", input)).toMatchObject({ ok: true });
      check(
        sweep({
          name: "attendance save (demo class)",
          prepare: demo,
          run: (emu) => client(emu, "saveAttendance", input),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );
  test(
    "event save: a new event in the demo school (its id given inside the lock, the high-water mark recorded)",
    () => {
      const draft = eventDraft("Встреча с агрономом СХПК", "8А, 8Б");
      expect(client(openAt(demo()), "saveEvent", draft)).toMatchObject({ ok: true });
      check(
        sweep({
          name: "event save (demo school)",
          prepare: demo,
          run: (emu) => client(emu, "saveEvent", draft),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );
});

describe("issue 15: the write operations the sweeps above did not cover", () => {
  test(
    "resource save: add",
    () => {
      const draft = {
        name: "Точка роста",
        kind: "practice",
        bands: ["8–9"],
        subjects: ["Физика"],
        component: "interests",
      };
      check(
        sweep({
          name: "resource save (add)",
          prepare: demo,
          run: (emu) => client(emu, "saveResource", draft),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );

  test(
    "a ready questionnaire added by its Id (three tabs appended to)",
    () => {
      check(
        sweep({
          name: "ready questionnaire (ОТЗЫВ)",
          prepare: demo,
          run: (emu) => client(emu, "addReadyQuestionnaireById", "ОТЗЫВ"),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );
});

describe("questionnaires: a fault at any service call of a submission or of rescoring, then a re-run", () => {
  /** The trigger for row 3 of «Ответы — ТЕСТ», with the event Google would send. */
  const submitRow3 = (emu: Emulator) => {
    const status = emu.evaluate<string>(`(function () {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Ответы — ТЕСТ");
      var range = sheet.getRange(3, 1, 1, sheet.getLastColumn());
      return onQuestionnaireSubmit({ range: range, values: range.getDisplayValues()[0], namedValues: {} }).status;
    })()`);
    if (status !== "scored") throw new Error(`not scored: ${status}`);
  };

  test(
    "a submission scored into «Результаты анкет»",
    () => {
      // The event is built with five calls (spreadsheet, tab, last column, range, values) before the trigger runs.
      check(sweep({ name: "questionnaire submission", prepare: withResponse, run: submitRow3 }), 5);
    },
    SWEEP_TIMEOUT,
  );

  test(
    "rescoring from «Ответы — …»",
    () => {
      check(
        sweep({
          name: "questionnaire rescoring",
          prepare: withResponse,
          run: (emu) => emu.call("rescoreQuestionnaires"),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );
});

describe("the readiness questionnaire: a fault at any call of a submission or of rescoring, then a re-run", () => {
  /**
   * The teacher's rows in «Выбор экзаменов», the readiness form made, one response scored (a row appended) and a
   * second one arrived, its trigger not yet run.
   */
  let prepared: WorkbookModel | undefined;
  function withResponse(): WorkbookModel {
    if (!prepared) {
      const emu = openAt(readinessWorkbook());
      emu.uiScript.promptAnswers.push({ button: "OK", text: "ГОТОВНОСТЬ" });
      emu.call("addReadyQuestionnaire");
      emu.call("createQuestionnaireForm", "ГОТОВНОСТЬ");
      const form = emu.workbook.forms![0];
      emu.submitForm(form.id, readinessAnswers(form, "9А-01", ["Физика"]));
      emu.services.state.triggers.restore({ records: [], nextUid: 1 });
      emu.submitForm(form.id, readinessAnswers(form, "9А-03", ["Химия", "Биология"], 2));
      prepared = emu.workbook;
    }
    return copyWorkbook(prepared);
  }
  const submitRow3 = (emu: Emulator) => {
    const status = emu.evaluate<string>(`(function () {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Ответы — ГОТОВНОСТЬ");
      var range = sheet.getRange(3, 1, 1, sheet.getLastColumn());
      return onQuestionnaireSubmit({ range: range, values: range.getDisplayValues()[0], namedValues: {} }).status;
    })()`);
    if (status !== "scored") throw new Error(`not scored: ${status}`);
  };

  test(
    "a submission appended to «Выбор экзаменов» (the teacher's rows kept) and its per-class view made",
    () => {
      check(sweep({ name: "readiness submission", prepare: withResponse, run: submitRow3 }), 5);
    },
    SWEEP_TIMEOUT,
  );

  test(
    "rescoring: the missing row appended, the view made",
    () => {
      check(
        sweep({
          name: "readiness rescoring",
          prepare: withResponse,
          run: (emu) => emu.call("rescoreQuestionnaires"),
        }),
      );
    },
    SWEEP_TIMEOUT,
  );
});

describe("refreshSummaries: a fault at any call keeps the previous summaries whole, and a re-run ends as a clean run", () => {
  /** A small school (the demo cut to 40 rows a tab) with last week's six summary tabs on it. */
  let prepared: WorkbookModel | undefined;
  function withSummaries(): WorkbookModel {
    if (!prepared) {
      const emu = openAt(tinySchool(), new Date(SWEEP_NOW.getTime() - 7 * 86_400_000));
      emu.call("refreshSummaries");
      prepared = emu.workbook;
    }
    return copyWorkbook(prepared);
  }
  /** What a person sees of the six tabs and where they stand (ids aside); every sheet's name. */
  const summaryState = (wb: WorkbookModel) =>
    JSON.stringify({
      names: wb.sheets.map((s) => s.name),
      tabs: wb.sheets
        .filter((s) => SUMMARY_TABS.includes(s.name))
        .map((s) => ({
          ...s,
          id: 0,
          charts: s.charts.map((c) => ({ ...c, id: 0 })),
          protections: s.protections.map((x) => ({ ...x, id: 0 })),
          metadata: s.metadata.map((x) => ({ ...x, id: 0 })),
        })),
    });

  test(
    "every call that makes, fills, names or deletes a sheet, the last calls and every 10th besides",
    () => {
      const previous = summaryState(withSummaries());
      // A clean run changes them (last week's stamp and figures), so «kept as they were» is a real check.
      const clean = openAt(withSummaries());
      clean.call("refreshSummaries");
      expect(summaryState(clean.workbook)).not.toBe(previous);
      const broken: string[] = [];
      let k = 0;
      // Every call that creates, names, deletes or fills a sheet, and each kind of format once a tab; column widths
      // (61 calls, all alike on a temporary sheet) by the stride.
      const writes =
        /^(Spreadsheet\.(insertSheet|deleteSheet)|Sheet\.(addDeveloperMetadata|setName|insert\w+|setFrozenRows|protect)|Range\.set\w+|Protection\.set\w+)$/;
      check(
        sweep({
          name: "refreshSummaries (small school)",
          prepare: withSummaries,
          run: (emu) => {
            k++;
            try {
              emu.call("refreshSummaries");
            } catch (e) {
              // A failed run: the previous six tabs exactly as they were, and no temporary tab.
              if (summaryState(emu.workbook) !== previous) broken.push(`run ${k}: ${String(e).slice(0, 80)}`);
              throw e;
            }
          },
          rerun: (emu) => emu.call("refreshSummaries"),
          select: (i, method, calls) => writes.test(method) || i > calls - 3 || i % 10 === 1,
        }),
      );
      expect(broken).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );
});
