// Stored matches kept fresh, against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL)
// and the real matching engine on the small test knowledge base: which interests are recomputed
// (never computed, older than the knowledge base or than a day; not closed or expired ones), that
// an import's new organisation reaches the stored matches, and that two runs at once recompute each
// interest once.
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { listStoredMatches } from "@/db/queries/interests";
import { seedFixture, type Fixture } from "@/db/queries/test-fixtures";
import { dataSources, interests, interestThemes, organisations, participations, projects, projectThemes, themes } from "@/db/schema";
import { refreshProjectSearch } from "@/db/search/refresh";
import { createTestDatabase, testEngine } from "@/db/testing";
import { makeProfile, makeUser } from "@/lib/testing/actions";
import { knowledgeBaseChangedAt, markSourcesImported, MATCHES_MAX_AGE_DAYS, refreshStaleMatches } from "./refresh-matches";

let handle: DatabaseHandle;
let fx: Fixture;
let clustersTheme: number;
let profileId: number;
const DAY_MS = 86_400_000;
const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY_MS);
const inDays = (n: number) => new Date(now.getTime() + n * DAY_MS).toISOString().slice(0, 10);

beforeAll(async () => {
  handle = await createTestDatabase();
  fx = await seedFixture(handle.db);
  clustersTheme = (await handle.db.select({ id: themes.id }).from(themes).where(eq(themes.code, "keep/economy/clusters")))[0]!.id;
  const owner = await makeUser(handle.db);
  profileId = (await makeProfile(handle.db, [{ userId: owner.id, role: "owner" }], { name: "Styrian Wood Cluster", type: "cluster_organisation", countryCode: "AT" })).id;
  // The knowledge base (every source) was imported before everything below.
  await handle.db.update(dataSources).set({ importedAt: daysAgo(30) });
});
afterAll(async () => handle?.close());

/** An open interest on clusters in Cadses, looking for development agencies and public authorities in BE and IT. */
async function interest(values: Partial<typeof interests.$inferInsert>): Promise<number> {
  const [row] = await handle.db
    .insert(interests)
    .values({
      profileId,
      title: "Cluster development",
      description: "Clustering models for small firms in industrial districts.",
      programmeId: fx.programmes.cadses,
      partnerTypes: ["development_agency", "public_authority"],
      wantedCountries: ["BE", "IT"],
      ownRole: "coordinator",
      deadline: inDays(60),
      ...values,
    })
    .returning({ id: interests.id });
  await handle.db.insert(interestThemes).values({ interestId: row!.id, themeId: clustersTheme });
  return row!.id;
}

const computedAt = async (id: number) => (await handle.db.select({ at: interests.matchesComputedAt }).from(interests).where(eq(interests.id, id)))[0]!.at;
const listedSince = async (id: number) => new Map((await listStoredMatches(handle.db, id)).map((m) => [m.organisationId, m.computedAt]));
const matched = async (id: number) => (await listStoredMatches(handle.db, id)).map((m) => m.organisationId).sort((a, b) => (a ?? 0) - (b ?? 0));

