import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { organisations, participations, projects, projectThemes, themes } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { seedFixture, type Fixture } from "./test-fixtures";
import { similarOrganisations } from "./similar-organisations";

let handle: DatabaseHandle;
let f: Fixture;
const org: Record<string, number> = {};

// Agencies: WOODAG (all its projects on wood, some on clusters), TIMBERAG (the same mix), BIGAG
// (one wood project among many on energy), ENERGYAG (energy only); a university on wood (another
// type); an organisation with no name.
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  const theme = async (code: string, label: string, parentId: number | null = null) =>
    (await db.insert(themes).values({ scheme: "euroscivoc", code, label, path: `/${label}`, level: parentId ? 2 : 1, parentId }).returning({ id: themes.id }))[0]!.id;
  const root = await theme("/esv", "engineering");
  const wood = await theme("/esv/wood", "woodworking", root);
  const clusters = await theme("/esv/clusters", "clusters", root);
  const energy = await theme("/esv/energy", "energy", root);
  for (const [name, type] of [
    ["WOODAG", "development_agency"],
    ["TIMBERAG", "development_agency"],
    ["BIGAG", "development_agency"],
    ["ENERGYAG", "development_agency"],
    ["WOODUNI", "higher_education"],
  ] as const) {
    org[name] = (await db.insert(organisations).values({ name, type, countryCode: "AT" }).returning({ id: organisations.id }))[0]!.id;
  }
  const unnamed = (await db.insert(organisations).values({ name: null, type: "development_agency", countryCode: "AT" }).returning({ id: organisations.id }))[0]!.id;
  let n = 0;
  const project = async (themeIds: number[], members: number[]) => {
    n += 1;
    const [p] = await db
      .insert(projects)
      .values({ sourceId: "cordis-he", externalId: `sim-${n}`, acronym: `SIM${n}`, title: `Project ${n}`, programmeId: f.programmes.horizon, startDate: "2023-01-01" })
      .returning({ id: projects.id });
    await db.insert(projectThemes).values(themeIds.map((themeId) => ({ projectId: p!.id, themeId })));
    await db.insert(participations).values(members.map((organisationId, i) => ({ projectId: p!.id, organisationId, role: i === 0 ? ("coordinator" as const) : ("partner" as const) })));
  };
  await project([wood, clusters], [org.WOODAG!]);
  await project([wood], [org.WOODAG!, unnamed]);
  await project([wood, clusters], [org.TIMBERAG!]);
  await project([wood], [org.TIMBERAG!, org.WOODUNI!]);
  await project([wood], [org.BIGAG!]);
  for (let i = 0; i < 6; i++) await project([energy], [org.BIGAG!, org.ENERGYAG!]);
  await refreshProjectSearch(db);
}, 120_000);
afterAll(async () => handle?.close());

describe(`similar organisations on ${testEngine}`, () => {
  it("lists those of its type with the same themes in the same proportion first, naming the themes", async () => {
    const similar = await similarOrganisations(handle.db, org.WOODAG!);
    expect(similar.map((o) => o.name)).toEqual(["TIMBERAG", "BIGAG"]);
    expect(similar[0]).toMatchObject({ type: "development_agency", countryCode: "AT", projectCount: 2 });
    expect(similar[0]!.sharedThemes.map((t) => t.label)).toEqual(expect.arrayContaining(["woodworking", "clusters"]));
    // Never the university (another type), the organisation without a name, nor itself.
    const names = similar.map((o) => o.name);
    expect(names).not.toContain("WOODUNI");
    expect(names).not.toContain(null);
    expect(names).not.toContain("WOODAG");
  });

  it("weighs what an organisation mostly works on: the energy agency is like the large one, not the wood ones", async () => {
    expect((await similarOrganisations(handle.db, org.ENERGYAG!)).map((o) => o.name)).toEqual(["BIGAG"]);
    // An organisation without projects on a theme has none like it.
    expect(await similarOrganisations(handle.db, f.organisations.lonely)).toEqual([]);
  });
});
