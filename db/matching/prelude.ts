// The query resolved in the database before its candidates are looked for, in one statement
// (prelude): the asked programme part, topic family and programme lineage, the requester's records
// and precomputed network, the asked themes across the KEEP/EuroSciVoc crosswalk with their parents,
// and the text's words with how many projects have each.
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { executePrepared } from "../prepared";
import { rowsOf } from "../rows";
import { intArray, textArray } from "../sql-arrays";
import { topicFamily } from "@/lib/matching/query-input";
import { asWritten, GENERIC_WORDS, informativeTerms, PLACE_WORDS, REQUEST_WORDS, surfaceWords, type TextTerm } from "@/lib/matching/text-terms";
import { crosswalkPairs } from "@/lib/matching/theme-crosswalk";
import type { MatchQuery } from "@/lib/matching/types";
import { programmeLineage } from "@/lib/programmes/reference";
import { foldText, STOPWORDS } from "@/lib/search/text";

/** The KEEP → EuroSciVoc crosswalk as the prelude joins it. */
const crosswalk = crosswalkPairs();

export interface ThemeExpansion {
  /** The asked themes (with the EuroSciVoc concepts their KEEP themes lead to) and their parents (deeper than the top level only: "natural sciences" says too little). */
  exact: number[];
  parents: number[];
  /** Each asked theme's parent. */
  parentOf: Map<number, number>;
  labels: Map<number, string>;
}

/** The asked themes as the prelude statement returns them (one row each, by id). */
interface ThemeRow {
  id: number;
  label: string;
  level: number;
  parent_id: number | null;
  parent_label: string | null;
  parent_level: number | null;
  /** The asked theme this one was reached from across the KEEP–EuroSciVoc crosswalk (theme-crosswalk.ts); null for an asked theme. */
  via: string | null;
}

function expandThemes(rows: readonly ThemeRow[]): ThemeExpansion {
  const labels = new Map<number, string>();
  const parentOf = new Map<number, number>();
  const exact = rows.map((r) => Number(r.id));
  const parents = new Set<number>();
  for (const r of rows) {
    labels.set(Number(r.id), r.label);
    // A concept reached through the crosswalk was chosen for what it says: its parent ("materials
    // engineering" for woodworking) would say much more than the member asked for.
    if (r.parent_id == null || r.via != null) continue;
    parentOf.set(Number(r.id), Number(r.parent_id));
    labels.set(Number(r.parent_id), r.parent_label ?? String(r.parent_id));
    // A top-level field ("natural sciences") says too little.
    if (Number(r.parent_level) > 1 && !exact.includes(Number(r.parent_id))) parents.add(Number(r.parent_id));
  }
  return { exact, parents: [...parents], parentOf, labels };
}

/** Named organisations the requester's records have shared projects with, and how many (precomputed networks, flattened). */
function requesterNetwork(requesterIds: readonly number[], partnerIds: readonly number[], partnerCounts: readonly number[]): Map<number, number> {
  const network = new Map<number, number>();
  partnerIds.forEach((id, i) => {
    const pid = Number(id);
    if (!requesterIds.includes(pid)) network.set(pid, (network.get(pid) ?? 0) + Number(partnerCounts[i] ?? 0));
  });
  return network;
}

export interface ResolvedScope {
  partId: number | null;
  /** The asked part's programme, or the programme asked without a part (MatchQuery.programmeCode). */
  programmeId: number | null;
  /** A programme asked without a part and the earlier programmes it continues (lib/programmes/reference), those the database has; empty otherwise. */
  programmeIds: number[];
  /** That programme's name, when it was asked without a part (what a reason names). */
  programmeName: string | null;
  /** The programme asked continues earlier ones: its experience counts theirs. */
  programmeLineage: boolean;
  topicId: number | null;
  family: string | null;
  familyTopicIds: number[];
  requesterIds: number[];
}

export interface Prelude {
  scope: ResolvedScope;
  themes: ThemeExpansion;
  network: Map<number, number>;
  /** The words of the query text that look for past projects (informativeTerms), none without text. */
  textTerms: string[];
  /** Each of those stems' word as the text wrote it (what an explanation names). */
  textWords: Map<string, string>;
  /**
   * Their share of the text's words. ts_rank divides by the number of words asked for: its ranks
   * are multiplied by this so that they keep the scale they had when every word was asked for (the
   * text signal's saturation was set on that scale), counting the informative words only.
   */
  textScale: number;
  /** The schema of the intarray extension, null without it (PGlite): how second-degree proximity is counted. */
  intarraySchema: string | null;
}

/**
 * One statement before the candidates, in their transaction: the planner settings for this
 * transaction, the asked programme part, topic and its family, the requester's records, the asked
 * themes with their parents, the requester's precomputed network, and how many projects have each
 * word of the query text (search_lexicon), with the words set aside: places and what is asked for.
 * `englishReading`: the English names of the themes a text in another language names.
 */
