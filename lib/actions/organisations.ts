"use server";
// Organisation actions: create and edit a profile, switch the organisation one acts for,
// invitations, members and ownership, and claims on knowledge-base records. Each follows the
// one shape: who asks → zod (both in signedInAction, with the answer in the reader's language)
// → may they → one transaction → revalidate → typed result.
import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb, type Tx } from "@/db";
import { refreshOpenInterestsOf, refreshOpenReciprocalMatchesOf } from "@/db/interests/refresh";
import { noteChangedOrganisations } from "@/db/interests/stale";
import { users } from "@/db/schema/accounts";
import { countries, nutsRegions, organisations, themes } from "@/db/schema";
import { claims, invitations, memberships, organisationProfiles, profileThemes } from "@/db/schema/members";
import { hashToken, isWellFormedToken, newToken, tokenStateMessages } from "@/lib/accounts/tokens";
import { localised } from "@/lib/i18n/reader";
import { say } from "@/lib/i18n/say";
import { appUrl, leaveOrganisations } from "@/lib/accounts/store";
import { requireOrganisationRole } from "@/lib/authz";
import { requireUser, type CurrentUser } from "@/lib/current-user";
import { isoDate } from "@/lib/interests/options";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { scheduleMailDelivery } from "@/lib/mail/sender";
import { invitationMail } from "@/lib/mail/templates";
import { mailWordsFor } from "@/lib/mail/words";
import { readerLocale } from "@/lib/i18n/reader";
import { decideNewClaim } from "@/lib/organisations/claims";
import { isUniqueViolation } from "@/db/errors";
import { websiteDomain } from "@/lib/organisations/domain";
import { changesMatchedFields, type MatchedFields } from "@/lib/organisations/matched-fields";
import {
  claimInput,
  createOrganisationInput,
  disputeInput,
  inviteInput,
  memberInput,
  profileId as profileIdField,
  updateOrganisationInput,
  type OrganisationInput,
} from "@/lib/validation/organisations";
import { z } from "zod";
import { failWith, fromError, ok, type ActionResult, type FieldErrors } from "./result";
import { FieldProblems, signedInAction } from "./signed-in-action";

/** Checks against the database what zod cannot: the country, the region in it, the themes. */
async function referenceProblems(tx: Tx, input: OrganisationInput): Promise<FieldErrors> {
  const problems: FieldErrors = {};
  const [country] = await tx.select({ code: countries.code }).from(countries).where(eq(countries.code, input.countryCode));
  if (!country) problems.countryCode = [say("profile.actions.countryFromList")];
  if (input.nutsCode) {
    const [region] = await tx
      .select({ code: nutsRegions.code })
      .from(nutsRegions)
      .where(and(eq(nutsRegions.code, input.nutsCode), eq(nutsRegions.countryCode, input.countryCode)))
      .limit(1);
    if (!region) problems.nutsCode = [say("profile.actions.regionOfCountry")];
  }
  if (input.themeIds.length > 0) {
    // The vocabulary's themes and the fields of science (EuroSciVoc): the form offers both.
    const found = await tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, input.themeIds));
    if (found.length !== new Set(input.themeIds).size) problems.themeIds = [say("validation.interest.themesFromList")];
  }
  return problems;
}

function profileValues(input: OrganisationInput) {
  return {
    name: input.name,
    type: input.type as (typeof organisationProfiles.$inferInsert)["type"],
    countryCode: input.countryCode,
    nutsCode: input.nutsCode,
    city: input.city,
    website: input.website,
    websiteDomain: websiteDomain(input.website),
    description: input.description,
    pic: input.pic,
    programmes: input.programmes,
    languages: input.languages,
    contactRole: input.contactRole,
  };
}

/** What matching reads of a profile, as stored. */
async function matchedFieldsOf(tx: Tx, profileId: number): Promise<MatchedFields | null> {
  const [row] = await tx
    .select({ name: organisationProfiles.name, type: organisationProfiles.type, countryCode: organisationProfiles.countryCode, nutsCode: organisationProfiles.nutsCode, description: organisationProfiles.description })
    .from(organisationProfiles)
    .where(eq(organisationProfiles.id, profileId));
  if (!row) return null;
  const themeIds = (await tx.select({ id: profileThemes.themeId }).from(profileThemes).where(eq(profileThemes.profileId, profileId))).map((t) => t.id);
  return { ...row, themeIds };
}

