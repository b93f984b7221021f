// Data validations: the model's kinds ⇄ OOXML <dataValidation> (read from the sheet XML by hand, see read.ts).

import type { ValidationModel } from "../model";
import { hasUnsafeAttributeChars, hasUnsafeChars } from "./text";

/** One <dataValidation> as the file holds it (attributes and formulas as text). */
export interface RawValidation {
  type: string;
  operator?: string;
  formula1?: string;
  formula2?: string;
  /** OOXML's showDropDown: true HIDES the in-cell arrow. exceljs never writes it. */
  showDropDown?: boolean;
  showErrorMessage?: boolean;
  errorStyle?: string;
  showInputMessage?: boolean;
  prompt?: string;
}

/** Excel's limit on a list formula and on an input message. */
const MAX_FORMULA = 255;
const MAX_PROMPT = 255;
/** A number bound this large stands for "no bound" (Excel needs a formula even when Apps Script has none). */
const NO_BOUND = 1e300;
/** Serial 0: "a date on or after 30.12.1899", i.e. any date. */
const ANY_DATE = "0";
const CHECKBOX_LIST = '"TRUE,FALSE"';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function bound(formula: string | undefined): number | undefined {
  if (formula === undefined || !NUMBER.test(formula.trim())) return undefined;
  const n = Number(formula.trim());
  return Number.isFinite(n) && Math.abs(n) < NO_BOUND ? n : undefined;
}

/** Drops the `$` of absolute references outside quoted sheet names, and a leading "=". */
function plainReference(formula: string): string {
  return formula.replace(/^=/, "").replace(/'(?:[^']|'')*'|\$/g, (m) => (m === "$" ? "" : m));
}

/** The model's validation from what the file holds; undefined for kinds the model does not have. */
export function decodeValidation(raw: RawValidation): ValidationModel | undefined {
  const allowInvalid =
    raw.showErrorMessage !== true || (raw.errorStyle !== undefined && raw.errorStyle !== "stop");
  const help = raw.showInputMessage === true && raw.prompt !== undefined ? { helpText: raw.prompt } : {};
  switch (raw.type) {
    case "list": {
      const f = (raw.formula1 ?? "").replace(/^=/, "");
      const showDropdown = raw.showDropDown !== true;
      if (f.length >= 2 && f.startsWith('"') && f.endsWith('"')) {
        const values = f.slice(1, -1).replace(/""/g, '"').split(",");
        if (
          values.length === 2 &&
          values[0]!.toUpperCase() === "TRUE" &&
          values[1]!.toUpperCase() === "FALSE"
        ) {
          return { kind: "checkbox", allowInvalid, ...help };
        }
        return { kind: "list", values, showDropdown, allowInvalid, ...help };
      }
      if (f.trim() === "") return undefined;
      return { kind: "range", a1: plainReference(f), showDropdown, allowInvalid, ...help };
    }
    case "decimal":
    case "whole": {
      const a = bound(raw.formula1);
      const b = bound(raw.formula2);
      let range: { min?: number; max?: number } = {};
      switch (raw.operator ?? "between") {
        case "between":
          range = { min: a, max: b };
          break;
        case "equal":
          range = { min: a, max: a };
          break;
        case "greaterThan":
        case "greaterThanOrEqual":
          range = { min: a };
          break;
        case "lessThan":
        case "lessThanOrEqual":
          range = { max: a };
          break;
        default:
          break;
      }
      const v: ValidationModel = { kind: "number", allowInvalid, ...help };
      if (range.min !== undefined) v.min = range.min;
      if (range.max !== undefined) v.max = range.max;
      return v;
    }
    case "date":
      return { kind: "date", allowInvalid, ...help };
    default:
      return undefined;
  }
}

function numberText(n: number | undefined): string | null {
  if (n === undefined) return null;
  return Number.isFinite(n) && Math.abs(n) < NO_BOUND ? String(n) : "";
}

/**
 * What the file will hold for a model validation, or null when the file cannot express it at all. It may
 * still be lossy (no showDropDown, a help text that is too long): the writer compares decodeValidation of it
 * with the model and keeps the difference in the meta tab.
 */
