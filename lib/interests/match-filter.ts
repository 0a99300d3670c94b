// The match list's filters (type and country, in the URL) and the choices they offer, counted
// over the matches that are not dismissed. Pure: the page reads the stored matches once.
import { z } from "zod";
import { organisationType, type OrganisationType } from "@/db/schema/knowledge";

export interface MatchFilter {
  type?: OrganisationType;
  country?: string;
}

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** A bad value is ignored, never an error: a stale or edited URL still shows the list. */
export function parseMatchFilter(params: Params): MatchFilter {
  const type = z.enum(organisationType.enumValues).safeParse(first(params.type));
  const country = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/).safeParse(first(params.country));
  const filter: MatchFilter = {};
  if (type.success) filter.type = type.data;
  if (country.success) filter.country = country.data;
  return filter;
}

interface Filterable {
  type: OrganisationType;
  countryCode: string | null;
  countryName: string | null;
  dismissed: boolean;
}

export function applyMatchFilter<T extends Filterable>(matches: readonly T[], filter: MatchFilter): T[] {
  return matches.filter((m) => !m.dismissed && (!filter.type || m.type === filter.type) && (!filter.country || m.countryCode === filter.country));
}

/** The types and countries among the shown matches, with counts (each counted under the other filter only). */
export function matchFilterChoices(matches: readonly Filterable[], filter: MatchFilter) {
  const types = new Map<OrganisationType, number>();
  const countries = new Map<string, { name: string; count: number }>();
  for (const m of matches) {
    if (m.dismissed) continue;
    if (!filter.country || m.countryCode === filter.country) types.set(m.type, (types.get(m.type) ?? 0) + 1);
    if (m.countryCode && (!filter.type || m.type === filter.type)) {
      const c = countries.get(m.countryCode) ?? { name: m.countryName ?? m.countryCode, count: 0 };
      c.count++;
      countries.set(m.countryCode, c);
    }
  }
  return {
    types: [...types].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    countries: [...countries].map(([code, c]) => ({ code, ...c })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}

/** How a 0..1 score reads: a word and a number out of 100 (the number alone means little). */
export function scoreLabel(score: number): { word: string; outOf100: number } {
  const outOf100 = Math.round(Math.max(0, Math.min(1, score)) * 100);
  const word = outOf100 >= 60 ? "Strong fit" : outOf100 >= 35 ? "Good fit" : "Possible fit";
  return { word, outOf100 };
}
