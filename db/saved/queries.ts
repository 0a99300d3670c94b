// Reads of a member's saved searches. Every read is by owner: another user's saved search is
// never returned (the actions and pages treat it as not found).
import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { interests } from "@/db/schema/interests";
import { savedSearches, type SavedSearch } from "@/db/schema/saved";

export async function listSavedSearches(db: Db | Tx, userId: string): Promise<(SavedSearch & { interestTitle: string | null })[]> {
  const rows = await db
    .select({ search: savedSearches, interestTitle: interests.title })
    .from(savedSearches)
    .leftJoin(interests, eq(interests.id, savedSearches.interestId))
    .where(eq(savedSearches.userId, userId))
    .orderBy(desc(savedSearches.createdAt), desc(savedSearches.id));
  return rows.map((r) => ({ ...r.search, interestTitle: r.interestTitle }));
}

/** The user's own saved search, or null (also when it is someone else's). */
export async function getOwnSavedSearch(db: Db | Tx, userId: string, id: number): Promise<SavedSearch | null> {
  const [row] = await db.select().from(savedSearches).where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)));
  return row ?? null;
}

/** The saved search an unsubscribe token names, with its owner, to check the token against. */
export async function savedSearchForToken(db: Db | Tx, id: number): Promise<Pick<SavedSearch, "id" | "userId" | "name" | "alert"> | null> {
  const [row] = await db
    .select({ id: savedSearches.id, userId: savedSearches.userId, name: savedSearches.name, alert: savedSearches.alert })
    .from(savedSearches)
    .where(eq(savedSearches.id, id));
  return row ?? null;
}
