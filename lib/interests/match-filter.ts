// The match list's filters (type and country, in the URL) and the choices they offer, counted
// over the matches that are not dismissed. Pure: the page reads the stored matches once.
import { z } from "zod";
import { parseId } from "@/lib/url-state";
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

/** "Where would this organisation rank?": its id (a link's `placeId`) or what was typed (`place`, a name or PIC). */
export interface PlaceRequest {
  id?: number;
  q?: string;
}

/** The organisation asked about in the URL, or null when none is (a bad id or an empty name is none). */
export function parsePlaceRequest(params: Params): PlaceRequest | null {
  const id = parseId(first(params.placeId));
  if (id !== null) return { id };
  const q = first(params.place)?.trim().slice(0, 100);
  return q ? { q } : null;
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

/**
 * The shown matches in two parts: those with a reason about the interest (its themes, call,
 * programme, description, regions, the requester's network, a registered member's profile …),
 * ranked first; and those the engine found for their activity alone — their only reason is how
 * many projects they have ("166 projects in all, coordinated 19"), most often the most active of the
 * wanted type, which fill the list under hard filters — which the page folds below them. Each part keeps the engine's order. Matches stored
 * before reasons had kinds are never folded (nothing says what their reasons are about). When no
 * match has a specific reason, none is folded: the list would otherwise look empty.
 */
export function splitByReason<T extends { evidence: { explanations?: unknown } }>(matches: readonly T[]): { specific: T[]; activityOnly: T[] } {
  const activityOnly = (m: T) => {
    const kinds = Array.isArray(m.evidence.explanations) ? (m.evidence.explanations as { kind?: unknown }[]).map((e) => e?.kind) : null;
    return kinds != null && kinds.length > 0 && kinds.every((k) => k === "inAll");
  };
  const specific = matches.filter((m) => !activityOnly(m));
  return specific.length === 0 ? { specific: [...matches], activityOnly: [] } : { specific, activityOnly: matches.filter(activityOnly) };
}

/**
 * How a 0..1 score is shown: as a number out of 100, and as a bar relative to the best match of
 * the list (the engine's absolute scores are low when few signals apply, so a bar against 100
 * would make the best match look poor; the order and the reasons are what a reader judges).
 */
export function scoreLabel(score: number, best: number): { outOf100: number; relative: number } {
  const clamp = (x: number) => Math.max(0, Math.min(1, x));
  const outOf100 = Math.round(clamp(score) * 100);
  const relative = best > 0 ? Math.max(4, Math.round(clamp(score / best) * 100)) : 0;
  return { outOf100, relative };
}

/** A match's page: its knowledge-base record's, else its registered organisation's. */
export function matchHref(m: { organisationId: number | null; profileId: number | null }): string {
  return m.organisationId !== null ? `/organisations/${m.organisationId}` : `/profiles/${m.profileId}`;
}

/** How long a match that joined the list after its first computation is marked new. */
export const NEW_MATCH_DAYS = 14;

/**
 * The matches that joined the list since it was first computed, in the last NEW_MATCH_DAYS days:
 * a recomputation (after an edit, a change of the knowledge base or the daily one) keeps the time a
 * match entered the list, and the first computation stores all of its matches at one time (its
 * transaction's), so those entered later are the ones a returning member has not seen listed.
 */
export function newMatches<T extends { computedAt: Date }>(matches: readonly T[], now: Date): Set<T> {
  if (matches.length === 0) return new Set();
  const first = Math.min(...matches.map((m) => m.computedAt.getTime()));
  const since = now.getTime() - NEW_MATCH_DAYS * 24 * 60 * 60 * 1000;
  return new Set(matches.filter((m) => m.computedAt.getTime() > first && m.computedAt.getTime() >= since));
}
