// What a saved search points at: a project search (/search, /projects), an organisation search
// (/organisations), the open interests to browse (/interests) or the match list of an interest (/interests/ID), each with its canonical
// query string (the page left out: a saved search is the search, not one page of it). Pure.
import { interestBrowseHref, parseInterestBrowse, type InterestBrowseParams } from "@/lib/interests/browse-params";
import { applyMatchFilter, parseMatchFilter, type MatchFilter } from "@/lib/interests/match-filter";
import {
  parseOrganisationSearchState,
  parseProjectSearchState,
  serialiseOrganisationSearchState,
  serialiseProjectSearchState,
  type OrganisationSearchState,
  type ProjectSearchState,
} from "@/lib/search/params";
import { parseId } from "@/lib/url-state";

export type SavedTarget =
  | { kind: "projects"; path: "/search" | "/projects"; query: string; interestId: null }
  | { kind: "organisations"; path: "/organisations"; query: string; interestId: null }
  | { kind: "interests"; path: "/interests"; query: string; interestId: null }
  | { kind: "interest"; path: `/interests/${number}`; query: string; interestId: number };

function paramsOf(query: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(query.replace(/^\?/, "")));
}

/** The canonical target of a path and query string as a page has them; null when it is not a search that can be saved. */
export function savedTargetOf(path: string, query: string): SavedTarget | null {
  const params = paramsOf(query);
  if (path === "/search" || path === "/projects") {
    return { kind: "projects", path, query: serialiseProjectSearchState({ ...parseProjectSearchState(params), page: 1 }), interestId: null };
  }
  if (path === "/organisations") {
    return { kind: "organisations", path, query: serialiseOrganisationSearchState({ ...parseOrganisationSearchState(params), page: 1 }), interestId: null };
  }
  if (path === "/interests") {
    return { kind: "interests", path, query: interestBrowseQuery({ ...parseInterestBrowse(params), page: 1 }), interestId: null };
  }
  const interest = /^\/interests\/([^/]+)$/.exec(path);
  const interestId = interest ? parseId(interest[1]) : null;
  if (interestId !== null) {
    return { kind: "interest", path: `/interests/${interestId}`, query: serialiseMatchFilter(parseMatchFilter(params)), interestId };
  }
  return null;
}

export function serialiseMatchFilter(filter: MatchFilter): string {
  const params = new URLSearchParams();
  if (filter.type) params.set("type", filter.type);
  if (filter.country) params.set("country", filter.country);
  return params.toString();
}

/** The address of a saved search. */
export function savedSearchHref(target: { path: string; query: string }): string {
  return target.query ? `${target.path}?${target.query}` : target.path;
}

export function projectStateOf(query: string): ProjectSearchState {
  return parseProjectSearchState(paramsOf(query));
}

export function organisationStateOf(query: string): OrganisationSearchState {
  return parseOrganisationSearchState(paramsOf(query));
}

function interestBrowseQuery(params: InterestBrowseParams): string {
  return interestBrowseHref(params, 1).split("?")[1] ?? "";
}

export function interestBrowseOf(query: string): InterestBrowseParams {
  return { ...parseInterestBrowse(paramsOf(query)), page: 1 };
}

export function matchFilterOf(query: string): MatchFilter {
  return parseMatchFilter(paramsOf(query));
}

/** A match's identity across recomputations: its knowledge-base record, else its registered organisation. */
export function matchKey(match: { organisationId: number | null; profileId: number | null }): string {
  return match.organisationId !== null ? `o:${match.organisationId}` : `p:${match.profileId}`;
}

/** A mutual match's identity in the alerts: the other member's interest. */
export function mutualKey(interestId: number): string {
  return `i:${interestId}`;
}

/** The keys of an interest's matches a saved match list shows (its filters applied, dismissed ones left out). */
export function shownMatchKeys<T extends Parameters<typeof applyMatchFilter>[0][number] & { organisationId: number | null; profileId: number | null }>(
  matches: readonly T[],
  query: string,
): string[] {
  return applyMatchFilter(matches, matchFilterOf(query)).map(matchKey);
}
