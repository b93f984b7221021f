// Issue 15, part 1: every global of the built bundle, a Google fault injected at each of its service calls in turn —
// the text that reaches the user is Russian (the boundary's message: the operation, what was saved, what to do), never
// Google's English. The convergence of the writes after such a fault is faults.test.ts's; here only the words count,
// so one emulator serves every point of an operation (a fault changes at most what a re-run would).

import type { Emulator } from "../../emulator/index";
import { newWorkbook, type WorkbookModel } from "../../emulator/model";
import type { AttendanceData } from "../../src/gas/attendance";
import {
  client,
  copyWorkbook,
  demo,
  eventDraft,
  isRussianMessage,
  openAt,
  TIMEOUT_FAULT,
} from "./fault-sweep";
import { workbook as questionnaireWorkbook, withResponse } from "./questionnaire-fixtures";

/** The other faults Google raises, tried at a few points of each operation besides the timeout at every point. */
const OTHER_FAULTS = [
  "Exception: Service error: Spreadsheets",
  "Exception: Service invoked too many times for one day: spreadsheets.",
  "Exception: You do not have permission to access the requested document.",
];

let demoToken: string | undefined;
let marked: unknown;

/** Fault points tried per operation at most: a generated tab's rebuild runs ~1 s, its every call is not needed here. */
const POINTS = 3;

/** The event Google would send for row 3 of «Ответы — ТЕСТ», made before the calls are counted. */
const eventRow3 = (emu: Emulator) =>
  emu.evaluate(`(function () {
    var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Ответы — ТЕСТ");
    var range = sheet.getRange(3, 1, 1, sheet.getLastColumn());
    globalThis.testEvent = { range: range, values: range.getDisplayValues()[0], namedValues: {} };
  })()`);
const submitRow3 = (emu: Emulator) => emu.evaluate("onQuestionnaireSubmit(globalThis.testEvent)");

interface Operation {
  prepare: () => WorkbookModel;
  /** What the test needs before the operation's calls are counted (the trigger's event). */
  before?: (emu: Emulator) => void;
  run: (emu: Emulator) => unknown;
  /** A fresh emulator for each point (the operation refuses a second run, e.g. a form already made). */
  fresh?: boolean;
  /**
   * Points to try at most (evenly spread, the first and last included; default POINTS): every call of a write is
   * tried with the convergence check in faults.test.ts, whose messages are checked there too.
   */
  points?: number;
}

const draft = {
  profession: "Оператор беспилотных систем",
  subjects: ["Физика"],
  types: ["technics"],
  isNew: true,
  competences: ["программирование"],
  bands: ["8–9"],
};