export async function prelude(tx: Db, q: MatchQuery, englishReading: string | null = null): Promise<Prelude> {
  const family = q.topicCode ? topicFamily(q.topicCode) : null;
  const words = textWords(q.text, englishReading);
  const lineage = q.programmeCode ? programmeLineage(q.programmeCode) : [];
  const rows = rowsOf<{
    part_id: number | null; programme_id: number | null; programme_ids: number[] | null; programme_name: string | null; topic_id: number | null; family_ids: number[] | null; requester_ids: number[] | null;
    themes: ThemeRow[] | null; partner_ids: number[] | null; partner_counts: number[] | null; text_terms: TextTerm[] | null;
    intarray_schema: string | null;
  }>(
    await executePrepared(tx, sql`
      with req as (
        select array(
          select ${q.requesterOrganisationId ?? null}::int where ${q.requesterOrganisationId ?? null}::int is not null
          union select organisation_id from claims where profile_id = ${q.requesterProfileId ?? null}::int and status = 'verified'
        ) as ids
      )
      select
        -- The planner's row estimates for the candidate statement are pessimistic: PostgreSQL would
        -- spend a second JIT-compiling a statement that runs in milliseconds, and (the data being in
        -- memory) an index probe costs about what a sequential page read does.
        set_config('jit', 'off', true) as jit, set_config('random_page_cost', '1.1', true) as random_page_cost,
        -- The statements are prepared (db/prepared.ts), and still planned for each query's arrays.
        set_config('plan_cache_mode', 'force_custom_plan', true) as plan_cache_mode,
        (select id from programme_parts where code = ${q.programmePartCode ?? null} order by id limit 1) as part_id,
        -- The part's programme; without a part, the programme asked by its code.
        coalesce((select programme_id from programme_parts where code = ${q.programmePartCode ?? null} order by id limit 1),
          (select id from programmes where code = ${q.programmeCode ?? null})) as programme_id,
        (select name from programmes where code = ${q.programmeCode ?? null}) as programme_name,
        -- The programme and those it continues (Interreg CENTRAL EUROPE 2021-2027, 2014-2020, 2007-2013, Cadses).
        array(select id from programmes where code = any(${textArray(lineage)}) order by array_position(${textArray(lineage)}, code)) as programme_ids,
        (select id from topics where code = ${q.topicCode ?? null} order by id limit 1) as topic_id,
        array(select id from topics where ${family}::text is not null and code like ${`${(family ?? "").replace(/[\\%_]/g, "\\$&")}%`}) as family_ids,
        req.ids as requester_ids,
        -- The asked themes, and across the crosswalk (theme-crosswalk.ts) the EuroSciVoc concepts of
        -- the asked KEEP themes (CORDIS tags its projects with those) and the KEEP themes of the asked
        -- concepts (KEEP projects and members' profiles use those).
        (select json_agg(json_build_object('id', t.id, 'label', t.label, 'level', t.level,
            'parent_id', p.id, 'parent_label', p.label, 'parent_level', p.level, 'via', x.via) order by t.id)
          from (
            select a.id, null::text as via from themes a where a.id = any(${intArray(q.themeIds ?? [])})
            union all
            select case when k.id = any(${intArray(q.themeIds ?? [])}) then e.id else k.id end,
              min(case when k.id = any(${intArray(q.themeIds ?? [])}) then k.label else e.label end)
            from unnest(${textArray(crosswalk.keep)}, ${textArray(crosswalk.euroSciVoc)}) as m(keep, esv)
            join themes k on k.scheme = 'keep' and k.code = m.keep
            join themes e on e.scheme = 'euroscivoc' and e.code = m.esv
            where (k.id = any(${intArray(q.themeIds ?? [])}) and e.id <> all(${intArray(q.themeIds ?? [])}))
              or (e.id = any(${intArray(q.themeIds ?? [])}) and k.id <> all(${intArray(q.themeIds ?? [])}))
            group by 1
          ) x
          join themes t on t.id = x.id left join themes p on p.id = t.parent_id) as themes,
        net.partner_ids, net.partner_counts,
        -- Where intarray is installed, if it is (migration 0029: PostgreSQL only).
        (select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'intarray') as intarray_schema,
        -- Each word stemmed on its own, so that a stem keeps the first of the text's words it came
        -- from (an explanation names "sensing", not "sens").
        (select json_agg(json_build_object('word', u.lexeme, 'surface', u.w, 'uses', u.uses, 'ndoc', coalesce(l.ndoc, 0), 'docs', coalesce(l.docs, 0),
            'aside', case when l.place or u.lexeme = any(tsvector_to_array(to_tsvector('english'::regconfig, unaccent(${PLACE_WORDS})))) then 'place'
              when u.lexeme = any(tsvector_to_array(to_tsvector('english'::regconfig, ${REQUEST_WORDS}))) then 'request'
              when u.lexeme = any(tsvector_to_array(to_tsvector('english'::regconfig, ${GENERIC_WORDS}))) then 'generic' end))
          from (
            -- How many times the text uses the stem: its words' uses summed.
            select distinct on (x.lexeme) x.lexeme, s.w, sum(s.uses) over (partition by x.lexeme) as uses
            from unnest(string_to_array(${words?.words ?? ""}, ' '), ${intArray(words?.uses ?? [])}) with ordinality as s(w, uses, n)
            cross join lateral unnest(to_tsvector('english'::regconfig, unaccent(s.w))) as x
            order by x.lexeme, s.n
          ) u
          left join search_lexicon l on l.word = u.lexeme) as text_terms
      from req
      left join lateral (
        -- One record (the usual case): its arrays as they are stored; several: concatenated.
        select w.partner_ids, w.partner_counts from organisation_networks w
        where cardinality(req.ids) = 1 and w.organisation_id = req.ids[1]
        union all
        select array_agg(x.id), array_agg(x.n)
        from organisation_networks w cross join lateral unnest(w.partner_ids, w.partner_counts) as x(id, n)
        where cardinality(req.ids) > 1 and w.organisation_id = any(req.ids)
        having count(*) > 0
      ) net on true`),
  );
  const r = rows[0];
  const requesterIds = (r?.requester_ids ?? []).map(Number);
  // A part asked is the scope of programme experience; the programme asked (with its lineage) only without one.
  const programmeAlone = r?.part_id == null;
  const allTerms: TextTerm[] = (r?.text_terms ?? []).map((t) => ({
    word: t.word, ndoc: Number(t.ndoc), docs: Number(t.docs), aside: t.aside ?? undefined, surface: t.surface ?? undefined, uses: Number(t.uses ?? 1),
  }));
  const textTerms = informativeTerms(allTerms);
  return {
    scope: {
      partId: r?.part_id ?? null,
      programmeId: r?.programme_id ?? null,
      programmeIds: programmeAlone ? (r?.programme_ids ?? []).map(Number) : [],
      programmeName: programmeAlone ? (r?.programme_name ?? null) : null,
      programmeLineage: lineage.length > 1,
      topicId: r?.topic_id ?? null,
      family,
      familyTopicIds: (r?.family_ids ?? []).map(Number),
      requesterIds,
    },
    themes: expandThemes(r?.themes ?? []),
    network: requesterNetwork(requesterIds, r?.partner_ids ?? [], r?.partner_counts ?? []),
    textTerms,
    textWords: surfaceWords(allTerms),
    textScale: textTerms.length / Math.max(1, allTerms.length),
    intarraySchema: r?.intarray_schema ?? null,
  };
}

