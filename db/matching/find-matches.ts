// Finds and explains the partners for a MatchQuery. Candidate generation and counting happen in
// one SQL statement served by indexes (relevant projects → their participants, plus the
// requester's network and, under hard filters, the most active organisations of the wanted kind);
// the pure functions of lib/matching turn the counts into signals, a score and reasons.
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { applicableSignals, combineSignals, computeSignals, type SignalName } from "@/lib/matching/score";
import { explainReasons, reasonText, type Reason } from "@/lib/matching/explain";
import type { MatchFacts } from "@/lib/matching/signals";
import type { Match, MatchProjectEvidence, MatchQuery } from "@/lib/matching/types";
import { topicFamily } from "@/lib/matching/query-input";
import type { OrganisationType, ParticipationRole } from "../schema/knowledge";
import { intArray, textArray } from "./sql-arrays";

export const DEFAULT_K = 20;
export const MAX_K = 200;
/** Candidates scored in JavaScript at most (the best by a rough score computed in SQL). */
const CANDIDATE_LIMIT = 300;
/** The requester's partners looked at for second-degree proximity (the most frequent ones). */
const NETWORK_PARTNERS = 60;

interface ThemeExpansion {
  /** The asked themes, their parents and grandparents (deeper than the top level only). */
  exact: number[];
  parents: number[];
  grandparents: number[];
  labels: Map<number, string>;
}

async function expandThemes(db: Db, themeIds: readonly number[]): Promise<ThemeExpansion> {
  const labels = new Map<number, string>();
  if (themeIds.length === 0) return { exact: [], parents: [], grandparents: [], labels };
  const rows = rowsOf<{ id: number; label: string; depth: number; level: number }>(
    await db.execute(sql`
      with recursive up(id, parent_id, label, level, depth) as (
        select id, parent_id, label, level, 0 from themes where id = any(${intArray(themeIds)})
        union all
        select t.id, t.parent_id, t.label, t.level, up.depth + 1 from up join themes t on t.id = up.parent_id where up.depth < 2
      )
      select id, label, min(depth)::int as depth, min(level)::int as level from up group by id, label`),
  );
  const exact: number[] = [];
  const parents: number[] = [];
  const grandparents: number[] = [];
  for (const r of rows) {
    labels.set(r.id, r.label);
    if (r.depth === 0) exact.push(r.id);
    else if (r.level <= 1) continue; // a top-level field ("natural sciences") says too little
    else if (r.depth === 1) parents.push(r.id);
    else grandparents.push(r.id);
  }
  return { exact, parents, grandparents, labels };
}

/** Named organisations the requester's records have shared projects with, and how many. */
async function requesterNetwork(db: Db, requesterIds: readonly number[]): Promise<Map<number, number>> {
  const network = new Map<number, number>();
  if (requesterIds.length === 0) return network;
  const rows = rowsOf<{ partner_ids: number[]; partner_counts: number[] }>(
    await db.execute(sql`select partner_ids, partner_counts from organisation_networks where organisation_id = any(${intArray(requesterIds)})`),
  );
  for (const r of rows) {
    r.partner_ids.forEach((id, i) => {
      const pid = Number(id);
      if (!requesterIds.includes(pid)) network.set(pid, (network.get(pid) ?? 0) + Number(r.partner_counts[i] ?? 0));
    });
  }
  return network;
}

interface CandidateRow {
  id: number;
  type: OrganisationType;
  country_code: string | null;
  project_count: number;
  coordinator_count: number;
  last_year: number | null;
  in_programme: boolean;
  theme_sum: number;
  text_sum: number;
  part_n: number;
  topic_n: number;
  family_n: number;
  region_n: number;
  rel_coord: number;
  with_requester: number;
  rel_with_req: number;
  recent_with_req: number;
  top_projects: number[] | null;
  text_projects: number[] | null;
}

interface ResolvedScope {
  partId: number | null;
  programmeId: number | null;
  topicId: number | null;
  family: string | null;
  familyTopicIds: number[];
  requesterIds: number[];
}