/** Every global of the bundle, with a run that succeeds on a clean workbook. */
const OPERATIONS: Record<string, Operation> = {
  onOpen: { prepare: demo, run: (emu) => emu.call("onOpen") },
  onInstall: { prepare: demo, run: (emu) => emu.call("onInstall") },
  showHelp: { prepare: demo, run: (emu) => emu.call("showHelp") },
  getHelp: { prepare: demo, run: (emu) => client(emu, "getHelp") },
  setupWorkbook: { prepare: newWorkbook, run: (emu) => emu.call("setupWorkbook"), fresh: true, points: 3 },
  validateData: { prepare: demo, run: (emu) => emu.call("validateData") },
  fillDemoData: {
    prepare: () => {
      const emu = openAt(newWorkbook());
      emu.call("setupWorkbook");
      return emu.workbook;
    },
    run: (emu) => emu.call("fillDemoData"),
    fresh: true,
    points: 3,
  },
  showThesaurusSidebar: { prepare: demo, run: (emu) => emu.call("showThesaurusSidebar") },
  showThesaurusForSubject: { prepare: demo, run: (emu) => emu.call("showThesaurusForSubject", "Физика") },
  getThesaurus: { prepare: demo, run: (emu) => client(emu, "getThesaurus") },
  saveProfession: { prepare: demo, run: (emu) => client(emu, "saveProfession", draft) },
  refreshPlanCoverage: { prepare: demo, run: (emu) => emu.call("refreshPlanCoverage") },
  showPlanSidebar: { prepare: demo, run: (emu) => emu.call("showPlanSidebar") },
  getMyPlan: { prepare: demo, run: (emu) => client(emu, "getMyPlan", "Физика") },
  saveMyPlan: {
    prepare: demo,
    // Refused or saved, the answer is the product's; only a thrown failure counts here.
    run: (emu) => {
      const change = { kind: "add", grade: 8, quarter: 2, profession: "Агроном", date: "2026-11-20" };
      const r = emu.runFromClient("saveMyPlan", ["Физика", [change]]);
      if (!r.ok) throw new Error(r.error.message);
    },
  },
  suggestPlan: { prepare: demo, run: (emu) => emu.call("suggestPlan") },
  getPlanSuggestion: { prepare: demo, run: (emu) => client(emu, "getPlanSuggestion") },
  applyPlanSuggestion: {
    prepare: demo,
    run: (emu) => {
      demoToken ??= (client(openAt(demo()), "getPlanSuggestion") as { token: string }).token;
      return client(emu, "applyPlanSuggestion", demoToken);
    },
    fresh: true,
    points: 3,
  },
  showAttendanceSidebar: { prepare: demo, run: (emu) => emu.call("showAttendanceSidebar") },
  getAttendance: { prepare: demo, run: (emu) => client(emu, "getAttendance") },
  saveAttendance: {
    prepare: demo,
    run: (emu) => {
      if (!marked) {
        const data = client(openAt(demo()), "getAttendance") as AttendanceData;
        const event = data.events.find((e) => e.classes.some((c) => (data.pupils[c] ?? []).length > 0))!;
        const className = event.classes.find((c) => (data.pupils[c] ?? []).length > 0)!;
        const marks = data.pupils[className].map((p) => ({ code: p.code, mark: "present" }));
        marked = { eventId: event.id, className, marks };
      }
      return client(emu, "saveAttendance", marked);
    },
  },
  showClassView: { prepare: demo, run: (emu) => client(emu, "showClassView", "8А") },
  pickClassView: { prepare: demo, run: (emu) => emu.call("pickClassView") },
  getClassViewClasses: { prepare: demo, run: (emu) => client(emu, "getClassViewClasses") },
  showEventSidebar: { prepare: demo, run: (emu) => emu.call("showEventSidebar") },
  getEvents: { prepare: demo, run: (emu) => client(emu, "getEvents") },
  saveEvent: {
    prepare: demo,
    run: (emu) => client(emu, "saveEvent", eventDraft()),
  },
  showEquipmentSidebar: { prepare: demo, run: (emu) => emu.call("showEquipmentSidebar") },
  getEquipment: { prepare: demo, run: (emu) => client(emu, "getEquipment") },
  saveEquipmentItem: {
    prepare: demo,
    run: (emu) =>
      client(emu, "saveEquipmentItem", {
        room: "Кабинет физики",
        name: "Конструктор",
        quantity: 2,
        condition: "ok",
        subjects: ["Физика"],
        professions: [],
        digital: false,
      }),
  },
  saveResource: {
    prepare: demo,
    run: (emu) =>
      client(emu, "saveResource", {
        name: "Точка роста",
        kind: "practice",
        bands: ["8–9"],
        subjects: ["Физика"],
        component: "interests",
      }),
  },
  refreshEquipmentAnalysis: { prepare: demo, run: (emu) => emu.call("refreshEquipmentAnalysis") },
  refreshSummaries: { prepare: demo, run: (emu) => emu.call("refreshSummaries") },
  addReadyQuestionnaire: {
    prepare: demo,
    run: (emu) => {
      emu.uiScript.promptAnswers.push({ button: "OK", text: "ОТЗЫВ" });
      return emu.call("addReadyQuestionnaire");
    },
  },
  createQuestionnaireFormMenu: {
    prepare: questionnaireWorkbook,
    run: (emu) => {
      emu.uiScript.promptAnswers.push({ button: "OK", text: "ТЕСТ" });
      return emu.call("createQuestionnaireFormMenu");
    },
    fresh: true,
    points: 3,
  },
  createQuestionnaireForm: {
    prepare: questionnaireWorkbook,
    run: (emu) => client(emu, "createQuestionnaireForm", "ТЕСТ"),
    fresh: true,
    points: 3,
  },
  onQuestionnaireSubmit: { prepare: withResponse, before: eventRow3, run: submitRow3 },
  repairFormTrigger: { prepare: withResponse, run: (emu) => client(emu, "repairFormTrigger") },
  rescoreQuestionnaires: { prepare: withResponse, run: (emu) => emu.call("rescoreQuestionnaires") },
  showQuestionnairesSidebar: { prepare: demo, run: (emu) => emu.call("showQuestionnairesSidebar") },
  getQuestionnaires: { prepare: demo, run: (emu) => client(emu, "getQuestionnaires") },
  addReadyQuestionnaireById: {
    prepare: demo,
    run: (emu) => client(emu, "addReadyQuestionnaireById", "ОТЗЫВ"),
  },
};

