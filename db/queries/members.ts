// Reads for accounts and registered organisations: a user's organisations, a profile with its
// members, invitations and claims, the knowledge-base records a new organisation may claim, the
// public view of a profile (never its members), and the administrator's lists.
import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { firstPicOf, offsetOf, type Paged } from "./shared";
import { getThemeNames } from "./theme-names";
import { hashToken, isWellFormedToken, tokenState } from "@/lib/accounts/tokens";
import { websiteDomain } from "@/lib/organisations/domain";
import { namedThemes } from "@/lib/search/theme-names";
import { fieldOptions } from "@/lib/themes/field-search";
import type { Db, Tx } from "../index";
import {
  claims,
  countries,
  invitations,
  memberships,
  nutsRegions,
  organisationIdentifiers,
  organisationProfiles,
  organisations,
  participations,
  profileThemes,
  themes,
  users,
  type ClaimStatus,
  type MemberRole,
  type OrganisationProfile,
  type OrganisationType,
} from "../schema";

export interface MyOrganisation {
  id: number;
  name: string;
  role: MemberRole;
  published: boolean;
}

/** The organisations a user belongs to, by name. */
export async function listMyOrganisations(db: Db | Tx, userId: string): Promise<MyOrganisation[]> {
  return db
    .select({ id: organisationProfiles.id, name: organisationProfiles.name, role: memberships.role, published: organisationProfiles.published })
    .from(memberships)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, memberships.profileId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisationProfiles.name), asc(organisationProfiles.id));
}

export interface ProfileTheme {
  id: number;
  label: string;
  path: string;
}

export interface ProfileDetail extends OrganisationProfile {
  countryName: string;
  /** The chosen region and the regions containing it, broadest first. */
  regions: { code: string; name: string; level: number }[];
  themes: ProfileTheme[];
}

/** The NUTS version a country's regions are picked from: its newest. */
const newestNutsVersion = (countryCode: unknown) =>
  sql`(select max(${nutsRegions.version}) from ${nutsRegions} where ${nutsRegions.countryCode} = ${countryCode})`;

export async function getProfile(db: Db | Tx, profileId: number): Promise<ProfileDetail | null> {
  const [row] = await db
    .select({ profile: organisationProfiles, countryName: countries.nameEn })
    .from(organisationProfiles)
    .innerJoin(countries, eq(countries.code, organisationProfiles.countryCode))
    .where(eq(organisationProfiles.id, profileId));
  if (!row) return null;
  const profile = row.profile;
  const regions = profile.nutsCode
    ? await db
        .select({ code: nutsRegions.code, name: nutsRegions.name, level: nutsRegions.level })
        .from(nutsRegions)
        .where(
          and(
            eq(nutsRegions.version, newestNutsVersion(profile.countryCode)),
            // The region and its ancestors: the codes that are prefixes of it, from level 1.
            inArray(nutsRegions.code, [3, 4, 5].map((n) => profile.nutsCode!.slice(0, n)).filter((c, i, all) => all.indexOf(c) === i && c.length <= profile.nutsCode!.length)),
          ),
        )
        .orderBy(asc(nutsRegions.level))
    : [];
  const themeRows = await db
    .select({ id: themes.id, label: themes.label, path: themes.path })
    .from(profileThemes)
    .innerJoin(themes, eq(themes.id, profileThemes.themeId))
    .where(eq(profileThemes.profileId, profileId))
    .orderBy(asc(themes.path));
  return { ...profile, countryName: row.countryName, regions, themes: themeRows };
}

export interface MemberRow {
  userId: string;
  name: string | null;
  email: string;
  role: MemberRole;
  since: Date;
}

/** The members of an organisation, owners first. Only for its members' eyes. */
export async function listMembers(db: Db | Tx, profileId: number): Promise<MemberRow[]> {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.profileId, profileId))
    .orderBy(sql`${memberships.role} = 'owner' desc`, asc(memberships.createdAt), asc(users.id));
}

export async function listOpenInvitations(db: Db | Tx, profileId: number) {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.profileId, profileId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt));
}

