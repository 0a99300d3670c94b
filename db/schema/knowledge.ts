// The knowledge base: programmes, projects, organisations, who took part in what, themes.
// Designed for CORDIS (Horizon Europe, Horizon 2020) and KEEP-style Interreg project pages.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgMaterializedView,
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

/** A Postgres tsvector, read and written as its text form (only the database builds and reads it). */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

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
  // Full-text search (db/search): searchRelated holds the words that come from other tables (topic,
  // programme part, themes), written by refresh_project_search(); the trigger projects_search_vector
  // adds the project's own text to it and keeps searchVector current on every insert and update.
  searchRelated: tsvector(),
  searchVector: tsvector(),
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
  index("projects_search_vector_idx").using("gin", t.searchVector),
  // Saved-search alerts: what was first loaded after a given time.
  index().on(t.createdAt),
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
  index().on(t.createdAt),
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
  // By organisation: its projects (and roles) read from the index alone.
  index().on(t.organisationId, t.projectId, t.role),
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
  // The English words each synonym means ("Luftfahrt" → "aviation"), for the English reading of a
  // text in another language (lib/matching/english-reading.ts); empty for English and where unknown.
  synonymEnglish: jsonb().$type<Record<string, string>>().notNull().default(sql`'{}'::jsonb`),
}, (t) => [primaryKey({ columns: [t.themeId, t.lang] })]);

/**
 * The KEEP–EuroSciVoc crosswalk (lib/matching/theme-crosswalk.ts) as theme ids, both ways: a KEEP
 * theme and each EuroSciVoc concept it lists. Written from the code by every search refresh
 * (db/search/theme-links.ts), read by refresh_project_search() for search_theme_ids.
 */
export const themeLinks = pgTable("theme_links", {
  themeId: integer().notNull().references(() => themes.id, { onDelete: "cascade" }),
  linkedId: integer().notNull().references(() => themes.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.themeId, t.linkedId] })]);

export const projectThemes = pgTable("project_themes", {
  projectId: integer().notNull().references(() => projects.id, { onDelete: "cascade" }),
  themeId: integer().notNull().references(() => themes.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.projectId, t.themeId] }), index().on(t.themeId)]);

/**
 * What search filters and counts by, one row per listed project (one with an acronym or a title),
 * denormalised from participations, organisations and themes by refresh_project_search() so that a
 * facet is one array test (GIN) and a count one pass over the matching rows.
 */
export const projectFacets = pgTable("project_facets", {
  projectId: integer().primaryKey().references(() => projects.id, { onDelete: "cascade" }),
  programmeId: integer().notNull(),
  programmePartId: integer(),
  /** Start date, else 1 January of its call's year (from the topic code), else of the programme's first year: the recency order of the lists. */
  sortDate: date({ mode: "string" }),
  /** Total budget, else the EU contribution: the budget order. */
  budget: numeric({ precision: 16, scale: 2 }),
  /** Of any participant: country codes, organisation types, and both of the same participant ("DE:sme"). */
  countryCodes: text().array().notNull().default(sql`'{}'::text[]`),
  organisationTypes: text().array().notNull().default(sql`'{}'::text[]`),
  countryTypes: text().array().notNull().default(sql`'{}'::text[]`),
  /** The participants' NUTS regions at levels 1, 2 and 3 (DE1, DE11, DE111). */
  nuts1: text().array().notNull().default(sql`'{}'::text[]`),
  nuts2: text().array().notNull().default(sql`'{}'::text[]`),
  nuts3: text().array().notNull().default(sql`'{}'::text[]`),
  /** The project's themes with all their ancestors (what matching reads). */
  themeIds: integer().array().notNull().default(sql`'{}'::integer[]`),
  /**
   * What the theme filter and facet read: theme_ids, and the themes the crosswalk links to any of
   * them (theme_links) with all their ancestors — a project on forestry is on the KEEP theme "Wood
   * and furniture industry" and its parent too, so that a theme lists what its facet count says.
   */
  searchThemeIds: integer().array().notNull().default(sql`'{}'::integer[]`),
  /** The top-level themes among search_theme_ids. */
  themeRoots: integer().array().notNull().default(sql`'{}'::integer[]`),
  /**
   * Every value the facets show before any drill-down, as "c:DE" (country), "t:sme" (type),
   * "r:DE1" (NUTS-1), "x:12" (top-level theme), "p:3" (programme), "q:40" (programme part):
   * one array, so that all the counts are one unnest and one aggregate over the result.
   */
  facetKeys: text().array().notNull().default(sql`'{}'::text[]`),
}, (t) => [
  index().on(t.programmeId),
  index().on(t.programmePartId),
  // In the lists' exact order (ties: newest id first), so that a page is read off the index.
  index("project_facets_recent_idx").on(sql`${t.sortDate} desc nulls last`, sql`${t.projectId} desc`),
  index("project_facets_budget_recent_idx").on(sql`${t.budget} desc nulls last`, sql`${t.sortDate} desc nulls last`, sql`${t.projectId} desc`),
  index("project_facets_country_codes_idx").using("gin", t.countryCodes),
  index("project_facets_organisation_types_idx").using("gin", t.organisationTypes),
  index("project_facets_country_types_idx").using("gin", t.countryTypes),
  index("project_facets_nuts1_idx").using("gin", t.nuts1),
  index("project_facets_nuts2_idx").using("gin", t.nuts2),
  index("project_facets_nuts3_idx").using("gin", t.nuts3),
  index("project_facets_theme_ids_idx").using("gin", t.themeIds),
  index("project_facets_search_theme_ids_idx").using("gin", t.searchThemeIds),
]);