async function setThemes(tx: Tx, profileId: number, themeIds: number[]) {
  await tx.delete(profileThemes).where(eq(profileThemes.profileId, profileId));
  const unique = [...new Set(themeIds)];
  if (unique.length > 0) await tx.insert(profileThemes).values(unique.map((themeId) => ({ profileId, themeId })));
}

/** The organisation form: its multi-selects, and its text kept when it is sent back. */
const ORGANISATION_FORM = { arrays: ["themeIds", "programmes", "languages"], keepValues: true } as const;

const profileOnlyInput = z.object({ profileId: profileIdField });
const publishedInput = z.object({ profileId: profileIdField, published: z.enum(["true", "false"]) });
const revokeInput = z.object({ profileId: profileIdField, invitationId: z.coerce.number().int().positive() });
const withdrawInput = z.object({ profileId: profileIdField, claimId: z.coerce.number().int().positive() });

/**
 * Creates an organisation with the user as its owner, and makes it the one they act for. The
 * form's one-time key makes a second submit (double click, back button) find the first one.
 */
export const createOrganisation = signedInAction(
  createOrganisationInput,
  async (input, user): Promise<ActionResult<{ id: number }>> => {
    const id = await getDb().transaction(async (tx) => {
      const problems = await referenceProblems(tx, input);
      if (Object.keys(problems).length > 0) throw new FieldProblems(problems);
      const [created] = await tx
        .insert(organisationProfiles)
        .values({ ...profileValues(input), creationKey: input.creationKey, createdByUserId: user.id })
        .onConflictDoNothing({ target: organisationProfiles.creationKey })
        .returning({ id: organisationProfiles.id });
      if (!created) {
        const [earlier] = await tx
          .select({ id: organisationProfiles.id, by: organisationProfiles.createdByUserId })
          .from(organisationProfiles)
          .where(eq(organisationProfiles.creationKey, input.creationKey));
        if (!earlier || earlier.by !== user.id) throw new AppError("conflict", say("forms.reload"));
        return earlier.id;
      }
      await tx.insert(memberships).values({ profileId: created.id, userId: user.id, role: "owner" });
      await setThemes(tx, created.id, input.themeIds);
      await tx.update(users).set({ activeProfileId: created.id }).where(eq(users.id, user.id));
      return created.id;
    });
    // Other members' interests on its themes may list it now.
    await noteChangedOrganisations(getDb(), { profileIds: [id] });
    revalidatePath("/", "layout");
    redirect(`/profile/${id}?created=1`);
  },
  ORGANISATION_FORM,
);

/** Saves an organisation's profile (owners). */
export const updateOrganisation = signedInAction(
  updateOrganisationInput,
  async (input, user) => {
    await requireOrganisationRole(user, input.profileId, "owner");
    const matchingChanged = await getDb().transaction(async (tx) => {
      const problems = await referenceProblems(tx, input);
      if (Object.keys(problems).length > 0) throw new FieldProblems(problems);
      const before = await matchedFieldsOf(tx, input.profileId);
      await tx
        .update(organisationProfiles)
        .set({ ...profileValues(input), updatedAt: new Date() })
        .where(eq(organisationProfiles.id, input.profileId));
      await setThemes(tx, input.profileId, input.themeIds);
      const changed = !before || changesMatchedFields(before, { ...profileValues(input), themeIds: input.themeIds });
      // Its interests' mutual matches say what it is (type, country, themes) to the other side.
      if (changed) await refreshOpenReciprocalMatchesOf(tx, [input.profileId], isoDate(new Date()));
      return changed;
    });
    // Other members' matches that list it, or are on its themes, are recomputed soon.
    if (matchingChanged) await noteChangedOrganisations(getDb(), { profileIds: [input.profileId] });
    revalidatePath(`/profile/${input.profileId}`);
    revalidatePath(`/profiles/${input.profileId}`);
    return ok({ id: input.profileId }, say("profile.actions.saved"));
  },
  ORGANISATION_FORM,
);

