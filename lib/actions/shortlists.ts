"use server";
// Shortlist actions: create, rename (and link to an interest), delete a list; add an item to a
// list or to a new one; note, status, move and remove an entry. Each follows the one shape: who
// asks → zod (both in signedInAction, with the answer in the reader's language) → may they (a
// member of the list's organisation, checked in the transaction) → one transaction → revalidate
// → typed result. Outsiders learn no more than "not found".
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb, type Tx } from "@/db";
import { entryOwner, shortlistOwner } from "@/db/queries/shortlists";
import { shortlistEntries, shortlists } from "@/db/schema/shortlists";
import { addEntry, interestOfProfile, itemExists, moveEntry, touchShortlist } from "@/db/shortlists/write";
import { requireOrganisationRole } from "@/lib/authz";
import type { CurrentUser } from "@/lib/current-user";
import { AppError } from "@/lib/errors";
import {
  addEntryInput,
  createShortlistInput,
  entryNoteInput,
  entryOnlyInput,
  entryStatusInput,
  moveEntryInput,
  renameShortlistInput,
  shortlistOnlyInput,
} from "@/lib/validation/shortlists";
import { say } from "@/lib/i18n/say";
import { ok, type ActionResult } from "./result";
import { FieldProblems, signedInAction } from "./signed-in-action";

/** The list's organisation, checked: the user must be one of its members. */
async function assertMemberOfList(tx: Tx, user: CurrentUser, shortlistId: number): Promise<number> {
  const owner = await shortlistOwner(tx, shortlistId);
  if (!owner) throw new AppError("not_found", say("shortlists.errors.noList"));
  await requireOrganisationRole(user, owner.profileId, "member", tx);
  return owner.profileId;
}

async function assertMemberOfEntry(tx: Tx, user: CurrentUser, entryId: number) {
  const owner = await entryOwner(tx, entryId);
  if (!owner) throw new AppError("not_found", say("shortlists.errors.noEntry"));
  await requireOrganisationRole(user, owner.profileId, "member", tx);
  return owner;
}

async function checkInterest(tx: Tx, interestId: number | null, profileId: number): Promise<void> {
  if (interestId !== null && !(await interestOfProfile(tx, interestId, profileId))) {
    const problem = say("shortlists.errors.interest");
    throw new FieldProblems({ interestId: [problem] }, problem);
  }
}

function revalidateList(id: number) {
  revalidatePath("/shortlists");
  revalidatePath(`/shortlists/${id}`);
}

/** Changes an entry's note or status (members of its list's organisation), in one transaction with its list's "updated". */
async function changeEntry(user: CurrentUser, entryId: number, changes: Pick<typeof shortlistEntries.$inferInsert, "note" | "status">): Promise<void> {
  const { shortlistId } = await getDb().transaction(async (tx) => {
    const owner = await assertMemberOfEntry(tx, user, entryId);
    await tx.update(shortlistEntries).set({ ...changes, updatedAt: new Date() }).where(eq(shortlistEntries.id, entryId));
    await touchShortlist(tx, owner.shortlistId);
    return owner;
  });
  revalidateList(shortlistId);
}

/** "New shortlist": a named list for one of the user's organisations, optionally about one of its interests. */
export const createShortlist = signedInAction(
  createShortlistInput,
  async (input, user): Promise<ActionResult<{ id: number }>> => {
    const id = await getDb().transaction(async (tx) => {
      await requireOrganisationRole(user, input.profileId, "member", tx);
      await checkInterest(tx, input.interestId, input.profileId);
      const [created] = await tx
        .insert(shortlists)
        .values({ profileId: input.profileId, name: input.name, interestId: input.interestId, createdByUserId: user.id, creationKey: input.creationKey })
        .onConflictDoNothing({ target: shortlists.creationKey })
        .returning({ id: shortlists.id });
      if (created) return created.id;
      // The same form sent twice (double click): the first list stands.
      const [earlier] = await tx.select({ id: shortlists.id, by: shortlists.createdByUserId }).from(shortlists).where(eq(shortlists.creationKey, input.creationKey));
      if (!earlier || earlier.by !== user.id) throw new AppError("conflict", say("shortlists.errors.reload"));
      return earlier.id;
    });
    revalidatePath("/shortlists");
    redirect(`/shortlists/${id}`);
  },
  { keepValues: true },
);

