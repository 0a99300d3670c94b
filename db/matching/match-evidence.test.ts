// The projects a match card shows back its reasons (lib/matching/evidence): an organisation with
// more projects on the asked theme than the card shows, which led an older one, shows that one when
// a reason says "coordinated 1 relevant project" — which counts the consortia it led, not a project
// it had alone; and a project that only the description finds is shown when a reason names it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { participations, projects, projectThemes, themes } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { findMatches } from "./find-matches";

let handle: DatabaseHandle;
let f: Fixture;
let clusters: number;
const made: Record<string, number> = {};
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  clusters = (await db.select({ id: themes.id, code: themes.code }).from(themes)).find((t) => t.code === "keep/economy/clusters")!.id;
  // Lonely Foundation: partner in three recent cluster projects, coordinator of an older one, and
  // partner in a project on wood furniture without a theme.
  const rows = await db
    .insert(projects)
    .values([
      ["OLDCLU", "Regional policy learning", "2005-01-01"],
      ["CLU-A", "Cluster internationalisation", "2019-01-01"],
      ["CLU-B", "Cluster excellence", "2020-01-01"],
      ["CLU-C", "Cluster managers academy", "2021-01-01"],
      ["TIMBER", "Timber furniture design", "2018-01-01"],
      ["SOLO", "Cluster policy fellowship", "2022-01-01"],
    ].map(([acronym, title, startDate], i) => ({
      // SOLO is a research grant held alone (an Interreg project is always a partnership, even when listed with its lead partner only).
      ...(acronym === "SOLO" ? { sourceId: "cordis-he", programmeId: f.programmes.horizon } : { sourceId: "keep", programmeId: f.programmes.cadses }),
      externalId: `evidence-${i}`, acronym, title, startDate, description: title,
    })))
    .returning({ id: projects.id, acronym: projects.acronym });
  for (const r of rows) made[r.acronym!] = r.id;
  const lonelyIn = rows.filter((r) => r.acronym !== "SOLO");
  await db.insert(participations).values(lonelyIn.map((r) => ({ projectId: r.id, organisationId: f.organisations.lonely, role: r.acronym === "OLDCLU" ? "coordinator" as const : "partner" as const, position: 1 })));
  // OLDCLU was a consortium (Regione Marche took part); SOLO, Cluster_Tech's alone, was not.
  await db.insert(participations).values([
    { projectId: made.OLDCLU!, organisationId: f.organisations.marche, role: "partner", position: 2 },
    { projectId: made.SOLO!, organisationId: f.organisations.sme, role: "coordinator", position: 1 },
  ]);
  await db.insert(projectThemes).values(["OLDCLU", "CLU-A", "CLU-B", "CLU-C", "SOLO"].map((a) => ({ projectId: made[a]!, themeId: clusters })));
  await refreshProjectSearch(db);
});
afterAll(async () => handle?.close());