export interface ClaimRow {
  id: number;
  organisationId: number;
  organisationName: string | null;
  countryCode: string | null;
  city: string | null;
  status: ClaimStatus;
  method: "domain" | "admin";
  note: string | null;
  projectCount: number;
  createdAt: Date;
}

const projectCountOf = (organisationId: unknown) =>
  sql<number>`(select count(*) from ${participations} pa where pa.organisation_id = ${organisationId})`.mapWith(Number);

export async function listClaims(db: Db | Tx, profileId: number): Promise<ClaimRow[]> {
  return db
    .select({
      id: claims.id,
      organisationId: claims.organisationId,
      organisationName: organisations.name,
      countryCode: organisations.countryCode,
      city: organisations.city,
      status: claims.status,
      method: claims.method,
      note: claims.note,
      projectCount: projectCountOf(organisations.id),
      createdAt: claims.createdAt,
    })
    .from(claims)
    .innerJoin(organisations, eq(organisations.id, claims.organisationId))
    .where(eq(claims.profileId, profileId))
    .orderBy(asc(claims.createdAt), asc(claims.id));
}

/** The knowledge-base records a profile holds (verified claims): its history. */
export async function listClaimedRecordIds(db: Db | Tx, profileId: number): Promise<number[]> {
  const rows = await db
    .select({ id: claims.organisationId })
    .from(claims)
    .where(and(eq(claims.profileId, profileId), eq(claims.status, "verified")))
    .orderBy(asc(claims.organisationId));
  return rows.map((r) => r.id);
}

const NAME_SIMILARITY = 0.45;

export interface ClaimCandidate {
  id: number;
  name: string | null;
  shortName: string | null;
  countryCode: string | null;
  countryName: string | null;
  city: string | null;
  website: string | null;
  type: OrganisationType;
  pic: string | null;
  projectCount: number;
  matchedBy: ("pic" | "website" | "name")[];
  /** Who holds it: this profile, another registered organisation, or nobody. */
  heldBy: "this" | "other" | null;
  /** This profile's own claim on it, if any. */
  ownClaim: ClaimStatus | null;
}

/**
 * Knowledge-base organisations that may be this organisation: the same PIC, the same website
 * domain, or a similar name (trigram similarity through organisations_name_trgm_idx) in the same
 * country first. At most `limit`, the strongest matches first.
 */
