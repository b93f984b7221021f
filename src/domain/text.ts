// Text keys for comparing and searching what people type: the one rule for "the same name", and looser helpers.

/** Invisible format characters (category Cf: zero-width spaces and joiners, BOM, soft hyphen, direction marks). */
const FORMAT = /\p{Cf}/gu;
/**
 * Quotes and apostrophes, dropped; the fullwidth ＂ ＇ too (NFKC would make them " ' after this step).
 * Dropped before NFKC so that removing one never leaves a letter and a combining mark side by side.
 */
const QUOTES = /[«»"„“”‟'‘’‚‛‹›＂＇]/g;
/** Hyphens and dashes of every kind (category Pd), the minus sign and the underscore: read as a space. */
const DASHES = /[\p{Pd}_\u2212]/gu;
/** Runs of white space, NBSP and the other Unicode spaces included (NFKC has made most of them U+0020). */
const SPACES = /\s+/g;
/** In plain text (lower case): what the quotes, dashes, spaces and ё steps would change. */
const PLAIN_UNTIDY = /["'_ё-]| {2}/;
const PLAIN_QUOTES = /["']/g;
const PLAIN_DASHES = /[-_]/g;
const PLAIN_SPACES = / {2,}/g;
/** Text that NFKC leaves as it is and that holds no format character: printable ASCII and the Russian alphabet. */
const PLAIN = /^[\x20-\x7e\u0410-\u044f\u0401\u0451]*$/;
/** A letter of the Russian alphabet (lower case). */
const CYRILLIC = /[а-яё]/;
/** ё, folded to е; and е with its combining marks in decomposed form, where ё's diaeresis U+0308 is dropped. */
const YO = /ё/g;
const YO_DECOMPOSED = /е\p{M}+/gu;
const DIAERESIS = /\u0308/g;
const dropDiaeresis = (marks: string) => marks.replace(DIAERESIS, "");
/** A combining mark. */
const MARK = /\p{M}/u;
/** A Latin letter that has a Cyrillic twin (lower case), to see quickly whether a key needs the twin pass. */
const TWIN_LATIN = /[aceopxykmthbë]/;
/** A word: a run of letters and combining marks. */
const WORD = /[\p{L}\p{M}]+/gu;
const TWIN_LATIN_ALL = /[aceopxykmthbë]/g;
/** Lower-case Latin letters that look like Cyrillic ones (upper-case A B E K M H O P C T X Y, lowered first). */
const CYRILLIC_TWIN: Readonly<Record<string, string>> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  ë: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};
const toCyrillicTwin = (c: string) => CYRILLIC_TWIN[c] ?? c;
/** A word with Latin twins inside becomes all Cyrillic when it has a Russian letter; a Latin word stays Latin. */
const twinWord = (word: string) =>
  CYRILLIC.test(word) ? word.replace(TWIN_LATIN_ALL, toCyrillicTwin) : word;

/** Punctuation that a name may end with by accident: . , ; : ! ? (… is ... after NFKC). */
function isTrailingPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f;
}

/**
 * THE rule for "the same name" (professions, subjects, bands, and every reference to them from another tab):
 * two names are the same entry exactly when their keys are equal. Used by coverage, the suggester, the thesaurus,
 * the uniqueness of Профессии/Предметы/Ступени and the cross-tab checks of «Проверить данные», so all of them
 * agree. (Codes and ids — pupil codes, event ids, class names — are compared by the table layer's identityKey.)
 *
 * The key, step by step:
 * 1. format characters removed (Unicode category Cf: zero-width space U+200B, ZWNJ/ZWJ, LRM/RLM, word joiner
 *    U+2060, BOM U+FEFF, soft hyphen U+00AD, …), and quotes « » " „ “ ” ‟ ' ‘ ’ ‚ ‛ ‹ › removed;
 * 2. NFKC: composed letters (е + U+0308 = ё), fullwidth and compatibility forms folded (… → ..., NBSP → space);
 * 3. lower case, ё → е;
 * 4. every hyphen, dash (Unicode Pd: - ‐ ‑ ‒ – — ―), the minus − and the underscore _ read as a space;
 * 5. runs of white space (any Unicode space) folded to one space, ends trimmed;
 * 6. in a word (a run of letters) that has a Russian letter, the Latin look-alikes a c e o p x y k m t h b (and ë)
 *    become their Cyrillic twins, so «Aстрофизик» with a Latin A is «астрофизик»; a word with no Russian letter
 *    («IT», «Java») stays Latin, and Cyrillic letters are never turned into Latin ones;
 * 7. trailing punctuation . , ; : ! ? … (and spaces before it) removed: «Врач.» is «врач».
 * So «Инженер-робототехник» = «инженер робототехник» = «ИНЖЕНЕР – РОБОТОТЕХНИК», but «Врач» ≠ «Врачи»,
 * «Инженер» ≠ «Инженер-робототехник» and «IT-специалист» ≠ «ИТ-специалист» (that last pair, like typos and word
 * order, is for the thesaurus' looser near-duplicate warning). The key is idempotent.
 * Fast on plain text (ASCII and Russian letters skip NFKC and format stripping); no tables are built per call.
 */
export function normalizeKey(s: string): string {
  if (s.length > RECENT_LENGTH) return computeKey(s);
  let k = recent.get(s);
  if (k === undefined) {
    k = computeKey(s);
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(s, k);
  }
  return k;
}

/**
 * Keys of the texts seen last: a school's 60,000 rows repeat a few hundred names, so most calls are one lookup.
 * Bounded: only short texts are kept, and the map is emptied when full.
 */
const recent = new Map<string, string>();
const RECENT_MAX = 4096;
const RECENT_LENGTH = 200;

function computeKey(s: string): string {
  let k: string;
  if (PLAIN.test(s)) {
    k = s.toLowerCase();
    if (PLAIN_UNTIDY.test(k))
      k = k.replace(PLAIN_QUOTES, "").replace(PLAIN_DASHES, " ").replace(PLAIN_SPACES, " ").replace(YO, "е");
    if (TWIN_LATIN.test(k) && CYRILLIC.test(k)) k = k.replace(WORD, twinWord);
  } else {
    k = s.replace(FORMAT, "").replace(QUOTES, "").normalize("NFKC");
    k = k.toLowerCase().replace(DASHES, " ").replace(SPACES, " ");
    if (TWIN_LATIN.test(k) && CYRILLIC.test(k)) k = k.replace(WORD, twinWord);
    // With combining marks about, е's diaeresis is dropped in decomposed form and the rest composed again, so
    // that neither ё → е nor a Cyrillic twin (у + U+030B = ӳ) leaves a letter a second pass would compose anew.
    if (MARK.test(k)) k = k.normalize("NFD").replace(YO_DECOMPOSED, dropDiaeresis).normalize("NFKC");
    else k = k.replace(YO, "е");
  }
  let end = k.length;
  while (end > 0) {
    const code = k.charCodeAt(end - 1);
    if (code === 0x20 || isTrailingPunctuation(code)) end--;
    else break;
  }
  let start = 0;
  while (start < end && k.charCodeAt(start) === 0x20) start++;
  return start === 0 && end === k.length ? k : k.slice(start, end);
}

const WORD_PUNCTUATION = /[.,;:!?()[\]/\\]/g;

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

/** 32-bit FNV-1a of a string's UTF-16 code units, as 8 hex digits (Apps Script has no crypto to spare a call on). */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** What a list cell is split on (data-model.md: «Lists inside a cell are separated by `,` `;` or a line break»). */
export const LIST_SEPARATORS = /[,;\r\n]+/;

/** The longest name another tab may reference (a profession, subject, class or band), in characters. */
export const NAME_MAX_LENGTH = 100;

/** The kinds of names other tabs reference, for the words of a message. */
export type ListedName = "profession" | "subject" | "class" | "band";

/**
 * Why a name that other tabs reference cannot be saved: a list separator in it would split it into two entries
 * in every list column («Монтажник, электромонтёр» → «Монтажник» and «электромонтёр», both unknown), and a name
 * longer than NAME_MAX_LENGTH characters (after trimming) fits no dropdown or report cell. Undefined when it can.
 */
export function nameProblem(name: string): "separator" | "tooLong" | undefined {
  if (LIST_SEPARATORS.test(name)) return "separator";
  if (Array.from(name.trim()).length > NAME_MAX_LENGTH) return "tooLong";
  return undefined;
}
