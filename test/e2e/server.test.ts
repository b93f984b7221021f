// The playground's HTTP API over a real emulator: state, sheet windows, runs, edits, sidebars, and bad requests as 400s.

import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openEmulator } from "../../emulator/index";
import type { RunResponse, SheetResponse, StateResponse } from "../../emulator/playground/api-types";
import { injectShim } from "../../emulator/playground/routes";
import { type Playground, startPlayground } from "../../emulator/playground/server";
import { ensureBuilt } from "./harness";

let pg: Playground;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "proftrack-pg-"));
  pg = await startPlayground({ workbookPath: join(dir, "book.xlsx"), port: 0 });
}, 60_000);

afterAll(async () => {
  await pg?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(pg.url + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const firstTab = async () => (await api<StateResponse>("GET", "/api/state")).body.tabs[0];

test("the page, its script and the shim are served; the server binds to 127.0.0.1", async () => {
  expect(pg.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const page = await fetch(`${pg.url}/`);
  expect(page.headers.get("content-type")).toContain("text/html");
  expect(await page.text()).toContain('<script src="/app.js">');
  for (const path of ["/app.js", "/shim.js", "/app.css"])
    expect((await fetch(pg.url + path)).status).toBe(200);
});

test("state: tabs, the menu built by onOpen once, and a cursor that hides what was already seen", async () => {
  const { status, body } = await api<StateResponse>("GET", "/api/state");
  expect(status).toBe(200);
  expect(body.tabs.map((t) => t.name)).toEqual(pg.emu.workbook.sheets.map((s) => s.name));
  expect(body.menus).toEqual(pg.emu.ui.menus);
  expect(pg.emu.ui.menus).toHaveLength(1);
  expect(body.shown).toEqual([]);
  const run = await api<RunResponse>("POST", "/api/run", { fn: "showHelp", args: [] });
  expect(run.body.ok).toBe(true);
  const after = await api<StateResponse>("GET", `/api/state?cursor=${body.cursor}`);
  expect(after.body.shown).toEqual([
    expect.objectContaining({ n: pg.emu.ui.shown.length - 1, kind: "modal" }),
  ]);
  expect(after.body.version).toBeGreaterThan(body.version);
  const again = await api<StateResponse>("GET", `/api/state?cursor=${after.body.cursor}`);
  expect(again.body.shown).toEqual([]);
});

test("a shown HTML is served with the shim as the first script of <head>", async () => {
  await api("POST", "/api/run", { fn: "showHelp", args: [] });
  const n = pg.emu.ui.shown.length - 1;
  const html = await (await fetch(`${pg.url}/sidebar/${n}`)).text();
  expect(html.indexOf('<script src="/shim.js"></script>')).toBeLessThan(html.indexOf("<script>"));
  expect(html).toMatch(/<head>\s*<script src="\/shim.js"><\/script>/);
  expect(injectShim("<p>x</p>")).toBe('<script src="/shim.js"></script><p>x</p>');
  expect(injectShim('<HTML lang="ru"><body>')).toBe(
    '<HTML lang="ru"><head><script src="/shim.js"></script></head><body>',
  );
});

test("google.script.run semantics: unknown and private names fail like Apps Script, results come back as JSON", async () => {
  const missing = await api<RunResponse>("POST", "/api/run", { fn: "noSuchFunction", args: [] });
  expect(missing.body).toEqual({
    ok: false,
    error: { name: "ScriptError", message: "Script function not found: noSuchFunction" },
  });
  const help = await api<RunResponse>("POST", "/api/run", { fn: "getHelp", args: [] });
  expect(help.body.ok && (help.body.value as { items: unknown[] }).items.length).toBeGreaterThan(0);
});

test("an edit is typed like Sheets, shown in the sheet window, and saved to the .xlsx (flushed)", async () => {
  const tab = await firstTab();
  const r = await api<RunResponse>("POST", "/api/edit", {
    sheetId: tab.id,
    row: 30,
    column: 3,
    value: "01.09.2026",
  });
  expect(r.body.ok).toBe(true);
  const win = await api<SheetResponse>("GET", `/api/sheet/${tab.id}?offset=29&limit=1`);
  expect(win.body.rows[0][2]).toMatchObject({ d: "01.09.2026", t: "d" });
  expect(await pg.flush()).toBeUndefined();
  const saved = await openEmulator(join(dir, "book.xlsx"));
  const cell = saved.workbook.sheets.find((s) => s.id === tab.id)!.cells[29][2];
  expect(Object.prototype.toString.call(cell?.v)).toBe("[object Date]");
});

test("edits sent at once are applied one at a time, none lost", async () => {
  const tab = await firstTab();
  const rows = [40, 41, 42, 43, 44, 45];
  const results = await Promise.all(
    rows.map((row) =>
      api<RunResponse>("POST", "/api/edit", { sheetId: tab.id, row, column: 1, value: String(row) }),
    ),
  );
  expect(results.every((x) => x.status === 200 && x.body.ok)).toBe(true);
  const sheet = pg.emu.workbook.sheets.find((s) => s.id === tab.id)!;
  expect(rows.map((row) => sheet.cells[row - 1]?.[0]?.v)).toEqual(rows);
});

test("bad requests get 400 (or 404) with a message, and the server keeps serving", async () => {
  const tab = await firstTab();
  const bad: [string, string, unknown, number][] = [
    ["POST", "/api/run", "{not json", 400],
    ["POST", "/api/run", { args: [] }, 400],
    ["POST", "/api/run", { fn: "showHelp", args: "x" }, 400],
    ["POST", "/api/edit", { sheetId: 987654, row: 1, column: 1, value: "x" }, 400],
    ["POST", "/api/edit", { sheetId: tab.id, row: 0, column: 1, value: "x" }, 400],
    ["POST", "/api/edit", { sheetId: tab.id, row: 1, column: 1, value: { x: 1 } }, 400],
    ["POST", "/api/edit", { sheetId: tab.id, row: tab.rows + 1, column: 1, value: "x" }, 400],
    ["GET", "/api/sheet/987654", undefined, 400],
    ["GET", `/api/sheet/${tab.id}?offset=-1`, undefined, 400],
    ["GET", `/api/sheet/${tab.id}?limit=100000`, undefined, 400],
    ["GET", "/api/state?cursor=a,b", undefined, 400],
    ["GET", "/sidebar/9999", undefined, 400],
    ["GET", "/nowhere", undefined, 404],
    ["DELETE", "/api/state", undefined, 404],
  ];
  for (const [method, path, body, status] of bad) {
    const res = await api<{ error: string }>(method, path, body);
    expect([method, path, res.status]).toEqual([method, path, status]);
    expect(res.body.error.length).toBeGreaterThan(0);
  }
  expect((await api("GET", "/api/state")).status).toBe(200);
});

test("«Отчёт для печати»: /report.html is the report of a refreshed copy, as an attachment; the open workbook is unchanged", async () => {
  expect(await (await fetch(`${pg.url}/`)).text()).toContain(
    '<a id="report-link" href="/report.html" download',
  );
  const names = pg.emu.workbook.sheets.map((s) => s.name);
  const before = JSON.stringify(pg.emu.workbook.sheets.find((s) => s.name === "Итоги — план") ?? null);
  const res = await fetch(`${pg.url}/report.html`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(res.headers.get("content-disposition")).toMatch(
    /^attachment; filename="proftrack-report-\d{4}-\d\d-\d\d\.html"$/,
  );
  const html = await res.text();
  expect(html).toContain('data-tab="Итоги — план"');
  expect(html).toMatch(/<svg [^>]*class="chart-svg"/);
  expect(pg.emu.workbook.sheets.map((s) => s.name)).toEqual(names);
  expect(JSON.stringify(pg.emu.workbook.sheets.find((s) => s.name === "Итоги — план") ?? null)).toBe(before);
});

describe("background saving", () => {
  test("edits answer before any save; a burst of them is one save, atomic, with every edit", async () => {
    const path = join(dir, "burst.xlsx");
    await pg.flush();
    copyFileSync(join(dir, "book.xlsx"), path);
    // A delay no test reaches: nothing is saved until the flush.
    const quiet = await startPlayground({ workbookPath: path, port: 0, saveDelayMs: 600_000 });
    try {
      const tab = (await (await fetch(`${quiet.url}/api/state`)).json()).tabs[0] as { id: number };
      for (const row of [50, 51, 52, 53, 54]) {
        const r = await fetch(`${quiet.url}/api/edit`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ sheetId: tab.id, row, column: 2, value: `правка ${row}` }),
        });
        expect(((await r.json()) as RunResponse).ok).toBe(true);
      }
      expect(quiet.app.saves).toBe(0);
      const before = (await openEmulator(path)).workbook.sheets.find((s) => s.id === tab.id)!;
      expect(before.cells[49]?.[1]?.v).not.toBe("правка 50");
      expect(await quiet.flush()).toBeUndefined();
      expect(quiet.app.saves).toBe(1);
      expect(await quiet.flush()).toBeUndefined();
      expect(quiet.app.saves).toBe(1);
      const after = (await openEmulator(path)).workbook.sheets.find((s) => s.id === tab.id)!;
      expect([50, 51, 52, 53, 54].map((r) => after.cells[r - 1]?.[1]?.v)).toEqual(
        [50, 51, 52, 53, 54].map((r) => `правка ${r}`),
      );
    } finally {
      await quiet.close();
    }
  }, 60_000);

  test.each(["SIGTERM"] as const)(
    "the server stopped by %s right after an edit has it in the .xlsx",
    async (signal) => {
      const path = join(dir, `${signal}.xlsx`);
      await pg.flush();
      copyFileSync(join(dir, "book.xlsx"), path);
      const child = spawn(
        process.execPath,
        ["--import", "tsx", join(__dirname, "../../emulator/playground/server.ts"), path],
        { env: { ...process.env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] },
      );
      try {
        const url = await new Promise<string>((ok, fail) => {
          let out = "";
          child.stdout!.on("data", (d: Buffer) => {
            out += d.toString();
            const m = /http:\/\/localhost:(\d+)/.exec(out);
            if (m) ok(`http://127.0.0.1:${m[1]}`);
          });
          child.once("exit", (code) => fail(new Error(`server exited (${code}): ${out}`)));
        });
        const tab = (await (await fetch(`${url}/api/state`)).json()).tabs[0] as { id: number; name: string };
        const r = await fetch(`${url}/api/edit`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ sheetId: tab.id, row: 60, column: 2, value: `до ${signal}` }),
        });
        expect(((await r.json()) as RunResponse).ok).toBe(true);
        const code = await new Promise<number | null>((ok) => {
          child.once("exit", (c) => ok(c));
          child.kill(signal);
        });
        expect(code).toBe(0);
        const saved = (await openEmulator(path)).workbook.sheets.find((s) => s.id === tab.id)!;
        expect(saved.cells[59]?.[1]?.v).toBe(`до ${signal}`);
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
      }
    },
    90_000,
  );
});
