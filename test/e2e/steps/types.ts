// What every step of the school-year flow gets: the running playground, the browser page, and notes between steps.

import type { Harness } from "../harness";

export interface StepContext {
  h: Harness;
  /** Values one step leaves for a later one (for example, which cell was edited). */
  memo: Record<string, unknown>;
}

export interface Step {
  /** Shown as the test's name: what a teacher does, in Russian. */
  name: string;
  run(ctx: StepContext): Promise<void>;
}
