// What matching precomputes at import: each organisation's partner network (who it has worked
// with, how often), written by refresh_match_network() from every refreshProjectSearch, so that
// network proximity is one row read instead of a join over all participations.
import { sql } from "drizzle-orm";
import { integer, pgTable } from "drizzle-orm/pg-core";
import { organisations } from "./knowledge";

export const organisationNetworks = pgTable("organisation_networks", {
  organisationId: integer().primaryKey().references(() => organisations.id, { onDelete: "cascade" }),
  /** Named organisations it has shared a project with, most shared first, and how many projects each. */
  partnerIds: integer().array().notNull().default(sql`'{}'::integer[]`),
  partnerCounts: integer().array().notNull().default(sql`'{}'::integer[]`),
});
