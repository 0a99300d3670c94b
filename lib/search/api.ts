// The JSON API's side of search params: strict parsing into a state or a 400 body naming each bad
// field and why, and the links of a page of results. Pure: no db, no React.
import {
  parseOrganisationSearchStrict,
  parseProjectSearchStrict,
  SearchParamsError,
  serialiseOrganisationSearchState,
  serialiseProjectSearchState,
  type OrganisationSearchState,
  type ParamIssue,
  type ProjectSearchState,
  type SearchParamsInput,
} from "./params";

export interface ApiErrorBody {
  error: "invalid_parameters";
  message: string;
  issues: ParamIssue[];
}

export type ApiParse<T> = { ok: true; state: T } | { ok: false; status: 400; body: ApiErrorBody };

function parseWith<T>(parse: (params: SearchParamsInput) => T, params: SearchParamsInput): ApiParse<T> {
  try {
    return { ok: true, state: parse(params) };
  } catch (error) {
    if (!(error instanceof SearchParamsError)) throw error;
    return { ok: false, status: 400, body: { error: "invalid_parameters", message: `Invalid parameters: ${error.message}`, issues: error.issues } };
  }
}

export function parseProjectApiParams(params: SearchParamsInput): ApiParse<ProjectSearchState> {
  return parseWith(parseProjectSearchStrict, params);
}

export function parseOrganisationApiParams(params: SearchParamsInput): ApiParse<OrganisationSearchState> {
  return parseWith(parseOrganisationSearchStrict, params);
}

export interface PageLinks {
  self: string;
  next: string | null;
  prev: string | null;
}

/** Links to this page and its neighbours, in canonical form. */
export function pageLinks<T extends { page: number; pageSize: number }>(path: string, state: T, total: number, serialise: (s: T) => string): PageLinks {
  const href = (page: number) => {
    const qs = serialise({ ...state, page });
    return qs ? `${path}?${qs}` : path;
  };
  const pageCount = Math.max(1, Math.ceil(total / state.pageSize));
  return {
    self: href(state.page),
    next: state.page < pageCount ? href(state.page + 1) : null,
    prev: state.page > 1 ? href(Math.min(state.page - 1, pageCount)) : null,
  };
}

export const projectPageLinks = (state: ProjectSearchState, total: number) => pageLinks("/api/projects", state, total, serialiseProjectSearchState);
export const organisationPageLinks = (state: OrganisationSearchState, total: number) =>
  pageLinks("/api/organisations", state, total, serialiseOrganisationSearchState);
