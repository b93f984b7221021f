// Writes to shared tabs happen under the document lock; a timeout becomes a clear message, nothing half-written.

import type { Messages } from "../i18n";
import { journalLocking } from "./boundary";

/** How long a teacher's save may wait for another editor's write to finish. */
export const LOCK_WAIT_MS = 20000;

/** Thrown for problems the user can fix; its message is shown as is (in the user's language). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * Runs `fn` holding the document lock. `fn` must re-read what it depends on inside the lock.
 * Pending writes are flushed before the lock is released, so the next editor reads them. A failure of the flush or
 * of the release comes after every write was accepted: the result stands (Apps Script applies pending writes and
 * releases the lock when the execution ends), so the user is not told that a saved change failed.
 * `m` may be a function: the messages are then looked up only if the lock cannot be had.
 */
export function withDocumentLock<T>(m: Messages | (() => Messages), fn: () => T): T {
  journalLocking(true);
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch (e) {
    // Only the runtime's timeout means another editor holds the lock; any other failure of the service is a fault
    // that the boundary words as such (nothing was changed either way).
    if (isLockTimeout(e)) throw new UserError((typeof m === "function" ? m() : m).common.lockTimeout);
    throw e;
  }
  journalLocking(false);
  let result: T;
  try {
    result = fn();
  } catch (e) {
    release(lock);
    throw e;
  }
  try {
    SpreadsheetApp.flush();
  } catch (_e) {
    // The writes were accepted call by call; Apps Script applies what is pending at the end of the execution.
  }
  release(lock);
  return result;
}

function release(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch (_e) {
    // The lock ends with the execution anyway.
  }
}

/** Apps Script's words when waitLock gives up: «Lock timeout: another process was holding the lock for too long.» */
export function isLockTimeout(e: unknown): boolean {
  const message = (e as { message?: unknown } | null)?.message;
  return typeof message === "string" && /^Lock timeout\b|holding the lock for too long/i.test(message);
}
