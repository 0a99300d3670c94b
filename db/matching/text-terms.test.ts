// A long description looks for past projects with its rare words: an organisation with one
// project on what the text is about comes before one with many on its common words, and before
// one whose project shares only the words that say what is asked for and where.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { rowsOf } from "../rows";
import { organisations, participations, projects } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { findMatches } from "./find-matches";
import { prelude } from "./prelude";

let handle: DatabaseHandle;
let f: Fixture;
let busy: number;
let sawmills: number;
let peat: number;
let networking: number;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  [{ id: busy }, { id: sawmills }, { id: peat }, { id: networking }] = await db
    .insert(organisations)
    .values([
      { name: "Busy Innovation Institute", type: "research_organisation", countryCode: "NL" },
      { name: "Timber Valley Sawmill Network", type: "cluster_organisation", countryCode: "AT" },
      { name: "Bog Research Station", type: "research_organisation", countryCode: "EE" },
      { name: "Proposal Writing Partnership", type: "association_ngo", countryCode: "FI" },
    ])
    .returning({ id: organisations.id }) as [{ id: number }, { id: number }, { id: number }, { id: number }];
  // Thirty projects on innovation support for SMEs, one on sawmills in a timber cluster.
  const common = await db
    .insert(projects)
    .values(Array.from({ length: 30 }, (_, i) => ({
      sourceId: "keep", externalId: `busy-${i}`, acronym: `BUSY${i}`, title: `Innovation support services for SMEs, round ${i}`,
      programmeId: f.programmes.cadses, language: "en",
    })))
    .returning({ id: projects.id });
  const [timber] = await db
    .insert(projects)
    .values({ sourceId: "keep", externalId: "timber-1", acronym: "TIMBERNET", title: "Sawmills of a timber cluster going digital", programmeId: f.programmes.cadses, language: "en" })
    .returning({ id: projects.id });
  // One project on peatlands; one that shares only the words of asking ("looking", "partners",
  // "proposal", "consortium") and a country's name with the query below.
  const [bog, asking, nations, generic, crossBorder] = await db
    .insert(projects)
    .values([
      { sourceId: "keep", externalId: "bog-1", acronym: "PEATREST", title: "Peatland restoration for carbon storage", programmeId: f.programmes.cadses, language: "en" },
      { sourceId: "keep", externalId: "ask-1", acronym: "FINPROP", title: "Finland looking for partners: proposal and consortium building", programmeId: f.programmes.cadses, language: "en" },
      // Shares only nationality adjectives and a short country name with the query of the place test.
      { sourceId: "keep", externalId: "ask-2", acronym: "CZFIN", title: "Finnish and Czech exchange days held in Czechia", programmeId: f.programmes.cadses, language: "en" },
      // Shares only function words PostgreSQL's English stop list lacks with the query of the generic test.
      { sourceId: "keep", externalId: "ask-3", acronym: "YOUTHX", title: "Together across generations: youth work within cities", programmeId: f.programmes.cadses, language: "en" },
      // Shares only "cross-border" with the query of the generic test: the form of cooperation asked for.
      { sourceId: "keep", externalId: "ask-4", acronym: "XBHEALTH", title: "Cross-border health threats", programmeId: f.programmes.cadses, language: "en" },
    ])
    .returning({ id: projects.id });
  await db.insert(participations).values([
    ...common.map((p) => ({ projectId: p.id, organisationId: busy, role: "coordinator" as const, position: 1 })),
    { projectId: timber!.id, organisationId: sawmills, role: "coordinator", position: 1 },
    { projectId: bog!.id, organisationId: peat, role: "coordinator", position: 1 },
    { projectId: asking!.id, organisationId: networking, role: "coordinator", position: 1 },
    { projectId: nations!.id, organisationId: networking, role: "coordinator", position: 1 },
    { projectId: generic!.id, organisationId: networking, role: "coordinator", position: 1 },
    { projectId: crossBorder!.id, organisationId: networking, role: "coordinator", position: 1 },
  ]);
  await refreshProjectSearch(db);
});
afterAll(async () => handle?.close());

