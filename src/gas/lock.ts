// Writes to shared tabs happen under the document lock; a timeout becomes a clear message, nothing half-written.

import type { Messages } from "../i18n";

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
 * Pending writes are flushed before the lock is released, so the next editor reads them.
 */
export function withDocumentLock<T>(m: Messages, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch (_e) {
    throw new UserError(m.common.lockTimeout);
  }
  try {
    const result = fn();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
