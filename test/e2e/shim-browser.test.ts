// The google.script.run shim in Chromium: asynchronous, immutable runners, user objects, Apps Script's failures, the host.

import type { Frame } from "playwright-core";
import { clickMenu, type Harness, screenshot, startHarness } from "./harness";

jest.setTimeout(60_000);

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await h.page.addScriptTag({ url: "/shim.js" });
});

afterAll(async () => {
  await h?.close();
});

/** Runs `name(args)` through google.script.run in the page; reports which handler ran, with what, and whether it ran synchronously. */
function call(name: string, args: unknown[] = [], where: Frame = h.page.mainFrame()) {
  return where.evaluate(
    ([name, args]) =>
      new Promise<{
        ok: boolean;
        value?: unknown;
        message?: string;
        isError?: boolean;
        user?: unknown;
        sync: boolean;
      }>((resolve) => {
        let sync = true;
        // "__DATE__" anywhere in the arguments stands for a Date (evaluate() cannot pass one in).
        const revive = (a: unknown): unknown =>
          a === "__DATE__"
            ? new Date()
            : Array.isArray(a)
              ? a.map(revive)
              : a && typeof a === "object"
                ? Object.fromEntries(Object.entries(a).map(([k, v]) => [k, revive(v)]))
                : a;
        const revived = (args as unknown[]).map(revive);
        // biome-ignore lint/suspicious/noExplicitAny: the shim's google.script.run in the page
        const run = (window as any).google.script.run
          .withSuccessHandler((value: unknown, user: unknown) => resolve({ ok: true, value, user, sync }))
          .withFailureHandler((e: Error, user: unknown) =>
            resolve({ ok: false, message: e.message, isError: e instanceof Error, user, sync }),
          )
          .withUserObject("u");
        run[name as string](...revived);
        sync = false;
      }),
    [name, args] as const,
  );
}

test("a call reaches the bundle and the success handler gets the result and the user object, asynchronously", async () => {
  const r = await call("getHelp");
  expect(r).toMatchObject({ ok: true, user: "u", sync: false });
  expect((r.value as { items: unknown[] }).items.length).toBeGreaterThan(0);
});

test("an unknown function fails with Apps Script's message", async () => {
  expect(await call("noSuchFunction")).toMatchObject({
    ok: false,
    isError: true,
    message: "Script function not found: noSuchFunction",
    sync: false,
  });
});

test("a Date argument fails the call before the server, asynchronously", async () => {
  const version = async () =>
    ((await (await fetch(`${h.url}/api/state`)).json()) as { version: number }).version;
  const before = await version();
  expect(await call("getHelp", [{ when: "__DATE__" }])).toMatchObject({ ok: false });
  expect(await call("getHelp", ["__DATE__"])).toMatchObject({
    ok: false,
    isError: true,
    message: "Failed due to illegal value in property: 0",
    sync: false,
  });
  expect(await version()).toBe(before);
});

test("the failure handler gets the server's message", async () => {
  const real = h.pg.emu.runFromClient;
  h.pg.emu.runFromClient = () => ({
    ok: false,
    error: { name: "Error", message: "Таблицу сейчас изменяет другой пользователь." },
  });
  try {
    expect(await call("getHelp")).toMatchObject({
      ok: false,
      message: "Таблицу сейчас изменяет другой пользователь.",
    });
  } finally {
    h.pg.emu.runFromClient = real;
  }
});

test("runners are immutable: each with* returns a new runner and leaves the old one as it was", async () => {
  const users = await h.page.evaluate(
    () =>
      new Promise<unknown[]>((resolve) => {
        const got: unknown[] = [];
        const done = (_v: unknown, u: unknown) => {
          got.push(u);
          if (got.length === 3) resolve(got.map(String).sort());
        };
        // biome-ignore lint/suspicious/noExplicitAny: the shim's google.script.run in the page
        const base = (window as any).google.script.run.withSuccessHandler(done);
        const a = base.withUserObject("a");
        const b = base.withUserObject("b");
        if (a === base || b === a) resolve(["same runner returned"]);
        a.getHelp();
        b.getHelp();
        base.getHelp();
      }),
  );
  expect(users).toEqual(["a", "b", "undefined"]);
});

test("google.script.host in a dialog: setHeight/setWidth resize it, editor.focus returns to the grid, close closes it", async () => {
  const { page } = h;
  await clickMenu(page, "Справка");
  const iframe = page.locator("#overlay iframe.dialog-frame");
  await iframe.waitFor();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForFunction(() => document.querySelector("li") !== null);
  // biome-ignore lint/suspicious/noExplicitAny: google.script.host in the dialog
  await frame.evaluate(() => (window as any).google.script.host.setHeight(300));
  // biome-ignore lint/suspicious/noExplicitAny: google.script.host in the dialog
  await frame.evaluate(() => (window as any).google.script.host.setWidth(450));
  await page.waitForFunction(() => {
    const f = document.querySelector<HTMLIFrameElement>("#overlay iframe.dialog-frame");
    return f?.style.height === "300px" && f.style.width === "450px";
  });
  await screenshot(page, "shim-dialog-resized");
  // biome-ignore lint/suspicious/noExplicitAny: google.script.host in the dialog
  await frame.evaluate(() => (window as any).google.script.host.editor.focus());
  await page.waitForFunction(() => document.activeElement?.classList.contains("grid-scroll"));
  // biome-ignore lint/suspicious/noExplicitAny: google.script.host in the dialog
  await frame.evaluate(() => (window as any).google.script.host.close());
  await iframe.waitFor({ state: "detached" });
});
