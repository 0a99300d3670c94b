// Recomputing interests' stored matches and reciprocal pairs: for the interest actions (publish,
// edit, renew, recompute) and for what changes what the matches rest on — a record claimed,
// moved or given up changes an organisation's own records and network; an edit of its profile,
// what its interests' reciprocal pairs say of it.
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
 * Rewrites the reciprocal pairs of these organisations' open, unexpired interests: the pairs rest
 * on the organisation's type, country, name and profile themes, which an edit of its profile
 * changes. Returns how many interests.
 */
export async function refreshOpenReciprocalMatchesOf(tx: Tx, profileIds: number[], today: string): Promise<number> {
  const open = await openInterestsOf(tx, profileIds, today);
  for (const { id } of open) await refreshReciprocalMatches(tx, id, today);
  return open.length;
}

/**
 * Recomputes every open, unexpired interest of these organisations (their claimed records changed:
 * their own records must not be matched, and their network counts). Returns how many.
 */
export async function refreshOpenInterestsOf(tx: Tx, profileIds: number[], today: string): Promise<number> {
  const open = await openInterestsOf(tx, profileIds, today);
  for (const { id } of open) await refreshInterestMatches(tx, id, today);
  return open.length;
}

async function openInterestsOf(tx: Tx, profileIds: number[], today: string): Promise<{ id: number }[]> {
  if (profileIds.length === 0) return [];
  return tx
    .select({ id: interests.id })
    .from(interests)
    .where(and(inArray(interests.profileId, profileIds), eq(interests.status, "open"), gte(interests.deadline, today)))
    .orderBy(interests.id);
}
