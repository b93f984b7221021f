// Escaping for the offline report: every text from a workbook is user data, shown as text and never as markup.

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text safe inside an HTML or SVG element and inside a double- or single-quoted attribute. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A CSS colour from a workbook (a cell's fill, a chart's series): #rgb/#rrggbb(aa) only, anything else dropped. */
export function safeColor(color: unknown): string | null {
  return typeof color === "string" && /^#[0-9a-f]{3}([0-9a-f]{3}([0-9a-f]{2})?)?$/i.test(color)
    ? color
    : null;
}
