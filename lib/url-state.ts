// Search state lives in the URL. These are the pure parse/serialise functions for the list pages'
// search params, and for the ids in detail URLs. A bad value is ignored (it falls back to its
// default), never an error: a hand-edited or stale URL still shows a page.
import { z } from "zod";
import { organisationType, type OrganisationType } from "@/db/schema/knowledge";

export const PAGE_SIZE = 20;
/** Beyond this a page number is someone playing with the URL; it keeps OFFSET bounded. */
export const MAX_PAGE = 10_000;
export const MAX_QUERY_LENGTH = 200;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export interface ProjectSearch {
  q: string;
  programme?: string; // programme code, e.g. HORIZON or INTERREG-IIIB-CADSES
  country?: string; // country code of any participant (CORDIS/Eurostat: EL, UK …)
  type?: OrganisationType; // organisation type of any participant
  page: number;
}

export interface OrganisationSearch {
  q: string;
  country?: string;
  type?: OrganisationType;
  page: number;
}

const query = z
  .string()
  .transform((s) => s.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH))
  .catch("");
const page = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);
const programmeCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
  .optional()
  .catch(undefined);
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/)
  .optional()
  .catch(undefined);
const type = z.enum(organisationType.enumValues).optional().catch(undefined);

/** The first value of a param: `?q=a&q=b` reads as "a"; absent or empty as undefined. */
function first(params: SearchParamsInput, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const one = Array.isArray(value) ? value[0] : value;
  return one === null || one === undefined || one === "" ? undefined : one;
}

export function parseProjectSearch(params: SearchParamsInput): ProjectSearch {
  return dropUndefined({
    q: query.parse(first(params, "q") ?? ""),
    programme: programmeCode.parse(first(params, "programme")),
    country: countryCode.parse(first(params, "country")),
    type: type.parse(first(params, "type")),
    page: page.parse(first(params, "page") ?? 1),
  });
}

export function parseOrganisationSearch(params: SearchParamsInput): OrganisationSearch {
  return dropUndefined({
    q: query.parse(first(params, "q") ?? ""),
    country: countryCode.parse(first(params, "country")),
    type: type.parse(first(params, "type")),
    page: page.parse(first(params, "page") ?? 1),
  });
}

/** The params of a search, defaults left out, in a stable order: "q=cluster&country=DE&page=2". */
export function serialiseProjectSearch(search: Partial<ProjectSearch>): string {
  return serialise([
    ["q", search.q],
    ["programme", search.programme],
    ["country", search.country],
    ["type", search.type],
    ["page", search.page && search.page > 1 ? String(search.page) : undefined],
  ]);
}

export function serialiseOrganisationSearch(search: Partial<OrganisationSearch>): string {
  return serialise([
    ["q", search.q],
    ["country", search.country],
    ["type", search.type],
    ["page", search.page && search.page > 1 ? String(search.page) : undefined],
  ]);
}

/**
 * The URL of the project list with `patch` applied. Changing anything but the page goes back to
 * page 1, since the old page number means nothing in the new result.
 */
export function projectSearchHref(search: ProjectSearch, patch: Partial<Record<keyof ProjectSearch, string | number | undefined>> = {}): string {
  const next = applyPatch(search, patch);
  const qs = serialiseProjectSearch(next as Partial<ProjectSearch>);
  return qs ? `/projects?${qs}` : "/projects";
}

export function organisationSearchHref(
  search: OrganisationSearch,
  patch: Partial<Record<keyof OrganisationSearch, string | number | undefined>> = {},
): string {
  const next = applyPatch(search, patch);
  const qs = serialiseOrganisationSearch(next as Partial<OrganisationSearch>);
  return qs ? `/organisations?${qs}` : "/organisations";
}

/** Whether any filter or query narrows the list (the page number does not). */
export function isFiltered(search: { q: string; programme?: string; country?: string; type?: string }): boolean {
  return Boolean(search.q || search.programme || search.country || search.type);
}

const ID = /^[1-9][0-9]{0,9}$/;
const MAX_ID = 2_147_483_647; // the ids are Postgres `integer`

/** A database id from a URL segment: a positive integer in range, written plainly; null otherwise. */
export function parseId(raw: string | undefined): number | null {
  if (raw === undefined || !ID.test(raw)) return null;
  const id = Number(raw);
  return id <= MAX_ID ? id : null;
}

/** A page number from a search param (detail pages that page a sub-list). */
export function parsePage(raw: string | string[] | undefined): number {
  return page.parse((Array.isArray(raw) ? raw[0] : raw) ?? 1);
}

function applyPatch<T extends { page: number }>(search: T, patch: Partial<Record<keyof T, string | number | undefined>>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...search, ...patch };
  const changesMoreThanPage = Object.keys(patch).some((key) => key !== "page");
  if (changesMoreThanPage && !("page" in patch)) next.page = 1;
  return next;
}

function serialise(entries: [string, string | undefined][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value) params.set(key, value);
  return params.toString();
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The page numbers a pager shows around `current`: the first, the last, and up to `radius`
 * either side, with "gap" where pages are left out. [1, "gap", 4, 5, 6, "gap", 12]
 */
export function pageWindow(current: number, pageCount: number, radius = 1): (number | "gap")[] {
  if (pageCount <= 1) return pageCount === 1 ? [1] : [];
  const page = Math.min(Math.max(1, current), pageCount);
  const out: (number | "gap")[] = [];
  let last = 0;
  for (let n = 1; n <= pageCount; n++) {
    const shown = n === 1 || n === pageCount || Math.abs(n - page) <= radius;
    if (!shown) continue;
    if (n - last === 2) out.push(n - 1); // a gap of one page: show the page instead of "…"
    else if (n - last > 2) out.push("gap");
    out.push(n);
    last = n;
  }
  return out;
}

/** The number of pages for `total` rows (at least 1, so that "page 1 of 1" reads right when empty). */
export function pageCountOf(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The query string a search-params object stands for, in its own order ("" when empty). */
export function queryStringOf(params: SearchParamsInput): string {
  if (params instanceof URLSearchParams) return params.toString();
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const v of value) pairs.push([key, v]);
    else if (value !== undefined) pairs.push([key, value]);
  }
  return new URLSearchParams(pairs).toString();
}
