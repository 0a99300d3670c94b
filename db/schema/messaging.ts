// Messaging between registered organisations: threads between two organisation profiles
// (optionally about an interest), their messages, each member's read, archive and notification
// state, blocks between organisations, reports of messages for the administrators, each user's
// choice about notification mail, and invitations by e-mail sent to knowledge-base organisations
// that are not registered (at most one per organisation per week).
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { interests } from "./interests";
import { organisations } from "./knowledge";
import { organisationProfiles } from "./members";

export const messageThreads = pgTable("message_threads", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** The organisation that opened the conversation, and the one it wrote to. */
  starterProfileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  recipientProfileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  interestId: integer().references(() => interests.id, { onDelete: "set null" }),
  subject: text().notNull(),
  startedByUserId: text().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastMessageAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** When the recipient first answered (for reply rate and median reply time), and the one reminder. */
  firstReplyAt: timestamp({ withTimezone: true }),
  remindedAt: timestamp({ withTimezone: true }),
}, (t) => [
  index().on(t.starterProfileId, t.lastMessageAt),
  index().on(t.recipientProfileId, t.lastMessageAt),
  index().on(t.interestId),
  index().on(t.startedByUserId),
  // The daily limit counts an organisation's new conversations.
  index().on(t.starterProfileId, t.createdAt),
  check("message_threads_two_organisations", sql`${t.starterProfileId} <> ${t.recipientProfileId}`),
]);

export const messages = pgTable("messages", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  threadId: integer().notNull().references(() => messageThreads.id, { onDelete: "cascade" }),
  senderProfileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  senderUserId: text().references(() => users.id, { onDelete: "set null" }),
  body: text().notNull(),
  /** The sending form's one-time key: a double click stores the message once. */
  clientKey: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.threadId, t.createdAt), index().on(t.senderProfileId), index().on(t.senderUserId)]);

/** One member's state in a thread: read up to, archived, last notification mail. */
export const threadMemberStates = pgTable("thread_member_states", {
  threadId: integer().notNull().references(() => messageThreads.id, { onDelete: "cascade" }),
  userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
  lastReadAt: timestamp({ withTimezone: true }),
  archivedAt: timestamp({ withTimezone: true }),
  lastNotifiedAt: timestamp({ withTimezone: true }),
}, (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index().on(t.userId)]);

/** An organisation that blocked another: no new conversation or message from it. */
export const organisationBlocks = pgTable("organisation_blocks", {
  blockerProfileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  blockedProfileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  blockedByUserId: text().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.blockerProfileId, t.blockedProfileId] }), index().on(t.blockedProfileId), index().on(t.blockedByUserId)]);

export const messageReports = pgTable("message_reports", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  messageId: integer().notNull().references(() => messages.id, { onDelete: "cascade" }),
  reporterUserId: text().references(() => users.id, { onDelete: "set null" }),
  reason: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp({ withTimezone: true }),
}, (t) => [index().on(t.messageId), index().on(t.reporterUserId), index().on(t.createdAt)]);

/** A user's choice about mail on new messages (no row: on). */
export const messageMailSettings = pgTable("message_mail_settings", {
  userId: text().primaryKey().references(() => users.id, { onDelete: "cascade" }),
  notifyByMail: boolean().notNull().default(true),
});

/** An invitation by e-mail to a knowledge-base organisation that is not registered. */
export const organisationMailInvitations = pgTable("organisation_mail_invitations", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  organisationId: integer().notNull().references(() => organisations.id, { onDelete: "cascade" }),
  invitedByProfileId: integer().references(() => organisationProfiles.id, { onDelete: "set null" }),
  invitedByUserId: text().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.organisationId, t.createdAt), index().on(t.invitedByProfileId), index().on(t.invitedByUserId)]);

/**
 * The "your interest expires soon" reminder, once per interest and deadline: inserting the row is
 * the claim (a second process running the same job inserts nothing and sends nothing), and a
 * renewed interest (a new deadline) can be reminded again.
 */
export const interestExpiryReminders = pgTable("interest_expiry_reminders", {
  interestId: integer().notNull().references(() => interests.id, { onDelete: "cascade" }),
  deadline: text().notNull(),
  sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.interestId, t.deadline] })]);

export type MessageThread = typeof messageThreads.$inferSelect;
export type Message = typeof messages.$inferSelect;
