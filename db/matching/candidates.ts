// The candidate statement: the 150-300 knowledge-base organisations to score for a query, with the
// counts behind their signals, in one SQL statement served by indexes (relevant projects → their
// participants, the requester's network and, under hard filters, the most experienced of the wanted
// kind). docs/matching.md "Candidates" explains each part and what it cost.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../index";
import { consortiumOf } from "../led-consortium";
import { executePrepared } from "../prepared";
import { rowsOf } from "../rows";
import type { OrganisationType } from "../schema/knowledge";
import { floatArray, intArray, textArray } from "../sql-arrays";
import { SECOND_DEGREE_PARTNERS } from "@/lib/matching/signals";
import { ownThemeLabels, ownThemes, themeCloseness } from "./own-themes";
import type { Prelude } from "./prelude";

/**
 * Candidates scored in JavaScript at most (the best by a rough score computed in SQL): five times
 * the matches asked for, at least 150 and at most 300. The k best by the exact score are among the
 * rough score's best 150 all but always: `eval` gave the same figures to the digit with 150 as with
 * 300 (seeds 1 and 2, and the 26 objectives), and 4 of 128 snapshot answers differ, each by one
 * organisation at rank 14-19 tied with another to the third decimal; the statement and the scoring
 * of 150 fewer cost a tenth of a query less (docs/matching.md, session 25).
 */
export function candidateLimit(k: number): number {
  return Math.min(300, Math.max(150, 5 * k));
}

/** Candidates read per programme part and per asked theme: the most experienced of the wanted kind. */
const TOP_PER_FACET = 150;

/** At most this many candidates from each other source (the requester's partners, the topic family's participants …). */
const SOURCE_LIMIT = 300;

/**
 * The projects matching the text that count, the best ranked: a broad text (a call topic's title,
 * a long description) matches thousands ("MSCA Doctoral Networks 2022": 2,142), whose 14,000
 * participants cost two thirds of the statement, while the answers come from the best ranked
 * (docs/matching.md, 6 December 2026, session 20).
 */
export const TEXT_HITS = 300;

