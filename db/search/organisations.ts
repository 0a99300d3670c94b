// Organisation search: named organisations only (an organisation known only by an identifier is
// never listed as if named), matched by name or short name — every word of the query contained,
// accents ignored, served by the trigram index on organisation_facets.search_name — by what they
// work on — their projects matching the query as the project search matches it (the same
// cross-language tsquery, db/search/text-query.ts), counted per organisation — or by an exact PIC;
// filtered and counted by the facets that apply to organisations (country, NUTS region, type,
// themes and programmes of their projects, has coordinated).
//
// Order (sort=relevance, the default with a query): exact name or short name; then names containing
// every word of the query; within each, the most projects matching it, names starting with the
// query, the most projects, the name. Without a query: most projects first. When no organisation
// has every part of the query ("wood industry cluster"), those whose projects have some of them,
// covering the most parts first (the result says so: partialMatch).
import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { isOrganisationType, organisationTypeLabel } from "@/lib/organisation-types";
import { programmeLabel } from "@/lib/projects";
import { effectiveOrganisationSort, nutsLevel, type OrganisationSearchState, type OrganisationSort } from "@/lib/search/params";
import { foldText } from "@/lib/search/text";
import type { Db } from "../index";
import type { OrganisationListItem } from "../queries/organisations";
import { containsPattern, firstPicOf, offsetOf, prefixPattern, rowsInIdOrder, type Paged } from "../queries/shared";
import { rowsOf } from "../rows";
import { countries, organisationFacets, organisationFacetTotals, organisationIdentifiers, organisations, projects } from "../schema";
import { firstLoadedIds, regionFacet, themeCondition, themeFacet, type FacetValue, type FirstLoaded, type HierarchyFacet } from "./projects";
import { spellingSuggestion } from "./spelling";
import { allElseSome, buildTextQuery, segmentBits, segmentIndexes, tsqSegments, type PartialMatch, type SomeMore, type TextQuery } from "./text-query";
import { forgetSearchVocabulary, getSearchVocabulary, searchReferenceHas, type SearchVocabulary } from "./vocabulary";

export interface OrganisationFacets {
  country: FacetValue[];
  region: HierarchyFacet;
  type: FacetValue[];
  theme: HierarchyFacet;
  programme: FacetValue[];
  /** How many of the result have coordinated at least one project. */
  coordinated: { count: number; selected: boolean };
}

/** A listed organisation; with a query, how many of its projects match it (as the project search matches them), and its latest two. */
export interface OrganisationSearchItem extends OrganisationListItem {
  matchingProjects: number | null;
  matchingExamples: { id: number; acronym: string }[];
}

export interface OrganisationSearchResult extends Paged<OrganisationSearchItem> {
  sort: OrganisationSort;
  facets: OrganisationFacets;
  /** The themes the query matched (in any of the vocabulary's languages) and those the crosswalk links to them: searched for too. */
  matchedThemes: TextQuery["themes"];
  /** The query was matched against projects too (it has searchable words and is not a PIC): rows say their matching projects. */
  bySubject: boolean;
  /**
   * Set when no organisation's name or projects had every part of the query and the list holds those
   * whose projects have some of them, those covering the most parts first: the parts, as written.
   */
  partialMatch: PartialMatch;
  /** Fewer than a page have every part of the query: how many more have some (the page offers them). */
  someMore: SomeMore;
  /** Nothing found, or nothing with every part: the query with its unknown words spelt as the knowledge base spells them ("Did you mean …"), or null. */
  spelling: string | null;
}

const o = organisationFacets;
/** A PIC is a nine-digit number. */
const PIC = /^\d{9}$/;

interface Prepared {
  state: OrganisationSearchState;
  where: SQL | undefined;
  possible: boolean;
  vocabulary: SearchVocabulary;
  /** The query as a tsquery over projects (null without a query, for a PIC, or with no searchable word). */
  text: TextQuery | null;
  /** Every word of the query contained in the name or short name (null without a query or for a PIC). */
  nameMatch: SQL | null;
}

/** How many examples of its matching projects a listed organisation shows. */
const EXAMPLES = 2;

/**
 * The projects matching the query (`hits`), and the organisations with some and how many (`subject`);
 * `tsq` holds the query. With some parts of the query only (`segs`), `subject` also counts how many
 * of the parts an organisation's projects cover (`parts`): "wood industry" and "cluster" both first.
 */