export async function findClaimCandidates(
  db: Db | Tx,
  input: { profileId: number; name: string; website: string | null; pic: string | null; countryCode: string | null },
  limit = 8,
): Promise<ClaimCandidate[]> {
  const domain = websiteDomain(input.website);
  const organisationText = sql`(coalesce(${organisations.name}, '') || ' ' || coalesce(${organisations.shortName}, ''))`;
  const byPic = input.pic
    ? sql`${organisations.id} in (select ${organisationIdentifiers.organisationId} from ${organisationIdentifiers} where ${organisationIdentifiers.scheme} = 'pic' and ${organisationIdentifiers.value} = ${input.pic})`
    : sql`false`;
  // Each way of matching is an index lookup (identifiers, organisations_website_domain_idx on the
  // SQL website_domain() of migration "organisations_website_domain_index", organisations_name_trgm_idx);
  // their union is the candidate set, re-checked in TypeScript below.
  const candidateIds = sql.join(
    [
      input.pic ? sql`select ${organisationIdentifiers.organisationId} from ${organisationIdentifiers} where ${organisationIdentifiers.scheme} = 'pic' and ${organisationIdentifiers.value} = ${input.pic}` : null,
      domain ? sql`select ${organisations.id} from ${organisations} where website_domain(${organisations.website}) = ${domain}` : null,
      sql`select ${organisations.id} from ${organisations} where ${organisationText} % ${input.name}`,
    ].filter((part) => part !== null),
    sql` union `,
  );
  const nameScore = sql<number>`similarity(${organisationText}, ${input.name})`.mapWith(Number);
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      shortName: organisations.shortName,
      countryCode: organisations.countryCode,
      countryName: countries.nameEn,
      city: organisations.city,
      website: organisations.website,
      type: organisations.type,
      pic: firstPicOf(organisations.id),
      projectCount: projectCountOf(organisations.id),
      picMatch: sql<boolean>`${byPic}`,
      nameScore,
    })
    .from(organisations)
    .leftJoin(countries, eq(countries.code, organisations.countryCode))
    .where(and(isNotNull(organisations.name), sql`${organisations.id} in (${candidateIds})`))
    .orderBy(
      ...(input.pic ? [desc(sql`${byPic}`)] : []),
      desc(sql`${organisations.countryCode} = ${input.countryCode ?? ""}`),
      desc(nameScore),
      asc(organisations.id),
    )
    .limit(limit * 3);

  const candidates = rows
    .map((row) => {
      const matchedBy: ClaimCandidate["matchedBy"] = [];
      if (row.picMatch) matchedBy.push("pic");
      if (domain && websiteDomain(row.website) === domain) matchedBy.push("website");
      // pg_trgm's % finds names from 0.3; a word in common ("innovation") gets there, so offer from 0.45.
      if (row.nameScore >= NAME_SIMILARITY) matchedBy.push("name");
      return { row, matchedBy };
    })
    .filter((c) => c.matchedBy.length > 0)
    .sort((a, b) => rank(b.matchedBy) - rank(a.matchedBy) || b.row.nameScore - a.row.nameScore)
    .slice(0, limit);
  if (candidates.length === 0) return [];

  const ids = candidates.map((c) => c.row.id);
  const claimRows = await db
    .select({ organisationId: claims.organisationId, profileId: claims.profileId, status: claims.status })
    .from(claims)
    .where(and(inArray(claims.organisationId, ids), or(eq(claims.status, "verified"), eq(claims.profileId, input.profileId))));
  return candidates.map(({ row, matchedBy }) => {
    const verified = claimRows.find((c) => c.organisationId === row.id && c.status === "verified");
    const own = claimRows.find((c) => c.organisationId === row.id && c.profileId === input.profileId);
    return {
      id: row.id,
      name: row.name,
      shortName: row.shortName,
      countryCode: row.countryCode,
      countryName: row.countryName,
      city: row.city,
      website: row.website,
      type: row.type,
      pic: row.pic,
      projectCount: row.projectCount,
      matchedBy, heldBy: verified ? (verified.profileId === input.profileId ? "this" : "other") : null, ownClaim: own?.status ?? null };
  });
}

function rank(matchedBy: ClaimCandidate["matchedBy"]): number {
  return (matchedBy.includes("pic") ? 4 : 0) + (matchedBy.includes("website") ? 2 : 0) + (matchedBy.includes("name") ? 1 : 0);
}

export interface PublicProfile {
  id: number;
  name: string;
  type: OrganisationType;
  countryCode: string;
  countryName: string;
  regions: { code: string; name: string; level: number }[];
  city: string | null;
  website: string | null;
  description: string | null;
  programmes: string[];
  languages: string[];
  contactRole: string | null;
  themes: ProfileTheme[];
  memberCount: number;
  /** Knowledge-base records it holds (verified claims). */
  recordIds: number[];
  records: { id: number; name: string | null }[];
  registeredAt: Date;
}

/** A published profile as anyone may see it: no member's name or e-mail, only how many there are. */
export async function getPublicProfile(db: Db | Tx, profileId: number): Promise<PublicProfile | null> {
  const detail = await getProfile(db, profileId);
  if (!detail || !detail.published) return null;
  const [count] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(memberships).where(eq(memberships.profileId, profileId));
  const records = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(claims)
    .innerJoin(organisations, eq(organisations.id, claims.organisationId))
    .where(and(eq(claims.profileId, profileId), eq(claims.status, "verified")))
    .orderBy(asc(organisations.id));
  return {
    id: detail.id,
    name: detail.name,
    type: detail.type,
    countryCode: detail.countryCode,
    countryName: detail.countryName,
    regions: detail.regions,
    city: detail.city,
    website: detail.website,
    description: detail.description,
    programmes: detail.programmes,
    languages: detail.languages,
    contactRole: detail.contactRole,
    themes: detail.themes,
    memberCount: count?.n ?? 0,
    recordIds: records.map((r) => r.id),
    records,
    registeredAt: detail.createdAt,
  };
}

