import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { createTestDatabase, testEngine } from "../testing";
import { tellingThemes } from "@/lib/organisations/theme-profile";
import { getOrganisation, listFrequentPartners, listOrganisationProjects, listOrganisationThemeCounts } from "./organisations";
import { seedFixture, type Fixture } from "./test-fixtures";

let handle: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
});
afterAll(async () => handle?.close());

describe(`getOrganisation on ${testEngine}`, () => {
  it("gives the region chain, role counts and sources", async () => {
    const bep = await getOrganisation(handle.db, f.organisations.bep);
    expect(bep).toMatchObject({
      name: "Bureau Economique de la Province de Namur",
      shortName: "BEP",
      type: "development_agency",
      countryName: "Belgium",
      city: "Namur",
      roleCounts: { coordinator: 1, partner: 2, associated_partner: 0, third_party: 0 },
      projectCount: 3,
    });
    expect(bep!.regions.map((r) => [r.code, r.level])).toEqual([
      ["BE3", 1],
      ["BE35", 2],
      ["BE352", 3],
    ]);
    expect(bep!.sources.map((s) => s.id)).toEqual(["cordis-he", "keep"]);
  });

  it("finds UK regions in NUTS 2016", async () => {
    const lonely = await getOrganisation(handle.db, f.organisations.lonely);
    expect(lonely!.regions.map((r) => [r.code, r.version])).toEqual([
      ["UKI", 2016],
      ["UKI3", 2016],
      ["UKI31", 2016],
    ]);
    expect(lonely!.projectCount).toBe(0);
  });

  it("gives an unnamed organisation its PIC", async () => {
    const unnamed = await getOrganisation(handle.db, f.organisations.unnamed);
    expect(unnamed).toMatchObject({ name: null, pics: ["999822263"], regions: [] });
    expect(unnamed!.sources.map((s) => s.id)).toEqual(["cordis-h2020", "cordis-he"]);
  });

  it("returns null for an unknown id", async () => {
    expect(await getOrganisation(handle.db, 2_000_000_000)).toBeNull();
  });
});

describe(`an organisation's projects and partners on ${testEngine}`, () => {
  it("lists its projects with roles, most recent first, skeletons included", async () => {
    const result = await listOrganisationProjects(handle.db, f.organisations.tuv);
    expect(result.rows.map((r) => [r.acronym, r.role])).toEqual([
      ["GREENGRID", "coordinator"],
      [null, "partner"],
    ]);
    expect(result.rows[1]).toMatchObject({ sourceId: "cordis-h2020", externalId: "212345", programme: { code: "HORIZON" } });
    expect(result.rows.map((r) => r.topicTitle)).toEqual(["Smart grids", null]);
    expect(result.total).toBe(2);
    const paged = await listOrganisationProjects(handle.db, f.organisations.bep, { page: 2, pageSize: 2 });
    expect(paged.rows.map((r) => r.acronym)).toEqual(["INCLUD"]);
    expect(paged.total).toBe(3);
  });

  it("counts its projects per theme, a theme's parent included, and lists those on a theme", async () => {
    const counts = await listOrganisationThemeCounts(handle.db, f.organisations.bep);
    expect(counts.map((c) => [c.label, c.level, c.projects])).toEqual([
      ["Economy", 1, 1],
      ["Clusters", 2, 1],
    ]);
    const clusters = counts.find((c) => c.label === "Clusters")!;
    expect(clusters.parentId).toBe(counts.find((c) => c.label === "Economy")!.id);
    expect(tellingThemes(counts, 5).map((c) => c.label)).toEqual(["Clusters"]);
    expect(await listOrganisationThemeCounts(handle.db, f.organisations.lonely)).toEqual([]);

    const onClusters = await listOrganisationProjects(handle.db, f.organisations.bep, { themeId: clusters.id });
    expect(onClusters.rows.map((r) => r.acronym)).toEqual(["INCLUD"]);
    expect(onClusters.total).toBe(1);
    // On the parent theme: its projects on a narrower one.
    expect((await listOrganisationProjects(handle.db, f.organisations.bep, { themeId: clusters.parentId! })).total).toBe(1);
    expect((await listOrganisationProjects(handle.db, f.organisations.tuv, { themeId: clusters.id })).total).toBe(0);
  });

  it("lists its projects matching a text as the project search matches them, alone or on a theme", async () => {
    const grids = await listOrganisationProjects(handle.db, f.organisations.bep, { q: "smart grids" });
    expect(grids.rows.map((r) => r.acronym)).toEqual(["GREENGRID"]);
    expect(grids.total).toBe(1);
    // "cluster" is in the three titles.
    expect((await listOrganisationProjects(handle.db, f.organisations.bep, { q: "cluster" })).total).toBe(3);
    const clusters = (await listOrganisationThemeCounts(handle.db, f.organisations.bep)).find((c) => c.label === "Clusters")!;
    expect((await listOrganisationProjects(handle.db, f.organisations.bep, { q: "cluster", themeId: clusters.id })).rows.map((r) => r.acronym)).toEqual(["INCLUD"]);
    expect((await listOrganisationProjects(handle.db, f.organisations.tuv, { q: "industrial" })).total).toBe(0);
    // No searchable word: nothing, rather than everything.
    expect(await listOrganisationProjects(handle.db, f.organisations.bep, { q: "!!" })).toMatchObject({ rows: [], total: 0, partialMatch: null });
    expect(grids.partialMatch).toBeNull();
  });

  it("lists its projects with some parts of a text when none has all, the most parts first (as the organisation list counted them)", async () => {
    // INCLUD (2002) has "clustering model of production organisation", GREENGRID (2023) smart grids: none has all three.
    const some = await listOrganisationProjects(handle.db, f.organisations.bep, { q: "production model smart" });
    expect(some.partialMatch?.segments).toEqual(["production", "model", "smart"]);
    // INCLUD has two parts and comes first though oldest; then one part each, most recent first.
    expect(some.rows.map((r) => r.acronym)).toEqual(["INCLUD", "GREENGRID", "CLOUD"]);
    // Each row's parts (indexes of the segments), for the page to say "Matches “production” and “model”".
    expect(Object.fromEntries(some.rows.map((r) => [r.acronym, some.partialMatch?.rows?.[r.projectId]]))).toEqual({ INCLUD: [0, 1], GREENGRID: [2], CLOUD: [1] });
    expect(some.total).toBe(3);
    // Its part of a text none of its projects has: nothing.
    expect(await listOrganisationProjects(handle.db, f.organisations.tuv, { q: "industrial zzyzx" })).toMatchObject({ rows: [], total: 0, partialMatch: null });
  });

  it("ranks partners by shared projects", async () => {
    const partners = await listFrequentPartners(handle.db, f.organisations.bep);
    expect(partners[0]).toMatchObject({ id: f.organisations.marche, name: "Regione Marche", sharedProjects: 2, countryName: "Italy" });
    expect(partners.slice(1).map((p) => [p.name, p.sharedProjects])).toEqual([
      ["Cluster_Tech 100% GmbH", 1],
      ["Technische Universität Wien", 1],
      [null, 1],
    ]);
    expect(partners.find((p) => p.name === null)).toMatchObject({ pic: "999822263", type: "research_organisation" });
    expect(await listFrequentPartners(handle.db, f.organisations.bep, 1)).toHaveLength(1);
    expect(await listFrequentPartners(handle.db, f.organisations.lonely)).toEqual([]);
  });
});
