"use server";
// Messaging actions: start a conversation with a registered organisation, send, mark read,
// archive, block an organisation, report a message, invite an unregistered organisation by
// e-mail, and the mail setting. Each follows the one shape: who asks → zod (both in
// signedInAction, with the answer in the reader's language) → may they (a member of one of the
// thread's organisations, checked in the transaction) → one transaction → revalidate → typed
// result. Nobody's e-mail address is shown to the other organisation.
import { and, count, eq, gte, inArray } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb, type Tx } from "@/db";
import { threadSides } from "@/db/queries/messaging";
import { users } from "@/db/schema/accounts";
import { interests } from "@/db/schema/interests";
import { organisations } from "@/db/schema/knowledge";
import { claims, memberships, organisationProfiles } from "@/db/schema/members";
import {
  messageMailSettings,
  messageReports,
  messages,
  messageThreads,
  organisationBlocks,
  organisationMailInvitations,
  threadMemberStates,
} from "@/db/schema/messaging";
import { appUrl } from "@/lib/accounts/store";
import { requireOrganisationRole, roleIn } from "@/lib/authz";
import type { CurrentUser } from "@/lib/current-user";
import { AppError, forbidden } from "@/lib/errors";
import { newMessageMail, organisationInvitationMail } from "@/lib/mail/message-mail";
import { mailWordsFor } from "@/lib/mail/words";
import { enqueueMail } from "@/lib/mail/outbox";
import { scheduleMailDelivery } from "@/lib/mail/sender";
import { conversationsPerDay, invitationIntervalDays, mayOpenConversation, shouldNotify } from "@/lib/messaging/notifications";
import {
  archiveInput,
  blockInput,
  inviteByMailInput,
  mailSettingInput,
  reportInput,
  sendMessageInput,
  startConversationInput,
  threadOnlyInput,
} from "@/lib/validation/messaging";
import { readerLocale } from "@/lib/i18n/reader";
import { say } from "@/lib/i18n/say";
import { failWith, ok, type ActionResult } from "./result";
import { signedInAction } from "./signed-in-action";

const DAY_MS = 86_400_000;

/** The user's side of a thread (their organisation in it) and the other side; outsiders: not found. */
async function mySide(tx: Tx, user: CurrentUser, threadId: number) {
  const sides = await threadSides(tx, threadId);
  if (!sides) throw new AppError("not_found", say("messages.errors.noThread"));
  if (await roleIn(tx, user.id, sides.starterProfileId)) return { mine: sides.starterProfileId, other: sides.recipientProfileId, starter: true };
  if (await roleIn(tx, user.id, sides.recipientProfileId)) return { mine: sides.recipientProfileId, other: sides.starterProfileId, starter: false };
  throw new AppError("not_found", say("messages.errors.noThread"));
}

async function isBlocked(tx: Tx, blocker: number, blocked: number): Promise<boolean> {
  const [row] = await tx
    .select({ at: organisationBlocks.createdAt })
    .from(organisationBlocks)
    .where(and(eq(organisationBlocks.blockerProfileId, blocker), eq(organisationBlocks.blockedProfileId, blocked)));
  return Boolean(row);
}

async function markRead(tx: Tx, threadId: number, userId: string, at: Date) {
  await tx
    .insert(threadMemberStates)
    .values({ threadId, userId, lastReadAt: at })
    .onConflictDoUpdate({ target: [threadMemberStates.threadId, threadMemberStates.userId], set: { lastReadAt: at } });
}