async function resolveScope(db: Db, q: MatchQuery): Promise<ResolvedScope> {
  const family = q.topicCode ? topicFamily(q.topicCode) : null;
  const rows = rowsOf<{ part_id: number | null; programme_id: number | null; topic_id: number | null; family_ids: number[] | null; requester_ids: number[] | null }>(
    await db.execute(sql`
      select
        (select id from programme_parts where code = ${q.programmePartCode ?? null} order by id limit 1) as part_id,
        (select programme_id from programme_parts where code = ${q.programmePartCode ?? null} order by id limit 1) as programme_id,
        (select id from topics where code = ${q.topicCode ?? null} order by id limit 1) as topic_id,
        array(select id from topics where ${family}::text is not null and code like ${`${(family ?? "").replace(/[\\%_]/g, "\\$&")}%`}) as family_ids,
        array(
          select ${q.requesterOrganisationId ?? null}::int where ${q.requesterOrganisationId ?? null}::int is not null
          union select organisation_id from claims where profile_id = ${q.requesterProfileId ?? null}::int and status = 'verified'
        ) as requester_ids`),
  );
  const r = rows[0];
  return {
    partId: r?.part_id ?? null,
    programmeId: r?.programme_id ?? null,
    topicId: r?.topic_id ?? null,
    family,
    familyTopicIds: (r?.family_ids ?? []).map(Number),
    requesterIds: (r?.requester_ids ?? []).map(Number),
  };
}

/** An OR query of the text's words (an interest's description would match nothing as an AND). */
function textTsquery(text: string | undefined) {
  const words = (text ?? "").normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  if (words.length === 0) return null;
  const unique = [...new Set(words)].slice(0, 40).join(" ");
  return sql`nullif(replace(plainto_tsquery('english'::regconfig, unaccent(${unique}))::text, '&', '|'), '')::tsquery`;
}

export interface FindMatchesOptions {
  /** Other signal weights (the themes-only baseline of `eval` uses { themes: 1 }, the rest 0). */
  weights?: Record<SignalName, number>;
}

