// Project search: full-text ranking with cross-language expansion (./text-query), filters on the
// denormalised project_facets (one array test each, served by GIN indexes), facet counts over the
// whole result in one statement, and one page of list rows.
//
// Ranking (sort=relevance, the default with a query):
//   ts_rank over search_vector with the weights A acronym 1.0, B title and matched-theme tokens 0.4,
//   C topic title and theme labels 0.2, D description, results, achievements, programme part 0.1
//   + 10 when the query is the acronym exactly, + 1 when the acronym starts with it;
//   ties: most recent first.
import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { organisationTypeLabel, isOrganisationType } from "@/lib/organisation-types";
import { programmeLabel } from "@/lib/projects";
import { effectiveProjectSort, nutsLevel, type ProjectSearchState, type ProjectSort } from "@/lib/search/params";
import type { Db } from "../index";
import { listProjectItems, type ProjectListItem } from "../queries/projects";
import { containsPattern, offsetOf, prefixPattern, type Paged } from "../queries/shared";
import { rowsOf } from "../rows";
import { projectFacets, projects } from "../schema";
import { countryLabels, partLabels, programmesByIdAndCode, regionLabels } from "./labels";
import { buildTextQuery, type TextQuery } from "./text-query";
import { getSearchVocabulary, themePath, type SearchVocabulary } from "./vocabulary";

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
  /** What groups the value in a list: a programme's family, a theme's scheme. */
  group?: string;
}

/** A facet over a hierarchy: the values one level below the selected one, and the way up to it. */
export interface HierarchyFacet {
  values: FacetValue[];
  /** The selected value and its ancestors, broadest first (empty when nothing is selected). */
  trail: { value: string; label: string }[];
}

export interface ProjectFacets {
  programme: FacetValue[];
  part: FacetValue[];
  country: FacetValue[];
  region: HierarchyFacet;
  theme: HierarchyFacet;
  type: FacetValue[];
}

export interface ProjectSearchResult extends Paged<ProjectListItem> {
  sort: ProjectSort;
  facets: ProjectFacets;
  /** Themes the query was expanded through (cross-language), best first. */
  matchedThemes: TextQuery["themes"];
}

export const themeSchemeLabels = { keep: "Interreg themes", euroscivoc: "Fields of science (EuroSciVoc)" } as const;

interface Prepared {
  state: ProjectSearchState;
  text: TextQuery | null;
  /** Conditions on project_facets and (with a query) projects. */
  where: SQL | undefined;
  joinProjects: boolean;
  /** False when the query can match nothing (no searchable word, unknown programme). */
  possible: boolean;
  vocabulary: SearchVocabulary;
}

const f = projectFacets;

async function prepare(db: Db, state: ProjectSearchState, programmeIdByCode: Map<string, { id: number }>): Promise<Prepared> {
  const vocabulary = await getSearchVocabulary(db);
  const q = state.q.trim();
  const text = q ? await buildTextQuery(db, q, vocabulary) : null;
  const conditions: SQL[] = [];
  let possible = true;
  if (q) {
    // Full text, or the acronym or title containing the query as typed (a part of an acronym).
    const alternatives: SQL[] = [];
    if (text?.tsquery) alternatives.push(sql`${projects.searchVector} @@ ${text.tsquery}::tsquery`);
    if (q.length >= 3) {
      alternatives.push(sql`(coalesce(${projects.acronym}, '') || ' ' || coalesce(${projects.title}, '')) ilike ${containsPattern(q)}`);
    }
    if (alternatives.length === 0) possible = false;
    else conditions.push(sql`(${sql.join(alternatives, sql` or `)})`);
  }
  if (state.programme) {
    const programme = programmeIdByCode.get(state.programme);
    if (programme) conditions.push(eq(f.programmeId, programme.id));
    else possible = false;
  }
  if (state.part) conditions.push(eq(f.programmePartId, state.part));
  if (state.country && state.type) conditions.push(sql`${f.countryTypes} @> array[${`${state.country}:${state.type}`}]::text[]`);
  else if (state.country) conditions.push(sql`${f.countryCodes} @> array[${state.country}]::text[]`);
  else if (state.type) conditions.push(sql`${f.organisationTypes} @> array[${state.type}]::text[]`);
  if (state.region) {
    const column = [f.nuts1, f.nuts2, f.nuts3][nutsLevel(state.region) - 1]!;
    conditions.push(sql`${column} @> array[${state.region}]::text[]`);
  }
  if (state.theme) conditions.push(sql`${f.themeIds} @> array[${state.theme}]::integer[]`);
  return { state, text, where: conditions.length ? and(...conditions) : undefined, joinProjects: Boolean(q), possible, vocabulary };
}