function subjectCtes(text: TextQuery): SQL {
  if (text.match === "all") {
    return sql`hits as materialized (select p.id from projects p, tsq where p.search_vector @@ tsq.q),
  subject as materialized (
    -- (A project–organisation pair is one participation: participations_project_id_organisation_id_index is unique.)
    select pa.organisation_id, count(*)::int as n, 0 as parts
    from participations pa
    where pa.project_id in (select id from hits)
    group by pa.organisation_id
  )`;
  }
  // Which segments a project has, as bits: an organisation covers the parts its projects' bits
  // together have (an unnest here would multiply the planner's row estimates tenfold and price the
  // statement into JIT compilation).
  return sql`hits as materialized (
    select p.id, ${segmentBits(sql`p.search_vector`, sql`tsq.segs`)} as mask
    from projects p, tsq where p.search_vector @@ tsq.q
  ),
  subject as materialized (
    select pa.organisation_id, count(*)::int as n, bit_or(h.mask) as bits, bit_count(bit_or(h.mask)::bit(32))::int as parts
    from participations pa join hits h on h.id = pa.project_id
    group by pa.organisation_id
  )`;
}

/**
 * Each listed organisation's latest matching projects, as rows ('example', "organisation:rank",
 * project id): its participations kept when in the hashed hits, only those ordered.
 */
const EXAMPLE_ROWS = sql`select 'example', pg.organisation_id::text || ':' || e.rank, e.project_id
  from page pg cross join lateral (
    select pf.project_id, row_number() over (order by pf.sort_date desc nulls last, pf.project_id desc) as rank
    from participations pa join project_facets pf on pf.project_id = pa.project_id
    where pa.organisation_id = pg.organisation_id and (pa.project_id in (select id from hits)) is true
    order by pf.sort_date desc nulls last, pf.project_id desc
    limit ${EXAMPLES}
  ) e
  where pg.matching > 0`;

/** The search's conditions; `query` is the text query as buildTextQuery makes it (null without one, or for a PIC). */
function prepare(state: OrganisationSearchState, vocabulary: SearchVocabulary, firstLoaded: FirstLoaded | undefined, query: TextQuery | null): Prepared {
  const conditions: SQL[] = [];
  if (firstLoaded) conditions.push(sql`${o.organisationId} in (${firstLoadedIds(organisations, firstLoaded)})`);
  let possible = true;
  let text: TextQuery | null = null;
  let nameMatch: SQL | null = null;
  const q = state.q.trim();
  if (q && PIC.test(q)) {
    conditions.push(
      sql`${o.organisationId} in (select ${organisationIdentifiers.organisationId} from ${organisationIdentifiers} where ${organisationIdentifiers.scheme} = 'pic' and ${organisationIdentifiers.value} = ${q})`,
    );
  } else if (q) {
    // Every word contained: "tu wien" finds "Technische Universität Wien (TU Wien)".
    const words = foldText(q).split(/\s+/).filter(Boolean);
    nameMatch = words.length > 0 ? sql`(${sql.join(words.map((word) => sql`${o.searchName} like ${containsPattern(word)}`), sql` and `)})` : null;
    text = query?.expression ? query : null;
    // By name (the trigram index), or by its projects (the subject CTE): a union the planner hashes.
    const found = [
      nameMatch ? sql`select ${o.organisationId} from ${o} where ${nameMatch}` : null,
      text ? sql`select organisation_id from subject` : null,
    ].filter((s) => s !== null);
    if (found.length === 0) possible = false;
    else conditions.push(sql`${o.organisationId} in (${sql.join(found, sql` union `)})`);
  }
  if (state.country) conditions.push(eq(o.countryCode, state.country));
  if (state.region) conditions.push(eq([o.nuts1, o.nuts2, o.nuts3][nutsLevel(state.region) - 1]!, state.region));
  if (state.type) conditions.push(eq(o.type, state.type));
  if (state.theme) conditions.push(themeCondition(o.searchThemeIds, state.theme));
  if (state.programme) {
    const programme = vocabulary.programmesByCode.get(state.programme);
    if (programme) conditions.push(sql`${o.programmeIds} @> array[${programme.id}]::integer[]`);
    else possible = false;
  }
  if (state.coordinated) conditions.push(sql`${o.coordinatorCount} > 0`);
  return { state, where: conditions.length ? and(...conditions) : undefined, possible, vocabulary, text, nameMatch };
}

