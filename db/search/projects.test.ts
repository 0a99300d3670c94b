import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseProjectSearchState, type ProjectSearchState } from "@/lib/search/params";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { rowsOf } from "../rows";
import { participations, projectFacets, projects, themes } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { searchProjectsWithFacets, type FacetValue } from "./projects";
import { refreshProjectSearch } from "./refresh";

let handle: DatabaseHandle;
let f: Fixture;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
});
afterAll(async () => handle?.close());

const search = (params: Record<string, string> = {}, extra: Partial<ProjectSearchState> = {}) =>
  searchProjectsWithFacets(handle.db, { ...parseProjectSearchState(params), ...extra });
const acronyms = (rows: { acronym: string | null }[]) => rows.map((r) => r.acronym);
const counts = (values: FacetValue[]) => Object.fromEntries(values.map((v) => [v.label, v.count]));

describe(`project search on ${testEngine}`, () => {
  it("lists named projects, most recent first, leaving out record skeletons", async () => {
    const result = await search();
    expect(acronyms(result.rows)).toEqual(["GREENGRID", "CLOUD", "INCLUD"]);
    expect(result.total).toBe(3);
    expect(result.sort).toBe("recent");
  });

  it("finds words in acronym, title, description, topic and theme, stemmed, and ranks an exact acronym first", async () => {
    const cluster = await search({ q: "cluster" });
    // INCLUD and GREENGRID have it in the title, CLOUD as "CLusters".
    expect(new Set(acronyms(cluster.rows))).toEqual(new Set(["INCLUD", "GREENGRID", "CLOUD"]));
    expect(acronyms((await search({ q: "cloud" })).rows)[0]).toBe("CLOUD");
    expect(acronyms((await search({ q: "smart GRIDS" })).rows)).toEqual(["GREENGRID"]);
    // The description: "Clustering model of production organisation."
    expect(acronyms((await search({ q: "production organisations" })).rows)).toEqual(["INCLUD"]);
    // A part of an acronym, as typed.
    expect(acronyms((await search({ q: "REENGR" })).rows)).toEqual(["GREENGRID"]);
  });

  it("takes LIKE wildcards and tsquery syntax in the query literally", async () => {
    for (const q of ["%", "_", "clu_ter", "cluster & !grid", "'", "a:*", "(x"]) {
      await expect(search({ q }), q).resolves.toBeDefined();
    }
    expect((await search({ q: "%" })).total).toBe(0);
    expect((await search({ q: "_" })).total).toBe(0);
    expect((await search({ q: "clu_ter" })).total).toBe(0);
  });

  it("filters by programme, part, participant country, type (the same participant) and region", async () => {
    expect(acronyms((await search({ programme: "HORIZON" })).rows)).toEqual(["GREENGRID"]);
    expect((await search({ programme: "NOPE" })).total).toBe(0);
    expect(acronyms((await search({ country: "IT" })).rows)).toEqual(["CLOUD", "INCLUD"]);
    expect(acronyms((await search({ type: "sme" })).rows)).toEqual(["INCLUD"]);
    // Country and type hold for the same participant: no Austrian SME anywhere.
    expect((await search({ country: "AT", type: "sme" })).total).toBe(0);
    expect(acronyms((await search({ country: "AT", type: "higher_education" })).rows)).toEqual(["GREENGRID"]);
    expect(acronyms((await search({ region: "ITI" })).rows)).toEqual(["CLOUD", "INCLUD"]);
    expect(acronyms((await search({ region: "AT13" })).rows)).toEqual(["GREENGRID"]);
    const [part] = rowsOf<{ id: number }>(await handle.db.execute(sql`select id from programme_parts where code = 'HORIZON.2.5'`));
    expect(acronyms((await search({ part: String(part!.id) })).rows)).toEqual(["GREENGRID"]);
  });

  it("counts facets over the whole result", async () => {
    const { facets, total } = await search();
    expect(total).toBe(3);
    expect(counts(facets.country)).toEqual({ Belgium: 3, Italy: 2, Austria: 1, Germany: 1, France: 1 });
    expect(counts(facets.type)).toEqual({
      "Development agency": 3,
      "Public authority": 2,
      SME: 1,
      "Higher education": 1,
      "Research organisation": 1,
    });
    expect(facets.programme.map((v) => [v.value, v.count, v.group])).toEqual([
      ["INTERREG-IIIB-CADSES", 2, "Interreg"],
      ["HORIZON", 1, "Horizon Europe"],
    ]);
    expect(facets.part.map((v) => [v.label, v.count])).toEqual([["Climate, Energy and Mobility (HORIZON.2.5)", 1]]);
    expect(facets.region.values.map((v) => [v.value, v.count])).toEqual([
      ["BE3", 3],
      ["ITI", 2],
      ["AT1", 1],
    ]);
    expect(facets.theme.values.map((v) => [v.label, v.count, v.group])).toEqual([["Economy", 1, "Interreg themes"]]);

    // With a query, the counts follow the result.
    const grids = await search({ q: "smart grids" });
    expect(counts(grids.facets.country)).toEqual({ Austria: 1, Belgium: 1, France: 1 });
    expect(grids.facets.theme.values).toEqual([]);
  });

  it("drills down regions and themes one level at a time", async () => {
    const belgium = await search({ region: "BE3" });
    expect(belgium.facets.region.values.map((v) => [v.value, v.count])).toEqual([["BE35", 3]]);
    expect(belgium.facets.region.trail.map((t) => t.value)).toEqual(["BE3"]);
    const deeper = await search({ region: "BE35" });
    expect(deeper.facets.region.values.map((v) => [v.value, v.count])).toEqual([["BE352", 3]]);
    expect(deeper.facets.region.trail.map((t) => t.value)).toEqual(["BE3", "BE35"]);
    // A country narrows NUTS-1 to its own regions.
    expect((await search({ country: "IT" })).facets.region.values.map((v) => v.value)).toEqual(["ITI"]);

    const [economy] = await handle.db.select({ id: themes.id }).from(themes).where(eq(themes.code, "keep/economy"));
    const drilled = await search({ theme: String(economy!.id) });
    expect(acronyms(drilled.rows)).toEqual(["INCLUD"]); // linked to a descendant (Clusters)
    expect(drilled.facets.theme.values.map((v) => [v.label, v.count])).toEqual([["Clusters", 1]]);
    expect(drilled.facets.theme.trail.map((t) => t.label)).toEqual(["Economy"]);
  });

  it("counts a participant's types within the chosen country", async () => {
    const { facets } = await search({ country: "BE" });
    expect(counts(facets.type)).toEqual({ "Development agency": 3 });
  });

  it("sorts by relevance, recency or budget and pages with a total", async () => {
    expect(acronyms((await search({ sort: "budget" })).rows)[0]).toBe("GREENGRID");
    expect((await search({ q: "cluster" })).sort).toBe("relevance");
    expect(acronyms((await search({ q: "cluster", sort: "recent" })).rows)).toEqual(["GREENGRID", "CLOUD", "INCLUD"]);
    const first = await search({}, { pageSize: 2 });
    const second = await search({ page: "2" }, { pageSize: 2 });
    const beyond = await search({ page: "9" }, { pageSize: 2 });
    expect(acronyms(first.rows)).toEqual(["GREENGRID", "CLOUD"]);
    expect(acronyms(second.rows)).toEqual(["INCLUD"]);
    expect(beyond.rows).toEqual([]);
    expect([first.total, second.total, beyond.total]).toEqual([3, 3, 3]);
  });

  it("lists the projects with some parts of a query when none has all, the most parts first, and says so", async () => {
    // GREENGRID is on smart grids, INCLUD on a production model: no project has all three words.
    const partial = await search({ q: "smart grids production" });
    expect(acronyms(partial.rows)).toEqual(["GREENGRID", "INCLUD"]);
    expect(partial.total).toBe(2);
    // Which parts each listed project has (indexes into the segments).
    const idOf = (acronym: string) => partial.rows.find((r) => r.acronym === acronym)!.id;
    expect(partial.partialMatch).toEqual({ segments: ["smart", "grids", "production"], rows: { [idOf("GREENGRID")]: [0, 1], [idOf("INCLUD")]: [2] } });
    // The facets count the listed projects (one programme each).
    expect(partial.facets.programme.reduce((n, v) => n + v.count, 0)).toBe(2);
    // A query some project has whole is not widened.
    const whole = await search({ q: "smart grids" });
    expect(acronyms(whole.rows)).toEqual(["GREENGRID"]);
    expect(whole.partialMatch).toBeNull();
    // Nor is a query of one part, nor a query no part of which matches.
    expect((await search({ q: "zzzqx" })).partialMatch).toBeNull();
    expect((await search({ q: "zzzqx yyyqw" })).total).toBe(0);
    // Nor an alert's search for what is new: nothing new is its usual answer.
    const alert = await searchProjectsWithFacets(handle.db, parseProjectSearchState({ q: "smart grids production" }), { after: new Date(0) });
    expect(alert.total).toBe(0);
    expect(alert.partialMatch).toBeNull();
  });

  it("offers the projects with some parts of a query under a list shorter than a page, and lists them when asked", async () => {
    // INCLUD alone has "cluster" and "production"; GREENGRID and CLOUD have "cluster" only.
    const all = await search({ q: "cluster production" });
    expect(acronyms(all.rows)).toEqual(["INCLUD"]);
    expect(all.partialMatch).toBeNull();
    expect(all.someMore).toEqual({ count: 2, segments: ["cluster", "production"] });
    // Asked for: every project with some part, those with the most parts first.
    const any = await search({ q: "cluster production", match: "any" });
    expect(any.total).toBe(3);
    expect(acronyms(any.rows)[0]).toBe("INCLUD");
    expect(any.partialMatch).toMatchObject({ segments: ["cluster", "production"], chosen: true });
    expect(any.someMore).toBeNull();
    // A list of a page or more is not offered more; nor a query of one part.
    expect((await search({ q: "cluster production" }, { pageSize: 1 })).someMore).toBeNull();
    expect((await search({ q: "cluster" })).someMore).toBeNull();
    expect((await search({ q: "cluster", match: "any" })).partialMatch).toBeNull();
    // Nor is an alert (what is new): it asks exactly what the saved search says.
    const alert = await searchProjectsWithFacets(handle.db, parseProjectSearchState({ q: "cluster production" }), { after: new Date(0) });
    expect([alert.total, alert.someMore]).toEqual([1, null]);
    // A saved search by some parts alerts on what is new with some of them.
    const anyAlert = await searchProjectsWithFacets(handle.db, parseProjectSearchState({ q: "cluster production", match: "any" }), { after: new Date(0) });
    expect(anyAlert.total).toBe(3);
  });

  it("offers the query spelt as the knowledge base spells it when it finds nothing", async () => {
    const typo = await search({ q: "gridz" });
    expect([typo.total, typo.spelling]).toEqual([0, "grids"]);
    // In the query's own case, every unknown word; a word found or read as a theme stays.
    expect((await search({ q: "Smrat Gridz" })).spelling).toBe("Smart Grids");
    expect((await search({ q: "smart" })).spelling).toBeNull();
    // Nothing near enough: no offer.
    expect((await search({ q: "zzzqx" })).spelling).toBeNull();
    // The offer finds what it says.
    expect(acronyms((await search({ q: "Smart Grids" })).rows)).toEqual(["GREENGRID"]);
  });

  it("gives list rows their programme, coordinator, countries and partner counts", async () => {
    const [includ] = (await search({ q: "INCLUD" })).rows;
    expect(includ).toMatchObject({
      id: f.projects.includ,
      acronym: "INCLUD",
      knownPartners: 3,
      countryCodes: ["BE", "DE", "IT"],
      coordinatorName: "Bureau Economique de la Province de Namur",
      programme: { code: "INTERREG-IIIB-CADSES", family: "Interreg" },
    });
  });
});

