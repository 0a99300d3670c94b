// The bodies of GET /api/projects and GET /api/organisations (docs/api.md): one page of results
// with the facet counts of the whole result, the links to the neighbouring pages, and the
// attribution the sources' licences ask for. The route handlers parse and validate the params.
import "server-only";
import { organisationPageLinks, projectPageLinks, type PageLinks } from "@/lib/search/api";
import { ATTRIBUTIONS } from "@/lib/importers/sources";
import type { OrganisationSearchState, ProjectSearchState } from "@/lib/search/params";
import type { Db } from "../index";
import type { ProjectListItem } from "../queries/projects";
import { searchOrganisationsWithFacets, type OrganisationFacets, type OrganisationSearchItem } from "./organisations";
import { searchProjectsWithFacets, type ProjectFacets } from "./projects";
import type { PartialMatch, SomeMore, TextQuery } from "./text-query";

const attribution = [...ATTRIBUTIONS];

interface PageBody<T, F> {
  query: Record<string, unknown>;
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: string;
  links: PageLinks;
  results: T[];
  facets: F;
  attribution: { text: string; url: string }[];
}

interface ExpandedThemes {
  /**
   * Null, or when nothing had every part of the text query: the parts (as written), the results
   * having some of them, the most parts first.
   */
  partialMatch: PartialMatch;
  /** Null, or when fewer results than a page have every part of the text query: how many more have some (ask again with `match=any`). */
  someMore: SomeMore;
  /** Null, or when nothing was found: the query with its unknown words spelt as the knowledge base spells them ("Did you mean …"). */
  spelling: string | null;
  /** Themes the text query was expanded through (cross-language search). */
  expandedThemes: { id: number; label: string; matched: string; lang: string; score: number; linked: { id: number; label: string }[] }[];
}

export type ProjectsApiBody = PageBody<ProjectListItem & { url: string }, ProjectFacets> & ExpandedThemes;

export type OrganisationsApiBody = PageBody<OrganisationSearchItem & { url: string }, OrganisationFacets> & ExpandedThemes;

function expandedThemes(themes: TextQuery["themes"]): ExpandedThemes["expandedThemes"] {
  return themes.map((t) => ({ id: t.themeId, label: t.label, matched: t.matched, lang: t.lang, score: Math.round(t.score * 1000) / 1000, linked: t.linked }));
}

export async function projectsApiBody(db: Db, state: ProjectSearchState): Promise<ProjectsApiBody> {
  const result = await searchProjectsWithFacets(db, state);
  return {
    query: { ...state },
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: Math.max(1, Math.ceil(result.total / result.pageSize)),
    sort: result.sort,
    links: projectPageLinks(state, result.total),
    results: result.rows.map((row) => ({ ...row, url: `/projects/${row.id}` })),
    facets: result.facets,
    partialMatch: result.partialMatch,
    someMore: result.someMore,
    spelling: result.spelling,
    expandedThemes: expandedThemes(result.matchedThemes),
    attribution,
  };
}

export async function organisationsApiBody(db: Db, state: OrganisationSearchState): Promise<OrganisationsApiBody> {
  const result = await searchOrganisationsWithFacets(db, state);
  return {
    query: { ...state },
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: Math.max(1, Math.ceil(result.total / result.pageSize)),
    sort: result.sort,
    links: organisationPageLinks(state, result.total),
    results: result.rows.map((row) => ({ ...row, url: `/organisations/${row.id}` })),
    facets: result.facets,
    partialMatch: result.partialMatch,
    someMore: result.someMore,
    spelling: result.spelling,
    expandedThemes: expandedThemes(result.matchedThemes),
    attribution,
  };
}
