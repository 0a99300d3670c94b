// Cross-language query expansion through the multilingual theme vocabulary. Pure: no db, no React.
//
// The knowledge base is mostly English; users write in their own language. The theme vocabulary
// (theme_labels: a label and synonyms per theme in en, fr, de, pl, it, es) carries meaning across:
//
// 1. The query is folded (lower case, no accents) and cut into content words (lib/search/text).
// 2. It is segmented left to right, longest match first, against every label and synonym in every
//    language. A vocabulary phrase matches a run of query words when each of its content words
//    matches one query word in order — equal, or the same word inflected (see `wordSimilarity`:
//    a shared stem of most of both words, which carries klastry/klastrów/klaster or
//    regional/regionale) — or when a one-word phrase equals two or three query words written
//    together (German compounds: "Cluster Entwicklung" ~ "Clusterentwicklung"). A long word that
//    matches nothing is tried as a German compound of two known German words ("Holzcluster": Holz
//    and Cluster, two segments; "Innovationscluster", with the linking s), or of a known word and a
//    word that only says what is done with it ("Tourismusentwicklung": Tourismus; `GENERIC_HEADS`).
// 3. Each segment that matched brings its themes (at most MAX_THEMES_PER_SEGMENT, best first), and
//    with them their English label and English synonyms — or, for a synonym in another language,
//    its English equivalent and the English names that share a word with it ("Luftfahrt":
//    aviation, not the car industry of its theme; `englishTermsOf`). A segment that matched
//    nothing stays a literal segment.
//
// The search (db/search) then asks, per segment: its own words (stemmed in every configuration)
// OR the English terms OR the theme tokens of the matched themes (projects linked to the theme or
// to any of its descendants), and all segments together (AND) — or, when no project has all of
// them, any of them, the most first (db/search/text-query.ts: anyTextQuery).

import { contentWords } from "./text";

/** One theme's label and synonyms in one language. */
export interface ThemeTerms {
  themeId: number;
  lang: string;
  label: string;
  synonyms: readonly string[];
  /** The English words each synonym (of another language) means: "Luftfahrt" → "aviation". */
  english?: Readonly<Record<string, string>>;
}

/** A label or synonym of a theme in one language, as compiled. */
export interface Phrase {
  themeId: number;
  lang: string;
  text: string;
  words: string[];
  /** What the phrase means in English: a synonym's equivalent, a label's English label. */
  english: string | null;
  isLabel: boolean;
}

export interface CompiledVocabulary {
  /** Phrases by the first three letters of their first word. */
  byKey: Map<string, Phrase[]>;
  /** English label first, then English synonyms, per theme. */
  english: Map<number, string[]>;
  phraseCount: number;
}

export interface MatchedTheme {
  themeId: number;
  /** 1 for an exact match of every word; less for inflected forms. */
  score: number;
  /** The vocabulary phrase that matched, and its language. */
  matched: string;
  lang: string;
  /** What that phrase means in English, when the vocabulary says (null for English phrases too). */
  english: string | null;
  /** The phrase is the theme's label (it names the whole theme), not one of its synonyms. */
  isLabel: boolean;
}

export interface QuerySegment {
  /** The query's content words this segment covers (folded). */
  words: string[];
  /** A part of a compound the query wrote in one word: that word (folded), which text also matches as written. */
  compound?: string;
  themes: MatchedTheme[];
  /** English labels and synonyms of the matched themes: extra OR terms. */
  englishTerms: string[];
}

export interface QueryExpansion {
  words: string[];
  segments: QuerySegment[];
  /** Every matched theme, best first. */
  themes: MatchedTheme[];
}

export const MAX_THEMES_PER_SEGMENT = 8;
const MAX_COMPOUND_WORDS = 3;

const keyOf = (word: string) => word.slice(0, 3);

