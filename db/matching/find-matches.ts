// Finds and explains the partners for a MatchQuery. Candidate generation and counting happen in
// one SQL statement served by indexes (relevant projects → their participants, plus the
// requester's network and, under hard filters, the most active organisations of the wanted kind);
// the pure functions of lib/matching turn the counts into signals, a score and reasons.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../index";
import { executePrepared } from "../prepared";
import { consortiumOf } from "../led-consortium";
import { rowsOf } from "../rows";
import { applicableSignals, combineSignals, computeSignals, type SignalName } from "@/lib/matching/score";
import { explainReasons, reasonText, type Reason } from "@/lib/matching/explain";
import { pickEvidenceProjects, projectAskedThemes } from "@/lib/matching/evidence";
import type { MatchFacts } from "@/lib/matching/signals";
import type { Match, MatchProjectEvidence, MatchQuery } from "@/lib/matching/types";
import { topicFamily } from "@/lib/matching/query-input";
import { asWritten, GENERIC_WORDS, informativeTerms, PLACE_WORDS, REQUEST_WORDS, surfaceWords, type TextTerm } from "@/lib/matching/text-terms";
import { isoDate } from "@/lib/interests/options";
import { crosswalkPairs } from "@/lib/matching/theme-crosswalk";
import { targetRegionOf } from "@/lib/places/target-region";
import { programmeLineage } from "@/lib/programmes/reference";
import type { OrganisationType, ParticipationRole } from "../schema/knowledge";
import { floatArray, intArray, textArray } from "../sql-arrays";

export const DEFAULT_K = 20;
export const MAX_K = 200;
/** Candidates scored in JavaScript at most (the best by a rough score computed in SQL). */
const CANDIDATE_LIMIT = 300;
/** Candidates read per programme part and per asked theme: the most experienced of the wanted kind. */
const TOP_PER_FACET = 150;
/** At most this many candidates from each other source (the requester's partners, the topic family's participants …). */
const SOURCE_LIMIT = 300;
/** The requester's partners looked at for second-degree proximity (the most frequent ones). */
const NETWORK_PARTNERS = 20;
/** How many of an organisation's most telling projects the evidence statement reads for the card to pick from. */
const EVIDENCE_CANDIDATES = 8;

/** The KEEP → EuroSciVoc crosswalk as the prelude joins it. */
const crosswalk = crosswalkPairs();

