// Computing and storing an interest's matches: the interest becomes a MatchQuery
// (lib/interests/match-query.ts), the engine (db/matching/find-matches.ts) answers ranked,
// explained matches, and they replace the stored ones. Dismissals live in their own table, so a
// dismissed match stays dismissed whatever the engine answers next time.
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../index";
import type { Match, MatchQuery } from "@/lib/matching/types";
import { findMatches } from "../matching/find-matches";
import { interestDismissals, interestMatches, interests, interestThemes, programmeParts, programmes, topics } from "../schema";
import { matchQueryForInterest } from "@/lib/interests/match-query";
import { matchKey } from "@/lib/saved/target";

/** The question an interest asks the engine (lib/interests/match-query.ts), read from the database; null for no such interest. */
export async function interestMatchQuery(tx: Db | Tx, interestId: number): Promise<MatchQuery | null> {
  const [interest] = await tx
    .select({
      profileId: interests.profileId,
      title: interests.title,
      description: interests.description,
      topicCode: topics.code,
      programmeCode: programmes.code,
      programmeFamily: programmes.family,
      programmePartCode: programmeParts.code,
      partnerTypes: interests.partnerTypes,
      wantedCountries: interests.wantedCountries,
      targetRegions: interests.targetRegions,
      newPartnersOnly: interests.newPartnersOnly,
    })
    .from(interests)
    .leftJoin(topics, eq(topics.id, interests.topicId))
    .leftJoin(programmeParts, eq(programmeParts.id, interests.programmePartId))
    .leftJoin(programmes, eq(programmes.id, interests.programmeId))
    .where(eq(interests.id, interestId));
  if (!interest) return null;
  const themeIds = (await tx.select({ id: interestThemes.themeId }).from(interestThemes).where(eq(interestThemes.interestId, interestId))).map((t) => t.id);
  const [{ dismissed } = { dismissed: 0 }] = await tx
    .select({ dismissed: sql<number>`count(*)`.mapWith(Number) })
    .from(interestDismissals)
    .where(eq(interestDismissals.interestId, interestId));
  return matchQueryForInterest({ ...interest, themeIds }, dismissed);
}

/** What a match stores beside its reasons (interest_matches.evidence): who it is, its signals, its evidence and its reasons as kinds. */
export function storedEvidence(m: Match) {
  return { name: m.name, pic: m.pic, type: m.type, countryCode: m.countryCode, signals: m.signals, ...m.evidence, explanations: m.explanations };
}

/** Recomputes the matches of an interest inside the caller's transaction; returns how many are stored. */
export async function computeInterestMatches(tx: Tx, interestId: number): Promise<number> {
  const query = await interestMatchQuery(tx, interestId);
  if (!query) return 0;
  const matches = await findMatches(tx, query);
  const computedAt = new Date();
  // When each candidate entered the list, kept across recomputations (the job worker recomputes
  // every day): what the alert digests tell as new.
  const listedSince = new Map(
    (await tx
      .select({ organisationId: interestMatches.organisationId, profileId: interestMatches.profileId, computedAt: interestMatches.computedAt })
      .from(interestMatches)
      .where(eq(interestMatches.interestId, interestId)))
      .map((m) => [matchKey(m), m.computedAt]),
  );
  await tx.delete(interestMatches).where(eq(interestMatches.interestId, interestId));
  if (matches.length > 0) {
    await tx.insert(interestMatches).values(
      matches.map((m, i) => ({
        interestId,
        organisationId: m.organisationId,
        profileId: m.profileId,
        rank: i + 1,
        score: m.score,
        reasons: m.reasons,
        evidence: storedEvidence(m),
        computedAt: listedSince.get(matchKey(m)) ?? computedAt,
      })),
    );
  }
  await tx.update(interests).set({ matchesComputedAt: computedAt, matchError: null, matchesStale: false }).where(eq(interests.id, interestId));
  return matches.length;
}