/** The relevance score; see the module comment. */
function relevance(text: TextQuery | null, q: string): SQL {
  const rank = text?.tsquery ? sql`ts_rank(${projects.searchVector}, ${text.tsquery}::tsquery)` : sql`0`;
  return sql`(${rank}
    + case when lower(${projects.acronym}) = ${q.toLowerCase()} then 10 else 0 end
    + case when ${projects.acronym} ilike ${prefixPattern(q)} then 1 else 0 end)`;
}

function orderOf(p: Prepared, sort: ProjectSort): SQL[] {
  const recent = [sql`${f.sortDate} desc nulls last`, desc(f.projectId)];
  if (sort === "budget") return [sql`${f.budget} desc nulls last`, ...recent];
  if (sort === "relevance" && p.state.q) return [sql`${relevance(p.text, p.state.q.trim())} desc`, ...recent];
  return recent;
}

async function pageIds(db: Db, p: Prepared, sort: ProjectSort): Promise<number[]> {
  const base = db.select({ id: f.projectId }).from(f).$dynamic();
  const joined = p.joinProjects ? base.innerJoin(projects, eq(projects.id, f.projectId)) : base;
  const rows = await joined
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

/** Region level and prefix to count: one below the selected region, else NUTS-1 (of the country). */
function regionScope(state: ProjectSearchState | { country?: string; region?: string }): { level: number; prefix: string } | null {
  if (state.region) {
    const level = nutsLevel(state.region);
    return level < 3 ? { level: level + 1, prefix: state.region } : null;
  }
  return { level: 1, prefix: state.country ?? "" };
}

/** Themes to count: the children of the selected theme, else the top-level themes. */
function themeScope(vocabulary: SearchVocabulary, selected: number | undefined): number[] | "roots" {
  if (!selected) return "roots";
  return (vocabulary.children.get(selected) ?? []).map((t) => t.id);
}

async function countFacets(db: Db, p: Prepared): Promise<CountRow[]> {
  const from = p.joinProjects ? sql`${f} join ${projects} on ${projects.id} = ${f.projectId}` : sql`${f}`;
  const where = p.where ? sql`where ${p.where}` : sql``;
  const region = regionScope(p.state);
  const themes = themeScope(p.vocabulary, p.state.theme);
  const nuts = region ? sql.raw(`nuts${region.level}`) : null;
  const types = p.state.country
    ? sql`select 'type', substr(v, 4), count(*)::int from m cross join unnest(m.country_types) v where v like ${`${p.state.country}:%`} group by v`
    : sql`select 'type', v, count(*)::int from m cross join unnest(m.organisation_types) v group by v`;
  const themeCounts =
    themes === "roots"
      ? sql`select 'theme', v::text, count(*)::int from m cross join unnest(m.theme_roots) v group by v`
      : themes.length > 0
        ? sql`select 'theme', v::text, count(*)::int from m cross join unnest(m.theme_ids) v
              where v in (${sql.join(themes.map((id) => sql`${id}`), sql`, `)}) group by v`
        : null;
  const result = await db.execute(sql`
    with m as materialized (select ${f}.* from ${from} ${where})
    select 'total' as facet, null as value, count(*)::int as n from m
    union all select 'programme', programme_id::text, count(*)::int from m group by programme_id
    union all select 'part', programme_part_id::text, count(*)::int from m where programme_part_id is not null group by programme_part_id
    union all select 'country', v, count(*)::int from m cross join unnest(m.country_codes) v group by v
    union all ${types}
    ${nuts && region ? sql`union all select 'region', v, count(*)::int from m cross join unnest(m.${nuts}) v where v like ${`${region.prefix}%`} group by v` : sql``}
    ${themeCounts ? sql`union all ${themeCounts}` : sql``}`);
  return rowsOf<CountRow>(result).map((r) => ({ facet: r.facet, value: r.value, n: Number(r.n) }));
}

const byCount = (a: FacetValue, b: FacetValue) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label);

