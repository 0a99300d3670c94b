// Organisation search: named organisations only (an organisation known only by an identifier is
// never listed as if named), matched by name or short name — every word of the query contained,
// accents ignored, served by the trigram index on organisation_facets.search_name — or by an exact
// PIC; filtered and counted by the facets that apply to organisations (country, NUTS region,
// type, themes and programmes of their projects, has coordinated).
//
// Order (sort=relevance, the default with a query): exact name or short name, then names starting
// with the query, then the most projects, then by name. Without a query: most projects first.
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
import { countries, organisationFacets, organisationFacetTotals, organisationIdentifiers, organisations } from "../schema";
import { firstLoadedIds, regionFacet, themeFacet, type FacetValue, type FirstLoaded, type HierarchyFacet } from "./projects";
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

export interface OrganisationSearchResult extends Paged<OrganisationListItem> {
  sort: OrganisationSort;
  facets: OrganisationFacets;
}

const o = organisationFacets;
/** A PIC is a nine-digit number. */
const PIC = /^\d{9}$/;

interface Prepared {
  state: OrganisationSearchState;
  where: SQL | undefined;
  possible: boolean;
  vocabulary: SearchVocabulary;
}

function prepare(state: OrganisationSearchState, vocabulary: SearchVocabulary, firstLoaded?: FirstLoaded): Prepared {
  const conditions: SQL[] = [];
  if (firstLoaded) conditions.push(sql`${o.organisationId} in (${firstLoadedIds(organisations, firstLoaded)})`);
  let possible = true;
  const q = state.q.trim();
  if (q && PIC.test(q)) {
    conditions.push(
      sql`${o.organisationId} in (select ${organisationIdentifiers.organisationId} from ${organisationIdentifiers} where ${organisationIdentifiers.scheme} = 'pic' and ${organisationIdentifiers.value} = ${q})`,
    );
  } else if (q) {
    // Every word contained: "tu wien" finds "Technische Universität Wien (TU Wien)".
    for (const word of foldText(q).split(/\s+/).filter(Boolean)) conditions.push(sql`${o.searchName} like ${containsPattern(word)}`);
  }
  if (state.country) conditions.push(eq(o.countryCode, state.country));
  if (state.region) conditions.push(eq([o.nuts1, o.nuts2, o.nuts3][nutsLevel(state.region) - 1]!, state.region));
  if (state.type) conditions.push(eq(o.type, state.type));
  if (state.theme) conditions.push(sql`${o.themeIds} @> array[${state.theme}]::integer[]`);
  if (state.programme) {
    const programme = vocabulary.programmesByCode.get(state.programme);
    if (programme) conditions.push(sql`${o.programmeIds} @> array[${programme.id}]::integer[]`);
    else possible = false;
  }
  if (state.coordinated) conditions.push(sql`${o.coordinatorCount} > 0`);
  return { state, where: conditions.length ? and(...conditions) : undefined, possible, vocabulary };
}

/** The order of the result, over the columns of `m` in searchStatement. */
function orderOf(p: Prepared, sort: OrganisationSort): SQL {
  const activity = sql`project_count desc, sort_name, organisation_id`;
  if (sort === "name") return sql`sort_name, organisation_id`;
  if (sort === "relevance" && p.state.q.trim()) return sql`exact desc, prefix desc, ${activity}`;
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
async function searchStatement(db: Db, p: Prepared, sort: OrganisationSort): Promise<{ ids: number[]; counts: CountRow[] }> {
  const { state } = p;
  const q = state.q.trim();
  const ranked = sort === "relevance" && Boolean(q);
  const from = sql`${o}`;
  const where = p.where ? sql`where ${p.where}` : sql``;
  const columns: SQL[] = [sql`${o.organisationId} as organisation_id`, sql`${o.facetKeys} as facet_keys`, sql`${o.projectCount} as project_count`, sql`${o.sortName} as sort_name`];
  if (ranked) {
    const lower = q.toLowerCase();
    // Looked up by primary key for the matching rows only (a join would read every organisation).
    columns.push(sql`exists (select 1 from ${organisations} x where x.id = ${o.organisationId}
      and (lower(x.name) = ${lower} or lower(x.short_name) = ${lower})) as exact`);
    columns.push(sql`exists (select 1 from ${organisations} x where x.id = ${o.organisationId}
      and (x.name ilike ${prefixPattern(q)} or x.short_name ilike ${prefixPattern(q)})) as prefix`);
  }
  const drill: SQL[] = [];
  if (state.region && nutsLevel(state.region) < 3) {
    const level = nutsLevel(state.region) + 1;
    columns.push(sql`${sql.raw(`"organisation_facets"."nuts${level}"`)} as nuts`);
    drill.push(sql`select 'region', nuts, count(*)::int from m where nuts like ${`${state.region}%`} group by nuts`);
  }
  const children = state.theme ? (p.vocabulary.children.get(state.theme) ?? []).map((t) => t.id) : [];
  if (children.length > 0) {
    columns.push(sql`${o.themeIds} as theme_ids`);
    drill.push(sql`select 'theme', v::text, count(*)::int from (select unnest(theme_ids) v from m) s
      where v in (${sql.join(children.map((id) => sql`${id}`), sql`, `)}) group by v`);
  }
  // Unfiltered: the counts come from organisation_facet_totals, the page from the activity index.
  const counted = !p.where
    ? sql`select 'key', key, n from ${organisationFacetTotals} where key <> 'total' union all select 'total', null, n from ${organisationFacetTotals} where key = 'total'`
    : sql`select 'total', null, count(*)::int from m
          union all select 'key', k, count(*)::int from (select unnest(facet_keys) k from m) keys group by k`;
  const result = await db.execute(sql`
    with m as materialized (select ${sql.join(columns, sql`, `)} from ${from} ${where})
    select 'page' as facet, organisation_id::text as value, (row_number() over ())::int as n
      from (select organisation_id from ${p.where ? sql`m` : sql`${o}`} order by ${orderOf(p, sort)} limit ${state.pageSize} offset ${offsetOf(state.page, state.pageSize)}) page
    union all ${counted}
    ${sql.join(drill.map((d) => sql`union all ${d}`), sql` `)}`);
  const rows = rowsOf<CountRow>(result).map((r) => ({ facet: r.facet, value: r.value, n: Number(r.n) }));
  const ids = rows.filter((r) => r.facet === "page").sort((a, b) => a.n - b.n).map((r) => Number(r.value));
  const counts: CountRow[] = [];
  for (const r of rows) {
    if (r.facet !== "key") {
      if (r.facet !== "page") counts.push(r);
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
  return { ids, counts };
}

const byCount = (a: FacetValue, b: FacetValue) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label);

export async function searchOrganisationsWithFacets(db: Db, state: OrganisationSearchState, firstLoaded?: FirstLoaded): Promise<OrganisationSearchResult> {
  const sort = effectiveOrganisationSort(state);
  let vocabulary = await getSearchVocabulary(db);
  const p = prepare(state, vocabulary, firstLoaded);
  const { ids, counts } = p.possible ? await searchStatement(db, p, sort) : { ids: [], counts: [] };
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
  return {
    rows: await organisationItems(db, ids),
    total: counts.find((c) => c.facet === "total")?.n ?? 0,
    page: state.page,
    pageSize: state.pageSize,
    sort,
    facets,
  };
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
