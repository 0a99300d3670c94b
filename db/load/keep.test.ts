import { and, asc, count, eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { importKeepFile, readKeepFile, loadKeepProjects, loadKeepThemes } from "./keep";
import { loadReferenceData } from "./reference";
import { DATA_SOURCES } from "@/lib/importers/sources";
import type { DatabaseHandle } from "../index";
import {
  organisationIdentifiers,
  organisations,
  participations,
  programmeParts,
  programmes,
  projectThemes,
  projects,
  themeLabels,
  themes,
} from "../schema";
import { createTestDatabase, testEngine } from "../testing";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadReferenceData(handle.db);
});
afterAll(async () => handle?.close());

const SEED_COUNTS = { projects: 5, organisations: 13, participations: 13, themes: 42 };

async function tableCounts() {
  const db = handle.db;
  const n = async (q: Promise<{ n: number }[]>) => (await q)[0]!.n;
  return {
    // What the loader wrote (the reference data brings the current Interreg programmes).
    programmes: await n(db.select({ n: count() }).from(programmes).where(ne(programmes.sourceId, DATA_SOURCES.interregProgrammes.id))),
    projects: await n(db.select({ n: count() }).from(projects)),
    organisations: await n(db.select({ n: count() }).from(organisations)),
    identifiers: await n(db.select({ n: count() }).from(organisationIdentifiers)),
    participations: await n(db.select({ n: count() }).from(participations)),
    projectThemes: await n(db.select({ n: count() }).from(projectThemes)),
    themes: await n(db.select({ n: count() }).from(themes)),
    labels: await n(db.select({ n: count() }).from(themeLabels)),
  };
}

async function projectByExternalId(externalId: string) {
  const [row] = await handle.db
    .select()
    .from(projects)
    .where(and(eq(projects.sourceId, "keep"), eq(projects.externalId, externalId)));
  return row!;
}

async function partnersOf(projectId: number) {
  return handle.db
    .select({ name: organisations.name, country: organisations.countryCode, city: organisations.city, role: participations.role, position: participations.position, type: organisations.type })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(eq(participations.projectId, projectId))
    .orderBy(asc(participations.position));
}

async function themeCodesOf(projectId: number) {
  const rows = await handle.db
    .select({ code: themes.code })
    .from(projectThemes)
    .innerJoin(themes, eq(themes.id, projectThemes.themeId))
    .where(eq(projectThemes.projectId, projectId))
    .orderBy(asc(themes.code));
  return rows.map((r) => r.code);
}

