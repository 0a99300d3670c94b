// Reads for the interest pages: an organisation's interests, the open interests members may
// browse, one interest with its details, its stored matches (with dismissals) and its
// reciprocal matches. Who may see what is decided by the pages (docs/authorisation.md).
import "server-only";
import { and, asc, desc, eq, gte, inArray, sql, type SQL } from "drizzle-orm";
import { newMatches } from "@/lib/interests/match-filter";
import { interestState, type InterestState } from "@/lib/interests/options";
import { programmeArea } from "@/lib/consortium/programme-rules";
import type { ProgrammeOption } from "@/lib/programmes/options";
import { programmeStrand } from "@/lib/programmes/reference";
import type { MatchEvidence } from "@/lib/matching/types";
import type { Db, Tx } from "../index";
import { jsonList } from "../rows";
import { spellingSuggestion } from "../search/spelling";
import { buildTextQuery } from "../search/text-query";
import { getSearchVocabulary } from "../search/vocabulary";
import {
  claims,
  countries,
  interestDismissals,
  interestMatches,
  interests,
  interestThemes,
  nutsRegions,
  organisationProfiles,
  organisations,
  programmes,
  reciprocalMatches,
  themes,
  topics,
  type BudgetBand,
  type InterestRole,
  type InterestVisibility,
  type OrganisationType,
} from "../schema";
import { getThemeChoices } from "./members";
import { listCountriesFor } from "./reference";
import { offsetOf, totalOver, type Paged } from "./shared";

export interface InterestSummary {
  id: number;
  title: string;
  profileId: number;
  organisationName: string;
  organisationType: OrganisationType;
  countryCode: string;
  countryName: string;
  programmeName: string | null;
  partnerTypes: OrganisationType[];
  wantedCountries: string[];
  /** Only organisations it has not worked with. */
  newPartnersOnly: boolean;
  /** The wanted countries with the reference list's English names (lib/format's formatCountryList names them for the reader). */
  wantedCountryList: { code: string; name: string }[];
  ownRole: InterestRole;
  deadline: string;
  visibility: InterestVisibility;
  state: InterestState;
  themes: string[];
  createdAt: Date;
}

const summaryColumns = {
  id: interests.id,
  title: interests.title,
  profileId: interests.profileId,
  organisationName: organisationProfiles.name,
  organisationType: organisationProfiles.type,
  countryCode: organisationProfiles.countryCode,
  countryName: countries.nameEn,
  // With its period: the current programme and its predecessor share a name ("CENTRAL EUROPE (2021-2027)").
  programmeName: sql<string | null>`coalesce(${programmes.name} || coalesce(' (' || ${programmes.period} || ')', ''), ${interests.programmeOther})`,
  partnerTypes: interests.partnerTypes,
  wantedCountries: interests.wantedCountries,
  newPartnersOnly: interests.newPartnersOnly,
  wantedCountryList: sql<{ code: string; name: string }[]>`coalesce((select json_agg(json_build_object('code', c.code, 'name', c.name_en) order by c.code)
    from ${countries} c where c.code = any(${interests.wantedCountries})), '[]'::json)`.mapWith(jsonList<{ code: string; name: string }>),
  ownRole: interests.ownRole,
  deadline: interests.deadline,
  visibility: interests.visibility,
  status: interests.status,
  createdAt: interests.createdAt,
  themes: sql<string[]>`coalesce((select array_agg(t.label order by t.label) from ${interestThemes} it join ${themes} t on t.id = it.theme_id where it.interest_id = ${interests.id}), '{}')`,
};

function withState(today: string) {
  return <R extends { status: "open" | "closed"; deadline: string }>({ status, ...row }: R): Omit<R, "status"> & { state: InterestState } => ({
    ...row,
    state: interestState({ status, deadline: row.deadline }, today),
  });
}

function summaryQuery(db: Db | Tx) {
  return db
    .select(summaryColumns)
    .from(interests)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, interests.profileId))
    .innerJoin(countries, eq(countries.code, organisationProfiles.countryCode))
    .leftJoin(programmes, eq(programmes.id, interests.programmeId));
}

/** The interests of the given organisations (a user's), newest first, whatever their state. */
export async function listInterestsOfProfiles(db: Db | Tx, profileIds: number[], today: string): Promise<InterestSummary[]> {
  if (profileIds.length === 0) return [];
  const rows = await summaryQuery(db).where(inArray(interests.profileId, profileIds)).orderBy(desc(interests.createdAt), desc(interests.id));
  return rows.map(withState(today));
}

