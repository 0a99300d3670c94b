// The knowledge base: programmes, projects, organisations, who took part in what, themes.
// Designed for CORDIS (Horizon Europe, Horizon 2020) and KEEP-style Interreg project pages.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { countries, dataSources } from "./reference";

/** Normalised organisation types; the source's own code is kept beside it (sourceType). */
export const organisationType = pgEnum("organisation_type", [
  "public_authority",
  "development_agency",
  "cluster_organisation",
  "sme",
  "large_enterprise",
  "enterprise", // private for-profit whose size the source does not say
  "higher_education",
  "research_organisation",
  "association_ngo",
  "other",
]);

export const participationRole = pgEnum("participation_role", [
  "coordinator", // lead partner in Interreg terms
  "partner", // participant
  "associated_partner",
  "third_party",
]);

export const themeScheme = pgEnum("theme_scheme", ["euroscivoc", "keep"]);

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** A funding programme: "Horizon Europe", or an Interreg programme such as "Cadses" 2000-2006. */
export const programmes = pgTable("programmes", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(), // HORIZON, H2020, INTERREG-IIIB-CADSES …
  name: text().notNull(),
  fullName: text(),
  family: text().notNull(), // Interreg, Horizon Europe, Horizon 2020 …
  period: text(), // 2000-2006
  startYear: smallint(),
  endYear: smallint(),
  sourceId: text().references(() => dataSources.id),
}, (t) => [index().on(t.family), index().on(t.sourceId)]);

/** A part of a programme (Horizon Europe legal basis such as HORIZON.2.5, H2020 "SC4", an Interreg strand). */
export const programmeParts = pgTable("programme_parts", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  programmeId: integer().notNull().references(() => programmes.id, { onDelete: "cascade" }),
  code: text().notNull(),
  title: text().notNull(),
}, (t) => [uniqueIndex().on(t.programmeId, t.code)]);

/** A call topic (HORIZON-CL5-2022-D3-01-06, ERC-2023-STG …). */
export const topics = pgTable("topics", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  programmeId: integer().notNull().references(() => programmes.id, { onDelete: "cascade" }),
  code: text().notNull(),
  title: text(),
}, (t) => [uniqueIndex().on(t.programmeId, t.code)]);

export const projects = pgTable("projects", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  sourceId: text().notNull().references(() => dataSources.id),
  externalId: text().notNull(), // CORDIS grant number (HE), CORDIS rcn (H2020), KEEP id
  acronym: text(),
  title: text(),
  description: text(),
  expectedResults: text(),
  achievements: text(),
  startDate: date({ mode: "string" }),
  endDate: date({ mode: "string" }),
  status: text(), // the source's own status (e.g. CLOSED, FINISHED); lib/projects derives one from dates otherwise
  totalBudget: numeric({ precision: 16, scale: 2 }),
  euContribution: numeric({ precision: 16, scale: 2 }),
  cofinancingRate: numeric({ precision: 5, scale: 2 }), // percent, 43.80
  programmeId: integer().notNull().references(() => programmes.id),
  programmePartId: integer().references(() => programmeParts.id),
  topicId: integer().references(() => topics.id),
  partnerCount: smallint(), // as declared by the source; may exceed the partners we know
  sourceUrl: text(),
  website: text(),
  language: text().notNull().default("en"), // ISO 639-1 of the original text
  ...timestamps,
}, (t) => [
  uniqueIndex().on(t.sourceId, t.externalId),
  index().on(t.programmeId),
  index().on(t.programmePartId),
  index().on(t.topicId),
  index().on(t.startDate),
  index("projects_acronym_lower_idx").on(sql`lower(${t.acronym})`),
  index("projects_text_trgm_idx").using(
    "gin",
    sql`(coalesce(${t.acronym}, '') || ' ' || coalesce(${t.title}, '')) gin_trgm_ops`,
  ),
]);

