// The services together, as the loader installs them: globals of a vm realm, sharing one state across executions.
// Docs: https://developers.google.com/apps-script/reference/lock/lock (locks end with the execution)
//       https://developers.google.com/apps-script/reference/script/script-app (triggers per user)

import vm from "node:vm";
import { createServices, LOCK_TIMEOUT_MESSAGE, newServicesState } from "../../../emulator/services";
import { makeContext } from "./make-context";

function realmWith(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext(Object.create(null));
  for (const [k, v] of Object.entries(globals)) context[k] = v;
  return context;
}

test("bundle-like code in a vm realm uses every service, with its own Dates", () => {
  const ctx = makeContext();
  const state = newServicesState({ printLogs: false });
  const realm = realmWith({ ...createServices(ctx, state, { scriptTimeZone: "Europe/Moscow" }) });
  const result = vm.runInContext(
    `(() => {
      const lock = LockService.getDocumentLock();
      lock.waitLock(20000);
      PropertiesService.getDocumentProperties().setProperty("lastRun", Utilities.formatDate(new Date(Date.UTC(2024, 8, 2, 6, 30)), Session.getScriptTimeZone(), "yyyy-MM-dd HH:mm"));
      ScriptApp.newTrigger("onFormSubmit_").forSpreadsheet("${ctx.workbook.id}").onFormSubmit().create();
      const html = HtmlService.createHtmlOutput("<p>x</p>").setTitle("T");
      Logger.log("done %s", Session.getActiveUser().getEmail());
      console.info("ok");
      lock.releaseLock();
      return html.getTitle();
    })()`,
    realm,
  );
  expect(result).toBe("T");
  expect(ctx.workbook.documentProperties).toEqual({ lastRun: "2024-09-02 09:30" });
  expect(state.triggers.list({ eventType: "ON_FORM_SUBMIT", sourceId: ctx.workbook.id })).toHaveLength(1);
  expect(state.logs.entries.map((e) => e.message)).toEqual(["done teacher@school.example", "ok"]);
});

test("two users' service sets over one state: shared script properties and locks, separate triggers", () => {
  const teacherCtx = makeContext({ email: "teacher@school.example" });
  const coordinatorCtx = makeContext({ email: "coordinator@school.example", workbook: teacherCtx.workbook });
  const state = newServicesState({ printLogs: false });
  const teacher = createServices(teacherCtx, state);
  const coordinator = createServices(coordinatorCtx, state);

  teacher.PropertiesService.getScriptProperties().setProperty("version", "3");
  expect(coordinator.PropertiesService.getScriptProperties().getProperty("version")).toBe("3");

  teacher.ScriptApp.newTrigger("f").forSpreadsheet(teacherCtx.workbook.id).onFormSubmit().create();
  expect(coordinator.ScriptApp.getProjectTriggers()).toHaveLength(0);

  // The coordinator's save runs while the teacher's execution holds the document lock.
  state.executions.begin({ id: "teacher-save" });
  teacher.LockService.getDocumentLock().waitLock(1000);
  const blocked = state.executions.runAs("coordinator-save", () => {
    try {
      coordinator.LockService.getDocumentLock().waitLock(20000);
      return "got it";
    } catch (e) {
      return (e as Error).message;
    }
  });
  expect(blocked).toBe(LOCK_TIMEOUT_MESSAGE);
  state.executions.end();
  expect(
    state.executions.runAs("coordinator-retry", () => coordinator.LockService.getDocumentLock().tryLock(0)),
  ).toBe(true);
});

test("a fault injected at any call number is thrown by whichever service makes that call", () => {
  const ctx = makeContext();
  const s = createServices(ctx, newServicesState({ printLogs: false }));
  ctx.counter.failAt({ nth: 3, message: "Service timed out: Properties" });
  const props = s.PropertiesService.getDocumentProperties(); // call 1
  props.setProperty("a", "1"); // call 2
  expect(() => props.getProperty("a")).toThrow("Service timed out: Properties"); // call 3
  expect(ctx.counter.get("Properties.getProperty")).toBe(1);
});
