// Code lists that sidebars need as values. No zod here: whatever a sidebar imports is shipped to the browser, and
// records.ts (the schemas) would bring zod with it. records.ts re-exports these.

/** Klimov's five types of professions: П nature, Т technics, Ч human, З sign systems, Х artistic image. */
export const KLIMOV_TYPES = ["nature", "technics", "human", "sign", "art"] as const;
