// Conformance of the emulated ScriptApp (installable triggers).
// Docs: https://developers.google.com/apps-script/reference/script/script-app
//       https://developers.google.com/apps-script/reference/script/trigger
//       https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder
//       https://developers.google.com/apps-script/reference/script/clock-trigger-builder
//       https://developers.google.com/apps-script/guides/services/quotas ("Triggers 20 / user / script")

import {
  createScriptApp,
  EMU_ID,
  Executions,
  MAX_TRIGGERS_PER_USER,
  TOO_MANY_TRIGGERS_MESSAGE,
  TriggerStore,
} from "../../../emulator/services";
import { makeContext } from "./make-context";

function setup() {
  const ctx = makeContext();
  const store = new TriggerStore();
  const executions = new Executions();
  return { ctx, store, executions, ScriptApp: createScriptApp(ctx, store, executions) };
}

/** A stand-in for the emulated Spreadsheet: only what ScriptApp reads. */
const spreadsheet = (id: string) =>
  ({ [EMU_ID]: id, getId: () => id }) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

describe("creating a spreadsheet trigger (reference: script-app#newTrigger, spreadsheet-trigger-builder)", () => {
  test("the trigger reports its handler, event type, source and the spreadsheet's id", () => {
    const { ScriptApp } = setup();
    const t = ScriptApp.newTrigger("onFormSubmit_").forSpreadsheet("ss-1").onFormSubmit().create();
    expect(t.getHandlerFunction()).toBe("onFormSubmit_");
    expect(t.getEventType()).toBe(ScriptApp.EventType.ON_FORM_SUBMIT);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(t.getTriggerSourceId()).toBe("ss-1");
    expect(String(t.getEventType())).toBe("ON_FORM_SUBMIT");
  });

  test("unique ids differ between triggers", () => {
    const { ScriptApp } = setup();
    const a = ScriptApp.newTrigger("f").forSpreadsheet("ss-1").onEdit().create();
    const b = ScriptApp.newTrigger("f").forSpreadsheet("ss-1").onEdit().create();
    expect(a.getUniqueId()).toMatch(/^\d+$/);
    expect(a.getUniqueId()).not.toBe(b.getUniqueId());
  });

  test("forSpreadsheet takes the Spreadsheet itself; its id is read without a counted getId call", () => {
    const { ctx, ScriptApp } = setup();
    const t = ScriptApp.newTrigger("f").forSpreadsheet(spreadsheet("ss-9")).onChange().create();
    expect(t.getTriggerSourceId()).toBe("ss-9");
    expect(t.getEventType()).toBe("ON_CHANGE");
    expect(ctx.counter.get("Spreadsheet.getId")).toBe(0);
  });

  test("the last event chosen wins; create() without an event is refused", () => {
    const { ScriptApp } = setup();
    expect(ScriptApp.newTrigger("f").forSpreadsheet("s").onEdit().onOpen().create().getEventType()).toBe(
      "ON_OPEN",
    );
    expect(() => ScriptApp.newTrigger("f").forSpreadsheet("s").create()).toThrow(/choose the event/);
  });

  test("newTrigger needs a function name", () => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger(undefined as unknown as string)).toThrow(
      "The parameters (undefined) don't match the method signature for ScriptApp.newTrigger.",
    );
  });
});

describe("listing and deleting (reference: script-app#getProjectTriggers, #getUserTriggers, #deleteTrigger)", () => {
  test("getProjectTriggers lists the current user's triggers only", () => {
    const { ctx, ScriptApp } = setup();
    ScriptApp.newTrigger("mine").forSpreadsheet("ss-1").onFormSubmit().create();
    ctx.user = { email: "coordinator@school.example", locale: "ru" };
    ScriptApp.newTrigger("theirs").forSpreadsheet("ss-1").onFormSubmit().create();
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["theirs"]);
    ctx.user = { email: "teacher@school.example", locale: "ru" };
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["mine"]);
  });

  test("getUserTriggers(spreadsheet) keeps the user's triggers of that spreadsheet", () => {
    const { ScriptApp } = setup();
    ScriptApp.newTrigger("a").forSpreadsheet("ss-1").onFormSubmit().create();
    ScriptApp.newTrigger("b").forSpreadsheet("ss-2").onFormSubmit().create();
    ScriptApp.newTrigger("c").timeBased().everyHours(1).create();
    expect(ScriptApp.getUserTriggers(spreadsheet("ss-2")).map((t) => t.getHandlerFunction())).toEqual(["b"]);
  });

  test("deleteTrigger removes the trigger; it no longer fires", () => {
    const { ScriptApp, store } = setup();
    const t = ScriptApp.newTrigger("a").forSpreadsheet("ss-1").onFormSubmit().create();
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    expect(store.list({ eventType: "ON_FORM_SUBMIT" })).toEqual([]);
    expect(() => ScriptApp.deleteTrigger(t)).not.toThrow();
  });

  test("a user cannot delete another user's trigger", () => {
    const { ctx, ScriptApp, store } = setup();
    const t = ScriptApp.newTrigger("a").forSpreadsheet("ss-1").onFormSubmit().create();
    ctx.user = { email: "intruder@school.example", locale: "ru" };
    ScriptApp.deleteTrigger(t);
    expect(store.list()).toHaveLength(1);
  });
});

