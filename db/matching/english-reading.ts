// A query text in another language read in English (lib/matching/english-reading.ts), with the
// multilingual theme vocabulary kept in memory (db/search/theme-vocabulary.ts).
import type { Db } from "../index";
import { getThemeVocabulary } from "../search/theme-vocabulary";
import { readEnglish, readingWords, textLanguage, type EnglishReading } from "@/lib/matching/english-reading";

/** How a text in another language is read in English (its not top-level themes' English names); null for an English text. */
export async function englishReadingOf(db: Db, text: string): Promise<EnglishReading | null> {
  // An English text, most of them, needs no vocabulary: not read (nor read again every few minutes) for it.
  if (textLanguage(text) === "en") return null;
  const vocabulary = await getThemeVocabulary(db);
  return readEnglish(vocabulary.compiled, text, (id) => (vocabulary.themes.get(id)?.level ?? 1) <= 1);
}

/** The English names of the (not top-level) themes a text in another language names, as query words; null for an English text. */
export async function readInEnglish(db: Db, text: string): Promise<string | null> {
  return readingWords(await englishReadingOf(db, text));
}
