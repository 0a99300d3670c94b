// The search state of /search, /projects, /organisations and the JSON API, parsed from URL
// params with zod. Pages parse leniently (a bad value falls back to its default: a stale or
// hand-edited URL still shows a page); the API parses strictly (a bad value is an error naming the
// field and the reason). Both serialise to one canonical query string, so that a URL is shareable
// and a redirect to it never loops. Pure: no db, no React.
import { z } from "zod";
import { organisationType, type OrganisationType } from "@/db/schema/knowledge";

export const PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Beyond this a page number is someone playing with the URL; it keeps OFFSET bounded. */
export const MAX_PAGE = 10_000;
export const MAX_QUERY_LENGTH = 200;
const MAX_ID = 2_147_483_647; // ids are Postgres `integer`

export const PROJECT_SORTS = ["relevance", "recent", "budget"] as const;
export const ORGANISATION_SORTS = ["relevance", "matching", "projects", "coordinated", "name"] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

export interface ProjectSearchState {
  q: string;
  programme?: string; // programme code: HORIZON, INTERREG-IIIB-CADSES …
  part?: number; // programme part id
  country?: string; // country code of any participant (CORDIS/Eurostat: EL, UK …)
  region?: string; // NUTS code (1 to 3) of any participant
  theme?: number; // theme id; projects on it or any of its descendants
  type?: OrganisationType; // type of any participant (of the same participant as `country`)
  sort?: ProjectSort; // absent: relevance with a query, else recent
  match?: "any"; // the results with some parts of the query, not only those with all (absent: all)
  page: number;
  pageSize: number;
}

export interface OrganisationSearchState {
  q: string;
  country?: string;
  region?: string;
  type?: OrganisationType;
  theme?: number; // a theme of its projects
  programme?: string; // a programme it took part in
  coordinated?: boolean; // has coordinated (led) at least one project
  sort?: OrganisationSort; // absent: relevance with a query, else projects
  match?: "any"; // by projects with some parts of the query, not only those with all (absent: all)
  page: number;
  pageSize: number;
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const idMessage = `must be a whole number from 1 to ${MAX_ID}`;

/** One schema per param; `lenient` replaces a bad value with undefined. */
const fields = {
  q: z
    .string()
    .max(MAX_QUERY_LENGTH * 5, `must be at most ${MAX_QUERY_LENGTH} characters`)
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .refine((s) => s.length <= MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
  programme: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be a programme code such as HORIZON"),
  part: z.string().regex(/^[1-9][0-9]{0,9}$/, idMessage).transform(Number).refine((n) => n <= MAX_ID, idMessage),
  theme: z.string().regex(/^[1-9][0-9]{0,9}$/, idMessage).transform(Number).refine((n) => n <= MAX_ID, idMessage),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "must be a two-letter country code such as DE or EL")
    .transform((s) => s.toUpperCase()),
  region: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}[A-Za-z0-9]{1,3}$/, "must be a NUTS code of level 1 to 3 such as DE1, DE11 or DE111")
    .transform((s) => s.toUpperCase()),
  type: z.enum(organisationType.enumValues, { error: `must be one of ${organisationType.enumValues.join(", ")}` }),
  coordinated: z.enum(["1", "true", "0", "false"], { error: "must be 1, true, 0 or false" }).transform((s) => s === "1" || s === "true"),
  page: z.string().regex(/^[0-9]+$/, "must be a whole number").transform(Number).refine((n) => n >= 1 && n <= MAX_PAGE, `must be from 1 to ${MAX_PAGE}`),
  pageSize: z.string().regex(/^[0-9]+$/, "must be a whole number").transform(Number).refine((n) => n >= 1 && n <= MAX_PAGE_SIZE, `must be from 1 to ${MAX_PAGE_SIZE}`),
  projectSort: z.enum(PROJECT_SORTS, { error: `must be one of ${PROJECT_SORTS.join(", ")}` }),
  organisationSort: z.enum(ORGANISATION_SORTS, { error: `must be one of ${ORGANISATION_SORTS.join(", ")}` }),
  match: z.enum(["all", "any"], { error: "must be all or any" }),
};

