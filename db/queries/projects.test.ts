import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { createTestDatabase, testEngine } from "../testing";
import { getKnowledgeBaseCounts } from "./overview";
import { listProgrammes } from "./programmes";
import { getProject, listRecentProjects } from "./projects";
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
    // A list says what a project is about from its call topic too (most Horizon Europe projects have no title).
    const [greenGrid] = await listRecentProjects(handle.db, { limit: 1 });
    expect(greenGrid).toMatchObject({ callYear: 2022, topicTitle: "Smart grids" });
    expect((await listRecentProjects(handle.db, { family: "Interreg" }))[0]!.topicTitle).toBeNull();
  });

  it("lists the countries of named organisations", async () => {
    const options = await listOrganisationCountries(handle.db);
    expect(options.map((c) => c.code)).toEqual(["AT", "BE", "DE", "IT", "UK"]);
    expect(options.find((c) => c.code === "BE")).toEqual({ code: "BE", name: "Belgium", organisationCount: 1 });
  });
});
