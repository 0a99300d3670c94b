// "Did you mean …": when a search finds nothing, the query with each word nothing has replaced by
// the nearest word the knowledge base has (db/search/spelling.ts finds the candidates by trigrams in
// search_words). Pure: no db, no React.
import { foldText } from "./text";

export interface WordCandidate {
  word: string;
  /** How many projects, topics, organisations and theme entries have it. */
  n: number;
}

/** A word is corrected only from this length on: shorter ones are acronyms and codes as often as words. */
export const SPELLING_MIN_LENGTH = 4;

/** Edits allowed: one in a word of up to five letters, two in a longer one. */
function maxEdits(word: string): number {
  return word.length <= 5 ? 1 : 2;
}

/**
 * Edits between two words: insertions, deletions, substitutions and transpositions of two
 * neighbouring letters ("hydorgen" is one edit from "hydrogen"), the optimal string alignment
 * distance.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The word to offer for `word` (folded) among the knowledge base's nearest words: the fewest edits
 * away (within maxEdits), then the most used, then the first alphabetically. Null when `word` is
 * itself a known word, or none is near enough.
 */
export function closestWord(word: string, candidates: readonly WordCandidate[]): string | null {
  if (word.length < SPELLING_MIN_LENGTH || candidates.some((c) => c.word === word)) return null;
  let best: { word: string; n: number; edits: number } | null = null;
  for (const c of candidates) {
    const edits = editDistance(word, c.word);
    if (edits > maxEdits(word)) continue;
    if (!best || edits < best.edits || (edits === best.edits && (c.n > best.n || (c.n === best.n && c.word < best.word)))) best = { ...c, edits };
  }
  return best?.word ?? null;
}

/**
 * The query as written with the words `corrections` names (folded word → replacement) replaced,
 * the rest kept as typed: "hydorgen Storage" with hydorgen → hydrogen is "hydrogen Storage".
 */
export function correctedQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  return query.replace(/[\p{L}\p{N}\p{M}]+/gu, (token) => {
    const word = corrections.get(foldText(token));
    if (word === undefined) return token;
    // In the token's case: "Hydorgen" → "Hydrogen", "HYDORGEN" → "HYDROGEN".
    if (token.length > 1 && token === token.toUpperCase()) return word.toUpperCase();
    return token[0] === token[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
  });
}