/**
 * What organisation search filters and counts by, one row per named organisation, written by
 * refresh_project_search(): its own place and type, and what its projects bring (themes,
 * programmes, whether it ever coordinated).
 */
export const organisationFacets = pgTable("organisation_facets", {
  organisationId: integer().primaryKey().references(() => organisations.id, { onDelete: "cascade" }),
  countryCode: text(),
  type: organisationType().notNull(),
  nuts1: text(),
  nuts2: text(),
  nuts3: text(),
  /** lower(name): the name order. */
  sortName: text().notNull(),
  /** Name and short name, unaccented: what a name search matches (trigram index). */
  searchName: text().notNull(),
  projectCount: integer().notNull().default(0),
  /** The consortia it led: projects it coordinated with someone else, or Interreg ones (lib/projects.ts ledConsortium; 0027). */
  coordinatorCount: integer().notNull().default(0),
  /** The start of its latest project whose start is known. */
  lastStart: date({ mode: "string" }),
  /**
   * The latest call year of its projects with no known start (Horizon Europe's: CORDIS publishes no
   * start dates; the year is read from the topic code, HORIZON-CL5-2022-D2-01-02 → 2022).
   */
  lastCallYear: smallint(),
  programmeIds: integer().array().notNull().default(sql`'{}'::integer[]`),
  /** Its projects' theme_ids (what matching reads), search_theme_ids (what the theme filter reads) and theme_roots. */
  themeIds: integer().array().notNull().default(sql`'{}'::integer[]`),
  searchThemeIds: integer().array().notNull().default(sql`'{}'::integer[]`),
  themeRoots: integer().array().notNull().default(sql`'{}'::integer[]`),
  /** As project_facets.facet_keys: "c:FR", "t:sme", "r:FR1", "x:12", "p:3", and "k" when it has led a consortium (coordinatorCount > 0). */
  facetKeys: text().array().notNull().default(sql`'{}'::text[]`),
}, (t) => [
  index().on(t.countryCode, t.type),
  index().on(t.type),
  index().on(t.nuts2),
  index().on(t.nuts3),
  index().on(t.nuts1),
  index("organisation_facets_activity_idx").on(sql`${t.projectCount} desc`, t.sortName, t.organisationId),
  index("organisation_facets_sort_name_idx").on(t.sortName, t.organisationId),
  /** Search's "most consortia coordinated" order, unfiltered. */
  index("organisation_facets_coordinated_rank_idx").on(sql`${t.coordinatorCount} desc`, sql`${t.projectCount} desc`, t.sortName, t.organisationId),
  index("organisation_facets_coordinated_idx").on(t.organisationId).where(sql`${t.coordinatorCount} > 0`),
  index("organisation_facets_search_name_trgm_idx").using("gin", sql`${t.searchName} gin_trgm_ops`),
  index("organisation_facets_programme_ids_idx").using("gin", t.programmeIds),
  index("organisation_facets_theme_ids_idx").using("gin", t.themeIds),
  index("organisation_facets_search_theme_ids_idx").using("gin", t.searchThemeIds),
]);

