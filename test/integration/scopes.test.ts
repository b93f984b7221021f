// OAuth scopes: the manifest holds exactly what the bundle's service calls need, and the emulator enforces them.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createEmulator } from "../../emulator/index";
import { newWorkbook } from "../../emulator/model";
import { SCOPES, scopesFor } from "../../emulator/scopes";

const dist = join(__dirname, "../../dist");
const manifestScopes = (): string[] =>
  JSON.parse(readFileSync(join(dist, "appsscript.json"), "utf8")).oauthScopes as string[];

/** Google services with scopes that ПрофТрек does not use: a reference to one must come with a scope. */
const UNUSED_SERVICES = [
  "UrlFetchApp",
  "DriveApp",
  "DocumentApp",
  "SlidesApp",
  "GmailApp",
  "MailApp",
  "CalendarApp",
  "ContactsApp",
  "People",
  "Drive",
  "Sheets",
];

/**
 * The service methods the bundle calls, as "Class.method": calls on the service globals (`FormApp.create`), the Ui
 * methods that need a scope of their own (`.showSidebar(`), and Spreadsheet/Form classes as a whole, reached through
 * SpreadsheetApp.getActiveSpreadsheet / FormApp.create.
 */
function usedMethods(code: string): Set<string> {
  const used = new Set<string>();
  for (const m of code.matchAll(/\b(SpreadsheetApp|FormApp|ScriptApp|Session)\.([a-zA-Z]+)\b/g))
    used.add(`${m[1]}.${m[2]}`);
  for (const m of code.matchAll(/\.(showSidebar|showModalDialog|showModelessDialog)\(/g))
    used.add(`Ui.${m[1]}`);
  return used;
}

describe("the manifest's scopes, derived from the bundle", () => {
  const code = readFileSync(join(dist, "Code.js"), "utf8");
  const used = usedMethods(code);

  test("the bundle calls what the README says it calls", () => {
    for (const m of [
      "SpreadsheetApp.getActiveSpreadsheet",
      "FormApp.create",
      "ScriptApp.newTrigger",
      "ScriptApp.getUserTriggers",
      "Session.getActiveUser",
      "Session.getEffectiveUser",
      "Ui.showSidebar",
      "Ui.showModalDialog",
    ])
      expect(used).toContain(m);
    for (const s of UNUSED_SERVICES) expect(code).not.toMatch(new RegExp(`\\b${s}\\.[a-zA-Z]+\\(`));
  });

  test("every method the bundle calls is allowed by a scope of the manifest, and every scope is needed", () => {
    const granted = manifestScopes();
    const needed = new Set<string>();
    const missing: string[] = [];
    for (const method of [...used].sort()) {
      const any = scopesFor(method);
      if (any.length === 0) continue;
      const have = any.find((s) => granted.includes(s));
      if (have) needed.add(have);
      else missing.push(`${method}: ${any.join(" | ")}`);
    }
    expect(missing).toEqual([]);
    expect([...needed].sort()).toEqual([...granted].sort());
    // The narrowest choice where there is one: this spreadsheet only.
    expect(granted).toContain(SCOPES.spreadsheetsCurrent);
    expect(granted).not.toContain(SCOPES.spreadsheets);
    // «Добавил» and the trigger's owner are e-mails: Session.getActiveUser needs userinfo.email.
    expect(granted).toContain(SCOPES.email);
  });
});

describe("the emulator enforces the scopes as Apps Script does", () => {
  // Apps Script's text: "You do not have permission to call Session.getActiveUser. Required permissions:
  // https://www.googleapis.com/auth/userinfo.email" (https://github.com/hijonathan/google-scripts/issues/14); the
  // scope is the one https://developers.google.com/apps-script/reference/base/session#getactiveuser lists.
  test("without userinfo.email, Session.getActiveUser throws Google's wording; with it, the e-mail is given", () => {
    const without = manifestScopes().filter((s) => s !== SCOPES.email);
    const emu = createEmulator({ workbook: newWorkbook(), scopes: without });
    expect(() => emu.evaluate("Session.getActiveUser().getEmail()")).toThrow(
      "You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email",
    );
    expect(emu.evaluate("Session.getActiveUserLocale()")).toBe("ru"); // needs no scope
    const granted = createEmulator({ workbook: newWorkbook() });
    expect(granted.evaluate("Session.getActiveUser().getEmail()")).toBe("teacher@school.example");
  });

  test("a method any of several scopes allows lists them: (spreadsheets.currentonly || spreadsheets)", () => {
    const emu = createEmulator({ workbook: newWorkbook(), scopes: [SCOPES.containerUi] });
    expect(() => emu.evaluate("SpreadsheetApp.getActiveSpreadsheet()")).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
    );
  });

  test("each scope the manifest grants is one a call needs: without it, that call fails", () => {
    const emu = createEmulator({ workbook: newWorkbook() });
    emu.call("setupWorkbook");
    const strict = createEmulator({
      workbook: emu.workbook,
      scopes: manifestScopes().filter((s) => s !== SCOPES.email),
    });
    expect(() => strict.evaluate("Session.getEffectiveUser()")).toThrow(
      /Required permissions: .*userinfo\.email/,
    );
    // FormApp.create without the forms scope: the forms capability needs it.
    const noForms = createEmulator({
      workbook: emu.workbook,
      scopes: manifestScopes().filter((s) => s !== SCOPES.forms),
    });
    expect(() => noForms.evaluate("FormApp.create('x')")).toThrow(
      "You do not have permission to call FormApp.create. Required permissions: https://www.googleapis.com/auth/forms",
    );
  });
});
