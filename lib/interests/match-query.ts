// The question an interest asks the matching engine (lib/matching/types.ts MatchQuery): its
// title and description as text, its themes, its programme, the call topic and programme part when
// the knowledge base knows them, the requesting organisation (whose verified records are its
// history and network), the wanted types and countries as hard filters (without countries, the
// programme's area when its rule records one), the target regions, and whether past partners are left out.
// Pure, so what an interest asks is tested without a database.
import type { MatchQuery } from "@/lib/matching/types";
import type { OrganisationType } from "@/db/schema/knowledge";
import { programmeArea } from "@/lib/consortium/programme-rules";

/** How many matches an interest keeps: the page shows them all, filtered by type and country. */
export const MATCHES_KEPT = 30;

export interface InterestForQuery {
  profileId: number;
  title: string;
  description: string;
  themeIds: readonly number[];
  topicCode: string | null;
  /** The programme it names, when it is one of the knowledge base's (null for "other"), and its family. */
  programmeCode: string | null;
  programmeFamily?: string | null;
  programmePartCode: string | null;
  partnerTypes: readonly OrganisationType[];
  wantedCountries: readonly string[];
  targetRegions: readonly string[];
  /** Only organisations it has not worked with. */
  newPartnersOnly?: boolean;
}

/**
 * The countries an interest's partners must come from: those it names, else its programme's area
 * when the programme records one (an Interreg CENTRAL EUROPE partner comes from the programme area);
 * none (any country) otherwise.
 */
export function interestCountries(interest: Pick<InterestForQuery, "wantedCountries" | "programmeCode" | "programmeFamily">): readonly string[] {
  if (interest.wantedCountries.length > 0) return interest.wantedCountries;
  if (!interest.programmeCode) return [];
  return programmeArea({ code: interest.programmeCode, family: interest.programmeFamily ?? null }) ?? [];
}

/** The text an interest's matches look for: its title, then its description. */
export function interestText(interest: Pick<InterestForQuery, "title" | "description">): string {
  return `${interest.title}\n${interest.description}`;
}

export function matchQueryForInterest(interest: InterestForQuery, dismissed = 0): MatchQuery {
  const query: MatchQuery = {
    text: interestText(interest),
    requesterProfileId: interest.profileId,
    // Dismissed matches are hidden, not forgotten: ask for more so the page still shows MATCHES_KEPT.
    k: Math.min(200, MATCHES_KEPT + dismissed),
  };
  if (interest.themeIds.length) query.themeIds = [...interest.themeIds];
  if (interest.topicCode) query.topicCode = interest.topicCode;
  if (interest.programmeCode) query.programmeCode = interest.programmeCode;
  if (interest.programmePartCode) query.programmePartCode = interest.programmePartCode;
  if (interest.partnerTypes.length) query.partnerTypes = [...interest.partnerTypes];
  const countries = interestCountries(interest);
  if (countries.length) query.countries = [...countries];
  if (interest.targetRegions.length) query.regions = [...interest.targetRegions];
  if (interest.newPartnersOnly) query.newPartnersOnly = true;
  return query;
}