interface ThemeExpansion {
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

interface CandidateRow {
  id: number;
  type: OrganisationType;
  country_code: string | null;
  /** The target region it is located in (the most precise of those asked), null when none. */
  based_in: string | null;
  project_count: number;
  coordinator_count: number;
  last_year: number | null;
  last_year_from_call: boolean;
  theme_sum: number;
  text_sum: number;
  part_n: number;
  /** It has projects in the asked programme (the part's, or the one asked alone). */
  in_programme: boolean;
  /** How many, when the programme was asked without a part (kind 3 counts; 0 otherwise). */
  programme_n: number;
  topic_n: number;
  family_n: number;
  region_n: number;
  rel_coord: number;
  with_requester: number;
  rel_with_req: number;
  recent_with_req: number;
  /** Its most relevant projects among the few read one by one (topic family, the requester's, text). */
  top_projects: number[] | null;
  /** How telling each is: its relevance (3 same topic, 2 same family, theme closeness, 4 × text rank, 0.5 same part), + 0.5 with the requester. */
  top_weight: number[] | null;
  text_projects: number[] | null;
  /** The requester's (most frequent) partners it has worked with. */
  shared_partners: number[] | null;
  /** The themes of the registered organisation holding this record, when it has some (see ProfileThemes). */
  profile_closeness: number | null;
  profile_labels: string[] | null;
  interest_labels: string[] | null;
}

interface ResolvedScope {
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

interface Prelude {
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
 */
async function prelude(tx: Db, q: MatchQuery): Promise<Prelude> {
  const family = q.topicCode ? topicFamily(q.topicCode) : null;
  const words = textWords(q.text);
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
        (select json_agg(json_build_object('word', u.lexeme, 'surface', u.w, 'ndoc', coalesce(l.ndoc, 0), 'docs', coalesce(l.docs, 0),
            'aside', case when l.place or u.lexeme = any(tsvector_to_array(to_tsvector('english'::regconfig, unaccent(${PLACE_WORDS})))) then 'place'
              when u.lexeme = any(tsvector_to_array(to_tsvector('english'::regconfig, ${REQUEST_WORDS}))) then 'request'
              when u.lexeme = any(tsvector_to_array(to_tsvector('english'::regconfig, ${GENERIC_WORDS}))) then 'generic' end))
          from (
            select distinct on (x.lexeme) x.lexeme, s.w
            from unnest(string_to_array(${words ?? ""}, ' ')) with ordinality as s(w, n)
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
    word: t.word, ndoc: Number(t.ndoc), docs: Number(t.docs), aside: t.aside ?? undefined, surface: t.surface ?? undefined,
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

/** The text's distinct words of three letters or more (at most 40, as first written), null when it has none. */
function textWords(text: string | undefined): string | null {
  const words = (text ?? "").normalize("NFKC").match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  // Distinct whatever their case, each as first written ("SMEs"; asWritten): the stems do not
  // depend on it, and an explanation names the user's word as the user wrote it.
  const distinct = new Map<string, string>();
  for (const w of words) if (!distinct.has(w.toLowerCase())) distinct.set(w.toLowerCase(), asWritten(w));
  return distinct.size === 0 ? null : [...distinct.values()].slice(0, 40).join(" ");
}

/**
 * An OR query of all the text's words (an interest's description would match nothing as an AND):
 * what registered organisations' own texts are ranked by (few, read whole).
 */
function textTsquery(text: string | undefined) {
  const words = textWords(text);
  if (words == null) return null;
  return sql`nullif(replace(plainto_tsquery('english'::regconfig, unaccent(${words}))::text, '&', '|'), '')::tsquery`;
}

/**
 * `value in (set)` as a hashed lookup whatever the planner's row estimates: written
 * "(… in (select …)) is true" it cannot become a join, which PostgreSQL, estimating the candidate
 * statement's CTEs far too low (one row for thousands), may run as a loop over the set for each row.
 */
function inHashedSet(value: SQL, set: SQL): SQL {
  return sql`(${value} in (${set})) is true`;
}

/** An OR query of the informative words (already stemmed: each taken as it is), looking for past projects. */
function termsTsquery(terms: readonly string[]) {
  if (terms.length === 0) return null;
  return sql`(select string_agg(quote_literal(w), ' | ')::tsquery from unnest(${textArray(terms)}) w)`;
}

export interface FindMatchesOptions {
  /** Other signal weights (the themes-only baseline of `eval` uses { themes: 1 }, the rest 0). */
  weights?: Record<SignalName, number>;
  /** Sees every scored knowledge-base candidate's facts (for `eval --dump`: tuning offline). */
  onCandidates?: (candidates: { organisationId: number; facts: MatchFacts; score: number }[], applicable: SignalName[]) => void;
}

interface CandidateQuery extends Prelude {
  types: string[];
  countries: string[];
  regions: string[];
  /** The date interests are open on. */
  today: string;
}

/**
 * The 300 candidates to score, with their counts, in one statement (see docs/matching.md): the few
 * relevant projects read one by one and their participants, the requester's network, the most
 * experienced of the wanted kind; then, for those 300, their most relevant projects, the
 * requester's partners each has worked with and the profile themes of the registered organisations
 * holding them.
 */
async function candidates(tx: Db, q: CandidateQuery): Promise<CandidateRow[]> {
  const { scope, themes, network, textScale, types, countries, regions, today } = q;
  const tsq = termsTsquery(q.textTerms);
  const allThemes = [...themes.exact, ...themes.parents];
  const req = scope.requesterIds;
  const filtered = types.length > 0 || countries.length > 0;
  // A programme asked without a part (an interest with no known call topic), with the programmes it
  // continues: their most experienced are candidates and each candidate's projects there count, as
  // a part's would.
  const lineage = scope.programmeIds;
  // The requester's partners in the asked programme: the part's, or the programme asked and those it continues.
  const networkProgrammes = lineage.length > 0 ? lineage : scope.programmeId == null ? [] : [scope.programmeId];

  // Theme weights for the precomputed counts (organisation_match_counts, kind 2: a project counts for
  // its themes and their ancestors, `direct` for its own tags). A project tagged with an asked theme
  // scores 1, with a narrower one 0.7, with the asked theme's parent (or a sibling) 0.5, as the
  // closeness below: direct 0.3 + own 0.2 + parent 0.5 (own 0.7 when the parent is not counted).
  const parentOf = themes.parentOf;
  const themeKeys = [...themes.exact, ...themes.parents];
  const themeAll = themeKeys.map((id) => (themes.exact.includes(id) ? (parentOf.get(id) != null && themes.parents.includes(parentOf.get(id)!) ? 0.2 : 0.7) : 0.5));
  const themeDirect = themeKeys.map((id) => (themes.exact.includes(id) ? 0.3 : 0));

  const regionMatch = regions.length > 0
    ? sql`(pf.nuts1 && ${textArray(regions)} or pf.nuts2 && ${textArray(regions)} or pf.nuts3 && ${textArray(regions)} or pf.country_codes && ${textArray(regions)})`
    : sql`false`;

  // Under hard filters, only a project with a participant of the wanted kind can count for a
  // candidate (the facets list its participants' types and countries).
  const projectHasWantedKind = types.length > 0 && countries.length > 0
    ? sql`and pf.country_types && ${textArray(countries.flatMap((c) => types.map((t) => `${c}:${t}`)))}`
    : types.length > 0 ? sql`and pf.organisation_types && ${textArray(types)}`
    : countries.length > 0 ? sql`and pf.country_codes && ${textArray(countries)}`
    : sql``;

  // The projects read one by one: few (the topic's family, the requester's own, the text's, and
  // with target regions the relevant ones there). Programme part and themes, which bring
  // thousands of projects, are read from the precomputed per-organisation counts.
  const smallSources = [
    scope.familyTopicIds.length > 0 ? sql`select id from family_projects` : null,
    req.length > 0 ? sql`select project_id from req_projects` : null,
    tsq ? sql`select id from text_hits` : null,
    regions.length > 0 && (scope.partId != null || allThemes.length > 0)
      ? sql`select pf.project_id from project_facets pf where ${regionMatch}
          and (pf.programme_part_id = ${scope.partId}::int or pf.theme_ids && ${intArray(allThemes)}) ${projectHasWantedKind}`
      : null,
  ].filter((s) => s != null);
  const smallIds = smallSources.length > 0 ? sql.join(smallSources, sql` union `) : sql`select null::int where false`;
  const typeFilter = (alias: string) => sql`(${types.length === 0} or ${sql.raw(alias)}.type::text = any(${textArray(types)}))
    and (${countries.length === 0} or ${sql.raw(alias)}.country_code = any(${textArray(countries)}))`;
  /** The most experienced of the wanted kind for each key of a kind of counts (an index range each). */
  const mostExperienced = (kind: 2 | 3, keys: number[]) => sql`
        select t.id from unnest(${intArray(keys)}) as k(key)
        cross join lateral (
          select c.organisation_id as id from organisation_match_counts c
          where c.kind = ${sql.raw(String(kind))} and c.key = k.key and ${typeFilter("c")}
          order by c.projects desc nulls last, c.organisation_id limit ${TOP_PER_FACET}
        ) t`;

  // The requester's partners (precomputed), passed as literal arrays: the planner then knows their number.
  const byCount = [...network.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const closest = byCount.slice(0, SOURCE_LIMIT);
  const networkPartners = req.length > 0 ? byCount.slice(0, NETWORK_PARTNERS).map(([id]) => id) : [];
  // Which of the 300 kept each of those partners has worked with: with intarray, each network
  // (thousands of ids, sorted: migration 0029) intersected with the 300 ids by its "&", which merges
  // them in C, only what is left unnested; without it (PGlite), every id unnested and looked up
  // among the 300. (unnest in the select list streams its elements; in FROM it would store them all first.)
  const partnerMembers = q.intarraySchema
    ? sql`unnest(w.partner_ids operator(${sql.identifier(q.intarraySchema)}.&) (select array_agg(id) from best))`
    : sql`unnest(w.partner_ids)`;
  const candidateSql = sql`
      with tsq as (select ${tsq ?? sql`null::tsquery`} as q),
      req_projects as materialized (
        select pa.project_id, p.programme_id from participations pa join projects p on p.id = pa.project_id
        where pa.organisation_id = any(${intArray(req)})
      ),
      -- The projects of the topic's family, and those matching the text with their rank (index scans).
      family_projects as materialized (
        select p.id, p.topic_id = ${scope.topicId}::int as same_topic from projects p where p.topic_id = any(${intArray(scope.familyTopicIds)})
      ),
      text_hits as materialized (${tsq
        ? sql`select p.id, ts_rank(p.search_vector, q.q) * ${textScale}::float4 as text_rank from projects p, tsq q where p.search_vector @@ q.q`
        : sql`select null::int as id, 0::real as text_rank where false`}),
      rel as materialized (
        select pf.project_id,
          case when exists (select 1 from project_themes pt where pt.project_id = pf.project_id and pt.theme_id = any(${intArray(themes.exact)})) then 1.0
               when pf.theme_ids && ${intArray(themes.exact)} then 0.7
               when pf.theme_ids && ${intArray(themes.parents)} then 0.5 else 0 end as theme,
          coalesce(th.text_rank, 0)::real as text_rank,
          coalesce(fp.same_topic, false) as same_topic,
          fp.id is not null as same_family,
          pf.programme_part_id = ${scope.partId}::int as same_part,
          ${regionMatch} as in_region,
          r.project_id in (select project_id from req_projects) as with_req,
          pf.sort_date
        from (${smallIds}) r(project_id)
        join project_facets pf on pf.project_id = r.project_id
        -- The family's and the text's few projects are looked up in them: projects' wide rows are not read.
        left join family_projects fp on fp.id = r.project_id
        left join text_hits th on th.id = r.project_id
      ),
      rel_scored as (
        select rel.*, (3 * coalesce(same_topic::int, 0) + 2 * coalesce(same_family::int, 0) + theme + 4 * text_rank
          + 0.5 * coalesce(same_part::int, 0)) as relevance
        from rel
      ),
      -- The participations in the projects that count (the requester's others do not): read once,
      -- counted per organisation here, and ranked for the 300 best only (best_projects).
      rel_part as materialized (
        select pa.organisation_id, pa.role, rs.project_id, rs.relevance, rs.text_rank, rs.sort_date,
          rs.same_topic, rs.same_family, rs.same_part, rs.theme, rs.in_region, rs.with_req,
          -- It led a consortium (db/led-consortium.ts; one probe per coordinator: a single
          -- beneficiary, such as a fellowship's host, is its project's "coordinator" too).
          case when pa.role = 'coordinator' and rs.relevance >= 1
            then ${consortiumOf(sql`pa.project_id`, sql`pa.organisation_id`)}
            else false end as led
        from participations pa join rel_scored rs on rs.project_id = pa.project_id
        where pa.project_id = any(array(select project_id from rel
            where not with_req or same_part or theme > 0 or same_family or text_rank > 0 or in_region))
          and (not with_req or same_part or theme > 0 or same_family or text_rank > 0 or in_region)
          -- Under hard filters, the organisations of the wanted kind only (no other can be a candidate).
          ${filtered ? sql`and ${inHashedSet(sql`pa.organisation_id`, sql`select organisation_id from organisation_facets f where ${typeFilter("f")}`)}` : sql``}
      ),
      by_org as (
        select organisation_id as id,
          sum(text_rank)::float8 as text_sum,
          count(*) filter (where same_topic)::int as topic_n,
          count(*) filter (where same_family)::int as family_n,
          count(*) filter (where in_region and (same_part or theme > 0 or same_family or text_rank > 0))::int as region_n,
          count(*) filter (where with_req and (same_part or theme > 0 or same_family or text_rank > 0))::int as rel_with_req,
          count(*) filter (where led)::int as rel_coord
        from rel_part
        group by organisation_id
      ),
      -- The requester's closest partners (a large university has thousands).
      network as (select x.id, x.n from unnest(${intArray(closest.map(([id]) => id))}, ${intArray(closest.map(([, n]) => n))}) as x(id, n)),
      recent as (
        select pa.organisation_id as id, count(*)::int as n
        from participations pa
        where pa.project_id = any(array(select project_id from req_projects where programme_id = any(${intArray(networkProgrammes)})))
          and pa.organisation_id <> all(${intArray(req)})
        group by pa.organisation_id
        order by n desc, pa.organisation_id limit ${SOURCE_LIMIT}
      ),
      popular as (
        select organisation_id as id from organisation_facets f
        where ${filtered} and ${typeFilter("f")}
        order by project_count desc limit 50
      ),
      -- The most experienced of the wanted kind in the asked programme part, in each programme of a
      -- programme asked without a part, and in each asked theme (index ranges of the precomputed counts).
      part_top as (
        select c.organisation_id as id from organisation_match_counts c
        where c.kind = 1 and c.key = ${scope.partId}::int and ${typeFilter("c")}
        order by c.projects desc nulls last, c.organisation_id limit ${TOP_PER_FACET}
      ),
      programme_top as (${mostExperienced(3, lineage)}),
      theme_top as (${mostExperienced(2, themeKeys)}),
      by_org_best as (
        select id from by_org
        order by 2 * topic_n + family_n + rel_with_req + 4 * text_sum + region_n desc, id limit ${SOURCE_LIMIT}
      ),
      cand as materialized (
        select id from by_org_best union select id from network union select id from recent
        union select id from popular union select id from part_top union select id from programme_top union select id from theme_top
      ),
      part_counts as (
        select c.organisation_id as id, c.projects, c.coordinated from cand
        join organisation_match_counts c on c.kind = 1 and c.key = ${scope.partId}::int and c.organisation_id = cand.id
      ),
      -- Each candidate's projects in a programme asked without a part (with a part, whether it has
      -- any in the part's programme is enough: organisation_facets says it, in best).
      programme_counts as (
        select c.organisation_id as id, sum(c.projects)::int as projects from cand
        join organisation_match_counts c on c.kind = 3 and c.key = any(${intArray(lineage)}) and c.organisation_id = cand.id
        group by c.organisation_id
      ),
      theme_counts as (
        select c.organisation_id as id,
          sum(w.w_all * c.projects + w.w_direct * c.direct)::float8 as theme_sum,
          sum(c.coordinated) filter (where w.w_direct > 0)::int as coordinated
        from unnest(${intArray(themeKeys)}, ${floatArray(themeAll)}, ${floatArray(themeDirect)}) as w(key, w_all, w_direct)
        join organisation_match_counts c on c.kind = 2 and c.key = w.key
        -- The keys' rows (thousands each) checked against the candidates' hashed ids: a join would hash those rows instead.
        where ${inHashedSet(sql`c.organisation_id`, sql`select id from cand`)}
        group by c.organisation_id
      ),
      -- One row per candidate from every source, merged by one aggregate: joining the sources to each
      -- other made the planner (which cannot estimate them) loop over one per row of another.
      sources as (
        select by_org.id, 0::float8 as theme_sum, text_sum, 0 as part_n, 0 as programme_n, topic_n, family_n, region_n, rel_coord, rel_with_req,
          0 as with_requester, 0 as recent_with_req from by_org join cand on cand.id = by_org.id
        union all select id, 0, 0, 0, 0, 0, 0, 0, 0, 0, n, 0 from network
        union all select id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, n from recent
        union all select id, 0, 0, projects, 0, 0, 0, 0, 0, 0, 0, 0 from part_counts
        union all select id, 0, 0, 0, projects, 0, 0, 0, 0, 0, 0, 0 from programme_counts
        union all select id, theme_sum, 0, 0, 0, 0, 0, 0, coalesce(coordinated, 0), 0, 0, 0 from theme_counts
        union all select id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 from cand
      ),
      merged as materialized (
        select id, sum(theme_sum)::float8 as theme_sum, sum(text_sum)::float8 as text_sum, sum(part_n)::int as part_n, sum(programme_n)::int as programme_n,
          sum(topic_n)::int as topic_n, sum(family_n)::int as family_n, sum(region_n)::int as region_n,
          max(rel_coord)::int as rel_coord, sum(rel_with_req)::int as rel_with_req,
          sum(with_requester)::int as with_requester, sum(recent_with_req)::int as recent_with_req
        from sources group by id
      ),
      best as materialized (
        select f.organisation_id as id, f.type, f.country_code, f.project_count, f.coordinator_count,
          array[f.nuts3, f.nuts2, f.nuts1, f.country_code] as places,
          -- The latest project's year: its start, or its call's year when no start is known (Horizon Europe).
          greatest(extract(year from f.last_start)::int, f.last_call_year::int) as last_year,
          coalesce(f.last_call_year > extract(year from f.last_start)::int, f.last_call_year is not null) as last_year_from_call,
          coalesce(f.programme_ids @> array[${scope.programmeId}::int], false) as in_programme,
          m.theme_sum, m.text_sum, m.part_n, m.programme_n, m.topic_n, m.family_n, m.region_n, m.rel_coord,
          m.with_requester, m.rel_with_req, m.recent_with_req,
          -- A rough score with the shape of lib/matching/score (logarithmic network and topic terms): which 300 to score.
          0.45 * ln(1 + m.with_requester) + 0.6 * ln(1 + m.recent_with_req) + 0.3 * ln(1 + m.rel_with_req)
            + 0.9 * ln(1 + 2 * m.topic_n + m.family_n) + 0.6 * least(1, m.theme_sum / 2)
            + 2 * least(1, m.text_sum) + 0.1 * ln(1 + m.part_n) + ${lineage.length === 0 ? 0 : 0.1}::float8 * ln(1 + m.programme_n)
            + 0.02 * ln(1 + f.project_count)
            ${regions.length > 0 ? sql`+ 0.12 * (array[f.nuts3, f.nuts2, f.nuts1, f.country_code] && ${textArray(regions)})::int` : sql``} as rough
        from merged m
        join organisation_facets f on f.organisation_id = m.id
        where f.organisation_id <> all(${intArray(req)}) and ${typeFilter("f")}
        order by rough desc, f.organisation_id
        limit ${CANDIDATE_LIMIT}
      ),
      -- Their three most relevant projects among those read one by one, and the three best matching
      -- the text: ranked, then picked by plain aggregates (ordered aggregates sort group by group).
      -- This and the next two are materialized: each is joined to best once (estimating best at a row
      -- or two, the planner would otherwise compute them again for each of its rows).
      best_projects as materialized (
        select organisation_id as id,
          array_remove(array[min(project_id) filter (where rel_n = 1 and relevance > 0), min(project_id) filter (where rel_n = 2 and relevance > 0),
            min(project_id) filter (where rel_n = 3 and relevance > 0)], null) as top_projects,
          -- How telling each is, for the evidence: its relevance, and 0.5 more for a project with the requester.
          array_remove(array[min(relevance + 0.5 * with_req::int) filter (where rel_n = 1 and relevance > 0),
            min(relevance + 0.5 * with_req::int) filter (where rel_n = 2 and relevance > 0),
            min(relevance + 0.5 * with_req::int) filter (where rel_n = 3 and relevance > 0)], null)::float8[] as top_weight,
          ${tsq
            ? sql`array_remove(array[min(project_id) filter (where text_n = 1 and text_rank > 0), min(project_id) filter (where text_n = 2 and text_rank > 0),
            min(project_id) filter (where text_n = 3 and text_rank > 0)], null)`
            : sql`null::int[]`} as text_projects
        from (
          select rp.organisation_id, rp.project_id, rp.relevance, rp.text_rank, rp.with_req,
            row_number() over (partition by rp.organisation_id order by rp.relevance desc, rp.sort_date desc nulls last, rp.project_id) as rel_n,
            ${tsq ? sql`row_number() over (partition by rp.organisation_id order by rp.text_rank desc, rp.project_id)` : sql`0::bigint`} as text_n
          from rel_part rp where ${inHashedSet(sql`rp.organisation_id`, sql`select id from best`)}
        ) ranked
        group by organisation_id
      ),
      -- Second-degree proximity: which of the requester's (most frequent) partners each candidate has worked with.
      shared as materialized (
        select x.id, array_agg(x.partner order by x.partner) as partners
        from (select w.organisation_id as partner, ${partnerMembers} as id from organisation_networks w
          where w.organisation_id = any(${intArray(networkPartners)})) x
        ${q.intarraySchema ? sql`` : sql`where ${inHashedSet(sql`x.id`, sql`select id from best`)}`}
        group by x.id
      ),
      -- The profile themes of the registered organisations that hold these records (verified claims).
      profile as materialized (${themes.exact.length === 0
        ? sql`select null::int as id, null::float8 as closeness, null::text[] as labels, null::text[] as interest_labels where false`
        : sql`select c.organisation_id as id, max(${themeCloseness(themes)})::float8 as closeness, ${ownThemeLabels(themes)}
          from claims c
          join ${ownThemes(today)} pt on pt.profile_id = c.profile_id
          join themes t on t.id = pt.theme_id
          where c.status = 'verified' and c.organisation_id in (select id from best)
          group by c.organisation_id`})
      select best.*, bp.top_projects, bp.top_weight, bp.text_projects,
        -- The target region it is located in, the most precise one (of the 300 kept only; as
        -- lib/places/target-region says it of a registered organisation).
        ${regions.length > 0
          ? sql`(select r from unnest(${textArray(regions)}) r where r = any(best.places) order by length(r) desc, r limit 1)`
          : sql`null::text`} as based_in,
        shared.partners as shared_partners, profile.closeness as profile_closeness, profile.labels as profile_labels, profile.interest_labels
      from best
      left join best_projects bp on bp.id = best.id
      left join shared on shared.id = best.id
      left join profile on profile.id = best.id
      order by best.rough desc, best.id`;
  return rowsOf<CandidateRow>(await executePrepared(tx, candidateSql));
}

/** The records' facts, signals and scores (lib/matching). */
function scoreRecords(
  rows: CandidateRow[],
  ctx: {
    claimedThemes: Map<number, ProfileThemes>; shared: Map<number, number[]>; applicable: SignalName[]; weights?: Record<SignalName, number>;
    /** A programme was asked without a part. */
    programmeOnly: boolean;
  },
): Scored[] {
  const year = new Date().getUTCFullYear();
  return rows.map((r) => {
    const facts: MatchFacts = {
      themeSum: Number(r.theme_sum),
      profileTheme: ctx.claimedThemes.get(Number(r.id))?.closeness ?? 0,
      textSum: Number(r.text_sum),
      programmePartProjects: Number(r.part_n),
      programmeProjects: ctx.programmeOnly ? Number(r.programme_n) : r.in_programme ? 1 : 0,
      programmeOnly: ctx.programmeOnly,
      topicProjects: Number(r.topic_n),
      topicFamilyProjects: Number(r.family_n),
      regionProjects: Number(r.region_n),
      basedInRegion: r.based_in ?? null,
      relevantCoordinated: Number(r.rel_coord),
      coordinatorCount: Number(r.coordinator_count),
      projectCount: Number(r.project_count),
      lastStartYear: r.last_year == null ? null : Number(r.last_year),
      lastYearFromCall: r.last_year_from_call === true,
      projectsWithRequester: Number(r.with_requester),
      relevantWithRequester: Number(r.rel_with_req),
      programmeWithRequester: Number(r.recent_with_req),
      sharedPartners: ctx.shared.get(Number(r.id))?.length ?? 0,
    };
    const signals = computeSignals(facts, year);
    return { row: r, facts, signals, score: combineSignals(signals, ctx.applicable, ctx.weights) };
  });
}

export async function findMatches(db: Db, query: MatchQuery, options: FindMatchesOptions = {}): Promise<Match[]> {
  const k = Math.min(MAX_K, Math.max(1, Math.trunc(query.k ?? DEFAULT_K)));
  // Every word of the text: what registered organisations' own texts are ranked by (past projects
  // are looked for with the informative words only, in the candidate statement).
  const allWords = textTsquery(query.text);
  const types = query.partnerTypes ?? [];
  const countries = (query.countries ?? []).map((c) => c.toUpperCase());
  const regions = (query.regions ?? []).map((r) => r.toUpperCase());
  const today = isoDate(new Date());
  // Registered organisations without records are read beside the transaction (on PostgreSQL on
  // another connection, at the same time); awaited after it.
  let registeredRead: Promise<RegisteredCandidate[]> = Promise.resolve([]);
  const { applicable, scored, explained } = await db.transaction(async (tx) => {
    const resolved = await prelude(tx, query);
    const { scope, themes } = resolved;
    registeredRead = registeredCandidates(db, { themes, tsq: allWords, types, countries, today, requesterProfileId: query.requesterProfileId ?? null });
    registeredRead.catch(() => {}); // its error is thrown where it is awaited
    const rows = await candidates(tx, { ...resolved, types, countries, regions, today });
    const claimedThemes = new Map<number, ProfileThemes>();
    const shared = new Map<number, number[]>();
    for (const r of rows) {
      if (r.profile_closeness != null) {
        claimedThemes.set(Number(r.id), { closeness: Number(r.profile_closeness), labels: r.profile_labels ?? [], interestLabels: r.interest_labels ?? [] });
      }
      if (r.shared_partners != null) shared.set(Number(r.id), r.shared_partners.map(Number));
    }
    const applicable = applicableSignals({
      text: allWords != null,
      themes: themes.exact.length + themes.parents.length > 0,
      programme: scope.partId != null || scope.programmeId != null,
      topic: scope.family != null,
      regions: regions.length > 0,
      requester: scope.requesterIds.length > 0,
    });
    const scored = scoreRecords(rows, { claimedThemes, shared, applicable, weights: options.weights, programmeOnly: scope.programmeIds.length > 0 });
    // The k best records are explained here, in the transaction: those shown are among them
    // (registered organisations may take some of the k places, never add records).
    const best = [...scored].sort((a, b) => b.score - a.score || Number(a.row.id) - Number(b.row.id)).slice(0, k);
    const explained = await explainAll(tx, best, { query, scope, themes, shared, claimedThemes, textTerms: resolved.textTerms, textWords: resolved.textWords });
    return { applicable, scored, explained };
  });
  const registered = await registeredRead;
  if (scored.length === 0 && registered.length === 0) return [];
  options.onCandidates?.(scored.map((s) => ({ organisationId: Number(s.row.id), facts: s.facts, score: s.score })), applicable);
  const year = new Date().getUTCFullYear();
  const registeredScored = registered.map((r) => {
    const facts = registeredFacts(r, regions);
    const signals = computeSignals(facts, year);
    return { registered: r, facts, signals, score: combineSignals(signals, applicable, options.weights) };
  });
  // One ranking for both kinds of candidate; ties: knowledge-base records first, then by id.
  const ranked = [
    ...scored.map((s) => ({ kind: "record" as const, score: s.score, key: Number(s.row.id), s })),
    ...registeredScored.map((s) => ({ kind: "registered" as const, score: s.score, key: 1e12 + s.registered.id, s })),
  ].sort((a, b) => b.score - a.score || a.key - b.key).slice(0, k);
  const byRecord = new Map(explained.map((m) => [m.organisationId, m]));
  return ranked.map((r) => (r.kind === "record" ? byRecord.get(Number(r.s.row.id))! : explainRegistered(r.s, query)));
}

interface ProfileThemes {
  /** Best closeness of the profile's or its open interests' themes to the asked ones (1 same, 0.7 narrower, 0.5 parent). */
  closeness: number;
  /** The asked themes (or narrower ones) its profile lists. */
  labels: string[];
  /** The asked themes (or narrower ones) its open partnership interests are on. */
  interestLabels: string[];
}

/** An interest `i` still open on `today` (not closed, deadline not past), as the interest pages count it. */
function openInterest(today: string) {
  return sql`i.status = 'open' and i.deadline >= ${today}::date`;
}

/**
 * The themes a registered organisation stands for, one row each with where it comes from: its
 * profile's, and those of its open partnership interests.
 */
function ownThemes(today: string) {
  return sql`(
    select profile_id, theme_id, false as from_interest from profile_themes
    union all
    select i.profile_id, it.theme_id, true from interests i join interest_themes it on it.interest_id = i.id
    where ${openInterest(today)}
  )`;
}

/** The asked themes (or narrower ones, or their parents) among its own (ownThemes as pt): those its profile lists, those its interests are on. */
function ownThemeLabels(themes: ThemeExpansion) {
  return sql`array_agg(distinct t.label) filter (where ${themeCloseness(themes)} > 0 and not pt.from_interest) as labels,
    array_agg(distinct t.label) filter (where ${themeCloseness(themes)} > 0 and pt.from_interest) as interest_labels`;
}

function themeCloseness(themes: ThemeExpansion) {
  return sql`case when pt.theme_id = any(${intArray(themes.exact)}) then 1.0
      when t.parent_id = any(${intArray(themes.exact)}) then 0.7
      when pt.theme_id = any(${intArray(themes.parents)}) then 0.5 else 0 end`;
}

interface RegisteredCandidate {
  id: number;
  name: string;
  pic: string | null;
  type: OrganisationType;
  country_code: string;
  nuts_code: string | null;
  closeness: number;
  labels: string[] | null;
  interest_labels: string[] | null;
  text_rank: number;
}

/**
 * Registered organisations that hold no verified knowledge-base record (a new agency, an SME not
 * in CORDIS): candidates by their own profile — themes and description — under the same hard
 * filters. Registered organisations are few next to the knowledge base, so this reads the
 * profiles directly.
 */
async function registeredCandidates(
  db: Db,
  q: { themes: ThemeExpansion; tsq: ReturnType<typeof textTsquery>; types: string[]; countries: string[]; today: string; requesterProfileId: number | null },
): Promise<RegisteredCandidate[]> {
  if (q.themes.exact.length === 0 && !q.tsq) return [];
  // Its name and description, and the titles and descriptions of its open interests.
  const ownText = sql`p.name || ' ' || coalesce(p.description, '') || ' ' || coalesce((select string_agg(i.title || ' ' || i.description, ' ')
    from interests i where i.profile_id = p.id and ${openInterest(q.today)}), '')`;
  const textRank = q.tsq ? sql`coalesce(ts_rank(to_tsvector('english'::regconfig, unaccent(${ownText})), ${q.tsq}), 0)` : sql`0::real`;
  return rowsOf<RegisteredCandidate>(
    await db.execute(sql`
      select p.id, p.name, p.pic, p.type, p.country_code, p.nuts_code,
        coalesce(max(${themeCloseness(q.themes)}), 0)::float8 as closeness,
        ${ownThemeLabels(q.themes)},
        ${textRank}::float8 as text_rank
      from organisation_profiles p
      left join ${ownThemes(q.today)} pt on pt.profile_id = p.id
      left join themes t on t.id = pt.theme_id
      where p.published
        and p.id is distinct from ${q.requesterProfileId}::int
        and not exists (select 1 from claims c where c.profile_id = p.id and c.status = 'verified')
        and (${q.types.length === 0} or p.type::text = any(${textArray(q.types)}))
        and (${q.countries.length === 0} or p.country_code = any(${textArray(q.countries)}))
      group by p.id
      having coalesce(max(${themeCloseness(q.themes)}), 0) > 0 or ${textRank} > 0
      order by 7 desc, 10 desc, p.id
      limit 50`),
  );
}

function registeredFacts(r: RegisteredCandidate, regions: readonly string[]): MatchFacts {
  return {
    basedInRegion: targetRegionOf({ countryCode: r.country_code, nutsCode: r.nuts_code }, regions),
    themeSum: 0,
    profileTheme: Number(r.closeness),
    textSum: Number(r.text_rank),
    programmePartProjects: 0,
    programmeProjects: 0,
    topicProjects: 0,
    topicFamilyProjects: 0,
    regionProjects: 0,
    relevantCoordinated: 0,
    coordinatorCount: 0,
    projectCount: 0,
    lastStartYear: null,
    lastYearFromCall: false,
    projectsWithRequester: 0,
    relevantWithRequester: 0,
    programmeWithRequester: 0,
    sharedPartners: 0,
  };
}

function explainRegistered(
  s: { registered: RegisteredCandidate; facts: MatchFacts; signals: ReturnType<typeof computeSignals>; score: number },
  query: MatchQuery,
): Match {
  const r = s.registered;
  const labels = r.labels ?? [];
  const interestLabels = r.interest_labels ?? [];
  const explanations: Reason[] = [
    { kind: "registered" },
    ...explainReasons(s.facts, {
      programmePartCode: query.programmePartCode ?? null,
      topicCode: query.topicCode ?? null,
      topicFamily: null,
      sharedThemes: [],
      sharedPartners: [],
      regions: query.regions,
      textProjects: [],
      profileThemes: labels,
      interestThemes: interestLabels,
    }),
  ];
  const reasons = explanations.map(reasonText);
  return {
    organisationId: null,
    profileId: Number(r.id),
    name: r.name,
    pic: r.pic,
    type: r.type,
    countryCode: r.country_code,
    score: Math.round(s.score * 10000) / 10000,
    signals: s.signals,
    reasons,
    explanations,
    evidence: {
      projects: [],
      sharedThemes: [...new Set([...labels, ...interestLabels])].map((label, i) => ({ id: -(i + 1), label })),
      sharedPartners: [],
      projectsWithRequester: 0,
      relevantProjectsWithRequester: 0,
      programmeProjectsWithRequester: 0,
      programmePartProjects: 0,
      topicFamilyProjects: 0,
      regionProjects: 0,
      projectCount: 0,
      coordinatorCount: 0,
      lastStart: null,
    },
  };
}

interface Evidence {
  /** Each organisation's most telling projects, best first, with their weights (lib/matching/evidence). */
  chosen: { id: number; pids: number[]; weights: number[] }[];
  projects: {
    id: number; organisation_id: number; acronym: string | null; title: string | null; role: ParticipationRole; start_date: string | null; part: string | null; topic: string | null; topic_title: string | null;
    /** It coordinated the project with another beneficiary, or an Interreg one (led a consortium: db/led-consortium.ts). */
    led: boolean;
    /** The asked themes and parents the project is on. */
    themes: number[] | null;
    /** The query's informative words (stems) its text has, rarest first; null when the query has no text. */
    words: string[] | null;
  }[];
  partners: { id: number; name: string | null }[];
  orgs: { id: number; name: string; pic: string | null; profile_id: number | null }[];
  themes: { id: number; themes: number[] }[];
}

/** A json column: parsed by postgres.js and PGlite, but a string would be parsed here. */
function jsonList<T>(value: unknown): T[] {
  const v = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(v) ? (v as T[]) : [];
}

/**
 * What the shown organisations' explanations name, in one statement:
 * - their three most relevant past projects: those of the same topic family, with the requester or
 *   matching the text (found by the candidate statement, best first), then the examples stored with
 *   the counts of the asked themes (in the asked order: the themes, then their parents) and of the
 *   programme part, each project once;
 * - those projects and the ones that matched the text (acronym, title, role, part, topic, and which
 *   of the text's informative words each has);
 * - the names of the requester's partners they have worked with; their own names, PIC and profile;
 * - the asked themes (and parents) they have projects on.
 */
async function evidenceOf(
  db: Db,
  top: Scored[],
  ctx: { scope: ResolvedScope; themes: ThemeExpansion; shared: Map<number, number[]>; textTerms: string[] },
): Promise<Evidence> {
  const ids = top.map((t) => Number(t.row.id));
  const keys = [...ctx.themes.exact, ...ctx.themes.parents];
  const found = top.flatMap((t) => (t.row.top_projects ?? []).map((pid, n) => ({ id: Number(t.row.id), pid: Number(pid), n, weight: Number(t.row.top_weight?.[n] ?? 0) })));
  const textProjects = top.flatMap((t) => (t.row.text_projects ?? []).map((pid, n) => ({ id: Number(t.row.id), pid: Number(pid), n })));
  const partnerIds = [...new Set(top.flatMap((t) => ctx.shared.get(Number(t.row.id)) ?? []))];
  // Its plan depends little on the arrays' sizes (k organisations, their few projects): planned once
  // per connection and reused (paired runs on PostgreSQL: 4.35 → 2.90 ms per statement), where the
  // candidate statement before it was planned for its values (the prelude's force_custom_plan).
  await db.execute(sql`select set_config('plan_cache_mode', 'force_generic_plan', true)`);
  const row = rowsOf<Record<keyof Evidence, unknown>>(
    await executePrepared(db, sql`
      -- The projects found one by one, weighed by how telling they are, and the examples stored with
      -- the counts of the asked themes and part, weighed as the relevance weighs them (1 an asked
      -- theme, 0.5 a parent theme or the part): a project on the asked theme goes before one that
      -- shares a word of the text, a project of the same call or with the requester before both.
      with found as (
        select x.id, x.pid, x.weight, -1 as o, x.n::bigint as n
        from unnest(${intArray(found.map((f) => f.id))}, ${intArray(found.map((f) => f.pid))}, ${floatArray(found.map((f) => f.weight))},
          ${intArray(found.map((f) => f.n))}) as x(id, pid, weight, n)
        union all
        select c.organisation_id, e.pid,
          case when c.kind = 2 and c.key = any(${intArray(ctx.themes.exact)}) then 1.0 else 0.5 end,
          case when c.kind = 2 then array_position(${intArray(keys)}, c.key) - 1 else ${keys.length}::int end, e.n
        from organisation_match_counts c cross join lateral unnest(c.examples) with ordinality as e(pid, n)
        where ((c.kind = 1 and c.key = ${ctx.scope.partId}::int) or (c.kind = 2 and c.key = any(${intArray(keys)}))
            or (c.kind = 3 and c.key = any(${intArray(ctx.scope.programmeIds)})))
          and c.organisation_id = any(${intArray(ids)})
        union all
        select x.id, x.pid, 0, ${keys.length + 1}::int, x.n::bigint
        from unnest(${intArray(textProjects.map((t) => t.id))}, ${intArray(textProjects.map((t) => t.pid))}, ${intArray(textProjects.map((t) => t.n))}) as x(id, pid, n)
      ),
      -- Each organisation's most telling projects (more than the card shows: lib/matching/evidence
      -- picks among them the ones behind its reasons), with the projects matching the text (weight 0).
      chosen as (
        select id, (array_agg(pid order by weight desc, o, n))[1:${EVIDENCE_CANDIDATES}] as pids,
          (array_agg(weight order by weight desc, o, n))[1:${EVIDENCE_CANDIDATES}]::float8[] as weights
        from (select distinct on (id, pid) id, pid, weight, o, n from found order by id, pid, weight desc, o, n) first_seen
        group by id
      ),
      -- Each organisation's projects to show and those that matched the text: one index probe each.
      shown as (
        select chosen.id, s.pid from chosen cross join lateral unnest(chosen.pids) as s(pid)
        union select x.id, x.pid from unnest(${intArray(textProjects.map((t) => t.id))}, ${intArray(textProjects.map((t) => t.pid))}) as x(id, pid)
      )
      select
        (select json_agg(json_build_object('id', id, 'pids', pids, 'weights', weights)) from chosen) as chosen,
        (select json_agg(json_build_object('id', p.id, 'organisation_id', pa.organisation_id, 'acronym', p.acronym, 'title', p.title,
            'role', pa.role, 'start_date', p.start_date::text, 'part', pp.code, 'topic', t.code, 'topic_title', t.title,
            -- Led a consortium (db/led-consortium.ts).
            'led', pa.role = 'coordinator' and ${consortiumOf(sql`p.id`, sql`pa.organisation_id`)},
            -- The asked themes (and parents) it is on: what the card says it is there for.
            'themes', array(select x from project_facets pf cross join unnest(pf.theme_ids) as x where pf.project_id = p.id and x = any(${intArray(keys)})),
            'words', case when ${ctx.textTerms.length > 0}::boolean then array(
              select w.term from unnest(${textArray(ctx.textTerms)}) with ordinality as w(term, n)
              where p.search_vector @@ quote_literal(w.term)::tsquery order by w.n) end))
          from shown
          join participations pa on pa.project_id = shown.pid and pa.organisation_id = shown.id
          join projects p on p.id = shown.pid
          left join programme_parts pp on pp.id = p.programme_part_id
          left join topics t on t.id = p.topic_id) as projects,
        (select json_agg(json_build_object('id', id, 'name', name)) from organisations where id = any(${intArray(partnerIds)})) as partners,
        (select json_agg(json_build_object('id', o.id, 'name', o.name,
            'pic', (select min(i.value) from organisation_identifiers i where i.organisation_id = o.id and i.scheme = 'pic'),
            'profile_id', (select c.profile_id from claims c where c.organisation_id = o.id and c.status = 'verified')))
          from organisations o where o.id = any(${intArray(ids)})) as orgs,
        (select json_agg(json_build_object('id', organisation_id, 'themes', array(select distinct x from unnest(theme_ids) as x where x = any(${intArray(keys)}))))
          from organisation_facets where organisation_id = any(${intArray(ids)})) as themes`),
  )[0];
  return {
    chosen: jsonList(row?.chosen),
    projects: jsonList(row?.projects),
    partners: jsonList(row?.partners),
    orgs: jsonList(row?.orgs),
    themes: jsonList(row?.themes),
  };
}

interface Scored {
  row: CandidateRow;
  facts: MatchFacts;
  signals: ReturnType<typeof computeSignals>;
  score: number;
}

async function explainAll(
  db: Db,
  top: Scored[],
  ctx: {
    query: MatchQuery; scope: ResolvedScope; themes: ThemeExpansion; shared: Map<number, number[]>; claimedThemes: Map<number, ProfileThemes>;
    textTerms: string[]; textWords: Map<string, string>;
  },
): Promise<Match[]> {
  if (top.length === 0) return [];
  const ev = await evidenceOf(db, top, ctx);
  const chosen = new Map(ev.chosen.map((c) => [Number(c.id), c.pids.map((pid, n) => ({ pid: Number(pid), weight: Number(c.weights[n] ?? 0) }))]));
  const projectsByKey = new Map(ev.projects.map((p) => [`${p.organisation_id}:${p.id}`, p]));
  const partnerNames = new Map(ev.partners.map((p) => [Number(p.id), p.name ?? `#${p.id}`]));
  const orgs = new Map(ev.orgs.map((p) => [Number(p.id), p]));
  const themesByOrg = new Map(ev.themes.map((t) => [Number(t.id), t.themes.map(Number)]));
  const rank = (id: number) => (ctx.themes.exact.includes(id) ? 0 : 1);
  // A project's words of the description (stems), as the user typed them.
  const asTyped = (stems: string[] | null) => (stems ?? []).map((w) => ctx.textWords.get(w) ?? w);

  return top.map(({ row, facts, signals, score }) => {
    const id = Number(row.id);
    const sharedThemes = (themesByOrg.get(id) ?? [])
      .sort((a, b) => rank(a) - rank(b) || a - b)
      .slice(0, 5)
      .map((tid) => ({ id: tid, label: ctx.themes.labels.get(tid) ?? String(tid) }));
    const sharedPartners = (ctx.shared.get(id) ?? []).map((pid) => ({ id: pid, name: partnerNames.get(pid) ?? `#${pid}` }));
    const textProjects = (row.text_projects ?? []).map(Number).flatMap((pid) => {
      const p = projectsByKey.get(`${id}:${pid}`);
      return p?.acronym ? [{ acronym: p.acronym, words: asTyped(p.words) }] : [];
    });
    const explanations = explainReasons(facts, {
      programmePartCode: ctx.query.programmePartCode ?? null,
      programmeName: ctx.scope.programmeName,
      programmeLineage: ctx.scope.programmeLineage,
      topicCode: ctx.query.topicCode ?? null,
      topicFamily: ctx.scope.family,
      sharedThemes: sharedThemes.map((t) => t.label),
      sharedPartners: sharedPartners.map((p) => p.name),
      regions: ctx.query.regions,
      textProjects,
      profileThemes: ctx.claimedThemes.get(id)?.labels,
      interestThemes: ctx.claimedThemes.get(id)?.interestLabels,
    });
    const reasons = explanations.map(reasonText);
    // The projects the card shows: the most telling, with one behind each claim a reader would check.
    const candidates = (chosen.get(id) ?? []).flatMap(({ pid, weight }) => {
      const p = projectsByKey.get(`${id}:${pid}`);
      return p ? [{ id: pid, weight, led: p.led === true, descriptionWords: p.words?.length ?? 0 }] : [];
    });
    const evidenceProjects = pickEvidenceProjects(candidates, {
      coordinated: explanations.some((e) => e.kind === "coordinated"),
      closeToDescription: explanations.some((e) => e.kind === "closeToDescription"),
    }).map((pid): MatchProjectEvidence => {
      const p = projectsByKey.get(`${id}:${pid}`)!;
      const words = asTyped(p.words);
      const themes = projectAskedThemes((p.themes ?? []).map(Number), ctx.themes).map((tid) => ({ id: tid, label: ctx.themes.labels.get(tid) ?? String(tid) }));
      return {
        id: pid, acronym: p.acronym, title: p.title, role: p.role, startDate: p.start_date, programmePartCode: p.part, topicCode: p.topic, topicTitle: p.topic_title ?? null,
        ...(p.role === "coordinator" && p.led !== true ? { soleBeneficiary: true } : {}),
        ...(themes.length > 0 ? { themes } : {}),
        ...(words.length > 0 ? { descriptionWords: words } : {}),
      };
    });
    return {
      organisationId: id,
      profileId: orgs.get(id)?.profile_id == null ? null : Number(orgs.get(id)?.profile_id),
      name: orgs.get(id)?.name ?? `#${id}`,
      pic: orgs.get(id)?.pic ?? null,
      type: row.type,
      countryCode: row.country_code,
      score: Math.round(score * 10000) / 10000,
      signals,
      reasons,
      explanations,
      evidence: {
        projects: evidenceProjects,
        sharedThemes,
        sharedPartners,
        projectsWithRequester: facts.projectsWithRequester,
        relevantProjectsWithRequester: facts.relevantWithRequester,
        programmeProjectsWithRequester: facts.programmeWithRequester,
        programmePartProjects: facts.programmePartProjects,
        topicFamilyProjects: facts.topicFamilyProjects,
        regionProjects: facts.regionProjects,
        projectCount: facts.projectCount,
        coordinatorCount: facts.coordinatorCount,
        lastStart: facts.lastStartYear == null ? null : String(facts.lastStartYear),
      },
    } satisfies Match;
  });
}
