// With target regions, the projects there on the asked themes or part are read one by one: without
// hard filters counted per organisation from the participations' index and read in full for the
// organisations kept (candidates.ts: region_only, region_pairs, region_best), under hard filters
// with the other projects read one by one. Either way they count as those do: the consortia led
// there, the projects shown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { participations, projects, projectThemes, themes } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { findMatches } from "./find-matches";

let handle: DatabaseHandle;
let f: Fixture;
let clusters: number;
let innovation: number;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  const rows = await db.select({ id: themes.id, code: themes.code }).from(themes);
  clusters = rows.find((t) => t.code === "keep/economy/clusters")!.id;
  const economy = rows.find((t) => t.code === "keep/economy")!.id;
  innovation = (await db
    .insert(themes)
    .values({ scheme: "keep", code: "keep/economy/innovation-test", parentId: economy, label: "Innovation test", path: "/Economy/Innovation test", level: 2 })
    .returning({ id: themes.id }))[0]!.id;
  // Lonely Foundation (UK) led two consortia with TU Wien (AT130), one on each theme.
  const made = await db
    .insert(projects)
    .values([
      { sourceId: "keep", programmeId: f.programmes.cadses, externalId: "region-1", acronym: "LEAD-A", title: "Cluster bridges", startDate: "2019-01-01" },
      { sourceId: "keep", programmeId: f.programmes.cadses, externalId: "region-2", acronym: "LEAD-B", title: "Innovation vouchers", startDate: "2020-01-01" },
    ])
    .returning({ id: projects.id });
  for (const p of made) {
    await db.insert(participations).values([
      { projectId: p.id, organisationId: f.organisations.lonely, role: "coordinator", position: 1 },
      { projectId: p.id, organisationId: f.organisations.tuv, role: "partner", position: 2 },
    ]);
  }
  await db.insert(projectThemes).values([{ projectId: made[0]!.id, themeId: clusters }, { projectId: made[1]!.id, themeId: innovation }]);
  await refreshProjectSearch(db);
});
afterAll(async () => handle?.close());

const lonelyIn = async (query: Parameters<typeof findMatches>[1]) =>
  (await findMatches(handle.db, query)).find((m) => m.organisationId === f.organisations.lonely)!;

describe(`projects in the target regions on ${testEngine}`, () => {
  it("count the consortia led there on any asked theme, and are shown", async () => {
    // Without regions, the precomputed counts say the most led on one theme.
    expect((await lonelyIn({ themeIds: [clusters, innovation] })).reasons).toContain("coordinated 1 relevant project on Clusters and Innovation test");
    // With Austria as the target region, both projects (with TU Wien) are read: two consortia led.
    const lonely = await lonelyIn({ themeIds: [clusters, innovation], regions: ["AT"] });
    expect(lonely.reasons).toContain("coordinated 2 relevant projects, 1 on Clusters and Innovation test");
    expect(lonely.reasons).toContain("2 projects involving AT");
    expect(lonely.evidence.projects.map((p) => p.acronym).sort()).toEqual(["LEAD-A", "LEAD-B"]);
    // A region none of them involves counts nothing.
    expect((await lonelyIn({ themeIds: [clusters, innovation], regions: ["SI"] })).reasons.join(" | ")).not.toContain("involving");
  });

  it("count the same under hard filters, and for a NUTS region", async () => {
    const typed = await lonelyIn({ themeIds: [clusters, innovation], regions: ["AT130"], partnerTypes: ["association_ngo"], countries: ["UK"] });
    expect(typed.reasons).toContain("coordinated 2 relevant projects, 1 on Clusters and Innovation test");
    expect(typed.reasons).toContain("2 projects involving AT130");
    // TU Wien is of another type: filtered out, its projects counted for nobody else.
    const others = await findMatches(handle.db, { themeIds: [clusters, innovation], regions: ["AT130"], partnerTypes: ["association_ngo"] });
    expect(others.map((m) => m.organisationId)).toEqual([f.organisations.lonely]);
  });
});
