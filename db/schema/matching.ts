// What matching precomputes at import, so that a query reads a few index ranges instead of
// joining thousands of participations: each organisation's partner network (who it has worked
// with, how often), written by refresh_match_network(), and its project counts per programme part,
// per theme and per programme, written by refresh_match_counts(); refreshProjectSearch calls both on every load.
import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, smallint, text } from "drizzle-orm/pg-core";
import { organisations, organisationType } from "./knowledge";

export const organisationNetworks = pgTable("organisation_networks", {
  organisationId: integer().primaryKey().references(() => organisations.id, { onDelete: "cascade" }),
  /** Named organisations it has shared a project with, by id (migration 0029), and how many projects each. */
  partnerIds: integer().array().notNull().default(sql`'{}'::integer[]`),
  partnerCounts: integer().array().notNull().default(sql`'{}'::integer[]`),
});

/** organisation_match_counts.kind */
export const MATCH_COUNT_KIND = { programmePart: 1, theme: 2, programme: 3 } as const;

/**
 * A named organisation's listed projects (project_facets) per programme part (kind 1, key the
 * programme part id), per theme (kind 2, key the theme id; a project counts for its themes and
 * their ancestors, `direct` for the themes it is tagged with itself) and per programme (kind 3, key
 * the programme id; since migration 0026). Type and country are copied
 * from organisation_facets so that "the most active of this kind" is one index range.
 */
export const organisationMatchCounts = pgTable("organisation_match_counts", {
  kind: smallint().notNull(),
  key: integer().notNull(),
  /** No foreign key (a million rows rewritten on every load): readers join organisation_facets. */
  organisationId: integer().notNull(),
  type: organisationType().notNull(),
  countryCode: text(),
  /** Projects. */
  projects: integer().notNull(),
  /** Themes: projects tagged with this theme itself (not only a narrower one). */
  direct: integer().notNull().default(0),
  /** Consortia it led: projects it coordinated with someone else, or Interreg ones (lib/projects.ts ledConsortium). */
  coordinated: integer().notNull().default(0),
  /** Three of those projects to show as evidence: tagged with the theme itself first, then coordinated, then latest. */
  examples: integer().array().notNull().default(sql`'{}'::integer[]`),
}, (t) => [
  primaryKey({ columns: [t.kind, t.key, t.organisationId] }),
  // "The most active of this kind" reads a range of it in order; the candidate statement also reads
  // the counts of its candidates from it: every column it needs is in the index (an index-only
  // scan, no visit of the rows with their examples), whence the trailing columns.
  index("organisation_match_counts_top_index").on(t.kind, t.key, t.projects.desc(), t.organisationId, t.type, t.countryCode, t.direct, t.coordinated),
]);
