// A1 addresses: 0-based row and column ⇄ "B12", and ranges for keys in the meta tab and sqrefs.

/** "A1" from 0-based row and column. */
export function a1(row: number, column: number): string {
  let c = column + 1;
  let letters = "";
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/**
 * 0-based row and column of "B12" ($ allowed); a column only ("A") or a row only ("3") leaves the other out.
 * Undefined when the text is no reference.
 */
export function parseRef(ref: string): { row?: number; col?: number } | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  let col: number | undefined;
  if (m[1]) {
    col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    col -= 1;
  }
  return { col, row: m[2] ? Number(m[2]) - 1 : undefined };
}

/** The cells of "A1" or "A1:C9" as 0-based bounds (undefined for a malformed range). */
export function parseRange(range: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const [from, to = from] = range.split(":") as [string, string?];
  const a = parseRef(from);
  const b = parseRef(to);
  if (!a || !b || a.row === undefined || a.col === undefined || b.row === undefined || b.col === undefined)
    return undefined;
  return {
    r0: Math.min(a.row, b.row),
    c0: Math.min(a.col, b.col),
    r1: Math.max(a.row, b.row),
    c1: Math.max(a.col, b.col),
  };
}
