// Conformance of the emulated Session.
// Docs: https://developers.google.com/apps-script/reference/base/session
//       https://developers.google.com/apps-script/reference/base/user

import { createSession, Executions } from "../../../emulator/services";
import { makeContext } from "./make-context";

test("getActiveUser().getEmail() is the active user's e-mail", () => {
  const ctx = makeContext({ email: "teacher@school.example" });
  expect(createSession(ctx).getActiveUser().getEmail()).toBe("teacher@school.example");
});

test("the e-mail may be blank when Apps Script may not reveal the identity (session#getActiveUser)", () => {
  const ctx = makeContext({ email: "" });
  expect(createSession(ctx).getActiveUser().getEmail()).toBe("");
});

test("getEffectiveUser: under an installable trigger, the user who created it; otherwise the active user", () => {
  const ctx = makeContext({ email: "student-editor@school.example" });
  const executions = new Executions();
  const session = createSession(ctx, { executions });
  expect(session.getEffectiveUser().getEmail()).toBe("student-editor@school.example");
  const inTrigger = executions.runAs({ id: "t", effectiveUser: "coordinator@school.example" }, () =>
    session.getEffectiveUser().getEmail(),
  );
  expect(inTrigger).toBe("coordinator@school.example");
  expect(session.getActiveUser().getEmail()).toBe("student-editor@school.example");
});

test("getActiveUserLocale is the user's language setting, e.g. 'en' or 'ru' (session#getActiveUserLocale)", () => {
  expect(createSession(makeContext({ locale: "en" })).getActiveUserLocale()).toBe("en");
  expect(createSession(makeContext({ locale: "ru" })).getActiveUserLocale()).toBe("ru");
});

test("getScriptTimeZone is the manifest's time zone, else the workbook's", () => {
  const ctx = makeContext();
  ctx.workbook.timeZone = "Asia/Yekaterinburg";
  expect(createSession(ctx).getScriptTimeZone()).toBe("Asia/Yekaterinburg");
  expect(createSession(ctx, { scriptTimeZone: "Europe/Moscow" }).getScriptTimeZone()).toBe("Europe/Moscow");
});

test("getTemporaryActiveUserKey is stable per user, differs between users and does not reveal the e-mail", () => {
  const a = createSession(makeContext({ email: "a@school.example" })).getTemporaryActiveUserKey();
  const a2 = createSession(makeContext({ email: "a@school.example" })).getTemporaryActiveUserKey();
  const b = createSession(makeContext({ email: "b@school.example" })).getTemporaryActiveUserKey();
  expect(a).toBe(a2);
  expect(a).not.toBe(b);
  expect(a).not.toContain("school");
});

test("every call is counted", () => {
  const ctx = makeContext();
  const session = createSession(ctx);
  session.getActiveUser().getEmail();
  session.getActiveUserLocale();
  expect(ctx.counter.snapshot()).toEqual({
    "Session.getActiveUser": 1,
    "Session.getActiveUserLocale": 1,
    "User.getEmail": 1,
  });
});
