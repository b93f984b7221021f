// The project's appsscript.json as the emulator sees it (the script's time zone).

import { readFileSync } from "node:fs";
import { join } from "node:path";

export function appsScriptTimeZone(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "appsscript.json"), "utf8")) as {
    timeZone?: string;
  };
  return manifest.timeZone ?? "Europe/Moscow";
}