describe(`ranking and recency with unusual projects on ${testEngine}`, () => {
  it("puts the exact acronym before a project without acronym that has the word in its title", async () => {
    const [extra] = await handle.db
      .insert(projects)
      .values({ sourceId: "cordis-he", externalId: "101999999", title: "Cloud services for clusters", programmeId: f.programmes.horizon, startDate: "2030-01-01" })
      .returning({ id: projects.id });
    try {
      await refreshProjectSearch(handle.db, [extra!.id]);
      expect((await search({ q: "cloud" })).rows.map((r) => r.acronym ?? r.title)).toEqual(["CLOUD", "Cloud services for clusters"]);
    } finally {
      await handle.db.delete(projects).where(eq(projects.id, extra!.id));
    }
  });

  it("places a project without dates by its programme's first year", async () => {
    const [undated] = await handle.db
      .insert(projects)
      .values({ sourceId: "cordis-he", externalId: "101888888", acronym: "UNDATED", programmeId: f.programmes.horizon })
      .returning({ id: projects.id });
    try {
      await refreshProjectSearch(handle.db, [undated!.id]);
      // Horizon Europe starts in 2021: after GREENGRID (2023), before CLOUD (2012).
      expect(acronyms((await search()).rows)).toEqual(["GREENGRID", "UNDATED", "CLOUD", "INCLUD"]);
    } finally {
      await handle.db.delete(projects).where(eq(projects.id, undated!.id));
    }
  });
});

