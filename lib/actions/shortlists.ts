"use server";
// Shortlist actions: create, rename (and link to an interest), delete a list; add an item to a
// list or to a new one; note, status, move and remove an entry. Each follows the one shape: who
// asks → zod → may they (a member of the list's organisation, checked in the transaction) → one
// transaction → revalidate → typed result. Outsiders learn no more than "not found".
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb, type Tx } from "@/db";
import { entryOwner, shortlistOwner } from "@/db/queries/shortlists";
import { shortlistEntries, shortlists } from "@/db/schema/shortlists";
import { addEntry, interestOfProfile, itemExists, moveEntry, touchShortlist } from "@/db/shortlists/write";
import { requireOrganisationRole } from "@/lib/authz";
import { requireUser, type CurrentUser } from "@/lib/current-user";
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
import { localise } from "@/lib/i18n/reader";
import { say } from "@/lib/i18n/say";
import { fail, failWith, formToObject, fromError, ok, type ActionResult } from "./result";

class FieldProblem extends AppError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super("invalid", message);
  }
}

function problemResult(error: unknown, values: Record<string, unknown>): ActionResult<never> {
  if (error instanceof FieldProblem) return failWith("invalid", error.message, { [error.field]: [error.message] }, values);
  return fromError(error);
}

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
    throw new FieldProblem("interestId", say("shortlists.errors.interest"));
  }
}

function revalidateList(id: number) {
  revalidatePath("/shortlists");
  revalidatePath(`/shortlists/${id}`);
}

