// The regional view (/regions): where a theme's or a programme's projects and partners are, by
// country and down the NUTS levels. This module holds its URL state (parse and serialise), the
// drill-down (which level a place is at, the way up to it, what lies one level below) and the
// ordering and colour bins of its rows. Pure: no db, no React.
import { z } from "zod";
import type { SearchParamsInput } from "@/lib/url-state";

export const REGIONAL_SORTS = ["projects", "organisations", "name"] as const;
export type RegionalSort = (typeof REGIONAL_SORTS)[number];

export interface RegionalState {
  programme?: string; // programme code: HORIZON, H2020, INTERREG-IIIB-CADSES …
  part?: number; // programme part id (only with its programme)
  theme?: number; // theme id; its sub-themes count too
  country?: string; // drill into a country (CORDIS/Eurostat code: DE, EL, UK)
  region?: string; // and then into a NUTS region of it (DE1, DE11); always starts with `country`
  sort: RegionalSort;
}

const MAX_ID = 2_147_483_647;
const id = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .refine((n) => n <= MAX_ID)
  .optional()
  .catch(undefined);
const fields = {
  programme: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)
    .optional()
    .catch(undefined),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  region: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}[A-Z0-9]{1,2}$/)
    .optional()
    .catch(undefined),
  sort: z.enum(REGIONAL_SORTS).catch("projects"),
};

function first(params: SearchParamsInput, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const one = Array.isArray(value) ? value[0] : value;
  return one === null || one === undefined || one === "" ? undefined : one;
}

/**
 * The state of /regions from its URL, leniently: a bad value is dropped. A region needs its
 * country (it is inferred from the region's first two letters when missing, and dropped when it
 * belongs to another country); a programme part needs its programme. The deepest region that can
 * be drilled into is NUTS 2, whose NUTS-3 regions are the last level shown.
 */
export function parseRegionalState(params: SearchParamsInput): RegionalState {
  const programme = fields.programme.parse(first(params, "programme"));
  const part = programme ? id.parse(first(params, "part")) : undefined;
  const theme = id.parse(first(params, "theme"));
  let country = fields.country.parse(first(params, "country"));
  let region = fields.region.parse(first(params, "region"));
  if (region && !country) country = region.slice(0, 2);
  if (region && !region.startsWith(country!)) region = undefined;
  const sort = fields.sort.parse(first(params, "sort") ?? "projects");
  return dropUndefined({ programme, part, theme, country, region, sort });
}

export function serialiseRegionalState(s: Partial<RegionalState>): string {
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ["theme", s.theme],
    ["programme", s.programme],
    ["part", s.programme ? s.part : undefined],
    ["country", s.country],
    ["region", s.country ? s.region : undefined],
    ["sort", s.sort && s.sort !== "projects" ? s.sort : undefined],
  ];
  for (const [key, value] of entries) if (value !== undefined && value !== "") params.set(key, String(value));
  return params.toString();
}

/**
 * The URL of the regional view with `patch` applied (a key set to undefined is removed). Changing
 * the programme drops its part; changing the country drops the region.
 */
export function regionalHref(state: RegionalState, patch: Partial<Record<keyof RegionalState, string | number | undefined>> = {}): string {
  const next: Partial<RegionalState> = { ...state, ...(patch as Partial<RegionalState>) };
  if ("programme" in patch && patch.programme !== state.programme && !("part" in patch)) delete next.part;
  if ("country" in patch && patch.country !== state.country && !("region" in patch)) delete next.region;
  const qs = serialiseRegionalState(next);
  return qs ? `/regions?${qs}` : "/regions";
}

/** The place the view is drilled into: nothing (Europe), a country, or a NUTS region. */
export function selectedPlace(state: Pick<RegionalState, "country" | "region">): string | undefined {
  return state.region ?? state.country;
}

/**
 * The level the rows are at when the view is drilled into `place`: 0 for countries (nothing
 * chosen), else one NUTS level below the place (a country's NUTS-1 regions, a NUTS-1 region's
 * NUTS-2 regions …). Null when `place` is a NUTS-3 region: there is nothing below it.
 */