describe(`the projects a match shows on ${testEngine}`, () => {
  it("include the relevant project it coordinated when a reason says so", async () => {
    // The three recent projects share the description's word: they come first, yet the card shows the coordinated one.
    const lonely = (await findMatches(handle.db, { themeIds: [clusters], text: "cluster" })).find((m) => m.organisationId === f.organisations.lonely)!;
    expect(lonely.reasons).toContain("coordinated 1 relevant project on Clusters");
    const shown = lonely.evidence.projects.map((p) => p.acronym);
    expect(shown).toHaveLength(3);
    expect(shown).toContain("OLDCLU");
    expect(lonely.evidence.projects.find((p) => p.acronym === "OLDCLU")!.role).toBe("coordinator");
  });

  it("count as coordinated only the consortia it led, not a project it had alone", async () => {
    for (const text of [undefined, "cluster policy"]) {
      const sme = (await findMatches(handle.db, { themeIds: [clusters], text })).find((m) => m.organisationId === f.organisations.sme)!;
      expect(sme.reasons.join(" | ")).not.toMatch(/coordinated \d+ relevant/);
      expect(sme.reasons).toContain("past projects on Clusters");
      // Nor in its record: "2 projects in all, latest started 2022" (migration 0027).
      expect(sme.reasons.join(" | ")).not.toContain("coordinated");
      expect(sme.reasons.join(" | ")).toContain("2 projects in all");
    }
  });

  it("say which asked theme each shown project is on, and who held a grant alone", async () => {
    const matches = await findMatches(handle.db, { themeIds: [clusters] });
    const lonely = matches.find((m) => m.organisationId === f.organisations.lonely)!;
    for (const p of lonely.evidence.projects) expect(p.themes).toEqual([{ id: clusters, label: "Clusters" }]);
    expect(lonely.evidence.projects.find((p) => p.acronym === "OLDCLU")).not.toHaveProperty("soleBeneficiary");
    const solo = matches.find((m) => m.organisationId === f.organisations.sme)!.evidence.projects.find((p) => p.acronym === "SOLO")!;
    expect(solo).toMatchObject({ role: "coordinator", soleBeneficiary: true, themes: [{ id: clusters, label: "Clusters" }] });
    // TIMBER has no theme: found by the text alone, it names none.
    const byText = (await findMatches(handle.db, { themeIds: [clusters], text: "sawmills, carpentry, joinery and timber" })).find((m) => m.organisationId === f.organisations.lonely)!;
    expect(byText.evidence.projects.find((p) => p.acronym === "TIMBER")).not.toHaveProperty("themes");
  });

  it("say which shown projects the requester took part in", async () => {
    // Regione Marche took part in OLDCLU, none of Lonely Foundation's other projects.
    const lonely = (await findMatches(handle.db, { themeIds: [clusters], requesterOrganisationId: f.organisations.marche })).find((m) => m.organisationId === f.organisations.lonely)!;
    expect(lonely.reasons[0]).toBe("worked with you on 1 project");
    const shown = lonely.evidence.projects;
    expect(shown.find((p) => p.acronym === "OLDCLU")).toMatchObject({ withRequester: true });
    expect(shown.filter((p) => p.acronym !== "OLDCLU").length).toBeGreaterThan(0);
    for (const p of shown.filter((x) => x.acronym !== "OLDCLU")) expect(p).not.toHaveProperty("withRequester");
  });

  it("include a project close to the description when a reason names it", async () => {
    // TIMBER shares one word of four, and ranks below the three examples of the asked theme.
    const lonely = (await findMatches(handle.db, { themeIds: [clusters], text: "sawmills, carpentry, joinery and timber" })).find((m) => m.organisationId === f.organisations.lonely)!;
    expect(lonely.reasons.find((r) => r.startsWith("past projects close to your description"))).toContain("TIMBER");
    const shown = lonely.evidence.projects.map((p) => p.acronym);
    expect(shown).toHaveLength(3);
    expect(shown).toContain("TIMBER");
    expect(shown).toContain("OLDCLU");
    expect(lonely.evidence.projects.find((p) => p.acronym === "TIMBER")!.descriptionWords).toEqual(["timber"]);
  });

  it("name first, among the projects close to the description, those the card shows", async () => {
    const lonely = (await findMatches(handle.db, { themeIds: [clusters], text: "cluster" })).find((m) => m.organisationId === f.organisations.lonely)!;
    // The three recent cluster projects match the text best, but the card shows the consortium it
    // led (OLDCLU, on the theme "Clusters", which the text's word finds too) in the place of one:
    // the reason names the three shown, so that each can be opened.
    const close = lonely.explanations!.find((e) => e.kind === "closeToDescription");
    const shown = lonely.evidence.projects.map((p) => p.acronym);
    expect(shown).toContain("OLDCLU");
    expect(close).toMatchObject({ projects: shown });
    expect(lonely.reasons).toContain(`past projects close to your description: ${shown[0]} (cluster), ${shown[1]} (cluster) and ${shown[2]} (cluster)`);
  });

  it("count a consortium on two asked themes once, and say only what the counts hold", async () => {
    // OLDCLU, the one consortium Lonely Foundation led, is also on a second asked theme: counted by both themes.
    const [innovation] = await handle.db
      .insert(themes)
      .values({ scheme: "keep", code: "keep/economy/innovation-test", parentId: (await handle.db.select({ id: themes.id, code: themes.code }).from(themes)).find((t) => t.code === "keep/economy")!.id, label: "Innovation test", path: "/Economy/Innovation test", level: 2 })
      .returning({ id: themes.id });
    await handle.db.insert(projectThemes).values({ projectId: made.OLDCLU!, themeId: innovation!.id });
    await refreshProjectSearch(handle.db);
    const lonely = (await findMatches(handle.db, { themeIds: [clusters, innovation!.id] })).find((m) => m.organisationId === f.organisations.lonely)!;
    expect(lonely.reasons).toContain("coordinated 1 relevant project on Clusters and Innovation test");
  });
});
