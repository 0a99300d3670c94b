// Reads for the organisation pages: the searchable list, one organisation with its region and
// track record, its projects, and the organisations it most often worked with.
import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { ThemeCount } from "@/lib/organisations/theme-profile";
import { tallyRoles, type RoleCounts } from "@/lib/projects";
import { PAGE_SIZE } from "@/lib/url-state";
import type { Db } from "../index";
import { anotherBeneficiary, consortiumOf } from "../led-consortium";
import { rowsOf } from "../rows";
import {
  countries,
  dataSources,
  nutsRegions,
  organisationIdentifiers,
  organisations,
  participations,
  programmes,
  projects,
  type OrganisationType,
  type ParticipationRole,
} from "../schema";
import { allElseSome, buildTextQuery, segmentArray, segmentBits, segmentIndexes, segmentsMatched, type PartialMatch, type TextQuery } from "../search/text-query";
import { getSearchVocabulary } from "../search/vocabulary";
import { projectCallYear, projectTopicTitle, recency, recencyDate, recencyJoin } from "./projects";
import { offsetOf, type Paged } from "./shared";

export interface OrganisationListItem {
  id: number;
  name: string | null; // null only when found by PIC: an organisation known by its identifier alone
  shortName: string | null;
  pic: string | null;
  type: OrganisationType;
  isSme: boolean | null;
  countryCode: string | null;
  countryName: string | null;
  city: string | null;
  projectCount: number;
  coordinatorCount: number;
}

export interface OrganisationDetail {
  id: number;
  name: string | null;
  shortName: string | null;
  type: OrganisationType;
  sourceType: string | null;
  isSme: boolean | null;
  countryCode: string | null;
  countryName: string | null;
  nutsCode: string | null;
  /** The NUTS regions containing the organisation, broadest first (level 1 to 3). */
  regions: { code: string; name: string; level: number; version: number }[];
  city: string | null;
  website: string | null;
  pics: string[];
  /** Its participations by role; `coordinator` counts the consortia it led, `soleBeneficiary` the grants it held alone. */
  roleCounts: RoleCounts;
  projectCount: number;
  /** The sources its data comes from, for the attribution. */
  sources: { id: string; name: string; attribution: string; url: string | null }[];
}

export interface OrganisationProject {
  projectId: number;
  sourceId: string;
  externalId: string;
  acronym: string | null;
  title: string | null;
  startDate: string | null;
  endDate: string | null;
  /** What the lists order by: the start, else the call's year, else the programme's first year (recencyDate). */
  sortDate: string | null;
  /** The year its call topic names, for a project without dates (ProjectListItem.callYear). */
  callYear: number | null;
  /** Its call topic's title, for a project the source gives no title (ProjectListItem.topicTitle). */
  topicTitle: string | null;
  status: string | null;
  role: ParticipationRole;
  /** Whether another organisation took part as a beneficiary: a coordinator without one is the sole beneficiary (lib/projects.ts, participationRoleKey). */
  otherBeneficiary: boolean;
  programme: { code: string; name: string; family: string; period: string | null };
}

/** An organisation as the pages' short lists name it: its name (or PIC), type and country. */
export interface OrganisationListEntry {
  id: number;
  name: string | null;
  shortName: string | null;
  pic: string | null;
  type: OrganisationType;
  countryCode: string | null;
  countryName: string | null;
}

/** The columns of OrganisationListEntry as SQL rows name them. */
export interface OrganisationListRow {
  id: number;
  name: string | null;
  short_name: string | null;
  pic: string | null;
  type: OrganisationType;
  country_code: string | null;
  country_name: string | null;
}

export function organisationListEntry(r: OrganisationListRow): OrganisationListEntry {
  return { id: Number(r.id), name: r.name, shortName: r.short_name, pic: r.pic, type: r.type, countryCode: r.country_code, countryName: r.country_name };
}

export interface FrequentPartner extends OrganisationListEntry {
  sharedProjects: number;
}

/** NUTS versions in order of preference: the one CORDIS uses for Horizon Europe, then the newer, then 2016 (UK). */
const NUTS_VERSION_PREFERENCE = [2021, 2024, 2016];

