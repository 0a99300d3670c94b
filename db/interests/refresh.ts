// Recomputing interests' stored matches and reciprocal pairs: for the interest actions (publish,
// edit, renew, recompute) and for what changes what the matches rest on — a record claimed,
// moved or given up changes an organisation's own records and network.
import { and, eq, gte, inArray } from "drizzle-orm";
import type { Tx } from "../index";
import { interests } from "../schema/interests";
import { say } from "@/lib/i18n/say";
import { computeInterestMatches } from "./matches";
import { refreshReciprocalMatches } from "./reciprocal";

/** The ranked matches, in a savepoint: an engine failure is noted on the interest, the rest is kept. False when it failed. */
export async function refreshRankedMatches(tx: Tx, interestId: number): Promise<boolean> {
  try {
    await tx.transaction((sp) => computeInterestMatches(sp, interestId));
    return true;
  } catch (error) {
    console.error(`matching interest ${interestId} failed`, error);
    await tx
      .update(interests)
      .set({ matchError: say("interests.page.matchError") })
      .where(eq(interests.id, interestId));
    return false;
  }
}

/** Ranked matches and reciprocal pairs: what an interest's own change (or its organisation's records) calls for. */
export async function refreshInterestMatches(tx: Tx, interestId: number, today: string): Promise<void> {
  await refreshRankedMatches(tx, interestId);
  await refreshReciprocalMatches(tx, interestId, today);
}

/**
 * Recomputes every open, unexpired interest of these organisations (their claimed records changed:
 * their own records must not be matched, and their network counts). Returns how many.
 */
export async function refreshOpenInterestsOf(tx: Tx, profileIds: number[], today: string): Promise<number> {
  if (profileIds.length === 0) return 0;
  const open = await tx
    .select({ id: interests.id })
    .from(interests)
    .where(and(inArray(interests.profileId, profileIds), eq(interests.status, "open"), gte(interests.deadline, today)))
    .orderBy(interests.id);
  for (const { id } of open) await refreshInterestMatches(tx, id, today);
  return open.length;
}
