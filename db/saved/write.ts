// Writes of saved searches, always scoped to their owner (user_id in every WHERE), inside the
// action's transaction.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { listStoredMatches } from "@/db/queries/interests";
import { savedSearches, type AlertFrequency, type SavedSearch } from "@/db/schema/saved";
import { shownMatchKeys, type SavedTarget } from "@/lib/saved/target";

/** The keys of the matches an interest's saved list shows now (what counts as already known). */
export async function currentMatchKeys(tx: Tx, interestId: number | null, query: string): Promise<string[]> {
  return interestId === null ? [] : shownMatchKeys(await listStoredMatches(tx, interestId), query);
}

/** Saves a search; saving the same search again renames it and sets its alert. */
export async function upsertSavedSearch(tx: Tx, userId: string, input: { name: string; alert: AlertFrequency; locale: string; target: SavedTarget; now: Date }): Promise<SavedSearch> {
  const keys = await currentMatchKeys(tx, input.target.interestId, input.target.query);
  const [row] = await tx
    .insert(savedSearches)
    .values({
      userId,
      name: input.name,
      kind: input.target.kind,
      path: input.target.path,
      query: input.target.query,
      interestId: input.target.interestId,
      alert: input.alert,
      locale: input.locale,
      lastVisitedAt: input.now,
      visitedKeys: keys,
      alertSince: input.now,
      alertedKeys: keys,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .onConflictDoUpdate({
      target: [savedSearches.userId, savedSearches.path, savedSearches.query],
      set: {
        name: input.name,
        alert: input.alert,
        locale: input.locale,
        updatedAt: input.now,
        // Alerts switched on now tell what is new from now on.
        alertSince: sql`case when ${savedSearches.alert} = 'none' then ${input.now.toISOString()}::timestamptz else ${savedSearches.alertSince} end`,
      },
    })
    .returning();
  return row!;
}

export async function countSavedSearches(tx: Tx, userId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(savedSearches).where(eq(savedSearches.userId, userId));
  return Number(row?.n ?? 0);
}

const own = (userId: string, id: number) => and(eq(savedSearches.id, id), eq(savedSearches.userId, userId));

export async function renameSavedSearch(tx: Tx, userId: string, id: number, name: string, now: Date): Promise<boolean> {
  const rows = await tx.update(savedSearches).set({ name, updatedAt: now }).where(own(userId, id)).returning({ id: savedSearches.id });
  return rows.length > 0;
}

/** Sets the alert; switching it on starts from now (what was already there is not news). */
export async function setSavedSearchAlert(tx: Tx, userId: string, id: number, alert: AlertFrequency, locale: string, now: Date): Promise<boolean> {
  const [current] = await tx.select().from(savedSearches).where(own(userId, id)).for("update");
  if (!current) return false;
  const switchedOn = current.alert === "none" && alert !== "none";
  await tx
    .update(savedSearches)
    .set({
      alert,
      locale,
      updatedAt: now,
      ...(switchedOn ? { alertSince: now, alertedKeys: await currentMatchKeys(tx, current.interestId, current.query) } : {}),
    })
    .where(own(userId, id));
  return true;
}

export async function deleteSavedSearch(tx: Tx, userId: string, id: number): Promise<boolean> {
  const rows = await tx.delete(savedSearches).where(own(userId, id)).returning({ id: savedSearches.id });
  return rows.length > 0;
}

/** Opening a saved search: what it shows now is no longer new on /saved. */
export async function markSavedSearchVisited(tx: Tx, userId: string, id: number, now: Date): Promise<SavedSearch | null> {
  const [current] = await tx.select().from(savedSearches).where(own(userId, id));
  if (!current) return null;
  const keys = await currentMatchKeys(tx, current.interestId, current.query);
  const [row] = await tx.update(savedSearches).set({ lastVisitedAt: now, visitedKeys: keys }).where(own(userId, id)).returning();
  return row ?? null;
}

/** The unsubscribe link: alerts off for this one saved search (checked against its token by the caller). */
export async function switchOffAlert(tx: Tx, id: number, userId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(savedSearches)
    .set({ alert: "none", updatedAt: now })
    .where(and(own(userId, id), sql`${savedSearches.alert} <> 'none'`))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}
