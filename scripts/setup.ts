// `npm run setup`: creates a new Google Sheet with a bound Apps Script project via clasp, keeping rootDir dist.

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..");
const claspJson = join(root, ".clasp.json");
const clasp = join(root, "node_modules/.bin/clasp");

function readClasp(): { scriptId?: string; rootDir?: string } {
  return existsSync(claspJson) ? JSON.parse(readFileSync(claspJson, "utf8")) : {};
}

function main(): void {
  const current = readClasp();
  if (current.scriptId) {
    console.log(
      `.clasp.json already points at script ${current.scriptId}; nothing to do. Run npm run deploy.`,
    );
    return;
  }
  // clasp create refuses to run where a .clasp.json exists; the committed one only says rootDir: dist.
  if (existsSync(claspJson)) renameSync(claspJson, `${claspJson}.bak`);
  try {
    const title = process.argv[2] ?? "ПрофТрек";
    execFileSync(clasp, ["create", "--type", "sheets", "--title", title, "--rootDir", "dist"], {
      cwd: root,
      stdio: "inherit",
    });
  } catch (e) {
    if (existsSync(`${claspJson}.bak`)) renameSync(`${claspJson}.bak`, claspJson);
    console.error(
      "clasp create failed. Did you run `npx clasp login` and enable the Apps Script API (README)?",
    );
    throw e;
  }
  const created = readClasp();
  writeFileSync(claspJson, `${JSON.stringify({ ...created, rootDir: "dist" }, null, 2)}\n`);
  console.log(`Created script ${created.scriptId}. Now: npm run deploy`);
}

main();
