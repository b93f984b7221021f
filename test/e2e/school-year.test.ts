// One flow through the school year in the playground, in headless Chromium: the steps of steps/index.ts, in order.

import { createEmulator } from "../../emulator/index";
import { newWorkbook } from "../../emulator/model";
import { type Harness, screenshot, startHarness } from "./harness";
import { SCHOOL_YEAR, type StepContext } from "./steps";

jest.setTimeout(120_000);

describe("a school year in the playground", () => {
  let h: Harness;
  let ctx: StepContext;
  let failed: string | null = null;

  beforeAll(async () => {
    // The year starts from a new, empty spreadsheet: the coordinator sets it up through the menu.
    h = await startHarness({ emulator: createEmulator({ workbook: newWorkbook() }) });
    ctx = { h, memo: {} };
  });

  afterAll(async () => {
    await h?.close();
  });

  SCHOOL_YEAR.forEach((step, i) => {
    test(`${String(i + 1).padStart(2, "0")}. ${step.name}`, async () => {
      // Later steps build on earlier ones: after a failure they would only add noise.
      if (failed) throw new Error(`не выполнен: раньше упал шаг «${failed}»`);
      try {
        await step.run(ctx);
      } catch (e) {
        failed = step.name;
        await screenshot(h.page, `failed-step-${i + 1}`).catch(() => undefined);
        throw e;
      }
    });
  });

  test("ни страница, ни окна дополнения не сообщили об ошибках", () => {
    expect(h.pageErrors).toEqual([]);
  });
});
