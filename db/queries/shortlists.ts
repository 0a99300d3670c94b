// Reads for the shortlist pages: an organisation's lists, one list with its interest (programme
// and target regions for the consortium checks), its entries with what each item is (name,
// country, region, type, coordinator experience in the interest's programme family), and the
// lists a user may add to. Who may see what is decided by the callers (docs/authorisation.md).
import "server-only";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../index";
import {
  countries,
  interests,
  memberships,
  organisationProfiles,
  organisations,
  programmes,
  projects,
  shortlistEntries,
  shortlists,
  users,
  type OrganisationType,
  type ShortlistEntryStatus,
} from "../schema";
import { consortiumOf } from "../led-consortium";
import { regionNames } from "./interests";

export interface ShortlistSummary {
  id: number;
  name: string;
  profileId: number;
  profileName: string;
  interestId: number | null;
  interestTitle: string | null;
  entryCount: number;
  updatedAt: Date;
}

const entryCount = sql<number>`(select count(*) from ${shortlistEntries} where ${shortlistEntries.shortlistId} = ${shortlists.id})`.mapWith(Number);

/** The lists of the given organisations, the most recently changed first. */
export async function listShortlistsOfProfiles(db: Db | Tx, profileIds: number[]): Promise<ShortlistSummary[]> {
  if (profileIds.length === 0) return [];
  return db
    .select({
      id: shortlists.id,
      name: shortlists.name,
      profileId: shortlists.profileId,
      profileName: organisationProfiles.name,
      interestId: shortlists.interestId,
      interestTitle: interests.title,
      entryCount,
      updatedAt: shortlists.updatedAt,
    })
    .from(shortlists)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, shortlists.profileId))
    .leftJoin(interests, eq(interests.id, shortlists.interestId))
    .where(inArray(shortlists.profileId, profileIds))
    .orderBy(desc(shortlists.updatedAt), desc(shortlists.id));
}

/** The organisations a user is a member of, by name. */
export async function listMemberProfiles(db: Db | Tx, userId: string): Promise<{ id: number; name: string }[]> {
  return db
    .select({ id: organisationProfiles.id, name: organisationProfiles.name })
    .from(memberships)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, memberships.profileId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisationProfiles.name), asc(organisationProfiles.id));
}

/** Everything an "Add to shortlist" form needs for a user: their organisations and those organisations' lists. */
export async function shortlistChoices(db: Db | Tx, userId: string) {
  const profiles = await listMemberProfiles(db, userId);
  const lists = await listShortlistsOfProfiles(
    db,
    profiles.map((p) => p.id),
  );
  return { profiles, lists: lists.map((l) => ({ id: l.id, name: l.name, profileId: l.profileId, profileName: l.profileName })) };
}
export type ShortlistChoices = Awaited<ReturnType<typeof shortlistChoices>>;

export interface ShortlistDetail {
  id: number;
  name: string;
  profileId: number;
  profileName: string;
  interestId: number | null;
  interestTitle: string | null;
  programme: { code: string; family: string; name: string } | null;
  programmeOther: string | null;
  targetRegions: { code: string; name: string }[];
  createdAt: Date;
  updatedAt: Date;
}

export async function getShortlist(db: Db | Tx, id: number): Promise<ShortlistDetail | null> {
  const [row] = await db
    .select({
      id: shortlists.id,
      name: shortlists.name,
      profileId: shortlists.profileId,
      profileName: organisationProfiles.name,
      interestId: shortlists.interestId,
      interestTitle: interests.title,
      programmeCode: programmes.code,
      programmeFamily: programmes.family,
      programmeName: programmes.name,
      programmeOther: interests.programmeOther,
      targetRegionCodes: interests.targetRegions,
      createdAt: shortlists.createdAt,
      updatedAt: shortlists.updatedAt,
    })
    .from(shortlists)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, shortlists.profileId))
    .leftJoin(interests, eq(interests.id, shortlists.interestId))
    .leftJoin(programmes, eq(programmes.id, interests.programmeId))
    .where(eq(shortlists.id, id));
  if (!row) return null;
  const { programmeCode, programmeFamily, programmeName, targetRegionCodes, ...rest } = row;
  return {
    ...rest,
    programme: programmeCode && programmeFamily && programmeName ? { code: programmeCode, family: programmeFamily, name: programmeName } : null,
    targetRegions: await regionNames(db, targetRegionCodes ?? []),
  };
}