/** Renames a list and sets (or clears) the interest it is about. */
export const renameShortlist = signedInAction(
  renameShortlistInput,
  async ({ shortlistId, name, interestId }, user) => {
    await getDb().transaction(async (tx) => {
      const profileId = await assertMemberOfList(tx, user, shortlistId);
      await checkInterest(tx, interestId, profileId);
      await tx.update(shortlists).set({ name, interestId, updatedAt: new Date() }).where(eq(shortlists.id, shortlistId));
    });
    revalidateList(shortlistId);
    return ok({ id: shortlistId }, say("shortlists.done.saved"));
  },
  { keepValues: true },
);

/** Deletes a list and its entries. */
export const deleteShortlist = signedInAction(shortlistOnlyInput, async ({ shortlistId }, user): Promise<ActionResult<{ id: number }>> => {
  await getDb().transaction(async (tx) => {
    await assertMemberOfList(tx, user, shortlistId);
    await tx.delete(shortlists).where(eq(shortlists.id, shortlistId));
  });
  revalidatePath("/shortlists");
  redirect("/shortlists?deleted=1");
});

/** "Add to shortlist": an organisation record, a registered organisation or a project, to a list or a new one. */
export const addToShortlist = signedInAction(
  addEntryInput,
  async (input, user) => {
    const result = await getDb().transaction(async (tx) => {
      let shortlistId: number;
      if (input.shortlistId === "new") {
        const profileId = input.profileId as number;
        await requireOrganisationRole(user, profileId, "member", tx);
        // A match's interest is carried over only when it is the organisation's own.
        const interestId = input.interestId !== null && (await interestOfProfile(tx, input.interestId, profileId)) ? input.interestId : null;
        const [created] = await tx.insert(shortlists).values({ profileId, name: input.name!, interestId, createdByUserId: user.id }).returning({ id: shortlists.id });
        shortlistId = created!.id;
      } else {
        shortlistId = input.shortlistId;
        await assertMemberOfList(tx, user, shortlistId);
      }
      if (!(await itemExists(tx, input.itemKind, input.itemId))) throw new AppError("not_found", input.itemKind === "project" ? say("shortlists.errors.noProject") : say("shortlists.errors.noOrganisation"));
      const entry = await addEntry(tx, { shortlistId, kind: input.itemKind, itemId: input.itemId, note: input.note, userId: user.id });
      return { shortlistId, entryId: entry.id, created: entry.created };
    });
    revalidateList(result.shortlistId);
    return ok(result, result.created ? say("shortlists.done.added") : say("shortlists.done.already"));
  },
  { keepValues: true },
);

/** "Note": the entry's note (empty clears it). */
export const setEntryNote = signedInAction(
  entryNoteInput,
  async ({ entryId, note }, user) => {
    await changeEntry(user, entryId, { note });
    return ok({ id: entryId }, say("shortlists.done.noteSaved"));
  },
  { keepValues: true },
);

/** "Status": candidate, contacted, confirmed or declined. */
export const setEntryStatus = signedInAction(
  entryStatusInput,
  async ({ entryId, status }, user) => {
    await changeEntry(user, entryId, { status });
    return ok({ id: entryId }, say(`shortlists.done.status.${status}`));
  },
  { keepValues: true },
);

/** Moves an entry one place up or down. */
export const moveShortlistEntry = signedInAction(moveEntryInput, async ({ entryId, direction }, user) => {
  const { shortlistId } = await getDb().transaction(async (tx) => {
    const owner = await assertMemberOfEntry(tx, user, entryId);
    await moveEntry(tx, owner.shortlistId, entryId, direction);
    return owner;
  });
  revalidateList(shortlistId);
  return ok({ id: entryId });
});

/** Removes an entry from its list. */
export const removeShortlistEntry = signedInAction(entryOnlyInput, async ({ entryId }, user) => {
  const { shortlistId } = await getDb().transaction(async (tx) => {
    const owner = await assertMemberOfEntry(tx, user, entryId);
    await tx.delete(shortlistEntries).where(eq(shortlistEntries.id, entryId));
    await touchShortlist(tx, owner.shortlistId);
    return owner;
  });
  revalidateList(shortlistId);
  return ok({ id: entryId }, say("shortlists.done.removed"));
});
