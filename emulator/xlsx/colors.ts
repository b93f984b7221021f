// Colours: the model's "#rrggbb" ⇄ an .xlsx colour (ARGB, and on read also theme and indexed colours).

/** The Office theme's colours by theme index (lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink). */
const THEME = [
  "ffffff",
  "000000",
  "e7e6e6",
  "44546a",
  "4472c4",
  "ed7d31",
  "a5a5a5",
  "ffc000",
  "5b9bd5",
  "70ad47",
  "0563c1",
  "954f72",
];

/** The legacy indexed palette (0–63). */
const INDEXED = (
  "000000 ffffff ff0000 00ff00 0000ff ffff00 ff00ff 00ffff 000000 ffffff ff0000 00ff00 0000ff ffff00 ff00ff 00ffff " +
  "800000 008000 000080 808000 800080 008080 c0c0c0 808080 9999ff 993366 ffffcc ccffff 660066 ff8080 0066cc ccccff " +
  "000080 ff00ff ffff00 00ffff 800080 800000 008080 0000ff 00ccff ccffff ccffcc ffff99 99ccff ff99cc cc99ff ffcc99 " +
  "3366ff 33cccc 99cc00 ffcc00 ff9900 ff6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333"
).split(" ");

export interface XlsxColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** "#rrggbb" → ARGB for exceljs, or null when the model's string is not a plain hex colour. */
export function toArgb(color: string): string | null {
  const m = /^#([0-9a-fA-F]{6})$/.exec(color);
  return m ? `FF${m[1]!.toUpperCase()}` : null;
}

function tinted(hex: string, tint: number): string {
  if (!tint) return hex;
  const channel = (i: number): number => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16);
    const v = tint < 0 ? c * (1 + tint) : c + (255 - c) * tint;
    return Math.max(0, Math.min(255, Math.round(v)));
  };
  return [0, 2, 4].map((i) => channel(i).toString(16).padStart(2, "0")).join("");
}

/**
 * An .xlsx colour → "#rrggbb". `automatic` is what the file's default stands for (theme 1 / system
 * colour for text): those read as undefined, i.e. no colour of the cell's own.
 */
export function fromXlsxColor(c: XlsxColor | undefined, kind: "font" | "fill"): string | undefined {
  if (!c) return undefined;
  if (typeof c.argb === "string" && /^[0-9a-fA-F]{6,8}$/.test(c.argb))
    return `#${c.argb.slice(-6).toLowerCase()}`;
  if (typeof c.theme === "number") {
    if (kind === "font" && c.theme === 1 && !c.tint) return undefined;
    const hex = THEME[c.theme];
    return hex ? `#${tinted(hex, c.tint ?? 0)}` : undefined;
  }
  if (typeof c.indexed === "number") {
    const hex = INDEXED[c.indexed];
    return hex ? `#${hex}` : undefined;
  }
  return undefined;
}
