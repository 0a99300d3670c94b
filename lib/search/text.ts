// Text normalisation shared by query expansion and the SQL that search builds: lower case without
// accents (as Postgres' unaccent does it), words, and the few function words of the six languages
// of the theme vocabulary that carry no meaning on their own. Pure: no db, no React.

/** Letters that unaccent spells out rather than strips (NFD leaves them whole). */
const SPELLED: Record<string, string> = { ß: "ss", ł: "l", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", þ: "th", ı: "i" };

/** Lower case, accents removed: "Współpraca" → "wspolpraca", "Straße" → "strasse". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßłæœøđðþı]/g, (c) => SPELLED[c] ?? c);
}

/**
 * Articles, conjunctions and prepositions of en, fr, de, pl, it and es, by language (a word two
 * languages share is listed under both: "la", "de", "con"). Only words that mean nothing else in
 * another of these languages (German "war", English "die" stay words).
 */
export const FUNCTION_WORDS = {
  en: ["a", "an", "and", "of", "the", "for", "in", "on", "to", "with", "by", "or", "from", "at"],
  fr: ["le", "la", "les", "l", "d", "de", "des", "du", "et", "en", "au", "aux", "pour", "un", "une", "dans", "sur", "par", "entre"],
  de: ["der", "das", "den", "dem", "und", "fur", "von", "zu", "im", "mit", "ein", "eine", "zur", "zum", "vom"],
  pl: ["i", "w", "z", "oraz", "dla", "na", "do", "we", "ze", "o"],
  it: ["il", "lo", "la", "un", "una", "gli", "di", "del", "della", "delle", "dei", "degli", "e", "per", "con", "al", "alla", "ai", "nel", "nella", "tra"],
  es: ["el", "la", "los", "las", "un", "una", "de", "del", "al", "en", "y", "para", "por", "con"],
} as const satisfies Record<string, readonly string[]>;

/** The function words of the six languages, together. */
export const STOPWORDS: ReadonlySet<string> = new Set(Object.values(FUNCTION_WORDS).flat());

/** The words of a text, folded: letters and digits, everything else separates. */
export function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The words that carry meaning: no stopwords, no single letters (elisions such as the d of d'entreprises). */
export function contentWords(text: string): string[] {
  return wordsOf(text).filter((w) => (w.length > 1 || /\p{N}/u.test(w)) && !STOPWORDS.has(w));
}
