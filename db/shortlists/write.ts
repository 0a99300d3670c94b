// Writes for shortlists that are more than one statement: adding an item once (whoever adds it
// first wins; a second add finds the first entry), moving an entry up or down (positions made
// dense first, under a lock on the list so that two moves do not interleave), and checking that
// the item to add exists. Callers run them inside their transaction.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../index";
import { interests, organisationProfiles, organisations, projects, shortlistEntries, shortlists } from "../schema";
import type { ItemKind } from "@/lib/validation/shortlists";

const itemColumn = {
  organisation: shortlistEntries.organisationId,
  profile: shortlistEntries.profileId,
  project: shortlistEntries.projectId,
} as const;

/** Whether the item exists and may be listed (a registered organisation must be published). */
export async function itemExists(tx: Tx, kind: ItemKind, id: number): Promise<boolean> {
  if (kind === "organisation") {
    const [row] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, id));
    return Boolean(row);
  }
  if (kind === "profile") {
    const [row] = await tx
      .select({ id: organisationProfiles.id })
      .from(organisationProfiles)
      .where(and(eq(organisationProfiles.id, id), eq(organisationProfiles.published, true)));
    return Boolean(row);
  }
  const [row] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, id));
  return Boolean(row);
}

/** Whether the interest belongs to the organisation (a list may only be about its own interests). */
export async function interestOfProfile(tx: Tx, interestId: number, profileId: number): Promise<boolean> {
  const [row] = await tx.select({ id: interests.id }).from(interests).where(and(eq(interests.id, interestId), eq(interests.profileId, profileId)));
  return Boolean(row);
}

/**
 * Adds the item at the end of the list, once. Two members adding the same item at the same time:
 * one insert wins, the other finds its entry (created: false). Different items: both land.
 */
export async function addEntry(
  tx: Tx,
  input: { shortlistId: number; kind: ItemKind; itemId: number; note: string | null; userId: string },
): Promise<{ id: number; created: boolean }> {
  const column = itemColumn[input.kind];
  const [created] = await tx
    .insert(shortlistEntries)
    .values({
      shortlistId: input.shortlistId,
      [input.kind === "organisation" ? "organisationId" : input.kind === "profile" ? "profileId" : "projectId"]: input.itemId,
      note: input.note,
      addedByUserId: input.userId,
      position: sql`(select coalesce(max(${shortlistEntries.position}), 0) + 1 from ${shortlistEntries} where ${shortlistEntries.shortlistId} = ${input.shortlistId})`,
    })
    .onConflictDoNothing()
    .returning({ id: shortlistEntries.id });
  if (created) {
    await touchShortlist(tx, input.shortlistId);
    return { id: created.id, created: true };
  }
  const [existing] = await tx
    .select({ id: shortlistEntries.id })
    .from(shortlistEntries)
    .where(and(eq(shortlistEntries.shortlistId, input.shortlistId), eq(column, input.itemId)));
  if (!existing) throw new Error("shortlist entry neither inserted nor found");
  return { id: existing.id, created: false };
}

/** Swaps the entry with its neighbour above or below; at the top (bottom) it stays. */
export async function moveEntry(tx: Tx, shortlistId: number, entryId: number, direction: "up" | "down"): Promise<void> {
  // One mover per list at a time: the list row is locked until the transaction ends.
  await tx.select({ id: shortlists.id }).from(shortlists).where(eq(shortlists.id, shortlistId)).for("update");
  const ordered = await tx
    .select({ id: shortlistEntries.id })
    .from(shortlistEntries)
    .where(eq(shortlistEntries.shortlistId, shortlistId))
    .orderBy(asc(shortlistEntries.position), asc(shortlistEntries.id));
  const ids = ordered.map((r) => r.id);
  const from = ids.indexOf(entryId);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return;
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  for (const [index, id] of ids.entries()) {
    await tx.update(shortlistEntries).set({ position: index + 1 }).where(eq(shortlistEntries.id, id));
  }
  await touchShortlist(tx, shortlistId);
}

export async function touchShortlist(tx: Tx, shortlistId: number): Promise<void> {
  await tx.update(shortlists).set({ updatedAt: new Date() }).where(eq(shortlists.id, shortlistId));
}
