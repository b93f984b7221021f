// Telling the user what was done, after it was done: a failed toast must not turn a saved change into an error.

/**
 * A toast after the writes succeeded. Google's services may still fail here; the work is saved, so the failure is
 * swallowed (the change is visible in the sheet) rather than reported as if nothing had happened.
 */
export function toastAfterSave(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  message: string,
  title: string,
): void {
  try {
    ss.toast(message, title);
  } catch (_e) {
    // Nothing to undo: the toast only repeats what the sheet already shows.
  }
}
