// Scheduled reminders: a conversation unanswered for 7 days gets one reminder to the receiving
// organisation's members, and an open interest whose deadline is 7 days away or less reminds its
// organisation's members once per deadline. Each reminder is claimed in the database in the same
// transaction that queues its mail (an UPDATE … WHERE reminded_at IS NULL, or an INSERT … ON
// CONFLICT DO NOTHING), so the worker and an app process running this at the same time never
// send one twice.
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../index";
import { interestExpiryReminders, interests, memberships, messageThreads, organisationProfiles, users } from "../schema";
import { enqueueMail } from "@/lib/mail/outbox";
import { interestExpiryMail, unansweredReminderMail } from "@/lib/mail/message-mail";
import { mailWordsFor } from "@/lib/mail/words";
import { reminderAfterDays } from "@/lib/messaging/responsiveness";

const DAY_MS = 86_400_000;
export const expiryNoticeDays = 7;

export interface ReminderReport {
  threads: number;
  interests: number;
  mails: number;
}

/** The organisation's members' addresses and languages (each gets the mail in their own). */
async function memberAddresses(db: Db | Parameters<Parameters<Db["transaction"]>[0]>[0], profileId: number): Promise<{ email: string; locale: string | null }[]> {
  return db.select({ email: users.email, locale: users.locale }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(eq(memberships.profileId, profileId));
}

export async function sendDueReminders(db: Db, options: { now?: Date; appUrl: string; limit?: number }): Promise<ReminderReport> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 50;
  const report: ReminderReport = { threads: 0, interests: 0, mails: 0 };

  // Unanswered conversations: claim each with the update that marks it reminded.
  const dueThreads = await db
    .select({ id: messageThreads.id })
    .from(messageThreads)
    .where(and(isNull(messageThreads.firstReplyAt), isNull(messageThreads.remindedAt), lte(messageThreads.createdAt, new Date(now.getTime() - reminderAfterDays * DAY_MS))))
    .limit(limit);
  for (const { id } of dueThreads) {
    await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(messageThreads)
        .set({ remindedAt: now })
        .where(and(eq(messageThreads.id, id), isNull(messageThreads.remindedAt), isNull(messageThreads.firstReplyAt)))
        .returning({ subject: messageThreads.subject, starter: messageThreads.starterProfileId, recipient: messageThreads.recipientProfileId });
      if (!claimed) return; // another process took it, or it was answered meanwhile
      const [from] = await tx.select({ name: organisationProfiles.name }).from(organisationProfiles).where(eq(organisationProfiles.id, claimed.starter));
      for (const to of await memberAddresses(tx, claimed.recipient)) {
        await enqueueMail(tx, unansweredReminderMail(await mailWordsFor(to.locale), to.email, from?.name ?? null, claimed.subject, `${options.appUrl}/messages/${id}`));
        report.mails++;
      }
      report.threads++;
    });
  }

  // Interests about to expire: claim each (interest, deadline) by inserting its reminder row.
  const today = now.toISOString().slice(0, 10);
  const soon = new Date(now.getTime() + expiryNoticeDays * DAY_MS).toISOString().slice(0, 10);
  const dueInterests = await db
    .select({ id: interests.id, deadline: interests.deadline })
    .from(interests)
    .where(
      and(
        eq(interests.status, "open"),
        sql`${interests.deadline} >= ${today}::date and ${interests.deadline} <= ${soon}::date`,
        sql`not exists (select 1 from ${interestExpiryReminders} r where r.interest_id = ${interests.id} and r.deadline = ${interests.deadline}::text)`,
      ),
    )
    .limit(limit);
  for (const due of dueInterests) {
    await db.transaction(async (tx) => {
      const [claimed] = await tx.insert(interestExpiryReminders).values({ interestId: due.id, deadline: due.deadline, sentAt: now }).onConflictDoNothing().returning({ interestId: interestExpiryReminders.interestId });
      if (!claimed) return;
      const [interest] = await tx.select({ title: interests.title, profileId: interests.profileId }).from(interests).where(eq(interests.id, due.id));
      for (const to of await memberAddresses(tx, interest!.profileId)) {
        await enqueueMail(tx, interestExpiryMail(await mailWordsFor(to.locale), to.email, interest!.title, due.deadline, `${options.appUrl}/interests/${due.id}`));
        report.mails++;
      }
      report.interests++;
    });
  }
  return report;
}