/** The order of the result, over the columns of `m` in searchStatement. */
function orderOf(p: Prepared, sort: OrganisationSort): SQL {
  const activity = sql`project_count desc, sort_name, organisation_id`;
  if (sort === "name") return sql`sort_name, organisation_id`;
  // Most consortia led (coordinator_count, migration 0027), then most projects.
  if (sort === "coordinated") return sql`coordinator_count desc, ${activity}`;
  // Most matching projects (without a text query, none has any: most projects).
  if (sort === "matching" && p.text) return sql`matching desc, ${activity}`;
  if (sort === "relevance" && p.state.q.trim()) {
    const subject = p.text ? sql`${p.text.match === "any" ? sql`parts desc, ` : sql``}matching desc, ` : sql``;
    return sql`exact desc, name_match desc, ${subject}prefix desc, ${activity}`;
  }
  return activity;
}

interface CountRow {
  facet: string;
  value: string | null;
  n: number;
}

const KEY_FACETS: Record<string, string> = { "c:": "country", "t:": "type", "r:": "region", "x:": "theme", "p:": "programme" };

/**
 * One statement for one page of results and every facet count over the whole result (see
 * db/search/projects.ts searchStatement): facet_keys for the counts before any drill-down, one
 * narrow column more for the regions or themes below the chosen one.
 */
