// google.script.run's argument rules, as pure code: what Apps Script sends to the server, and what makes a call fail.

/**
 * Apps Script: "Legal parameters … are JavaScript primitives like a Number, Boolean, String, or null, as well as
 * JavaScript objects and arrays that are composed of primitives, objects and arrays. A form element within the page is
 * also legal as a parameter, but it must be the function's only parameter … Requests fail if you attempt to pass a
 * Date, Function, DOM element besides a form, or other prohibited type, including prohibited types inside objects or
 * arrays. Objects that create circular references will also fail, and undefined fields within arrays become null."
 */
export class IllegalValueError extends Error {
  constructor(path: string) {
    super(`Failed due to illegal value in property: ${path}`);
    this.name = "Error";
  }
}

interface FieldLike {
  name?: string;
  type?: string;
  value?: string;
  checked?: boolean;
  disabled?: boolean;
  multiple?: boolean;
  options?: ArrayLike<{ selected: boolean; value: string }>;
}

function isDomNode(v: object): boolean {
  const n = v as { nodeType?: unknown; nodeName?: unknown };
  return typeof n.nodeType === "number" && typeof n.nodeName === "string";
}

function isForm(v: unknown): v is { nodeName: string; elements: ArrayLike<FieldLike> } {
  return (
    typeof v === "object" &&
    v !== null &&
    isDomNode(v) &&
    String((v as { nodeName: string }).nodeName).toUpperCase() === "FORM"
  );
}

/** A form as Apps Script passes it: field name → value (repeated names and multi-selects → arrays). File inputs are not supported here. */
export function formToObject(form: { elements: ArrayLike<FieldLike> }): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (name: string, value: string) => {
    const prev = out[name];
    out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  };
  for (let i = 0; i < form.elements.length; i++) {
    const el = form.elements[i];
    if (!el.name || el.disabled) continue;
    const type = (el.type ?? "").toLowerCase();
    if (["submit", "button", "reset", "file", "image"].includes(type)) continue;
    if ((type === "checkbox" || type === "radio") && !el.checked) continue;
    if (el.multiple && el.options) {
      for (let j = 0; j < el.options.length; j++)
        if (el.options[j].selected) add(el.name, el.options[j].value);
    } else add(el.name, el.value ?? "");
  }
  return out;
}

/** Checks and copies one value; throws IllegalValueError naming the first bad property. */
function serialiseValue(v: unknown, path: string, seen: Set<object>): unknown {
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "object") throw new IllegalValueError(path);
  if (isDomNode(v) || seen.has(v)) throw new IllegalValueError(path);
  const isArray = Array.isArray(v);
  const proto = Object.getPrototypeOf(v);
  if (!isArray && proto !== Object.prototype && proto !== null) throw new IllegalValueError(path);
  seen.add(v);
  try {
    if (isArray) return v.map((x, i) => (x === undefined ? null : serialiseValue(x, `${path}.${i}`, seen)));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v))
      if (x !== undefined) out[k] = serialiseValue(x, `${path}.${k}`, seen);
    return out;
  } finally {
    seen.delete(v);
  }
}

/** The arguments of a google.script.run call as the server gets them; throws IllegalValueError like Apps Script does. */
export function serialiseArgs(args: readonly unknown[]): unknown[] {
  if (args.length === 1 && isForm(args[0])) return [formToObject(args[0])];
  return args.map((a, i) => (a === undefined ? null : serialiseValue(a, String(i), new Set())));
}