export interface ShortlistEntryRow {
  id: number;
  kind: "organisation" | "profile" | "project";
  itemId: number;
  name: string;
  /** For an organisation record claimed by a registered organisation: that organisation. */
  registeredProfileId: number | null;
  type: OrganisationType | null;
  countryCode: string | null;
  countryName: string | null;
  nutsCode: string | null;
  city: string | null;
  /** A project's programme; null for organisations. */
  programmeName: string | null;
  note: string | null;
  status: ShortlistEntryStatus;
  position: number;
  addedByName: string | null;
  addedAt: Date;
  /** The shortlist's own organisation (or a record it has claimed). */
  isRequester: boolean;
  /** Consortia led in the interest's programme family: projects coordinated with another beneficiary, or Interreg ones (db/led-consortium.ts; 0 without a family). */
  coordinatedInProgramme: number;
}

/**
 * The entries of a list in their order. `family` is the programme family whose coordinations
 * are counted; `ownerProfileId` the list's organisation (to mark the requester); `locale` the
 * language of the country names.
 */
export async function listShortlistEntries(db: Db | Tx, shortlistId: number, ownerProfileId: number, family: string | null, locale: "en" | "fr" | "de" | "pl" = "en"): Promise<ShortlistEntryRow[]> {
  const e = shortlistEntries;
  // Country names are reference data with names in the interface languages: the reader's, else English.
  const localName = { en: countries.nameEn, fr: countries.nameFr, de: countries.nameDe, pl: countries.namePl }[locale];
  const countryName = sql<string | null>`coalesce(${localName}, ${countries.nameEn})`;
  const orgProfile = sql<number | null>`(select c.profile_id from claims c where c.organisation_id = ${e.organisationId} and c.status = 'verified' limit 1)`;
  const coordinated = family
    ? sql<number>`(select count(*) from participations pa
          join projects pj on pj.id = pa.project_id
          join programmes pg on pg.id = pj.programme_id
         where pa.role = 'coordinator' and pg.family = ${family}
           -- A consortium it led, as "coordinated" counts everywhere (db/led-consortium.ts): a
           -- fellowship's or an ERC grant's sole beneficiary is its "coordinator" too.
           and ${consortiumOf(sql`pa.project_id`, sql`pa.organisation_id`)}
           and (pa.organisation_id = ${e.organisationId}
                or pa.organisation_id in (select c.organisation_id from claims c where c.profile_id = ${e.profileId} and c.status = 'verified')))`.mapWith(Number)
    : sql<number>`0`.mapWith(Number);
  const isRequester = sql<boolean>`(coalesce(${e.profileId} = ${ownerProfileId}, false)
      or exists (select 1 from claims c where c.profile_id = ${ownerProfileId} and c.organisation_id = ${e.organisationId} and c.status = 'verified'))`.mapWith(Boolean);
  const rows = await db
    .select({
      id: e.id,
      organisationId: e.organisationId,
      profileId: e.profileId,
      projectId: e.projectId,
      orgName: organisations.name,
      orgShortName: organisations.shortName,
      orgType: organisations.type,
      orgCountry: organisations.countryCode,
      orgNuts: organisations.nutsCode,
      orgCity: organisations.city,
      registeredProfileId: orgProfile,
      profileName: organisationProfiles.name,
      profileType: organisationProfiles.type,
      profileCountry: organisationProfiles.countryCode,
      profileNuts: organisationProfiles.nutsCode,
      profileCity: organisationProfiles.city,
      projectAcronym: projects.acronym,
      projectTitle: projects.title,
      programmeName: programmes.name,
      countryName,
      note: e.note,
      status: e.status,
      position: e.position,
      addedByName: users.name,
      addedAt: e.addedAt,
      isRequester,
      coordinated,
    })
    .from(e)
    .leftJoin(organisations, eq(organisations.id, e.organisationId))
    .leftJoin(organisationProfiles, eq(organisationProfiles.id, e.profileId))
    .leftJoin(projects, eq(projects.id, e.projectId))
    .leftJoin(programmes, eq(programmes.id, projects.programmeId))
    .leftJoin(countries, eq(countries.code, sql`coalesce(${organisations.countryCode}, ${organisationProfiles.countryCode})`))
    .leftJoin(users, eq(users.id, e.addedByUserId))
    .where(eq(e.shortlistId, shortlistId))
    .orderBy(asc(e.position), asc(e.id));
  return rows.map((r) => {
    const kind = r.organisationId !== null ? "organisation" : r.profileId !== null ? "profile" : "project";
    const name =
      kind === "organisation"
        ? (r.orgName ?? r.orgShortName ?? `Organisation ${r.organisationId}`)
        : kind === "profile"
          ? (r.profileName ?? `Organisation ${r.profileId}`)
          : [r.projectAcronym, r.projectTitle].filter(Boolean).join(" — ") || `Project ${r.projectId}`;
    return {
      id: r.id,
      kind,
      itemId: (r.organisationId ?? r.profileId ?? r.projectId)!,
      name,
      registeredProfileId: kind === "profile" ? r.profileId : (r.registeredProfileId ?? null),
      type: kind === "organisation" ? r.orgType : kind === "profile" ? r.profileType : null,
      countryCode: kind === "organisation" ? r.orgCountry : kind === "profile" ? r.profileCountry : null,
      countryName: kind === "project" ? null : r.countryName,
      nutsCode: kind === "organisation" ? r.orgNuts : kind === "profile" ? r.profileNuts : null,
      city: kind === "organisation" ? r.orgCity : kind === "profile" ? r.profileCity : null,
      programmeName: kind === "project" ? r.programmeName : null,
      note: r.note,
      status: r.status,
      position: r.position,
      addedByName: r.addedByName,
      addedAt: r.addedAt,
      isRequester: kind !== "project" && r.isRequester,
      coordinatedInProgramme: kind === "project" ? 0 : r.coordinated,
    } satisfies ShortlistEntryRow;
  });
}

