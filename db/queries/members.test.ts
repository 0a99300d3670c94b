// Reads for registered organisations on the query fixture (PGlite, or PostgreSQL with TEST_DATABASE_URL).
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
  listMembers,
  listMyOrganisations,
} from "./members";
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
    const rows = await listClaimsForAdmin(handle.db);
    expect(rows[0]).toMatchObject({ status: "disputed", holderName: "TU Wien", note: "We are TU Wien too" });
    expect(await listClaimsForAdmin(handle.db, { open: true })).toHaveLength(1);
  });

  it("lists a country's regions of its newest NUTS version", async () => {
    const regions = await listCountryRegions(handle.db, "AT");
    expect(regions.find((r) => r.code === "AT130")).toMatchObject({ level: 3, parentCode: "AT13" });
    expect(regions.every((r) => r.level >= 1)).toBe(true);
    expect(new Set(regions.map((r) => r.code)).size).toBe(regions.length);
  });
});
