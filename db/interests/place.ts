// "Where would this organisation rank?" on an interest's page: an organisation named by the
// member (its name or PIC, as the search box finds it, or its id from a link), and where the
// interest's matching would put it and why (db/matching/find-matches.ts placeOfOrganisation),
// as a match card when it is ranked.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { suggestionQuery } from "@/lib/search/suggestions";
import type { Db } from "../index";
import { placeOfOrganisation, type Place } from "../matching/find-matches";
import type { StoredMatch } from "../queries/interests";
import { claims, countries, interestMatches, organisationProfiles, organisations } from "../schema";
import { listInterestsOfProfiles } from "../queries/interests";
import { listMyOrganisations } from "../queries/members";
import type { OrganisationType } from "../schema/knowledge";
import { suggestOrganisations, type OrganisationSuggestion } from "../search/suggestions";
import { interestMatchQuery, storedEvidence } from "./matches";

export interface InterestPlace {
  organisation: { id: number; name: string; type: OrganisationType; countryCode: string | null; countryName: string | null };
  place: Place;
  /** As a stored match would show it, when it is ranked. */
  card: StoredMatch | null;
  /** The other organisations the name found, to choose another. */
  others: OrganisationSuggestion[];
}

/**
 * The place of the organisation `id`, else of the first the name `q` finds; `{ found: false }`
 * when the name finds none, null for no such interest.
 */
export async function placeInInterest(db: Db, interestId: number, ask: { id?: number; q?: string }): Promise<InterestPlace | { found: false } | null> {
  const query = await interestMatchQuery(db, interestId);
  if (!query) return null;
  const byName = ask.id === undefined && ask.q ? suggestionQuery(ask.q) : null;
  const named = byName ? await suggestOrganisations(db, byName) : [];
  const id = ask.id ?? named[0]?.id;
  if (id === undefined) return { found: false };
  const [organisation] = await db
    .select({
      id: organisations.id, name: organisations.name, type: organisations.type, countryCode: organisations.countryCode, city: organisations.city, countryName: countries.nameEn,
      // As a stored match has it: the registered holder's own website first (listStoredMatches).
      website: sql<string | null>`coalesce(${organisationProfiles.website}, ${organisations.website})`,
    })
    .from(organisations)
    .leftJoin(countries, eq(countries.code, organisations.countryCode))
    .leftJoin(claims, and(eq(claims.organisationId, organisations.id), eq(claims.status, "verified")))
    .leftJoin(organisationProfiles, and(eq(organisationProfiles.id, claims.profileId), eq(organisationProfiles.published, true)))
    .where(eq(organisations.id, id));
  const place = organisation?.name ? await placeOfOrganisation(db, query, id) : null;
  if (!organisation?.name || !place) return { found: false };
  const card: StoredMatch | null =
    place.kind === "ranked"
      ? {
          rank: place.rank,
          score: place.match.score,
          reasons: place.match.reasons,
          organisationId: id,
          profileId: place.match.profileId,
          name: place.match.name,
          type: place.match.type,
          countryCode: place.match.countryCode,
          countryName: organisation.countryName,
          city: organisation.city,
          website: organisation.website,
          registered: place.match.profileId !== null,
          evidence: storedEvidence(place.match),
          dismissed: false,
          computedAt: new Date(),
        }
      : null;
  const { name, type, countryCode, countryName } = organisation;
  return { organisation: { id, name, type, countryCode, countryName }, place, card, others: named.filter((o) => o.id !== id) };
}

/** How many of a member's open interests an organisation's page places it in (the newest). */
export const FIT_INTERESTS = 3;

export interface InterestFit {
  interest: { id: number; title: string };
  place: Place;
  /** It is among the interest's stored matches (dismissed or not). */
  listed: boolean;
}

/**
 * Where an organisation stands in each of the user's organisations' newest open interests (at most
 * FIT_INTERESTS), and how many more open ones there are; nothing for an unnamed organisation.
 */
export async function fitForInterests(db: Db, organisationId: number, userId: string, today: string): Promise<{ fits: InterestFit[]; more: number }> {
  const profiles = (await listMyOrganisations(db, userId)).map((p) => p.id);
  const open = (await listInterestsOfProfiles(db, profiles, today)).filter((i) => i.state === "open");
  const chosen = open.slice(0, FIT_INTERESTS);
  if (chosen.length === 0) return { fits: [], more: 0 };
  const listed = new Set(
    (
      await db
        .select({ interestId: interestMatches.interestId })
        .from(interestMatches)
        .where(and(eq(interestMatches.organisationId, organisationId), inArray(interestMatches.interestId, chosen.map((i) => i.id))))
    ).map((r) => r.interestId),
  );
  const fits: InterestFit[] = [];
  for (const interest of chosen) {
    const query = await interestMatchQuery(db, interest.id);
    const place = query ? await placeOfOrganisation(db, query, organisationId) : null;
    if (!place) return { fits: [], more: 0 }; // an unnamed organisation: never placed
    fits.push({ interest: { id: interest.id, title: interest.title }, place, listed: listed.has(interest.id) });
  }
  return { fits, more: open.length - chosen.length };
}