function attempt(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { message?: string })?.message ?? String(e);
  }
}

interface Tally {
  operation: string;
  calls: number;
  tried: number;
  threw: number;
  notRussian: string[];
}

const tallies: Tally[] = [];

afterAll(() => {
  const sum = (f: (t: Tally) => number) => tallies.reduce((n, t) => n + f(t), 0);
  const lines = tallies.map(
    (t) =>
      `${t.operation.padEnd(28)} N=${String(t.calls).padStart(4)} tried=${String(t.tried).padStart(4)} threw=${String(t.threw).padStart(4)} not Russian=${t.notRussian.length}`,
  );
  console.log(
    `failure messages (globals × fault points):\n${lines.join("\n")}\n` +
      `total: ${sum((t) => t.tried)} points, ${sum((t) => t.threw)} reached the user, ${sum((t) => t.notRussian.length)} not Russian`,
  );
});

/** The operation's clean run (N calls), then a fault at each selected call: every message that comes back is Russian. */
function sweepMessages(name: string, op: Operation): Tally {
  const clean = openAt(op.prepare());
  op.before?.(clean);
  clean.calls.reset();
  const cleanError = attempt(() => op.run(clean));
  expect({ name, cleanError }).toEqual({ name, cleanError: null });
  const calls = clean.calls.totalCalls;
  const tally: Tally = { operation: name, calls, tried: 0, threw: 0, notRussian: [] };
  let emu = openAt(op.prepare());
  const most = op.points ?? POINTS;
  const ks = new Set<number>();
  for (let i = 0; i < Math.min(most, calls); i++)
    ks.add(1 + Math.round((i * (calls - 1)) / Math.max(1, Math.min(most, calls) - 1)));
  for (const k of ks) {
    const faults = k === 1 ? [TIMEOUT_FAULT, ...OTHER_FAULTS] : [TIMEOUT_FAULT];
    for (const message of faults) {
      if (op.fresh) emu = openAt(op.prepare());
      op.before?.(emu);
      emu.calls.reset();
      emu.failAt({ nth: k, message });
      const error = attempt(() => op.run(emu));
      tally.tried++;
      if (error === null) continue;
      tally.threw++;
      if (!isRussianMessage(error, message)) tally.notRussian.push(`k=${k}: ${error}`);
    }
  }
  tallies.push(tally);
  return tally;
}

test("the list covers every global of the built bundle (a new global must be added here)", () => {
  const emu = openAt(newWorkbook());
  expect(Object.keys(OPERATIONS).sort()).toEqual([...emu.globals].sort());
});

describe("a Google fault at any call of any global reaches the user in Russian", () => {
  for (const [name, op] of Object.entries(OPERATIONS)) {
    test(name, () => {
      const t = sweepMessages(name, op);
      expect(t.tried).toBeGreaterThan(0);
      expect(t.notRussian).toEqual([]);
    }, 60_000);
  }
});

