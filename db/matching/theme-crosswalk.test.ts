// Matching across the two theme vocabularies: a member picks KEEP (Interreg) themes, CORDIS tags its
// projects with EuroSciVoc concepts; the crosswalk (lib/matching/theme-crosswalk.ts) joins them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { seedFixture, type Fixture } from "../queries/test-fixtures";
import { projectThemes, themes } from "../schema";
import { refreshProjectSearch } from "../search/refresh";
import { createTestDatabase, testEngine } from "../testing";
import { findMatches } from "./find-matches";

let handle: DatabaseHandle;
let f: Fixture;
let keepRenewable: number;
let esvRenewable: number;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const db = handle.db;
  const [energy] = await db.insert(themes).values({ scheme: "keep", code: "keep/energy", label: "Energy", path: "/Energy", level: 1 }).returning({ id: themes.id });
  const [keepChild] = await db.insert(themes)
    .values({ scheme: "keep", code: "keep/energy/renewable", parentId: energy!.id, label: "Renewable energy sources", path: "/Energy/Renewable energy sources", level: 2 })
    .returning({ id: themes.id });
  keepRenewable = keepChild!.id;
  // EuroSciVoc as CORDIS gives it: engineering and technology / environmental engineering / energy and fuels / renewable energy.
  let parentId: number | null = null;
  const chain = [["/25", "engineering and technology"], ["/25/67", "environmental engineering"], ["/25/67/425", "energy and fuels"], ["/25/67/425/1169", "renewable energy"]] as const;
  const ids: number[] = [];
  for (const [level, [code, label]] of chain.entries()) {
    const rows: { id: number }[] = await db.insert(themes).values({ scheme: "euroscivoc", code, label, path: `/${label}`, level: level + 1, parentId }).returning({ id: themes.id });
    parentId = rows[0]!.id;
    ids.push(parentId);
  }
  esvRenewable = ids[3]!;
  await db.insert(projectThemes).values([
    { projectId: f.projects.greenGrid, themeId: esvRenewable }, // TU Wien (coordinator), BEP
    { projectId: f.projects.cloud, themeId: keepRenewable }, // Regione Marche (coordinator), BEP
    { projectId: f.projects.includ, themeId: ids[2]! }, // energy and fuels, the concept's parent: BEP, Regione Marche, Cluster_Tech
  ]);
  await refreshProjectSearch(handle.db);
});
afterAll(async () => handle?.close());

const byId = (matches: Awaited<ReturnType<typeof findMatches>>) => new Map(matches.map((m) => [m.organisationId, m]));

describe(`the theme crosswalk in findMatches on ${testEngine}`, () => {
  it("finds the CORDIS projects on the EuroSciVoc concept of an asked KEEP theme, and says which", async () => {
    const matches = byId(await findMatches(handle.db, { themeIds: [keepRenewable] }));
    const tuv = matches.get(f.organisations.tuv);
    expect(tuv, "TU Wien coordinated a project tagged renewable energy (EuroSciVoc)").toBeDefined();
    expect(tuv!.signals.themes).toBeGreaterThan(0);
    expect(tuv!.reasons).toContain("coordinated 1 relevant project on renewable energy");
    expect(tuv!.evidence.projects.map((p) => p.acronym)).toContain("GREENGRID");
    // The KEEP project on the theme itself still counts.
    expect(matches.get(f.organisations.marche)!.reasons).toContain("coordinated 1 relevant project on Renewable energy sources");
    // Not the concept's parent: a project on "energy and fuels" is not one on renewable energy.
    expect(matches.has(f.organisations.sme)).toBe(false);
  });

  it("finds the KEEP projects on the KEEP themes of an asked EuroSciVoc concept", async () => {
    const matches = byId(await findMatches(handle.db, { themeIds: [esvRenewable] }));
    // The asked concept's parent is named too where a project has it (energy and fuels).
    expect(matches.get(f.organisations.tuv)!.reasons[0]).toMatch(/^coordinated 1 relevant project on renewable energy\b/);
    expect(matches.get(f.organisations.marche)!.reasons[0]).toMatch(/^coordinated 1 relevant project on Renewable energy sources\b/);
    // An asked concept's parent counts partly, as before: Cluster_Tech's project on energy and fuels.
    const sme = matches.get(f.organisations.sme)!;
    expect(sme.signals.themes).toBeGreaterThan(0);
    expect(sme.signals.themes).toBeLessThan(matches.get(f.organisations.tuv)!.signals.themes);
  });
});
