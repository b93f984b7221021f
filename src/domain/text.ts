// Text keys for comparing and searching what people type: case, ё, dashes, quotes and spacing do not matter.

const DASHES = /[-_\u2010-\u2015\u2212]/g;
const QUOTES = /[«»"„“”‟]/g;
const WORD_PUNCTUATION = /[.,;:!?()[\]/\\]/g;

/**
 * The comparison rule of the data model for cells and headers: trimmed, case-insensitive, ё = е,
 * repeated spaces folded. Two names with the same exactKey are the same entry.
 */
export function exactKey(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

/**
 * A key for matching names loosely: exactKey, and also dashes, hyphens and underscores read as spaces,
 * quotes «» " „ “ ” removed. «Инженер-робототехник» and «инженер  робототехник» share the key.
 */
export function normalizeKey(s: string): string {
  return exactKey(s.normalize("NFC").replace(QUOTES, "").replace(DASHES, " "));
}

/** normalizeKey's words without punctuation, unique and sorted: catches the same words in another order. */
export function wordsKey(s: string): string {
  const words = normalizeKey(s).replace(WORD_PUNCTUATION, " ").split(" ").filter(Boolean);
  return [...new Set(words)].sort().join(" ");
}

/**
 * Levenshtein distance between a and b (by code point). With `max`, stops early and returns max + 1
 * as soon as the distance is known to exceed max.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  const distance = previous[y.length];
  return distance > max ? max + 1 : distance;
}

/**
 * Search as you type: true when every word of the query occurs (normalizeKey, as a substring) in at least
 * one of the haystacks. A blank query matches everything.
 */
export function matchesQuery(haystacks: readonly string[], query: string): boolean {
  const words = normalizeKey(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const keys = haystacks.map(normalizeKey);
  return words.every((word) => keys.some((key) => key.includes(word)));
}
