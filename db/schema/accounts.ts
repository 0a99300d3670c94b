// Accounts: the people who use Consortia, how they prove who they are, and the mail sent to them.
// users and auth_accounts have the shape @auth/drizzle-adapter expects (its property names);
// everything else is ours. Secrets are never stored: passwords as argon2id hashes, links as
// SHA-256 hashes of their tokens.
import { sql } from "drizzle-orm";
import { type AnyPgColumn, boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { organisationProfiles } from "./members";

/** A site-wide role: administrators decide claims and see every user and organisation. */
export const userRole = pgEnum("user_role", ["user", "admin"]);

export const users = pgTable("users", {
  id: text().primaryKey().$defaultFn(() => crypto.randomUUID()),
  name: text(),
  /** Trimmed and lower-cased before it is stored, so equality is the unique check. */
  email: text().notNull().unique(),
  emailVerified: timestamp({ withTimezone: true, mode: "date" }),
  image: text(),
  passwordHash: text(),
  role: userRole().notNull().default("user"),
  /** Bumped on a password change or reset: every session issued before it stops being valid. */
  authVersion: integer().notNull().default(0),
  /** The organisation the user acts for (one of their memberships). */
  activeProfileId: integer().references((): AnyPgColumn => organisationProfiles.id, { onDelete: "set null" }),
  /** The interface language the user last chose (or registered in): the language of their mail. Null: not known. */
  locale: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.activeProfileId), index().on(t.role)]);

/** Auth.js adapter table: sign-in providers linked to a user (none but credentials are configured yet). */
export const authAccounts = pgTable("auth_accounts", {
  userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
  type: text().$type<"email" | "oauth" | "oidc" | "webauthn">().notNull(),
  provider: text().notNull(),
  providerAccountId: text().notNull(),
  refresh_token: text(),
  access_token: text(),
  expires_at: integer(),
  token_type: text(),
  scope: text(),
  id_token: text(),
  session_state: text(),
}, (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index().on(t.userId)]);

export const authTokenPurpose = pgEnum("auth_token_purpose", ["verify_email", "reset_password"]);

/** Single-use, expiring links (e-mail verification, password reset): only the token's hash is kept. */
export const authTokens = pgTable("auth_tokens", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
  purpose: authTokenPurpose().notNull(),
  tokenHash: text().notNull().unique(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.userId, t.purpose)]);

export const mailStatus = pgEnum("mail_status", ["pending", "sending", "sent", "failed"]);

/**
 * Mail to send. A request writes its message here in its own transaction; the sender delivers
 * it afterwards (lib/mail), retrying with backoff, so a slow or failing SMTP server never blocks
 * or breaks a request. Without SMTP_URL messages stay here (and show in /dev/mailbox).
 */
export const mailOutbox = pgTable("mail_outbox", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  kind: text().notNull(), // verify_email, reset_password, invitation, …
  to: text().notNull(),
  subject: text().notNull(),
  text: text().notNull(),
  html: text().notNull(),
  status: mailStatus().notNull().default("pending"),
  attempts: integer().notNull().default(0),
  nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp({ withTimezone: true }),
  lastError: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index("mail_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'sending')`),
  index().on(t.createdAt),
]);

/** Sign-in attempts, kept a day: the rate limit per account and per IP holds across app instances. */
export const signInAttempts = pgTable("sign_in_attempts", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  email: text().notNull(), // as typed, normalised: also for e-mails that have no account
  ip: text().notNull(),
  succeeded: boolean().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.email, t.createdAt), index().on(t.ip, t.createdAt), index().on(t.createdAt)]);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = (typeof userRole.enumValues)[number];
export type AuthTokenPurpose = (typeof authTokenPurpose.enumValues)[number];
export type MailMessage = typeof mailOutbox.$inferSelect;