describe("arguments: checked before anything is read or written, worded in Russian with the field", () => {
  test("100 competences of 500 characters exceed a cell: refused naming the field and the limit, nothing touched", () => {
    const emu = openAt(demo());
    const before = copyWorkbook(emu.workbook);
    emu.calls.reset();
    const r = emu.runFromClient("saveProfession", [
      { ...draft, competences: Array.from({ length: 100 }, (_, i) => `${i} `.padEnd(500, "я")) },
    ]);
    expect(!r.ok && r.error.message).toBe(
      "Сохранение профессии: неверные данные — поле «Компетенции»: вместе не больше 50000 символов (предел ячейки Google Таблиц)",
    );
    expect(emu.calls.get("Range.getValues")).toBe(0);
    expect(emu.workbook).toEqual(before);
  });

  test("a text too long, a wrong type, a missing field: the field named, no English", () => {
    const emu = openAt(demo());
    const r = emu.runFromClient("saveProfession", [{ ...draft, profession: 5, subjects: undefined }]);
    expect(!r.ok && r.error.message).toBe(
      "Сохранение профессии: неверные данные — поле «Профессия»: ожидается текст; поле «Предметы»: не заполнено",
    );
    const e = emu.runFromClient("saveEvent", [{ title: "x".repeat(301) }]);
    expect(!e.ok && e.error.message).toContain("поле «Название»: не больше 300 символов");
    expect(!e.ok && isRussianMessage(e.error.message)).toBe(true);
  });

  test("a garbage plan token is called damaged, not «the plan changed»", () => {
    const emu = openAt(demo());
    const r = emu.runFromClient("applyPlanSuggestion", ["мусор"]);
    expect(!r.ok && r.error.message).toMatch(/повреждённые данные/);
  });
});

describe("the message says what happened", () => {
  test("a save that failed before writing: the operation, «ничего не изменено», what to do; the log has Google's text", () => {
    const emu = openAt(demo());
    emu.failAt({ method: "Range.setValues", nth: 1, message: TIMEOUT_FAULT });
    const r = emu.runFromClient("saveProfession", [draft]);
    expect(r).toEqual({
      ok: false,
      error: {
        name: "UserError",
        message:
          "Сохранение профессии: Google не ответил вовремя; ничего не изменено — повторите через минуту.",
      },
    });
  });

  test("a generated tab's rebuild that failed: its previous version is kept, and the message says so", () => {
    const emu = openAt(demo());
    emu.call("refreshPlanCoverage");
    emu.calls.reset();
    emu.failAt({ method: "Range.setValues", nth: 1, message: TIMEOUT_FAULT });
    expect(() => emu.call("refreshPlanCoverage")).toThrow(
      "«Итоги — план»: Google не ответил вовремя; прежняя версия листа «Итоги — план» сохранена — повторите через минуту.",
    );
  });

  test("a fault inside waitLock is not «another user is changing the table»; a real timeout is", () => {
    const emu = openAt(demo());
    emu.failAt({ method: "Lock.waitLock", nth: 1, message: "Exception: Service error: LockService" });
    const r = emu.runFromClient("saveProfession", [draft]);
    expect(!r.ok && r.error.message).toBe(
      "Сохранение профессии: не удалось получить блокировку таблицы (сбой сервиса Google); ничего не изменено — повторите через минуту.",
    );
    const busy = openAt(demo());
    busy.failAt({
      method: "Lock.waitLock",
      nth: 1,
      message: "Lock timeout: another process was holding the lock for too long.",
    });
    const b = busy.runFromClient("saveProfession", [draft]);
    expect(!b.ok && b.error.message).toMatch(/^Таблицу сейчас изменяет другой пользователь/);
  });

  test("a fault after part of the writes: «часть изменений записана», and the re-run completes it", () => {
    const emu = openAt(newWorkbook());
    emu.failAt({ method: "Range.setValues", nth: 3, message: TIMEOUT_FAULT });
    expect(() => emu.call("setupWorkbook")).toThrow(
      "«Настроить книгу»: Google не ответил вовремя; часть изменений записана; повтор допишет недостающее и не повторит записанное — повторите через минуту.",
    );
  });
});