export function rowLevel(place: string | undefined): 0 | 1 | 2 | 3 | null {
  if (!place) return 0;
  const below = place.length - 1; // DE (2) → 1, DE1 (3) → 2, DE11 (4) → 3
  return below <= 3 ? (below as 1 | 2 | 3) : null;
}

/** Whether a row at this level can be drilled into (countries and NUTS 1 and 2 can). */
export function canDrillInto(level: 0 | 1 | 2 | 3): boolean {
  return level < 3;
}

/** The way from Europe down to `place`, broadest first: DE11 → [DE, DE1, DE11]. */
export function placeTrail(place: string | undefined): string[] {
  if (!place) return [];
  return Array.from({ length: place.length - 1 }, (_, i) => place.slice(0, i + 2));
}

/** The patch that drills into a row's code: a country code sets the country, a NUTS code the region. */
export function drillPatch(code: string): { country: string; region: string | undefined } {
  return code.length === 2 ? { country: code, region: undefined } : { country: code.slice(0, 2), region: code };
}

/** One place's figures: projects of the selection with a partner there, and those partners. */
export interface RegionalRow {
  /** Country code (EL, UK) or NUTS code; null for partners not located to this level. */
  code: string | null;
  name: string;
  projects: number;
  organisations: number;
  participations: number;
}

/**
 * Rows in the order asked for: by projects or organisations (most first, then the other figure,
 * then name), or by name in the reader's language. The row of partners not located to this level
 * always comes last: it is not a place.
 */
export function sortRegionalRows<R extends RegionalRow>(rows: readonly R[], sort: RegionalSort, locale = "en"): R[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const byName = (a: R, b: R) => collator.compare(a.name, b.name) || (a.code ?? "").localeCompare(b.code ?? "");
  const compare =
    sort === "name"
      ? byName
      : sort === "organisations"
        ? (a: R, b: R) => b.organisations - a.organisations || b.projects - a.projects || byName(a, b)
        : (a: R, b: R) => b.projects - a.projects || b.organisations - a.organisations || byName(a, b);
  const located = rows.filter((r) => r.code !== null).sort(compare);
  return [...located, ...rows.filter((r) => r.code === null)];
}

/** The figure a sort ranks by (name sorts show projects). */
export function sortMetric(sort: RegionalSort): "projects" | "organisations" {
  return sort === "organisations" ? "organisations" : "projects";
}

/** How many of the first rows the bar chart draws: past that the bars get too thin to read. */
export const CHART_MAX_ROWS = 20;

/** The rows the chart draws: located ones, in table order, at most CHART_MAX_ROWS. */
export function chartRows<R extends RegionalRow>(sorted: readonly R[], max = CHART_MAX_ROWS): R[] {
  return sorted.filter((r) => r.code !== null).slice(0, max);
}

/** Sequential shades of the UI's primary colour (app/globals.css --primary), lightest first. */
export const MAP_SHADES = ["#dbe4f7", "#a9bde9", "#6f8fd3", "#3d62b8", "#1d3f94"] as const;
export const MAP_EMPTY = "#eef1f5";

/**
 * Upper bounds of the map's colour classes for these values: up to MAP_SHADES.length classes of
 * roughly equal numbers of places (quantiles), with distinct, increasing bounds. Values of 0 are
 * left out: they are drawn as "none".
 */
export function colourBreaks(values: readonly number[], classes = MAP_SHADES.length): number[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i <= classes; i++) {
    const v = sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / classes) - 1)]!;
    if (breaks.length === 0 || v > breaks[breaks.length - 1]!) breaks.push(v);
  }
  return breaks;
}

/** The class of a value among `breaks` (0 = lowest), or -1 for none. */
export function colourClass(value: number, breaks: readonly number[]): number {
  if (value <= 0 || breaks.length === 0) return -1;
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length - 1 : i;
}

/**
 * The shade of class `index` out of `count` classes: fewer classes than shades are spread over the
 * whole range, so that the highest class is always the darkest.
 */
export function classShade(index: number, count: number): string {
  if (index < 0) return MAP_EMPTY;
  const last = MAP_SHADES.length - 1;
  return MAP_SHADES[count <= 1 ? last : Math.round((index * last) / (count - 1))]!;
}

/** The map colour of a value. */
export function shadeOf(value: number, breaks: readonly number[]): string {
  return classShade(colourClass(value, breaks), breaks.length);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
