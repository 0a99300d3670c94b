// Reads for the project pages: list rows (db/search finds which), one project with everything its
// page shows, and a few recent projects for the home page.
import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../index";
import { beneficiaryRole } from "../led-consortium";
import {
  countries,
  dataSources,
  organisations,
  participations,
  programmeParts,
  programmes,
  projectFacets,
  projects,
  projectThemes,
  themeLinks,
  themes,
  topics,
  type OrganisationType,
  type ParticipationRole,
} from "../schema";
import { firstPicOf, rowsInIdOrder } from "./shared";

export interface ProjectListItem {
  id: number;
  sourceId: string;
  externalId: string;
  acronym: string | null;
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  /** The year its call topic names (HORIZON-CL5-2022-D2-01-02 → 2022): when for a project without dates (Horizon Europe's). */
  callYear: number | null;
  /** Its call topic's title (English): what a list says of a project the source gives no title (most Horizon Europe projects). */
  topicTitle: string | null;
  status: string | null;
  language: string;
  partnerCount: number | null;
  knownPartners: number;
  /** Of those, its beneficiaries (coordinator and partners): one, outside Interreg, makes its coordinator the sole beneficiary. */
  knownBeneficiaries: number;
  countryCodes: string[];
  coordinatorName: string | null;
  programme: { code: string; name: string; family: string; period: string | null };
}

export interface ProjectPartner {
  organisationId: number;
  name: string | null; // null: an organisation known only by its PIC
  shortName: string | null;
  pic: string | null;
  type: OrganisationType;
  countryCode: string | null;
  countryName: string | null;
  city: string | null;
  role: ParticipationRole;
  position: number | null;
  euContribution: string | null;
}

export interface ProjectDetail {
  id: number;
  sourceId: string;
  externalId: string;
  acronym: string | null;
  title: string | null;
  description: string | null;
  expectedResults: string | null;
  achievements: string | null;
  startDate: string | null;
  endDate: string | null;
  status: string | null;
  totalBudget: string | null;
  euContribution: string | null;
  cofinancingRate: string | null;
  partnerCount: number | null;
  sourceUrl: string | null;
  website: string | null;
  language: string;
  programme: { id: number; code: string; name: string; fullName: string | null; family: string; period: string | null };
  programmePart: { code: string; title: string } | null;
  topic: { code: string; title: string | null } | null;
  source: { id: string; name: string; publisher: string; licence: string; attribution: string; url: string | null };
  partners: ProjectPartner[];
  themes: { id: number; scheme: "euroscivoc" | "keep"; label: string; path: string }[];
  /** The themes the KEEP–EuroSciVoc crosswalk links to its own (not its own): the theme filter lists it under them too. */
  linkedThemes: { id: number; scheme: "euroscivoc" | "keep"; label: string; path: string }[];
}

/**
 * The date a list places a project by: its start, else 1 January of its call's year (Horizon Europe
 * projects come without dates; project_facets.sort_date reads the year from the topic code), else
 * of its programme's first year (a record skeleton, which project_facets does not list). Needs
 * programmes joined and project_facets left-joined (recencyJoin).
 */
export const recencyDate = sql<string | null>`coalesce(${projectFacets.sortDate}, ${projects.startDate}, make_date(${programmes.startYear}::int, 1, 1))::text`;

/** The year a call topic's code names (HORIZON-CL5-2022-D2-01-02, ERC-2021-STG → 2022, 2021), else null: topic_call_year (migration 0019), the rule refresh_project_search applies too. */
export const callYearOf = (topicCode: SQL) => sql<number | null>`topic_call_year(${topicCode})`;

/** A project's call year (callYearOf its topic), as a column: one topic probe by primary key. */
export const projectCallYear = sql<number | null>`(select ${callYearOf(sql`t.code`)} from ${topics} t where t.id = ${projects.topicId})`;

/** A project's call topic title, as a column: one topic probe by primary key. */
export const projectTopicTitle = sql<string | null>`(select t.title from ${topics} t where t.id = ${projects.topicId})`;

/** Most recent first. */
export const recency = sql`${recencyDate} desc nulls last`;

/** The join recency needs beside programmes. */
export const recencyJoin = [projectFacets, eq(projectFacets.projectId, projects.id)] as const;

/** Projects with neither acronym nor title (CORDIS record skeletons) are left out of lists. */
const hasName = or(isNotNull(projects.acronym), isNotNull(projects.title))!;

/** The list's columns: a page is 20 rows, so the correlated subqueries stay cheap (index on participations). */
const listColumns = {
  id: projects.id,
  sourceId: projects.sourceId,
  externalId: projects.externalId,
  acronym: projects.acronym,
  title: projects.title,
  startDate: projects.startDate,
  endDate: projects.endDate,
  callYear: projectCallYear,
  topicTitle: projectTopicTitle,
  status: projects.status,
  language: projects.language,
  partnerCount: projects.partnerCount,
  knownPartners: sql<number>`(select count(*) from ${participations} where ${participations.projectId} = ${projects.id})`.mapWith(Number),
  knownBeneficiaries: sql<number>`(select count(*) from ${participations} where ${participations.projectId} = ${projects.id} and ${beneficiaryRole(sql`${participations.role}`)})`.mapWith(Number),
  countryList: sql<string | null>`(
    select string_agg(distinct o.country_code, ',' order by o.country_code)
    from ${participations} pa join ${organisations} o on o.id = pa.organisation_id
    where pa.project_id = ${projects.id})`,
  coordinatorName: sql<string | null>`(
    select coalesce(o.name, o.short_name)
    from ${participations} pa join ${organisations} o on o.id = pa.organisation_id
    where pa.project_id = ${projects.id} and pa.role = 'coordinator'
    order by pa.position nulls last, pa.id limit 1)`,
  programmeCode: programmes.code,
  programmeName: programmes.name,
  programmeFamily: programmes.family,
  programmePeriod: programmes.period,
};

