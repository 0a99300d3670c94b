// Horizon Europe projects come without a start date (CORDIS' open data has none): their call's
// year, read from the topic code, orders the lists and says how recent an organisation's activity
// is, and matching says it is a call's year, never a start.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseProjectSearchState } from "@/lib/search/params";
import type { DatabaseHandle } from "../index";
import { findMatches } from "../matching/find-matches";
import { listOrganisationProjects } from "../queries/organisations";
import { listRecentProjects } from "../queries/projects";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { organisationFacets, participations, projectFacets, projects, topics } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { searchProjectsWithFacets } from "./projects";
import { refreshProjectSearch } from "./refresh";

let handle: DatabaseHandle;
let f: Fixture;
let woodnet: number;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  const [topic] = await db.insert(topics).values({ programmeId: f.programmes.horizon, code: "HORIZON-CL6-2024-BIODIV-01-1", title: "Forest biodiversity" }).returning({ id: topics.id });
  const [project] = await db
    .insert(projects)
    .values({ sourceId: "cordis-he", externalId: "101180001", acronym: "WOODNET", programmeId: f.programmes.horizon, topicId: topic!.id, language: "en" })
    .returning({ id: projects.id });
  woodnet = project!.id;
  await db.insert(participations).values([
    { projectId: woodnet, organisationId: f.organisations.lonely, role: "coordinator", position: 1 },
    { projectId: woodnet, organisationId: f.organisations.tuv, role: "partner", position: 2 },
  ]);
  await refreshProjectSearch(db, [woodnet]);
});
afterAll(async () => handle?.close());

const facets = async (organisationId: number) =>
  (await handle.db.select().from(organisationFacets).where(eq(organisationFacets.organisationId, organisationId)))[0]!;

describe(`call years on ${testEngine}`, () => {
  it("orders a project with no start date by its call's year", async () => {
    const [row] = await handle.db.select({ sortDate: projectFacets.sortDate }).from(projectFacets).where(eq(projectFacets.projectId, woodnet));
    expect(row!.sortDate).toBe("2024-01-01");
    const recent = await searchProjectsWithFacets(handle.db, parseProjectSearchState({ sort: "recent" }));
    // A 2024 call comes before GREENGRID, which started on 1 January 2023.
    expect(recent.rows.map((r) => r.acronym)).toEqual(["WOODNET", "GREENGRID", "CLOUD", "INCLUD"]);
  });

  it("places it by that year in the recent projects and an organisation's projects", async () => {
    expect((await listRecentProjects(handle.db, { limit: 2 })).map((p) => [p.acronym, p.callYear])).toEqual([["WOODNET", 2024], ["GREENGRID", 2022]]);
    const tuv = await listOrganisationProjects(handle.db, f.organisations.tuv);
    expect(tuv.rows.map((p) => [p.acronym, p.startDate, p.sortDate, p.callYear])).toEqual([
      ["WOODNET", null, "2024-01-01", 2024],
      ["GREENGRID", "2023-01-01", "2023-01-01", 2022],
      [null, "2016-01-01", "2016-01-01", null],
    ]);
  });

  it("keeps an organisation's latest known start apart from its latest call year", async () => {
    // TU Wien: GREENGRID started in 2023, WOODNET is from a 2024 call.
    expect(await facets(f.organisations.tuv)).toMatchObject({ lastStart: "2023-01-01", lastCallYear: 2024 });
    // Only WOODNET: no start known (no longer its programme's first year passed off as one).
    expect(await facets(f.organisations.lonely)).toMatchObject({ lastStart: null, lastCallYear: 2024 });
    // BEP: projects with start dates only.
    expect(await facets(f.organisations.bep)).toMatchObject({ lastStart: "2023-01-01", lastCallYear: null });
  });

  it("says the year of a call as a call's, and a known start as a start", async () => {
    const austrian = await findMatches(handle.db, { countries: ["AT"] });
    expect(austrian.map((m) => m.organisationId)).toEqual([f.organisations.tuv]);
    expect(austrian[0]!.reasons).toContain("3 projects in all, coordinated 1, latest from a 2024 call");
    const belgian = await findMatches(handle.db, { countries: ["BE"] });
    expect(belgian[0]!.reasons).toContain("3 projects in all, coordinated 1, latest started 2023");
    const british = await findMatches(handle.db, { countries: ["UK"] });
    expect(british.map((m) => m.organisationId)).toEqual([f.organisations.lonely]);
    expect(british[0]!.reasons).toContain("1 project in all, coordinated 1, latest from a 2024 call");
  });
});
