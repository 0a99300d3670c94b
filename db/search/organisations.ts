// Organisation search: named organisations only (an organisation known only by an identifier is
// never listed as if named), matched by name or short name — every word of the query contained,
// accents ignored, served by the trigram index on organisation_facets.search_name — or by an exact
// PIC; filtered and counted by the facets that apply to organisations (country, NUTS region,
// type, themes and programmes of their projects, has coordinated).
//
// Order (sort=relevance, the default with a query): exact name or short name, then names starting
// with the query, then the most projects, then by name. Without a query: most projects first.
import "server-only";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { isOrganisationType, organisationTypeLabel } from "@/lib/organisation-types";
import { programmeLabel } from "@/lib/projects";
import { effectiveOrganisationSort, nutsLevel, type OrganisationSearchState, type OrganisationSort } from "@/lib/search/params";
import { foldText } from "@/lib/search/text";
import type { Db } from "../index";
import type { OrganisationListItem } from "../queries/organisations";
import { containsPattern, offsetOf, prefixPattern, type Paged } from "../queries/shared";
import { rowsOf } from "../rows";
import { countries, organisationFacets, organisationIdentifiers, organisations, participations } from "../schema";
import { countryLabels, programmesByIdAndCode } from "./labels";
import { regionFacet, themeFacet, type FacetValue, type HierarchyFacet } from "./projects";
import { getSearchVocabulary, type SearchVocabulary } from "./vocabulary";

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

function prepare(state: OrganisationSearchState, vocabulary: SearchVocabulary, programmeIdByCode: Map<string, { id: number }>): Prepared {
  const conditions: SQL[] = [];
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
    const programme = programmeIdByCode.get(state.programme);
    if (programme) conditions.push(sql`${o.programmeIds} @> array[${programme.id}]::integer[]`);
    else possible = false;
  }
  if (state.coordinated) conditions.push(sql`${o.coordinatorCount} > 0`);
  return { state, where: conditions.length ? and(...conditions) : undefined, possible, vocabulary };
}

function orderOf(p: Prepared, sort: OrganisationSort): SQL[] {
  const activity = [desc(o.projectCount), asc(o.sortName), asc(o.organisationId)];
  if (sort === "name") return [asc(o.sortName), asc(o.organisationId)];
  const q = p.state.q.trim();
  if (sort === "relevance" && q) {
    return [
      // "is true": a null short name must rank as no match, not first (DESC puts nulls first).
      desc(sql`(lower(${organisations.name}) = ${q.toLowerCase()} or lower(${organisations.shortName}) = ${q.toLowerCase()}) is true`),
      desc(sql`(${organisations.name} ilike ${prefixPattern(q)} or ${organisations.shortName} ilike ${prefixPattern(q)}) is true`),
      ...activity,
    ];
  }
  return activity;
}

async function pageIds(db: Db, p: Prepared, sort: OrganisationSort): Promise<number[]> {
  const rows = await db
    .select({ id: o.organisationId })
    .from(o)
    .innerJoin(organisations, eq(organisations.id, o.organisationId))
    .where(p.where)
    .orderBy(...orderOf(p, sort))
    .limit(p.state.pageSize)
    .offset(offsetOf(p.state.page, p.state.pageSize));
  return rows.map((r) => r.id);
}

interface CountRow {
  facet: string;
  value: string | null;
  n: number;
}

async function countFacets(db: Db, p: Prepared): Promise<CountRow[]> {
  const { state } = p;
  const where = p.where ? sql`where ${p.where}` : sql``;
  let region: SQL = sql``;
  if (!state.region || nutsLevel(state.region) < 3) {
    const level = state.region ? nutsLevel(state.region) + 1 : 1;
    const column = sql.raw(`nuts${level}`);
    const prefix = state.region ?? state.country ?? "";
    region = sql`union all select 'region', ${column}, count(*)::int from m where ${column} like ${`${prefix}%`} group by ${column}`;
  }
  let theme: SQL = sql`union all select 'theme', v::text, count(*)::int from m cross join unnest(m.theme_roots) v group by v`;
  if (state.theme) {
    const children = (p.vocabulary.children.get(state.theme) ?? []).map((t) => t.id);
    theme = children.length
      ? sql`union all select 'theme', v::text, count(*)::int from m cross join unnest(m.theme_ids) v
            where v in (${sql.join(children.map((id) => sql`${id}`), sql`, `)}) group by v`
      : sql``;
  }
  const result = await db.execute(sql`
    with m as materialized (select ${o}.* from ${o} ${where})
    select 'total' as facet, null as value, count(*)::int as n from m
    union all select 'coordinated', null, count(*)::int from m where coordinator_count > 0
    union all select 'country', country_code, count(*)::int from m where country_code is not null group by country_code
    union all select 'type', type::text, count(*)::int from m group by type
    union all select 'programme', v::text, count(*)::int from m cross join unnest(m.programme_ids) v group by v
    ${region}
    ${theme}`);
  return rowsOf<CountRow>(result).map((r) => ({ facet: r.facet, value: r.value, n: Number(r.n) }));
}

const byCount = (a: FacetValue, b: FacetValue) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label);

export async function searchOrganisationsWithFacets(db: Db, state: OrganisationSearchState): Promise<OrganisationSearchResult> {
  const sort = effectiveOrganisationSort(state);
  const vocabulary = await getSearchVocabulary(db);
  const programmeLabels = await programmesByIdAndCode(db);
  const p = prepare(state, vocabulary, programmeLabels.byCode);
  const counts = p.possible ? await countFacets(db, p) : [];
  const ids = p.possible ? await pageIds(db, p, sort) : [];
  const of = (facet: string) => counts.filter((c) => c.facet === facet && c.value !== null) as (CountRow & { value: string })[];

  const names = await countryLabels(db, [...new Set([...of("country").map((c) => c.value), ...(state.country ? [state.country] : [])])]);
  const facets: OrganisationFacets = {
    country: of("country")
      .map((c) => ({ value: c.value, label: names.get(c.value) ?? c.value, count: c.n, selected: c.value === state.country }))
      .sort(byCount),
    region: await regionFacet(db, state, of("region")),
    type: of("type")
      .filter((c) => isOrganisationType(c.value))
      .map((c) => ({ value: c.value, label: organisationTypeLabel(c.value as never), count: c.n, selected: c.value === state.type }))
      .sort(byCount),
    theme: themeFacet(vocabulary, state.theme, of("theme")),
    programme: of("programme")
      .flatMap((c) => {
        const prog = programmeLabels.byId.get(Number(c.value));
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
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      pic: sql<string | null>`(
        select ${organisationIdentifiers.value} from ${organisationIdentifiers}
        where ${organisationIdentifiers.organisationId} = ${organisations.id} and ${organisationIdentifiers.scheme} = 'pic'
        order by ${organisationIdentifiers.value} limit 1)`,
      type: organisations.type,
      isSme: organisations.isSme,
      countryCode: organisations.countryCode,
      countryName: countries.nameEn,
      city: organisations.city,
      projectCount: sql<number>`(select count(*) from ${participations} pa where pa.organisation_id = ${organisations.id})`.mapWith(Number),
      coordinatorCount: sql<number>`(select count(*) from ${participations} pa where pa.organisation_id = ${organisations.id} and pa.role = 'coordinator')`.mapWith(Number),
    })
    .from(organisations)
    .leftJoin(countries, eq(countries.code, organisations.countryCode))
    .where(inArray(organisations.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
