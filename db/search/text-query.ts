// Turns a user's query into one Postgres tsquery, through the cross-language expansion of
// lib/search/expand. Per segment of the query:
//
//   (its words, each stemmed by every configuration the documents use — english, simple, french,
//    german, italian, spanish — or a prefix of it for inflected forms: klastrów → 'klastr':*)
//   OR (the English labels and synonyms of the themes the segment matched)
//   OR (the tokens 'theme_<id>' of those themes and of the themes the KEEP–EuroSciVoc crosswalk
//       links to them or to a theme below them: projects linked to them or to a descendant)
//
// and the segments together with AND. The search statement computes it once (a CTE) and uses it
// for the match (GIN index) and the rank. When no project has every segment ("wood industry
// cluster": 130 projects on the wood industry, 24 on clusters, none on both), the searches ask again
// with the segments together with OR (`anyTextQuery`), those with the most segments first, and say so.
// When fewer than a page have every segment, they count those with some (`someMore`) for the page
// to offer; `match=any` asks for those at once.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { expandQuery, type MatchedTheme, type QueryExpansion } from "@/lib/search/expand";
import { segmentPhrases } from "@/lib/search/query-segments";
import type { SearchVocabulary } from "./vocabulary";

/** The configurations documents are indexed with (drizzle/0003: search_config). */
const CONFIGS = ["english", "simple", "french", "german", "italian", "spanish"] as const;
/** Words this long are also matched by prefix (their last two letters cut): Polish has no stemmer. */
const INFLECTED_MIN_LENGTH = 7;

export interface TextQuery {
  /** The tsquery, or null when the query has no searchable word (it matches nothing). */
  expression: SQL | null;
  /** Each segment's tsquery: `expression` is them together with AND ("all") or OR ("any"). */
  segments: SQL[];
  match: "all" | "any";
  expansion: QueryExpansion;
  /** The matched themes with their English labels and vocabularies, and those of the themes the crosswalk links to each, for "also searching" hints. */
  themes: (MatchedTheme & { label: string; scheme: "keep" | "euroscivoc" | null; linked: { id: number; label: string }[] })[];
}

/** The configurations of other languages than the query's likely English (their stemmers applied to any word). */
const FOREIGN_CONFIGS = new Set<string>(["french", "german", "italian", "spanish"]);

/**
 * A word as one configuration stems it. A foreign stemmer may cut a word of another language down to
 * a common short word — German stems "forest" to "for", which every "… for …" acronym has — so its
 * stem is used only when it keeps at least four letters or is the word itself.
 */
function stemQuery(config: (typeof CONFIGS)[number], word: string): SQL {
  const q = sql`plainto_tsquery(${config}::regconfig, ${word})`;
  if (!FOREIGN_CONFIGS.has(config)) return q;
  return sql`(select case when length(x::text) >= 6 or x::text = quote_literal(lower(${word})) then x else ''::tsquery end from ${q} as x)`;
}

function wordQuery(word: string, isLast: boolean): SQL {
  const parts = CONFIGS.map((config) => stemQuery(config, word));
  if (word.length >= INFLECTED_MIN_LENGTH) {
    parts.push(sql`to_tsquery('simple'::regconfig, ${`${word.slice(0, Math.max(5, word.length - 2))}:*`})`);
  } else if (isLast && word.length >= 3) {
    // The last word may be half-typed.
    parts.push(sql`to_tsquery('simple'::regconfig, ${`${word}:*`})`);
  }
  return sql`(${sql.join(parts, sql` || `)})`;
}

