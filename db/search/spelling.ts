// "Did you mean …" for a search that found nothing: each word of the query that no project, topic,
// organisation or theme has and that the vocabulary does not read, replaced by the nearest word
// they have (search_words, drizzle/0033, by its trigram index; the choice is lib/search/spelling).
import "server-only";
import { sql } from "drizzle-orm";
import { expandQuery } from "@/lib/search/expand";
import { closestWord, correctedQuery, SPELLING_MIN_LENGTH, type WordCandidate } from "@/lib/search/spelling";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import type { SearchVocabulary } from "./vocabulary";

/** Trigram neighbours looked at per word, from this similarity on. */
const CANDIDATES = 40;
const SIMILARITY = 0.2;

/** The query with its unknown words corrected, or null when there is nothing to correct. */
export async function spellingSuggestion(db: Db, vocabulary: SearchVocabulary, q: string): Promise<string | null> {
  // Words the vocabulary reads (a theme in any language, a compound of its words) are not mistakes.
  const words = [
    ...new Set(
      expandQuery(vocabulary.compiled, q)
        .segments.filter((s) => s.themes.length === 0)
        .flatMap((s) => s.words)
        .filter((w) => w.length >= SPELLING_MIN_LENGTH && /^[a-z]+$/.test(w)),
    ),
  ];
  if (words.length === 0) return null;
  const rows = await db.transaction(async (tx) => {
    // Short words share few trigrams with their own misspellings ("smrat" and "smart" 0.2): the
    // neighbours from a similarity of 0.2, not pg_trgm's default 0.3, for this statement only.
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY)}, true)`);
    return rowsOf<{ w: string; word: string; n: number }>(
      await tx.execute(sql`
        select q.w, s.word, s.n from unnest(${sql.param(words)}::text[]) as q(w)
        cross join lateral (
          select word, n from search_words where word % q.w order by similarity(word, q.w) desc, n desc limit ${CANDIDATES}
        ) s`),
    );
  });
  const corrections = new Map<string, string>();
  for (const w of words) {
    const candidates: WordCandidate[] = rows.filter((r) => r.w === w).map((r) => ({ word: r.word, n: Number(r.n) }));
    const closest = closestWord(w, candidates);
    if (closest) corrections.set(w, closest);
  }
  return corrections.size > 0 ? correctedQuery(q, corrections) : null;
}
