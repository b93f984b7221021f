// Where a link of a cell leads: a cell of a tab of this workbook («#gid=123&range=C86», as Sheets writes links to a
// range), or a web page. Pure: no DOM, so that the rules are tested without a browser.

export type LinkTarget =
  /** 1-based row and column of the range's top-left cell (1, 1 when the link names no range). */
  { kind: "cell"; gid: number; row: number; column: number } | { kind: "web"; url: string };

/** The target of a link's address, or null for an address the grid does not follow. */
export function linkTarget(url: string): LinkTarget | null {
  const href = url.trim();
  if (/^https?:\/\//i.test(href)) return { kind: "web", url: href };
  if (!href.startsWith("#")) return null;
  const params = new Map<string, string>();
  for (const part of href.slice(1).split("&")) {
    const eq = part.indexOf("=");
    if (eq > 0) params.set(part.slice(0, eq).toLowerCase(), decode(part.slice(eq + 1)));
  }
  const gid = params.get("gid") ?? "";
  if (!/^\d+$/.test(gid)) return null;
  const range = /^\$?([A-Z]*)\$?(\d*)(?::.*)?$/i.exec(params.get("range") ?? "");
  const column = range?.[1] ? columnIndex(range[1]) : 1;
  const row = range?.[2] ? Number(range[2]) : 1;
  return { kind: "cell", gid: Number(gid), row: Math.max(1, row), column: Math.max(1, column) };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The 1-based index of column letters: A → 1, Z → 26, AA → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
