// Project search: full-text ranking with cross-language expansion (./text-query), filters on the
// denormalised project_facets (one array test each, served by GIN indexes), facet counts over the
// whole result in one statement, and one page of list rows.
//
// Ranking (sort=relevance, the default with a query):
//   ts_rank over search_vector with the weights A acronym 1.0, B title and matched-theme tokens 0.4,
//   C topic title and theme labels 0.2, D description, results, achievements, programme part 0.1
//   + 10 when the query is the acronym exactly, + 1 when the acronym starts with it;
//   ties: most recent first.
// A query's segments must all match; when no project has all of them ("wood industry cluster"),
// the search runs again for any of them, the most segments first (+ 1 each), and says so
// (`partialMatch`).
import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { organisationTypeLabel, isOrganisationType } from "@/lib/organisation-types";
import { DATA_SOURCES } from "@/lib/importers/sources";
import { programmeLabel } from "@/lib/projects";
import { effectiveProjectSort, nutsLevel, type ProjectSearchState, type ProjectSort } from "@/lib/search/params";
import type { Db } from "../index";
import { listProjectItems, type ProjectListItem } from "../queries/projects";
import { containsPattern, offsetOf, prefixPattern, type Paged } from "../queries/shared";
import { rowsOf } from "../rows";
import { organisations, projectFacets, projectFacetTotals, projects } from "../schema";
import { spellingSuggestion } from "./spelling";
import { allElseSome, buildTextQuery, segmentBits, segmentIndexes, segmentsMatched, tsqSegments, type PartialMatch, type SomeMore, type TextQuery } from "./text-query";
import { forgetSearchVocabulary, getSearchVocabulary, searchReferenceHas, themePath, type SearchVocabulary } from "./vocabulary";

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
  /** Themes only: those the KEEP–EuroSciVoc crosswalk links to the selected one, whose projects count as on it too. */
  linked?: { value: string; label: string }[];
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
  /**
   * Set when no project had every part of the query and the list holds those with some of them, the
   * most parts first: the parts, as the user wrote them ("wood industry", "cluster").
   */
  partialMatch: PartialMatch;
  /** Fewer than a page have every part of the query: how many more have some (the page offers them). */
  someMore: SomeMore;
  /** Nothing found, or nothing with every part: the query with its unknown words spelt as the knowledge base spells them ("Did you mean …"), or null. */
  spelling: string | null;
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

/** The tsquery, computed once per statement by the CTE `tsq`. */
const TSQ = sql`(select q from tsq)`;

/** Saved-search alerts: only the projects first loaded in this window (created_at after `after`, up to `until`). */
export interface FirstLoaded {
  after: Date;
  until?: Date;
}

/** A CORDIS grant number (Horizon Europe's projectID, 9 digits) or record number (Horizon 2020's rcn, 6). */
export const GRANT_NUMBER = /^[0-9]{5,9}$/;

/**
 * The project with this source number (any source: the unique index on source and number serves
 * it); `alias` when the statement names the projects table otherwise.
 */
export function byGrantNumber(q: string, alias?: string): SQL {
  const [externalId, sourceId] = alias ? [sql.raw(`${alias}.external_id`), sql.raw(`${alias}.source_id`)] : [sql`${projects.externalId}`, sql`${projects.sourceId}`];
  return sql`(${externalId} = ${q} and ${sourceId} = any(${sql.param(PROJECT_SOURCES)}::text[]))`;
}
const PROJECT_SOURCES = [DATA_SOURCES.cordisHe.id, DATA_SOURCES.cordisH2020.id, DATA_SOURCES.keep.id];