/** Publishes or unpublishes the profile (owners): an unpublished one is shown to its members only. */
export const setOrganisationPublished = signedInAction(publishedInput, async ({ profileId, published: wanted }, user) => {
  await requireOrganisationRole(user, profileId, "owner");
  const published = wanted === "true";
  await getDb().transaction((tx) => tx.update(organisationProfiles).set({ published, updatedAt: new Date() }).where(eq(organisationProfiles.id, profileId)));
  await noteChangedOrganisations(getDb(), { profileIds: [profileId] });
  revalidatePath(`/profile/${profileId}`);
  return ok({ published }, published ? say("profile.actions.public") : say("profile.actions.hidden"));
});

/** Chooses the organisation the user acts for (one of theirs). */
export const switchOrganisation = signedInAction(profileOnlyInput, async ({ profileId }, user) => {
  await requireOrganisationRole(user, profileId, "member");
  await getDb().transaction((tx) => tx.update(users).set({ activeProfileId: profileId }).where(eq(users.id, user.id)));
  revalidatePath("/", "layout");
  return ok({ id: profileId }, say("account.organisations.switched"));
});

/**
 * Invites a colleague by e-mail (owners). Inviting the same address again renews the open
 * invitation (a new link; the old one stops working) rather than adding a second one; within a
 * minute of the last, it does nothing (a double submit sends one mail).
 */
export const inviteMember = signedInAction(
  inviteInput,
  async ({ profileId, email }, user) => {
    await requireOrganisationRole(user, profileId, "owner");
    const sent = await getDb().transaction(async (tx) => {
      const [member] = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.profileId, profileId), eq(users.email, email)));
      if (member) throw new FieldProblems({ email: [say("profile.actions.alreadyMember")] });
      const [recent] = await tx
        .select({ id: invitations.id })
        .from(invitations)
        .where(
          and(
            eq(invitations.profileId, profileId),
            eq(invitations.email, email),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
            gt(invitations.createdAt, new Date(Date.now() - 60_000)),
          ),
        );
      if (recent) return false;
      await tx
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(and(eq(invitations.profileId, profileId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
      const { token, tokenHash, expiresAt } = newToken("invitation");
      await tx.insert(invitations).values({ profileId, email, role: "member", tokenHash, expiresAt, invitedByUserId: user.id });
      const [profile] = await tx.select({ name: organisationProfiles.name }).from(organisationProfiles).where(eq(organisationProfiles.id, profileId));
      // Someone with an account reads it in their language; anyone else in the inviter's.
      const [invitee] = await tx.select({ locale: users.locale }).from(users).where(eq(users.email, email));
      const words = await mailWordsFor(invitee?.locale, await readerLocale());
      await enqueueMail(tx, invitationMail(words, email, user.name ?? user.email, profile!.name, appUrl(`/invitations/${token}`)));
      return true;
    });
    if (sent) scheduleMailDelivery();
    revalidatePath(`/profile/${profileId}`);
    return ok({ email }, say("profile.actions.invited", { email }));
  },
  { keepValues: true },
);

/** Withdraws an open invitation (owners). */
export const revokeInvitation = signedInAction(revokeInput, async ({ profileId, invitationId }, user) => {
  await requireOrganisationRole(user, profileId, "owner");
  await getDb().transaction((tx) =>
    tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), eq(invitations.profileId, profileId), isNull(invitations.acceptedAt))),
  );
  revalidatePath(`/profile/${profileId}`);
  return ok({ id: invitationId }, say("profile.actions.invitationWithdrawn"));
});

/**
 * Joins an organisation with an invitation link. The signed-in user's (verified) address must
 * be the invited one; the link works once.
 */
