// The search state of a list page (/projects, /search, /organisations) from its URL, and the
// canonical address to redirect to when the URL is not it: a GET form leaves empty and stale
// params behind (q=&type=&page=3), and one redirect gives the clean URL worth sharing.
// Canonical URLs serialise to themselves, so following the redirect never loops.
import { queryStringOf, type SearchParamsInput } from "@/lib/url-state";
import {
  parseOrganisationSearchState,
  parseProjectSearchState,
  serialiseOrganisationSearchState,
  serialiseProjectSearchState,
  type OrganisationSearchState,
  type ProjectSearchState,
} from "./params";

export interface PageSearchState<S> {
  state: S;
  /** The canonical query string (no "?"), also a key for the results' Suspense boundary. */
  canonical: string;
  /** Where to go instead, when the URL is not canonical. */
  redirectTo: string | null;
}

function pageState<S>(basePath: string, params: SearchParamsInput, parse: (p: SearchParamsInput) => S, serialise: (s: S) => string): PageSearchState<S> {
  const state = parse(params);
  const canonical = serialise(state);
  const redirectTo = queryStringOf(params) === canonical ? null : canonical ? `${basePath}?${canonical}` : basePath;
  return { state, canonical, redirectTo };
}

export function projectPageState(basePath: string, params: SearchParamsInput): PageSearchState<ProjectSearchState> {
  return pageState(basePath, params, parseProjectSearchState, serialiseProjectSearchState);
}

export function organisationPageState(basePath: string, params: SearchParamsInput): PageSearchState<OrganisationSearchState> {
  return pageState(basePath, params, parseOrganisationSearchState, serialiseOrganisationSearchState);
}