describe(`refreshing stale stored matches on ${testEngine}`, () => {
  it("recomputes the open interests never computed or older than a day, not fresh, closed or expired ones", async () => {
    const fresh = await interest({ matchesComputedAt: daysAgo(MATCHES_MAX_AGE_DAYS / 2) });
    const old = await interest({ matchesComputedAt: daysAgo(MATCHES_MAX_AGE_DAYS + 1) });
    const never = await interest({});
    const closed = await interest({ status: "closed", matchesComputedAt: daysAgo(20) });
    const expired = await interest({ deadline: inDays(-1), matchesComputedAt: daysAgo(20) });

    expect(await refreshStaleMatches(handle.db, { now })).toEqual({ refreshed: 2, failed: 0 });
    for (const id of [old, never]) {
      expect((await computedAt(id))!.getTime()).toBeGreaterThan(now.getTime() - 60_000);
      expect(await matched(id)).toEqual([fx.organisations.bep, fx.organisations.marche].sort((a, b) => a - b));
    }
    expect(await computedAt(fresh)).toEqual(daysAgo(MATCHES_MAX_AGE_DAYS / 2));
    expect(await computedAt(closed)).toEqual(daysAgo(20));
    expect(await computedAt(expired)).toEqual(daysAgo(20));
    expect(await matched(fresh)).toEqual([]);
    // Nothing is left to do.
    expect(await refreshStaleMatches(handle.db, { now })).toEqual({ refreshed: 0, failed: 0 });
    await handle.db.delete(interests).where(inArray(interests.id, [fresh, old, never, closed, expired]));
  });

  it("recomputes, after an import, the interests computed before it: the new organisation is matched", async () => {
    const before = await interest({});
    await refreshStaleMatches(handle.db, { now });
    expect(await matched(before)).toEqual([fx.organisations.bep, fx.organisations.marche].sort((a, b) => a - b));

    // An import brings a Belgian public authority's cluster project in Cadses.
    const [ghent] = await handle.db.insert(organisations).values({ name: "Provincie Oost-Vlaanderen", type: "public_authority", countryCode: "BE", nutsCode: "BE23" }).returning({ id: organisations.id });
    const [project] = await handle.db
      .insert(projects)
      .values({ sourceId: "keep", externalId: "keep-3", acronym: "CLUSTRAT", title: "Cluster strategies for regional economies", programmeId: fx.programmes.cadses, startDate: "2005-01-01", language: "en" })
      .returning({ id: projects.id });
    await handle.db.insert(participations).values({ projectId: project!.id, organisationId: ghent!.id, role: "coordinator", position: 1 });
    await handle.db.insert(projectThemes).values({ projectId: project!.id, themeId: clustersTheme });
    await refreshProjectSearch(handle.db);
    // Not yet told: the stored matches are younger than the knowledge base's recorded import.
    expect(await refreshStaleMatches(handle.db, { now })).toEqual({ refreshed: 0, failed: 0 });
    expect(await matched(before)).not.toContain(ghent!.id);

    const listedBefore = await listedSince(before);
    await markSourcesImported(handle.db, ["keep"]);
    expect((await knowledgeBaseChangedAt(handle.db))!.getTime()).toBeGreaterThan((await computedAt(before))!.getTime());
    expect(await refreshStaleMatches(handle.db)).toEqual({ refreshed: 1, failed: 0 });
    expect(await matched(before)).toContain(ghent!.id);
    // The matches listed before keep the time they were first listed (alert digests tell only the
    // new one as new); the new one has the recomputation's.
    const listedAfter = await listedSince(before);
    expect(listedAfter.get(fx.organisations.bep)).toEqual(listedBefore.get(fx.organisations.bep));
    expect(listedAfter.get(fx.organisations.marche)).toEqual(listedBefore.get(fx.organisations.marche));
    expect(listedAfter.get(ghent!.id)!.getTime()).toBe((await computedAt(before))!.getTime());
    expect(listedAfter.get(ghent!.id)!.getTime()).toBeGreaterThan(listedBefore.get(fx.organisations.bep)!.getTime());
    await handle.db.delete(interests).where(eq(interests.id, before));
  });

  it("recomputes each stale interest once when two runs overlap (the worker and an app process)", async () => {
    const ids = [await interest({}), await interest({}), await interest({})];
    const [a, b] = await Promise.all([refreshStaleMatches(handle.db), refreshStaleMatches(handle.db)]);
    expect(a.refreshed + b.refreshed).toBe(3);
    expect(a.failed + b.failed).toBe(0);
    for (const id of ids) expect(await computedAt(id)).not.toBeNull();
  });

  it("stops at its limit and leaves the rest for the next run", async () => {
    await handle.db.update(interests).set({ matchesComputedAt: null });
    const open = (await handle.db.select({ id: interests.id }).from(interests)).length;
    expect(open).toBeGreaterThan(1);
    expect(await refreshStaleMatches(handle.db, { limit: 1 })).toEqual({ refreshed: 1, failed: 0 });
    expect(await refreshStaleMatches(handle.db)).toEqual({ refreshed: open - 1, failed: 0 });
  });

  it("an import's sources are marked with the time of the import", async () => {
    const at = new Date("2026-12-01T08:00:00Z");
    await markSourcesImported(handle.db, ["cordis-he"], at);
    const [row] = await handle.db.select({ at: dataSources.importedAt }).from(dataSources).where(eq(dataSources.id, "cordis-he"));
    expect(row!.at).toEqual(at);
  });
});
