// Saves the workbook in the background after changes: debounced (a burst of edits is one save), never two saves at
// once, no-ops skipped, each save atomic (writeWorkbookFile: a temp file renamed over the .xlsx), and flush() for
// the end (SIGINT, SIGTERM, close), so nothing is lost when the server stops between edits.

import { createHash } from "node:crypto";
import type { Emulator } from "../index";

/** A digest of the whole model: a call that only read the workbook (a sidebar loading its data) needs no save. */
function fingerprint(emu: Emulator): string {
  return createHash("sha1").update(JSON.stringify(emu.workbook)).digest("hex");
}

/** How long a save waits for more changes, by default. */
export const SAVE_DELAY_MS = 400;

export class Saver {
  private saved: string;
  private running: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private pending: Promise<string | undefined> | null = null;
  /** The last background save's error, until a save succeeds. */
  lastError: string | undefined;
  /** Saves written (for tests: a burst of changes is one save). */
  saves = 0;

  constructor(
    private readonly emu: Emulator,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {
    this.saved = fingerprint(emu);
  }

  /** Something may have changed: a save starts once no change came for delayMs. Returns at once. */
  changed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /**
   * Saves now whatever changed and is not yet in the .xlsx; resolves once it is (with the error message, if the save
   * failed). The model is read synchronously when the save starts, so later changes wait for the next one.
   */
  flush(): Promise<string | undefined> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.pending) return this.pending;
    const next = this.running.then(async () => {
      this.pending = null;
      const now = fingerprint(this.emu);
      if (now === this.saved) return this.lastError;
      try {
        await this.emu.save();
        this.saved = now;
        this.saves += 1;
        this.lastError = undefined;
        return undefined;
      } catch (e) {
        this.lastError = (e as Error)?.message ?? String(e);
        return this.lastError;
      }
    });
    this.pending = next;
    this.running = next;
    return next;
  }

  /** Resolves once everything changed so far is saved (used where a caller must see the file, e.g. a form post). */
  afterChange(): Promise<string | undefined> {
    return this.flush();
  }
}
