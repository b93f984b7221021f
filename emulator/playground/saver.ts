// Saves the workbook after changes: never two saves at once, changes made during a save share the next one, no-ops skip it.

import { createHash } from "node:crypto";
import type { Emulator } from "../index";

/** A digest of the whole model: a call that only read the workbook (a sidebar loading its data) needs no save. */
function fingerprint(emu: Emulator): string {
  return createHash("sha1").update(JSON.stringify(emu.workbook)).digest("hex");
}

export class Saver {
  private saved: string;
  private running: Promise<unknown> = Promise.resolve();
  private next: Promise<string | undefined> | null = null;

  constructor(private readonly emu: Emulator) {
    this.saved = fingerprint(emu);
  }

  /**
   * Resolves once everything changed so far is in the .xlsx (with the save's error message, if it failed).
   * The model is read synchronously when a save starts, so later changes wait for the next save.
   */
  afterChange(): Promise<string | undefined> {
    if (this.next) return this.next;
    const next = this.running.then(async () => {
      this.next = null;
      const now = fingerprint(this.emu);
      if (now === this.saved) return undefined;
      try {
        await this.emu.save();
        this.saved = now;
        return undefined;
      } catch (e) {
        return (e as Error)?.message ?? String(e);
      }
    });
    this.next = next;
    this.running = next;
    return next;
  }
}