/**
 * The facet counts of the unfiltered lists (every listed project, every named organisation), the
 * heaviest counts a page asks for and the most asked for: computed once per refreshProjectSearch
 * rather than on every visit. Keys as facet_keys, plus "total".
 */
export const projectFacetTotals = pgMaterializedView("project_facet_totals", { key: text().notNull(), n: integer().notNull() }).as(
  sql`select 'total'::text as key, count(*)::int as n from project_facets
      union all select k, count(*)::int from (select unnest(facet_keys) as k from project_facets) keys group by k`,
);

export const organisationFacetTotals = pgMaterializedView("organisation_facet_totals", { key: text().notNull(), n: integer().notNull() }).as(
  sql`select 'total'::text as key, count(*)::int as n from organisation_facets
      union all select k, count(*)::int from (select unnest(facet_keys) as k from organisation_facets) keys group by k`,
);

/**
 * Every stemmed word of the projects' text and in how many projects it is (`ndoc`, out of `docs`
 * with text): which words of a match query's text are rare enough to say what it is about
 * (lib/matching/text-terms). `place` marks the countries' one-word English names ("finland",
 * "czechia"): in an interest's text they say where partners are sought (a field of its own), not
 * what the project is about. Not the words of longer names ("new" of New Zealand, "ocean" of the
 * British Indian Ocean Territory) nor other languages' names (German "Island" stems like
 * "islands"). Refreshed with the facet totals, after the countries are loaded; unique index on
 * word (0020, 0022).
 */
export const searchLexicon = pgMaterializedView("search_lexicon", {
  word: text().notNull(),
  ndoc: integer().notNull(),
  docs: integer().notNull(),
  place: boolean().notNull(),
}).as(
  sql`select s.word, s.ndoc, (select count(*) from projects where search_vector is not null)::int as docs,
        s.word in (select a[1] from countries c, unnest(array[c.name_en, c.name_iso]) as n(name),
          tsvector_to_array(to_tsvector('english'::regconfig, unaccent('unaccent'::regdictionary, n.name))) as a
          where cardinality(a) = 1) as place
      from ts_stat('select search_vector from public.projects where search_vector is not null') s`,
);

/**
 * Every word as written (unaccented, lower case: the `simple` configuration) of the listed projects'
 * acronyms, titles and descriptions, the call topics' titles, the named organisations' names, the
 * themes and their vocabulary, countries and NUTS regions in every language, with in how many of them it is (`n`): what "Did you mean …"
 * offers for a query word that matches nothing (db/search/spelling.ts), found by the trigram index
 * (0033). Refreshed with the facet totals.
 */
export const searchWords = pgMaterializedView("search_words", {
  word: text().notNull(),
  n: integer().notNull(),
}).as(
  sql`select word, sum(ndoc)::int as n from (
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, concat_ws('' '', acronym, title, description))) from public.projects where acronym is not null or title is not null')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, title)) from public.topics where title is not null')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, concat_ws('' '', name, short_name))) from public.organisations where name is not null')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, concat_ws('' '', label, array_to_string(synonyms, '' '')))) from public.theme_labels')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, label)) from public.themes')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, concat_ws('' '', name_en, name_de, name_fr, name_it, name_es, name_pl, name_iso))) from public.countries')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, name)) from (select distinct name from public.nuts_regions) r')
      ) w
      where length(word) >= 3 and word ~ '^[a-z]+$'
      group by word`,
);

export type Programme = typeof programmes.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type NewProject = typeof projects.$inferInsert;
export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type Participation = typeof participations.$inferSelect;
export type Theme = typeof themes.$inferSelect;
export type OrganisationType = (typeof organisationType.enumValues)[number];
export type ParticipationRole = (typeof participationRole.enumValues)[number];
