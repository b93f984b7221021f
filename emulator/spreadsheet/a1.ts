// A1 notation: column letters, "Sheet!A1:B2" parsing (with open ranges "A:C", "2:5", "A2:C") and formatting.

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "aa" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B3", or "B3:D7" when the block has more than one cell. */
export function a1Of(row: number, column: number, numRows = 1, numColumns = 1): string {
  const first = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return first;
  return `${first}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** A sheet name as it must be written before "!": quoted (with '' for ') unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** A parsed A1 reference; an open side (a whole column's rows, a whole row's columns) is null. */
export interface A1Ref {
  sheet: string | null;
  row: number | null;
  column: number | null;
  endRow: number | null;
  endColumn: number | null;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function part(s: string): { column: number | null; row: number | null } | null {
  const m = CELL.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : null;
  if (row === 0) return null;
  return { column: m[1] ? columnNumber(m[1]) : null, row };
}

/** Parses "A1", "A1:B2", "A:C", "2:5", "A2:C", "'My sheet'!A1:B2"; null when it is not A1 notation. */
export function parseA1(text: string): A1Ref | null {
  let rest = text.trim();
  let sheet: string | null = null;
  const bang = rest.lastIndexOf("!");
  if (bang >= 0) {
    const raw = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    sheet =
      raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2
        ? raw.slice(1, -1).replace(/''/g, "'")
        : raw;
    if (sheet === "") return null;
  }
  const pieces = rest.split(":");
  if (pieces.length > 2) return null;
  const a = part(pieces[0]);
  if (!a) return null;
  if (pieces.length === 1) {
    if (a.row === null || a.column === null) return null;
    return { sheet, row: a.row, column: a.column, endRow: a.row, endColumn: a.column };
  }
  const b = part(pieces[1]);
  if (!b) return null;
  // "A:C" (whole columns), "2:5" (whole rows), "A2:C" (from row 2 down), "A2:C5".
  if (a.column === null && b.column !== null) return null;
  if (a.row === null && b.row !== null) return null;
  const [r1, r2] = order(a.row, b.row);
  const [c1, c2] = order(a.column, b.column);
  return { sheet, row: r1, column: c1, endRow: r2, endColumn: c2 };
}

function order(x: number | null, y: number | null): [number | null, number | null] {
  if (x !== null && y !== null && y < x) return [y, x];
  return [x, y];
}
