"use server";
// Interest actions: publish, edit, renew, close, recompute matches, dismiss and undismiss a
// match. Each follows the one shape: who asks → zod (both in signedInAction, with the answer in
// the reader's language) → may they (a member of the interest's organisation) → one transaction
// → revalidate → typed result. Publishing, editing, renewing and
// recomputing also recompute the stored matches and the reciprocal pairs in that transaction;
// a failing engine leaves the interest saved with its error noted (a savepoint), never half-saved.
import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb, type Tx } from "@/db";
import { refreshReciprocalMatches } from "@/db/interests/reciprocal";
import { refreshInterestMatches } from "@/db/interests/refresh";
import { noteChangedOrganisations } from "@/db/interests/stale";
import { interestOwner, interestReferenceProblems, interestValues, resolveCallTopic, setInterestThemes } from "@/db/interests/write";
import { interestDismissals, interests } from "@/db/schema/interests";
import { requireOrganisationRole } from "@/lib/authz";
import type { CurrentUser } from "@/lib/current-user";
import { AppError } from "@/lib/errors";
import { say } from "@/lib/i18n/say";
import { defaultDeadline, interestState, isoDate, renewedDeadline } from "@/lib/interests/options";
import { missingSignal } from "@/lib/interests/signal";
import {
  dismissMatchInput,
  interestOnlyInput,
  publishInterestInput,
  renewInterestInput,
  updateInterestInput,
  type InterestInput,
} from "@/lib/validation/interests";
import { ok, type ActionResult } from "./result";
import { FieldProblems, signedInAction } from "./signed-in-action";

/** The interest form: its checkbox groups and multi-selects, and its text kept when it is sent back. */
const INTEREST_FORM = { arrays: ["themeIds", "targetRegions", "partnerTypes", "wantedCountries"], keepValues: true } as const;

const today = () => isoDate(new Date());

/** The checks zod cannot make (references in the database, a usable signal), then the topic. */
async function checkedTopic(tx: Tx, input: InterestInput) {
  const problems = await interestReferenceProblems(tx, input);
  if (Object.keys(problems).length > 0) throw new FieldProblems(problems);
  const topic = await resolveCallTopic(tx, input.callTopic);
  const noSignal = missingSignal({
    title: input.title,
    description: input.description,
    themeIds: input.themeIds,
    programmeId: input.programme === "other" ? null : Number(input.programme),
    knownTopic: topic.topicId !== null,
  });
  if (noSignal) throw new FieldProblems({ themeIds: [noSignal] }, noSignal);
  return topic;
}

/** Matches and reciprocal pairs, as of today. */
const refreshMatches = (tx: Tx, interestId: number) => refreshInterestMatches(tx, interestId, today());

/**
 * An organisation's open interests count in other members' matches that list it (what it is
 * looking for): those are recomputed soon after one is published, changed or closed.
 */
const noteInterestsChanged = (profileId: number) => noteChangedOrganisations(getDb(), { profileIds: [profileId] });

/** The interest's organisation, checked: the user must be one of its members. */
async function assertMemberOfInterest(user: CurrentUser, interestId: number) {
  const owner = await interestOwner(getDb(), interestId);
  if (!owner) throw new AppError("not_found", say("interests.actions.notFound"));
  await requireOrganisationRole(user, owner.profileId, "member");
  return owner;
}

/** Publishes an interest for one of the user's organisations and computes its matches. */
export const publishInterest = signedInAction(
  publishInterestInput,
  async (input, user): Promise<ActionResult<{ id: number }>> => {
    await requireOrganisationRole(user, input.profileId, "member");
    const id = await getDb().transaction(async (tx) => {
      const topic = await checkedTopic(tx, input);
      const [created] = await tx
        .insert(interests)
        .values({
          ...interestValues(input, topic, input.deadline ?? defaultDeadline(today())),
          profileId: input.profileId,
          authorUserId: user.id,
          creationKey: input.creationKey,
        })
        .onConflictDoNothing({ target: interests.creationKey })
        .returning({ id: interests.id });
      if (!created) {
        // The same form sent again (double click, back button): the first interest stands.
        const [earlier] = await tx.select({ id: interests.id, by: interests.authorUserId }).from(interests).where(eq(interests.creationKey, input.creationKey));
        if (!earlier || earlier.by !== user.id) throw new AppError("conflict", say("forms.reload"));
        return earlier.id;
      }
      await setInterestThemes(tx, created.id, input.themeIds);
      await refreshMatches(tx, created.id);
      return created.id;
    });
    await noteInterestsChanged(input.profileId);
    revalidatePath("/interests");
    redirect(`/interests/${id}?published=1`);
  },
  INTEREST_FORM,
);

