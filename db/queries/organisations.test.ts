import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { createTestDatabase, testEngine } from "../testing";
import { getOrganisation, listFrequentPartners, listOrganisationProjects, searchOrganisations } from "./organisations";
import { seedFixture, type Fixture } from "./test-fixtures";

let handle: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
});
afterAll(async () => handle?.close());

const names = (rows: { name: string | null }[]) => rows.map((r) => r.name);

describe(`searchOrganisations on ${testEngine}`, () => {
  it("lists named organisations, most projects first, then by name, never the unnamed ones", async () => {
    const result = await searchOrganisations(handle.db, {});
    expect(names(result.rows)).toEqual([
      "Bureau Economique de la Province de Namur", // 3 projects
      "Regione Marche", // 2
      "Technische Universität Wien", // 2
      "Cluster_Tech 100% GmbH", // 1
      "Lonely Foundation", // 0
    ]);
    expect(result.total).toBe(5);
  });

  it("matches name or short name, exact matches first", async () => {
    expect(names((await searchOrganisations(handle.db, { q: "tu wien" })).rows)).toEqual(["Technische Universität Wien"]);
    expect(names((await searchOrganisations(handle.db, { q: "bep" })).rows)).toEqual(["Bureau Economique de la Province de Namur"]);
    const n = await searchOrganisations(handle.db, { q: "n" }); // all but Cluster_Tech, most projects first
    expect(names(n.rows)).toEqual(["Bureau Economique de la Province de Namur", "Regione Marche", "Technische Universität Wien", "Lonely Foundation"]);
    expect(n.total).toBe(4);
    // The exact short name "TU Wien" ranks before names that merely contain "wien" elsewhere.
    expect(names((await searchOrganisations(handle.db, { q: "TU WIEN" })).rows)[0]).toBe("Technische Universität Wien");
    expect((await searchOrganisations(handle.db, { q: "100%" })).total).toBe(1);
    expect((await searchOrganisations(handle.db, { q: "_" })).total).toBe(1); // Cluster_Tech, literally
  });

  it("finds an organisation by PIC, even one known only by it", async () => {
    const unnamed = await searchOrganisations(handle.db, { q: "999822263" });
    expect(unnamed.rows).toMatchObject([{ id: f.organisations.unnamed, name: null, pic: "999822263" }]);
    expect(names((await searchOrganisations(handle.db, { q: "999999001" })).rows)).toEqual(["Technische Universität Wien"]);
  });

  it("filters by country and type and counts projects and coordinations", async () => {
    expect(names((await searchOrganisations(handle.db, { country: "IT" })).rows)).toEqual(["Regione Marche"]);
    expect(names((await searchOrganisations(handle.db, { type: "sme" })).rows)).toEqual(["Cluster_Tech 100% GmbH"]);
    expect((await searchOrganisations(handle.db, { type: "research_organisation" })).total).toBe(0);
    const [marche] = (await searchOrganisations(handle.db, { q: "marche" })).rows;
    expect(marche).toMatchObject({ projectCount: 2, coordinatorCount: 1, countryName: "Italy", type: "public_authority" });
  });

  it("pages", async () => {
    const second = await searchOrganisations(handle.db, { page: 2, pageSize: 2 });
    expect(names(second.rows)).toEqual(["Technische Universität Wien", "Cluster_Tech 100% GmbH"]);
    expect(second.total).toBe(5);
  });
});

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
    expect(result.total).toBe(2);
    const paged = await listOrganisationProjects(handle.db, f.organisations.bep, { page: 2, pageSize: 2 });
    expect(paged.rows.map((r) => r.acronym)).toEqual(["INCLUD"]);
    expect(paged.total).toBe(3);
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