describe(`search data upkeep on ${testEngine}`, () => {
  it("keeps a project's own text indexed on every write (trigger), the rest on refresh", async () => {
    await handle.db.update(projects).set({ title: "Industrial Cluster Development and beekeeping" }).where(eq(projects.id, f.projects.includ));
    expect(acronyms((await search({ q: "beekeeping" })).rows)).toEqual(["INCLUD"]);

    // A new participant counts only once the search data is refreshed.
    await handle.db.insert(participations).values({ projectId: f.projects.cloud, organisationId: f.organisations.tuv, role: "partner" });
    expect((await search({ country: "AT" })).total).toBe(1);
    await refreshProjectSearch(handle.db, [f.projects.cloud]);
    expect(acronyms((await search({ country: "AT" })).rows)).toEqual(["GREENGRID", "CLOUD"]);
  });

  it("writes nothing on a second refresh", async () => {
    await refreshProjectSearch(handle.db);
    const before = rowsOf<{ x: string }>(await handle.db.execute(sql`select string_agg(xmin::text, ',' order by project_id) as x from ${projectFacets}`));
    await refreshProjectSearch(handle.db);
    const after = rowsOf<{ x: string }>(await handle.db.execute(sql`select string_agg(xmin::text, ',' order by project_id) as x from ${projectFacets}`));
    expect(after).toEqual(before);
  });
});
