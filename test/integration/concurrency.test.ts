// Issue 15, part 5: interleavings, simulated in the emulator. While one execution runs, another starts at its k-th
// service call (for every k): it waits for the document lock held by the first (virtual time: an unreleased holder
// makes it time out, in Russian), or runs whole before the first takes the lock. After the failed one's retry, nothing
// is lost and nothing is duplicated.

import type { Emulator } from "../../emulator/index";
import type { WorkbookModel } from "../../emulator/model";
import { copyWorkbook, demo, eventDraft, openAt } from "./fault-sweep";
import { A01, B01, workbook as questionnaireWorkbook } from "./questionnaire-fixtures";

/** At the `k`-th service call of what runs next, `other` runs as its own execution (once). */
function interleaveAt(emu: Emulator, k: number, other: () => void): void {
  const counter = emu.calls;
  const hit = counter.hit.bind(counter);
  let n = 0;
  let done = false;
  counter.hit = (method: string) => {
    n++;
    if (n === k && !done) {
      done = true;
      other();
    }
    hit(method);
  };
}

function rowsWith(emu: Emulator, tab: string, text: string): number[] {
  const sheet = emu.workbook.sheets.find((s) => s.name === tab)!;
  return sheet.cells.flatMap((r, i) => ((r ?? []).some((c) => c?.v === text) ? [i + 1] : []));
}

const LOCK_TIMEOUT = /^Таблицу сейчас изменяет другой пользователь/;

describe("two teachers save events at once (the second at every other call of the first)", () => {
  const clean = openAt(demo());
  clean.calls.reset();
  clean.runFromClient("saveEvent", [eventDraft("Первое")]);
  const calls = clean.calls.totalCalls;

  test(`every other of ${calls} interleavings: both saved once, distinct ids; a wait that timed out said so in Russian`, () => {
    const outcomes = { secondWaited: 0, secondFirst: 0 };
    for (let k = 1; k <= calls; k += 2) {
      const emu = openAt(demo());
      let second: ReturnType<Emulator["runFromClient"]> | undefined;
      emu.calls.reset();
      interleaveAt(emu, k, () => {
        second = emu.runFromClient("saveEvent", [eventDraft("Второе")]);
      });
      const first = emu.runFromClient("saveEvent", [eventDraft("Первое")]);
      expect(first.ok).toBe(true);
      if (second && !second.ok) {
        expect(second.error.message).toMatch(LOCK_TIMEOUT);
        outcomes.secondWaited++;
        // The teacher presses «Сохранить» again.
        expect(emu.runFromClient("saveEvent", [eventDraft("Второе")]).ok).toBe(true);
      } else outcomes.secondFirst++;
      const a = rowsWith(emu, "Мероприятия", "Первое");
      const b = rowsWith(emu, "Мероприятия", "Второе");
      expect({ k, a: a.length, b: b.length }).toEqual({ k, a: 1, b: 1 });
      const ids = emu.workbook.sheets
        .find((s) => s.name === "Мероприятия")!
        .cells.slice(1)
        .map((r) => r?.[0]?.v)
        .filter((v) => v !== undefined && v !== "");
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(outcomes.secondWaited).toBeGreaterThan(0);
    expect(outcomes.secondFirst).toBeGreaterThan(0);
  });
});

describe("form submissions together, and a submission during rescoring", () => {
  let prepared: WorkbookModel | undefined;
  /** The form made, two responses arrived (rows 2 and 3 of «Ответы — ТЕСТ»), no trigger run yet. */
  function twoResponses(): WorkbookModel {
    if (!prepared) {
      const emu = openAt(questionnaireWorkbook());
      emu.call("createQuestionnaireForm", "ТЕСТ");
      const id = emu.workbook.forms![0].id;
      emu.services.state.triggers.restore({ records: [], nextUid: 1 });
      emu.submitForm(id, B01);
      emu.submitForm(id, A01);
      prepared = emu.workbook;
    }
    return copyWorkbook(prepared);
  }
  const submit = (emu: Emulator, row: number) =>
    emu.evaluate<{ status: string }>(`(function () {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Ответы — ТЕСТ");
      var range = sheet.getRange(${row}, 1, 1, sheet.getLastColumn());
      return onQuestionnaireSubmit({ range: range, values: range.getDisplayValues()[0], namedValues: {} });
    })()`);
  const tryRun = (fn: () => unknown): string | null => {
    try {
      fn();
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  };
  /** Rows of «Результаты анкет» per pupil code. */
  const resultCodes = (emu: Emulator): string[] => {
    const sheet = emu.workbook.sheets.find((s) => s.name === "Результаты анкет");
    return (sheet?.cells.slice(1) ?? []).map((r) => String(r?.[0]?.v ?? "")).filter((v) => v !== "");
  };
  const expected = (() => {
    const emu = openAt(twoResponses());
    submit(emu, 2);
    submit(emu, 3);
    return resultCodes(emu).sort();
  })();

  test("two triggers at once (the second at every other call of the first): each response scored once", () => {
    const clean = openAt(twoResponses());
    clean.calls.reset();
    submit(clean, 2);
    const calls = clean.calls.totalCalls;
    for (let k = 1; k <= calls; k += 2) {
      const emu = openAt(twoResponses());
      let second: string | null = null;
      emu.calls.reset();
      interleaveAt(emu, k, () => {
        second = tryRun(() => submit(emu, 3));
      });
      expect(tryRun(() => submit(emu, 2))).toBeNull();
      if (second !== null) {
        expect(second).toMatch(LOCK_TIMEOUT);
        // Apps Script does not retry a trigger: the owner's «пересчитать результаты» completes it.
        emu.call("rescoreQuestionnaires");
      }
      expect({ k, codes: resultCodes(emu).sort() }).toEqual({ k, codes: expected });
    }
    expect(expected.length).toBeGreaterThan(0);
  });

  test("a submission during rescoring (at every third call of it): nothing lost, nothing twice", () => {
    const base = () => {
      const wb = twoResponses();
      const emu = openAt(wb);
      submit(emu, 2);
      return emu.workbook;
    };
    const clean = openAt(base());
    clean.calls.reset();
    clean.call("rescoreQuestionnaires");
    const calls = clean.calls.totalCalls;
    for (let k = 1; k <= calls; k += 3) {
      const emu = openAt(base());
      let second: string | null = null;
      emu.calls.reset();
      interleaveAt(emu, k, () => {
        second = tryRun(() => submit(emu, 3));
      });
      expect(tryRun(() => emu.call("rescoreQuestionnaires"))).toBeNull();
      if (second !== null) {
        expect(second).toMatch(LOCK_TIMEOUT);
        emu.call("rescoreQuestionnaires");
      }
      expect({ k, codes: resultCodes(emu).sort() }).toEqual({ k, codes: expected });
    }
  });
});
