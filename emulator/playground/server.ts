// `npm start`: the playground — the workbook as a grid, the add-on's menu, its real sidebars — on http://localhost:8080.

import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { type Emulator, openEmulator } from "../index";
import { buildClient } from "./client-bundle";
import { HttpError, json, PlaygroundApp } from "./routes";

export interface PlaygroundOptions {
  /** The .xlsx to open; created with the demo school when missing. */
  workbookPath: string;
  /** 0 picks a free port. */
  port?: number;
  distDir?: string;
  /** Serve this emulator instead of opening workbookPath (tests with a workbook built in code); it saves to workbookPath. */
  emulator?: Emulator;
  /** How long the background save waits for more edits (SAVE_DELAY_MS by default). */
  saveDelayMs?: number;
}

export interface Playground {
  url: string;
  emu: Emulator;
  app: PlaygroundApp;
  /** Writes every change not yet saved (resolves with the save's error message, if it failed). */
  flush(): Promise<string | undefined>;
  /** Stops serving, then saves what is not saved yet. */
  close(): Promise<void>;
}

/** Opens the workbook, runs onOpen once for the menu, and serves the playground on 127.0.0.1. */
export async function startPlayground(opts: PlaygroundOptions): Promise<Playground> {
  const [emu, assets] = await Promise.all([
    opts.emulator ?? openEmulator(opts.workbookPath, { demo: true, distDir: opts.distDir }),
    buildClient(),
  ]);
  emu.path ??= opts.workbookPath;
  if (!existsSync(emu.path)) await emu.save();
  if (emu.globals.includes("onOpen")) emu.call("onOpen");
  const app = new PlaygroundApp(emu, assets, opts.distDir, opts.saveDelayMs);
  const server = createServer((req, res) => {
    app.handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      const message = e instanceof Error ? e.message : String(e);
      if (status === 500) console.error(e);
      if (!res.headersSent) json(res, status, { error: message });
      else res.end();
    });
  });
  // A background save holds the event loop for a moment: an idle keep-alive socket must not be closed just as the
  // page (or a test) sends its next request on it (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 8080, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    emu,
    app,
    flush: () => app.flush(),
    close: async () => {
      await new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      });
      const error = await app.flush();
      if (error) console.error(`Книга не сохранена: ${error}`);
    },
  };
}

async function main(): Promise<void> {
  const workbookPath = resolve(process.argv[2] ?? process.env.PROFTRACK_WORKBOOK ?? "local/workbook.xlsx");
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const pg = await startPlayground({ workbookPath, port });
  console.log(
    `ПрофТрек playground: http://localhost:${new URL(pg.url).port}  (книга: ${workbookPath}; каждое изменение сохраняется в неё)`,
  );
  // Edits are saved in the background: a stop (Ctrl+C, kill, the end of the process) writes what is not saved yet.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    pg.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("SIGHUP", stop);
  process.on("beforeExit", stop);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