export async function findMatches(db: Db, query: MatchQuery, options: FindMatchesOptions = {}): Promise<Match[]> {
  const k = Math.min(MAX_K, Math.max(1, Math.trunc(query.k ?? DEFAULT_K)));
  const [scope, themes] = await Promise.all([resolveScope(db, query), expandThemes(db, query.themeIds ?? [])]);
  const tsq = textTsquery(query.text);
  const types = query.partnerTypes ?? [];
  const countries = (query.countries ?? []).map((c) => c.toUpperCase());
  const regions = (query.regions ?? []).map((r) => r.toUpperCase());
  const allThemes = [...themes.exact, ...themes.parents, ...themes.grandparents];
  const req = scope.requesterIds;
  const filtered = types.length > 0 || countries.length > 0;

  const relevantSources = [
    scope.partId != null ? sql`select project_id from project_facets where programme_part_id = ${scope.partId}` : null,
    scope.familyTopicIds.length > 0 ? sql`select p.id from projects p where p.topic_id = any(${intArray(scope.familyTopicIds)})` : null,
    allThemes.length > 0 ? sql`select project_id from project_facets where theme_ids && ${intArray(allThemes)}` : null,
    tsq ? sql`select id from projects where search_vector @@ (select q from tsq)` : null,
  ].filter((s) => s != null);
  const relevantIds = relevantSources.length > 0 ? sql.join(relevantSources, sql` union `) : sql`select null::int where false`;

  const regionMatch = regions.length > 0
    ? sql`(pf.nuts1 && ${textArray(regions)} or pf.nuts2 && ${textArray(regions)} or pf.nuts3 && ${textArray(regions)} or pf.country_codes && ${textArray(regions)})`
    : sql`false`;

  // The requester's partners (precomputed), passed as literal arrays: the planner then knows their number.
  const network = await requesterNetwork(db, req);
  const candidateSql = sql`
      with tsq as (select ${tsq ?? sql`null::tsquery`} as q),
      req_projects as materialized (
        select pa.project_id, p.programme_id from participations pa join projects p on p.id = pa.project_id
        where pa.organisation_id = any(${intArray(req)})
      ),
      rel as materialized (
        select pf.project_id, pf.programme_part_id,
          case when exists (select 1 from project_themes pt where pt.project_id = pf.project_id and pt.theme_id = any(${intArray(themes.exact)})) then 1.0
               when pf.theme_ids && ${intArray(themes.exact)} then 0.7
               when pf.theme_ids && ${intArray(themes.parents)} then 0.5
               when pf.theme_ids && ${intArray(themes.grandparents)} then 0.25 else 0 end as theme,
          ${tsq
            ? sql`coalesce((select ts_rank(p.search_vector, q.q) from projects p, tsq q where p.id = pf.project_id and p.search_vector @@ q.q), 0)`
            : sql`0::real`} as text_rank,
          p.topic_id = ${scope.topicId}::int as same_topic,
          p.topic_id = any(${intArray(scope.familyTopicIds)}) as same_family,
          pf.programme_part_id = ${scope.partId}::int as same_part,
          ${regionMatch} as in_region,
          r.project_id in (select project_id from req_projects) as with_req,
          pf.sort_date
        from (${relevantIds}) r(project_id)
        join project_facets pf on pf.project_id = r.project_id
        -- Only the topic from projects (its wide rows are not read whole): one index probe per project.
        cross join lateral (select topic_id from projects where id = r.project_id) p
      ),
      rel_scored as (
        select rel.*, (3 * coalesce(same_topic::int, 0) + 2 * coalesce(same_family::int, 0) + theme + 4 * text_rank
          + 0.5 * coalesce(same_part::int, 0)) as relevance
        from rel
      ),
      by_org as (
        select pa.organisation_id as id,
          sum(theme)::float8 as theme_sum, sum(text_rank)::float8 as text_sum,
          count(*) filter (where same_part)::int as part_n,
          count(*) filter (where same_topic)::int as topic_n,
          count(*) filter (where same_family)::int as family_n,
          count(*) filter (where in_region)::int as region_n,
          count(*) filter (where with_req)::int as rel_with_req,
          count(*) filter (where pa.role = 'coordinator' and relevance >= 1)::int as rel_coord,
          sum(relevance)::float8 as relevance,
          (array_agg(rs.project_id order by relevance desc, sort_date desc nulls last))[1:3] as top_projects,
          ${tsq ? sql`(array_agg(rs.project_id order by text_rank desc) filter (where text_rank > 0))[1:3]` : sql`null::int[]`} as text_projects
        from participations pa join rel_scored rs on rs.project_id = pa.project_id
        where pa.project_id = any(array(select project_id from rel))
        group by pa.organisation_id
      ),
      network as (select x.id, x.n from unnest(${intArray([...network.keys()])}, ${intArray([...network.values()])}) as x(id, n)),
      recent as (
        select pa.organisation_id as id, count(*)::int as n
        from participations pa
        where pa.project_id = any(array(select project_id from req_projects where programme_id = ${scope.programmeId}::int))
          and pa.organisation_id <> all(${intArray(req)})
        group by pa.organisation_id
      ),
      popular as (
        select organisation_id as id from organisation_facets
        where ${filtered}
          and (${types.length === 0} or type::text = any(${textArray(types)}))
          and (${countries.length === 0} or country_code = any(${textArray(countries)}))
        order by project_count desc limit 50
      ),
      -- One row per candidate from every source, merged by one aggregate: joining the sources to each
      -- other made the planner (which cannot estimate them) loop over one per row of another.
      sources as (
        select id, theme_sum, text_sum, part_n, topic_n, family_n, region_n, rel_coord, rel_with_req,
          top_projects, text_projects, 0 as with_requester, 0 as recent_with_req from by_org
        union all select id, 0, 0, 0, 0, 0, 0, 0, 0, null, null, n, 0 from network
        union all select id, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, n from recent
        union all select id, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, 0 from popular
      ),
      merged as materialized (
        select id, sum(theme_sum)::float8 as theme_sum, sum(text_sum)::float8 as text_sum, sum(part_n)::int as part_n,
          sum(topic_n)::int as topic_n, sum(family_n)::int as family_n, sum(region_n)::int as region_n,
          sum(rel_coord)::int as rel_coord, sum(rel_with_req)::int as rel_with_req,
          max(top_projects) as top_projects, max(text_projects) as text_projects,
          sum(with_requester)::int as with_requester, sum(recent_with_req)::int as recent_with_req
        from sources group by id
      )
      select f.organisation_id as id, f.type, f.country_code, f.project_count, f.coordinator_count,
        extract(year from f.last_start)::int as last_year,
        coalesce(f.programme_ids @> array[${scope.programmeId}::int], false) as in_programme,
        m.theme_sum, m.text_sum, m.part_n, m.topic_n, m.family_n, m.region_n, m.rel_coord,
        m.with_requester, m.rel_with_req, m.recent_with_req, m.top_projects, m.text_projects
      from merged m
      join organisation_facets f on f.organisation_id = m.id
      where f.organisation_id <> all(${intArray(req)})
        and (${types.length === 0} or f.type::text = any(${textArray(types)}))
        and (${countries.length === 0} or f.country_code = any(${textArray(countries)}))
      -- A rough score with the shape of lib/matching/score (logarithmic network and topic terms): which 300 to score.
      order by 0.45 * ln(1 + m.with_requester) + 0.6 * ln(1 + m.recent_with_req) + 0.3 * ln(1 + m.rel_with_req)
        + 0.9 * ln(1 + 2 * m.topic_n + m.family_n) + 0.6 * least(1, m.theme_sum / 2)
        + 2 * least(1, m.text_sum) + 0.1 * ln(1 + m.part_n) + 0.02 * ln(1 + f.project_count) desc,
        f.organisation_id
      limit ${CANDIDATE_LIMIT}`;
  // The planner's row estimates for these joins are pessimistic: PostgreSQL would spend a second
  // JIT-compiling a statement that runs in milliseconds.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return rowsOf<CandidateRow>(await tx.execute(candidateSql));
  });
  const [claimedThemes, registered] = await Promise.all([
    profileThemesOfRecords(db, rows.map((r) => Number(r.id)), themes),
    registeredCandidates(db, { themes, tsq, types, countries, requesterProfileId: query.requesterProfileId ?? null }),
  ]);
  if (rows.length === 0 && registered.length === 0) return [];

  // Second-degree proximity: which of the requester's (most frequent) partners each candidate has worked with.
  const shared = new Map<number, number[]>();
  if (req.length > 0) {
    const top = [...network.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, NETWORK_PARTNERS).map(([id]) => id);
    const partnerRows = top.length === 0 ? [] : rowsOf<{ id: number; partners: number[] }>(
      await db.execute(sql`
        select x.id, array_agg(w.organisation_id order by w.organisation_id) as partners
        from organisation_networks w cross join lateral unnest(w.partner_ids) as x(id)
        where w.organisation_id = any(${intArray(top)}) and x.id = any(${intArray(rows.map((r) => Number(r.id)))})
        group by x.id`),
    );
    for (const r of partnerRows) shared.set(Number(r.id), r.partners.map(Number));
  }

  const year = new Date().getUTCFullYear();
  const applicable = applicableSignals({
    text: tsq != null,
    themes: allThemes.length > 0,
    programme: scope.partId != null,
    topic: scope.family != null,
    regions: regions.length > 0,
    requester: req.length > 0,
  });
  const scored = rows.map((r) => {
    const facts: MatchFacts = {
      themeSum: Number(r.theme_sum),
      profileTheme: claimedThemes.get(Number(r.id))?.closeness ?? 0,
      textSum: Number(r.text_sum),
      programmePartProjects: Number(r.part_n),
      programmeProjects: r.in_programme ? 1 : 0,
      topicProjects: Number(r.topic_n),
      topicFamilyProjects: Number(r.family_n),
      regionProjects: Number(r.region_n),
      relevantCoordinated: Number(r.rel_coord),
      coordinatorCount: Number(r.coordinator_count),
      projectCount: Number(r.project_count),
      lastStartYear: r.last_year == null ? null : Number(r.last_year),
      projectsWithRequester: Number(r.with_requester),
      relevantWithRequester: Number(r.rel_with_req),
      programmeWithRequester: Number(r.recent_with_req),
      sharedPartners: shared.get(Number(r.id))?.length ?? 0,
    };
    const signals = computeSignals(facts, year);
    return { row: r, facts, signals, score: combineSignals(signals, applicable, options.weights) };
  });
  const registeredScored = registered.map((r) => {
    const facts = registeredFacts(r);
    const signals = computeSignals(facts, year);
    return { registered: r, facts, signals, score: combineSignals(signals, applicable, options.weights) };
  });
  // One ranking for both kinds of candidate; ties: knowledge-base records first, then by id.
  const ranked = [
    ...scored.map((s) => ({ kind: "record" as const, score: s.score, key: Number(s.row.id), s })),
    ...registeredScored.map((s) => ({ kind: "registered" as const, score: s.score, key: 1e12 + s.registered.id, s })),
  ].sort((a, b) => b.score - a.score || a.key - b.key).slice(0, k);
  const explained = await explainAll(
    db,
    ranked.flatMap((r) => (r.kind === "record" ? [r.s] : [])),
    { query, scope, themes, shared, claimedThemes },
  );
  const byRecord = new Map(explained.map((m) => [m.organisationId, m]));
  return ranked.map((r) => (r.kind === "record" ? byRecord.get(Number(r.s.row.id))! : explainRegistered(r.s, query)));
}

