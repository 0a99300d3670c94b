// Partnership interests: what a registered organisation is looking for ("a university and an SME
// support agency in Austria, Slovenia or Hungary for an Interreg wood-industry cluster project"),
// the ranked matches computed for it, the matches its members dismissed, and the other members'
// interests that fit it both ways (reciprocal matches).
import { sql } from "drizzle-orm";
import { boolean, check, date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { organisations, organisationType, programmeParts, programmes, themes, topics } from "./knowledge";
import { organisationProfiles } from "./members";

export const interestRole = pgEnum("interest_role", ["coordinator", "partner"]);
/** Who may see an interest: anyone (public) or signed-in members only. */
export const interestVisibility = pgEnum("interest_visibility", ["public", "members"]);
/** Closed by its organisation; an open interest past its deadline is expired (derived, not stored). */
export const interestStatus = pgEnum("interest_status", ["open", "closed"]);
export const budgetBand = pgEnum("budget_band", ["under_500k", "500k_1m", "1m_3m", "3m_10m", "over_10m"]);

export const interests = pgTable("interests", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  profileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  authorUserId: text().references(() => users.id, { onDelete: "set null" }),
  title: text().notNull(),
  description: text().notNull(),
  /** A programme of the knowledge base, or null with programmeOther naming another one. */
  programmeId: integer().references(() => programmes.id, { onDelete: "set null" }),
  programmeOther: text(),
  /** The call or topic as typed; topicId and programmePartId when the knowledge base knows it. */
  callTopic: text(),
  topicId: integer().references(() => topics.id, { onDelete: "set null" }),
  programmePartId: integer().references(() => programmeParts.id, { onDelete: "set null" }),
  /** Countries (two letters, CORDIS codes) and NUTS regions (three to five characters) the project is about. */
  targetRegions: text().array().notNull().default(sql`'{}'::text[]`),
  partnerTypes: organisationType().array().notNull().default(sql`'{}'::organisation_type[]`),
  /** The partners' countries (CORDIS codes); empty: any country. */
  wantedCountries: text().array().notNull().default(sql`'{}'::text[]`),
  /** Partners it has not worked with only: the organisations its claimed records worked with are left out of its matches. */
  newPartnersOnly: boolean().notNull().default(false),
  ownRole: interestRole().notNull(),
  budgetBand: budgetBand(),
  deadline: date({ mode: "string" }).notNull(),
  visibility: interestVisibility().notNull().default("members"),
  status: interestStatus().notNull().default("open"),
  /** The publishing form's one-time key: a second submit of the same form finds the first interest. */
  creationKey: text().unique(),
  /** When the matches were last computed, and why the last computation failed (null when it did not). */
  matchesComputedAt: timestamp({ withTimezone: true }),
  matchError: text(),
  /**
   * Another organisation its matches list changed since they were computed (its records, profile
   * or interests): the job worker recomputes them first (db/interests/stale.ts).
   */
  matchesStale: boolean().notNull().default(false),
  closedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index().on(t.profileId, t.createdAt),
  index().on(t.authorUserId),
  index().on(t.programmeId),
  index().on(t.topicId),
  index().on(t.programmePartId),
  // Browsing and reciprocal candidates: the open interests, soonest deadline first.
  index("interests_open_deadline_idx").on(t.deadline).where(sql`${t.status} = 'open'`),
  check("interests_programme_check", sql`${t.programmeId} is null or ${t.programmeOther} is null`),
]);

export const interestThemes = pgTable("interest_themes", {
  interestId: integer().notNull().references(() => interests.id, { onDelete: "cascade" }),
  themeId: integer().notNull().references(() => themes.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.interestId, t.themeId] }), index().on(t.themeId)]);

/**
 * The stored matches of an interest, best first, replaced on each computation. A match is a
 * knowledge-base organisation (organisationId) or a registered organisation without records
 * (profileId), or both when a registered organisation has claimed the record.
 */
export const interestMatches = pgTable("interest_matches", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  interestId: integer().notNull().references(() => interests.id, { onDelete: "cascade" }),
  organisationId: integer().references(() => organisations.id, { onDelete: "cascade" }),
  profileId: integer().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  rank: smallint().notNull(),
  score: doublePrecision().notNull(),
  reasons: text().array().notNull().default(sql`'{}'::text[]`),
  /** The engine's evidence (projects, shared themes, partners …) as it gave it. */
  evidence: jsonb().$type<unknown>().notNull().default(sql`'{}'::jsonb`),
  /** When the candidate entered the list: kept across recomputations (what alert digests tell as new). */
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex().on(t.interestId, t.rank),
  uniqueIndex("interest_matches_organisation_idx").on(t.interestId, t.organisationId).where(sql`${t.organisationId} is not null`),
  uniqueIndex("interest_matches_profile_idx").on(t.interestId, t.profileId).where(sql`${t.profileId} is not null`),
  index().on(t.organisationId),
  index().on(t.profileId),
  check("interest_matches_candidate_check", sql`${t.organisationId} is not null or ${t.profileId} is not null`),
]);

/** A match a member dismissed: kept apart from the matches, so it stays dismissed when they are recomputed. */
export const interestDismissals = pgTable("interest_dismissals", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  interestId: integer().notNull().references(() => interests.id, { onDelete: "cascade" }),
  organisationId: integer().references(() => organisations.id, { onDelete: "cascade" }),
  profileId: integer().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  dismissedByUserId: text().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex("interest_dismissals_organisation_idx").on(t.interestId, t.organisationId).where(sql`${t.organisationId} is not null`),
  uniqueIndex("interest_dismissals_profile_idx").on(t.interestId, t.profileId).where(sql`${t.profileId} is not null`),
  index().on(t.organisationId),
  index().on(t.profileId),
  index().on(t.dismissedByUserId),
  check("interest_dismissals_candidate_check", sql`${t.organisationId} is not null or ${t.profileId} is not null`),
]);

/**
 * Pairs of interests of different organisations that fit both ways, one row per direction (both
 * rows written and removed together), with the reasons as seen from interestId's side.
 */
export const reciprocalMatches = pgTable("reciprocal_matches", {
  interestId: integer().notNull().references(() => interests.id, { onDelete: "cascade" }),
  otherInterestId: integer().notNull().references(() => interests.id, { onDelete: "cascade" }),
  score: doublePrecision().notNull(),
  /** English sentences (what the CLI prints, and what rows written before `explanations` show). */
  reasons: text().array().notNull().default(sql`'{}'::text[]`),
  /** The same reasons as kinds and values (lib/interests/reciprocal.ts), put into words in the reader's language. */
  explanations: jsonb().$type<unknown>().notNull().default(sql`'[]'::jsonb`),
  /** When the pair was first made: kept when it is made again (what alert digests tell as new). */
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.interestId, t.otherInterestId] }), index().on(t.otherInterestId)]);

export type Interest = typeof interests.$inferSelect;
export type NewInterest = typeof interests.$inferInsert;
export type InterestRole = (typeof interestRole.enumValues)[number];
export type InterestVisibility = (typeof interestVisibility.enumValues)[number];
export type BudgetBand = (typeof budgetBand.enumValues)[number];
export type InterestMatchRow = typeof interestMatches.$inferSelect;