/**
 * The text's distinct words of three letters or more (at most 40, as first written) and how many
 * times it uses each; null when it has none. A text in another language (`english`: the English
 * names of the themes it names, english-reading.ts) is read after those English words, which are
 * counted once each (a name read twice is not a word the text repeats), and without the six
 * languages' function words ("des", "dla": English stemming kept them as words).
 */
function textWords(text: string | undefined, english: string | null = null): { words: string; uses: number[] } | null {
  const wordsIn = (t: string) => t.normalize("NFKC").match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  // Distinct whatever their case, each as first written ("SMEs"; asWritten): the stems do not
  // depend on it, and an explanation names the user's word as the user wrote it.
  const distinct = new Map<string, { word: string; uses: number }>();
  for (const w of wordsIn(english ?? "")) if (!distinct.has(w.toLowerCase())) distinct.set(w.toLowerCase(), { word: asWritten(w), uses: 0 });
  for (const w of wordsIn(text ?? "")) {
    if (english && STOPWORDS.has(foldText(w))) continue;
    const seen = distinct.get(w.toLowerCase());
    if (seen) seen.uses++;
    else distinct.set(w.toLowerCase(), { word: asWritten(w), uses: 1 });
  }
  if (distinct.size === 0) return null;
  const first = [...distinct.values()].slice(0, 40);
  return { words: first.map((d) => d.word).join(" "), uses: first.map((d) => Math.max(1, d.uses)) };
}

/**
 * An OR query of all the text's words (an interest's description would match nothing as an AND):
 * what registered organisations' own texts are ranked by (few, read whole).
 */
export function textTsquery(text: string | undefined) {
  const words = textWords(text)?.words;
  if (words == null) return null;
  return sql`nullif(replace(plainto_tsquery('english'::regconfig, unaccent(${words}))::text, '&', '|'), '')::tsquery`;
}