interface ProfileThemes {
  /** Best closeness of the profile's themes to the asked ones (1 same, 0.7 narrower, 0.5 parent, 0.25 grandparent). */
  closeness: number;
  labels: string[];
}

function themeCloseness(themes: ThemeExpansion) {
  return sql`case when pt.theme_id = any(${intArray(themes.exact)}) then 1.0
      when t.parent_id = any(${intArray(themes.exact)}) then 0.7
      when pt.theme_id = any(${intArray(themes.parents)}) then 0.5
      when pt.theme_id = any(${intArray(themes.grandparents)}) then 0.25 else 0 end`;
}

/** The profile themes of the registered organisations that hold these records (verified claims). */
async function profileThemesOfRecords(db: Db, organisationIds: number[], themes: ThemeExpansion): Promise<Map<number, ProfileThemes>> {
  const out = new Map<number, ProfileThemes>();
  if (organisationIds.length === 0 || themes.exact.length === 0) return out;
  const rows = rowsOf<{ id: number; closeness: number; labels: string[] }>(
    await db.execute(sql`
      select c.organisation_id as id, max(${themeCloseness(themes)})::float8 as closeness,
        array_agg(distinct t.label) filter (where ${themeCloseness(themes)} > 0) as labels
      from claims c
      join profile_themes pt on pt.profile_id = c.profile_id
      join themes t on t.id = pt.theme_id
      where c.status = 'verified' and c.organisation_id = any(${intArray(organisationIds)})
      group by c.organisation_id`),
  );
  for (const r of rows) out.set(Number(r.id), { closeness: Number(r.closeness), labels: r.labels ?? [] });
  return out;
}