/** English terms as one websearch query: "a b or c or d" (quotes and the word "or" taken out of each). */
function englishTerms(terms: readonly string[]): string {
  return terms.map((t) => t.replace(/"/g, " ").replace(/\bor\b/gi, " ").replace(/(^|\s)-+/g, "$1")).join(" or ");
}

/**
 * One tsquery per segment of the expanded query (none when it has no searchable word). `linked`
 * gives the themes the KEEP–EuroSciVoc crosswalk links to a matched theme or to one below it: their
 * projects match too (a KEEP theme's words in six languages reach the CORDIS projects tagged with
 * its EuroSciVoc concepts, and back), as the theme's filter lists them (search_theme_ids).
 */
function segmentQueries(expansion: QueryExpansion, linked: ReadonlyMap<number, readonly number[]>): SQL[] {
  if (expansion.words.length === 0) return [];
  const last = expansion.segments.length - 1;
  return expansion.segments.map((segment, s) => {
    // The query's last word may be half-typed (a compound's parts are whole words).
    const words = segment.words.map((w, i) => wordQuery(w, s === last && i === segment.words.length - 1 && !segment.compound));
    const alternatives: SQL[] = [sql`(${sql.join(words, sql` && `)})`];
    // A part of a compound: the compound as written matches every part ("Holzcluster" in a German text).
    if (segment.compound) alternatives.push(wordQuery(segment.compound, false));
    if (segment.englishTerms.length > 0) {
      alternatives.push(sql`websearch_to_tsquery('english'::regconfig, unaccent(${englishTerms(segment.englishTerms)}))`);
    }
    if (segment.themes.length > 0) {
      const ids = [...new Set(segment.themes.flatMap((t) => [t.themeId, ...(linked.get(t.themeId) ?? [])]))];
      alternatives.push(sql`${ids.map((id) => `'theme_${id}'`).join(" | ")}::tsquery`);
    }
    return sql`(${sql.join(alternatives, sql` || `)})`;
  });
}

/** The query expanded, and its tsquery as an SQL expression (null when no word is searchable). */
export function buildTextQuery(vocabulary: SearchVocabulary, q: string): TextQuery {
  const expansion = expandQuery(vocabulary.compiled, q);
  const label = (id: number) => vocabulary.themes.get(id)?.label ?? String(id);
  const themes = expansion.themes.map((t) => ({
    ...t,
    label: label(t.themeId),
    scheme: vocabulary.themes.get(t.themeId)?.scheme ?? null,
    linked: (vocabulary.linkedThemes.get(t.themeId) ?? []).map((id) => ({ id, label: label(id) })),
  }));
  const segments = segmentQueries(expansion, vocabulary.linkedBelow);
  return { expression: segments.length > 0 ? sql.join(segments, sql` && `) : null, segments, match: "all", expansion, themes };
}

/**
 * Set when the list holds results with some parts of the query, the most parts first: because none
 * had all of them, or because the user asked for them (`chosen`, `match=any`). The parts, as
 * written, and for each listed row (by id) the indexes of the parts it has.
 */
export type PartialMatch = { segments: string[]; chosen?: boolean; rows?: Record<number, number[]> } | null;

/**
 * Set when fewer results than a page have every part of the query and more have some: how many
 * more, and the parts as written. The page offers them (`match=any`).
 */
export type SomeMore = { count: number; segments: string[] } | null;

/**
 * The query with its segments together with OR: the fallback when no project has all of them. Null
 * when the query has fewer than two segments (its "any" is its "all").
 */
export function anyTextQuery(text: TextQuery): TextQuery | null {
  if (text.segments.length < 2) return null;
  return { ...text, expression: sql`(${sql.join(text.segments, sql` || `)})`, match: "any" };
}

export interface AllElseSomeOptions {
  /** "any": the user asked for the results with some parts (the most parts first). */
  match?: "any";
  /** A saved search's alert asks what is new: the query as asked, never widened nor counted wider. */
  exact?: boolean;
  /** How many results have some parts of the query (`text` with OR), for `someMore`. */
  count: (text: TextQuery) => Promise<number>;
  /** Fewer results with every part than this (a page) are offered the rest: `someMore`. */
  fewerThan: number;
}

/**
 * A search by every part of a query, else by some: `run` searches with the query given (`text`, its
 * segments together with AND) and, when it found nothing (`total` 0) and the query has two segments
 * or more, again with them together with OR. The wider answer is kept when it found something; then
 * `partialMatch` names the segments as `q` wrote them. With `match: "any"` the search is by some
 * parts at once; when fewer than a page have all of them, `someMore` says how many more have some.
 */
export async function allElseSome<T>(
  text: TextQuery | null,
  q: string,
  run: (text: TextQuery | null) => Promise<T>,
  total: (result: T) => number,
  options: AllElseSomeOptions,
): Promise<{ result: T; text: TextQuery | null; partialMatch: PartialMatch; someMore: SomeMore }> {
  const any = text ? anyTextQuery(text) : null;
  const segments = () => segmentPhrases(q, any!.expansion.segments);
  if (any && options.match === "any") {
    return { result: await run(any), text: any, partialMatch: { segments: segments(), chosen: true }, someMore: null };
  }
  const result = await run(text);
  if (!any || options.exact) return { result, text, partialMatch: null, someMore: null };
  const found = total(result);
  if (found === 0) {
    const wider = await run(any);
    if (total(wider) > 0) return { result: wider, text: any, partialMatch: { segments: segments() }, someMore: null };
  } else if (found < options.fewerThan) {
    const more = (await options.count(any)) - found;
    if (more > 0) return { result, text, partialMatch: null, someMore: { count: more, segments: segments() } };
  }
  return { result, text, partialMatch: null, someMore: null };
}

/**
 * Which of the segments a search vector has, as bits (1 the first, 2 the second, 4 the third…; past
 * the 30th segment of a very long query, segments are not told apart): an SQL integer expression
 * (`segs`: the segments as a tsquery[]). `segmentIndexes` reads it back.
 */
export function segmentBits(vector: SQL, segs: SQL): SQL {
  return sql`(select coalesce(sum(1 << (s.i::int - 1)), 0) from unnest(${segs}) with ordinality s(q, i) where s.i <= 30 and ${vector} @@ s.q)::int`;
}

/** The indexes (from 0) of the segments set in `bits` (segmentBits). */
export function segmentIndexes(bits: number): number[] {
  const indexes: number[] = [];
  for (let i = 0; i < 30; i++) if (bits & (1 << i)) indexes.push(i);
  return indexes;
}

/** The query's segments as one tsquery[] (for segmentBits and segmentsMatched). */
export function segmentArray(text: TextQuery): SQL {
  return sql`array[${sql.join(text.segments, sql`, `)}]::tsquery[]`;
}

/** With some parts of the query only, the column `segs` of the statement's `tsq` CTE: its segments (segmentArray). */
export function tsqSegments(text: TextQuery): SQL {
  return text.match === "any" ? sql`, ${segmentArray(text)} as segs` : sql``;
}

/** How many of the segments a search vector has, as an SQL expression (`segs`: the segments as a tsquery[]). */
export function segmentsMatched(vector: SQL, segs: SQL): SQL {
  return sql`(select count(*)::int from unnest(${segs}) s where ${vector} @@ s)`;
}
