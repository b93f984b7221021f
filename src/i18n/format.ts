// Small helpers the catalogues share: Russian plural forms and the locale type.

export type Locale = "ru" | "en";

/** Russian plural: plural(5, "строка", "строки", "строк") → "строк". */
export function plural(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(n) % 100;
  const last = abs % 10;
  if (abs > 10 && abs < 20) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

/** Picks the locale from the Язык setting, else from a user locale like "ru_RU" / "en-US"; Russian by default. */
export function pickLocale(setting: string | undefined, userLocale: string | undefined): Locale {
  const s = (setting ?? "").trim().toLowerCase();
  if (s === "en" || s === "english" || s === "английский") return "en";
  if (s === "ru" || s === "русский" || s === "russian") return "ru";
  return (userLocale ?? "").toLowerCase().startsWith("en") ? "en" : "ru";
}
