// An organisation placed in an interest (its page's "Where would another organisation rank?") and
// in a member's open interests (an organisation page's "For your open interests").
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, isoDate } from "@/lib/interests/options";
import { makeProfile, makeUser, setUpActionDatabase } from "@/lib/testing/actions";
import { seedFixture } from "../queries/test-fixtures";
import { eq } from "drizzle-orm";
import { claims, interests, interestThemes, organisations, themes } from "../schema";
import { testEngine } from "../testing";
import { computeInterestMatches } from "./matches";
import { fitForInterests, placeInInterest } from "./place";

const database = setUpActionDatabase(seedFixture);
const today = isoDate(new Date());
let userId = "";
const ids: number[] = [];
beforeAll(async () => {
  const { db } = database;
  const user = await makeUser(db, { email: "clara@holzcluster.at" });
  userId = user.id;
  const profile = await makeProfile(db, [{ userId, role: "owner" }], { name: "Holzcluster", type: "cluster_organisation" });
  const clusters = (await db.select({ id: themes.id, code: themes.code }).from(themes)).find((t) => t.code === "keep/economy/clusters")!.id;
  const base = { profileId: profile.id, authorUserId: userId, description: "Cooperation of clusters.", ownRole: "coordinator" as const, deadline: addDays(today, 30) };
  // Oldest first: the newest three open ones are placed.
  for (const values of [
    { title: "Oldest open interest" },
    { title: "Clusters for SMEs only", partnerTypes: ["sme" as const] },
    { title: "Closed interest", status: "closed" as const },
    { title: "Clusters in Belgium" },
    { title: "Newest clusters interest" },
  ]) {
    const [row] = await db.insert(interests).values({ ...base, ...values }).returning({ id: interests.id });
    await db.insert(interestThemes).values({ interestId: row!.id, themeId: clusters });
    ids.push(row!.id);
  }
  await db.transaction((tx) => computeInterestMatches(tx, ids[4]!));
});

describe(`placing an organisation in interests on ${testEngine}`, () => {
  it("places the organisation a name finds, and offers the others it finds", async () => {
    const fixture = database.seeded;
    const placed = await placeInInterest(database.db, ids[4]!, { q: "namur" });
    expect(placed).toMatchObject({ organisation: { id: fixture.organisations.bep, name: "Bureau Economique de la Province de Namur" }, place: { kind: "ranked", rank: 1 } });
    if (!placed || "found" in placed) return;
    expect(placed.card).toMatchObject({ organisationId: fixture.organisations.bep, rank: 1, city: "Namur", countryName: expect.any(String) });
    expect(placed.card!.reasons.length).toBeGreaterThan(0);
    expect(await placeInInterest(database.db, ids[1]!, { id: fixture.organisations.bep })).toMatchObject({ place: { kind: "type" }, card: null });
  });

  it("finds nothing for a name no named organisation has, nor for an unnamed organisation; no interest, no answer", async () => {
    expect(await placeInInterest(database.db, ids[4]!, { q: "zzqxw" })).toEqual({ found: false });
    expect(await placeInInterest(database.db, ids[4]!, { id: database.seeded.organisations.unnamed })).toEqual({ found: false });
    expect(await placeInInterest(database.db, 987654, { q: "namur" })).toBeNull();
  });

  it("places it in a member's three newest open interests, saying which list it", async () => {
    const { fits, more } = await fitForInterests(database.db, database.seeded.organisations.bep, userId, today);
    expect(fits.map((f) => f.interest.title)).toEqual(["Newest clusters interest", "Clusters in Belgium", "Clusters for SMEs only"]);
    expect(more).toBe(1);
    expect(fits[0]).toMatchObject({ place: { kind: "ranked", rank: 1 }, listed: true });
    expect(fits[1]).toMatchObject({ place: { kind: "ranked", rank: 1 }, listed: false });
    expect(fits[2]).toMatchObject({ place: { kind: "type" }, listed: false });
    expect(await fitForInterests(database.db, database.seeded.organisations.unnamed, userId, today)).toEqual({ fits: [], more: 0 });
    const stranger = await makeUser(database.db, { email: "nobody@elsewhere.eu" });
    expect(await fitForInterests(database.db, database.seeded.organisations.bep, stranger.id, today)).toEqual({ fits: [], more: 0 });
  });

  it("gives the card the website a stored match would have: the record's, else its registered holder's own", async () => {
    const { db, seeded } = database;
    const card = async () => {
      const placed = await placeInInterest(db, ids[4]!, { id: seeded.organisations.bep });
      return placed && !("found" in placed) ? placed.card : null;
    };
    expect((await card())!.website).toBeNull();
    await db.update(organisations).set({ website: "www.bep.be" }).where(eq(organisations.id, seeded.organisations.bep));
    expect((await card())!.website).toBe("www.bep.be");
    // Claimed by a registered organisation: its own website.
    const holder = await makeProfile(db, [], { name: "BEP Namur", website: "https://www.bep-namur.be" });
    await db.insert(claims).values({ profileId: holder.id, organisationId: seeded.organisations.bep, status: "verified" });
    expect((await card())!.website).toBe("https://www.bep-namur.be");
  });
});