/** What an interest's owner reads of its matches in the list: how many, how many new, the best one, how many mutual. */
export interface InterestMatchSummary {
  /** The stored matches shown on its page: not dismissed, and no registered organisation hidden since. */
  matches: number;
  /** Of those, the ones the page marks new (newMatches). */
  fresh: number;
  /** The best of them by name (a record's registered holder's name when it has one), null when none. */
  best: string | null;
  /** Its mutual matches that are still open (as the page lists them). */
  mutual: number;
}

/**
 * Each interest's stored and mutual matches, counted as its page lists them (the rows of
 * listStoredMatches without their evidence, newMatches, listReciprocalMatches' conditions).
 */
export async function summariseInterestMatches(db: Db | Tx, interestIds: number[], today: string, now = new Date()): Promise<Map<number, InterestMatchSummary>> {
  if (interestIds.length === 0) return new Map();
  const listed = await storedMatchesOf(db, interestIds, { evidence: false });
  const mutual = await db
    .select({ interestId: reciprocalMatches.interestId, count: sql<number>`count(*)::int`.mapWith(Number) })
    .from(reciprocalMatches)
    .innerJoin(interests, eq(interests.id, reciprocalMatches.otherInterestId))
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, interests.profileId))
    .where(and(inArray(reciprocalMatches.interestId, interestIds), otherInterestStillOpen(today)))
    .groupBy(reciprocalMatches.interestId);
  const mutualOf = new Map(mutual.map((r) => [r.interestId, r.count]));
  return new Map(
    interestIds.map((id) => {
      const mine = listed.filter((m) => m.interestId === id);
      const fresh = newMatches(mine, now);
      const shown = mine.filter((m) => !m.dismissed);
      return [id, { matches: shown.length, fresh: shown.filter((m) => fresh.has(m)).length, best: shown[0]?.name ?? null, mutual: mutualOf.get(id) ?? 0 }];
    }),
  );
}

export interface InterestBrowse {
  /** Signed in: public and members-only interests; anonymous: public ones only. */
  signedIn: boolean;
  /** Words its title, description or themes have, in any of the six languages (read as project search reads them). */
  q?: string;
  /** The viewer's own organisations, listed apart. */
  excludeProfileIds: number[];
  programmeId?: number;
  /** The poster's country. */
  country?: string;
  /** Looking for this type of partner (or for any type). */
  wants?: OrganisationType;
  /** Saved-search alerts: only the interests published in this window. */
  createdAfter?: Date;
  createdUntil?: Date;
  page: number;
  pageSize: number;
}

/** Other members' open interests (deadline not passed, organisation published), soonest deadline first. */
/**
 * An interest's words and themes as a tsvector that a text query of project search matches
 * (db/search/text-query.ts): its title and description as written and stemmed in English (the
 * query's words are stemmed in every configuration), and the token of each of its themes and of
 * their ancestors, as a project's search vector has them ("klastry" finds an interest on the
 * cluster theme, "Holz" one written in German about "Holz").
 */
const interestDocument = sql`(
  to_tsvector('simple'::regconfig, unaccent(${interests.title} || ' ' || ${interests.description}))
  || to_tsvector('english'::regconfig, unaccent(${interests.title} || ' ' || ${interests.description}))
  || coalesce((
    with recursive up(id, parent_id) as (
      select t.id, t.parent_id from ${interestThemes} it join ${themes} t on t.id = it.theme_id where it.interest_id = ${interests.id}
      union select t.id, t.parent_id from ${themes} t join up on t.id = up.parent_id
    )
    select array_to_tsvector(array_agg(distinct 'theme_' || up.id)) from up
  ), ''::tsvector)
)`;

/**
 * Other members' open interests, soonest deadline first. With words that none has (and not for a
 * saved search's alert), `spelling` offers them as the knowledge base spells them ("Did you mean …").
 */
