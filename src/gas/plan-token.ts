// The preview token of «Предложить план»: which rows the user saw, so the write can check it adds nothing unseen.

import type { PlanEntry } from "../domain/records";
import { fnv1a, normalizeKey } from "../domain/text";

export { fnv1a } from "../domain/text";

const PREFIX = "v1.";

/** What identifies a suggested row: subject, grade, quarter, date and profession (compared normalized). */
export function suggestionKey(
  e: Pick<PlanEntry, "subject" | "grade" | "quarter" | "date" | "profession">,
): string {
  return [normalizeKey(e.subject), e.grade, e.quarter, e.date ?? "", normalizeKey(e.profession)].join(
    "\u0000",
  );
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