const PROJECT_PARAMS = ["q", "programme", "part", "country", "region", "theme", "type", "sort", "match", "page", "pageSize"] as const;
const ORGANISATION_PARAMS = ["q", "country", "region", "type", "theme", "programme", "coordinated", "sort", "match", "page", "pageSize"] as const;

type Schema = z.ZodType<unknown, string>;

function schemaFor(kind: "project" | "organisation", key: string): Schema {
  if (key === "sort") return (kind === "project" ? fields.projectSort : fields.organisationSort) as Schema;
  return fields[key as keyof typeof fields] as Schema;
}

export interface ParamIssue {
  field: string;
  reason: string;
}

export class SearchParamsError extends Error {
  constructor(readonly issues: ParamIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.reason}`).join("; "));
    this.name = "SearchParamsError";
  }
}

function valuesOf(params: SearchParamsInput, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function keysOf(params: SearchParamsInput): string[] {
  return params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params).filter((k) => params[k] !== undefined);
}

type Raw = Record<string, unknown>;

/** Parses every known param; strict mode collects the issues, lenient mode drops bad values. */
function parseFields(kind: "project" | "organisation", params: SearchParamsInput, strict: boolean): { values: Raw; issues: ParamIssue[] } {
  const known: readonly string[] = kind === "project" ? PROJECT_PARAMS : ORGANISATION_PARAMS;
  const values: Raw = {};
  const issues: ParamIssue[] = [];
  if (strict) {
    for (const key of keysOf(params)) if (!known.includes(key)) issues.push({ field: key, reason: `is not a parameter (known: ${known.join(", ")})` });
  }
  for (const key of known) {
    const all = valuesOf(params, key);
    if (strict && all.length > 1) {
      issues.push({ field: key, reason: "must be given once" });
      continue;
    }
    const raw = all[0];
    if (raw === undefined || raw === "") continue; // absent or empty: the default
    const parsed = schemaFor(kind, key).safeParse(raw);
    if (parsed.success) values[key] = parsed.data;
    else if (strict) issues.push({ field: key, reason: parsed.error.issues[0]?.message ?? "is not valid" });
  }
  return { values, issues };
}

/** A region must lie in the country when both are given (DE11 is in DE). */
function regionIssue(values: Raw): ParamIssue | null {
  const { country, region } = values as { country?: string; region?: string };
  return country && region && !region.startsWith(country) ? { field: "region", reason: `${region} is not in country ${country}` } : null;
}

function finish<T extends { q: string; page: number; pageSize: number; sort?: string; match?: "any" }>(values: Raw, defaultSortWithoutQuery: string): T {
  const state = { q: "", page: 1, pageSize: PAGE_SIZE, ...values } as T;
  // "all" is the default, and "any" means nothing without a query.
  if ((state.match as string | undefined) === "all" || !state.q) delete state.match;
  // "relevance" means nothing without a query, and the default sort is left out of URLs.
  if (state.sort === (state.q ? "relevance" : defaultSortWithoutQuery) || (!state.q && state.sort === "relevance")) delete state.sort;
  return state;
}

function parse<T extends { q: string; page: number; pageSize: number; sort?: string }>(
  kind: "project" | "organisation",
  params: SearchParamsInput,
  strict: boolean,
): T {
  const { values, issues } = parseFields(kind, params, strict);
  const region = regionIssue(values);
  if (region) {
    if (strict) issues.push(region);
    else delete values.region;
  }
  if (!strict) delete values.pageSize; // pages show PAGE_SIZE rows
  if (strict && issues.length > 0) throw new SearchParamsError(issues);
  return finish<T>(values, kind === "project" ? "recent" : "projects");
}

/** Lenient: for pages. */
export function parseProjectSearchState(params: SearchParamsInput): ProjectSearchState {
  return parse<ProjectSearchState>("project", params, false);
}

export function parseOrganisationSearchState(params: SearchParamsInput): OrganisationSearchState {
  return parse<OrganisationSearchState>("organisation", params, false);
}

/** Strict: for the API. Throws SearchParamsError naming each bad field and why. */
export function parseProjectSearchStrict(params: SearchParamsInput): ProjectSearchState {
  return parse<ProjectSearchState>("project", params, true);
}

export function parseOrganisationSearchStrict(params: SearchParamsInput): OrganisationSearchState {
  return parse<OrganisationSearchState>("organisation", params, true);
}

/** The sort in force: the one asked for, else relevance with a query, else the list's own order. */
export function effectiveProjectSort(state: Pick<ProjectSearchState, "q" | "sort">): ProjectSort {
  return state.sort ?? (state.q ? "relevance" : "recent");
}

export function effectiveOrganisationSort(state: Pick<OrganisationSearchState, "q" | "sort">): OrganisationSort {
  return state.sort ?? (state.q ? "relevance" : "projects");
}

type Entries = [string, string | undefined][];

function serialise(entries: Entries): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined && value !== "") params.set(key, value);
  return params.toString();
}

const str = (v: number | undefined) => (v === undefined ? undefined : String(v));
const pageOf = (page: number | undefined) => (page && page > 1 ? String(page) : undefined);
const pageSizeOf = (size: number | undefined) => (size && size !== PAGE_SIZE ? String(size) : undefined);

/** The canonical query string of a project search: defaults left out, params in a fixed order. */
export function serialiseProjectSearchState(s: Partial<ProjectSearchState>): string {
  return serialise([
    ["q", s.q],
    ["programme", s.programme],
    ["part", str(s.part)],
    ["country", s.country],
    ["region", s.region],
    ["theme", str(s.theme)],
    ["type", s.type],
    ["sort", s.sort && s.sort !== (s.q ? "relevance" : "recent") ? s.sort : undefined],
    ["match", s.q ? s.match : undefined],
    ["page", pageOf(s.page)],
    ["pageSize", pageSizeOf(s.pageSize)],
  ]);
}

export function serialiseOrganisationSearchState(s: Partial<OrganisationSearchState>): string {
  return serialise([
    ["q", s.q],
    ["country", s.country],
    ["region", s.region],
    ["type", s.type],
    ["theme", str(s.theme)],
    ["programme", s.programme],
    ["coordinated", s.coordinated ? "1" : undefined],
    ["sort", s.sort && s.sort !== (s.q ? "relevance" : "projects") ? s.sort : undefined],
    ["match", s.q ? s.match : undefined],
    ["page", pageOf(s.page)],
    ["pageSize", pageSizeOf(s.pageSize)],
  ]);
}

/**
 * The state with `patch` applied. Changing anything but the page goes back to page 1, since the
 * old page number means nothing in the new result; dropping the country drops its region too.
 */
export function patchState<T extends { page: number; country?: string; region?: string }>(state: T, patch: Partial<T>): T {
  const next = { ...state, ...patch };
  for (const key of Object.keys(patch) as (keyof T)[]) if (patch[key] === undefined) delete next[key];
  if (Object.keys(patch).some((key) => key !== "page") && !("page" in patch)) next.page = 1;
  if (next.region && next.country && !next.region.startsWith(next.country)) delete next.region;
  if ("country" in patch && patch.country === undefined) delete next.region;
  return next;
}

export function projectSearchUrl(basePath: string, state: ProjectSearchState, patch: Partial<ProjectSearchState> = {}): string {
  const qs = serialiseProjectSearchState(patchState(state, patch));
  return qs ? `${basePath}?${qs}` : basePath;
}

export function organisationSearchUrl(basePath: string, state: OrganisationSearchState, patch: Partial<OrganisationSearchState> = {}): string {
  const qs = serialiseOrganisationSearchState(patchState(state, patch));
  return qs ? `${basePath}?${qs}` : basePath;
}

/** Whether anything narrows the list (the page and the sort do not). */
export function isNarrowed(state: ProjectSearchState | OrganisationSearchState): boolean {
  const ignored = new Set(["q", "page", "pageSize", "sort"]);
  return Boolean(state.q) || Object.entries(state).some(([key, v]) => !ignored.has(key) && v !== undefined && v !== false);
}

/** NUTS level of a code: DE1 → 1, DE11 → 2, DE111 → 3. */
export function nutsLevel(code: string): number {
  return code.length - 2;
}

/** The region one level up, or undefined for a NUTS-1 region. */
export function parentRegion(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, -1) : undefined;
}
