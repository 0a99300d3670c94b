// Reads for registered organisations on the query fixture (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { claims, memberships, organisationProfiles, profileThemes, themes, users } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import {
  findClaimCandidates,
  getProfile,
  getPublicProfile,
  getRegisteredHolder,
  listClaimsForAdmin,
  listCountryRegions,
  listProfilesForAdmin,
  listUsersForAdmin,
  listMembers,
  listMyOrganisations,
} from "./members";
import { rowsOf } from "../rows";
import { websiteDomain } from "@/lib/organisations/domain";
import { seedFixture, type Fixture } from "./test-fixtures";

let handle: DatabaseHandle;
let f: Fixture;
let profileId: number;
let otherProfileId: number;
let ownerId: string;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const [owner, member] = await handle.db
    .insert(users)
    .values([
      { email: "owner@tuwien.ac.at", name: "Olga Owner", emailVerified: new Date() },
      { email: "member@tuwien.ac.at", name: "Max Member", emailVerified: new Date() },
    ])
    .returning();
  ownerId = owner!.id;
  const [profile, other] = await handle.db
    .insert(organisationProfiles)
    .values([
      { name: "TU Wien", type: "higher_education", countryCode: "AT", nutsCode: "AT130", website: "https://www.tuwien.ac.at", websiteDomain: "tuwien.ac.at", description: "<b>bold</b>" },
      { name: "Cluster Tech", type: "sme", countryCode: "DE", website: "https://www.cluster-tech.de", websiteDomain: "cluster-tech.de", published: false },
    ])
    .returning();
  profileId = profile!.id;
  otherProfileId = other!.id;
  await handle.db.insert(memberships).values([
    { profileId, userId: owner!.id, role: "owner" },
    { profileId, userId: member!.id, role: "member" },
    { profileId: otherProfileId, userId: owner!.id, role: "member" },
  ]);
  const [theme] = await handle.db.select().from(themes).limit(1);
  if (theme) await handle.db.insert(profileThemes).values({ profileId, themeId: theme.id });
});
afterAll(async () => handle?.close());

