// Text as .xlsx can hold it: escapes for shared strings, safe sheet names, and long text in chunks.

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

/**
 * What exceljs would drop or break in XML text: \r (XML turns it into \n), control characters, U+FFFE/U+FFFF
 * and unpaired surrogates.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to find.
  /[\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** In an attribute, XML also turns \n and \t into spaces. */
const ATTRIBUTE_UNSAFE = new RegExp(`[\n\t]|${UNSAFE.source}`, "g");
const ESCAPE = new RegExp(`_x[0-9A-F]{4}_|${UNSAFE.source}`, "g");

/** True when XML text could not carry the string as it is (see UNSAFE). */
export function hasUnsafeChars(s: string): boolean {
  return UNSAFE.test(s);
}

/** The string without what XML text could not carry (for informative copies, such as the document title). */
export function stripUnsafe(s: string): string {
  return s.replace(new RegExp(UNSAFE.source, "g"), "");
}

/** True when an XML attribute could not carry the string as it is. */
export function hasUnsafeAttributeChars(s: string): boolean {
  ATTRIBUTE_UNSAFE.lastIndex = 0;
  return ATTRIBUTE_UNSAFE.test(s);
}

/**
 * Escapes a string for a shared string or a note, in OOXML's _xHHHH_ form, which exceljs (and Excel) decode on
 * read: the characters XML cannot carry, and a literal "_xHHHH_" (its "_" becomes _x005F_).
 */
export function escapeXlsxText(s: string): string {
  if (!s.includes("_x") && !UNSAFE.test(s)) return s;
  return s.replace(ESCAPE, (m) =>
    m.length === 7
      ? `_x005F_${m.slice(1)}`
      : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
}

/** The first `max` UTF-16 units of a string, not cutting a surrogate pair in half. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Splits text into chunks of at most `size` units, never inside a surrogate pair. */
export function chunks(s: string, size: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const part = truncate(s.slice(i, i + size), size);
    out.push(part);
    i += part.length;
  }
  return out;
}

/**
 * A sheet name Excel accepts, unique (case-insensitively) among `taken`: no []:*?/\, no apostrophe at
 * either end, at most 31 characters, not "History", nothing XML would change. The meta tab keeps the real name.
 */
export function xlsxSheetName(name: string, taken: Set<string>): string {
  // exceljs decodes entities in workbook.xml twice: "&lt;" would come back as "<".
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(ATTRIBUTE_UNSAFE, "_")
    .replace(/&(?=[a-z]*;)/g, "_");
  let base = truncate(cleaned, 31).replace(/^'+|'+$/g, "");
  if (base.trim() === "" || base.toLowerCase() === "history") base = "Sheet";
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    candidate = truncate(base, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
