// The playground's forms: each questionnaire's Google Form served at /forms/<Id> (and /f/<Id>, short for a QR code),
// so that pupils on the school's network answer in a browser; their answers take the path of Google's submissions.

import type { Emulator } from "../index";
import type { FormItemModel, FormModel } from "../services/form-model";
import { type FormAnswer, findQuestionnaireForm, questionItems } from "../services/form-submit";

// lint-dom-safe: entryId required attrs legend req name type CSS SCRIPT — numbers and fragments this file builds from
// esc(…)'d texts (scripts/lint-dom.ts): attrs, legend, req, name (`entry.<number>`), type (radio/checkbox), CSS, SCRIPT.
const esc = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

export function formOf(emu: Emulator, id: string): FormModel | undefined {
  return findQuestionnaireForm(emu.workbook, id);
}

/** Prefilled answers of the query (Google's `entry.<n>=value`), by item id. */
function prefilled(form: FormModel, query: URLSearchParams): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [k, v] of query) {
    const m = /^entry\.(\d+)$/.exec(k);
    const item = m && form.items.find((i) => i.entryId === Number(m[1]));
    if (item) out.set(item.id, [...(out.get(item.id) ?? []), v]);
  }
  return out;
}

/**
 * The form as one HTML page: the class question shows only the chosen class's page (a small script toggles the
 * pages; the texts are written by the server, escaped); page breaks become headings; the answer fields are named by
 * Google's `entry.<n>`.
 */
export function formPage(form: FormModel, query: URLSearchParams, error?: string): string {
  const given = prefilled(form, query);
  const parts: string[] = [];
  let page = 0;
  const pageOf = new Map<number, number>();
  form.items.forEach((item) => {
    if (item.type === "PAGE_BREAK") page++;
    pageOf.set(item.id, page);
  });
  // A page some choice leads to is shown only when that choice is picked.
  const gated = new Map<number, { item: number; value: string }>();
  for (const item of form.items)
    for (const c of item.choices ?? [])
      if (c.navigation === "GO_TO_PAGE" && c.goToPage !== undefined) {
        const target = pageOf.get(c.goToPage);
        if (target !== undefined) gated.set(target, { item: item.id, value: c.value });
      }
  let open = false;
  for (const item of form.items) {
    if (item.type === "PAGE_BREAK" || !open) {
      if (open) parts.push("</section>");
      const p = pageOf.get(item.id) ?? 0;
      const gate = gated.get(p);
      const attrs = gate
        ? ` data-gate-item="entry.${form.items.find((i) => i.id === gate.item)!.entryId}" data-gate-value="${esc(gate.value)}" hidden`
        : "";
      parts.push(`<section class="page"${attrs}>`);
      open = true;
      if (item.type === "PAGE_BREAK") {
        parts.push(`<h2>${esc(item.title)}</h2>`);
        continue;
      }
    }
    parts.push(field(item, given.get(item.id) ?? []));
  }
  if (open) parts.push("</section>");
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(form.title)}</title><style>${CSS}</style></head><body><main>
<h1>${esc(form.title)}</h1><p class="desc">${esc(form.description)}</p>
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ""}
<form method="post">${parts.join("\n")}<button type="submit">Отправить</button></form></main>
<script>${SCRIPT}</script></body></html>`;
}

function field(item: FormItemModel, given: string[]): string {
  const name = `entry.${item.entryId}`;
  const req = item.required ? " *" : "";
  const legend = `<legend>${esc(item.title)}${req}</legend>`;
  const choice = (type: string, value: string) =>
    `<label><input type="${type}" name="${name}" value="${esc(value)}"${given.includes(value) ? " checked" : ""}> ${esc(value)}</label>`;
  switch (item.type) {
    case "MULTIPLE_CHOICE":
      return `<fieldset class="q" data-required="${item.required}">${legend}${(item.choices ?? []).map((c) => choice("radio", c.value)).join("")}</fieldset>`;
    case "CHECKBOX":
      return `<fieldset class="q">${legend}${(item.choices ?? []).map((c) => choice("checkbox", c.value)).join("")}</fieldset>`;
    case "LIST":
      return `<fieldset class="q">${legend}<select name="${name}"><option value="">—</option>${(
        item.choices ?? []
      )
        .map((c) => `<option${given.includes(c.value) ? " selected" : ""}>${esc(c.value)}</option>`)
        .join("")}</select></fieldset>`;
    case "SCALE": {
      const values: string[] = [];
      for (let v = item.lower ?? 1; v <= (item.upper ?? 5); v++) values.push(String(v));
      return `<fieldset class="q scale">${legend}${values.map((v) => choice("radio", v)).join("")}</fieldset>`;
    }
    case "TEXT":
    case "PARAGRAPH_TEXT":
      return `<fieldset class="q">${legend}<input type="text" name="${name}" value="${esc(given[0] ?? "")}"${
        item.validation
          ? ` pattern="${esc(item.validation.pattern)}" title="${esc(item.validation.helpText)}"`
          : ""
      }></fieldset>`;
    default:
      return `<h3>${esc(item.title)}</h3>`;
  }
}

/** The posted fields as answers by question title: only the fields of the pages shown are sent. */
export function answersOfPost(form: FormModel, body: URLSearchParams): Record<string, FormAnswer> {
  const answers: Record<string, FormAnswer> = {};
  for (const item of questionItems(form)) {
    const values = body.getAll(`entry.${item.entryId}`).filter((v) => v !== "");
    if (values.length === 0) continue;
    answers[item.title] =
      item.type === "CHECKBOX" ? values : item.type === "SCALE" ? Number(values[0]) : values[0];
  }
  return answers;
}

export function thanksPage(form: FormModel): string {
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${esc(form.title)}</title><style>${CSS}</style></head>
<body><main><h1>${esc(form.title)}</h1><p class="thanks" role="status">${esc(form.confirmationMessage || "Ответ записан.")}</p></main></body></html>`;
}

const CSS = `body{font:16px/1.4 system-ui,sans-serif;background:#f0ebf8;margin:0}main{max-width:640px;margin:16px auto;padding:0 12px}
h1{background:#fff;border-top:8px solid #673ab7;border-radius:8px;padding:16px;margin:0 0 12px}
.desc{margin:0 0 12px;color:#444}.page h2{font-size:18px;margin:16px 0 8px}
fieldset.q{background:#fff;border:1px solid #dadce0;border-radius:8px;margin:0 0 12px;padding:12px 16px}
legend{font-weight:600;padding:0 4px}label{display:block;margin:4px 0}fieldset.scale label{display:inline-block;margin-right:12px}
button{background:#673ab7;color:#fff;border:0;border-radius:4px;padding:10px 24px;font-size:16px}
.error{background:#fce8e6;color:#c5221f;padding:8px 12px;border-radius:4px}.thanks{background:#fff;padding:16px;border-radius:8px}`;

/** Shows the page a choice leads to (and disables the fields of the others, so they are not sent). */
const SCRIPT = `(function(){var pages=[].slice.call(document.querySelectorAll("section[data-gate-item]"));
function sync(){pages.forEach(function(p){var picked=document.querySelector('input[name="'+p.dataset.gateItem+'"]:checked');
var on=!!picked&&picked.value===p.dataset.gateValue;p.hidden=!on;[].forEach.call(p.querySelectorAll("input,select"),function(e){e.disabled=!on;});});}
document.addEventListener("change",sync);sync();})();`;
