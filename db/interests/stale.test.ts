// Other members' stored matches marked stale when an organisation they list changes, against a real
// database (PGlite, or PostgreSQL with TEST_DATABASE_URL): which interests are marked (those listing
// the organisation's profile or verified records, or a record that changed hands; not its own, not
// closed or expired ones), that a mark landing during a recomputation survives it, and that the
// job recomputes marked interests first, however fresh, and clears the mark.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { refreshStaleMatches } from "@/db/jobs/refresh-matches";
import { seedFixture, type Fixture } from "@/db/queries/test-fixtures";
import { claims, dataSources, interestMatches, interests, interestThemes, organisationProfiles, profileThemes, themes } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { makeProfile } from "@/lib/testing/actions";
import { syncThemeLinksStatement } from "@/db/search/theme-links";
import { markInterestsOnTheirThemesStale, markListingInterestsStale } from "./stale";

let handle: DatabaseHandle;
let fx: Fixture;
let clustersTheme: number;
let economyTheme: number;
/** The organisation asking (its interests list others), one that holds the BEP record, one registered without records. */
let asking: number;
let holder: number;
let registered: number;
const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeAll(async () => {
  handle = await createTestDatabase();
  fx = await seedFixture(handle.db);
  clustersTheme = (await handle.db.select({ id: themes.id }).from(themes).where(eq(themes.code, "keep/economy/clusters")))[0]!.id;
  economyTheme = (await handle.db.select({ id: themes.id }).from(themes).where(eq(themes.code, "keep/economy")))[0]!.id;
  asking = (await makeProfile(handle.db, [], { name: "Styrian Wood Cluster", type: "cluster_organisation", countryCode: "AT" })).id;
  holder = (await makeProfile(handle.db, [], { name: "Brussels Enterprise Agency", type: "development_agency", countryCode: "BE" })).id;
  registered = (await makeProfile(handle.db, [], { name: "Marche Innovation Hub", type: "development_agency", countryCode: "IT" })).id;
  await handle.db.insert(claims).values({ profileId: holder, organisationId: fx.organisations.bep, status: "verified", method: "admin" });
  // The knowledge base was imported long before the interests' matches were computed.
  await handle.db.update(dataSources).set({ importedAt: new Date(Date.now() - 30 * 86_400_000) });
});
afterAll(async () => handle?.close());

/** An open interest computed a minute ago whose stored matches list these records and profiles. */
async function interestListing(listed: { organisationIds?: number[]; profileIds?: number[] }, values: Partial<typeof interests.$inferInsert> = {}, themeId = clustersTheme): Promise<number> {
  const [row] = await handle.db
    .insert(interests)
    .values({
      profileId: asking,
      title: "Cluster development",
      description: "Clustering models for small firms in industrial districts.",
      programmeId: fx.programmes.cadses,
      ownRole: "coordinator",
      deadline: inDays(60),
      matchesComputedAt: minutesAgo(1),
      ...values,
    })
    .returning({ id: interests.id });
  const id = row!.id;
  await handle.db.insert(interestThemes).values({ interestId: id, themeId });
  const rows = [
    ...(listed.organisationIds ?? []).map((organisationId) => ({ organisationId })),
    ...(listed.profileIds ?? []).map((profileId) => ({ profileId })),
  ];
  if (rows.length > 0) await handle.db.insert(interestMatches).values(rows.map((r, i) => ({ interestId: id, rank: i + 1, score: 1 - i / 10, ...r })));
  return id;
}

const staleOnes = async (ids: number[]) =>
  (await handle.db.select({ id: interests.id, stale: interests.matchesStale }).from(interests).where(inArray(interests.id, ids)))
    .filter((r) => r.stale)
    .map((r) => r.id)
    .sort((a, b) => a - b);