function selectProjectList(db: Db) {
  return db.select(listColumns).from(projects).innerJoin(programmes, eq(programmes.id, projects.programmeId)).$dynamic();
}

type ListRow = Awaited<ReturnType<typeof selectProjectList>>[number];

function toListItem(row: ListRow): ProjectListItem {
  const { countryList, programmeCode, programmeName, programmeFamily, programmePeriod, ...rest } = row;
  return {
    ...rest,
    countryCodes: countryList ? countryList.split(",") : [],
    programme: { code: programmeCode, name: programmeName, family: programmeFamily, period: programmePeriod },
  };
}

/** List rows for these ids, in the order given. */
export async function listProjectItems(db: Db, ids: number[]): Promise<ProjectListItem[]> {
  return rowsInIdOrder(ids, (page) => selectProjectList(db).where(inArray(projects.id, page)), toListItem);
}

/** The most recent named projects, of one programme family when given (e.g. "Interreg"). */
export async function listRecentProjects(db: Db, options: { family?: string; limit?: number } = {}): Promise<ProjectListItem[]> {
  const conditions: SQL[] = [hasName];
  if (options.family) conditions.push(eq(programmes.family, options.family));
  const ids = await db
    .select({ id: projects.id })
    .from(projects)
    .innerJoin(programmes, eq(programmes.id, projects.programmeId))
    .leftJoin(...recencyJoin)
    .where(and(...conditions))
    .orderBy(recency, desc(projects.id))
    .limit(options.limit ?? 6);
  return listProjectItems(db, ids.map((r) => r.id));
}

/** One project with its programme, part, topic, source, partners (coordinator first) and themes; null if unknown. */
export async function getProject(db: Db, id: number): Promise<ProjectDetail | null> {
  const [row] = await db
    .select({
      project: projects,
      programme: {
        id: programmes.id,
        code: programmes.code,
        name: programmes.name,
        fullName: programmes.fullName,
        family: programmes.family,
        period: programmes.period,
      },
      partCode: programmeParts.code,
      partTitle: programmeParts.title,
      topicCode: topics.code,
      topicTitle: topics.title,
      source: {
        id: dataSources.id,
        name: dataSources.name,
        publisher: dataSources.publisher,
        licence: dataSources.licence,
        attribution: dataSources.attribution,
        url: dataSources.url,
      },
    })
    .from(projects)
    .innerJoin(programmes, eq(programmes.id, projects.programmeId))
    .innerJoin(dataSources, eq(dataSources.id, projects.sourceId))
    .leftJoin(programmeParts, eq(programmeParts.id, projects.programmePartId))
    .leftJoin(topics, eq(topics.id, projects.topicId))
    .where(eq(projects.id, id))
    .limit(1);
  if (!row) return null;

  const partners = await db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      pic: firstPicOf(organisations.id),
      type: organisations.type,
      countryCode: organisations.countryCode,
      countryName: countries.nameEn,
      city: organisations.city,
      role: participations.role,
      position: participations.position,
      euContribution: participations.euContribution,
    })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .leftJoin(countries, eq(countries.code, organisations.countryCode))
    .where(eq(participations.projectId, id))
    // The enum's order is coordinator, partner, associated partner, third party.
    .orderBy(asc(participations.role), sql`${participations.position} nulls last`, sql`${organisations.name} nulls last`, asc(organisations.id));

  const projectThemeRows = await db
    .select({ id: themes.id, scheme: themes.scheme, label: themes.label, path: themes.path })
    .from(projectThemes)
    .innerJoin(themes, eq(themes.id, projectThemes.themeId))
    .where(eq(projectThemes.projectId, id))
    .orderBy(asc(themes.path));
  // The themes of the other vocabulary the crosswalk links to its own (theme_links): a CORDIS
  // project on forestry is listed under the Interreg theme "Wood and furniture industry" too.
  const linkedThemeRows = await db
    .selectDistinct({ id: themes.id, scheme: themes.scheme, label: themes.label, path: themes.path })
    .from(projectThemes)
    .innerJoin(themeLinks, eq(themeLinks.themeId, projectThemes.themeId))
    .innerJoin(themes, eq(themes.id, themeLinks.linkedId))
    .where(eq(projectThemes.projectId, id))
    .orderBy(asc(themes.path));

  const p = row.project;
  return {
    id: p.id,
    sourceId: p.sourceId,
    externalId: p.externalId,
    acronym: p.acronym,
    title: p.title,
    description: p.description,
    expectedResults: p.expectedResults,
    achievements: p.achievements,
    startDate: p.startDate,
    endDate: p.endDate,
    status: p.status,
    totalBudget: p.totalBudget,
    euContribution: p.euContribution,
    cofinancingRate: p.cofinancingRate,
    partnerCount: p.partnerCount,
    sourceUrl: p.sourceUrl,
    website: p.website,
    language: p.language,
    programme: row.programme,
    programmePart: row.partCode !== null && row.partTitle !== null ? { code: row.partCode, title: row.partTitle } : null,
    topic: row.topicCode !== null ? { code: row.topicCode, title: row.topicTitle } : null,
    source: row.source,
    partners,
    themes: projectThemeRows,
    linkedThemes: linkedThemeRows.filter((t) => !projectThemeRows.some((own) => own.id === t.id)),
  };
}
