// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code handed to the lint
// The DOM lint of `npm run lint` (scripts/lint-dom.ts): it catches each HTML sink planted in a sidebar, markup in
// browser code and unescaped output in the server's HTML, and the project as it stands has none.

import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { lintDom, projectFiles } from "../../scripts/lint-dom";

const ROOT = join(__dirname, "../..");
const sidebar = readFileSync(join(ROOT, "src/ui/thesaurus/main.ts"), "utf8");

describe("lint-dom", () => {
  test("the project's src/ and emulator/ files have no finding", () => {
    const findings = projectFiles().flatMap((f) => lintDom(relative(ROOT, f), readFileSync(f, "utf8")));
    expect(findings).toEqual([]);
  });

  test.each([
    ["innerHTML", "el.innerHTML = p.name;", "innerHTML"],
    ["outerHTML", "list.outerHTML = x;", "outerHTML"],
    ["insertAdjacentHTML", 'el.insertAdjacentHTML("beforeend", p.name);', "insertAdjacentHTML"],
    ["document.write", "document.write(p.name);", "document.write"],
    ["element access", 'el["innerHTML"] = p.name;', "innerHTML"],
    ["srcdoc", "frame.srcdoc = html;", "srcdoc"],
    ["markup in a template", "const row = `<li>${p.name}</li>`;", "markup in a string"],
  ])("%s planted in the thesaurus sidebar is caught", (_name, line, message) => {
    const planted = `${sidebar}\nfunction planted(el: any, p: any, list: any, frame: any, html: string, x: string) {\n  ${line}\n}\n`;
    const findings = lintDom("src/ui/thesaurus/main.ts", planted);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(message);
    expect(findings[0].line).toBe(planted.split("\n").length - 2);
  });

  test("server HTML: ${title} unescaped is caught; esc(title), literals, nested templates and declared names pass", () => {
    const bad = "const page = (title: string) => `<h1>${title}</h1>`;";
    expect(lintDom("emulator/playground/forms.ts", bad)).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining("unescaped ${title}") }),
    ]);
    const attr = 'const a = (v: string) => ` data-x="${v}"`;';
    expect(lintDom("emulator/playground/forms.ts", attr)).toHaveLength(1);
    const good = [
      "// lint-dom-safe: n",
      "const esc = (s: string) => s;",
      "const page = (title: string, ok: boolean, n: number, xs: string[]) =>",
      '  `<h1>${esc(title)}</h1>${ok ? `<p>${esc(title)}</p>` : ""}<i>${n}</i>${xs.map((x) => `<b>${esc(x)}</b>`).join("")}`;',
    ].join("\n");
    expect(lintDom("emulator/playground/forms.ts", good)).toEqual([]);
  });

  test("comments and CSS selectors are not findings", () => {
    const src = '// never innerHTML\nconst x = document.querySelector(`[data-row="${1}"]`);';
    expect(lintDom("src/ui/thesaurus/main.ts", src)).toEqual([]);
  });
});
