// The DOM lint `npm run lint` runs after Biome (which has no rule for these outside JSX): no HTML parsed from strings.
//
// 1. Everywhere in src/ and emulator/: no innerHTML, outerHTML, insertAdjacentHTML, document.write/writeln, srcdoc,
//    createContextualFragment — a sidebar builds its DOM with h() and textContent (src/ui/shared/dom.ts).
// 2. In browser code (src/ui, emulator/playground/client): no string or template literal holding markup (`<b>…`).
// 3. Where a server writes HTML as text (emulator/playground, emulator/services): every `${…}` of a template that
//    holds markup is escaped — esc(…)/escapeHtml(…), a literal, a nested template (checked itself), a conditional of
//    those, a .map(…)/.join(…) of templates checked where they are written, or a name the file declares safe in a
//    comment `// lint-dom-safe: name other` (values the server made itself: numbers, built fragments). A template
//    reviewed as a whole carries `// lint-dom-trusted: <why>` on the line above.
//
// Usage: tsx scripts/lint-dom.ts [files…] (default: the project's files); exits 1 and lists each finding.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface Finding {
  file: string;
  line: number;
  message: string;
}

const ROOT = join(__dirname, "..");
const SINK_PROPS = new Set([
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "srcdoc",
  "createContextualFragment",
]);
/** A tag: `<b>`, `</p>`, `<img src=…`, `<!doctype`. */
const TAG = /<\/?[a-zA-Z!][a-zA-Z0-9-]*(\s|\/?>|$)/;
/** A tag, or an attribute written as text (` data-x="…`), in server HTML. */
const SERVER_MARKUP = new RegExp(`${TAG.source}|\\s[a-zA-Z-]+="`);
const ESCAPERS = new Set(["esc", "escapeHtml", "escapeAttr"]);

export type FileKind = "browser" | "server" | "other";

export function kindOf(path: string): FileKind {
  const p = path.replace(/\\/g, "/");
  if (p.startsWith("src/ui/") || p.startsWith("emulator/playground/client/")) return "browser";
  if (p.startsWith("emulator/playground/") || p.startsWith("emulator/services/")) return "server";
  return "other";
}

/** The findings of one file's source text. */
export function lintDom(path: string, source: string, kind: FileKind = kindOf(path)): Finding[] {
  const sf = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const safeNames = new Set(
    [...source.matchAll(/\/\/\s*lint-dom-safe:\s*([^\n]+)/g)].flatMap((m) => m[1].trim().split(/[\s,]+/)),
  );
  const report = (node: ts.Node, message: string) =>
    findings.push({
      file: path,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      message,
    });

  const textOf = (t: ts.TemplateLiteral | ts.StringLiteralLike): string =>
    ts.isTemplateExpression(t)
      ? [t.head.text, ...t.templateSpans.map((s) => s.literal.text)].join("")
      : t.text;

  const nameOf = (e: ts.Expression): string | undefined => {
    const x = ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e) ? e.expression : e;
    if (ts.isIdentifier(x)) return x.text;
    if (ts.isPropertyAccessExpression(x)) return x.name.text;
    return undefined;
  };

  const safe = (e: ts.Expression): boolean => {
    if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) return safe(e.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isNumericLiteral(e)) return true;
    if (ts.isTemplateExpression(e)) return true; // checked as a template of its own
    if (ts.isConditionalExpression(e)) return safe(e.whenTrue) && safe(e.whenFalse);
    if (
      ts.isBinaryExpression(e) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(e.operatorToken.kind)
    )
      return safe(e.left) && safe(e.right);
    if (ts.isCallExpression(e)) {
      const callee = e.expression;
      if (ts.isIdentifier(callee) && ESCAPERS.has(callee.text)) return true;
      if (ts.isPropertyAccessExpression(callee) && ["join", "map"].includes(callee.name.text)) return true;
      return false;
    }
    const name = nameOf(e);
    return name !== undefined && safeNames.has(name);
  };

  const lines = source.split("\n");
  const trusted = (node: ts.Node): boolean => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
    return /lint-dom-trusted:/.test(lines[line] ?? "") || /lint-dom-trusted:/.test(lines[line - 1] ?? "");
  };

  const visit = (node: ts.Node): void => {
    // 1. HTML sinks.
    if (ts.isPropertyAccessExpression(node) && SINK_PROPS.has(node.name.text))
      report(
        node,
        `${node.name.text}: build the DOM with h()/textContent (src/ui/shared/dom.ts), never from HTML text`,
      );
    if (
      ts.isElementAccessExpression(node) &&
      ts.isStringLiteral(node.argumentExpression) &&
      SINK_PROPS.has(node.argumentExpression.text)
    )
      report(
        node,
        `${node.argumentExpression.text}: build the DOM with h()/textContent, never from HTML text`,
      );
    if (
      ts.isPropertyAccessExpression(node) &&
      ["write", "writeln"].includes(node.name.text) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "document"
    )
      report(node, `document.${node.name.text}: build the DOM with h()/textContent, never from HTML text`);
    // 2. Markup in browser code.
    if (
      kind === "browser" &&
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node))
    ) {
      if (!ts.isImportDeclaration(node.parent) && TAG.test(textOf(node)))
        report(node, "markup in a string: browser code builds elements with h(), it never writes HTML text");
    }
    // 3. Unescaped output in server HTML templates.
    if (
      kind === "server" &&
      ts.isTemplateExpression(node) &&
      SERVER_MARKUP.test(textOf(node)) &&
      !trusted(node)
    ) {
      for (const span of node.templateSpans) {
        if (!safe(span.expression))
          report(
            span.expression,
            `unescaped \${${span.expression.getText(sf)}} in HTML: wrap it in esc(…) or declare it in // lint-dom-safe:`,
          );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (/\.ts$/.test(name) && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

export function projectFiles(): string[] {
  return [...filesUnder(join(ROOT, "src")), ...filesUnder(join(ROOT, "emulator"))];
}

function main(): void {
  const args = process.argv.slice(2);
  const files = args.length ? args.map((a) => join(process.cwd(), a)) : projectFiles();
  const findings = files.flatMap((f) => lintDom(relative(ROOT, f), readFileSync(f, "utf8")));
  for (const f of findings) console.error(`${f.file}:${f.line}  ${f.message}`);
  if (findings.length > 0) {
    console.error(`lint-dom: ${findings.length} finding(s)`);
    process.exit(1);
  }
  console.log(`lint-dom: ${files.length} files, no HTML sink, no unescaped template output`);
}

if (require.main === module) main();
