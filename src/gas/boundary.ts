// The one boundary every global runs through (menu items, sidebar calls, triggers): a failure of Google's services
// becomes a message in the user's language that names the operation, says what the workbook holds now and what to do;
// the technical text goes to the execution log. A UserError (a problem the user can fix) passes through as it is.

import type { Messages } from "../i18n";
import type { FailureCause } from "../i18n/reliability";
import { userMessages } from "./locale";
import { UserError } from "./lock";
import { menuItems } from "./menu";

/** What the running global has written so far, for an honest message when it fails. */
interface Journal {
  /** The executor's reports (changesMade grows call by call), one per saveTabWrites. */
  reports: { changesMade: number }[];
  /** Writes made outside the executor (a form, a trigger, a property). */
  other: number;
  /** The generated tab being rebuilt (its previous version stands until the new one is complete). */
  generating: string | null;
  /** The execution is waiting for the document lock. */
  locking: boolean;
}

const fresh = (): Journal => ({ reports: [], other: 0, generating: null, locking: false });
let journal: Journal = fresh();

/** The executor's report of one saveTabWrites, watched while it runs. */
export function journalReport(report: { changesMade: number }): void {
  journal.reports.push(report);
}

/** A write made outside the executor (a form created, a trigger installed). */
export function journalWrite(): void {
  journal.other++;
}

/** A generated tab's rebuild starts (`name`) or ends (null). */
export function journalGenerating(name: string | null): void {
  journal.generating = name;
}

/** The execution waits for (true) or has (false) the document lock. */
export function journalLocking(waiting: boolean): void {
  journal.locking = waiting;
}

/** The text of any thrown value (a service's exception may come from another realm: no instanceof Error). */
export function errorText(e: unknown): string {
  const message = (e as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(e);
}

/** Why it failed, from Google's wording (English or Russian). */
export function failureCause(text: string, locking: boolean): FailureCause {
  if (/too many times|quota|лимит/i.test(text)) return "quota";
  if (locking || /\block\b/i.test(text)) return "lock";
  if (/timed? ?out|timeout|не ответил|превышено время/i.test(text)) return "timeout";
  if (/permission|not authori[sz]ed|access denied|нет прав|доступ/i.test(text)) return "permission";
  return "service";
}

/** The operation's name: the menu item's caption, a named sidebar call, or the function's name. */
function operationName(m: Messages, fn: string): string {
  const item = menuItems().find((i) => i.fn === fn);
  if (item) return `«${item.caption(m)}»`;
  const named = Object.entries(m.failure.operations).find(([k]) => k === fn)?.[1];
  return named ?? m.failure.operation(fn);
}

/** The user's message for a failure of `fn` with the journal as it stands. */
export function failureMessage(m: Messages, fn: string, e: unknown, j: Journal = journal): string {
  const cause = failureCause(errorText(e), j.locking);
  const wrote = j.reports.some((r) => r.changesMade > 0) || j.other > 0;
  const f = m.failure;
  let saved: string;
  if (j.generating)
    saved = wrote ? `${f.saved.partly}; ${f.saved.generated(j.generating)}` : f.saved.generated(j.generating);
  else saved = wrote ? f.saved.partly : f.saved.nothing;
  return f.message(operationName(m, fn), f.cause[cause], saved, f.todo[cause]);
}

function log(fn: string, e: unknown): void {
  const stack = (e as { stack?: unknown } | null)?.stack;
  const text = `${fn}: ${errorText(e)}${typeof stack === "string" ? `\n${stack}` : ""}`;
  try {
    console.error(text);
  } catch (_e) {
    // No log to write to: the user's message still goes out.
  }
}

/**
 * Runs the global `fn` (its implementation `impl`) as one execution: a UserError passes through, anything else is
 * logged and thrown again as a UserError whose message is the user's (the error bar of a menu item, the failure
 * handler of google.script.run, the trigger's failure mail).
 */
export function runGlobal(
  fn: string,
  impl: (...args: unknown[]) => unknown,
  self: unknown,
  args: ArrayLike<unknown>,
): unknown {
  // A global called from another (the emulator's interleavings; Apps Script never nests executions) keeps its own.
  const outer = journal;
  journal = fresh();
  try {
    return impl.apply(self, Array.from(args));
  } catch (e) {
    if (e instanceof UserError) throw e;
    log(fn, e);
    throw new UserError(failureMessage(userMessages(), fn, e));
  } finally {
    journal = outer;
  }
}
