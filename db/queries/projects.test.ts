import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { projects } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { getKnowledgeBaseCounts } from "./overview";
import { listProgrammes } from "./programmes";
import { getProject, listRecentProjects, searchProjects } from "./projects";
import { listOrganisationCountries } from "./reference";
import { seedFixture, type Fixture } from "./test-fixtures";

let handle: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
});
afterAll(async () => handle?.close());

const acronyms = (rows: { acronym: string | null }[]) => rows.map((r) => r.acronym);

describe(`searchProjects on ${testEngine}`, () => {
  it("lists named projects, most recent first, leaving out record skeletons", async () => {
    const result = await searchProjects(handle.db, {});
    expect(acronyms(result.rows)).toEqual(["GREENGRID", "CLOUD", "INCLUD"]);
    expect(result.total).toBe(3);
    expect(result.page).toBe(1);
    expect(result.pageSize).toBe(20);
  });

  it("matches acronym or title case-insensitively and ranks an exact acronym first", async () => {
    const result = await searchProjects(handle.db, { q: "cluster" });
    // "cluster" is in INCLUD's and GREENGRID's titles and CLOUD's ("CLusters"); none is the acronym.
    expect(result.total).toBe(3);
    const exact = await searchProjects(handle.db, { q: "cloud" });
    expect(acronyms(exact.rows)[0]).toBe("CLOUD");
    const title = await searchProjects(handle.db, { q: "smart GRIDS" });
    expect(acronyms(title.rows)).toEqual(["GREENGRID"]);
  });

  it("takes LIKE wildcards in the query literally", async () => {
    expect((await searchProjects(handle.db, { q: "%" })).total).toBe(0);
    expect((await searchProjects(handle.db, { q: "_" })).total).toBe(0);
    expect((await searchProjects(handle.db, { q: "clu_ter" })).total).toBe(0);
  });

  it("filters by programme, participant country and participant type", async () => {
    expect(acronyms((await searchProjects(handle.db, { programme: "HORIZON" })).rows)).toEqual(["GREENGRID"]);
    expect(acronyms((await searchProjects(handle.db, { programme: "NOPE" })).rows)).toEqual([]);
    expect(acronyms((await searchProjects(handle.db, { country: "IT" })).rows)).toEqual(["CLOUD", "INCLUD"]);
    expect(acronyms((await searchProjects(handle.db, { type: "sme" })).rows)).toEqual(["INCLUD"]);
    // Country and type must hold for the same participant: no Austrian SME anywhere.
    expect((await searchProjects(handle.db, { country: "AT", type: "sme" })).total).toBe(0);
    expect(acronyms((await searchProjects(handle.db, { country: "AT", type: "higher_education" })).rows)).toEqual(["GREENGRID"]);
  });

  it("pages with a total", async () => {
    const first = await searchProjects(handle.db, { pageSize: 2, page: 1 });
    const second = await searchProjects(handle.db, { pageSize: 2, page: 2 });
    const beyond = await searchProjects(handle.db, { pageSize: 2, page: 9 });
    expect(acronyms(first.rows)).toEqual(["GREENGRID", "CLOUD"]);
    expect(acronyms(second.rows)).toEqual(["INCLUD"]);
    expect(beyond.rows).toEqual([]);
    expect([first.total, second.total, beyond.total]).toEqual([3, 3, 3]);
  });

  it("gives list rows their programme, coordinator, countries and partner counts", async () => {
    const [includ] = (await searchProjects(handle.db, { q: "INCLUD" })).rows;
    expect(includ).toMatchObject({
      id: f.projects.includ,
      acronym: "INCLUD",
      startDate: "2002-11-30",
      partnerCount: 11,
      knownPartners: 3,
      countryCodes: ["BE", "DE", "IT"],
      coordinatorName: "Bureau Economique de la Province de Namur",
      programme: { code: "INTERREG-IIIB-CADSES", name: "Cadses", family: "Interreg", period: "2000-2006" },
    });
  });
});