async function acceptInvitationAction(_: ActionResult, form: FormData): Promise<ActionResult<{ profileId: number }>> {
  let profileId: number;
  try {
    const user = await requireUser();
    const token = form.get("token");
    if (!isWellFormedToken(token)) return failWith("invalid", tokenStateMessages.unknown);
    profileId = await getDb().transaction(async (tx) => {
      const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token)));
      if (!invitation || invitation.revokedAt) throw new AppError("invalid", invitation ? say("profile.actions.invitationRevoked") : tokenStateMessages.unknown);
      if (invitation.acceptedAt) {
        // The same person clicking twice has joined already: no error for them.
        if (invitation.acceptedByUserId === user.id) return invitation.profileId;
        throw new AppError("invalid", tokenStateMessages.used);
      }
      if (invitation.expiresAt <= new Date()) throw new AppError("invalid", tokenStateMessages.expired);
      if (invitation.email !== user.email) {
        throw new AppError("forbidden", say("profile.actions.wrongAddress", { email: invitation.email }));
      }
      const [accepted] = await tx
        .update(invitations)
        .set({ acceptedAt: new Date(), acceptedByUserId: user.id })
        .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
        .returning({ id: invitations.id });
      if (!accepted) throw new AppError("invalid", tokenStateMessages.used);
      await tx.insert(memberships).values({ profileId: invitation.profileId, userId: user.id, role: invitation.role }).onConflictDoNothing();
      await tx.update(organisationProfiles).set({ published: true }).where(and(eq(organisationProfiles.id, invitation.profileId), eq(organisationProfiles.published, false)));
      await tx.update(users).set({ activeProfileId: invitation.profileId }).where(eq(users.id, user.id));
      return invitation.profileId;
    });
  } catch (error) {
    return fromError(error);
  }
  revalidatePath("/", "layout");
  redirect(`/profile/${profileId}?joined=1`);
}

/** Removes a member (owners; not oneself: leaving is its own action). */
export const removeMember = signedInAction(memberInput, async ({ profileId, userId }, user) => {
  await requireOrganisationRole(user, profileId, "owner");
  if (userId === user.id) throw new AppError("invalid", say("profile.actions.leaveYourself"));
  await getDb().transaction(async (tx) => {
    const removed = await tx.delete(memberships).where(and(eq(memberships.profileId, profileId), eq(memberships.userId, userId))).returning();
    if (removed.length === 0) throw new AppError("not_found", say("profile.actions.memberNotFound"));
    await tx.update(users).set({ activeProfileId: null }).where(and(eq(users.id, userId), eq(users.activeProfileId, profileId)));
  });
  revalidatePath(`/profile/${profileId}`);
  return ok({ userId }, say("profile.actions.memberRemoved"));
});

/** Hands ownership to another member (owners): they become owner, the user a member. */
export const transferOwnership = signedInAction(memberInput, async ({ profileId, userId }, user) => {
  await requireOrganisationRole(user, profileId, "owner");
  if (userId === user.id) throw new AppError("invalid", say("profile.actions.alreadyOwner"));
  await getDb().transaction(async (tx) => {
    const promoted = await tx
      .update(memberships)
      .set({ role: "owner" })
      .where(and(eq(memberships.profileId, profileId), eq(memberships.userId, userId)))
      .returning();
    if (promoted.length === 0) throw new AppError("not_found", say("profile.actions.memberNotFound"));
    await tx.update(memberships).set({ role: "member" }).where(and(eq(memberships.profileId, profileId), eq(memberships.userId, user.id)));
  });
  revalidatePath(`/profile/${profileId}`);
  return ok({ userId }, say("profile.actions.ownershipTransferred"));
});

/** Leaves an organisation; the last owner's place passes to a member, and with nobody left it is unpublished. */
export const leaveOrganisation = signedInAction(profileOnlyInput, async ({ profileId }, user): Promise<ActionResult<never>> => {
  await requireOrganisationRole(user, profileId, "member");
  await getDb().transaction((tx) => leaveOrganisations(tx, user.id, [profileId]));
  revalidatePath("/", "layout");
  redirect("/account?left=1");
});

async function claimFacts(tx: Tx, user: CurrentUser, profileId: number, organisationId: number) {
  const [record] = await tx
    .select({ id: organisations.id, name: organisations.name, website: organisations.website })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!record || record.name === null) throw new AppError("not_found", say("profile.actions.recordNotFound"));
  const [holder] = await tx
    .select({ profileId: claims.profileId })
    .from(claims)
    .where(and(eq(claims.organisationId, organisationId), eq(claims.status, "verified")));
  return decideNewClaim({
    userEmail: user.email,
    userEmailVerified: user.emailVerified !== null,
    recordWebsite: record.website,
    heldByProfileId: holder?.profileId ?? null,
    profileId,
  });
}