/** The organisation a list belongs to, or null when there is no such list. */
export async function shortlistOwner(db: Db | Tx, id: number): Promise<{ profileId: number } | null> {
  const [row] = await db.select({ profileId: shortlists.profileId }).from(shortlists).where(eq(shortlists.id, id));
  return row ?? null;
}

/** The list (and its organisation) an entry is on, or null when there is no such entry. */
export async function entryOwner(db: Db | Tx, entryId: number): Promise<{ shortlistId: number; profileId: number } | null> {
  const [row] = await db
    .select({ shortlistId: shortlistEntries.shortlistId, profileId: shortlists.profileId })
    .from(shortlistEntries)
    .innerJoin(shortlists, eq(shortlists.id, shortlistEntries.shortlistId))
    .where(eq(shortlistEntries.id, entryId));
  return row ?? null;
}

/** The interests of the given organisations, newest first, to link a list to one. */
export async function interestOptions(db: Db | Tx, profileIds: number[]): Promise<{ id: number; name: string; profileId: number }[]> {
  if (profileIds.length === 0) return [];
  return db
    .select({ id: interests.id, name: interests.title, profileId: interests.profileId })
    .from(interests)
    .where(inArray(interests.profileId, profileIds))
    .orderBy(desc(interests.createdAt), desc(interests.id));
}