/** "New shortlist": a named list for one of the user's organisations, optionally about one of its interests. */
async function createShortlistHere(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  const values = formToObject(form);
  let id: number;
  try {
    const user = await requireUser();
    const parsed = createShortlistInput.safeParse(values);
    if (!parsed.success) return fail(parsed.error, values);
    const input = parsed.data;
    id = await getDb().transaction(async (tx) => {
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
  } catch (error) {
    return problemResult(error, values);
  }
  revalidatePath("/shortlists");
  redirect(`/shortlists/${id}`);
}

/** Renames a list and sets (or clears) the interest it is about. */
async function renameShortlistHere(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  const values = formToObject(form);
  try {
    const user = await requireUser();
    const parsed = renameShortlistInput.safeParse(values);
    if (!parsed.success) return fail(parsed.error, values);
    const { shortlistId, name, interestId } = parsed.data;
    await getDb().transaction(async (tx) => {
      const profileId = await assertMemberOfList(tx, user, shortlistId);
      await checkInterest(tx, interestId, profileId);
      await tx.update(shortlists).set({ name, interestId, updatedAt: new Date() }).where(eq(shortlists.id, shortlistId));
    });
    revalidateList(shortlistId);
    return ok({ id: shortlistId }, say("shortlists.done.saved"));
  } catch (error) {
    return problemResult(error, values);
  }
}

/** Deletes a list and its entries. */
async function deleteShortlistHere(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  try {
    const user = await requireUser();
    const parsed = shortlistOnlyInput.safeParse(formToObject(form));
    if (!parsed.success) return fail(parsed.error);
    const { shortlistId } = parsed.data;
    await getDb().transaction(async (tx) => {
      await assertMemberOfList(tx, user, shortlistId);
      await tx.delete(shortlists).where(eq(shortlists.id, shortlistId));
    });
  } catch (error) {
    return fromError(error);
  }
  revalidatePath("/shortlists");
  redirect("/shortlists?deleted=1");
}

/** "Add to shortlist": an organisation record, a registered organisation or a project, to a list or a new one. */
async function addToShortlistHere(_: ActionResult, form: FormData): Promise<ActionResult<{ shortlistId: number; entryId: number; created: boolean }>> {
  const values = formToObject(form);
  try {
    const user = await requireUser();
    const parsed = addEntryInput.safeParse(values);
    if (!parsed.success) return fail(parsed.error, values);
    const input = parsed.data;
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
  } catch (error) {
    return problemResult(error, values);
  }
}

/** "Note": the entry's note (empty clears it). */
async function setEntryNoteHere(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  const values = formToObject(form);
  try {
    const user = await requireUser();
    const parsed = entryNoteInput.safeParse(values);
    if (!parsed.success) return fail(parsed.error, values);
    const { entryId, note } = parsed.data;
    const { shortlistId } = await getDb().transaction(async (tx) => {
      const owner = await assertMemberOfEntry(tx, user, entryId);
      await tx.update(shortlistEntries).set({ note, updatedAt: new Date() }).where(eq(shortlistEntries.id, entryId));
      await touchShortlist(tx, owner.shortlistId);
      return owner;
    });
    revalidateList(shortlistId);
    return ok({ id: entryId }, say("shortlists.done.noteSaved"));
  } catch (error) {
    return fromError(error);
  }
}

/** "Status": candidate, contacted, confirmed or declined. */
async function setEntryStatusHere(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  const values = formToObject(form);
  try {
    const user = await requireUser();
    const parsed = entryStatusInput.safeParse(values);
    if (!parsed.success) return fail(parsed.error, values);
    const { entryId, status } = parsed.data;
    const { shortlistId } = await getDb().transaction(async (tx) => {
      const owner = await assertMemberOfEntry(tx, user, entryId);
      await tx.update(shortlistEntries).set({ status, updatedAt: new Date() }).where(eq(shortlistEntries.id, entryId));
      await touchShortlist(tx, owner.shortlistId);
      return owner;
    });
    revalidateList(shortlistId);
    return ok({ id: entryId }, say(`shortlists.done.status.${status}`));
  } catch (error) {
    return fromError(error);
  }
}

/** Moves an entry one place up or down. */
async function moveShortlistEntryHere(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  try {
    const user = await requireUser();
    const parsed = moveEntryInput.safeParse(formToObject(form));
    if (!parsed.success) return fail(parsed.error);
    const { entryId, direction } = parsed.data;
    const { shortlistId } = await getDb().transaction(async (tx) => {
      const owner = await assertMemberOfEntry(tx, user, entryId);
      await moveEntry(tx, owner.shortlistId, entryId, direction);
      return owner;
    });
    revalidateList(shortlistId);
    return ok({ id: entryId });
  } catch (error) {
    return fromError(error);
  }
}

/** Removes an entry from its list. */
async function removeShortlistEntryHere(_: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  try {
    const user = await requireUser();
    const parsed = entryOnlyInput.safeParse(formToObject(form));
    if (!parsed.success) return fail(parsed.error);
    const { entryId } = parsed.data;
    const { shortlistId } = await getDb().transaction(async (tx) => {
      const owner = await assertMemberOfEntry(tx, user, entryId);
      await tx.delete(shortlistEntries).where(eq(shortlistEntries.id, entryId));
      await touchShortlist(tx, owner.shortlistId);
      return owner;
    });
    revalidateList(shortlistId);
    return ok({ id: entryId }, say("shortlists.done.removed"));
  } catch (error) {
    return fromError(error);
  }
}

// The actions as the forms call them: each answers in the reader's language.
export async function createShortlist(previous: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  return localise(await createShortlistHere(previous, form));
}

export async function renameShortlist(previous: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  return localise(await renameShortlistHere(previous, form));
}

export async function deleteShortlist(previous: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  return localise(await deleteShortlistHere(previous, form));
}

export async function addToShortlist(previous: ActionResult, form: FormData): Promise<ActionResult<{ shortlistId: number; entryId: number; created: boolean }>> {
  return localise(await addToShortlistHere(previous, form));
}

export async function setEntryNote(previous: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  return localise(await setEntryNoteHere(previous, form));
}

export async function setEntryStatus(previous: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  return localise(await setEntryStatusHere(previous, form));
}

export async function moveShortlistEntry(previous: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  return localise(await moveShortlistEntryHere(previous, form));
}

export async function removeShortlistEntry(previous: ActionResult, form: FormData): Promise<ActionResult<{ id: number }>> {
  return localise(await removeShortlistEntryHere(previous, form));
}
