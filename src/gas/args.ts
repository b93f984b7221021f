// Every export of entry.ts is callable by anyone who can open a sidebar: arguments are checked with zod first.

import type * as z from "zod";
import type { Messages } from "../i18n";
import { UserError } from "./lock";

/**
 * Parses the arguments of a server function; a mismatch is a UserError naming the function and the fields. `error`
 * words the issues (zod's Russian locale, for instance); zod's default wording otherwise.
 */
export function parseArgs<S extends z.ZodType>(
  m: Messages,
  fn: string,
  schema: S,
  value: unknown,
  error?: z.core.$ZodErrorMap,
): z.infer<S> {
  const result = schema.safeParse(value, error ? { error } : undefined);
  if (result.success) return result.data;
  const details = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join(".") : "—"}: ${i.message}`)
    .join("; ");
  throw new UserError(m.common.badArguments(fn, details));
}