/** Saves an edited interest (members of its organisation) and recomputes its matches. */
export const updateInterest = signedInAction(
  updateInterestInput,
  async (input, user): Promise<ActionResult<{ id: number }>> => {
    const id = input.interestId;
    const { profileId } = await assertMemberOfInterest(user, id);
    await getDb().transaction(async (tx) => {
      const topic = await checkedTopic(tx, input);
      const [current] = await tx.select({ deadline: interests.deadline }).from(interests).where(eq(interests.id, id));
      await tx
        .update(interests)
        .set({ ...interestValues(input, topic, input.deadline ?? current!.deadline), updatedAt: new Date() })
        .where(eq(interests.id, id));
      await setInterestThemes(tx, id, input.themeIds);
      await refreshMatches(tx, id);
    });
    await noteInterestsChanged(profileId);
    revalidatePath("/interests");
    revalidatePath(`/interests/${id}`);
    redirect(`/interests/${id}?saved=1`);
  },
  INTEREST_FORM,
);

/** Opens the interest again until a new deadline (90 days more unless given) and recomputes its matches. */
export const renewInterest = signedInAction(
  renewInterestInput,
  async ({ interestId, deadline: wanted }, user) => {
    const { profileId } = await assertMemberOfInterest(user, interestId);
    const deadline = await getDb().transaction(async (tx) => {
      const [current] = await tx.select({ deadline: interests.deadline }).from(interests).where(eq(interests.id, interestId));
      const deadline = wanted ?? renewedDeadline(current!.deadline, today());
      await tx.update(interests).set({ status: "open", closedAt: null, deadline, updatedAt: new Date() }).where(eq(interests.id, interestId));
      await refreshMatches(tx, interestId);
      return deadline;
    });
    await noteInterestsChanged(profileId);
    revalidatePath("/interests");
    revalidatePath(`/interests/${interestId}`);
    return ok({ deadline }, say("interests.actions.openUntil", { date: deadline }));
  },
  { keepValues: true },
);

/** Closes the interest: it leaves the browse list and the reciprocal lists; its page stays for its members. */
export const closeInterest = signedInAction(interestOnlyInput, async ({ interestId }, user) => {
  const { profileId } = await assertMemberOfInterest(user, interestId);
  await getDb().transaction(async (tx) => {
    await tx.update(interests).set({ status: "closed", closedAt: new Date(), updatedAt: new Date() }).where(eq(interests.id, interestId));
    await refreshReciprocalMatches(tx, interestId, today());
  });
  await noteInterestsChanged(profileId);
  revalidatePath("/interests");
  revalidatePath(`/interests/${interestId}`);
  return ok({ id: interestId }, say("interests.actions.closed"));
});

/** Computes the matches again (the knowledge base or the partners' interests may have changed). */
export const recomputeInterestMatches = signedInAction(interestOnlyInput, async ({ interestId }, user) => {
  await assertMemberOfInterest(user, interestId);
  await getDb().transaction(async (tx) => {
    const [row] = await tx.select({ status: interests.status, deadline: interests.deadline }).from(interests).where(eq(interests.id, interestId));
    if (interestState(row!, today()) !== "open") throw new AppError("conflict", say("interests.actions.notOpen"));
    await refreshMatches(tx, interestId);
  });
  revalidatePath(`/interests/${interestId}`);
  return ok({ id: interestId }, say("interests.actions.upToDate"));
});

/** Hides a match of the interest, for good: it stays hidden when the matches are recomputed. */
export const dismissMatch = signedInAction(dismissMatchInput, async ({ interestId, organisationId, profileId }, user) => {
  await assertMemberOfInterest(user, interestId);
  await getDb().transaction(async (tx) => {
    // One row per candidate: by its knowledge-base record when it has one, else by its profile.
    const values = organisationId !== undefined ? { interestId, organisationId } : { interestId, profileId: profileId! };
    await tx
      .insert(interestDismissals)
      .values({ ...values, dismissedByUserId: user.id })
      .onConflictDoNothing();
  });
  revalidatePath(`/interests/${interestId}`);
  return ok({ id: interestId }, say("interests.actions.dismissed"));
});

/** Shows a dismissed match again. */
export const undismissMatch = signedInAction(dismissMatchInput, async ({ interestId, organisationId, profileId }, user) => {
  await assertMemberOfInterest(user, interestId);
  await getDb().transaction((tx) =>
    tx
      .delete(interestDismissals)
      .where(
        and(
          eq(interestDismissals.interestId, interestId),
          organisationId !== undefined ? eq(interestDismissals.organisationId, organisationId) : eq(interestDismissals.profileId, profileId!),
        ),
      ),
  );
  revalidatePath(`/interests/${interestId}`);
  return ok({ id: interestId }, say("interests.actions.shownAgain"));
});