/**
 * Claims a knowledge-base record for the organisation (owners): verified at once when the
 * user's verified e-mail domain is the record's website domain, else pending for an
 * administrator; a record another organisation holds becomes a dispute for the administrator.
 * Claiming the same record twice changes nothing.
 */
export const claimRecord = signedInAction(
  // A note makes the claim a dispute of a record another organisation holds.
  (values) => (typeof values.note === "string" && values.note.trim() !== "" ? disputeInput : claimInput),
  async (input, user) => {
    const { profileId, organisationId } = input;
    const note = "note" in input ? (input.note as string) : null;
    await requireOrganisationRole(user, profileId, "owner");
    const status = await getDb().transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: claims.id, status: claims.status })
        .from(claims)
        .where(and(eq(claims.profileId, profileId), eq(claims.organisationId, organisationId)));
      if (existing && existing.status !== "rejected") return existing.status;
      const decision = await claimFacts(tx, user, profileId, organisationId);
      if (decision.status === "already_yours") return "verified";
      const row = { status: decision.status, method: decision.method, note, requestedByUserId: user.id, decidedAt: decision.status === "verified" ? new Date() : null, updatedAt: new Date() };
      const insert = async (values: typeof row) => {
        if (existing) await tx.update(claims).set(values).where(eq(claims.id, existing.id));
        else await tx.insert(claims).values({ profileId, organisationId, ...values });
      };
      if (decision.status !== "verified") {
        await insert(row);
        return decision.status;
      }
      try {
        // Another organisation may verify the same record at the same moment: the unique index decides.
        await tx.transaction((sp) => (existing ? sp.update(claims).set(row).where(eq(claims.id, existing.id)) : sp.insert(claims).values({ profileId, organisationId, ...row })));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await insert({ ...row, status: "disputed", method: "admin", decidedAt: null });
        return "disputed";
      }
      // Its own record is no longer a match of its interests, and the record's partners are its network.
      await refreshOpenInterestsOf(tx, [profileId], isoDate(new Date()));
      return "verified";
    });
    // Other members' matches listing the record now count its holder's profile and interests.
    if (status === "verified") await noteChangedOrganisations(getDb(), { profileIds: [profileId], organisationIds: [organisationId] });
    revalidatePath(`/profile/${profileId}`);
    revalidatePath(`/organisations/${organisationId}`);
    const messages: Record<string, string> = {
      verified: say("profile.actions.claimVerified"),
      pending: say("profile.actions.claimPending"),
      disputed: say("profile.actions.claimDisputed"),
      rejected: say("profile.actions.claimRejected"),
    };
    return ok<{ status: string }>({ status }, messages[status]);
  },
  { keepValues: true },
);

/** Withdraws a claim or unlinks a claimed record (owners). */
export const withdrawClaim = signedInAction(withdrawInput, async ({ profileId, claimId }, user) => {
  await requireOrganisationRole(user, profileId, "owner");
  const removed = await getDb().transaction(async (tx) => {
    const rows = await tx
      .delete(claims)
      .where(and(eq(claims.id, claimId), eq(claims.profileId, profileId)))
      .returning({ organisationId: claims.organisationId, status: claims.status });
    // A verified record given up: the organisation's interests no longer count it as theirs.
    if (rows[0]?.status === "verified") await refreshOpenInterestsOf(tx, [profileId], isoDate(new Date()));
    return rows;
  });
  if (removed.length === 0) throw new AppError("not_found", say("profile.actions.claimNotFound"));
  if (removed[0]!.status === "verified") await noteChangedOrganisations(getDb(), { profileIds: [profileId], organisationIds: [removed[0]!.organisationId] });
  revalidatePath(`/profile/${profileId}`);
  revalidatePath(`/organisations/${removed[0]!.organisationId}`);
  return ok({ id: claimId }, say("profile.actions.claimWithdrawn"));
});

// Not on signedInAction: the invitation link carries a token, not a form zod reads.
export const acceptInvitation = localised(acceptInvitationAction);
