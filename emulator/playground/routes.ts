// The playground's HTTP routes: static page, JSON API over the emulator (one change at a time, saved in the background), sidebars.

import type { IncomingMessage, ServerResponse } from "node:http";
import * as z from "zod";
import { createEmulator, type Emulator } from "../index";
import { cloneWorkbook } from "../model";
import { emulatorReport } from "../report/workbook";
import type { RunResponse, StateResponse } from "./api-types";
import type { ClientAssets } from "./client-bundle";
import { answersOfPost, formOf, formPage, thanksPage } from "./forms";
import { Saver } from "./saver";
import { sheetWindow, tabInfo } from "./sheet-view";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const RunBody = z.object({ fn: z.string().min(1).max(200), args: z.array(z.unknown()).default([]) });
const EditBody = z.object({
  sheetId: z.number().int(),
  row: z.number().int().min(1),
  column: z.number().int().min(1),
  value: z.union([z.string().max(50000), z.number(), z.boolean()]),
});
const ActivateBody = z.object({ sheetId: z.number().int() });

/** Sheets' message when a typed value breaks a strict data validation. */

/** The running playground: an emulator, the page's assets, a counter of changes and a queue of calls. */
export class PlaygroundApp {
  version = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly saver: Saver;

  constructor(
    readonly emu: Emulator,
    private readonly assets: ClientAssets,
    /** Where the bundle is, for the copy of the workbook the report refreshes (default: the repo's dist/). */
    private readonly distDir?: string,
    saveDelayMs?: number,
  ) {
    this.saver = new Saver(emu, saveDelayMs);
  }

  /** Writes every change not yet saved into the .xlsx (the server's stop, and tests, wait for it). */
  flush(): Promise<string | undefined> {
    return this.serial(() => this.saver.flush());
  }

  /** Saves written in the background so far. */
  get saves(): number {
    return this.saver.saves;
  }