interface RegisteredCandidate {
  id: number;
  name: string;
  pic: string | null;
  type: OrganisationType;
  country_code: string;
  closeness: number;
  labels: string[] | null;
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
  q: { themes: ThemeExpansion; tsq: ReturnType<typeof textTsquery>; types: string[]; countries: string[]; requesterProfileId: number | null },
): Promise<RegisteredCandidate[]> {
  if (q.themes.exact.length === 0 && !q.tsq) return [];
  const textRank = q.tsq
    ? sql`coalesce(ts_rank(to_tsvector('english'::regconfig, unaccent(p.name || ' ' || coalesce(p.description, ''))), ${q.tsq}), 0)`
    : sql`0::real`;
  return rowsOf<RegisteredCandidate>(
    await db.execute(sql`
      select p.id, p.name, p.pic, p.type, p.country_code,
        coalesce(max(${themeCloseness(q.themes)}), 0)::float8 as closeness,
        array_agg(distinct t.label) filter (where ${themeCloseness(q.themes)} > 0) as labels,
        ${textRank}::float8 as text_rank
      from organisation_profiles p
      left join profile_themes pt on pt.profile_id = p.id
      left join themes t on t.id = pt.theme_id
      where p.published
        and p.id is distinct from ${q.requesterProfileId}::int
        and not exists (select 1 from claims c where c.profile_id = p.id and c.status = 'verified')
        and (${q.types.length === 0} or p.type::text = any(${textArray(q.types)}))
        and (${q.countries.length === 0} or p.country_code = any(${textArray(q.countries)}))
      group by p.id
      having coalesce(max(${themeCloseness(q.themes)}), 0) > 0 or ${textRank} > 0
      order by 6 desc, 8 desc, p.id
      limit 50`),
  );
}

