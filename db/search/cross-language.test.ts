// Search over the demo knowledge base (the five KEEP seeds and the CORDIS sample, as a fresh
// install loads it): the seeds' cluster theme found from six languages, exact acronyms first.
import { describe, expect, it } from "vitest";
import { parseOrganisationSearchState, parseProjectSearchState } from "@/lib/search/params";
import { demoDatabase } from "../test-databases";
import { testEngine } from "../testing";
import { searchOrganisationsWithFacets } from "./organisations";
import { searchProjectsWithFacets } from "./projects";
import { getProject } from "../queries/projects";

const demo = demoDatabase();

const search = (q: string, pageSize = 100) => searchProjectsWithFacets(demo.db, { ...parseProjectSearchState({ q }), pageSize });
const SEEDS_ON_CLUSTERS = ["INCLUD", "CLOUD", "POOLING4CLUSTERS", "CLUSTERS-CORD", "InterregCluster"];

describe(`cross-language search over the demo data on ${testEngine}`, () => {
  const clusterQueries = [
    ["en", "clusters"],
    ["fr", "grappes d'entreprises"],
    ["de", "Cluster Entwicklung"],
    ["pl", "klastry"],
    ["pl", "klastrów"],
    ["it", "distretti industriali"],
    ["es", "agrupaciones empresariales"],
  ] as const;

  for (const [lang, q] of clusterQueries) {
    it(`"${q}" (${lang}) finds the cluster seeds and English CORDIS projects about clusters`, async () => {
      const result = await search(q);
      const acronyms = result.rows.map((r) => r.acronym);
      for (const seed of SEEDS_ON_CLUSTERS) expect(acronyms, `${q} → ${seed}`).toContain(seed);
      // The seeds are on the theme: they come first.
      expect(new Set(acronyms.slice(0, 5))).toEqual(new Set(SEEDS_ON_CLUSTERS));
      const cordis = result.rows.filter((r) => r.sourceId === "cordis-he" && /cluster/i.test(`${r.acronym} ${r.title}`));
      expect(cordis.length, `${q}: CORDIS projects about clusters`).toBeGreaterThanOrEqual(3);
      expect(result.matchedThemes.map((t) => t.label)).toContain("Clusters and economic cooperation");
    });
  }

  it('"innovazione PMI" (it) finds English projects on innovation in SMEs', async () => {
    const result = await search("innovazione PMI");
    const acronyms = result.rows.map((r) => r.acronym);
    expect(acronyms).toContain("INCLUD"); // "stimulate innovation as well as SMEs enhancement"
    expect(acronyms).toContain("CLOUD");
    expect(result.rows.some((r) => r.sourceId === "cordis-he" && /\bSMEs?\b/i.test(r.title ?? ""))).toBe(true);
    expect(result.matchedThemes.map((t) => t.label)).toEqual(expect.arrayContaining(["Research and innovation", "SMEs and entrepreneurship"]));
  });

  it('"przemysł drzewny" (pl) reaches the CORDIS projects tagged with forestry through the theme crosswalk', async () => {
    const result = await search("przemysł drzewny");
    expect(result.matchedThemes.map((t) => t.label)).toContain("Wood and furniture industry");
    // The hint says through which fields of science.
    expect(result.matchedThemes.find((t) => t.label === "Wood and furniture industry")!.linked.map((l) => l.label)).toContain("forestry");
    // Tagged forestry (EuroSciVoc), the crosswalk's concept for the KEEP theme; none of its words is about wood.
    expect(result.rows.map((r) => r.acronym)).toEqual(expect.arrayContaining(["AeroSTREAM", "SoilValues"]));
  });

  it("a KEEP theme chosen as a filter also lists the projects on the fields of science the crosswalk links to it, and back", async () => {
    const hint = (await search("przemysł drzewny")).matchedThemes.find((t) => t.label === "Wood and furniture industry")!;
    const forestry = hint.linked.find((l) => l.label === "forestry")!;
    // The notice's link: the KEEP theme, which no CORDIS project carries.
    const onWood = await searchProjectsWithFacets(demo.db, { ...parseProjectSearchState({ theme: String(hint.themeId) }), pageSize: 100 });
    expect(onWood.rows.map((r) => r.acronym)).toEqual(expect.arrayContaining(["AeroSTREAM", "SoilValues"]));
    expect(onWood.facets.theme.linked?.map((l) => l.label)).toContain("forestry");
    const onForestry = await searchProjectsWithFacets(demo.db, { ...parseProjectSearchState({ theme: String(forestry.id) }), pageSize: 100 });
    // Every forestry project is on the wood theme's list; the facets count that list.
    expect(onWood.total).toBeGreaterThanOrEqual(onForestry.total);
    expect(onWood.rows.map((r) => r.id)).toEqual(expect.arrayContaining(onForestry.rows.map((r) => r.id)));
    expect(onWood.facets.programme.reduce((n, v) => n + v.count, 0)).toBe(onWood.total);
    // Organisations too: those with a project on either.
    const orgs = await searchOrganisationsWithFacets(demo.db, parseOrganisationSearchState({ theme: String(hint.themeId) }));
    expect(orgs.total).toBeGreaterThan(0);
    expect(orgs.facets.theme.linked?.map((l) => l.label)).toContain("forestry");
    // A theme the crosswalk links to nothing filters by itself alone.
    const social = (await search("social sciences")).matchedThemes[0]!;
    expect((await searchProjectsWithFacets(demo.db, parseProjectSearchState({ theme: String(social.themeId) }))).facets.theme.linked).toBeUndefined();
  });

  it('"Holzcluster" and "Clusterförderung" (de), compounds the vocabulary lacks, find projects on both parts or on the first', async () => {
    // CLUSTERS-CORD is on clusters and on the wood industry (its themes): a project on both parts first.
    const wood = await search("Holzcluster");
    expect(wood.rows[0]!.acronym).toBe("CLUSTERS-CORD");
    expect(wood.matchedThemes.map((t) => t.label)).toEqual(expect.arrayContaining(["Wood and furniture industry", "Clusters and economic cooperation"]));
    // "Förderung" (support) names no subject: the cluster seeds, as for "Cluster".
    const support = await search("Clusterförderung");
    for (const seed of SEEDS_ON_CLUSTERS) expect(support.rows.map((r) => r.acronym), seed).toContain(seed);
    expect(support.partialMatch).toBeNull();
  });

  it('"desarrollo regional" (es) finds English projects on regional development', async () => {
    const result = await search("desarrollo regional");
    const acronyms = result.rows.map((r) => r.acronym);
    expect(acronyms).toEqual(expect.arrayContaining(["CLUSTERS-CORD", "POOLING4CLUSTERS"]));
    expect(result.rows.some((r) => r.sourceId === "cordis-he" && /regional/i.test(r.title ?? ""))).toBe(true);
  });

  for (const [lang, q] of [
    ["fr", "sciences sociales"],
    ["pl", "nauki społeczne"],
    ["de", "Sozialwissenschaften"],
  ] as const) {
    it(`"${q}" (${lang}) finds the English projects of the EuroSciVoc social sciences`, async () => {
      const result = await search(q, 500);
      expect(result.matchedThemes.map((t) => t.label)).toEqual(["social sciences"]);
      // Every project on the theme or below it, as the theme facet finds them.
      const onTheme = await searchProjectsWithFacets(demo.db, { ...parseProjectSearchState({ theme: String(result.matchedThemes[0]!.themeId) }), pageSize: 500 });
      expect(onTheme.total).toBeGreaterThan(10);
      expect(result.rows.map((r) => r.id)).toEqual(expect.arrayContaining(onTheme.rows.map((r) => r.id)));
    });
  }

  // Concepts deeper in EuroSciVoc (levels 4 and 5), named in each language by the shipped translations.
  for (const [concept, queries] of [
    ["innovation management", ["gestion de l'innovation", "Innovationsmanagement", "zarządzanie innowacjami", "gestione dell'innovazione", "gestión de la innovación"]],
    ["climatic changes", ["changements climatiques", "Klimawandel", "zmiany klimatu", "cambiamenti climatici", "cambio climático"]],
  ] as const) {
    for (const q of queries) {
      it(`"${q}" finds the English projects on the EuroSciVoc concept "${concept}"`, async () => {
        const result = await search(q, 500);
        const theme = result.matchedThemes.find((t) => t.label === concept);
        expect(theme, `${q} → ${concept}`).toBeDefined();
        const onTheme = await searchProjectsWithFacets(demo.db, { ...parseProjectSearchState({ theme: String(theme!.themeId) }), pageSize: 500 });
        expect(onTheme.total).toBeGreaterThanOrEqual(5);
        expect(result.rows.map((r) => r.id)).toEqual(expect.arrayContaining(onTheme.rows.map((r) => r.id)));
      });
    }
  }

  it("ranks an exact acronym first", async () => {
    for (const acronym of ["INCLUD", "CLOUD", "CLUSTERS-CORD", "POOLING4CLUSTERS", "InterregCluster"]) {
      expect((await search(acronym)).rows[0]?.acronym, acronym).toBe(acronym);
    }
  });

  it("counts facets that add up to the demo data", async () => {
    const all = await searchProjectsWithFacets(demo.db, parseProjectSearchState({}));
    expect(all.total).toBe(331);
    expect(all.facets.programme.reduce((n, v) => n + v.count, 0)).toBe(331);
    // An Interreg theme counts the seeds on it and the CORDIS projects on the fields of science the
    // crosswalk links to it or to a theme below it (entrepreneurship, innovation management…),
    // and lists what it counts.
    const business = all.facets.theme.values.find((v) => v.label === "Business, clusters and competitiveness")!;
    expect(business.count).toBeGreaterThan(5);
    const listed = await searchProjectsWithFacets(demo.db, { ...parseProjectSearchState({ theme: business.value }), pageSize: 500 });
    expect(listed.total).toBe(business.count);
    expect(listed.rows.filter((r) => r.sourceId === "keep").length).toBe(5);
    // Below it, each theme lists what its count says.
    for (const child of listed.facets.theme.values) {
      expect((await searchProjectsWithFacets(demo.db, parseProjectSearchState({ theme: child.value }))).total, child.label).toBe(child.count);
    }
    const interreg = all.facets.programme.filter((v) => v.group === "Interreg");
    expect(interreg.reduce((n, v) => n + v.count, 0)).toBe(5);
  });

  it("finds organisations by name without accents, never unnamed ones", async () => {
    const result = await searchOrganisationsWithFacets(demo.db, parseOrganisationSearchState({ q: "agencja rozwoju" }));
    const named = (r: { name: string | null; shortName: string | null }) => /agencja/i.test(`${r.name} ${r.shortName}`) && /rozwoju/i.test(`${r.name} ${r.shortName}`);
    expect(result.rows.filter(named).length).toBeGreaterThan(0);
    // Those named so first, then those whose projects match the words.
    const firstOther = result.rows.findIndex((r) => !named(r));
    if (firstOther >= 0) expect(result.rows.slice(firstOther).some(named)).toBe(false);
    // Typed without the accent: Piestańska.
    expect((await searchOrganisationsWithFacets(demo.db, parseOrganisationSearchState({ q: "piestanska" }))).rows.map((r) => r.name)).toEqual([
      "Piestańska Agencja Rozwoju Regionalnego TTSK",
    ]);
    const all = await searchOrganisationsWithFacets(demo.db, parseOrganisationSearchState({}));
    expect(all.rows.every((r) => r.name !== null)).toBe(true);
  });

  it('finds organisations by what they work on: "przemysł drzewny" (pl), each with its matching projects', async () => {
    const projectsFound = await search("przemysł drzewny");
    expect(projectsFound.total).toBeGreaterThan(0);
    expect(projectsFound.total).toBeLessThanOrEqual(100);
    // Each named participant of the projects the project search finds, with how many of them.
    const expected = new Map<number, number>();
    for (const p of projectsFound.rows) {
      const named = new Set((await getProject(demo.db, p.id))!.partners.filter((o) => o.name !== null).map((o) => o.organisationId));
      for (const id of named) expected.set(id, (expected.get(id) ?? 0) + 1);
    }
    const result = await searchOrganisationsWithFacets(demo.db, { ...parseOrganisationSearchState({ q: "przemysł drzewny" }), pageSize: 100 });
    expect(result.total).toBe(expected.size);
    // The first 100 of them, each with its count.
    expect(result.rows).toHaveLength(Math.min(100, expected.size));
    expect(result.rows.map((r) => [r.id, r.matchingProjects])).toEqual(result.rows.map((r) => [r.id, expected.get(r.id)]));
    expect(result.matchedThemes.map((t) => t.label)).toContain("Wood and furniture industry");
    // Its examples are among those projects.
    const found = new Set(projectsFound.rows.map((p) => p.id));
    expect(result.rows.every((r) => r.matchingExamples.length === Math.min(2, r.matchingProjects!) && r.matchingExamples.every((e) => found.has(e.id)))).toBe(true);
    // Most matching projects first (no name has the words).
    const matching = result.rows.map((r) => r.matchingProjects!);
    expect(matching).toEqual([...matching].sort((a, b) => b - a));
  });
});