  /** Runs executions one at a time, in the order they came. */
  serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    const method = req.method ?? "GET";
    if (method === "GET") {
      if (path === "/" || path === "/index.html") return send(res, 200, "text/html", this.assets.html);
      if (path === "/app.js") return send(res, 200, "text/javascript", this.assets.appJs);
      if (path === "/app.css") return send(res, 200, "text/css", this.assets.css);
      if (path === "/shim.js") return send(res, 200, "text/javascript", this.assets.shimJs);
      if (path === "/favicon.ico") return send(res, 204, "image/x-icon", "");
      if (path === "/report.html") {
        const { html, made } = await this.serial(async () => this.report());
        res.writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "cache-control": "no-store",
          // lint-dom-trusted: an HTTP header, not HTML; `made` is the report's date, yyyy-mm-dd
          "content-disposition": `attachment; filename="proftrack-report-${made}.html"`,
        });
        return void res.end(html);
      }
      if (path === "/api/state") return json(res, 200, this.state(url.searchParams.get("cursor")));
      const sheet = /^\/api\/sheet\/(-?\d+)$/.exec(path);
      if (sheet) return json(res, 200, this.sheet(Number(sheet[1]), url.searchParams));
      const shown = /^\/sidebar\/(\d+)$/.exec(path);
      if (shown) return send(res, 200, "text/html", injectShim(this.shownHtml(Number(shown[1]))));
      const short = /^\/f\/([^/]+)$/.exec(path);
      if (short) {
        res.writeHead(302, { location: `/forms/${short[1]}${url.search}` });
        return void res.end();
      }
      const formGet = /^\/forms\/([^/]+)$/.exec(path);
      if (formGet) {
        const form = formOf(this.emu, decodeURIComponent(formGet[1]));
        if (!form) throw new HttpError(404, `Нет формы анкеты ${decodeURIComponent(formGet[1])}`);
        return send(res, 200, "text/html", formPage(form, url.searchParams));
      }
    }
    if (method === "POST") {
      const formPost = /^\/forms\/([^/]+)$/.exec(path);
      if (formPost) {
        const form = formOf(this.emu, decodeURIComponent(formPost[1]));
        if (!form) throw new HttpError(404, `Нет формы анкеты ${decodeURIComponent(formPost[1])}`);
        const body = new URLSearchParams(await readText(req));
        const answers = answersOfPost(form, body);
        // A pupil's answer as Google takes it: stored, appended to the destination, the trigger run; then saved.
        const refused = await this.serial(async () => {
          try {
            this.emu.submitForm(form.id, answers);
            this.version += 1;
            return null;
          } catch (e) {
            return (e as Error).message;
          }
        });
        if (refused !== null) return send(res, 400, "text/html", formPage(form, body, refused));
        this.saver.changed();
        return send(res, 200, "text/html", thanksPage(form));
      }
      if (path === "/api/run") {
        const body = parse(RunBody, await readJson(req));
        const result = await this.serial(async () => this.run(body.fn, body.args));
        return json(res, 200, { ...result, ...(await this.save()) });
      }
      if (path === "/api/edit") {
        const body = parse(EditBody, await readJson(req));
        const result = await this.serial(async () => this.edit(body));
        return json(res, 200, { ...result, ...(await this.save()) });
      }
      if (path === "/api/activate") {
        const body = parse(ActivateBody, await readJson(req));
        this.sheetById(body.sheetId);
        const ctx = (this.emu as { ctx?: { activeSheetId: number } }).ctx;
        if (ctx) ctx.activeSheetId = body.sheetId;
        return json(res, 200, { ok: true });
      }
    }
    throw new HttpError(404, `Нет такого адреса: ${method} ${path}`);
  }

  state(cursor: string | null): StateResponse {
    const ui = this.emu.ui;
    const now = [ui.toasts.length, ui.alerts.length, ui.shown.length];
    let from = now;
    if (cursor !== null) {
      from = cursor.split(",").map(Number);
      if (from.length !== 3 || from.some((n) => !Number.isInteger(n) || n < 0))
        throw new HttpError(400, "cursor: три целых числа через запятую");
      from = from.map((n, i) => Math.min(n, now[i]));
    }
    const ctx = (this.emu as { ctx?: { activeSheetId: number } }).ctx;
    return {
      workbookName: this.emu.workbook.name,
      tabs: this.emu.workbook.sheets.map(tabInfo),
      activeSheetId: ctx?.activeSheetId ?? null,
      menus: ui.menus,
      cursor: now.join(","),
      toasts: ui.toasts.slice(from[0]),
      alerts: ui.alerts.slice(from[1]),
      shown: ui.shown.slice(from[2]).map((s, i) => ({
        n: from[2] + i,
        kind: s.kind,
        title: s.title,
        width: s.width,
        height: s.height,
      })),
      version: this.version,
    };
  }

  /**
   * «Отчёт для печати»: the summaries refreshed in a copy of the workbook (the open one is not changed, nothing is
   * saved), every «Итоги — …» tab rendered into one self-contained page, as `npm run local -- report` writes it.
   */
  private report(): { html: string; made: string } {
    const copy = createEmulator({ workbook: cloneWorkbook(this.emu.workbook), distDir: this.distDir });
    const now = new Date();
    const { html } = emulatorReport(copy, { now });
    return { html, made: now.toISOString().slice(0, 10) };
  }

  private sheetById(id: number) {
    const sheet = this.emu.workbook.sheets.find((s) => s.id === id);
    if (!sheet) throw new HttpError(400, `Нет листа с id ${id}`);
    return sheet;
  }

  private sheet(id: number, q: URLSearchParams) {
    const offset = q.has("offset") ? Number(q.get("offset")) : 0;
    const limit = q.has("limit") ? Number(q.get("limit")) : 200;
    if (!Number.isInteger(offset) || offset < 0) throw new HttpError(400, "offset: целое число ≥ 0");
    if (!Number.isInteger(limit) || limit < 1 || limit > 2000)
      throw new HttpError(400, "limit: целое число от 1 до 2000");
    return sheetWindow(this.emu.workbook, this.sheetById(id), offset, limit, this.version);
  }

  private shownHtml(n: number): string {
    const shown = this.emu.ui.shown[n];
    if (!shown) throw new HttpError(400, `Нет показанного окна с номером ${n}`);
    return shown.html;
  }

  /** google.script.run or a menu click: only the bundle's globals, and never a private name (ending in _). */
  private run(fn: string, args: unknown[]): RunResponse {
    let result: RunResponse;
    if (!this.emu.globals.includes(fn) || fn.endsWith("_")) {
      result = { ok: false, error: { name: "ScriptError", message: `Script function not found: ${fn}` } };
    } else {
      result = this.emu.runFromClient(fn, args);
    }
    this.version += 1;
    return result;
  }

  private edit(body: z.infer<typeof EditBody>): RunResponse {
    const sheet = this.sheetById(body.sheetId);
    if (body.row > sheet.maxRows || body.column > sheet.maxColumns)
      throw new HttpError(400, `Ячейка (${body.row}, ${body.column}) за пределами листа «${sheet.name}»`);
    let result: RunResponse = { ok: true, value: null };
    try {
      this.emu.editCell(sheet.name, body.row, body.column, body.value);
    } catch (e) {
      const err = e as Error;
      result = { ok: false, error: { name: err?.name ?? "Error", message: err?.message ?? String(e) } };
    }
    this.version += 1;
    return result;
  }

  /**
   * A change answers at once; the .xlsx is saved in the background once the edits pause (and on the server's stop).
   * A background save that failed is reported with the next answer, until a save succeeds.
   */
  private async save(): Promise<{ saveError?: string }> {
    this.saver.changed();
    const saveError = this.saver.lastError;
    return saveError ? { saveError } : {};
  }
}

/** Puts <script src="/shim.js"> first in <head>, so google.script exists before any of the page's scripts run. */
export function injectShim(html: string): string {
  const tag = '<script src="/shim.js"></script>';
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const root = /<html(\s[^>]*)?>/i.exec(html);
  if (root)
    // lint-dom-trusted: the add-on's own page from dist/ and the constant tag above, no data
    return `${html.slice(0, root.index + root[0].length)}<head>${tag}</head>${html.slice(root.index + root[0].length)}`;
  return tag + html;
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new HttpError(
    400,
    r.error.issues.map((i) => `${i.path.join(".") || "тело"}: ${i.message}`).join("; "),
  );
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 2_000_000) throw new HttpError(413, "Слишком большой запрос");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 2_000_000) throw new HttpError(413, "Слишком большой запрос");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (_e) {
    throw new HttpError(400, "Тело запроса — не JSON");
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
  res.end(body);
}

export function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, "application/json", JSON.stringify(value));
}
