// The parts of a query the search matched one by one ("wood industry", "cluster"; "Holz" and
// "cluster" of "Holzcluster"), as the user wrote them: when no project has all of them the search says which they were (db/search:
// anyTextQuery). Pure: no db, no React.
import { foldText } from "./text";

/**
 * Each segment's words in the user's spelling: `segments` holds folded words (lib/search/expand),
 * each is given back as first written in `query` ("przemysl" → "przemysłu" when the query said so).
 */
export function segmentPhrases(query: string, segments: readonly { words: readonly string[] }[]): string[] {
  const written = new Map<string, string>();
  for (const token of query.normalize("NFC").split(/[^\p{L}\p{N}\p{M}]+/u)) {
    const folded = foldText(token);
    if (folded && !written.has(folded)) written.set(folded, token);
  }
  return segments.map((s) => s.words.map((w) => written.get(w) ?? partWritten(written, w)).join(" "));
}

/** A part of a compound as written ("Holz" of "Holzcluster"), else the folded part itself. */
function partWritten(written: ReadonlyMap<string, string>, part: string): string {
  for (const [folded, token] of written) {
    const at = folded.indexOf(part);
    // Folding kept the token's length (no ß, no ł spelt out): the same letters, as written.
    if (at >= 0 && folded.length === token.length) return token.slice(at, at + part.length);
  }
  return part;
}
