// What the search box offers while one types, over the demo knowledge base (the five KEEP seeds and
// the CORDIS sample, as a fresh install loads it).
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { parseProjectSearchState } from "@/lib/search/params";
import { suggestionQuery } from "@/lib/search/suggestions";
import { rowsOf } from "../rows";
import { organisationIdentifiers, organisations, participations, projects } from "../schema";
import { refreshProjectSearch } from "./refresh";
import { demoDatabase } from "../test-databases";
import { testEngine } from "../testing";
import { searchProjectsWithFacets } from "./projects";
import { searchSuggestions } from "./suggestions";

const demo = demoDatabase();

const suggest = (q: string, locale: "en" | "fr" | "de" | "pl" = "en") => searchSuggestions(demo.db, suggestionQuery(q)!, locale);

describe(`search suggestions over the demo data on ${testEngine}`, () => {
  it("offers the project whose acronym is the query first, then those whose acronym starts with it", async () => {
    expect((await suggest("clusters-cord")).projects[0]).toMatchObject({ acronym: "CLUSTERS-CORD", programme: { family: "Interreg" } });
    const { projects } = await suggest("clust");
    expect(projects.length).toBeGreaterThan(1);
    expect(projects.length).toBeLessThanOrEqual(5);
    for (const p of projects) expect(`${p.acronym} ${p.title}`.toLowerCase()).toContain("clust");
    // Acronyms that start with the query before those that only hold it ("POOLING4CLUSTERS").
    const starts = projects.map((p) => /^clust/i.test(p.acronym ?? ""));
    expect(starts[0]).toBe(true);
    expect(starts).toEqual([...starts].sort((a, b) => Number(b) - Number(a)));
  });

  it("offers named organisations holding every word, accents ignored, a name starting with the query first", async () => {
    const { organisations } = await suggest("agencja rozwoju");
    const names = organisations.map((o) => o.name);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(name.toLowerCase()).toMatch(/agencja.*rozwoju|rozwoju.*agencja/);
    // "Agencja Rozwoju …" before "Agencja Regionalnego Rozwoju …".
    const usti = names.indexOf("Agencja Regionalnego Rozwoju USTI REGION");
    const starting = names.findIndex((n) => n.toLowerCase().startsWith("agencja rozwoju"));
    expect(starting).toBeGreaterThanOrEqual(0);
    if (usti >= 0) expect(starting).toBeLessThan(usti);
    expect((await suggest("del alfoldi energia")).organisations[0]).toMatchObject({ name: "SHENA Dél-Alföldi Regionális Energia Ügynökség Nonprofit Kft.", countryCode: "HU" });
  });

  it("finds an organisation by its PIC, and never offers an unnamed one", async () => {
    const [named] = rowsOf<{ value: string; id: number }>(
      await demo.db.execute(sql`select i.value, o.id from organisation_identifiers i join organisations o on o.id = i.organisation_id
        where i.scheme = 'pic' and o.name is not null order by o.id limit 1`),
    );
    expect((await suggest(named!.value)).organisations[0]?.id).toBe(named!.id);
    // One known by its PIC only (as the Horizon 2020 skeleton's are), on a project, its name matching nothing either.
    const [unnamed] = await demo.db.insert(organisations).values({ name: null, type: "research_organisation", countryCode: "AT" }).returning({ id: organisations.id });
    await demo.db.insert(organisationIdentifiers).values({ organisationId: unnamed!.id, scheme: "pic", value: "999000111" });
    const [project] = await demo.db.select({ id: projects.id }).from(projects).where(eq(projects.acronym, "CLUSTERS-CORD"));
    await demo.db.insert(participations).values({ projectId: project!.id, organisationId: unnamed!.id, role: "partner" });
    await refreshProjectSearch(demo.db);
    expect((await suggest("999000111")).organisations).toEqual([]);
  });

  it("offers themes by a name in any language, shown in the reader's", async () => {
    const [english] = (await suggest("klast")).themes;
    expect(english).toMatchObject({ label: "Clusters and economic cooperation", scheme: "keep", matched: "Klastry i współpraca gospodarcza" });
    expect(english!.parent).toBeTruthy();
    const [polish] = (await suggest("klast", "pl")).themes;
    expect(polish).toMatchObject({ id: english!.id, label: "Klastry i współpraca gospodarcza", matched: null });
    const [french] = (await suggest("grappes", "fr")).themes;
    expect(french).toMatchObject({ id: english!.id, label: "Clusters et coopération économique", matched: "grappes d'entreprises" });
  });

  it("finds a project by its CORDIS grant or record number, in the offers and in the project search", async () => {
    for (const source of ["cordis-he", "cordis-h2020"]) {
      const [project] = await demo.db.select({ id: projects.id, number: projects.externalId }).from(projects).where(eq(projects.sourceId, source)).limit(1);
      expect((await suggest(project!.number)).projects[0]?.id, source).toBe(project!.id);
      const found = await searchProjectsWithFacets(demo.db, parseProjectSearchState({ q: project!.number }));
      expect(found.rows[0]?.id, source).toBe(project!.id);
    }
    expect((await searchProjectsWithFacets(demo.db, parseProjectSearchState({ q: "999999999" }))).total).toBe(0);
  });

  it("offers nothing of a kind that has nothing", async () => {
    expect(await suggest("zzqxw")).toEqual({ projects: [], organisations: [], themes: [] });
  });
});
