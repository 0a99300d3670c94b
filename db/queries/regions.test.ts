import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { rowsOf } from "../rows";
import { createTestDatabase, testEngine } from "../testing";
import { countSelectionActivity } from "./activity";
import { countProjectsByPart, countProjectsByTheme, countRegionalParticipation, countRegionalProjects, getPlaceNames } from "./regions";
import { seedFixture, type Fixture } from "./test-fixtures";

let handle: DatabaseHandle;
let f: Fixture;
let themeIds: { economy: number; clusters: number };
let partId: number;
beforeAll(async () => {
  handle = await createTestDatabase();
  f = await seedFixture(handle.db);
  const themes = rowsOf<{ id: number; code: string }>(await handle.db.execute(sql`select id, code from themes`));
  themeIds = {
    economy: themes.find((t) => t.code === "keep/economy")!.id,
    clusters: themes.find((t) => t.code === "keep/economy/clusters")!.id,
  };
  partId = Number(rowsOf<{ id: number }>(await handle.db.execute(sql`select id from programme_parts`))[0]!.id);
});
afterAll(async () => handle?.close());

const byCode = <R extends { code: string | null }>(rows: R[]): R[] => [...rows].sort((a, b) => (a.code ?? "").localeCompare(b.code ?? ""));

describe(`regional counts on ${testEngine}`, () => {
  it("counts every listed project's partners by country, each project and partner once per country", async () => {
    const rows = await countRegionalParticipation(handle.db, {});
    // The skeleton project (no acronym, no title) is not listed, so TU Wien counts one project, not two.
    expect(byCode(rows)).toEqual([
      { code: "AT", projects: 1, organisations: 1, participations: 1 },
      { code: "BE", projects: 3, organisations: 1, participations: 3 },
      { code: "DE", projects: 1, organisations: 1, participations: 1 },
      { code: "FR", projects: 1, organisations: 1, participations: 1 },
      { code: "IT", projects: 2, organisations: 1, participations: 2 },
    ]);
    expect(await countRegionalProjects(handle.db, {})).toBe(3);
  });

  it("narrows to a theme with its sub-themes, and to a programme part", async () => {
    const economy = await countRegionalParticipation(handle.db, { themeId: themeIds.economy });
    expect(byCode(economy).map((r) => [r.code, r.projects])).toEqual([["BE", 1], ["DE", 1], ["IT", 1]]);
    expect(await countRegionalProjects(handle.db, { themeId: themeIds.economy })).toBe(1);
    const part = await countRegionalParticipation(handle.db, { programmeId: f.programmes.horizon, partId });
    expect(byCode(part).map((r) => r.code)).toEqual(["AT", "BE", "FR"]);
    expect(await countRegionalParticipation(handle.db, { programmeId: f.programmes.cadses, partId })).toEqual([]);
  });

  it("drills down the NUTS levels of a country, with partners not located that far in a row of their own", async () => {
    expect(await countRegionalParticipation(handle.db, {}, "BE")).toEqual([{ code: "BE3", projects: 3, organisations: 1, participations: 3 }]);
    expect(await countRegionalParticipation(handle.db, {}, "BE3")).toEqual([{ code: "BE35", projects: 3, organisations: 1, participations: 3 }]);
    expect(await countRegionalParticipation(handle.db, {}, "BE35")).toEqual([{ code: "BE352", projects: 3, organisations: 1, participations: 3 }]);
    // Regione Marche's code is NUTS 2 (ITI3): it has no NUTS-3 region.
    expect(await countRegionalParticipation(handle.db, {}, "ITI3")).toEqual([{ code: null, projects: 2, organisations: 1, participations: 2 }]);
    // The SME has no NUTS code at all.
    expect(await countRegionalParticipation(handle.db, {}, "DE")).toEqual([{ code: null, projects: 1, organisations: 1, participations: 1 }]);
    expect(await countRegionalParticipation(handle.db, { programmeId: f.programmes.horizon }, "IT")).toEqual([]);
  });

  it("counts the next level of themes and the programme's parts for the pickers", async () => {
    const themes = await countProjectsByTheme(handle.db, {}, [themeIds.economy, themeIds.clusters]);
    expect(Object.fromEntries(themes)).toEqual({ [themeIds.economy]: 1, [themeIds.clusters]: 1 });
    expect((await countProjectsByTheme(handle.db, { programmeId: f.programmes.horizon }, [themeIds.economy])).size).toBe(0);
    expect(Object.fromEntries(await countProjectsByPart(handle.db, { programmeId: f.programmes.horizon, partId }))).toEqual({ [partId]: 1 });
    expect((await countProjectsByPart(handle.db, {})).size).toBe(0);
  });

  it("names countries in the interface language, with their ISO number, and NUTS regions", async () => {
    const names = await getPlaceNames(handle.db, ["BE", "DE", "BE3", "ITI3", "ZZ9"], "fr");
    expect(names.get("BE")).toEqual({ code: "BE", name: "Belgique", isoNumeric: "056" });
    expect(names.get("DE")!.name).toBe("Allemagne");
    expect(names.get("BE3")!.name).toMatch(/wallon/i);
    expect(names.get("ITI3")!.name).toBe("Marche");
    expect(names.has("ZZ9")).toBe(false);
    expect((await getPlaceNames(handle.db, ["DE"], "xx")).get("DE")!.name).toBe("Germany");
  });

  it("counts the selection's projects per year, narrowed to a place at any level", async () => {
    const all = await countSelectionActivity(handle.db, {});
    expect(all.map((c) => c.year).sort()).toEqual([2002, 2012, 2023]);
    const inMarche = await countSelectionActivity(handle.db, { place: "ITI3" });
    expect(inMarche.map((c) => c.year).sort()).toEqual([2002, 2012]);
    const inAustria = await countSelectionActivity(handle.db, { place: "AT", programmeId: f.programmes.horizon, partId });
    expect(inAustria).toEqual([{ year: 2023, family: "Horizon Europe", projects: 1 }]);
    expect(await countSelectionActivity(handle.db, { themeId: themeIds.clusters, place: "AT" })).toEqual([]);
  });
});
