import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseOrganisationSearchState, type OrganisationSearchState } from "@/lib/search/params";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { themes } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { searchOrganisationsWithFacets } from "./organisations";
import type { FacetValue } from "./projects";

let handle: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
});
afterAll(async () => handle?.close());

const search = (params: Record<string, string> = {}, extra: Partial<OrganisationSearchState> = {}) =>
  searchOrganisationsWithFacets(handle.db, { ...parseOrganisationSearchState(params), ...extra });
const names = (rows: { name: string | null }[]) => rows.map((r) => r.name);
const counts = (values: FacetValue[]) => Object.fromEntries(values.map((v) => [v.value, v.count]));

describe(`organisation search on ${testEngine}`, () => {
  it("lists named organisations, most projects first, then by name, never the unnamed ones", async () => {
    const result = await search();
    expect(names(result.rows)).toEqual([
      "Bureau Economique de la Province de Namur", // 3 projects
      "Regione Marche", // 2
      "Technische Universität Wien", // 2
      "Cluster_Tech 100% GmbH", // 1
      "Lonely Foundation", // 0
    ]);
    expect(result.total).toBe(5);
  });

  it("matches every word in name or short name, accents ignored, exact matches first", async () => {
    expect(names((await search({ q: "tu wien" })).rows)).toEqual(["Technische Universität Wien"]);
    expect(names((await search({ q: "Universitat" })).rows)).toEqual(["Technische Universität Wien"]);
    expect(names((await search({ q: "wien technische" })).rows)).toEqual(["Technische Universität Wien"]);
    expect(names((await search({ q: "bep" })).rows)).toEqual(["Bureau Economique de la Province de Namur"]);
    const n = await search({ q: "n" });
    expect(names(n.rows)).toEqual(["Bureau Economique de la Province de Namur", "Regione Marche", "Technische Universität Wien", "Lonely Foundation"]);
    expect(names((await search({ q: "TU WIEN" })).rows)[0]).toBe("Technische Universität Wien");
    expect((await search({ q: "100%" })).total).toBe(1);
    expect((await search({ q: "_" })).total).toBe(1); // Cluster_Tech, literally
    expect((await search({ q: "%" })).total).toBe(1); // 100%
  });

  it("finds a named organisation by PIC, and never one known only by its PIC", async () => {
    expect(names((await search({ q: "999999001" })).rows)).toEqual(["Technische Universität Wien"]);
    expect((await search({ q: "999822263" })).total).toBe(0);
  });

  it("filters by country, region, type, programme, theme and has-coordinated", async () => {
    expect(names((await search({ country: "IT" })).rows)).toEqual(["Regione Marche"]);
    expect(names((await search({ region: "BE3" })).rows)).toEqual(["Bureau Economique de la Province de Namur"]);
    expect(names((await search({ type: "sme" })).rows)).toEqual(["Cluster_Tech 100% GmbH"]);
    expect(names((await search({ programme: "HORIZON" })).rows)).toEqual(["Bureau Economique de la Province de Namur", "Technische Universität Wien"]);
    expect(names((await search({ coordinated: "1" })).rows)).toEqual(["Bureau Economique de la Province de Namur", "Regione Marche", "Technische Universität Wien"]);
    const [economy] = await handle.db.select({ id: themes.id }).from(themes).where(eq(themes.code, "keep/economy"));
    // INCLUD is on Clusters, a child of Economy: its three partners.
    expect(names((await search({ theme: String(economy!.id) })).rows)).toEqual(["Bureau Economique de la Province de Namur", "Regione Marche", "Cluster_Tech 100% GmbH"]);
    const [marche] = (await search({ q: "marche" })).rows;
    expect(marche).toMatchObject({ id: f.organisations.marche, projectCount: 2, coordinatorCount: 1, countryName: "Italy", type: "public_authority" });
  });

  it("counts facets over the result and drills down regions", async () => {
    const { facets } = await search();
    expect(counts(facets.country)).toEqual({ BE: 1, IT: 1, AT: 1, DE: 1, UK: 1 });
    expect(counts(facets.type)).toEqual({ development_agency: 1, public_authority: 1, higher_education: 1, sme: 1, association_ngo: 1 });
    expect(counts(facets.programme)).toEqual({ "INTERREG-IIIB-CADSES": 3, HORIZON: 2 });
    expect(facets.coordinated).toEqual({ count: 3, selected: false });
    expect(counts(facets.region.values)).toEqual({ BE3: 1, ITI: 1, AT1: 1, UKI: 1 });
    expect(facets.theme.values.map((v) => [v.label, v.count])).toEqual([["Economy", 3]]);
    const drilled = await search({ region: "AT1" });
    expect(counts(drilled.facets.region.values)).toEqual({ AT13: 1 });
  });

  it("finds organisations by what their projects are about, counting them, names first", async () => {
    const rows = async (params: Record<string, string>) => (await search(params)).rows.map((r) => [r.name, r.matchingProjects]);
    // GREENGRID's named partners; no name has the words: most matching projects, then most projects.
    expect(await rows({ q: "smart grids" })).toEqual([
      ["Bureau Economique de la Province de Namur", 1],
      ["Technische Universität Wien", 1],
    ]);
    // "cluster" is in every title: the name that has it first, then by matching projects.
    expect(await rows({ q: "cluster" })).toEqual([
      ["Cluster_Tech 100% GmbH", 1],
      ["Bureau Economique de la Province de Namur", 3],
      ["Regione Marche", 2],
      ["Technische Universität Wien", 1],
    ]);
    expect(await rows({ q: "cluster", sort: "matching" })).toEqual([
      ["Bureau Economique de la Province de Namur", 3],
      ["Regione Marche", 2],
      ["Technische Universität Wien", 1],
      ["Cluster_Tech 100% GmbH", 1],
    ]);
    // Each with its latest matching projects (two at most), by start: GREENGRID (2023), CLOUD (2012), INCLUD (2002).
    const examples = (await search({ q: "cluster" })).rows.map((r) => [r.name, r.matchingExamples.map((e) => e.acronym)]);
    expect(examples).toEqual([
      ["Cluster_Tech 100% GmbH", ["INCLUD"]],
      ["Bureau Economique de la Province de Namur", ["GREENGRID", "CLOUD"]],
      ["Regione Marche", ["CLOUD", "INCLUD"]],
      ["Technische Universität Wien", ["GREENGRID"]],
    ]);
    expect((await search({ q: "tu wien" })).rows.map((r) => r.matchingExamples)).toEqual([[]]);
    // (Across languages: db/search/cross-language.test.ts, on the demo data.)
    // Facets count the whole result; an organisation without projects never matches by subject.
    const cluster = await search({ q: "cluster" });
    expect(cluster.total).toBe(4);
    expect(counts(cluster.facets.country)).toEqual({ BE: 1, IT: 1, AT: 1, DE: 1 });
    expect(names((await search({ q: "cluster", country: "IT" })).rows)).toEqual(["Regione Marche"]);
    // Without a text query there is nothing to match.
    expect((await search()).rows.every((r) => r.matchingProjects === null)).toBe(true);
    expect((await search({ q: "999999001" })).rows.map((r) => r.matchingProjects)).toEqual([null]);
    expect([(await search({ q: "999999001" })).bySubject, (await search({ q: "cluster" })).bySubject, (await search()).bySubject]).toEqual([false, true, false]);
  });

  it("offers a misspelt name or subject spelt as the knowledge base spells it when it finds nothing", async () => {
    const typo = await search({ q: "Techniche Universitat" });
    expect([typo.total, typo.spelling]).toEqual([0, "Technische Universitat"]);
    expect((await search({ q: "Technische Universitat" })).rows.map((r) => r.name)).toEqual(["Technische Universität Wien"]);
    expect((await search({ q: "tu wien" })).spelling).toBeNull();
  });

  it("offers the organisations with projects on some parts of a query under a list shorter than a page, and lists them when asked", async () => {
    // Only INCLUD has both "cluster" and "production"; GREENGRID and CLOUD have "cluster".
    const all = await search({ q: "cluster production" });
    expect(all.rows.map((r) => r.name)).toEqual(["Bureau Economique de la Province de Namur", "Regione Marche", "Cluster_Tech 100% GmbH"]);
    expect(all.someMore).toEqual({ count: 1, segments: ["cluster", "production"] });
    const any = await search({ q: "cluster production", match: "any" });
    // Those covering both parts first; TU Wien's only project (GREENGRID) has "cluster" alone.
    expect(any.rows.map((r) => [r.name, r.matchingProjects])).toEqual([
      ["Bureau Economique de la Province de Namur", 3],
      ["Regione Marche", 2],
      ["Cluster_Tech 100% GmbH", 1],
      ["Technische Universität Wien", 1],
    ]);
    expect(any.partialMatch).toMatchObject({ segments: ["cluster", "production"], chosen: true });
    expect(any.partialMatch?.rows?.[any.rows[3]!.id]).toEqual([0]);
    expect(any.someMore).toBeNull();
    // A list of a page or more is not offered more.
    expect((await search({ q: "cluster production" }, { pageSize: 3 })).someMore).toBeNull();
  });

  it("lists organisations with projects on some parts of a query when none has all, the most parts first, and says so", async () => {
    // No project has "smart", "grids" and "production": GREENGRID has the first two, INCLUD the last.
    const partial = await search({ q: "smart grids production" });
    expect(partial.rows.map((r) => [r.name, r.matchingProjects])).toEqual([
      ["Bureau Economique de la Province de Namur", 2], // all three parts, in two projects
      ["Technische Universität Wien", 1], // two parts (GREENGRID)
      ["Regione Marche", 1], // one part (INCLUD), 2 projects in all
      ["Cluster_Tech 100% GmbH", 1], // one part, 1 project
    ]);
    const idOf = (name: string) => partial.rows.find((r) => r.name === name)!.id;
    expect(partial.partialMatch).toEqual({
      segments: ["smart", "grids", "production"],
      rows: {
        [idOf("Bureau Economique de la Province de Namur")]: [0, 1, 2],
        [idOf("Technische Universität Wien")]: [0, 1],
        [idOf("Regione Marche")]: [2],
        [idOf("Cluster_Tech 100% GmbH")]: [2],
      },
    });
    expect(partial.total).toBe(4);
    expect(counts(partial.facets.country)).toEqual({ BE: 1, IT: 1, AT: 1, DE: 1 });
    const whole = await search({ q: "smart grids" });
    expect(whole.partialMatch).toBeNull();
    expect(whole.total).toBe(2);
    // A name with every word is a match: nothing is widened.
    expect((await search({ q: "tu wien" })).partialMatch).toBeNull();
    // An alert asks what is new: never widened.
    const alert = await searchOrganisationsWithFacets(handle.db, parseOrganisationSearchState({ q: "smart grids production" }), { after: new Date(0) });
    expect([alert.total, alert.partialMatch]).toEqual([0, null]);
  });

  it("sorts by name and pages", async () => {
    expect(names((await search({ sort: "name" })).rows)[0]).toBe("Bureau Economique de la Province de Namur");
    const second = await search({ page: "2" }, { pageSize: 2 });
    expect(names(second.rows)).toEqual(["Technische Universität Wien", "Cluster_Tech 100% GmbH"]);
    expect(second.total).toBe(5);
  });
});