describe(`registered organisations on ${testEngine}`, () => {
  it("lists a user's organisations by name with their role", async () => {
    expect(await listMyOrganisations(handle.db, ownerId)).toEqual([
      { id: otherProfileId, name: "Cluster Tech", role: "member", published: false },
      { id: profileId, name: "TU Wien", role: "owner", published: true },
    ]);
  });

  it("reads a profile with its region path and lists members owners first", async () => {
    const profile = await getProfile(handle.db, profileId);
    expect(profile).toMatchObject({ name: "TU Wien", countryName: "Austria", description: "<b>bold</b>" });
    expect(profile!.regions.map((r) => r.code)).toEqual(["AT1", "AT13", "AT130"]);
    expect((await listMembers(handle.db, profileId)).map((m) => [m.name, m.role])).toEqual([
      ["Olga Owner", "owner"],
      ["Max Member", "member"],
    ]);
  });

  it("offers knowledge-base records by PIC, website domain and similar name", async () => {
    const byName = await findClaimCandidates(handle.db, { profileId, name: "Technische Universitat Wien", website: null, pic: null, countryCode: "AT" });
    expect(byName[0]).toMatchObject({ id: f.organisations.tuv, matchedBy: ["name"], heldBy: null, ownClaim: null, pic: "999999001" });
    const byPic = await findClaimCandidates(handle.db, { profileId, name: "Something else entirely", website: null, pic: "999999001", countryCode: "AT" });
    expect(byPic.map((c) => [c.id, c.matchedBy])).toEqual([[f.organisations.tuv, ["pic"]]]);
    const byWebsite = await findClaimCandidates(handle.db, { profileId: otherProfileId, name: "Other name", website: "cluster-tech.de", pic: null, countryCode: "DE" });
    expect(byWebsite.map((c) => [c.id, c.matchedBy])).toEqual([[f.organisations.sme, ["website"]]]);
    // The unnamed organisation (known by PIC only) is never offered.
    expect(await findClaimCandidates(handle.db, { profileId, name: "zzz", website: null, pic: "999822263", countryCode: null })).toEqual([]);
  });

  it("says who holds a record", async () => {
    await handle.db.insert(claims).values({ profileId, organisationId: f.organisations.tuv, status: "verified", method: "domain" });
    const [mine] = await findClaimCandidates(handle.db, { profileId, name: "Technische Universität Wien", website: null, pic: null, countryCode: "AT" });
    expect(mine).toMatchObject({ heldBy: "this", ownClaim: "verified" });
    const [theirs] = await findClaimCandidates(handle.db, { profileId: otherProfileId, name: "Technische Universität Wien", website: null, pic: null, countryCode: "AT" });
    expect(theirs).toMatchObject({ heldBy: "other", ownClaim: null });
  });

  it("shows the public profile without members, and the holder on the record's page", async () => {
    const profile = await getPublicProfile(handle.db, profileId);
    expect(profile).toMatchObject({ name: "TU Wien", memberCount: 2, recordIds: [f.organisations.tuv] });
    expect(JSON.stringify(profile)).not.toMatch(/Olga|Max|tuwien\.ac\.at"?,?\s*"?email/);
    expect(Object.keys(profile!)).not.toContain("members");
    expect((await getRegisteredHolder(handle.db, f.organisations.tuv))?.id).toBe(profileId);
    expect(await getRegisteredHolder(handle.db, f.organisations.bep)).toBeNull();
    expect(await getPublicProfile(handle.db, otherProfileId)).toBeNull(); // unpublished
  });

  it("lists open claims first for the administrator", async () => {
    await handle.db.insert(claims).values({ profileId: otherProfileId, organisationId: f.organisations.tuv, status: "disputed", method: "admin", note: "We are TU Wien too" });
    const { rows, total } = await listClaimsForAdmin(handle.db);
    expect(total).toBe(2);
    expect(rows[0]).toMatchObject({ status: "disputed", holderName: "TU Wien", note: "We are TU Wien too" });
    expect((await listClaimsForAdmin(handle.db, { open: true })).rows).toHaveLength(1);
  });

  it("pages the administrator's lists (no cap: every row is on some page)", async () => {
    const { rows: first, total } = await listClaimsForAdmin(handle.db, { page: 1, pageSize: 1 });
    const { rows: second } = await listClaimsForAdmin(handle.db, { page: 2, pageSize: 1 });
    expect(total).toBe(2);
    expect(first[0]!.status).toBe("disputed");
    expect(second.map((r) => r.id)).not.toEqual(first.map((r) => r.id));
    expect((await listClaimsForAdmin(handle.db, { page: 3, pageSize: 1 })).rows).toEqual([]);
    const extra = Array.from({ length: 4 }, (_, i) => ({ email: `paging-${i}@example.eu` }));
    await handle.db.insert(users).values(extra);
    const usersSeen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const list = await listUsersForAdmin(handle.db, page, 2);
      expect(list.total).toBe(6);
      usersSeen.push(...list.rows.map((u) => u.email));
    }
    expect(new Set(usersSeen).size).toBe(6);
    const profiles = await listProfilesForAdmin(handle.db, 2, 1);
    expect(profiles).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(profiles.rows).toHaveLength(1);
    // Counted per organisation: TU Wien holds one record (verified) and has two members; Cluster Tech's claim is disputed.
    const counts = (await listProfilesForAdmin(handle.db)).rows.map((p) => [p.name, p.members, p.records]);
    expect(counts.sort()).toEqual([
      ["Cluster Tech", 1, 0],
      ["TU Wien", 2, 1],
    ]);
    const owner = (await listUsersForAdmin(handle.db)).rows.find((u) => u.email === "owner@tuwien.ac.at");
    expect(owner?.organisations).toBe(2);
  });

  it("finds website matches through the website_domain() index, agreeing with websiteDomain()", async () => {
    const websites = ["http://www.zsi.at/en", "HTTPS://WWW2.Agency.EU:8080/x", "zsi.at", "www.x.org.", "1.2.3.4", "http://user@host.eu/", "https://www.europa.eu?x", " www.a-b.de ", "localhost", "https://münchen.de"];
    for (const website of websites) {
      const [row] = rowsOf<{ domain: string | null }>(await handle.db.execute(sql`select website_domain(${website}) as domain`));
      const expected = websiteDomain(website);
      // What the index finds is re-checked with websiteDomain(), so it may find more (a URL with a user name)
      // but must never miss a domain; international names are punycoded in TypeScript and kept as written here.
      if (expected === null || expected.startsWith("xn--")) continue;
      expect([website, row?.domain ?? null]).toEqual([website, expected]);
    }
    // The fixture is too small for the planner to prefer an index on its own: forbid the scan to see that one serves.
    const plan = await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return rowsOf<Record<string, string>>(await tx.execute(sql`explain select id from organisations where website_domain(website) = 'cluster-tech.de'`));
    });
    expect(plan.map((r) => Object.values(r)[0]).join("\n")).toContain("organisations_website_domain_idx");
  });

  it("lists a country's regions of its newest NUTS version", async () => {
    const regions = await listCountryRegions(handle.db, "AT");
    expect(regions.find((r) => r.code === "AT130")).toMatchObject({ level: 3, parentCode: "AT13" });
    expect(regions.every((r) => r.level >= 1)).toBe(true);
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
  });
});
