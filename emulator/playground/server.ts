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
}

export interface Playground {
  url: string;
  emu: Emulator;
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
  const app = new PlaygroundApp(emu, assets, opts.distDir);
  const server = createServer((req, res) => {
    app.handle(req, res).catch((e: unknown) => {
      const status = e instanceof HttpError ? e.status : 500;
      const message = e instanceof Error ? e.message : String(e);
      if (status === 500) console.error(e);
      if (!res.headersSent) json(res, status, { error: message });
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 8080, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    emu,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

async function main(): Promise<void> {
  const workbookPath = resolve(process.argv[2] ?? process.env.PROFTRACK_WORKBOOK ?? "local/workbook.xlsx");
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const pg = await startPlayground({ workbookPath, port });
  console.log(
    `ПрофТрек playground: http://localhost:${new URL(pg.url).port}  (книга: ${workbookPath}; каждое изменение сохраняется в неё)`,
  );
  const stop = () => {
    pg.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
