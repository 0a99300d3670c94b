// Saved searches and alerts: a member's named searches (a project or organisation search, or the
// match list of one of their organisation's interests, kept as its path and canonical query
// string), how often each sends an e-mail alert, and what the alerts have already told them.
import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { interests } from "./interests";

/** projects, organisations: a knowledge-base search; interests: the open interests to browse; interest: one interest's matches. */
export const savedSearchKind = pgEnum("saved_search_kind", ["projects", "organisations", "interests", "interest"]);
export const alertFrequency = pgEnum("alert_frequency", ["none", "daily", "weekly"]);

export const savedSearches = pgTable("saved_searches", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
  name: text().notNull(),
  kind: savedSearchKind().notNull(),
  /** Where the search is: /search, /projects, /organisations, /interests or /interests/ID. */
  path: text().notNull(),
  /** The canonical query string (lib/search/params), without the page; "" for none. */
  query: text().notNull().default(""),
  interestId: integer().references(() => interests.id, { onDelete: "cascade" }),
  alert: alertFrequency().notNull().default("none"),
  /** The interface language when it was saved or last changed: the language of its alert mail. */
  locale: text().notNull().default("en"),
  /** "New since the last visit" on /saved counts from here; an interest's matches known then. */
  lastVisitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  visitedKeys: text().array().notNull().default(sql`'{}'::text[]`),
  /** The next alert tells what is new since here (the last digest, or when the alert was switched on). */
  alertSince: timestamp({ withTimezone: true }).notNull().defaultNow(),
  alertedKeys: text().array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex().on(t.userId, t.path, t.query),
  index().on(t.interestId),
  index("saved_searches_alert_due_idx").on(t.alertSince).where(sql`${t.alert} <> 'none'`),
]);

/**
 * One row per user per alert day (UTC date): inserted in the transaction that queues the digest,
 * so that the worker and the app's scheduler never send a user two digests for one day.
 */
export const alertDigests = pgTable("alert_digests", {
  userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
  period: text().notNull(),
  /** The queued mail; null when nothing was new (no mail is sent then). */
  mailId: integer(),
  items: integer().notNull().default(0),
  sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.userId, t.period] })]);

/** The matches of an open interest a member's digests have already told them about. */
export const interestMatchAlerts = pgTable("interest_match_alerts", {
  userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
  interestId: integer().notNull().references(() => interests.id, { onDelete: "cascade" }),
  keys: text().array().notNull().default(sql`'{}'::text[]`),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.userId, t.interestId] }), index().on(t.interestId)]);

export type SavedSearch = typeof savedSearches.$inferSelect;
export type SavedSearchKind = (typeof savedSearchKind.enumValues)[number];
export type AlertFrequency = (typeof alertFrequency.enumValues)[number];
