// Registered organisations: the profiles users keep for the organisation they act for, who
// belongs to them (owners and members), invitations, and claims that link a profile to the
// knowledge-base organisations (CORDIS/KEEP records) that are its history.
import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { organisations, organisationType, themes } from "./knowledge";
import { countries } from "./reference";

export const memberRole = pgEnum("member_role", ["owner", "member"]);

/** pending: waits for a site administrator; disputed: the record is already another organisation's. */
export const claimStatus = pgEnum("claim_status", ["pending", "verified", "rejected", "disputed"]);

export const organisationProfiles = pgTable("organisation_profiles", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  name: text().notNull(),
  type: organisationType().notNull(),
  countryCode: text().notNull().references(() => countries.code),
  nutsCode: text(), // a NUTS 2024 region of the country, any level
  city: text(),
  website: text(),
  /** The website's host without "www.", lower case: what a claim's e-mail domain is compared with. */
  websiteDomain: text(),
  description: text(),
  /** The PIC the organisation gives (CORDIS Participant Identification Code), to find its records. */
  pic: text(),
  /** Programme families it has worked in ("Interreg", "Horizon Europe", …). */
  programmes: text().array().notNull().default(sql`'{}'::text[]`),
  /** ISO 639-1 codes of the languages it works in. */
  languages: text().array().notNull().default(sql`'{}'::text[]`),
  /** The role of the person to contact ("EU project officer"), never a person's name or e-mail. */
  contactRole: text(),
  /** False when the last member left: the profile is kept (claims, history) but not shown. */
  published: boolean().notNull().default(true),
  /** The creating form's one-time key: a second submit of the same form finds the first profile. */
  creationKey: text().unique(),
  createdByUserId: text().references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index().on(t.countryCode),
  index().on(t.websiteDomain),
  index().on(t.pic),
  index().on(t.createdByUserId),
]);

export const profileThemes = pgTable("profile_themes", {
  profileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  themeId: integer().notNull().references(() => themes.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.profileId, t.themeId] }), index().on(t.themeId)]);

export const memberships = pgTable("memberships", {
  profileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  userId: text().notNull().references(() => users.id, { onDelete: "cascade" }),
  role: memberRole().notNull().default("member"),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.profileId, t.userId] }), index().on(t.userId)]);

/** An owner's invitation by e-mail; the link carries a token of which only the hash is kept. */
export const invitations = pgTable("invitations", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  profileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  email: text().notNull(), // normalised like users.email
  role: memberRole().notNull().default("member"),
  tokenHash: text().notNull().unique(),
  invitedByUserId: text().references(() => users.id, { onDelete: "set null" }),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  acceptedAt: timestamp({ withTimezone: true }),
  acceptedByUserId: text().references(() => users.id, { onDelete: "set null" }),
  revokedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  // One open invitation per address and organisation: inviting twice renews it instead.
  uniqueIndex("invitations_open_idx").on(t.profileId, t.email).where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
  index().on(t.invitedByUserId),
  index().on(t.acceptedByUserId),
  index().on(t.email),
]);

/** A registered organisation's claim to a knowledge-base organisation record. */
export const claims = pgTable("claims", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  profileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  organisationId: integer().notNull().references(() => organisations.id, { onDelete: "cascade" }),
  status: claimStatus().notNull().default("pending"),
  /** How it was (or is to be) decided: "domain" (e-mail domain = website domain) or "admin". */
  method: text().$type<"domain" | "admin">().notNull().default("admin"),
  /** Why it is disputed, or the administrator's note. */
  note: text(),
  requestedByUserId: text().references(() => users.id, { onDelete: "set null" }),
  decidedByUserId: text().references(() => users.id, { onDelete: "set null" }),
  decidedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex().on(t.profileId, t.organisationId),
  // A record belongs to one registered organisation at most.
  uniqueIndex("claims_verified_record_idx").on(t.organisationId).where(sql`${t.status} = 'verified'`),
  index().on(t.organisationId),
  index().on(t.status, t.createdAt),
  index().on(t.requestedByUserId),
  index().on(t.decidedByUserId),
]);

export type OrganisationProfile = typeof organisationProfiles.$inferSelect;
export type NewOrganisationProfile = typeof organisationProfiles.$inferInsert;
export type MemberRole = (typeof memberRole.enumValues)[number];
export type ClaimStatus = (typeof claimStatus.enumValues)[number];
export type Claim = typeof claims.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