async function searchStatement(
  db: Db,
  p: Prepared,
  sort: OrganisationSort,
): Promise<{ page: { id: number; matching: number | null; examples: number[]; segments: number[] }[]; counts: CountRow[] }> {
  const { state } = p;
  const q = state.q.trim();
  const ranked = sort === "relevance" && Boolean(q);
  // With a text query, each organisation's matching projects are joined from `subject`.
  const from = p.text ? sql`${o} left join subject s on s.organisation_id = ${o.organisationId}` : sql`${o}`;
  const where = p.where ? sql`where ${p.where}` : sql``;
  const columns: SQL[] = [
    sql`${o.organisationId} as organisation_id`, sql`${o.facetKeys} as facet_keys`, sql`${o.projectCount} as project_count`, sql`${o.sortName} as sort_name`,
    sql`${o.coordinatorCount} as coordinator_count`,
    p.text ? sql`coalesce(s.n, 0) as matching` : sql`null::int as matching`,
  ];
  if (p.text?.match === "any") columns.push(sql`coalesce(s.parts, 0) as parts`, sql`coalesce(s.bits, 0) as bits`);
  if (ranked) {
    const lower = q.toLowerCase();
    // Only a name containing every word can be the query or start with it: those few are looked up
    // by primary key, one by one (a scalar subquery is never turned into a scan of every organisation).
    const ofName = (test: SQL) => sql`coalesce(${p.nameMatch ?? sql`false`} and (select ${test} from ${organisations} x where x.id = ${o.organisationId}), false)`;
    columns.push(sql`${p.nameMatch ?? sql`false`} as name_match`);
    columns.push(sql`${ofName(sql`lower(x.name) = ${lower} or lower(x.short_name) = ${lower}`)} as exact`);
    columns.push(sql`${ofName(sql`x.name ilike ${prefixPattern(q)} or x.short_name ilike ${prefixPattern(q)}`)} as prefix`);
  }
  const drill: SQL[] = [];
  if (state.region && nutsLevel(state.region) < 3) {
    const level = nutsLevel(state.region) + 1;
    columns.push(sql`${sql.raw(`"organisation_facets"."nuts${level}"`)} as nuts`);
    drill.push(sql`select 'region', nuts, count(*)::int from m where nuts like ${`${state.region}%`} group by nuts`);
  }
  const children = state.theme ? (p.vocabulary.children.get(state.theme) ?? []).map((t) => t.id) : [];
  if (children.length > 0) {
    columns.push(sql`${o.searchThemeIds} as theme_ids`);
    drill.push(sql`select 'theme', v::text, count(*)::int from (select unnest(theme_ids) v from m) s
      where v in (${sql.join(children.map((id) => sql`${id}`), sql`, `)}) group by v`);
  }
  // Unfiltered: the counts come from organisation_facet_totals, the page from the activity index.
  const counted = !p.where
    ? sql`select 'key', key, n from ${organisationFacetTotals} where key <> 'total' union all select 'total', null, n from ${organisationFacetTotals} where key = 'total'`
    : sql`select 'total', null, count(*)::int from m
          union all select 'key', k, count(*)::int from (select unnest(facet_keys) k from m) keys group by k`;
  const withText = p.text ? sql`tsq as (select (${p.text.expression}) as q${tsqSegments(p.text)}), ${subjectCtes(p.text)},` : sql``;
  const result = await db.execute(sql`
    with ${withText} m as materialized (select ${sql.join(columns, sql`, `)} from ${from} ${where}),
    page as materialized (
      select organisation_id, matching${p.text?.match === "any" ? sql`, bits` : sql``} from ${p.where ? sql`m` : sql`(select organisation_id, project_count, sort_name, coordinator_count, null::int as matching from ${o}) o`}
      order by ${orderOf(p, sort)} limit ${state.pageSize} offset ${offsetOf(state.page, state.pageSize)}
    )
    select 'page' as facet, organisation_id::text as value, (row_number() over ())::int as n from page
    union all select 'matching', organisation_id::text, matching from page where matching is not null
    ${p.text ? sql`union all ${EXAMPLE_ROWS}` : sql``}
    ${p.text?.match === "any" ? sql`union all select 'segments', organisation_id::text, bits from page` : sql``}
    union all ${counted}
    ${sql.join(drill.map((d) => sql`union all ${d}`), sql` `)}`);
  const rows = rowsOf<CountRow>(result).map((r) => ({ facet: r.facet, value: r.value, n: Number(r.n) }));
  const matching = new Map(rows.filter((r) => r.facet === "matching").map((r) => [Number(r.value), r.n]));
  // Example rows: value "organisation:rank" (1, 2), n the project.
  const examples = new Map<number, number[]>();
  for (const r of rows.filter((r) => r.facet === "example")) {
    const [id, rank] = r.value!.split(":").map(Number) as [number, number];
    if (!examples.has(id)) examples.set(id, []);
    examples.get(id)![rank - 1] = r.n;
  }
  // With some parts of the query only: the parts each listed organisation's projects have, as bits.
  const bits = new Map(rows.filter((r) => r.facet === "segments").map((r) => [Number(r.value), r.n]));
  const page = rows
    .filter((r) => r.facet === "page")
    .sort((a, b) => a.n - b.n)
    .map((r) => ({
      id: Number(r.value),
      matching: matching.get(Number(r.value)) ?? null,
      examples: examples.get(Number(r.value)) ?? [],
      segments: segmentIndexes(bits.get(Number(r.value)) ?? 0),
    }));
  const counts: CountRow[] = [];
  for (const r of rows) {
    if (r.facet !== "key") {
      if (r.facet !== "page" && r.facet !== "matching" && r.facet !== "example" && r.facet !== "segments") counts.push(r);
      continue;
    }
    if (r.value === "k") {
      counts.push({ facet: "coordinated", value: null, n: r.n });
      continue;
    }
    const facet = KEY_FACETS[r.value!.slice(0, 2)];
    if (!facet) continue;
    const value = r.value!.slice(2);
    if (facet === "region" && (state.region || !value.startsWith(state.country ?? ""))) continue;
    if (facet === "theme" && state.theme) continue;
    counts.push({ facet, value, n: r.n });
  }
  return { page, counts };
}