export async function browseInterests(db: Db, options: InterestBrowse, today: string): Promise<Paged<InterestSummary> & { spelling: string | null }> {
  const vocabulary = options.q ? await getSearchVocabulary(db) : null;
  const text = vocabulary && options.q ? buildTextQuery(vocabulary, options.q) : null;
  // Words nothing can match (only punctuation): no interest.
  if (options.q && !text?.expression) return { rows: [], total: 0, page: options.page, pageSize: options.pageSize, spelling: null };
  const conditions: (SQL | undefined)[] = [
    text?.expression ? sql`${interestDocument} @@ (${text.expression})` : undefined,
    eq(interests.status, "open"),
    gte(interests.deadline, today),
    eq(organisationProfiles.published, true),
    options.signedIn ? undefined : eq(interests.visibility, "public"),
    options.excludeProfileIds.length ? sql`${interests.profileId} <> all(${sql.param(options.excludeProfileIds)}::int[])` : undefined,
    options.programmeId ? eq(interests.programmeId, options.programmeId) : undefined,
    options.country ? eq(organisationProfiles.countryCode, options.country) : undefined,
    options.wants ? sql`(${interests.partnerTypes} = '{}' or ${options.wants}::organisation_type = any(${interests.partnerTypes}))` : undefined,
    options.createdAfter ? sql`${interests.createdAt} > ${options.createdAfter.toISOString()}::timestamptz` : undefined,
    options.createdUntil ? sql`${interests.createdAt} <= ${options.createdUntil.toISOString()}::timestamptz` : undefined,
  ];
  const rows = await db
    .select({ ...summaryColumns, total: totalOver })
    .from(interests)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, interests.profileId))
    .innerJoin(countries, eq(countries.code, organisationProfiles.countryCode))
    .leftJoin(programmes, eq(programmes.id, interests.programmeId))
    .where(and(...conditions))
    .orderBy(asc(interests.deadline), desc(interests.id))
    .limit(options.pageSize)
    .offset(offsetOf(options.page, options.pageSize));
  return {
    rows: rows.map((row) => {
      const { total, ...summary } = row;
      void total;
      return withState(today)(summary);
    }),
    total: rows[0]?.total ?? 0,
    page: options.page,
    pageSize: options.pageSize,
    // (No row on the page: none at all, since a filter change goes back to page 1.)
    spelling: vocabulary && options.q && rows.length === 0 && options.page === 1 && !options.createdAfter ? await spellingSuggestion(db, vocabulary, options.q) : null,
  };
}

export interface InterestDetail extends InterestSummary {
  description: string;
  programmeId: number | null;
  /** The programme's code and family (what its eligibility rule is found by), when it is one of the knowledge base's. */
  programmeCode: string | null;
  programmeFamily: string | null;
  programmeOther: string | null;
  callTopic: string | null;
  /** The knowledge base's topic, when the call/topic typed is one. */
  topicCode: string | null;
  topicTitle: string | null;
  targetRegions: { code: string; name: string }[];
  budgetBand: BudgetBand | null;
  themeList: { id: number; label: string; path: string }[];
  profilePublished: boolean;
  matchesComputedAt: Date | null;
  /** An organisation the matches list (or on the interest's themes) has changed since: they are being recomputed. */
  matchesStale: boolean;
  matchError: string | null;
  updatedAt: Date;
}

export async function getInterest(db: Db | Tx, id: number, today: string): Promise<InterestDetail | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      description: interests.description,
      programmeId: interests.programmeId,
      programmeCode: programmes.code,
      programmeFamily: programmes.family,
      programmeOther: interests.programmeOther,
      callTopic: interests.callTopic,
      topicCode: topics.code,
      topicTitle: topics.title,
      targetRegionCodes: interests.targetRegions,
      budgetBand: interests.budgetBand,
      profilePublished: organisationProfiles.published,
      matchesComputedAt: interests.matchesComputedAt,
      matchesStale: interests.matchesStale,
      matchError: interests.matchError,
      updatedAt: interests.updatedAt,
    })
    .from(interests)
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, interests.profileId))
    .innerJoin(countries, eq(countries.code, organisationProfiles.countryCode))
    .leftJoin(programmes, eq(programmes.id, interests.programmeId))
    .leftJoin(topics, eq(topics.id, interests.topicId))
    .where(eq(interests.id, id));
  if (!row) return null;
  const { targetRegionCodes, ...rest } = row;
  const themeList = await db
    .select({ id: themes.id, label: themes.label, path: themes.path })
    .from(interestThemes)
    .innerJoin(themes, eq(themes.id, interestThemes.themeId))
    .where(eq(interestThemes.interestId, id))
    .orderBy(asc(themes.path));
  return { ...withState(today)(rest), targetRegions: await regionNames(db, targetRegionCodes), themeList };
}