export function encodeValidation(v: ValidationModel): RawValidation | null {
  const base: Omit<RawValidation, "type"> = { showErrorMessage: true };
  if (v.allowInvalid) base.errorStyle = "warning";
  if (v.helpText !== undefined && !hasUnsafeAttributeChars(v.helpText)) {
    if (v.helpText.length <= MAX_PROMPT && v.helpText !== "") {
      base.showInputMessage = true;
      base.prompt = v.helpText;
    }
  }
  switch (v.kind) {
    case "list": {
      if (v.values.length === 0 || v.values.some((x) => x.includes(",") || hasUnsafeChars(x))) return null;
      const formula = `"${v.values.map((x) => x.replace(/"/g, '""')).join(",")}"`;
      if (formula.length > MAX_FORMULA) return null;
      return { type: "list", formula1: formula, ...base };
    }
    case "range":
      if (v.a1.trim() === "" || v.a1.startsWith('"') || hasUnsafeChars(v.a1)) return null;
      return { type: "list", formula1: v.a1, ...base };
    case "checkbox":
      return { type: "list", formula1: CHECKBOX_LIST, ...base };
    case "date":
      return { type: "date", operator: "greaterThanOrEqual", formula1: ANY_DATE, ...base };
    case "number": {
      const min = numberText(v.min);
      const max = numberText(v.max);
      if (min === "" || max === "") return null;
      if (min !== null && max !== null)
        return { type: "decimal", operator: "between", formula1: min, formula2: max, ...base };
      if (min !== null) return { type: "decimal", operator: "greaterThanOrEqual", formula1: min, ...base };
      if (max !== null) return { type: "decimal", operator: "lessThanOrEqual", formula1: max, ...base };
      return { type: "decimal", operator: "between", formula1: "-1e+300", formula2: "1e+300", ...base };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading <dataValidation> elements from a sheet's XML (both the main ones and Excel's x14 extension ones).

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;

export function xmlDecode(s: string): string {
  return s.replace(ENTITY, (_m, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10),
        );
    }
  });
}

/** An element's attributes by local name (namespace prefixes dropped), decoded. */
export function xmlAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w.-]+(?::[\w.-]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!.includes(":") ? m[1]!.slice(m[1]!.indexOf(":") + 1) : m[1]!;
    if (!(name in out) || !m[1]!.includes(":")) out[name] = xmlDecode(m[2] ?? m[3] ?? "");
  }
  return out;
}

function child(content: string, name: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>)`).exec(
    content,
  );
  if (!m) return undefined;
  const inner = m[1] ?? "";
  // x14: <x14:formula1><xm:f>…</xm:f></x14:formula1>
  const f = /<(?:[\w.-]+:)?f\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?f>/.exec(inner);
  return xmlDecode(f ? f[1]! : inner);
}

const bool = (s: string | undefined): boolean | undefined =>
  s === undefined ? undefined : s === "1" || s.toLowerCase() === "true";

/** Every data validation of a sheet with its sqref (space-separated A1 ranges). */
export function parseValidations(sheetXml: string): { raw: RawValidation; sqref: string }[] {
  const out: { raw: RawValidation; sqref: string }[] = [];
  if (!sheetXml.includes("dataValidation")) return out;
  const re = /<(?:[\w.-]+:)?dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?dataValidation>)/g;
  for (const m of sheetXml.matchAll(re)) {
    const a = xmlAttributes(m[1]!);
    const content = m[2] ?? "";
    const sqref = a.sqref ?? child(content, "sqref") ?? "";
    const raw: RawValidation = { type: a.type ?? "any" };
    if (a.operator !== undefined) raw.operator = a.operator;
    const f1 = child(content, "formula1");
    const f2 = child(content, "formula2");
    if (f1 !== undefined) raw.formula1 = f1;
    if (f2 !== undefined) raw.formula2 = f2;
    const flags = {
      showDropDown: bool(a.showDropDown),
      showErrorMessage: bool(a.showErrorMessage),
      showInputMessage: bool(a.showInputMessage),
    };
    for (const [k, v] of Object.entries(flags))
      if (v !== undefined) (raw as unknown as Record<string, unknown>)[k] = v;
    if (a.errorStyle !== undefined) raw.errorStyle = a.errorStyle;
    if (a.prompt !== undefined) raw.prompt = a.prompt;
    out.push({ raw, sqref: sqref.trim() });
  }
  return out;
}