describe(`KEEP themes and seed projects on ${testEngine}`, () => {
  it("refuses projects whose themes are not loaded, writing nothing", async () => {
    await expect(loadKeepProjects(handle.db)).rejects.toThrow(/run loadKeepThemes first/);
    const counts = await tableCounts();
    expect(counts).toMatchObject({ projects: 0, organisations: 0, programmes: 0 });
  });

  it("loads the vocabulary with parents, levels, paths and six languages", async () => {
    expect(await loadKeepThemes(handle.db)).toEqual({ themes: 71, labels: 426, written: 71 + 426, themesWritten: 71 });
    const [clusters] = await handle.db.select().from(themes).where(and(eq(themes.scheme, "keep"), eq(themes.code, "keep/economy/clusters")));
    const [economy] = await handle.db.select().from(themes).where(and(eq(themes.scheme, "keep"), eq(themes.code, "keep/economy")));
    expect(economy).toMatchObject({ parentId: null, level: 1, path: "/Business, clusters and competitiveness" });
    expect(clusters).toMatchObject({
      parentId: economy!.id,
      level: 2,
      label: "Clusters and economic cooperation",
      path: "/Business, clusters and competitiveness/Clusters and economic cooperation",
    });
    const labels = await handle.db.select().from(themeLabels).where(eq(themeLabels.themeId, clusters!.id)).orderBy(asc(themeLabels.lang));
    expect(labels.map((l) => l.lang)).toEqual(["de", "en", "es", "fr", "it", "pl"]);
    const pl = labels.find((l) => l.lang === "pl")!;
    expect(pl.label).toBe("Klastry i współpraca gospodarcza");
    expect(pl.synonyms).toContain("klastry");
    expect(labels.find((l) => l.lang === "fr")!.synonyms).toContain("grappes d'entreprises");
  });

  it("finds a theme by a Polish synonym", async () => {
    const rows = await handle.db
      .select({ code: themes.code })
      .from(themeLabels)
      .innerJoin(themes, eq(themes.id, themeLabels.themeId))
      .where(and(eq(themeLabels.lang, "pl"), sql`'klastry' = any(${themeLabels.synonyms})`));
    expect(rows.map((r) => r.code)).toContain("keep/economy/clusters");
  });

  it("loads the five seed projects", async () => {
    expect(await loadKeepProjects(handle.db)).toEqual(SEED_COUNTS);
  });

  it("keeps INCLUD's facts as the page prints them", async () => {
    const includ = await projectByExternalId("seed-includ");
    expect(includ).toMatchObject({
      acronym: "INCLUD",
      title: "Industrial Cluster Development",
      startDate: "2002-11-30",
      endDate: "2004-12-30",
      status: "finished",
      cofinancingRate: "43.80",
      totalBudget: "1200000.00",
      euContribution: null,
      partnerCount: 11,
      language: "en",
    });
    expect(includ.description).toMatch(/^According to EU countries experience/);
    expect(includ.description).not.toContain("Expected Results");
    expect(includ.expectedResults).toMatch(/^The general effect of INCLUD .* job opportunities and economic growth\.$/);
    const [programme] = await handle.db.select().from(programmes).where(eq(programmes.id, includ.programmeId));
    expect(programme).toMatchObject({ code: "INTERREG-IIIB-CADSES", name: "Cadses", family: "Interreg", period: "2000-2006", startYear: 2000, endYear: 2006, sourceId: "keep" });
    expect(await themeCodesOf(includ.id)).toEqual(expect.arrayContaining(["keep/economy/clusters", "keep/economy/sme"]));
  });

  it("keeps the other seeds' money, dates, programmes and language", async () => {
    const cloud = await projectByExternalId("seed-cloud");
    expect(cloud).toMatchObject({ cofinancingRate: "85.00", totalBudget: "1342357.00", startDate: "2012-09-30", endDate: "2014-09-29", partnerCount: 10 });
    expect(cloud.achievements).toMatch(/^The project “CLOUD - Clusters’ Orientation/);
    const ic = await projectByExternalId("seed-interregcluster");
    expect(ic).toMatchObject({ cofinancingRate: "81.70", totalBudget: "49562.63", startDate: "2012-01-31", endDate: "2013-01-30", partnerCount: 1 });
    const [huro] = await handle.db.select().from(programmes).where(eq(programmes.id, ic.programmeId));
    expect(huro).toMatchObject({ name: "Hungary - Romania (HU-RO)", period: "2007-2013" });
    const pooling = await projectByExternalId("seed-pooling4clusters");
    expect(pooling).toMatchObject({ startDate: "2009-12-31", endDate: "2012-12-30", language: "en", partnerCount: 7, totalBudget: null });
    expect(await partnersOf(pooling.id)).toEqual([
      expect.objectContaining({ name: "Economic Office of the Province of Namur", country: "BE", role: "coordinator", position: 1 }),
    ]);
  });

  it("gives CLUSTERS-CORD its ten partners, led from the Czech Republic", async () => {
    const cord = await projectByExternalId("seed-clusters-cord");
    expect(cord).toMatchObject({ language: "pl", website: "http://clusterscord.eu", partnerCount: 10, startDate: null });
    const partners = await partnersOf(cord.id);
    expect(partners).toHaveLength(10);
    expect(partners.map((p) => p.country)).toEqual(["CZ", "PL", "PL", "CZ", "SI", "SK", "DE", "HU", "AT", "IT"]);
    expect(partners.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const coordinators = partners.filter((p) => p.role === "coordinator");
    expect(coordinators).toEqual([expect.objectContaining({ name: "Agencja Regionalnego Rozwoju USTI REGION", country: "CZ", position: 1 })]);
    expect(partners[1]).toMatchObject({ name: "Agencja Rozwoju Regionalnego ARLEG S.A.", city: "Legnica" });
    expect(await themeCodesOf(cord.id)).toEqual(
      expect.arrayContaining(["keep/industry/wood", "keep/agrifood/food", "keep/tourism-culture/tourism", "keep/transport/logistics", "keep/health/health-care"]),
    );
  });

  it("loads everything a second time without duplicating anything", async () => {
    const before = await tableCounts();
    expect(before).toMatchObject({ projects: 5, organisations: 13, identifiers: 13, participations: 13, projectThemes: 42, programmes: 5, themes: 71, labels: 426 });
    // Nothing of the vocabulary is written again (a KEEP import then refreshes only its own projects' search data).
    expect(await loadKeepThemes(handle.db)).toEqual({ themes: 71, labels: 426, written: 0, themesWritten: 0 });
    expect(await loadKeepProjects(handle.db)).toEqual(SEED_COUNTS);
    expect(await tableCounts()).toEqual(before);
  });

  it("reads the CSV version of the seeds as the same projects: importing it changes nothing and counts its rows", async () => {
    const before = await tableCounts();
    const rejections: unknown[] = [];
    const report = await importKeepFile(handle.db, "data/demo/keep-projects.csv", { onRejection: (...r) => rejections.push(r) });
    expect(report).toEqual({ file: "keep-projects.csv", rows: 15, imported: 15, merged: 0, rejected: 0, excluded: 0 });
    expect(rejections).toEqual([]);
    expect(await tableCounts()).toEqual(before);
  });

  it("updates a project on re-run: fields, partners, themes and programme part", async () => {
    const seeds = readKeepFile("data/demo/keep-projects.json");
    const cord = seeds.find((p) => p.externalId === "seed-clusters-cord")!;
    const edited = {
      ...cord,
      title: "CLUSTERS-CORD (edited)",
      startDate: "2008-01-01",
      programmePart: { code: "P1", title: "Priority 1: Facilitating innovation across Central Europe" },
      // The Stuttgart partner leaves, and a name differing only in case and punctuation is the same organisation.
      partners: cord.partners!.filter((p) => p.country !== "DE").map((p) => (p.country === "AT" ? { ...p, name: "IZBA GOSPODARCZA GÓRNEJ AUSTRII." } : p)),
      themes: ["keep/economy/clusters"],
    };
    expect(await loadKeepProjects(handle.db, { projects: [edited] })).toEqual({ projects: 1, organisations: 9, participations: 9, themes: 1 });
    const row = await projectByExternalId("seed-clusters-cord");
    expect(row).toMatchObject({ title: "CLUSTERS-CORD (edited)", startDate: "2008-01-01" });
    const [part] = await handle.db.select().from(programmeParts).where(eq(programmeParts.id, row.programmePartId!));
    expect(part).toMatchObject({ code: "P1", programmeId: row.programmeId });
    const partners = await partnersOf(row.id);
    expect(partners.map((p) => p.country)).toEqual(["CZ", "PL", "PL", "CZ", "SI", "SK", "HU", "AT", "IT"]);
    expect(partners.find((p) => p.country === "AT")).toMatchObject({ name: "IZBA GOSPODARCZA GÓRNEJ AUSTRII.", position: 8 });
    expect(await themeCodesOf(row.id)).toEqual(["keep/economy/clusters"]);
    // The organisation that left the project stays known; nothing was duplicated.
    expect(await tableCounts()).toMatchObject({ organisations: 13, participations: 12, projectThemes: 42 - 16 + 1 });

    expect(await loadKeepProjects(handle.db)).toEqual(SEED_COUNTS);
    expect(await partnersOf(row.id)).toHaveLength(10);
  });

  it("drops every participation of a project whose partners are no longer listed", async () => {
    const cord = readKeepFile("data/demo/keep-projects.json").find((p) => p.externalId === "seed-clusters-cord")!;
    await loadKeepProjects(handle.db, { projects: [{ ...cord, partners: undefined }] });
    const row = await projectByExternalId("seed-clusters-cord");
    expect(await partnersOf(row.id)).toEqual([]);
    await loadKeepProjects(handle.db);
    expect(await partnersOf(row.id)).toHaveLength(10);
  });

  it("shares one organisation between projects and leaves organisations known from other sources alone", async () => {
    const seeds = readKeepFile("data/demo/keep-projects.json");
    const shena = seeds.find((p) => p.externalId === "seed-interregcluster")!.partners![0]!;
    const [before] = await handle.db.select().from(organisations).where(eq(organisations.name, shena.name));
    await handle.db.insert(organisationIdentifiers).values({ scheme: "pic", value: "999999999", organisationId: before!.id });
    await handle.db.update(organisations).set({ city: "Szeged (registry)" }).where(eq(organisations.id, before!.id));

    const other = {
      ...seeds[0]!,
      externalId: "test-shared-partner",
      partners: [{ ...shena, name: "shena dél-alföldi regionális energia ügynökség nonprofit kft", city: "Elsewhere", type: "sme" as const }],
    };
    expect(await loadKeepProjects(handle.db, { projects: [other] })).toMatchObject({ organisations: 1, participations: 1 });
    const [after] = await handle.db.select().from(organisations).where(eq(organisations.id, before!.id));
    expect(after).toMatchObject({ name: shena.name, city: "Szeged (registry)", type: "association_ngo" });
    const shared = await handle.db.select().from(participations).where(eq(participations.organisationId, before!.id));
    expect(shared).toHaveLength(2);
    expect((await tableCounts()).organisations).toBe(13);
  });
});

describe(`KEEP CSV import on ${testEngine}`, () => {
  let csvHandle: DatabaseHandle;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keep-csv-"));
  beforeAll(async () => {
    csvHandle = await createTestDatabase();
    await loadReferenceData(csvHandle.db);
  });
  afterAll(async () => {
    await csvHandle?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("rejects every row of a project whose partner's country is unknown, pointing at that partner's row, and loads the rest", async () => {
    const file = path.join(dir, "agency.csv");
    fs.writeFileSync(
      file,
      [
        "externalId,acronym,title,description,programmeCode,programmeName,programmeFamily,themes,language,partnerName,partnerCountry,partnerRole,partnerType",
        "a-1,ONE,First,Text,INTERREG-VA,Interreg V-A,Interreg,keep/economy/clusters,en,Lead agency,BE,coordinator,development_agency",
        "a-1,,,,,,,,,Second partner,FR,partner,sme",
        "a-2,TWO,Second,Text,INTERREG-VA,Interreg V-A,Interreg,,en,Lead agency,BE,coordinator,development_agency",
        "a-2,,,,,,,,,Nowhere Ltd,ZZ,partner,sme",
        "a-2,,,,,,,,,Third partner,DE,partner,sme",
      ].join("\n"),
    );
    const rejections: { line: string | number; field: string; reason: string }[] = [];
    const report = await importKeepFile(csvHandle.db, file, { onRejection: (_, r) => rejections.push(r) });
    expect(report).toEqual({ file: "agency.csv", rows: 5, imported: 2, merged: 0, rejected: 3, excluded: 0 });
    expect(rejections).toEqual([
      { line: 4, field: "partnerCountry", reason: "project a-2 is rejected (line 5: country ZZ is not in the reference list)" },
      { line: 5, field: "partnerCountry", reason: "country ZZ is not in the reference list" },
      { line: 6, field: "partnerCountry", reason: "project a-2 is rejected (line 5: country ZZ is not in the reference list)" },
    ]);
    const loaded = await csvHandle.db.select({ externalId: projects.externalId, partnerCount: projects.partnerCount }).from(projects);
    expect(loaded.map((p) => p.externalId)).toEqual(["a-1"]);
    expect(await csvHandle.db.select({ n: count() }).from(participations)).toEqual([{ n: 2 }]);
  });
});