/** One organisation with its country, NUTS regions, PICs, role counts and sources; null if unknown. */
export async function getOrganisation(db: Db, id: number): Promise<OrganisationDetail | null> {
  const [org] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      type: organisations.type,
      sourceType: organisations.sourceType,
      isSme: organisations.isSme,
      countryCode: organisations.countryCode,
      countryName: countries.nameEn,
      nutsCode: organisations.nutsCode,
      city: organisations.city,
      website: organisations.website,
    })
    .from(organisations)
    .leftJoin(countries, eq(countries.code, organisations.countryCode))
    .where(eq(organisations.id, id))
    .limit(1);
  if (!org) return null;

  // NUTS codes nest by prefix: DE111 lies in DE11, which lies in DE1.
  const code = org.nutsCode?.trim().toUpperCase() ?? "";
  const prefixes = code.length > 2 ? Array.from({ length: Math.min(code.length, 5) - 2 }, (_, i) => code.slice(0, i + 3)) : [];
  const regionRows = prefixes.length
    ? await db
        .select({ code: nutsRegions.code, name: nutsRegions.name, level: nutsRegions.level, version: nutsRegions.version })
        .from(nutsRegions)
        .where(inArray(nutsRegions.code, prefixes))
    : [];
  const regions = prefixes.flatMap((prefix) => {
    const candidates = regionRows.filter((r) => r.code === prefix);
    const best = NUTS_VERSION_PREFERENCE.map((v) => candidates.find((r) => r.version === v)).find(Boolean) ?? candidates[0];
    return best ? [best] : [];
  });

  const pics = await db
    .select({ value: organisationIdentifiers.value })
    .from(organisationIdentifiers)
    .where(and(eq(organisationIdentifiers.organisationId, id), eq(organisationIdentifiers.scheme, "pic")))
    .orderBy(asc(organisationIdentifiers.value));

  // Grouped by role, programme family and whether another beneficiary took part: tallyRoles tells
  // the consortia led from the grants held alone.
  const roleGroups = await db
    .select({
      role: participations.role,
      family: programmes.family,
      beneficiaries: sql<number>`case when ${anotherBeneficiary(sql`${participations.projectId}`, sql`${participations.organisationId}`)} then 2 else 1 end`.mapWith(Number),
      n: sql<number>`count(*)`.mapWith(Number),
    })
    .from(participations)
    .innerJoin(projects, eq(projects.id, participations.projectId))
    .leftJoin(programmes, eq(programmes.id, projects.programmeId))
    .where(eq(participations.organisationId, id))
    .groupBy(sql`1, 2, 3`);
  const roleCounts = tallyRoles(roleGroups);

  const sources = await db
    .selectDistinct({ id: dataSources.id, name: dataSources.name, attribution: dataSources.attribution, url: dataSources.url })
    .from(dataSources)
    .where(
      sql`${dataSources.id} in (
        select p.source_id from ${participations} pa join ${projects} p on p.id = pa.project_id where pa.organisation_id = ${id}
        union
        select oi.source_id from ${organisationIdentifiers} oi where oi.organisation_id = ${id} and oi.source_id is not null)`,
    )
    .orderBy(asc(dataSources.id));

  return {
    ...org,
    regions,
    pics: pics.map((p) => p.value),
    roleCounts,
    projectCount: Object.values(roleCounts).reduce((a, b) => a + b, 0),
    sources,
  };
}

/**
 * The projects an organisation took part in, with its role, most recent first; with `themeId`, those
 * on that theme or a narrower one (or on one the crosswalk links to them, as search lists them);
 * with `q`, those matching it as the project search matches it — and when none has every part of
 * it, those with some (the most parts first), as `partialMatch` says.
 */
