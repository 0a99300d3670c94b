// Shortlists: named lists of candidate partners (knowledge-base organisations, registered
// organisations) and projects that a registered organisation keeps while it builds a consortium.
// Shared by the organisation's members; each entry records who added it and when. A list may be
// about one of the organisation's interests (its programme and target regions feed the checks).
import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { interests } from "./interests";
import { organisations, projects } from "./knowledge";
import { organisationProfiles } from "./members";

export const shortlistEntryStatus = pgEnum("shortlist_entry_status", ["candidate", "contacted", "confirmed", "declined"]);

export const shortlists = pgTable("shortlists", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  profileId: integer().notNull().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  name: text().notNull(),
  /** The interest the list is for, if any: its programme and target regions drive the checks. */
  interestId: integer().references(() => interests.id, { onDelete: "set null" }),
  createdByUserId: text().references(() => users.id, { onDelete: "set null" }),
  /** The creating form's one-time key: a second submit of the same form finds the first list. */
  creationKey: text().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index().on(t.profileId, t.createdAt), index().on(t.interestId), index().on(t.createdByUserId)]);

/**
 * One entry: exactly one of a knowledge-base organisation, a registered organisation (profile) or
 * a project. Each item is on a list once (partial unique indexes), so two members adding the same
 * item at the same time land once, and adding different items both land (positions may tie; the
 * id breaks ties).
 */
export const shortlistEntries = pgTable("shortlist_entries", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  shortlistId: integer().notNull().references(() => shortlists.id, { onDelete: "cascade" }),
  organisationId: integer().references(() => organisations.id, { onDelete: "cascade" }),
  profileId: integer().references(() => organisationProfiles.id, { onDelete: "cascade" }),
  projectId: integer().references(() => projects.id, { onDelete: "cascade" }),
  note: text(),
  status: shortlistEntryStatus().notNull().default("candidate"),
  position: integer().notNull().default(0),
  addedByUserId: text().references(() => users.id, { onDelete: "set null" }),
  addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index().on(t.shortlistId, t.position, t.id),
  uniqueIndex("shortlist_entries_organisation_idx").on(t.shortlistId, t.organisationId).where(sql`${t.organisationId} is not null`),
  uniqueIndex("shortlist_entries_profile_idx").on(t.shortlistId, t.profileId).where(sql`${t.profileId} is not null`),
  uniqueIndex("shortlist_entries_project_idx").on(t.shortlistId, t.projectId).where(sql`${t.projectId} is not null`),
  index().on(t.organisationId),
  index().on(t.profileId),
  index().on(t.projectId),
  index().on(t.addedByUserId),
  check(
    "shortlist_entries_item_check",
    sql`num_nonnulls(${t.organisationId}, ${t.profileId}, ${t.projectId}) = 1`,
  ),
]);

export type Shortlist = typeof shortlists.$inferSelect;
export type ShortlistEntry = typeof shortlistEntries.$inferSelect;
export type ShortlistEntryStatus = (typeof shortlistEntryStatus.enumValues)[number];
