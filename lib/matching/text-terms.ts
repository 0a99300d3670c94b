// Which words of a query's text look for past projects. An interest's description is long and
// mostly common words (on the full data "innovation" is in 1,663 of the 12,926 projects with text,
// "develop" in 424, "support" in 337): an OR query of all of them matched thousands of projects,
// and the organisations with the most projects won on volume whatever the description was about.
// The words that tell what it is about are the rare ones ("wood" is in 4, "cluster" in 24). The
// share below was chosen with the eval samples' own titles as query texts (docs/matching.md).
// What a text repeats is what it is about, rare or not quite: "hydrogen" twice in a hydrogen
// valley's text (in 153 projects, over the share) looks first; chosen with long texts (the 26
// objectives of `eval --descriptions`).
// Rare is not enough: an interest's text also says what it asks for ("we coordinate a proposal and
// look for partners with experience in Finland"), and those words are rare in project titles too
// ("look" is in one of 12,926, "finland" in one, "propos" in ten): looking for them found projects
// on anything. They are set aside: the words that say what is asked (REQUEST_WORDS), the words
// of country names (the lexicon marks them: search_lexicon.place; PLACE_WORDS adds short names and
// nationality adjectives) — where partners are sought is a field of the interest, not what the
// project is about — and the function words PostgreSQL's English stop list lacks (GENERIC_WORDS:
// "across" is in 47 projects, "within" in 39).
// Pure: the database gives each word's document frequency (search_lexicon) and stems REQUEST_WORDS,
// PLACE_WORDS and GENERIC_WORDS.

/** A stemmed word of the query text and the number of projects whose text has it, out of `docs`. */
export interface TextTerm {
  word: string;
  ndoc: number;
  docs: number;
  /** Set aside: a word of a country's name (or PLACE_WORDS), one that says what is asked for (REQUEST_WORDS), a function word (GENERIC_WORDS). */
  aside?: "place" | "request" | "generic";
  /** The first word of the text it is the stem of ("sensing" for "sens"): what an explanation names. */
  surface?: string;
  /** How many times the text uses it (any word of this stem); 1 when not counted. */
  uses?: number;
}

/**
 * A word of the text as an explanation names it: as written when it has capitals past its first
 * letter ("SMEs", "CO2", "eHealth"), else in lower case ("Cooperation" opening a sentence reads
 * "cooperation" in a list).
 */
export function asWritten(word: string): string {
  return /\p{Lu}/u.test(word.slice(1)) ? word : word.toLowerCase();
}

/** Each stem's word as the text wrote it (the stem itself when the text's word is not known). */
export function surfaceWords(terms: readonly TextTerm[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const t of terms) if (!words.has(t.word)) words.set(t.word, t.surface ?? t.word);
  return words;
}

/**
 * Words that say what an interest asks for and who asks, not what its project is about: seeking,
 * proposing, coordinating, partners and their kinds, the programme. Stemmed by the database with
 * the text's configuration (English), so each form stands for its family ("coordinator",
 * "coordination"). Mostly English, the language the knowledge base's texts are in, with the
 * commonest such words of the other languages the seeds speak. Not "region" (it stems like
 * "regional", a subject of its own) nor "SME" (support for SMEs is a subject), nor "program" and
 * "join" (they stem like "programming" and "joining", subjects too). Some stems are shared all the
 * same: "experience" and "experiment" are both "experi", "university" and "universe" "univers";
 * descriptions ask for experience far more often than they are about experiments.
 */
export const REQUEST_WORDS = [
  "look looking seek seeking search searching find want need wish interested invite welcome",
  "propose proposal prepare preparing submit submission call deadline",
  "coordinate coordinator coordination lead leader leading partner partners partnership consortium consortia",
  "organisation experience experienced expertise country countries",
  "university universities agency agencies company companies project projects programme horizon interreg",
  // The form of cooperation an Interreg interest asks for ("cross-border cooperation of clusters on
  // both sides of the border"), not its subject: it named DECIPHER ("cross-border health threats").
  "border borders cross-border crossborder transborder transnational interregional",
  "partenaire partenaires recherchons cherchons projet suchen partnerzy szukamy projekt cerchiamo progetto buscamos socios proyecto",
].join(" ");