describe(`marking stored matches stale on ${testEngine}`, () => {
  it("marks the open interests listing the organisation's verified records or its profile, not others, its own, closed or expired ones", async () => {
    const listsRecord = await interestListing({ organisationIds: [fx.organisations.marche, fx.organisations.bep] });
    const listsOthers = await interestListing({ organisationIds: [fx.organisations.marche, fx.organisations.tuv] });
    const closed = await interestListing({ organisationIds: [fx.organisations.bep] }, { status: "closed" });
    const expired = await interestListing({ organisationIds: [fx.organisations.bep] }, { deadline: inDays(-1) });
    // The holder's own interest (recomputed by the change itself), listing the record by mistake of the test.
    const own = await interestListing({ organisationIds: [fx.organisations.bep] }, { profileId: holder });
    const all = [listsRecord, listsOthers, closed, expired, own];

    expect(await markListingInterestsStale(handle.db, { profileIds: [holder] }, today)).toBe(1);
    expect(await staleOnes(all)).toEqual([listsRecord]);

    // A registered organisation without records is listed by its profile.
    const listsProfile = await interestListing({ profileIds: [registered], organisationIds: [fx.organisations.tuv] });
    expect(await markListingInterestsStale(handle.db, { profileIds: [registered] }, today)).toBe(1);
    expect(await staleOnes([...all, listsProfile])).toEqual([listsRecord, listsProfile]);

    // A record given up is no longer the holder's: it is named as such.
    expect(await markListingInterestsStale(handle.db, { organisationIds: [fx.organisations.tuv] }, today)).toBe(2);
    expect(await staleOnes([...all, listsProfile])).toEqual([listsRecord, listsOthers, listsProfile]);

    expect(await markListingInterestsStale(handle.db, {}, today)).toBe(0);
    await handle.db.delete(interests).where(inArray(interests.id, [...all, listsProfile]));
  });

  it("marks the interests on the themes a published organisation stands for that want its type and country, by its profile or its open interests", async () => {
    const [forestry] = await handle.db.insert(themes).values({ scheme: "keep", code: "test/forestry", label: "Forestry", path: "/Forestry", level: 1 }).returning({ id: themes.id });
    // An Italian development agency that lists clusters.
    await handle.db.insert(profileThemes).values({ profileId: registered, themeId: clustersTheme });
    const onClusters = await interestListing({}, { partnerTypes: ["development_agency"], wantedCountries: ["IT"] });
    const onTheParent = await interestListing({}, {}, economyTheme);
    const otherTheme = await interestListing({}, {}, forestry!.id);
    const otherType = await interestListing({}, { partnerTypes: ["public_authority"] });
    const otherCountry = await interestListing({}, { wantedCountries: ["BE"] });
    const closed = await interestListing({}, { status: "closed" });
    const all = [onClusters, onTheParent, otherTheme, otherType, otherCountry, closed];

    expect(await markInterestsOnTheirThemesStale(handle.db, [registered], today)).toBe(2);
    expect(await staleOnes(all)).toEqual([onClusters, onTheParent]);

    // Hidden, it is no one's candidate.
    await handle.db.update(interests).set({ matchesStale: false }).where(inArray(interests.id, all));
    await handle.db.update(organisationProfiles).set({ published: false }).where(eq(organisationProfiles.id, registered));
    expect(await markInterestsOnTheirThemesStale(handle.db, [registered], today)).toBe(0);
    await handle.db.update(organisationProfiles).set({ published: true }).where(eq(organisationProfiles.id, registered));

    // A broad theme does not reach the narrower ones' interests (it says too little), but an open interest on forestry counts as a theme of its own.
    await handle.db.delete(profileThemes).where(eq(profileThemes.profileId, registered));
    await handle.db.insert(profileThemes).values({ profileId: registered, themeId: economyTheme });
    const itsOwn = await interestListing({}, { profileId: registered }, forestry!.id);
    expect(await markInterestsOnTheirThemesStale(handle.db, [registered], today)).toBe(2);
    expect(await staleOnes([...all, itsOwn])).toEqual([onTheParent, otherTheme]);

    await handle.db.delete(profileThemes).where(eq(profileThemes.profileId, registered));
    await handle.db.delete(interests).where(inArray(interests.id, [...all, itsOwn]));
  });

  it("reaches across the KEEP–EuroSciVoc crosswalk, as matching does", async () => {
    // "Wood and furniture industry" (KEEP) lists woodworking (EuroSciVoc), and a query on one counts the other as asked.
    const [industry] = await handle.db.insert(themes).values({ scheme: "keep", code: "keep/industry", label: "Industry", path: "/Industry", level: 1 }).returning({ id: themes.id });
    const [wood] = await handle.db.insert(themes)
      .values({ scheme: "keep", code: "keep/industry/wood", parentId: industry!.id, label: "Wood and furniture industry", path: "/Industry/Wood", level: 2 })
      .returning({ id: themes.id });
    const [materials] = await handle.db.insert(themes).values({ scheme: "euroscivoc", code: "/25/63", label: "materials engineering", path: "/materials engineering", level: 2 }).returning({ id: themes.id });
    const [woodworking] = await handle.db.insert(themes)
      .values({ scheme: "euroscivoc", code: "/25/63/395", parentId: materials!.id, label: "woodworking", path: "/materials engineering/woodworking", level: 3 })
      .returning({ id: themes.id });
    const [environment] = await handle.db.insert(themes).values({ scheme: "euroscivoc", code: "/25/67", label: "environmental engineering", path: "/environmental engineering", level: 2 }).returning({ id: themes.id });
    await handle.db.execute(syncThemeLinksStatement());
    const onWoodworking = await interestListing({}, { partnerTypes: ["development_agency"] }, woodworking!.id);
    // Materials engineering is linked to Industry, the wood theme's parent: a profile on wood is narrower than what it asks.
    const onMaterials = await interestListing({}, {}, materials!.id);
    const onEnvironment = await interestListing({}, {}, environment!.id);
    const all = [onWoodworking, onMaterials, onEnvironment];

    await handle.db.insert(profileThemes).values({ profileId: registered, themeId: wood!.id });
    expect(await markInterestsOnTheirThemesStale(handle.db, [registered], today)).toBe(2);
    expect(await staleOnes(all)).toEqual([onWoodworking, onMaterials]);

    await handle.db.delete(profileThemes).where(eq(profileThemes.profileId, registered));
    await handle.db.delete(interests).where(inArray(interests.id, all));
  });

  it("a mark made while the interest is being recomputed lands after it: the interest stays marked", async () => {
    const id = await interestListing({ organisationIds: [fx.organisations.bep] }, { matchesStale: true });
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // The job worker's recomputation: the interest claimed, computed on the data of before, the mark cleared.
    const recomputation = handle.db.transaction(async (tx) => {
      await tx.select({ id: interests.id }).from(interests).where(eq(interests.id, id)).for("update");
      locked();
      await started;
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.update(interests).set({ matchesStale: false, matchesComputedAt: new Date() }).where(eq(interests.id, id));
    });
    await lockTaken;
    const mark = markListingInterestsStale(handle.db, { profileIds: [holder] }, today);
    markStarted();
    await recomputation;
    expect(await mark).toBe(1);
    expect(await staleOnes([id])).toEqual([id]);
    await handle.db.delete(interests).where(eq(interests.id, id));
  });

  it("the job recomputes marked interests, however fresh, before the others, and clears the mark", async () => {
    const fresh = await interestListing({ organisationIds: [fx.organisations.tuv] });
    const marked = await interestListing({ organisationIds: [fx.organisations.bep] });
    const dayOld = await interestListing({ organisationIds: [fx.organisations.bep] }, { matchesComputedAt: minutesAgo(2 * 24 * 60) });
    await markListingInterestsStale(handle.db, { profileIds: [holder] }, today);
    expect(await staleOnes([fresh, marked, dayOld])).toEqual([marked, dayOld]);

    // One at a time: the marked one comes before the day-old one …
    await handle.db.update(interests).set({ matchesStale: false }).where(eq(interests.id, dayOld));
    expect(await refreshStaleMatches(handle.db, { limit: 1 })).toEqual({ refreshed: 1, failed: 0 });
    expect(await staleOnes([fresh, marked, dayOld])).toEqual([]);
    const [computed] = await handle.db.select({ at: interests.matchesComputedAt }).from(interests).where(eq(interests.id, marked));
    expect(computed!.at!.getTime()).toBeGreaterThan(minutesAgo(0.5).getTime());
    // … and the day-old one is next; the fresh, unmarked one is left alone.
    expect(await refreshStaleMatches(handle.db)).toEqual({ refreshed: 1, failed: 0 });
    const [untouched] = await handle.db.select({ at: interests.matchesComputedAt }).from(interests).where(eq(interests.id, fresh));
    expect(untouched!.at!.getTime()).toBeLessThan(minutesAgo(0.5).getTime());
    await handle.db.delete(interests).where(inArray(interests.id, [fresh, marked, dayOld]));
  });
});