/** The published registered organisation holding a knowledge-base record, if any. */
export async function getRegisteredHolder(db: Db | Tx, organisationId: number): Promise<PublicProfile | null> {
  const [row] = await db
    .select({ profileId: claims.profileId })
    .from(claims)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, claims.profileId))
    .where(and(eq(claims.organisationId, organisationId), eq(claims.status, "verified"), eq(organisationProfiles.published, true)));
  return row ? getPublicProfile(db, row.profileId) : null;
}

export interface AdminClaimRow {
  id: number;
  status: ClaimStatus;
  note: string | null;
  createdAt: Date;
  profileId: number;
  profileName: string;
  profileWebsite: string | null;
  requestedByEmail: string | null;
  organisationId: number;
  organisationName: string | null;
  organisationWebsite: string | null;
  organisationCountry: string | null;
  /** The registered organisation that holds the record now (for disputes). */
  holderName: string | null;
}

/** How many rows an administrator's list shows per page. */
export const ADMIN_PAGE_SIZE = 50;

const countOf = async (db: Db | Tx, table: typeof claims | typeof users | typeof organisationProfiles, where?: SQL) => {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table).where(where);
  return row?.n ?? 0;
};

/** Claims for the administrator, a page at a time: open ones (pending, disputed) first, oldest first. */
export async function listClaimsForAdmin(
  db: Db | Tx,
  options: { open?: boolean; page?: number; pageSize?: number } = {},
): Promise<Paged<AdminClaimRow>> {
  const { page = 1, pageSize = ADMIN_PAGE_SIZE } = options;
  const where = options.open ? inArray(claims.status, ["pending", "disputed"]) : undefined;
  const holder = sql<string | null>`(
    select p2.name from ${claims} c2 join ${organisationProfiles} p2 on p2.id = c2.profile_id
    where c2.organisation_id = ${claims.organisationId} and c2.status = 'verified' and c2.id <> ${claims.id} limit 1)`;
  const rows = await db
    .select({
      id: claims.id,
      status: claims.status,
      note: claims.note,
      createdAt: claims.createdAt,
      profileId: organisationProfiles.id,
      profileName: organisationProfiles.name,
      profileWebsite: organisationProfiles.website,
      requestedByEmail: users.email,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationWebsite: organisations.website,
      organisationCountry: organisations.countryCode,
      holderName: holder,
    })
    .from(claims)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, claims.profileId))
    .innerJoin(organisations, eq(organisations.id, claims.organisationId))
    .leftJoin(users, eq(users.id, claims.requestedByUserId))
    .where(where)
    .orderBy(sql`${claims.status} in ('pending', 'disputed') desc`, asc(claims.createdAt), asc(claims.id))
    .limit(pageSize)
    .offset(offsetOf(page, pageSize));
  return { rows, total: await countOf(db, claims, where), page, pageSize };
}

/** Users for the administrator, newest first, a page at a time. */
export async function listUsersForAdmin(db: Db | Tx, page = 1, pageSize = ADMIN_PAGE_SIZE) {
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      emailVerified: users.emailVerified,
      createdAt: users.createdAt,
      // Qualified by hand: drizzle writes a one-table select's columns unqualified, and an unqualified
      // "id" inside the subquery would be the subquery's own.
      organisations: sql<number>`(select count(*) from ${memberships} m where m.user_id = "users"."id")`.mapWith(Number),
    })
    .from(users)
    .orderBy(desc(users.createdAt), asc(users.id))
    .limit(pageSize)
    .offset(offsetOf(page, pageSize));
  return { rows, total: await countOf(db, users), page, pageSize };
}