/**
 * Words of places the countries list does not name in one word (the lexicon marks those:
 * search_lexicon.place): common short names ("Czechia", "Holland", "Britain", "Türkiye") and the
 * nationality adjectives of the European countries ("Finnish or Swedish partners", "Czech SMEs").
 * Set aside like the countries' names. Not "Polish" (it stems like "polishing", a subject) nor
 * "English" (a language more often than a place).
 */
export const PLACE_WORDS = [
  "Czechia Czech Holland Dutch Britain British Türkiye Turkish Macedonia Macedonian Kosovo Scandinavian",
  "Austrian Belgian Bulgarian Croatian Cypriot Danish Estonian Finnish French German Greek Hungarian Irish Italian",
  "Latvian Lithuanian Luxembourgish Maltese Portuguese Romanian Slovak Slovakian Slovenian Slovene Spanish Swedish",
  "Norwegian Icelandic Swiss Serbian Montenegrin Albanian Bosnian Ukrainian Moldovan Georgian Armenian Israeli Tunisian Moroccan Faroese",
].join(" ");

/**
 * Prepositions, adverbs and connectives that PostgreSQL's English stop list does not have: rare in
 * the projects' short texts, so they passed for informative ("both sides of the border want to
 * bring SMEs together" named LEGUMINOSE, Soil-X-Change and CURIOSOIL as close, each for "across").
 * Only words that are never a subject: not "side" (side effects) nor "whole" (whole genome); "border"
 * is a word of asking (REQUEST_WORDS).
 */
export const GENERIC_WORDS = [
  "across along alongside among amongst around beyond within without via upon toward towards throughout together",
  "also however therefore thus hence moreover furthermore whereas whether despite although though",
  "able etc e.g i.e",
].join(" ");

/** A word in more than this share of the projects says little about what a project is about … */
export const COMMON_SHARE = 0.01;
/** … unless it is in this many projects or fewer (a small knowledge base: every word is in a large share). */
export const RARE_DOCS = 20;
/**
 * A word the text uses twice or more is what it is about ("hydrogen" in a hydrogen valley's title
 * and description: in 153 of the 12,931 projects, over COMMON_SHARE): informative up to this share,
 * and looking before the words used once.
 */
export const REPEATED_SHARE = 0.02;
/** At most this many words look for projects (the repeated, then the rarest). */
export const MAX_TERMS = 12;
/** A text of common words only still looks with its few rarest. */
const FALLBACK_TERMS = 3;

/**
 * The words that look for projects: those some project has and at most COMMON_SHARE of the
 * projects (or RARE_DOCS) have, and those the text repeats that at most REPEATED_SHARE have; the
 * repeated first, then the rarest, at most MAX_TERMS. When none is that rare, the FALLBACK_TERMS
 * rarest some project has. Words no project has are left out (they find nothing), and so are the
 * words set aside (places, what is asked for).
 */
export function informativeTerms(terms: readonly TextTerm[], max = MAX_TERMS): string[] {
  const repeated = (t: TextTerm) => (t.uses ?? 1) >= 2 && t.ndoc <= Math.max(REPEATED_SHARE * t.docs, RARE_DOCS);
  const known = [...new Map(terms.filter((t) => t.ndoc > 0 && t.aside == null).map((t) => [t.word, t])).values()]
    .sort((a, b) => Number(repeated(b)) - Number(repeated(a)) || a.ndoc - b.ndoc || a.word.localeCompare(b.word));
  const rare = known.filter((t) => repeated(t) || t.ndoc <= Math.max(COMMON_SHARE * t.docs, RARE_DOCS));
  return (rare.length > 0 ? rare.slice(0, max) : known.slice(0, FALLBACK_TERMS)).map((t) => t.word);
}