describe("the trigger limit (quotas: Triggers 20 / user / script)", () => {
  test("the 21st trigger of one user is refused with the runtime's message", () => {
    const { ScriptApp } = setup();
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++)
      ScriptApp.newTrigger(`f${i}`).forSpreadsheet("s").onEdit().create();
    expect(MAX_TRIGGERS_PER_USER).toBe(20);
    expect(() => ScriptApp.newTrigger("one-too-many").forSpreadsheet("s").onEdit().create()).toThrow(
      TOO_MANY_TRIGGERS_MESSAGE,
    );
    expect(TOO_MANY_TRIGGERS_MESSAGE).toBe(
      "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    );
    expect(ScriptApp.getProjectTriggers()).toHaveLength(20);
  });

  test("the limit is per user, and deleting one makes room again", () => {
    const { ctx, ScriptApp } = setup();
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).forSpreadsheet("s").onEdit().create();
    ctx.user = { email: "coordinator@school.example", locale: "ru" };
    expect(() => ScriptApp.newTrigger("g").forSpreadsheet("s").onEdit().create()).not.toThrow();
    ctx.user = { email: "teacher@school.example", locale: "ru" };
    ScriptApp.deleteTrigger(ScriptApp.getProjectTriggers()[0]!);
    expect(() => ScriptApp.newTrigger("h").forSpreadsheet("s").onEdit().create()).not.toThrow();
  });
});

describe("firing and ownership", () => {
  test("the store lists a spreadsheet's form-submit triggers of every user, for the submission simulation", () => {
    const { ctx, ScriptApp, store } = setup();
    ScriptApp.newTrigger("handleA").forSpreadsheet(ctx.workbook.id).onFormSubmit().create();
    ScriptApp.newTrigger("onEdit_").forSpreadsheet(ctx.workbook.id).onEdit().create();
    ctx.user = { email: "coordinator@school.example", locale: "ru" };
    ScriptApp.newTrigger("handleB").forSpreadsheet(ctx.workbook.id).onFormSubmit().create();
    const fire = store.list({ eventType: "ON_FORM_SUBMIT", sourceId: ctx.workbook.id });
    expect(fire.map((r) => [r.handlerFunction, r.owner])).toEqual([
      ["handleA", "teacher@school.example"],
      ["handleB", "coordinator@school.example"],
    ]);
  });

  test("a trigger created while a trigger runs belongs to the trigger's owner (the effective user)", () => {
    const { ScriptApp, executions, store } = setup();
    executions.runAs({ id: "trigger-run", effectiveUser: "owner@school.example" }, () =>
      ScriptApp.newTrigger("f").forSpreadsheet("s").onEdit().create(),
    );
    expect(store.list()[0]!.owner).toBe("owner@school.example");
  });

  test("snapshot and restore keep triggers and ids across a reload", () => {
    const { ScriptApp, store } = setup();
    const t = ScriptApp.newTrigger("f").forSpreadsheet("s").onFormSubmit().create();
    const again = new TriggerStore();
    again.restore(JSON.parse(JSON.stringify(store.snapshot())));
    expect(again.list()[0]!.uid).toBe(t.getUniqueId());
    const next = again.add({
      handlerFunction: "g",
      eventType: "ON_EDIT",
      source: "SPREADSHEETS",
      sourceId: "s",
      owner: "x",
    });
    expect(next.uid).not.toBe(t.getUniqueId());
  });
});

describe("time-driven triggers (reference: clock-trigger-builder)", () => {
  test("a clock trigger has event and source CLOCK and no source id", () => {
    const { ScriptApp, store } = setup();
    const t = ScriptApp.newTrigger("nightly").timeBased().everyDays(1).atHour(3).nearMinute(15).create();
    expect(t.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(t.getTriggerSourceId()).toBeNull();
    expect(store.list()[0]!.clock).toEqual({ everyDays: 1, atHour: 3, nearMinute: 15 });
  });

  test("everyMinutes accepts only 1, 5, 10, 15 or 30; everyHours only 1, 2, 4, 6, 8 or 12", () => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger("f").timeBased().everyMinutes(7)).toThrow(/everyMinutes/);
    expect(() => ScriptApp.newTrigger("f").timeBased().everyHours(3)).toThrow(/everyHours/);
    expect(() => ScriptApp.newTrigger("f").timeBased().everyMinutes(15).create()).not.toThrow();
  });

  test("a clock trigger needs a schedule before create()", () => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger("f").timeBased().atHour(5).create()).toThrow(/choose when it runs/);
  });
});

test("enums are their names; every call is counted", () => {
  const { ctx, ScriptApp } = setup();
  expect(ScriptApp.AuthMode.FULL).toBe("FULL");
  expect(ScriptApp.WeekDay.MONDAY).toBe("MONDAY");
  const t = ScriptApp.newTrigger("f").forSpreadsheet("s").onFormSubmit().create();
  t.getUniqueId();
  ScriptApp.getProjectTriggers();
  expect(ctx.counter.snapshot()).toEqual({
    "ScriptApp.getProjectTriggers": 1,
    "ScriptApp.newTrigger": 1,
    "SpreadsheetTriggerBuilder.create": 1,
    "SpreadsheetTriggerBuilder.onFormSubmit": 1,
    "Trigger.getUniqueId": 1,
    "TriggerBuilder.forSpreadsheet": 1,
  });
});