/** Mails the receiving organisation's members about a new message: one per thread per hour each, if they want it. */
async function notifyMembers(tx: Tx, threadId: number, toProfileId: number, fromName: string, subject: string, now: Date): Promise<number> {
  const members = await tx
    .select({ userId: memberships.userId, email: users.email, locale: users.locale, notify: messageMailSettings.notifyByMail, lastNotifiedAt: threadMemberStates.lastNotifiedAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(messageMailSettings, eq(messageMailSettings.userId, memberships.userId))
    .leftJoin(threadMemberStates, and(eq(threadMemberStates.userId, memberships.userId), eq(threadMemberStates.threadId, threadId)))
    .where(eq(memberships.profileId, toProfileId));
  let sent = 0;
  for (const m of members) {
    if (!shouldNotify({ emailOnMessage: m.notify ?? true, lastNotifiedAt: m.lastNotifiedAt, isAuthor: false }, now)) continue;
    await enqueueMail(tx, newMessageMail(await mailWordsFor(m.locale), m.email, fromName, subject, appUrl(`/messages/${threadId}`), appUrl("/account")));
    await tx
      .insert(threadMemberStates)
      .values({ threadId, userId: m.userId, lastNotifiedAt: now })
      .onConflictDoUpdate({ target: [threadMemberStates.threadId, threadMemberStates.userId], set: { lastNotifiedAt: now } });
    sent++;
  }
  return sent;
}

async function profileName(tx: Tx, id: number): Promise<string> {
  const [row] = await tx.select({ name: organisationProfiles.name }).from(organisationProfiles).where(eq(organisationProfiles.id, id));
  return row?.name ?? "An organisation";
}

/** "Message": opens a conversation with a registered organisation and sends the first message. */
export const startConversation = signedInAction(
  startConversationInput,
  async (input, user): Promise<ActionResult<{ threadId: number }>> => {
    const now = new Date();
    const threadId = await getDb().transaction(async (tx) => {
      await requireOrganisationRole(user, input.fromProfileId, "member", tx);
      // A double click: the first message (and its thread) stands.
      const [earlier] = await tx.select({ threadId: messages.threadId, by: messages.senderUserId }).from(messages).where(eq(messages.clientKey, input.clientKey));
      if (earlier) {
        if (earlier.by !== user.id) throw new AppError("conflict", say("messages.errors.reload"));
        return earlier.threadId;
      }
      if (input.fromProfileId === input.toProfileId) throw new AppError("invalid", say("messages.errors.notYourOwn"));
      const [to] = await tx
        .select({ id: organisationProfiles.id, published: organisationProfiles.published })
        .from(organisationProfiles)
        .where(eq(organisationProfiles.id, input.toProfileId));
      if (!to?.published) throw new AppError("not_found", say("messages.errors.noOrganisation"));
      if (await isBlocked(tx, input.toProfileId, input.fromProfileId)) throw forbidden(say("messages.errors.blocked"));
      const [opened] = await tx
        .select({ n: count() })
        .from(messageThreads)
        .where(and(eq(messageThreads.starterProfileId, input.fromProfileId), gte(messageThreads.createdAt, new Date(now.getTime() - DAY_MS))));
      if (!mayOpenConversation(opened?.n ?? 0)) {
        throw new AppError("rate_limited", say("messages.errors.perDay", { perDay: conversationsPerDay }));
      }
      let interestId = input.interestId;
      if (interestId !== null) {
        const [own] = await tx
          .select({ id: interests.id })
          .from(interests)
          .where(and(eq(interests.id, interestId), inArray(interests.profileId, [input.fromProfileId, input.toProfileId])));
        interestId = own ? own.id : null;
      }
      const [thread] = await tx
        .insert(messageThreads)
        .values({ starterProfileId: input.fromProfileId, recipientProfileId: input.toProfileId, interestId, subject: input.subject, startedByUserId: user.id, createdAt: now, lastMessageAt: now })
        .returning({ id: messageThreads.id });
      await tx.insert(messages).values({ threadId: thread!.id, senderProfileId: input.fromProfileId, senderUserId: user.id, body: input.body, clientKey: input.clientKey, createdAt: now });
      await markRead(tx, thread!.id, user.id, now);
      await notifyMembers(tx, thread!.id, input.toProfileId, await profileName(tx, input.fromProfileId), input.subject, now);
      return thread!.id;
    });
    scheduleMailDelivery();
    revalidatePath("/messages");
    redirect(`/messages/${threadId}`);
  },
  { keepValues: true },
);

/** "Send": a message in a conversation; the same form sent twice stores it once. */
export const sendMessage = signedInAction(
  sendMessageInput,
  async ({ threadId, body, clientKey }, user) => {
    const now = new Date();
    const messageId = await getDb().transaction(async (tx) => {
      const side = await mySide(tx, user, threadId);
      if (await isBlocked(tx, side.other, side.mine)) throw forbidden(say("messages.errors.blocked"));
      const [created] = await tx
        .insert(messages)
        .values({ threadId, senderProfileId: side.mine, senderUserId: user.id, body, clientKey, createdAt: now })
        .onConflictDoNothing({ target: messages.clientKey })
        .returning({ id: messages.id });
      if (!created) {
        const [earlier] = await tx.select({ id: messages.id, threadId: messages.threadId, by: messages.senderUserId }).from(messages).where(eq(messages.clientKey, clientKey));
        if (!earlier || earlier.by !== user.id || earlier.threadId !== threadId) throw new AppError("conflict", say("messages.errors.reload"));
        return earlier.id;
      }
      const [thread] = await tx.select({ subject: messageThreads.subject, firstReplyAt: messageThreads.firstReplyAt }).from(messageThreads).where(eq(messageThreads.id, threadId));
      await tx
        .update(messageThreads)
        .set({ lastMessageAt: now, ...(side.starter || thread!.firstReplyAt ? {} : { firstReplyAt: now }) })
        .where(eq(messageThreads.id, threadId));
      await markRead(tx, threadId, user.id, now);
      // A new message brings an archived conversation back for everyone.
      await tx.update(threadMemberStates).set({ archivedAt: null }).where(eq(threadMemberStates.threadId, threadId));
      await notifyMembers(tx, threadId, side.other, await profileName(tx, side.mine), thread!.subject, now);
      return created.id;
    });
    scheduleMailDelivery();
    revalidatePath(`/messages/${threadId}`);
    revalidatePath("/messages");
    return ok({ messageId }, say("messages.done.sent"));
  },
  { keepValues: true },
);

export const markThreadRead = signedInAction(threadOnlyInput, async ({ threadId }, user) => {
  await getDb().transaction(async (tx) => {
    await mySide(tx, user, threadId);
    await markRead(tx, threadId, user.id, new Date());
  });
  revalidatePath("/messages");
  return ok({ threadId });
});

/** Archives (or brings back) a conversation for the user. */
export const archiveThread = signedInAction(archiveInput, async ({ threadId, archived }, user) => {
  const at = archived ? new Date() : null;
  await getDb().transaction(async (tx) => {
    await mySide(tx, user, threadId);
    await tx
      .insert(threadMemberStates)
      .values({ threadId, userId: user.id, archivedAt: at })
      .onConflictDoUpdate({ target: [threadMemberStates.threadId, threadMemberStates.userId], set: { archivedAt: at } });
  });
  revalidatePath("/messages");
  revalidatePath(`/messages/${threadId}`);
  return ok({ threadId }, archived ? say("messages.done.archived") : say("messages.done.unarchived"));
});

/** Blocks an organisation for one of the user's organisations: no new conversation or message from it. */
export const blockOrganisation = signedInAction(blockInput, async ({ profileId, blockedProfileId }, user) => {
  if (profileId === blockedProfileId) return failWith("invalid", say("messages.errors.blockSelf"));
  await getDb().transaction(async (tx) => {
    await requireOrganisationRole(user, profileId, "member", tx);
    await tx.insert(organisationBlocks).values({ blockerProfileId: profileId, blockedProfileId, blockedByUserId: user.id }).onConflictDoNothing();
  });
  revalidatePath("/messages");
  return ok({ blockedProfileId }, say("messages.done.blocked"));
});

/** Reports a message of a conversation the user takes part in, for the administrators. */
export const reportMessage = signedInAction(
  reportInput,
  async ({ messageId, reason }, user) => {
    const reportId = await getDb().transaction(async (tx) => {
      const [message] = await tx.select({ threadId: messages.threadId }).from(messages).where(eq(messages.id, messageId));
      if (!message) throw new AppError("not_found", say("messages.errors.noMessage"));
      await mySide(tx, user, message.threadId);
      const [report] = await tx.insert(messageReports).values({ messageId, reporterUserId: user.id, reason }).returning({ id: messageReports.id });
      return report!.id;
    });
    revalidatePath("/admin");
    return ok({ reportId }, say("messages.done.reported"));
  },
  { keepValues: true },
);

/** Invites a knowledge-base organisation that is not registered, by an address the user types; once a week per organisation. */
export const inviteOrganisationByMail = signedInAction(
  inviteByMailInput,
  async ({ profileId, organisationId, email }, user) => {
    const now = new Date();
    await getDb().transaction(async (tx) => {
      await requireOrganisationRole(user, profileId, "member", tx);
      const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
      if (!org) throw new AppError("not_found", say("messages.errors.noOrganisation"));
      const [claimed] = await tx.select({ id: claims.profileId }).from(claims).where(and(eq(claims.organisationId, organisationId), eq(claims.status, "verified")));
      if (claimed) throw new AppError("conflict", say("messages.errors.registered"));
      // One invitation per organisation per week, whoever sends it; the lock makes two at once one.
      await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId)).for("update");
      const [recent] = await tx
        .select({ n: count() })
        .from(organisationMailInvitations)
        .where(and(eq(organisationMailInvitations.organisationId, organisationId), gte(organisationMailInvitations.createdAt, new Date(now.getTime() - invitationIntervalDays * DAY_MS))));
      if ((recent?.n ?? 0) > 0) throw new AppError("rate_limited", say("messages.errors.invitedRecently"));
      await tx.insert(organisationMailInvitations).values({ organisationId, invitedByProfileId: profileId, invitedByUserId: user.id, createdAt: now });
      // The address may already have an account (of another organisation): its language; else the sender's.
      const [known] = await tx.select({ locale: users.locale }).from(users).where(eq(users.email, email));
      const words = await mailWordsFor(known?.locale, await readerLocale());
      await enqueueMail(tx, organisationInvitationMail(words, email, await profileName(tx, profileId), org.name, appUrl("/register")));
    });
    scheduleMailDelivery();
    return ok({ organisationId }, say("messages.done.invited", { email }));
  },
  { keepValues: true },
);

/** The user's choice: a mail on new messages (at most one per conversation per hour) or none. */
export const setMessageMail = signedInAction(mailSettingInput, async ({ notifyByMail }, user) => {
  await getDb().transaction((tx) =>
    tx.insert(messageMailSettings).values({ userId: user.id, notifyByMail }).onConflictDoUpdate({ target: messageMailSettings.userId, set: { notifyByMail } }),
  );
  revalidatePath("/account");
  return ok({ notifyByMail }, notifyByMail ? say("messages.done.mailOn") : say("messages.done.mailOff"));
});