export async function listOrganisationProjects(
  db: Db,
  organisationId: number,
  /**
   * themeId: its projects on that theme (as above); q: those matching the text as the project search
   * matches it (any language); led: the consortia it led (lib/projects.ts ledConsortium).
   */
  options: { page?: number; pageSize?: number; themeId?: number; q?: string; led?: boolean } = {},
): Promise<Paged<OrganisationProject> & { partialMatch: PartialMatch }> {
  const page = options.page ?? 1;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const q = options.q?.trim();
  const initial = q ? buildTextQuery(await getSearchVocabulary(db), q) : null;
  if (q && !initial?.expression) return { rows: [], total: 0, page, pageSize, partialMatch: null };
  const whereOf = (query: TextQuery | null) =>
    and(
      eq(participations.organisationId, organisationId),
      options.themeId === undefined
        ? undefined
        : sql`exists (select 1 from project_facets pf where pf.project_id = ${participations.projectId} and pf.search_theme_ids @> array[${options.themeId}::int])`,
      query ? sql`exists (select 1 from ${projects} p where p.id = ${participations.projectId} and p.search_vector @@ (${query.expression}))` : undefined,
      options.led
        ? sql`${participations.role} = 'coordinator' and ${consortiumOf(sql`${participations.projectId}`, sql`${participations.organisationId}`)}`
        : undefined,
    );
  // None of its projects has every part of the text: those with some (as the organisation list counted them).
  const { result, text, partialMatch } = await allElseSome(
    initial,
    q ?? "",
    async (query) => {
      const where = whereOf(query);
      const [counted] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(participations).where(where);
      return { where, total: counted?.n ?? 0 };
    },
    (r) => r.total,
    // Its page lists its projects matching all, else some; it offers no wider list.
    { count: async () => 0, fewerThan: 0 },
  );
  const { where, total } = result;
  const order = [recency, desc(projects.id)];
  const partial = text?.match === "any" ? text : null;
  if (partial) order.unshift(desc(segmentsMatched(sql`${projects.searchVector}`, segmentArray(partial))));
  const found = await db
    .select({
      projectId: projects.id,
      sourceId: projects.sourceId,
      externalId: projects.externalId,
      acronym: projects.acronym,
      title: projects.title,
      startDate: projects.startDate,
      endDate: projects.endDate,
      sortDate: recencyDate,
      callYear: projectCallYear,
      topicTitle: projectTopicTitle,
      status: projects.status,
      role: participations.role,
      otherBeneficiary: sql<boolean>`${anotherBeneficiary(sql`${participations.projectId}`, sql`${participations.organisationId}`)}`.mapWith(Boolean),
      programme: { code: programmes.code, name: programmes.name, family: programmes.family, period: programmes.period },
      // With some parts of the text only: which parts each project has (bits, as the project search says them).
      segments: partial ? segmentBits(sql`${projects.searchVector}`, segmentArray(partial)).mapWith(Number) : sql<null>`null`,
    })
    .from(participations)
    .innerJoin(projects, eq(projects.id, participations.projectId))
    .innerJoin(programmes, eq(programmes.id, projects.programmeId))
    .leftJoin(...recencyJoin)
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset(offsetOf(page, pageSize));
  const parts = partialMatch && { ...partialMatch, rows: Object.fromEntries(found.map((r) => [r.projectId, segmentIndexes(r.segments ?? 0)])) };
  return { rows: found, total, page, pageSize, partialMatch: parts };
}

/**
 * How many of an organisation's projects are on each theme — counting a project for its themes and
 * their ancestors, and for the themes the crosswalk links to them (search_theme_ids: what the theme
 * filter of its projects lists) — with what lib/organisations/theme-profile needs to pick the telling
 * ones, and whether any project carries the theme itself or a narrower one (`own`) or only reaches it
 * through the crosswalk (an Interreg theme of a CORDIS organisation).
 */
export async function listOrganisationThemeCounts(db: Db, organisationId: number): Promise<OrganisationThemeCount[]> {
  return rowsOf<{ id: number; parent_id: number | null; label: string; level: number; scheme: "keep" | "euroscivoc"; projects: number; own: boolean }>(
    await db.execute(sql`
      select t.id, t.parent_id, t.label, t.level, t.scheme, count(*)::int as projects, bool_or(x.id = any(pf.theme_ids)) as own
      from participations pa
      join project_facets pf on pf.project_id = pa.project_id
      cross join lateral unnest(pf.search_theme_ids) as x(id)
      join themes t on t.id = x.id
      where pa.organisation_id = ${organisationId}
      group by t.id
      order by projects desc, t.id`),
  ).map((r) => ({
    id: Number(r.id),
    parentId: r.parent_id == null ? null : Number(r.parent_id),
    label: r.label,
    level: Number(r.level),
    scheme: r.scheme,
    projects: Number(r.projects),
    own: Boolean(r.own),
  }));
}

export interface OrganisationThemeCount extends ThemeCount {
  scheme: "keep" | "euroscivoc";
  /** Some project of it carries the theme or a narrower one (else it only reaches it through the crosswalk). */
  own: boolean;
}

/** The organisations sharing the most projects with this one, with how many. */
export async function listFrequentPartners(db: Db, organisationId: number, limit = 10): Promise<FrequentPartner[]> {
  const result = await db.execute(sql`
    with shared as (
      select other.organisation_id as id, count(distinct other.project_id)::int as shared_projects
      from ${participations} mine
      join ${participations} other on other.project_id = mine.project_id and other.organisation_id <> mine.organisation_id
      where mine.organisation_id = ${organisationId}
      group by other.organisation_id
      order by shared_projects desc, other.organisation_id
      limit ${limit}
    )
    select o.id, o.name, o.short_name, o.type, o.country_code, c.name_en as country_name, s.shared_projects,
      (select oi.value from ${organisationIdentifiers} oi where oi.organisation_id = o.id and oi.scheme = 'pic' order by oi.value limit 1) as pic
    from shared s
    join ${organisations} o on o.id = s.id
    left join ${countries} c on c.code = o.country_code
    order by s.shared_projects desc, o.name nulls last, o.id`);
  return rowsOf<OrganisationListRow & { shared_projects: number }>(result).map((r) => ({ ...organisationListEntry(r), sharedProjects: Number(r.shared_projects) }));
}