describe(`getProject on ${testEngine}`, () => {
  it("returns every field of a KEEP project with its source", async () => {
    const project = await getProject(handle.db, f.projects.includ);
    expect(project).toMatchObject({
      acronym: "INCLUD",
      title: "Industrial Cluster Development",
      expectedResults: "Share the experience of cluster systems.",
      status: "FINISHED",
      totalBudget: "1200000.00",
      cofinancingRate: "43.80",
      euContribution: null,
      partnerCount: 11,
      language: "en",
      programme: { name: "Cadses", family: "Interreg", period: "2000-2006" },
      programmePart: null,
      topic: null,
      source: { id: "keep", attribution: "Source: KEEP project pages (keep.eu, Interact), as published by the projects" },
      themes: [{ label: "Clusters", path: "/Economy/Clusters", scheme: "keep" }],
    });
  });

  it("lists partners with the coordinator first, then by position", async () => {
    const project = await getProject(handle.db, f.projects.includ);
    expect(project!.partners.map((p) => [p.name, p.role, p.countryName])).toEqual([
      ["Bureau Economique de la Province de Namur", "coordinator", "Belgium"],
      ["Regione Marche", "partner", "Italy"],
      ["Cluster_Tech 100% GmbH", "partner", "Germany"],
    ]);
  });

  it("gives a CORDIS project its part and topic, and unnamed partners their PIC", async () => {
    const project = await getProject(handle.db, f.projects.greenGrid);
    expect(project).toMatchObject({
      programmePart: { code: "HORIZON.2.5", title: "Climate, Energy and Mobility" },
      topic: { code: "HORIZON-CL5-2022-D3-01-06", title: "Smart grids" },
      euContribution: "2999999.50",
      source: { attribution: "Source: CORDIS, © European Union, CC BY 4.0" },
    });
    const unnamed = project!.partners.find((p) => p.organisationId === f.organisations.unnamed);
    expect(unnamed).toMatchObject({ name: null, pic: "999822263", role: "associated_partner" });
    expect(project!.partners[0]).toMatchObject({ name: "Technische Universität Wien", pic: "999999001", euContribution: "1500000.00" });
  });

  it("returns null for an unknown id", async () => {
    expect(await getProject(handle.db, 99_999_999)).toBeNull();
  });
});

describe(`home page reads on ${testEngine}`, () => {
  it("counts named and unnamed records apart", async () => {
    expect(await getKnowledgeBaseCounts(handle.db)).toEqual({
      projects: 3,
      untitledProjects: 1,
      organisations: 5,
      unnamedOrganisations: 1,
      programmes: 2,
    });
  });

  it("lists programmes with their named projects", async () => {
    const list = await listProgrammes(handle.db);
    expect(list.map((p) => [p.family, p.name, p.projectCount])).toEqual([
      ["Horizon Europe", "Horizon Europe", 1],
      ["Interreg", "Cadses", 2],
    ]);
  });

  it("lists recent projects of a family", async () => {
    expect(acronyms(await listRecentProjects(handle.db, { family: "Interreg" }))).toEqual(["CLOUD", "INCLUD"]);
    expect(acronyms(await listRecentProjects(handle.db, { limit: 1 }))).toEqual(["GREENGRID"]);
  });

  it("lists the countries of named organisations", async () => {
    const options = await listOrganisationCountries(handle.db);
    expect(options.map((c) => c.code)).toEqual(["AT", "BE", "DE", "IT", "UK"]);
    expect(options.find((c) => c.code === "BE")).toEqual({ code: "BE", name: "Belgium", organisationCount: 1 });
  });
});

describe(`ranking with projects that have no acronym on ${testEngine}`, () => {
  it("still puts the exact acronym first", async () => {
    const [extra] = await handle.db
      .insert(projects)
      .values({ sourceId: "cordis-he", externalId: "101999999", title: "Cloud services for clusters", programmeId: f.programmes.horizon, startDate: "2030-01-01" })
      .returning({ id: projects.id });
    try {
      const result = await searchProjects(handle.db, { q: "cloud" });
      expect(result.rows.map((r) => r.acronym ?? r.title)).toEqual(["CLOUD", "Cloud services for clusters"]);
    } finally {
      await handle.db.delete(projects).where(eq(projects.id, extra!.id));
    }
  });
});

describe(`recency on ${testEngine}`, () => {
  it("places a project without dates by its programme's first year", async () => {
    const [undated] = await handle.db
      .insert(projects)
      .values({ sourceId: "cordis-he", externalId: "101888888", acronym: "UNDATED", programmeId: f.programmes.horizon })
      .returning({ id: projects.id });
    try {
      // Horizon Europe starts in 2021: after GREENGRID (2023), before CLOUD (2012).
      expect(acronyms((await searchProjects(handle.db, {})).rows)).toEqual(["GREENGRID", "UNDATED", "CLOUD", "INCLUD"]);
    } finally {
      await handle.db.delete(projects).where(eq(projects.id, undated!.id));
    }
  });
});