/** Compiles labels and synonyms once; the result is reused for every query. */
export function compileVocabulary(terms: readonly ThemeTerms[]): CompiledVocabulary {
  const byKey = new Map<string, Phrase[]>();
  const english = new Map<number, string[]>();
  const labels: Phrase[] = [];
  let phraseCount = 0;
  for (const t of terms) {
    const texts = [t.label, ...t.synonyms];
    if (t.lang === "en") {
      const list = english.get(t.themeId) ?? [];
      for (const text of texts) if (!list.some((x) => x.toLowerCase() === text.toLowerCase())) list.push(text);
      english.set(t.themeId, list);
    }
    for (const text of texts) {
      const words = contentWords(text);
      if (words.length === 0) continue;
      const key = keyOf(words[0]!);
      const list = byKey.get(key) ?? [];
      const isLabel = text === t.label;
      const phrase: Phrase = { themeId: t.themeId, lang: t.lang, text, words, isLabel, english: t.lang === "en" ? null : (t.english?.[text] ?? null) };
      list.push(phrase);
      if (t.lang !== "en" && isLabel) labels.push(phrase);
      byKey.set(key, list);
      phraseCount += 1;
    }
  }
  // A label in another language means the theme's English label (the first English name), as a
  // name in running text: "wood and furniture industry", but "SMEs and entrepreneurship".
  for (const phrase of labels) {
    const label = english.get(phrase.themeId)?.[0];
    phrase.english = label === undefined ? null : /^.[^A-Z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
  }
  return { byKey, english, phraseCount };
}

/**
 * How alike two folded words are: 1 when equal; between 0.8 and 1 for two forms of one word (a
 * common prefix of at least 4 letters that leaves at most 3 letters of the shorter word and covers
 * at least 60 % of the longer); 0 otherwise. Words under 4 letters must be equal (PME ≠ PMI).
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < 4) return 0;
  const prefix = commonPrefix(a, b);
  if (prefix < Math.max(4, shorter - 3) || prefix / longer < 0.6) return 0;
  return 0.8 + 0.2 * (prefix / longer) - 0.001; // never quite an exact match
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

interface SpanMatch {
  length: number;
  score: number;
  phrase: Phrase;
}

/** The ways `phrase` matches the query words from `start` on. */
function matchesAt(words: readonly string[], start: number, phrase: Phrase): SpanMatch[] {
  const out: SpanMatch[] = [];
  const n = phrase.words.length;
  if (start + n <= words.length) {
    let total = 0;
    for (let j = 0; j < n; j++) {
      const s = wordSimilarity(words[start + j]!, phrase.words[j]!);
      if (s === 0) {
        total = -1;
        break;
      }
      total += s;
    }
    if (total > 0) out.push({ length: n, score: total / n, phrase });
  }
  if (n === 1) {
    // A compound written in one word, asked for in two or three ("Cluster Entwicklung").
    // The phrase must reach well into the last word: "innovazione PMI" is not "innovazione".
    let joined = words[start]!;
    for (let len = 2; len <= MAX_COMPOUND_WORDS && start + len <= words.length; len++) {
      const last = words[start + len - 1]!;
      joined += last;
      const s = wordSimilarity(joined, phrase.words[0]!);
      if (s > 0 && commonPrefix(joined, phrase.words[0]!) > joined.length - last.length + last.length / 2) {
        out.push({ length: len, score: s, phrase });
      }
    }
  }
  return out;
}

/**
 * The English words a matched theme searches for. A synonym of another language: its English
 * equivalent and those of the theme's English names that share a word with it ("Bahn": rail,
 * railways, rail transport; "grappes d'entreprises": business clusters, clusters, cluster policy …,
 * business networks), not its theme's other subjects ("accessibility" and "road infrastructure"
 * found ACCESS and V-ACCESS). A label, an English phrase, or a synonym without an equivalent:
 * every English name of the theme.
 */
function englishTermsOf(vocabulary: CompiledVocabulary, theme: MatchedTheme): string[] {
  const names = vocabulary.english.get(theme.themeId) ?? [];
  if (theme.english === null || theme.isLabel) return names;
  const words = contentWords(theme.english);
  return [theme.english, ...names.filter((name) => contentWords(name).some((w) => words.some((x) => relatedWords(w, x))))];
}

/** Two forms of one English word: one begins the other (rail, railways), or they share five letters (tourism, tourist). */
function relatedWords(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

/** The longest phrases that match the query words from `start` on (every one of that length), and that length. */
function bestMatchesAt(vocabulary: CompiledVocabulary, words: readonly string[], start: number, accept?: (phrase: Phrase) => boolean): { best: SpanMatch[]; length: number } {
  let best: SpanMatch[] = [];
  let length = 0;
  for (const phrase of vocabulary.byKey.get(keyOf(words[start]!)) ?? []) {
    if (accept && !accept(phrase)) continue;
    for (const m of matchesAt(words, start, phrase)) {
      if (m.length > length) {
        length = m.length;
        best = [m];
      } else if (m.length === length) {
        best.push(m);
      }
    }
  }
  return { best, length };
}

/** A segment of `words` with the themes of its matches, each theme by its best phrase. */
function segmentOf(vocabulary: CompiledVocabulary, words: string[], best: readonly SpanMatch[], scale = 1): QuerySegment {
  const byTheme = new Map<number, MatchedTheme>();
  for (const m of best) {
    const known = byTheme.get(m.phrase.themeId);
    const score = m.score * scale;
    // On a tie, the English phrase: "machine learning" is English, though French writes it too.
    if (!known || score > known.score || (score === known.score && m.phrase.lang === "en" && known.lang !== "en")) {
      const { themeId, lang, text, english, isLabel } = m.phrase;
      byTheme.set(themeId, { themeId, score, matched: text, lang, english, isLabel });
    }
  }
  const themes = [...byTheme.values()].sort((a, b) => b.score - a.score || a.themeId - b.themeId).slice(0, MAX_THEMES_PER_SEGMENT);
  const englishTerms: string[] = [];
  for (const t of themes) {
    for (const term of englishTermsOf(vocabulary, t)) {
      if (!englishTerms.some((x) => x.toLowerCase() === term.toLowerCase())) englishTerms.push(term);
    }
  }
  return { words, themes, englishTerms };
}

/** A compound is read only from words this long, and its parts are at least 4 letters. */
const COMPOUND_MIN_LENGTH = 8;
const COMPOUND_PART_MIN_LENGTH = 4;
/** A compound's parts are read as less certain than a word the vocabulary has. */
const COMPOUND_SCORE = 0.95;
/**
 * Heads of German compounds that say what is done with the subject the first part names, not a
 * subject of their own (folded): a "Tourismusentwicklung" is about tourism, a "Clusterförderung"
 * about clusters, a "Verkehrsplanung" about transport.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  "entwicklung", "forderung", "strategie", "politik", "management", "netzwerk", "kooperation", "zusammenarbeit",
  "projekt", "bereich", "sektor", "branche", "wirtschaft", "industrie", "technik", "technologie", "konzept",
  "planung", "initiative", "programm", "system", "markt", "ausbau", "hersteller", "herstellung", "produktion",
  "unternehmen", "betrieb", "betriebe",
]);

/** A generic head as written or inflected ("Netzwerke", "Technologien", "Herstellern"). */
function isGenericHead(head: string): boolean {
  return ["", "e", "n", "en", "s", "es"].some((ending) => head.endsWith(ending) && GENERIC_HEADS.has(head.slice(0, head.length - ending.length)));
}

/** The forms a compound's first part may stand for: as written, without a linking s/es/n/en, with the e it dropped ("Schul-"). */
function modifierForms(part: string): string[] {
  const forms = [part];
  if (part.endsWith("es")) forms.push(part.slice(0, -2));
  if (part.endsWith("en")) forms.push(part.slice(0, -2));
  if (part.endsWith("s") || part.endsWith("n")) forms.push(part.slice(0, -1));
  forms.push(`${part}e`);
  return forms.filter((f) => f.length >= COMPOUND_PART_MIN_LENGTH);
}

const isGermanWord = (phrase: Phrase) => phrase.lang === "de" && phrase.words.length === 1;

/** The best matches of one German word, or null. */
function germanWordMatches(vocabulary: CompiledVocabulary, word: string): SpanMatch[] | null {
  const { best, length } = bestMatchesAt(vocabulary, [word], 0, isGermanWord);
  return length === 1 ? best : null;
}

/**
 * A word the vocabulary does not have, read as a German compound of two words it has: one segment
 * for each ("Holzcluster": Holz, Cluster), or one for the first when the second is a generic head
 * ("Tourismusentwicklung": Tourismus). The split that leaves the longest known head wins; null
 * when none reads.
 */
function compoundSegments(vocabulary: CompiledVocabulary, word: string): QuerySegment[] | null {
  if (word.length < COMPOUND_MIN_LENGTH || !/^[a-z]+$/.test(word)) return null;
  for (let cut = COMPOUND_PART_MIN_LENGTH; cut <= word.length - COMPOUND_PART_MIN_LENGTH; cut++) {
    const head = word.slice(cut);
    const generic = isGenericHead(head);
    const headMatches = generic ? null : germanWordMatches(vocabulary, head);
    if (!generic && !headMatches) continue;
    // The form the vocabulary has most nearly: "Innovations-" is "Innovation" with a linking s.
    let modifier: { form: string; matches: SpanMatch[]; score: number } | null = null;
    for (const form of modifierForms(word.slice(0, cut))) {
      const matches = germanWordMatches(vocabulary, form);
      const score = Math.max(0, ...(matches ?? []).map((m) => m.score));
      if (matches && (!modifier || score > modifier.score)) modifier = { form, matches, score };
    }
    if (!modifier) continue;
    const first = { ...segmentOf(vocabulary, [modifier.form], modifier.matches, COMPOUND_SCORE), compound: word };
    return headMatches ? [first, { ...segmentOf(vocabulary, [head], headMatches, COMPOUND_SCORE), compound: word }] : [first];
  }
  return null;
}

/** Segments the query and expands each segment through the vocabulary. */
export function expandQuery(vocabulary: CompiledVocabulary, query: string): QueryExpansion {
  const words = contentWords(query);
  const segments: QuerySegment[] = [];
  let i = 0;
  while (i < words.length) {
    const { best, length } = bestMatchesAt(vocabulary, words, i);
    if (length === 0) {
      segments.push(...(compoundSegments(vocabulary, words[i]!) ?? [{ words: [words[i]!], themes: [], englishTerms: [] }]));
      i += 1;
      continue;
    }
    segments.push(segmentOf(vocabulary, words.slice(i, i + length), best));
    i += length;
  }
  const all = new Map<number, MatchedTheme>();
  for (const s of segments) for (const t of s.themes) if (!all.has(t.themeId) || all.get(t.themeId)!.score < t.score) all.set(t.themeId, t);
  return { words, segments, themes: [...all.values()].sort((a, b) => b.score - a.score || a.themeId - b.themeId) };
}
