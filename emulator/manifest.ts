// The project's appsscript.json as the emulator sees it (the script's time zone).

import { readFileSync } from "node:fs";
import { join } from "node:path";

export function appsScriptTimeZone(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "appsscript.json"), "utf8")) as {
    timeZone?: string;
  };
  return manifest.timeZone ?? "Europe/Moscow";
}

/** The OAuth scopes of a manifest (dist/appsscript.json when given, else the project's). */
export function appsScriptScopes(manifestPath = join(__dirname, "..", "appsscript.json")): string[] {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { oauthScopes?: string[] };
  return manifest.oauthScopes ?? [];
}