export const organisations = pgTable("organisations", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  // Null for organisations known only by an identifier (the Horizon 2020 skeleton): never shown as named.
  name: text(),
  shortName: text(),
  type: organisationType().notNull().default("other"),
  sourceType: text(), // the source's own code: CORDIS HES/REC/PRC/PUB/OTH, KEEP's label …
  isSme: boolean(),
  countryCode: text().references(() => countries.code),
  nutsCode: text(), // the finest NUTS code known (version per source: 2021, UK 2016)
  city: text(),
  postCode: text(),
  street: text(),
  website: text(),
  latitude: doublePrecision(),
  longitude: doublePrecision(),
  ...timestamps,
}, (t) => [
  index().on(t.countryCode),
  index().on(t.type),
  index("organisations_nuts_code_idx").on(sql`${t.nutsCode} text_pattern_ops`),
  index("organisations_name_trgm_idx").using(
    "gin",
    sql`(coalesce(${t.name}, '') || ' ' || coalesce(${t.shortName}, '')) gin_trgm_ops`,
  ),
]);

/**
 * External identifiers of an organisation (CORDIS PIC, VAT, a KEEP name key …).
 * One identifier belongs to one organisation, so one organisation met in two sources is one row.
 */
export const organisationIdentifiers = pgTable("organisation_identifiers", {
  scheme: text().notNull(), // pic, vat, keep-name
  value: text().notNull(),
  organisationId: integer().notNull().references(() => organisations.id, { onDelete: "cascade" }),
  sourceId: text().references(() => dataSources.id),
}, (t) => [primaryKey({ columns: [t.scheme, t.value] }), index().on(t.organisationId)]);

export const participations = pgTable("participations", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  projectId: integer().notNull().references(() => projects.id, { onDelete: "cascade" }),
  organisationId: integer().notNull().references(() => organisations.id, { onDelete: "cascade" }),
  role: participationRole().notNull(),
  position: smallint(), // order in the consortium (coordinator normally 1)
  euContribution: numeric({ precision: 16, scale: 2 }),
  totalCost: numeric({ precision: 16, scale: 2 }),
  endedEarly: boolean().notNull().default(false),
}, (t) => [
  uniqueIndex().on(t.projectId, t.organisationId),
  index().on(t.organisationId, t.role),
]);

/** A hierarchical theme vocabulary: EuroSciVoc (CORDIS) and a KEEP/Interreg-style thematic list. */
export const themes = pgTable("themes", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  scheme: themeScheme().notNull(),
  code: text().notNull(), // EuroSciVoc id path "/23/49/335", KEEP "keep/economy/clusters"
  parentId: integer().references((): AnyPgColumn => themes.id),
  label: text().notNull(), // English label
  path: text().notNull(), // label path "/natural sciences/biological sciences/ecology"
  level: smallint().notNull(),
}, (t) => [uniqueIndex().on(t.scheme, t.code), index().on(t.parentId)]);

/** Theme labels and synonyms in other languages, so that a query in French finds English projects. */
export const themeLabels = pgTable("theme_labels", {
  themeId: integer().notNull().references(() => themes.id, { onDelete: "cascade" }),
  lang: text().notNull(),
  label: text().notNull(),
  synonyms: text().array().notNull().default(sql`'{}'::text[]`),
}, (t) => [primaryKey({ columns: [t.themeId, t.lang] })]);

export const projectThemes = pgTable("project_themes", {
  projectId: integer().notNull().references(() => projects.id, { onDelete: "cascade" }),
  themeId: integer().notNull().references(() => themes.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.projectId, t.themeId] }), index().on(t.themeId)]);

export type Programme = typeof programmes.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;
export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type Participation = typeof participations.$inferSelect;
export type Theme = typeof themes.$inferSelect;
export type OrganisationType = (typeof organisationType.enumValues)[number];
export type ParticipationRole = (typeof participationRole.enumValues)[number];
