// clasp pushes exactly what the build made: `clasp show-file-status` over the committed .clasp.json lists dist/ only.

import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");

test("clasp show-file-status lists exactly the dist files", () => {
  const dir = mkdtempSync(join(tmpdir(), "proftrack-clasp-"));
  try {
    cpSync(join(root, "dist"), join(dir, "dist"), { recursive: true });
    cpSync(join(root, "src"), join(dir, "src"), { recursive: true });
    const committed = JSON.parse(readFileSync(join(root, ".clasp.json"), "utf8"));
    // A real id comes from `npm run setup`; any id lets clasp list files offline.
    writeFileSync(join(dir, ".clasp.json"), JSON.stringify({ ...committed, scriptId: "test-script-id" }));
    const out = execFileSync(join(root, "node_modules/.bin/clasp"), ["--json", "show-file-status"], {
      cwd: dir,
      encoding: "utf8",
    });
    const status = JSON.parse(out) as { filesToPush: string[] };
    const expected = readdirSync(join(root, "dist")).map((f) => `dist/${f}`);
    expect([...status.filesToPush].sort()).toEqual(expected.sort());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