describe(`text terms on ${testEngine}`, () => {
  it("counts the projects of every word of the projects' text", async () => {
    const counts = rowsOf<{ word: string; ndoc: number; docs: number }>(
      await handle.db.execute(sql`select word, ndoc, docs from search_lexicon where word in ('sawmil', 'innov', 'timber')`),
    );
    const byWord = Object.fromEntries(counts.map((c) => [c.word, Number(c.ndoc)]));
    expect(byWord).toEqual({ sawmil: 1, innov: 30, timber: 1 });
    expect(Number(counts[0]!.docs)).toBe(39); // INCLUD, CLOUD, GREENGRID and the 36 above
  });

  it("marks the words of the countries' names", async () => {
    const rows = rowsOf<{ word: string; place: boolean }>(
      await handle.db.execute(sql`select word, place from search_lexicon where word in ('finland', 'peatland', 'look') order by word`),
    );
    expect(rows).toEqual([
      { word: "finland", place: true },
      { word: "look", place: false },
      { word: "peatland", place: false },
    ]);
  });

  it("does not look for projects with the words of asking or of places", async () => {
    const text = "We are looking for partners in Finland for a consortium and a proposal on peatland restoration";
    const matches = await findMatches(handle.db, { text });
    expect(matches[0]!.organisationId).toBe(peat);
    // Named with the description's words it has, as the user wrote them.
    expect(matches[0]!.reasons).toContain("past projects close to your description: PEATREST (peatland, restoration)");
    // The evidence's past projects carry those words too (the match card shows them).
    expect(matches[0]!.evidence.projects.map((p) => [p.acronym, p.descriptionWords])).toEqual([["PEATREST", ["peatland", "restoration"]]]);
    // FINPROP has five of the text's words, none of them about its subject.
    expect(matches.find((m) => m.organisationId === networking)?.signals.text ?? 0).toBe(0);
  });

  it("does not look for projects with nationality adjectives or short country names", async () => {
    const matches = await findMatches(handle.db, { text: "Finnish or Czech partners for peatland restoration in Czechia" });
    expect(matches[0]!.organisationId).toBe(peat);
    expect(matches.find((m) => m.organisationId === networking)?.signals.text ?? 0).toBe(0);
  });

  it("does not look for projects with function words the stop list lacks (across, within, together), nor with the form of cooperation (cross-border)", async () => {
    const matches = await findMatches(handle.db, { text: "Cross-border peatland restoration across wetlands, together with bog researchers, within the Baltic states" });
    expect(matches[0]!.organisationId).toBe(peat);
    expect(matches[0]!.reasons).toContain("past projects close to your description: PEATREST (peatland, restoration)");
    // YOUTHX shares "together", "across" and "within" with the text, XBHEALTH "cross-border": nothing they are about.
    expect(matches.find((m) => m.organisationId === networking)?.signals.text ?? 0).toBe(0);
  });

  it("ranks the organisation whose project is about the description's rare words first, and not the one with many on its common words", async () => {
    const text = "We look for partners with innovation support experience for SMEs: sawmills in a timber cluster going digital";
    const matches = await findMatches(handle.db, { text });
    expect(matches[0]!.organisationId).toBe(sawmills);
    // Rarest first: here every word is in one project, so in alphabetical order, three of them.
    expect(matches[0]!.reasons).toContain("past projects close to your description: TIMBERNET (digital, going, sawmills, …)");
    // Its thirty projects share only common words ("innovation", "support", "SMEs"): no text match.
    const other = matches.find((m) => m.organisationId === busy);
    expect(other?.signals.text ?? 0).toBe(0);
  });

  it("looks first with the word the text repeats, counted by its stem", async () => {
    // "sawmills" and "sawmill" are one stem used twice; every word here is in one project.
    const text = "Sawmills going digital: the timber cluster of a sawmill";
    const { textTerms } = await handle.db.transaction((tx) => prelude(tx, { text }));
    expect(textTerms[0]).toBe("sawmil");
    expect([...textTerms].sort()).toEqual(["cluster", "digit", "go", "sawmil", "timber"]);
  });

  it("gives no description words without a text", async () => {
    // The fixture's organisations with projects on clusters come with those projects as evidence.
    const [clusters] = rowsOf<{ id: number }>(await handle.db.execute(sql`select id from themes where code = 'keep/economy/clusters'`));
    const matches = await findMatches(handle.db, { themeIds: [Number(clusters!.id)] });
    const shown = matches.flatMap((m) => m.evidence.projects);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((p) => p.descriptionWords === undefined)).toBe(true);
  });

  it("still finds projects when every word of the text is common", async () => {
    const matches = await findMatches(handle.db, { text: "innovation support services" });
    expect(matches[0]!.organisationId).toBe(busy);
    expect(matches[0]!.signals.text).toBeGreaterThan(0);
  });
});
