// Issue 15, part 5 (triggers): a deleted form trigger is detected by the «Анкеты» sidebar's data and repaired by one
// call that makes exactly one trigger and scores the responses that arrived without it; a second repair makes none.
// (One trigger whoever enables it, and a trigger firing twice or with a blank event: questionnaire-forms.test.ts.)

import { openAt } from "./fault-sweep";
import { A01, B01, workbook as questionnaireWorkbook } from "./questionnaire-fixtures";

interface Data {
  triggerMissing: boolean;
}

function client<T>(emu: ReturnType<typeof openAt>, name: string, ...args: unknown[]): T {
  const r = emu.runFromClient(name, args);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

test("a deleted trigger is detected, repaired once, and the responses it missed are scored", () => {
  const emu = openAt(questionnaireWorkbook());
  expect(client<Data>(emu, "getQuestionnaires").triggerMissing).toBe(false); // no form yet: nothing to process
  emu.call("createQuestionnaireForm", "ТЕСТ");
  const id = emu.workbook.forms![0].id;
  expect(client<Data>(emu, "getQuestionnaires").triggerMissing).toBe(false);
  emu.submitForm(id, B01);
  // Someone deletes the trigger (Extensions → Apps Script → Triggers); a response arrives and is not scored.
  emu.services.state.triggers.restore({ records: [], nextUid: 1 });
  emu.submitForm(id, A01);
  const results = () =>
    (emu.workbook.sheets.find((s) => s.name === "Результаты анкет")?.cells.length ?? 1) - 1;
  const before = results();
  expect(client<Data>(emu, "getQuestionnaires").triggerMissing).toBe(true);

  const repaired = client<{ created: boolean; results: number; message: string }>(emu, "repairFormTrigger");
  expect(repaired.created).toBe(true);
  expect(repaired.message).toMatch(/^Обработка ответов восстановлена/);
  expect(results()).toBeGreaterThan(before);
  expect(emu.services.state.triggers.snapshot().records).toHaveLength(1);
  expect(client<Data>(emu, "getQuestionnaires").triggerMissing).toBe(false);

  // A second repair (another click, another teacher's sidebar) makes no second trigger and changes no result.
  const after = results();
  expect(client<{ created: boolean }>(emu, "repairFormTrigger").created).toBe(false);
  expect(emu.services.state.triggers.snapshot().records).toHaveLength(1);
  expect(results()).toBe(after);
});