/** Names of country and NUTS codes, in the order given (an unknown code keeps its code as name). */
export async function regionNames(db: Db | Tx, codes: string[]): Promise<{ code: string; name: string }[]> {
  if (codes.length === 0) return [];
  const countryRows = await db.select({ code: countries.code, name: countries.nameEn }).from(countries).where(inArray(countries.code, codes));
  const nutsRows = await db
    .selectDistinctOn([nutsRegions.code], { code: nutsRegions.code, name: nutsRegions.name })
    .from(nutsRegions)
    .where(inArray(nutsRegions.code, codes))
    .orderBy(nutsRegions.code, desc(nutsRegions.version));
  const names = new Map<string, string>([...nutsRows, ...countryRows].map((r) => [r.code, r.name]));
  return codes.map((code) => ({ code, name: names.get(code) ?? code }));
}

export interface StoredMatch {
  rank: number;
  score: number;
  reasons: string[];
  organisationId: number | null;
  profileId: number | null;
  name: string;
  type: OrganisationType;
  countryCode: string | null;
  countryName: string | null;
  city: string | null;
  /** Its website as recorded (the registered organisation's own, else the source's), not yet a link (websiteHref). */
  website: string | null;
  /** Registered on Consortia (a profile holds this record, or the candidate is a profile). */
  registered: boolean;
  /** What the engine gave, with the reasons as kinds and values (matches stored since they have them). */
  evidence: Partial<MatchEvidence> & { explanations?: unknown };
  dismissed: boolean;
  computedAt: Date;
}

/**
 * All stored matches of an interest, best first, with whether each is dismissed. A record's
 * registered organisation is the one holding it now (its verified claim), not when the matches were
 * computed: a record claimed since can be messaged, one given up no longer names its former holder.
 */
export async function listStoredMatches(db: Db | Tx, interestId: number): Promise<StoredMatch[]> {
  return storedMatchesOf(db, [interestId], { evidence: true });
}

/**
 * The stored matches of these interests as listStoredMatches gives them, by interest then rank;
 * without `evidence` (the heaviest column) when only counts and names are needed.
 */
async function storedMatchesOf(db: Db | Tx, interestIds: number[], options: { evidence: boolean }): Promise<(StoredMatch & { interestId: number })[]> {
  // A registered organisation without records is its own holder; a record, its verified claim's (one at most: a unique index).
  const holder = sql<number | null>`(case when ${interestMatches.organisationId} is null then ${interestMatches.profileId} else ${claims.profileId} end)`;
  const rows = await db
    .select({
      interestId: interestMatches.interestId,
      rank: interestMatches.rank,
      score: interestMatches.score,
      reasons: interestMatches.reasons,
      organisationId: interestMatches.organisationId,
      profileId: holder,
      name: sql<string>`coalesce(${organisationProfiles.name}, ${organisations.name}, '(unnamed)')`,
      type: sql<OrganisationType>`coalesce(${organisationProfiles.type}, ${organisations.type})`,
      countryCode: sql<string | null>`coalesce(${organisationProfiles.countryCode}, ${organisations.countryCode})`,
      countryName: countries.nameEn,
      city: sql<string | null>`coalesce(${organisationProfiles.city}, ${organisations.city})`,
      website: sql<string | null>`coalesce(${organisationProfiles.website}, ${organisations.website})`,
      evidence: options.evidence ? interestMatches.evidence : sql<unknown>`'{}'::jsonb`,
      dismissed: sql<boolean>`exists (select 1 from ${interestDismissals} d where d.interest_id = ${interestMatches.interestId} and (d.organisation_id = ${interestMatches.organisationId} or (d.organisation_id is null and d.profile_id = ${interestMatches.profileId})))`,
      computedAt: interestMatches.computedAt,
    })
    .from(interestMatches)
    .leftJoin(organisations, eq(organisations.id, interestMatches.organisationId))
    .leftJoin(claims, and(eq(claims.organisationId, interestMatches.organisationId), eq(claims.status, "verified")))
    .leftJoin(organisationProfiles, and(sql`${organisationProfiles.id} = ${holder}`, eq(organisationProfiles.published, true)))
    .leftJoin(countries, sql`${countries.code} = coalesce(${organisationProfiles.countryCode}, ${organisations.countryCode})`)
    // A registered organisation without records that has since been hidden is not shown.
    .where(and(inArray(interestMatches.interestId, interestIds), sql`(${interestMatches.organisationId} is not null or ${organisationProfiles.id} is not null)`))
    .orderBy(asc(interestMatches.interestId), asc(interestMatches.rank));
  return rows.map((r) => ({
    ...r,
    registered: r.profileId !== null,
    evidence: (r.evidence ?? {}) as Partial<MatchEvidence>,
    dismissed: Boolean(r.dismissed),
  }));
}