/** Registered organisations for the administrator, newest first, a page at a time. */
export async function listProfilesForAdmin(db: Db | Tx, page = 1, pageSize = ADMIN_PAGE_SIZE) {
  const rows = await db
    .select({
      id: organisationProfiles.id,
      name: organisationProfiles.name,
      countryCode: organisationProfiles.countryCode,
      published: organisationProfiles.published,
      createdAt: organisationProfiles.createdAt,
      // Qualified by hand, as in listUsersForAdmin: an unqualified "id" here would be the claim's.
      members: sql<number>`(select count(*) from ${memberships} m where m.profile_id = "organisation_profiles"."id")`.mapWith(Number),
      records: sql<number>`(select count(*) from ${claims} c where c.profile_id = "organisation_profiles"."id" and c.status = 'verified')`.mapWith(Number),
    })
    .from(organisationProfiles)
    .orderBy(desc(organisationProfiles.createdAt), desc(organisationProfiles.id))
    .limit(pageSize)
    .offset(offsetOf(page, pageSize));
  return { rows, total: await countOf(db, organisationProfiles), page, pageSize };
}

/** The regions of a country for the region picker: its newest NUTS version, every level, in code order. */
export async function listCountryRegions(db: Db | Tx, countryCode: string) {
  return db
    .select({ code: nutsRegions.code, name: nutsRegions.name, level: nutsRegions.level, parentCode: nutsRegions.parentCode })
    .from(nutsRegions)
    .where(and(eq(nutsRegions.countryCode, countryCode), eq(nutsRegions.version, newestNutsVersion(countryCode)), ne(nutsRegions.level, 0), eq(nutsRegions.kind, "NUTS")))
    .orderBy(asc(nutsRegions.code));
}

/** The KEEP/Interreg theme vocabulary (two levels), for the themes of interest. */
export async function listThemeVocabulary(db: Db | Tx) {
  return db
    .select({ id: themes.id, label: themes.label, level: themes.level, parentId: themes.parentId, code: themes.code })
    .from(themes)
    .where(eq(themes.scheme, "keep"))
    .orderBy(asc(themes.code));
}

/** The fields of science (EuroSciVoc) the knowledge base's projects are tagged with, for the forms' field search. */
export async function listFieldsOfScience(db: Db | Tx) {
  return db
    .select({ id: themes.id, label: themes.label, parentId: themes.parentId })
    .from(themes)
    .where(eq(themes.scheme, "euroscivoc"))
    .orderBy(asc(themes.code));
}

/**
 * What the interest and organisation forms offer as themes, named in the reader's `language`: the
 * vocabulary's themes (listed) and the fields of science (EuroSciVoc, searched).
 */
export async function getThemeChoices(db: Db | Tx, language: string) {
  const [vocabulary, fields, names] = await Promise.all([listThemeVocabulary(db), listFieldsOfScience(db), getThemeNames(db, language)]);
  return { themes: namedThemes(names, vocabulary), fields: fieldOptions(names, fields) };
}

export type InvitationLinkState =
  | { state: "valid"; invitation: { email: string; profileId: number; profileName: string; acceptedByUserId: string | null } }
  | { state: "unknown" | "used" | "expired" | "revoked"; invitation?: { email: string; profileId: number; profileName: string; acceptedByUserId: string | null } };

/** What an invitation link's token leads to, for its page (without using it). */
export async function getInvitationByToken(db: Db | Tx, token: unknown, now = new Date()): Promise<InvitationLinkState> {
  if (!isWellFormedToken(token)) return { state: "unknown" };
  const [row] = await db
    .select({
      email: invitations.email,
      profileId: invitations.profileId,
      profileName: organisationProfiles.name,
      acceptedAt: invitations.acceptedAt,
      acceptedByUserId: invitations.acceptedByUserId,
      revokedAt: invitations.revokedAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, invitations.profileId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return { state: "unknown" };
  const invitation = { email: row.email, profileId: row.profileId, profileName: row.profileName, acceptedByUserId: row.acceptedByUserId };
  if (row.revokedAt) return { state: "revoked", invitation };
  const state = tokenState({ usedAt: row.acceptedAt, expiresAt: row.expiresAt }, now);
  return state === "valid" ? { state, invitation } : { state, invitation };
}
