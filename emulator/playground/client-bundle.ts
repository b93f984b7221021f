// Builds the playground page and the google.script.run shim with esbuild when the server starts (no files written).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

export interface ClientAssets {
  html: string;
  css: string;
  appJs: string;
  shimJs: string;
}

const clientDir = join(__dirname, "client");

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(clientDir, entry)],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

export async function buildClient(): Promise<ClientAssets> {
  const [appJs, shimJs] = await Promise.all([bundle("main.ts"), bundle("shim.ts")]);
  return {
    html: readFileSync(join(clientDir, "index.html"), "utf8"),
    css: ["style.css", "grid.css", "panels.css"]
      .map((f) => readFileSync(join(clientDir, f), "utf8"))
      .join("\n"),
    appJs,
    shimJs,
  };
}