function registeredFacts(r: RegisteredCandidate): MatchFacts {
  return {
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
      sharedThemes: labels.map((label, i) => ({ id: -(i + 1), label })),
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

interface Scored {
  row: CandidateRow;
  facts: MatchFacts;
  signals: ReturnType<typeof computeSignals>;
  score: number;
}

async function explainAll(
  db: Db,
  top: Scored[],
  ctx: { query: MatchQuery; scope: ResolvedScope; themes: ThemeExpansion; shared: Map<number, number[]>; claimedThemes: Map<number, ProfileThemes> },
): Promise<Match[]> {
  if (top.length === 0) return [];
  const ids = top.map((t) => Number(t.row.id));
  const projectIds = [...new Set(top.flatMap((t) => [...(t.row.top_projects ?? []), ...(t.row.text_projects ?? [])].map(Number)))];
  const partnerIds = [...new Set(top.flatMap((t) => ctx.shared.get(Number(t.row.id)) ?? []))];
  const asked = [...ctx.themes.exact, ...ctx.themes.parents, ...ctx.themes.grandparents];
  const [projectRows, partnerRows, picRows, themeRows] = await Promise.all([
    projectIds.length === 0 ? [] : rowsOf<{ id: number; organisation_id: number; acronym: string | null; title: string | null; role: ParticipationRole; start_date: string | null; part: string | null; topic: string | null }>(
      await db.execute(sql`
        select p.id, pa.organisation_id, p.acronym, p.title, pa.role, p.start_date::text as start_date, pp.code as part, t.code as topic
        from projects p
        join participations pa on pa.project_id = p.id and pa.organisation_id = any(${intArray(ids)})
        left join programme_parts pp on pp.id = p.programme_part_id
        left join topics t on t.id = p.topic_id
        where p.id = any(${intArray(projectIds)})`),
    ),
    partnerIds.length === 0 ? [] : rowsOf<{ id: number; name: string | null }>(
      await db.execute(sql`select id, name from organisations where id = any(${intArray(partnerIds)})`),
    ),
    rowsOf<{ id: number; name: string; pic: string | null; profile_id: number | null }>(
      await db.execute(sql`select o.id, o.name,
          (select min(i.value) from organisation_identifiers i where i.organisation_id = o.id and i.scheme = 'pic') as pic,
          (select c.profile_id from claims c where c.organisation_id = o.id and c.status = 'verified') as profile_id
        from organisations o where o.id = any(${intArray(ids)})`),
    ),
    asked.length === 0 ? [] : rowsOf<{ id: number; themes: number[] }>(
      await db.execute(sql`select organisation_id as id, array(select unnest(theme_ids) intersect select unnest(${intArray(asked)})) as themes
        from organisation_facets where organisation_id = any(${intArray(ids)})`),
    ),
  ]);
  const projectsByKey = new Map(projectRows.map((p) => [`${p.organisation_id}:${p.id}`, p]));
  const partnerNames = new Map(partnerRows.map((p) => [Number(p.id), p.name ?? `#${p.id}`]));
  const orgs = new Map(picRows.map((p) => [Number(p.id), p]));
  const themesByOrg = new Map(themeRows.map((t) => [Number(t.id), t.themes.map(Number)]));
  const rank = (id: number) => (ctx.themes.exact.includes(id) ? 0 : ctx.themes.parents.includes(id) ? 1 : 2);

  return top.map(({ row, facts, signals, score }) => {
    const id = Number(row.id);
    const evidenceProjects = (row.top_projects ?? []).map(Number).flatMap((pid): MatchProjectEvidence[] => {
      const p = projectsByKey.get(`${id}:${pid}`);
      return p ? [{ id: pid, acronym: p.acronym, title: p.title, role: p.role, startDate: p.start_date, programmePartCode: p.part, topicCode: p.topic }] : [];
    });
    const sharedThemes = (themesByOrg.get(id) ?? [])
      .sort((a, b) => rank(a) - rank(b) || a - b)
      .slice(0, 5)
      .map((tid) => ({ id: tid, label: ctx.themes.labels.get(tid) ?? String(tid) }));
    const sharedPartners = (ctx.shared.get(id) ?? []).map((pid) => ({ id: pid, name: partnerNames.get(pid) ?? `#${pid}` }));
    const textProjects = (row.text_projects ?? []).map(Number).flatMap((pid) => {
      const p = projectsByKey.get(`${id}:${pid}`);
      return p?.acronym ? [p.acronym] : [];
    });
    const explanations = explainReasons(facts, {
      programmePartCode: ctx.query.programmePartCode ?? null,
      topicCode: ctx.query.topicCode ?? null,
      topicFamily: ctx.scope.family,
      sharedThemes: sharedThemes.map((t) => t.label),
      sharedPartners: sharedPartners.map((p) => p.name),
      regions: ctx.query.regions,
      textProjects,
      profileThemes: ctx.claimedThemes.get(id)?.labels,
    });
    const reasons = explanations.map(reasonText);
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