/** The search's conditions; `text` is the query as buildTextQuery makes it (null without one). */
function prepare(state: ProjectSearchState, vocabulary: SearchVocabulary, firstLoaded: FirstLoaded | undefined, text: TextQuery | null): Prepared {
  const q = state.q.trim();
  const conditions: SQL[] = [];
  if (firstLoaded) conditions.push(sql`${f.projectId} in (${firstLoadedIds(projects, firstLoaded)})`);
  let possible = true;
  if (q) {
    // Full text, or the acronym or title containing the query as typed (a part of an acronym).
    const alternatives: SQL[] = [];
    if (text?.expression) alternatives.push(sql`${projects.searchVector} @@ ${TSQ}`);
    if (q.length >= 3) {
      alternatives.push(sql`(coalesce(${projects.acronym}, '') || ' ' || coalesce(${projects.title}, '')) ilike ${containsPattern(q)}`);
    }
    // A CORDIS grant number (Horizon Europe) or record number (Horizon 2020): that project.
    if (GRANT_NUMBER.test(q)) alternatives.push(byGrantNumber(q));
    if (alternatives.length === 0) possible = false;
    else conditions.push(sql`(${sql.join(alternatives, sql` or `)})`);
  }
  if (state.programme) {
    const programme = vocabulary.programmesByCode.get(state.programme);
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
  if (state.theme) conditions.push(themeCondition(f.searchThemeIds, state.theme));
  return { state, text, where: conditions.length ? and(...conditions) : undefined, joinProjects: Boolean(q), possible, vocabulary };
}

/** The relevance score; see the module comment. */
function relevance(text: TextQuery | null, q: string): SQL {
  let rank = text?.expression ? sql`ts_rank(${projects.searchVector}, ${TSQ})` : sql`0`;
  // Some parts of the query only: the projects with the most parts first.
  if (text?.match === "any") rank = sql`${segmentsMatched(sql`${projects.searchVector}`, sql`(select segs from tsq)`)} + ${rank}`;
  return sql`(${rank}
    ${GRANT_NUMBER.test(q) ? sql`+ case when ${projects.externalId} = ${q} then 20 else 0 end` : sql``}
    + case when lower(${projects.acronym}) = ${q.toLowerCase()} then 10 else 0 end
    + case when ${projects.acronym} ilike ${prefixPattern(q)} then 1 else 0 end)`;
}

/** The order of the result, over the columns of `m` in searchStatement. */
function orderOf(p: Prepared, sort: ProjectSort): SQL {
  const recent = sql`sort_date desc nulls last, project_id desc`;
  if (sort === "budget") return sql`budget desc nulls last, ${recent}`;
  if (sort === "relevance" && p.state.q) return sql`rank desc, ${recent}`;
  return recent;
}

interface CountRow {
  facet: string;
  value: string | null;
  n: number;
}

/** Region level and prefix to count: one below the selected region, else NUTS-1 (of the country). */
function regionScope(state: { country?: string; region?: string }): { level: number; prefix: string } | null {
  if (state.region) {
    const level = nutsLevel(state.region);
    return level < 3 ? { level: level + 1, prefix: state.region } : null;
  }
  return { level: 1, prefix: state.country ?? "" };
}

/**
 * One statement for one page of results and every facet count over the whole result: the
 * matching rows (`m`, only the columns needed) are found once; the counts shown before any
 * drill-down are one unnest of facet_keys; a drill-down (a participant's type within the chosen
 * country, the regions or themes below the chosen one) adds one narrow unnest.
 */
async function searchStatement(db: Db, p: Prepared, sort: ProjectSort): Promise<{ ids: number[]; counts: CountRow[]; segments: Record<number, number[]> }> {
  const { state } = p;
  const from = p.joinProjects ? sql`${f} join ${projects} on ${projects.id} = ${f.projectId}` : sql`${f}`;
  const where = p.where ? sql`where ${p.where}` : sql``;
  const columns: SQL[] = [sql`${f.projectId} as project_id`, sql`${f.facetKeys} as facet_keys`, sql`${f.sortDate} as sort_date`, sql`${f.budget} as budget`];
  const drill: SQL[] = [];
  if (sort === "relevance" && state.q) columns.push(sql`${relevance(p.text, state.q.trim())} as rank`);
  if (state.country) {
    columns.push(sql`${f.countryTypes} as country_types`);
    drill.push(sql`select 'type', substr(v, 4), count(*)::int from (select unnest(country_types) v from m) s where v like ${`${state.country}:%`} group by v`);
  }
  const region = state.region ? regionScope(state) : null;
  if (region) {
    columns.push(sql`${sql.raw(`"project_facets"."nuts${region.level}"`)} as nuts`);
    drill.push(sql`select 'region', v, count(*)::int from (select unnest(nuts) v from m) s where v like ${`${region.prefix}%`} group by v`);
  }
  const children = state.theme ? (p.vocabulary.children.get(state.theme) ?? []).map((t) => t.id) : [];
  if (children.length > 0) {
    columns.push(sql`${f.searchThemeIds} as theme_ids`);
    drill.push(sql`select 'theme', v::text, count(*)::int from (select unnest(theme_ids) v from m) s
      where v in (${sql.join(children.map((id) => sql`${id}`), sql`, `)}) group by v`);
  }
  const tsq = p.text?.expression ? sql`tsq as (select (${p.text.expression}) as q${tsqSegments(p.text)}),` : sql``;
  // Unfiltered: the counts come from project_facet_totals, the page from the sort index.
  const unfiltered = !p.where && !p.joinProjects;
  const counted = unfiltered
    ? sql`select 'key', key, n from ${projectFacetTotals} where key <> 'total' union all select 'total', null, n from ${projectFacetTotals} where key = 'total'`
    : sql`select 'total', null, count(*)::int from m
          union all select 'key', k, count(*)::int from (select unnest(facet_keys) k from m) keys group by k`;
  const result = await db.execute(sql`
    with ${tsq} m as materialized (select ${sql.join(columns, sql`, `)} from ${from} ${where}),
    page as materialized (select project_id from ${unfiltered ? sql`${f}` : sql`m`} order by ${orderOf(p, sort)} limit ${state.pageSize} offset ${offsetOf(state.page, state.pageSize)})
    select 'page' as facet, project_id::text as value, (row_number() over ())::int as n from page
    ${p.text?.match === "any" ? sql`union all select 'segments', pg.project_id::text, ${segmentBits(sql`p.search_vector`, sql`(select segs from tsq)`)} from page pg join ${projects} p on p.id = pg.project_id` : sql``}
    union all ${counted}
    ${sql.join(drill.map((d) => sql`union all ${d}`), sql` `)}`);
  const rows = rowsOf<CountRow>(result).map((r) => ({ facet: r.facet, value: r.value, n: Number(r.n) }));
  const ids = rows.filter((r) => r.facet === "page").sort((a, b) => a.n - b.n).map((r) => Number(r.value));
  // With some parts of the query only: the parts each listed project has, as bits.
  const segments = Object.fromEntries(rows.filter((r) => r.facet === "segments").map((r) => [Number(r.value), segmentIndexes(r.n)]));
  // Keys are "c:DE", "t:sme", "r:DE1", "x:12", "p:3", "q:40": back to facet rows.
  const counts: CountRow[] = [];
  for (const r of rows) {
    if (r.facet !== "key") {
      if (r.facet !== "page" && r.facet !== "segments") counts.push(r);
      continue;
    }
    const facet = KEY_FACETS[r.value!.slice(0, 2)];
    if (!facet) continue;
    const value = r.value!.slice(2);
    if (facet === "type" && state.country) continue; // counted within the country instead
    if (facet === "region" && (region || state.region || !value.startsWith(state.country ?? ""))) continue;
    if (facet === "theme" && state.theme) continue; // children counted instead
    counts.push({ facet, value, n: r.n });
  }
  return { ids, counts, segments };
}

/** How many projects the search finds, and nothing else (the offer of the projects with some parts of a query). */
async function countStatement(db: Db, p: Prepared): Promise<number> {
  const from = p.joinProjects ? sql`${f} join ${projects} on ${projects.id} = ${f.projectId}` : sql`${f}`;
  const tsq = p.text?.expression ? sql`with tsq as (select (${p.text.expression}) as q)` : sql``;
  const result = await db.execute(sql`${tsq} select count(*)::int as n from ${from} ${p.where ? sql`where ${p.where}` : sql``}`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

const KEY_FACETS: Record<string, string> = { "c:": "country", "t:": "type", "r:": "region", "x:": "theme", "p:": "programme", "q:": "part" };

const byCount = (a: FacetValue, b: FacetValue) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label);

/** The ids of a table's rows first loaded in the window (served by its created_at index). */
export function firstLoadedIds(table: typeof projects | typeof organisations, window: FirstLoaded): SQL {
  const until = window.until ? sql` and ${table.createdAt} <= ${window.until.toISOString()}::timestamptz` : sql``;
  return sql`select ${table.id} from ${table} where ${table.createdAt} > ${window.after.toISOString()}::timestamptz${until}`;
}

export async function searchProjectsWithFacets(db: Db, state: ProjectSearchState, firstLoaded?: FirstLoaded): Promise<ProjectSearchResult> {
  const sort = effectiveProjectSort(state);
  let vocabulary = await getSearchVocabulary(db);
  const search = async (text: TextQuery | null) => {
    const p = prepare(state, vocabulary, firstLoaded, text);
    return { p, ...(p.possible ? await searchStatement(db, p, sort) : { ids: [], counts: [], segments: {} }) };
  };
  const q = state.q.trim();
  // No project has every part of the query: those with some of them (not for alerts, which ask what is new).
  const initial = q ? buildTextQuery(vocabulary, q) : null;
  const { result, partialMatch, someMore } = await allElseSome(initial, q, search, (r) => totalOf(r.counts), {
    match: state.match,
    exact: Boolean(firstLoaded),
    fewerThan: state.pageSize,
    count: async (text) => {
      const p = prepare(state, vocabulary, firstLoaded, text);
      return p.possible ? await countStatement(db, p) : 0;
    },
  });
  const { p, ids, counts, segments } = result;
  const idsOf = (facet: string) => counts.filter((c) => c.facet === facet).map((c) => Number(c.value));
  if (!searchReferenceHas(vocabulary, { programmes: idsOf("programme"), parts: idsOf("part"), themes: idsOf("theme") })) {
    // Imported since the names were read: read them again.
    forgetSearchVocabulary(db);
    vocabulary = await getSearchVocabulary(db);
  }
  const total = totalOf(counts);
  return {
    rows: await listProjectItems(db, ids),
    total,
    page: state.page,
    pageSize: state.pageSize,
    sort,
    facets: facetsFrom({ ...p, vocabulary }, counts),
    matchedThemes: p.text?.themes ?? [],
    partialMatch: partialMatch && { ...partialMatch, rows: segments },
    someMore,
    spelling: (total === 0 || (partialMatch && !partialMatch.chosen)) && q && !firstLoaded ? await spellingSuggestion(db, vocabulary, q) : null,
  };
}

const totalOf = (counts: CountRow[]) => counts.find((c) => c.facet === "total")?.n ?? 0;

function facetsFrom(p: Prepared, counts: CountRow[]): ProjectFacets {
  const { state, vocabulary } = p;
  const of = (facet: string) => counts.filter((c) => c.facet === facet && c.value !== null) as (CountRow & { value: string })[];

  const programme = of("programme").flatMap((c) => {
    const prog = vocabulary.programmesById.get(Number(c.value));
    return prog ? [{ value: prog.code, label: programmeLabel(prog), count: c.n, selected: prog.code === state.programme, group: prog.family }] : [];
  });
  const part = of("part").flatMap((c) => {
    const label = vocabulary.parts.get(Number(c.value));
    if (!label) return [];
    const title = label.title.includes(label.code) ? label.title : `${label.title} (${label.code})`;
    return [{ value: c.value, label: title, count: c.n, selected: Number(c.value) === state.part, group: vocabulary.programmesById.get(label.programmeId)?.name }];
  });
  const country = of("country").map((c) => ({ value: c.value, label: vocabulary.countries.get(c.value) ?? c.value, count: c.n, selected: c.value === state.country }));
  const type = of("type")
    .filter((c) => isOrganisationType(c.value))
    .map((c) => ({ value: c.value, label: organisationTypeLabel(c.value as never), count: c.n, selected: c.value === state.type }));
  return {
    programme: programme.sort(byCount),
    part: part.sort(byCount),
    country: country.sort(byCount),
    region: regionFacet(vocabulary, state, of("region")),
    theme: themeFacet(vocabulary, state.theme, of("theme")),
    type: type.sort(byCount),
  };
}

export function regionFacet(vocabulary: SearchVocabulary, state: { country?: string; region?: string }, counts: { value: string; n: number }[]): HierarchyFacet {
  const trailCodes = state.region ? Array.from({ length: nutsLevel(state.region) }, (_, i) => state.region!.slice(0, i + 3)) : [];
  const name = (code: string) => vocabulary.regions.get(code) ?? code;
  return {
    values: counts.map((c) => ({ value: c.value, label: name(c.value), count: c.n, selected: false })).sort(byCount),
    trail: trailCodes.map((code) => ({ value: code, label: name(code) })),
  };
}
/**
 * On a theme (or a narrower one), or on one the KEEP–EuroSciVoc crosswalk links to it or to a
 * narrower one: the KEEP theme "Wood and furniture industry" (which CORDIS projects never carry)
 * also lists the projects tagged "forestry", and "forestry" the Interreg projects on the wood
 * industry — as a text search for either does (db/search/text-query.ts). `searchThemeIds` holds a
 * project's (or organisation's) themes and the themes linked to them, with their ancestors
 * (drizzle/0024), so that the facet counts and the drill-down count what the filter lists.
 */
export function themeCondition(searchThemeIds: SQL | PgColumn, theme: number): SQL {
  return sql`${searchThemeIds} @> array[${theme}]::integer[]`;
}

export function themeFacet(vocabulary: SearchVocabulary, selected: number | undefined, counts: { value: string; n: number }[]): HierarchyFacet {
  const linked = selected ? (vocabulary.linkedThemes.get(selected) ?? []) : [];
  return {
    ...(linked.length > 0 ? { linked: linked.map((id) => ({ value: String(id), label: vocabulary.themes.get(id)?.label ?? String(id) })) } : {}),
    values: counts
      .flatMap((c) => {
        const node = vocabulary.themes.get(Number(c.value));
        return node ? [{ value: c.value, label: node.label, count: c.n, selected: false, group: themeSchemeLabels[node.scheme] }] : [];
      })
      .sort(byCount),
    trail: selected ? themePath(vocabulary, selected).map((t) => ({ value: String(t.id), label: t.label })) : [],
  };
}
