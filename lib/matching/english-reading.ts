// An interest written in French, German, Polish, Italian or Spanish, read in English for the words
// that look for past projects. The knowledge base's texts are English: "klastry przemysłu
// drzewnego" shares no word with them, and a French text's only "rare" words were its articles
// ("des"). The multilingual theme vocabulary (lib/search/expand: labels and synonyms in six
// languages, inflections matched) says what such a text is about; its themes' English names are
// the words a reader of the knowledge base would use. Pure: no db, no React.
import { expandQuery, type CompiledVocabulary } from "@/lib/search/expand";
import { FUNCTION_WORDS, wordsOf } from "@/lib/search/text";
import { REQUEST_WORDS } from "./text-terms";

type Language = keyof typeof FUNCTION_WORDS;

/** The words that say what is asked for ("universities", "agency"), whole, in lower case. */
const ASKING = new Set(REQUEST_WORDS.toLowerCase().split(/\s+/));

/** A name (in English) that is a word of asking: the kind of partner wanted ("universities"), not a subject. */
export function isAskingWord(name: string): boolean {
  return ASKING.has(name.toLowerCase());
}

/** Each function word's languages (some are two languages' words: "con", "en", "e"). */
const LANGUAGES_OF = new Map<string, Language[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS) as [Language, readonly string[]][]) {
  for (const w of words) LANGUAGES_OF.set(w, [...(LANGUAGES_OF.get(w) ?? []), lang]);
}

/**
 * The language a text is written in, by its function words (the, und, dla, de, il, y …): the one
 * with most, English on a tie; English for a text with none (a few keywords are read as they are).
 */
export function textLanguage(text: string): Language {
  const counts = new Map<Language, number>();
  for (const w of wordsOf(text)) for (const lang of LANGUAGES_OF.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  let best: Language = "en";
  for (const [lang, n] of counts) if (n > (counts.get(best) ?? 0)) best = lang;
  return best;
}

/** How a text in another language was read in English: its language and the English names read. */
export interface EnglishReading {
  language: Exclude<Language, "en">;
  /** In the order read; a name two parts of the text brought is listed each time. */
  names: string[];
}

/**
 * The English names of the themes a text in another language names; null for an English text or
 * one that names no theme. Only the parts of the text matched by a phrase of its own language are
 * read (of a French text, "coopération" is not the Italian "cooperative", nor "Interreg" anything
 * but English), each as the themes that phrase matched best — not the broad ones (`broad`: the
 * top-level themes, whose labels list several subjects: "Agriculture, forestry, fisheries and
 * food" for "biogospodarka"), nor those one of whose English names is a word of asking: "Szukamy
 * uczelni" (we look for a university) names "Higher education and universities", a kind of
 * partner, as "We look for a university" does, whose "university" is set aside (REQUEST_WORDS);
 * read as "higher education institutions", it looked for projects on "higher".
 */
export function readEnglish(vocabulary: CompiledVocabulary, text: string, broad: (themeId: number) => boolean = () => false): EnglishReading | null {
  const language = textLanguage(text);
  if (language === "en") return null;
  const names: string[] = [];
  for (const segment of expandQuery(vocabulary, text).segments) {
    const own = segment.themes.filter((t) => t.lang === language && !broad(t.themeId) && !asksFor(vocabulary, t.themeId));
    const best = Math.max(0, ...own.map((t) => t.score));
    for (const theme of own.filter((t) => t.score === best)) {
      // What the phrase it used means in English, as the vocabulary gives it: "Luftfahrt" is
      // "aviation", "Bahn" "rail", "Möbel" "furniture", "Tourismus" (a label) "tourism" — not
      // its theme's other subjects ("automotive", "road infrastructure", "timber"), nor all of them
      // ("meta-clusters", "start-ups" looked for META-CHIP and THUMBS UP). A synonym the vocabulary
      // gives no English for (EuroSciVoc's) reads as the theme's first two English synonyms, the
      // plain names, or its English label when it has none ("bioeconomy").
      if (theme.english) {
        names.push(theme.english);
        continue;
      }
      const english = vocabulary.english.get(theme.themeId) ?? [];
      names.push(...(english.length > 1 ? english.slice(1, 3) : english));
    }
  }
  return names.length > 0 ? { language, names } : null;
}

/** A reading as words for the text query (the prelude's), joined by ". "; null for none. */
export function readingWords(reading: EnglishReading | null): string | null {
  return reading ? reading.names.join(". ") : null;
}

/**
 * The names of a reading once each, in order: what a reader is told. A name is the same as one
 * before it whatever its case or a plural's "s" ("SMEs" after "SME", "cluster" after "clusters":
 * the query reads them as one word anyway).
 */
export function distinctNames(reading: EnglishReading): string[] {
  const seen = new Set<string>();
  const key = (name: string) => name.toLowerCase().replace(/s$/, "");
  return reading.names.filter((name) => !seen.has(key(name)) && seen.add(key(name)));
}

/** A theme one of whose English names says what is asked for (the partner kind "universities"). */
function asksFor(vocabulary: CompiledVocabulary, themeId: number): boolean {
  return (vocabulary.english.get(themeId) ?? []).some(isAskingWord);
}