export interface ReciprocalRow {
  interestId: number;
  title: string;
  profileId: number;
  organisationName: string;
  organisationType: OrganisationType;
  countryCode: string;
  countryName: string;
  deadline: string;
  score: number;
  /** English sentences; explanations holds the same reasons as kinds (empty for pairs stored before kinds). */
  reasons: string[];
  explanations: unknown;
  /** When the pair was first made (kept when either side's change makes it again). */
  computedAt: Date;
}

/** The reciprocal (mutual) matches of an interest that are still open, best first. */
export async function listReciprocalMatches(db: Db | Tx, interestId: number, today: string): Promise<ReciprocalRow[]> {
  return db
    .select({
      interestId: interests.id,
      title: interests.title,
      profileId: interests.profileId,
      organisationName: organisationProfiles.name,
      organisationType: organisationProfiles.type,
      countryCode: countries.code,
      countryName: countries.nameEn,
      deadline: interests.deadline,
      score: reciprocalMatches.score,
      reasons: reciprocalMatches.reasons,
      explanations: reciprocalMatches.explanations,
      computedAt: reciprocalMatches.computedAt,
    })
    .from(reciprocalMatches)
    .innerJoin(interests, eq(interests.id, reciprocalMatches.otherInterestId))
    .innerJoin(organisationProfiles, eq(organisationProfiles.id, interests.profileId))
    .innerJoin(countries, eq(countries.code, organisationProfiles.countryCode))
    .where(and(eq(reciprocalMatches.interestId, interestId), otherInterestStillOpen(today)))
    .orderBy(desc(reciprocalMatches.score), asc(interests.id));
}

/** A mutual match's other interest is listed while it is open and its organisation published (joined as `interests` and `organisationProfiles`). */
function otherInterestStillOpen(today: string) {
  return and(eq(interests.status, "open"), gte(interests.deadline, today), eq(organisationProfiles.published, true));
}

/**
 * The programmes an interest can name (those of the knowledge base and the current Interreg
 * programmes of the reference list), by family, the latest period first, then by name; `closed`
 * when its period has ended (the form lists those apart); `strand` for Interreg's reference list;
 * `area` when its eligibility rule records one.
 */
export async function listProgrammeOptions(db: Db | Tx): Promise<ProgrammeOption[]> {
  const rows = await db
    .select({
      id: programmes.id,
      code: programmes.code,
      name: programmes.name,
      family: programmes.family,
      period: programmes.period,
      closed: sql<boolean>`coalesce(${programmes.endYear} < extract(year from now())::int, false)`,
    })
    .from(programmes)
    .orderBy(asc(programmes.family), sql`${programmes.startYear} desc nulls last`, sql`lower(${programmes.name}) collate "C"`, asc(programmes.id));
  // Interreg's strand (A, B, C) from the reference list, for the form's groups; the area, for its hint.
  return rows.map(({ code, ...row }) => ({ ...row, strand: programmeStrand(code), area: programmeArea({ code, family: row.family }) }));
}

/**
 * What the interest form offers: the programmes, the theme vocabulary and the fields of science
 * (EuroSciVoc, searched rather than listed) named in the reader's `language` ("de"), and the
 * partner countries named and sorted in the formatting `locale` ("de-AT").
 */
export async function getInterestFormChoices(db: Db | Tx, { language, locale }: { language: string; locale: string }) {
  const [programmeOptions, { themes: vocabulary, fields }, partnerCountries] = await Promise.all([
    listProgrammeOptions(db),
    getThemeChoices(db, language),
    listCountriesFor(db, locale, "partners"),
  ]);
  return { programmes: programmeOptions, themes: vocabulary, fields, countries: partnerCountries };
}
