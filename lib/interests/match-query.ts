// The question an interest asks the matching engine (lib/matching/types.ts MatchQuery): its
// title and description as text, its themes, its programme, the call topic and programme part when
// the knowledge base knows them, the requesting organisation (whose verified records are its
// history and network), the wanted types and countries as hard filters and the target regions.
// Pure, so what an interest asks is tested without a database.
import type { MatchQuery } from "@/lib/matching/types";
import type { OrganisationType } from "@/db/schema/knowledge";

/** How many matches an interest keeps: the page shows them all, filtered by type and country. */
export const MATCHES_KEPT = 30;

export interface InterestForQuery {
  profileId: number;
  title: string;
  description: string;
  themeIds: readonly number[];
  topicCode: string | null;
  /** The programme it names, when it is one of the knowledge base's (null for "other"). */
  programmeCode: string | null;
  programmePartCode: string | null;
  partnerTypes: readonly OrganisationType[];
  wantedCountries: readonly string[];
  targetRegions: readonly string[];
}

export function matchQueryForInterest(interest: InterestForQuery, dismissed = 0): MatchQuery {
  const query: MatchQuery = {
    text: `${interest.title}\n${interest.description}`,
    requesterProfileId: interest.profileId,
    // Dismissed matches are hidden, not forgotten: ask for more so the page still shows MATCHES_KEPT.
    k: Math.min(200, MATCHES_KEPT + dismissed),
  };
  if (interest.themeIds.length) query.themeIds = [...interest.themeIds];
  if (interest.topicCode) query.topicCode = interest.topicCode;
  if (interest.programmeCode) query.programmeCode = interest.programmeCode;
  if (interest.programmePartCode) query.programmePartCode = interest.programmePartCode;
  if (interest.partnerTypes.length) query.partnerTypes = [...interest.partnerTypes];
  if (interest.wantedCountries.length) query.countries = [...interest.wantedCountries];
  if (interest.targetRegions.length) query.regions = [...interest.targetRegions];
  return query;
}