/** How many organisations the search finds, and nothing else (the offer of those with projects on some parts of a query). */
async function countStatement(db: Db, p: Prepared): Promise<number> {
  // Only whether an organisation has matching projects counts here: the CTEs of a search by all parts.
  const withText = p.text ? sql`with tsq as (select (${p.text.expression}) as q), ${subjectCtes({ ...p.text, match: "all" })}` : sql``;
  const result = await db.execute(sql`${withText} select count(*)::int as n from ${o} ${p.where ? sql`where ${p.where}` : sql``}`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

const byCount = (a: FacetValue, b: FacetValue) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label);

export async function searchOrganisationsWithFacets(db: Db, state: OrganisationSearchState, firstLoaded?: FirstLoaded): Promise<OrganisationSearchResult> {
  const sort = effectiveOrganisationSort(state);
  let vocabulary = await getSearchVocabulary(db);
  const search = async (text: TextQuery | null) => {
    const p = prepare(state, vocabulary, firstLoaded, text);
    return { p, ...(p.possible ? await searchStatement(db, p, sort) : { page: [], counts: [] }) };
  };
  const q = state.q.trim();
  // No organisation by name or by projects with every part of the query: by projects with some of
  // them (not for alerts, which ask what is new). A PIC is no text query.
  const initial = q && !PIC.test(q) ? buildTextQuery(vocabulary, q) : null;
  const { result, partialMatch, someMore } = await allElseSome(initial, q, search, (r) => totalOf(r.counts), {
    match: state.match,
    exact: Boolean(firstLoaded),
    fewerThan: state.pageSize,
    count: async (text) => {
      const p = prepare(state, vocabulary, firstLoaded, text);
      return p.possible ? await countStatement(db, p) : 0;
    },
  });
  const { p, page, counts } = result;
  const of = (facet: string) => counts.filter((c) => c.facet === facet && c.value !== null) as (CountRow & { value: string })[];
  if (!searchReferenceHas(vocabulary, { programmes: of("programme").map((c) => Number(c.value)), themes: of("theme").map((c) => Number(c.value)) })) {
    // Imported since the names were read: read them again.
    forgetSearchVocabulary(db);
    vocabulary = await getSearchVocabulary(db);
  }
  const facets: OrganisationFacets = {
    country: of("country")
      .map((c) => ({ value: c.value, label: vocabulary.countries.get(c.value) ?? c.value, count: c.n, selected: c.value === state.country }))
      .sort(byCount),
    region: regionFacet(vocabulary, state, of("region")),
    type: of("type")
      .filter((c) => isOrganisationType(c.value))
      .map((c) => ({ value: c.value, label: organisationTypeLabel(c.value as never), count: c.n, selected: c.value === state.type }))
      .sort(byCount),
    theme: themeFacet(vocabulary, state.theme, of("theme")),
    programme: of("programme")
      .flatMap((c) => {
        const prog = vocabulary.programmesById.get(Number(c.value));
        return prog ? [{ value: prog.code, label: programmeLabel(prog), count: c.n, selected: prog.code === state.programme, group: prog.family }] : [];
      })
      .sort(byCount),
    coordinated: { count: counts.find((c) => c.facet === "coordinated")?.n ?? 0, selected: Boolean(state.coordinated) },
  };
  const byId = new Map(page.map((r) => [r.id, r]));
  const exampleProjects = await projectNames(db, page.flatMap((r) => r.examples));
  return {
    rows: (await organisationItems(db, page.map((r) => r.id))).map((row) => ({
      ...row,
      matchingProjects: byId.get(row.id)?.matching ?? null,
      matchingExamples: (byId.get(row.id)?.examples ?? []).flatMap((id) => exampleProjects.get(id) ?? []),
    })),
    matchedThemes: p.text?.themes ?? [],
    bySubject: p.text !== null,
    partialMatch: partialMatch && { ...partialMatch, rows: Object.fromEntries(page.map((r) => [r.id, r.segments])) },
    someMore,
    spelling: (totalOf(counts) === 0 || (partialMatch && !partialMatch.chosen)) && initial && !firstLoaded ? await spellingSuggestion(db, vocabulary, q) : null,
    total: totalOf(counts),
    page: state.page,
    pageSize: state.pageSize,
    sort,
    facets,
  };
}

const totalOf = (counts: CountRow[]) => counts.find((c) => c.facet === "total")?.n ?? 0;

/** The acronyms of these projects (those that have one). */
async function projectNames(db: Db, ids: number[]): Promise<Map<number, { id: number; acronym: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: projects.id, acronym: projects.acronym }).from(projects).where(inArray(projects.id, ids));
  return new Map(rows.flatMap((r) => (r.acronym ? [[r.id, { id: r.id, acronym: r.acronym }] as const] : [])));
}

/** List rows for these ids, in the order given. */
async function organisationItems(db: Db, ids: number[]): Promise<OrganisationListItem[]> {
  return rowsInIdOrder(ids, (page) =>
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        shortName: organisations.shortName,
        pic: firstPicOf(organisations.id),
        type: organisations.type,
        isSme: organisations.isSme,
        countryCode: organisations.countryCode,
        countryName: countries.nameEn,
        city: organisations.city,
        // Counted by refresh_project_search (a large organisation has hundreds of participations).
        projectCount: o.projectCount,
        coordinatorCount: o.coordinatorCount,
      })
      .from(organisations)
      .innerJoin(o, eq(o.organisationId, organisations.id))
      .leftJoin(countries, eq(countries.code, organisations.countryCode))
      .where(inArray(organisations.id, page)),
  );
}