export async function searchProjectsWithFacets(db: Db, state: ProjectSearchState): Promise<ProjectSearchResult> {
  const sort = effectiveProjectSort(state);
  const programmeLabels = await programmesByIdAndCode(db);
  const p = await prepare(db, state, programmeLabels.byCode);
  const empty: ProjectSearchResult = {
    rows: [],
    total: 0,
    page: state.page,
    pageSize: state.pageSize,
    sort,
    facets: { programme: [], part: [], country: [], region: { values: [], trail: [] }, theme: { values: [], trail: [] }, type: [] },
    matchedThemes: p.text?.themes ?? [],
  };
  if (!p.possible) return { ...empty, facets: await facetsFrom(db, p, [], programmeLabels.byId) };

  const [ids, counts] = [await pageIds(db, p, sort), await countFacets(db, p)];
  const total = counts.find((c) => c.facet === "total")?.n ?? 0;
  return {
    rows: await listProjectItems(db, ids),
    total,
    page: state.page,
    pageSize: state.pageSize,
    sort,
    facets: await facetsFrom(db, p, counts, programmeLabels.byId),
    matchedThemes: p.text?.themes ?? [],
  };
}

async function facetsFrom(
  db: Db,
  p: Prepared,
  counts: CountRow[],
  programmeById: Map<number, { code: string; name: string; family: string; period: string | null }>,
): Promise<ProjectFacets> {
  const { state, vocabulary } = p;
  const of = (facet: string) => counts.filter((c) => c.facet === facet && c.value !== null) as (CountRow & { value: string })[];

  const programme = of("programme").flatMap((c) => {
    const prog = programmeById.get(Number(c.value));
    return prog ? [{ value: prog.code, label: programmeLabel(prog), count: c.n, selected: prog.code === state.programme, group: prog.family }] : [];
  });
  const partIds = [...of("part").map((c) => Number(c.value)), ...(state.part ? [state.part] : [])];
  const parts = await partLabels(db, [...new Set(partIds)]);
  const part = of("part").flatMap((c) => {
    const label = parts.get(Number(c.value));
    if (!label) return [];
    const title = label.title === label.code ? label.title : `${label.title} (${label.code})`;
    return [{ value: c.value, label: title, count: c.n, selected: Number(c.value) === state.part, group: programmeById.get(label.programmeId)?.name }];
  });
  const countryCodes = [...new Set([...of("country").map((c) => c.value), ...(state.country ? [state.country] : [])])];
  const countryNames = await countryLabels(db, countryCodes);
  const country = of("country").map((c) => ({ value: c.value, label: countryNames.get(c.value) ?? c.value, count: c.n, selected: c.value === state.country }));
  const type = of("type")
    .filter((c) => isOrganisationType(c.value))
    .map((c) => ({ value: c.value, label: organisationTypeLabel(c.value as never), count: c.n, selected: c.value === state.type }));

  const region = await regionFacet(db, state, of("region"));
  const theme = themeFacet(vocabulary, state.theme, of("theme"));
  return {
    programme: programme.sort(byCount),
    part: part.sort(byCount),
    country: country.sort(byCount),
    region,
    theme,
    type: type.sort(byCount),
  };
}

export async function regionFacet(db: Db, state: { country?: string; region?: string }, counts: { value: string; n: number }[]): Promise<HierarchyFacet> {
  const trailCodes = state.region ? Array.from({ length: nutsLevel(state.region) }, (_, i) => state.region!.slice(0, i + 3)) : [];
  const names = await regionLabels(db, [...new Set([...counts.map((c) => c.value), ...trailCodes])]);
  return {
    values: counts
      .map((c) => ({ value: c.value, label: names.get(c.value) ?? c.value, count: c.n, selected: false }))
      .sort(byCount),
    trail: trailCodes.map((code) => ({ value: code, label: names.get(code) ?? code })),
  };
}

export function themeFacet(vocabulary: SearchVocabulary, selected: number | undefined, counts: { value: string; n: number }[]): HierarchyFacet {
  return {
    values: counts
      .flatMap((c) => {
        const node = vocabulary.themes.get(Number(c.value));
        return node ? [{ value: c.value, label: node.label, count: c.n, selected: false, group: themeSchemeLabels[node.scheme] }] : [];
      })
      .sort(byCount),
    trail: selected ? themePath(vocabulary, selected).map((t) => ({ value: String(t.id), label: t.label })) : [],
  };
}
