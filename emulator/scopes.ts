// OAuth scopes as Apps Script enforces them: a service method whose scope the manifest lacks throws on the call.
//
// Apps Script's wording (execution log): "You do not have permission to call Session.getActiveUser. Required
// permissions: https://www.googleapis.com/auth/userinfo.email" (https://github.com/hijonathan/google-scripts/issues/14,
// https://github.com/diegomanuel/binance-to-google-sheets/issues/106 for ScriptApp.getProjectTriggers); a method that
// any of several scopes allows lists them as "(a || b)", e.g. "You do not have permission to call
// SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly
// || https://www.googleapis.com/auth/spreadsheets)" as quoted from execution logs in public projects (checked
// 2026-11-29; newer logs append ". For more information, see …troubleshooting#authorization-is"). The scopes of each method are those of the "Authorization"
// section of its page in https://developers.google.com/apps-script/reference.

import { gasError } from "./services/common";

const AUTH = "https://www.googleapis.com/auth/";
export const SCOPES = {
  containerUi: `${AUTH}script.container.ui`,
  spreadsheetsCurrent: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  forms: `${AUTH}forms`,
  formsCurrent: `${AUTH}forms.currentonly`,
  scriptApp: `${AUTH}script.scriptapp`,
  email: `${AUTH}userinfo.email`,
  externalRequest: `${AUTH}script.external_request`,
} as const;

const SHEETS = [SCOPES.spreadsheetsCurrent, SCOPES.spreadsheets];
const FORMS = [SCOPES.formsCurrent, SCOPES.forms];

/** Classes every method of which reads or changes the spreadsheet. */
const SPREADSHEET_CLASSES = new Set([
  "Spreadsheet",
  "Sheet",
  "Range",
  "Protection",
  "DeveloperMetadata",
  "DeveloperMetadataFinder",
  "DeveloperMetadataLocation",
  "EmbeddedChart",
]);

/** Classes of a form and its items and responses. */
const FORM_CLASSES = new Set([
  "Form",
  "Item",
  "ListItem",
  "MultipleChoiceItem",
  "CheckboxItem",
  "ScaleItem",
  "TextItem",
  "ParagraphTextItem",
  "PageBreakItem",
  "FormResponse",
  "ItemResponse",
]);

/** Single methods with their own scopes. */
const METHODS: Record<string, readonly string[]> = {
  "Session.getActiveUser": [SCOPES.email],
  "Session.getEffectiveUser": [SCOPES.email],
  "Ui.showSidebar": [SCOPES.containerUi],
  "Ui.showModalDialog": [SCOPES.containerUi],
  "Ui.showModelessDialog": [SCOPES.containerUi],
  "SpreadsheetApp.getActive": SHEETS,
  "SpreadsheetApp.getActiveSpreadsheet": SHEETS,
  "SpreadsheetApp.getActiveSheet": SHEETS,
  "SpreadsheetApp.getActiveRange": SHEETS,
  "SpreadsheetApp.flush": SHEETS,
  "SpreadsheetApp.openById": [SCOPES.spreadsheets],
  "SpreadsheetApp.openByUrl": [SCOPES.spreadsheets],
  "SpreadsheetApp.create": [SCOPES.spreadsheets],
  "FormApp.create": [SCOPES.forms],
  "FormApp.openById": [SCOPES.forms],
  "FormApp.openByUrl": [SCOPES.forms],
  "FormApp.getActiveForm": FORMS,
  "ScriptApp.newTrigger": [SCOPES.scriptApp],
  "ScriptApp.getProjectTriggers": [SCOPES.scriptApp],
  "ScriptApp.getUserTriggers": [SCOPES.scriptApp],
  "ScriptApp.deleteTrigger": [SCOPES.scriptApp],
};

/** The scopes any one of which allows `method` ("Class.method"); empty when it needs none. */
export function scopesFor(method: string): readonly string[] {
  const own = METHODS[method];
  if (own) return own;
  const cls = method.slice(0, method.indexOf("."));
  if (SPREADSHEET_CLASSES.has(cls)) return SHEETS;
  if (FORM_CLASSES.has(cls)) return FORMS;
  if (cls === "Trigger") return [SCOPES.scriptApp];
  return [];
}

/** Apps Script's exception for a call the manifest's scopes do not allow. */
export function permissionError(method: string, required: readonly string[]): Error {
  const list = required.length === 1 ? required[0] : `(${required.join(" || ")})`;
  return gasError(`You do not have permission to call ${method}. Required permissions: ${list}`);
}

/** A check for CallCounter: throws when none of `method`'s scopes is granted. */
export function scopeGuard(granted: readonly string[]): (method: string) => void {
  const have = new Set(granted);
  const checked = new Map<string, boolean>();
  return (method) => {
    let ok = checked.get(method);
    if (ok === undefined) {
      const need = scopesFor(method);
      ok = need.length === 0 || need.some((s) => have.has(s));
      checked.set(method, ok);
    }
    if (!ok) throw permissionError(method, scopesFor(method));
  };
}
