// Reads for messaging: the conversations a user's organisations take part in (with unread
// state for that user), one conversation with its messages, the unread count for the header,
// and who may be written to. Who may see what is decided by the callers (docs/authorisation.md).
import "server-only";
import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Db, Tx } from "../index";
import { messageMailSettings, messageReports, messages, messageThreads, organisationProfiles, users } from "../schema";

/** The two organisations of a thread, or null when there is no such thread. */
export async function threadSides(db: Db | Tx, threadId: number) {
  const [row] = await db
    .select({ starterProfileId: messageThreads.starterProfileId, recipientProfileId: messageThreads.recipientProfileId })
    .from(messageThreads)
    .where(eq(messageThreads.id, threadId));
  return row ?? null;
}

const myProfiles = (userId: string) => sql`(select m.profile_id from memberships m where m.user_id = ${userId})`;

export interface ThreadSummary {
  id: number;
  subject: string;
  otherProfileId: number;
  otherName: string;
  myProfileId: number;
  lastMessageAt: Date;
  unread: boolean;
  archived: boolean;
  lastBody: string | null;
}

/** The user's conversations (any of their organisations), newest first; archived ones when asked. */
export async function listThreadsForUser(db: Db | Tx, userId: string, archived: boolean): Promise<ThreadSummary[]> {
  const rows = await db.execute<{
    id: number;
    subject: string;
    other_profile_id: number;
    other_name: string;
    my_profile_id: number;
    last_message_at: string | Date;
    unread: boolean;
    archived: boolean;
    last_body: string | null;
  }>(sql`
    select t.id, t.subject,
           case when t.starter_profile_id in ${myProfiles(userId)} then t.recipient_profile_id else t.starter_profile_id end as other_profile_id,
           op.name as other_name,
           case when t.starter_profile_id in ${myProfiles(userId)} then t.starter_profile_id else t.recipient_profile_id end as my_profile_id,
           t.last_message_at,
           exists (select 1 from messages m where m.thread_id = t.id and m.sender_profile_id not in ${myProfiles(userId)}
                    and m.created_at > coalesce(s.last_read_at, '-infinity'::timestamptz)) as unread,
           (s.archived_at is not null) as archived,
           (select m.body from messages m where m.thread_id = t.id order by m.created_at desc, m.id desc limit 1) as last_body
      from message_threads t
      left join thread_member_states s on s.thread_id = t.id and s.user_id = ${userId}
      join organisation_profiles op on op.id = case when t.starter_profile_id in ${myProfiles(userId)} then t.recipient_profile_id else t.starter_profile_id end
     where (t.starter_profile_id in ${myProfiles(userId)} or t.recipient_profile_id in ${myProfiles(userId)})
       and (s.archived_at is not null) = ${archived}
     order by t.last_message_at desc, t.id desc
     limit 200`);
  const list = Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows;
  return (list as Record<string, unknown>[]).map((r) => ({
    id: Number(r.id),
    subject: String(r.subject),
    otherProfileId: Number(r.other_profile_id),
    otherName: String(r.other_name),
    myProfileId: Number(r.my_profile_id),
    lastMessageAt: new Date(r.last_message_at as string),
    unread: Boolean(r.unread),
    archived: Boolean(r.archived),
    lastBody: (r.last_body as string | null) ?? null,
  }));
}

/** How many of the user's conversations have a message from the other organisation they have not read. */
export async function unreadThreadCount(db: Db | Tx, userId: string): Promise<number> {
  const rows = await db.execute<{ n: number }>(sql`
    select count(*)::int as n
      from message_threads t
      left join thread_member_states s on s.thread_id = t.id and s.user_id = ${userId}
     where (t.starter_profile_id in ${myProfiles(userId)} or t.recipient_profile_id in ${myProfiles(userId)})
       and s.archived_at is null
       and exists (select 1 from messages m where m.thread_id = t.id and m.sender_profile_id not in ${myProfiles(userId)}
                    and m.created_at > coalesce(s.last_read_at, '-infinity'::timestamptz))`);
  const list = Array.isArray(rows) ? rows : (rows as { rows: { n: number }[] }).rows;
  return Number((list as { n: number }[])[0]?.n ?? 0);
}

export async function getThread(db: Db | Tx, threadId: number) {
  const [row] = await db.select().from(messageThreads).where(eq(messageThreads.id, threadId));
  if (!row) return null;
  const names = await db
    .select({ id: organisationProfiles.id, name: organisationProfiles.name })
    .from(organisationProfiles)
    .where(sql`${organisationProfiles.id} in (${row.starterProfileId}, ${row.recipientProfileId})`);
  const nameOf = (id: number) => names.find((n) => n.id === id)?.name ?? "An organisation";
  return { ...row, starterName: nameOf(row.starterProfileId), recipientName: nameOf(row.recipientProfileId) };
}

export async function listThreadMessages(db: Db | Tx, threadId: number) {
  return db
    .select({ id: messages.id, senderProfileId: messages.senderProfileId, body: messages.body, createdAt: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.threadId, threadId)))
    .orderBy(asc(messages.createdAt), asc(messages.id));
}

/** Whether the user gets mail about new messages (on unless switched off). */
export async function messageMailOn(db: Db | Tx, userId: string): Promise<boolean> {
  const [row] = await db.select({ on: messageMailSettings.notifyByMail }).from(messageMailSettings).where(eq(messageMailSettings.userId, userId));
  return row?.on ?? true;
}

/** Reported messages for the administrators, newest first, with their conversation. */
export async function listMessageReports(db: Db | Tx) {
  return db
    .select({
      id: messageReports.id,
      messageId: messageReports.messageId,
      reason: messageReports.reason,
      createdAt: messageReports.createdAt,
      reporter: users.email,
      body: messages.body,
      threadId: messages.threadId,
      subject: messageThreads.subject,
      senderName: organisationProfiles.name,
    })
    .from(messageReports)
    .innerJoin(messages, eq(messages.id, messageReports.messageId))
    .innerJoin(messageThreads, eq(messageThreads.id, messages.threadId))
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, messages.senderProfileId))
    .leftJoin(users, eq(users.id, messageReports.reporterUserId))
    .orderBy(sql`${messageReports.createdAt} desc`)
    .limit(100);
}

/** The reports on a conversation's messages, oldest first: which message, who reported it, when and why. */
export async function listThreadReports(db: Db | Tx, threadId: number) {
  return db
    .select({ id: messageReports.id, messageId: messageReports.messageId, reason: messageReports.reason, createdAt: messageReports.createdAt, reporter: users.email })
    .from(messageReports)
    .innerJoin(messages, eq(messages.id, messageReports.messageId))
    .leftJoin(users, eq(users.id, messageReports.reporterUserId))
    .where(eq(messages.threadId, threadId))
    .orderBy(asc(messageReports.createdAt), asc(messageReports.id));
}

/** The conversations other organisations opened with this one since `since`: when, and when first answered. */
export async function incomingRequests(db: Db | Tx, profileId: number, since: Date) {
  const rows = await db
    .select({ receivedAt: messageThreads.createdAt, firstReplyAt: messageThreads.firstReplyAt })
    .from(messageThreads)
    .where(and(eq(messageThreads.recipientProfileId, profileId), gte(messageThreads.createdAt, since)));
  return rows;
}
