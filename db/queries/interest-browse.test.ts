// Browsing other members' open interests by words, in any of the six languages: the words of the
// title and description, stemmed, and the interest's themes (and their ancestors) through the
// multilingual vocabulary, as project search reads a query.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { loadKeepThemes } from "@/db/load/keep";
import { interests, interestThemes, themes } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { makeProfile } from "@/lib/testing/actions";
import { browseInterests } from "./interests";
import { seedFixture } from "./test-fixtures";

let handle: DatabaseHandle;
const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  handle = await createTestDatabase();
  await seedFixture(handle.db);
  await loadKeepThemes(handle.db);
  const db = handle.db;
  const themeId = async (code: string) => (await db.select({ id: themes.id }).from(themes).where(eq(themes.code, code)))[0]!.id;
  const poster = (await makeProfile(db, [], { name: "Styrian Wood Cluster", type: "cluster_organisation", countryCode: "AT", published: true })).id;
  const interest = async (title: string, description: string, codes: string[] = []) => {
    const [row] = await db.insert(interests).values({ profileId: poster, title, description, ownRole: "coordinator", deadline: inDays(60), visibility: "public" }).returning({ id: interests.id });
    for (const code of codes) await db.insert(interestThemes).values({ interestId: row!.id, themeId: await themeId(code) });
  };
  await interest("Hydrogen valleys in the Alps", "Green hydrogen production and storage for regional transport.");
  await interest("Wood cluster cooperation", "We look for a university and an SME support agency.", ["keep/economy/clusters", "keep/industry/wood"]);
  await interest("Holzcluster Steiermark", "Wir suchen Partner für die Clusterförderung in der Holzwirtschaft.");
});
afterAll(async () => handle?.close());

const titles = async (q?: string) =>
  (await browseInterests(handle.db, { signedIn: false, excludeProfileIds: [], q, page: 1, pageSize: 20 }, today)).rows.map((r) => r.title).sort();

describe(`browsing interests by words on ${testEngine}`, () => {
  it("finds an interest by the words of its title and description, stemmed", async () => {
    expect(await titles()).toHaveLength(3);
    expect(await titles("hydrogen")).toEqual(["Hydrogen valleys in the Alps"]);
    expect(await titles("valley storage")).toEqual(["Hydrogen valleys in the Alps"]);
  });

  it("finds an interest by its themes from a query in another language, and one in German from German words", async () => {
    // "klastry" (Polish) is the cluster theme: the English interest on it.
    expect(await titles("klastry")).toEqual(["Wood cluster cooperation"]);
    // A German compound: read as wood and clusters (the English interest on both), and found as written.
    expect(await titles("Holzcluster")).toEqual(["Holzcluster Steiermark", "Wood cluster cooperation"]);
    // "przemysł drzewny" (wood industry): the interest on the wood theme, and the German one whose "Holzwirtschaft" the vocabulary reads.
    expect(await titles("przemysł drzewny")).toContain("Wood cluster cooperation");
    // Every part must match: no interest is on hydrogen and clusters.
    expect(await titles("hydrogen klastry")).toEqual([]);
    expect(await titles("zzzqx")).toEqual([]);
  });

  it("offers misspelt words as the knowledge base spells them when no interest has them", async () => {
    const browse = (q: string) => browseInterests(handle.db, { signedIn: false, excludeProfileIds: [], q, page: 1, pageSize: 20 }, today);
    expect(await browse("smrat grdis")).toMatchObject({ total: 0, spelling: "smart grids" });
    expect((await browse("hydrogen")).spelling).toBeNull();
    expect((await browse("zzzqx")).spelling).toBeNull();
  });
});