export interface CandidateRow {
  id: number;
  /** The rough score in SQL that chose the candidates scored in full (candidateLimit). */
  rough: number;
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
  /** Consortia it led on an asked theme (or a narrower one), in any programme: the precomputed counts, the largest of the asked themes'. */
  theme_coord: number;
  /** Relevant consortia it led in the asked programme part (of those read one by one). */
  part_coord: number;
  with_requester: number;
  rel_with_req: number;
  /** Projects with the requester in the asked programme part. */
  part_with_req: number;
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

export interface CandidateQuery extends Prelude {
  types: string[];
  countries: string[];
  regions: string[];
  /** Leave out the requester's past partners (every organisation of its network). */
  newPartnersOnly: boolean;
  /** The date interests are open on. */
  today: string;
  /** How many matches are asked for (candidateLimit). */
  k: number;
  /**
   * Organisations scored whatever the sources and the rough score say (still under the hard
   * filters): "where would this one rank?" (placeOfOrganisation). None for a list of matches, whose
   * statement is then the same as without the option.
   */
  include?: readonly number[];
}

/**
 * The candidates (candidateLimit) to score, with their counts, in one statement (see docs/matching.md): the few
 * relevant projects read one by one and their participants, the requester's network, the most
 * experienced of the wanted kind; then, for those kept, their most relevant projects, the
 * requester's partners each has worked with and the profile themes of the registered organisations
 * holding them.
 */
export async function candidates(tx: Db, q: CandidateQuery): Promise<CandidateRow[]> {
  const { scope, themes, network, textScale, types, countries, regions, today } = q;
  const include = q.include ?? [];
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
  // with target regions the relevant ones there). Programme part and themes, which bring thousands of
  // projects, are read from the precomputed per-organisation counts. Without hard filters the
  // relevant projects in the target regions are many (1,500 for a country in a large part): they are
  // counted apart (regionApart: region_only, region_pairs, region_best); under hard filters only
  // those with a participant of the wanted kind count, and reading them with the others is cheaper.
  const inRegionRelevant = sql`${regionMatch} and (pf.programme_part_id = ${scope.partId}::int or pf.theme_ids && ${intArray(allThemes)}) ${projectHasWantedKind}`;
  const regionProjects = regions.length > 0 && (scope.partId != null || allThemes.length > 0)
    ? sql`select pf.project_id from project_facets pf where ${inRegionRelevant}`
    : null;
  const regionApart = regionProjects != null && !filtered;
  const smallSources = [
    scope.familyTopicIds.length > 0 ? sql`select id from family_projects` : null,
    req.length > 0 ? sql`select project_id from req_projects` : null,
    tsq ? sql`select id from text_hits` : null,
    regionApart ? null : regionProjects,
  ].filter((s) => s != null);
  const smallIds = smallSources.length > 0 ? sql.join(smallSources, sql` union `) : sql`select null::int where false`;
  const typeFilter = (alias: string) => sql`(${types.length === 0} or ${sql.raw(alias)}.type::text = any(${textArray(types)}))
    and (${countries.length === 0} or ${sql.raw(alias)}.country_code = any(${textArray(countries)}))`;
  // New partners only: none of the requester's partners can be a candidate, so no source draws them
  // (a large requester's filled the sources: BOKU's forest interest kept 67 candidates of 300).
  // A constant array: "<> all" is a hashed lookup (PostgreSQL 15 and later, PGlite).
  const newOnly = q.newPartnersOnly && network.size > 0;
  const pastPartners = newOnly ? [...network.keys()] : [];
  const notPastPartner = (column: SQL) => (newOnly ? sql`and ${column} <> all(${intArray(pastPartners)})` : sql``);
  /** The most experienced of the wanted kind for each key of a kind of counts (an index range each). */
  const mostExperienced = (kind: 2 | 3, keys: number[]) => sql`
        select t.id from unnest(${intArray(keys)}) as k(key)
        cross join lateral (
          select c.organisation_id as id from organisation_match_counts c
          where c.kind = ${sql.raw(String(kind))} and c.key = k.key and ${typeFilter("c")} ${notPastPartner(sql`c.organisation_id`)}
          order by c.projects desc nulls last, c.organisation_id limit ${TOP_PER_FACET}
        ) t`;

  // The requester's partners (precomputed), passed as literal arrays: the planner then knows their number.
  const byCount = [...network.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  // New partners only, the network and the recent partners (all past partners) are no source.
  const closest = newOnly ? [] : byCount.slice(0, SOURCE_LIMIT);
  const recentProgrammes = newOnly ? [] : networkProgrammes;
  const networkPartners = req.length > 0 ? byCount.slice(0, SECOND_DEGREE_PARTNERS).map(([id]) => id) : [];
  // Which of the candidates kept each of those partners has worked with: with intarray, each network
  // (thousands of ids, sorted: migration 0029) intersected with their ids by its "&", which merges
  // them in C, only what is left unnested; without it (PGlite), every id unnested and looked up
  // among those kept. (unnest in the select list streams its elements; in FROM it would store them all first.)
  const partnerMembers = q.intarraySchema
    ? sql`unnest(w.partner_ids operator(${sql.identifier(q.intarraySchema)}.&) (select array_agg(id) from best))`
    : sql`unnest(w.partner_ids)`;
  // How close a project's themes are to those asked (1, 0.7 or 0.5; 0 when none).
  const themeRelevance = sql`case when exists (select 1 from project_themes pt where pt.project_id = pf.project_id and pt.theme_id = any(${intArray(themes.exact)})) then 1.0
               when pf.theme_ids && ${intArray(themes.exact)} then 0.7
               when pf.theme_ids && ${intArray(themes.parents)} then 0.5 else 0 end`;
  // How relevant a project read one by one is (rel's columns): its call, its themes, the text, the part.
  const relevance = sql`(3 * coalesce(same_topic::int, 0) + 2 * coalesce(same_family::int, 0) + theme + 4 * text_rank
          + 0.5 * coalesce(same_part::int, 0))`;
  // The relevant projects' participations for those kept: the rows read one by one, and with target
  // regions the region projects' participations of those kept (region_best).
  const keptParticipations = regionApart ? sql`(select * from rel_part union all select * from region_best)` : sql`rel_part`;
  const candidateSql = sql`
      with tsq as (select ${tsq ?? sql`null::tsquery`} as q),
      req_projects as materialized (
        select pa.project_id, p.programme_id from participations pa join projects p on p.id = pa.project_id
        where pa.organisation_id = any(${intArray(req)})
      ),
      -- The projects of the topic's family, and the best ranked matching the text (TEXT_HITS) with their rank (index scans).
      family_projects as materialized (
        select p.id, p.topic_id = ${scope.topicId}::int as same_topic from projects p where p.topic_id = any(${intArray(scope.familyTopicIds)})
      ),
      text_hits as materialized (${tsq
        ? sql`select p.id, ts_rank(p.search_vector, q.q) * ${textScale}::float4 as text_rank from projects p, tsq q where p.search_vector @@ q.q
            order by text_rank desc, p.id limit ${TEXT_HITS}`
        : sql`select null::int as id, 0::real as text_rank where false`}),
      rel as materialized (
        select pf.project_id, ${themeRelevance} as theme,
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
        select rel.*, ${relevance} as relevance from rel
      ),
      -- The participations in the projects that count (the requester's others do not): read once,
      -- counted per organisation here, and ranked and checked for consortia led for the best kept
      -- only (best_projects, led_counts).
      rel_part as materialized (
        select pa.organisation_id, pa.role, rs.project_id, rs.relevance, rs.text_rank, rs.sort_date,
          rs.same_topic, rs.same_family, rs.same_part, rs.theme, rs.in_region, rs.with_req
        from participations pa join rel_scored rs on rs.project_id = pa.project_id
        where pa.project_id = any(array(select project_id from rel
            where not with_req or same_part or theme > 0 or same_family or text_rank > 0 or in_region))
          and (not with_req or same_part or theme > 0 or same_family or text_rank > 0 or in_region)
          -- Under hard filters, the organisations of the wanted kind only (no other can be a candidate).
          ${filtered ? sql`and ${inHashedSet(sql`pa.organisation_id`, sql`select organisation_id from organisation_facets f where ${typeFilter("f")}`)}` : sql``}
      ),
      -- With target regions, the projects there of the asked part or themes not read above (a
      -- thousand or more for a country): only counted per organisation, from the participations'
      -- index alone (region_pairs, counted in by_org), and read in full for those kept (region_best).
      region_only as materialized (${regionApart
        ? sql`select pf.project_id, ${themeRelevance} as theme, 0::real as text_rank, false as same_topic, false as same_family,
            pf.programme_part_id = ${scope.partId}::int as same_part, true as in_region, false as with_req, pf.sort_date
          from project_facets pf where ${inRegionRelevant}
            and not exists (select 1 from rel where rel.project_id = pf.project_id)`
        : sql`select * from rel where false`}),
      region_pairs as materialized (
        select pa.organisation_id, pa.project_id from participations pa
        where pa.project_id = any(array(select project_id from region_only))
      ),
      rel_by_org as (
        select organisation_id as id,
          sum(text_rank)::float8 as text_sum,
          count(*) filter (where same_topic)::int as topic_n,
          count(*) filter (where same_family)::int as family_n,
          count(*) filter (where in_region and (same_part or theme > 0 or same_family or text_rank > 0))::int as region_n,
          count(*) filter (where with_req and (same_part or theme > 0 or same_family or text_rank > 0))::int as rel_with_req,
          count(*) filter (where with_req and same_part)::int as part_with_req
        from rel_part
        group by organisation_id
      ),
      by_org as (${regionApart
        ? sql`select coalesce(a.id, b.id) as id, coalesce(a.text_sum, 0)::float8 as text_sum, coalesce(a.topic_n, 0) as topic_n,
            coalesce(a.family_n, 0) as family_n, coalesce(a.region_n, 0) + coalesce(b.n, 0) as region_n,
            coalesce(a.rel_with_req, 0) as rel_with_req, coalesce(a.part_with_req, 0) as part_with_req
          from rel_by_org a full join (select organisation_id as id, count(*)::int as n from region_pairs group by organisation_id) b on b.id = a.id`
        : sql`select * from rel_by_org`}),
      -- The requester's closest partners (a large university has thousands).
      network as (select x.id, x.n from unnest(${intArray(closest.map(([id]) => id))}, ${intArray(closest.map(([, n]) => n))}) as x(id, n)),
      recent as (
        select pa.organisation_id as id, count(*)::int as n
        from participations pa
        where pa.project_id = any(array(select project_id from req_projects where programme_id = any(${intArray(recentProgrammes)})))
          and pa.organisation_id <> all(${intArray(req)})
        group by pa.organisation_id
        order by n desc, pa.organisation_id limit ${SOURCE_LIMIT}
      ),
      popular as (
        select organisation_id as id from organisation_facets f
        where ${filtered} and ${typeFilter("f")} ${notPastPartner(sql`f.organisation_id`)}
        order by project_count desc limit 50
      ),
      -- The most experienced of the wanted kind in the asked programme part, in each programme of a
      -- programme asked without a part, and in each asked theme (index ranges of the precomputed counts).
      part_top as (
        select c.organisation_id as id from organisation_match_counts c
        where c.kind = 1 and c.key = ${scope.partId}::int and ${typeFilter("c")} ${notPastPartner(sql`c.organisation_id`)}
        order by c.projects desc nulls last, c.organisation_id limit ${TOP_PER_FACET}
      ),
      programme_top as (${mostExperienced(3, lineage)}),
      theme_top as (${mostExperienced(2, themeKeys)}),
      by_org_best as (
        select id from by_org where true ${notPastPartner(sql`id`)}
        order by 2 * topic_n + family_n + rel_with_req + 4 * text_sum + region_n desc, id limit ${SOURCE_LIMIT}
      ),
      cand as materialized (
        select id from by_org_best union select id from network union select id from recent
        union select id from popular union select id from part_top union select id from programme_top union select id from theme_top
        ${include.length > 0 ? sql`union select unnest(${intArray(include)})` : sql``}
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
          -- Consortia led on an asked theme: a project on two of them is counted by each, so the
          -- largest count of one (what a reason may say, never more than it led).
          max(c.coordinated) filter (where w.w_direct > 0)::int as coordinated
        from unnest(${intArray(themeKeys)}, ${floatArray(themeAll)}, ${floatArray(themeDirect)}) as w(key, w_all, w_direct)
        join organisation_match_counts c on c.kind = 2 and c.key = w.key
        -- The keys' rows (thousands each) checked against the candidates' hashed ids: a join would hash those rows instead.
        where ${inHashedSet(sql`c.organisation_id`, sql`select id from cand`)}
        group by c.organisation_id
      ),
      -- One row per candidate from every source, merged by one aggregate: joining the sources to each
      -- other made the planner (which cannot estimate them) loop over one per row of another.
      sources as (
        select by_org.id, 0::float8 as theme_sum, text_sum, 0 as part_n, 0 as programme_n, topic_n, family_n, region_n, 0 as theme_coord,
          rel_with_req, part_with_req, 0 as with_requester, 0 as recent_with_req from by_org join cand on cand.id = by_org.id
        union all select id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, n, 0 from network
        union all select id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, n from recent
        union all select id, 0, 0, projects, 0, 0, 0, 0, 0, 0, 0, 0, 0 from part_counts
        union all select id, 0, 0, 0, projects, 0, 0, 0, 0, 0, 0, 0, 0 from programme_counts
        union all select id, theme_sum, 0, 0, 0, 0, 0, 0, coalesce(coordinated, 0), 0, 0, 0, 0 from theme_counts
        union all select id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 from cand
      ),
      merged as materialized (
        select id, sum(theme_sum)::float8 as theme_sum, sum(text_sum)::float8 as text_sum, sum(part_n)::int as part_n, sum(programme_n)::int as programme_n,
          sum(topic_n)::int as topic_n, sum(family_n)::int as family_n, sum(region_n)::int as region_n,
          max(theme_coord)::int as theme_coord, sum(rel_with_req)::int as rel_with_req, sum(part_with_req)::int as part_with_req,
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
          m.theme_sum, m.text_sum, m.part_n, m.programme_n, m.topic_n, m.family_n, m.region_n, m.theme_coord,
          m.with_requester, m.rel_with_req, m.part_with_req, m.recent_with_req,
          -- A rough score with the shape of lib/matching/score (logarithmic network and topic terms): which to score (candidateLimit).
          0.45 * ln(1 + m.with_requester) + 0.6 * ln(1 + m.recent_with_req) + 0.3 * ln(1 + m.rel_with_req)
            + 0.45 * ln(1 + m.part_with_req) + 0.9 * ln(1 + 2 * m.topic_n + m.family_n) + 0.6 * least(1, m.theme_sum / 2)
            + 2 * least(1, m.text_sum) + 0.1 * ln(1 + m.part_n) + ${lineage.length === 0 ? 0 : 0.1}::float8 * ln(1 + m.programme_n)
            + 0.02 * ln(1 + f.project_count)
            ${regions.length > 0 ? sql`+ 0.12 * (array[f.nuts3, f.nuts2, f.nuts1, f.country_code] && ${textArray(regions)})::int` : sql``} as rough
        from merged m
        join organisation_facets f on f.organisation_id = m.id
        where f.organisation_id <> all(${intArray(req)}) and ${typeFilter("f")}
          ${notPastPartner(sql`f.organisation_id`)}
        order by ${include.length > 0 ? sql`f.organisation_id = any(${intArray(include)}) desc,` : sql``} rough desc, f.organisation_id
        limit ${candidateLimit(q.k) + include.length}
      ),
      -- The region projects' participations of those kept, as rel_part has them (its columns, in its order).
      region_best as materialized (${regionApart
        ? sql`select rp.organisation_id, pa.role, r.project_id, ${relevance} as relevance, r.text_rank, r.sort_date,
            r.same_topic, r.same_family, r.same_part, r.theme, r.in_region, r.with_req
          from region_pairs rp
          join region_only r on r.project_id = rp.project_id
          join participations pa on pa.project_id = rp.project_id and pa.organisation_id = rp.organisation_id
          where ${inHashedSet(sql`rp.organisation_id`, sql`select id from best`)}`
        : sql`select * from rel_part where false`}),
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
          from ${keptParticipations} rp where ${inHashedSet(sql`rp.organisation_id`, sql`select id from best`)}
        ) ranked
        group by organisation_id
      ),
      -- The relevant consortia each of them led (db/led-consortium.ts; one probe per project it
      -- coordinated: a single beneficiary, such as a fellowship's host, is its project's
      -- "coordinator" too), and those in the asked part: for those kept only, since nothing
      -- before needs them.
      led_counts as materialized (
        select rp.organisation_id as id, count(*)::int as rel_coord, count(*) filter (where rp.same_part)::int as part_coord
        from ${keptParticipations} rp
        where rp.role = 'coordinator' and rp.relevance >= 1 and ${inHashedSet(sql`rp.organisation_id`, sql`select id from best`)}
          and ${consortiumOf(sql`rp.project_id`, sql`rp.organisation_id`)}
        group by rp.organisation_id
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
        -- Relevant consortia led: those read one by one, or the most on one asked theme (the precomputed counts).
        greatest(coalesce(led_counts.rel_coord, 0), best.theme_coord) as rel_coord, coalesce(led_counts.part_coord, 0) as part_coord,
        -- The target region it is located in, the most precise one (of those kept only; as
        -- lib/places/target-region says it of a registered organisation).
        ${regions.length > 0
          ? sql`(select r from unnest(${textArray(regions)}) r where r = any(best.places) order by length(r) desc, r limit 1)`
          : sql`null::text`} as based_in,
        shared.partners as shared_partners, profile.closeness as profile_closeness, profile.labels as profile_labels, profile.interest_labels
      from best
      left join best_projects bp on bp.id = best.id
      left join led_counts on led_counts.id = best.id
      left join shared on shared.id = best.id
      left join profile on profile.id = best.id
      order by best.rough desc, best.id`;
  return rowsOf<CandidateRow>(await executePrepared(tx, candidateSql));
}
