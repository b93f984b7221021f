// The preview token of «Предложить план»: which rows the user saw, so the write can check it adds nothing unseen.

import type { PlanEntry } from "../domain/records";
import { normalizeKey } from "../domain/text";

const PREFIX = "v1.";

/** What identifies a suggested row: subject, grade, quarter, date and profession (compared normalized). */
export function suggestionKey(
  e: Pick<PlanEntry, "subject" | "grade" | "quarter" | "date" | "profession">,
): string {
  return [normalizeKey(e.subject), e.grade, e.quarter, e.date ?? "", normalizeKey(e.profession)].join(
    "\u0000",
  );
}

/** 32-bit FNV-1a of a string's UTF-16 code units, as 8 hex digits (Apps Script has no crypto to spare a call on). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** The token of a set of suggested rows: "v1." and each row's hash, sorted and unique. */
export function suggestionToken(rows: readonly PlanEntry[]): string {
  return PREFIX + [...new Set(rows.map((r) => fnv1a(suggestionKey(r))))].sort().join("");
}

/** The row hashes of a token, or null when it is not one. */
export function tokenHashes(token: string): Set<string> | null {
  if (!token.startsWith(PREFIX)) return null;
  const body = token.slice(PREFIX.length);
  if (!/^(?:[0-9a-f]{8})*$/.test(body)) return null;
  const hashes = new Set<string>();
  for (let i = 0; i < body.length; i += 8) hashes.add(body.slice(i, i + 8));
  return hashes;
}

/** True when every row is among the previewed ones: the same set, or a subset (others filled some gaps meanwhile). */
export function withinPreview(rows: readonly PlanEntry[], previewed: ReadonlySet<string>): boolean {
  return rows.every((r) => previewed.has(fnv1a(suggestionKey(r))));
}
