import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsvFile, type CsvRow } from "@/lib/importers/csv";
import type { Rejection } from "@/lib/importers/cordis";
import type { DatabaseHandle } from "../index";
import { rowsOf } from "../rows";
import { organisationIdentifiers, organisations, participations, programmes, projects, projectThemes, themes } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { loadCordisDirectory, type CordisFileReport } from "./cordis";
import { loadReferenceData } from "./reference";
import { referenceProgrammes } from "@/lib/programmes/reference";

const sampleDir = path.join(process.cwd(), "data", "demo", "cordis");
const sample = (name: string): CsvRow[] => readCsvFile(path.join(sampleDir, name));

const heOrganisations = sample("cordis_he_organizations.csv");
const h2020Organisations = sample("cordis_h2020_sample_organizations.csv");
const heProjectIds = new Set(heOrganisations.map((r) => r.projectID));
const h2020Projects = sample("cordis_h2020_sample_projects.csv");
const pairs = (rows: CsvRow[]) => new Set(rows.map((r) => `${r.projectID}|${r.organisationID}`));

let handle: DatabaseHandle;
let firstLoad: CordisFileReport[];

async function tableCounts() {
  const one = async (table: PgTable) => Number((await handle.db.select({ n: count() }).from(table))[0]!.n);
  return {
    programmes: await one(programmes),
    projects: await one(projects),
    organisations: await one(organisations),
    identifiers: await one(organisationIdentifiers),
    participations: await one(participations),
    themes: await one(themes),
    projectThemes: await one(projectThemes),
  };
}

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

describe(`CORDIS loader on an empty ${testEngine} database`, () => {
  it("refuses to load before the reference data", async () => {
    await expect(loadCordisDirectory(handle.db, sampleDir)).rejects.toThrow(/loadReferenceData/);
    expect((await tableCounts()).projects).toBe(0);
  });

  it("refuses a directory that does not exist", async () => {
    await expect(loadCordisDirectory(handle.db, path.join(sampleDir, "missing"))).rejects.toThrow(/No such directory/);
  });
});

describe(`CORDIS demo sample on ${testEngine}`, () => {
  beforeAll(async () => {
    await loadReferenceData(handle.db);
    firstLoad = await loadCordisDirectory(handle.db, sampleDir);
  });

  it("accounts for every row of every file", () => {
    const files = fs.readdirSync(sampleDir).filter((f) => f.startsWith("cordis_") && f !== "cordis_activity_types.csv");
    expect(firstLoad.map((r) => r.file).sort()).toEqual(files.sort());
    for (const report of firstLoad) {
      expect(report.rows, report.file).toBe(sample(report.file).length);
      expect(report.imported + report.merged + report.rejected + report.excluded, report.file).toBe(report.rows);
      expect(report.excluded, report.file).toBe(0);
      expect(report.rejected, report.file).toBe(0);
    }
    // The sample has organisations listed twice in a project (participant and associated partner).
    const he = firstLoad.find((r) => r.file === "cordis_he_organizations.csv")!;
    expect(he.imported).toBe(pairs(heOrganisations).size);
    expect(he.merged).toBe(heOrganisations.length - pairs(heOrganisations).size);
    expect(he.merged).toBeGreaterThan(0);
  });

  it("has one project per Horizon Europe grant and per H2020 sample project", async () => {
    const counts = await tableCounts();
    expect(heProjectIds.size).toBe(sample("cordis_he_projects.csv").length);
    expect(h2020Projects).toHaveLength(26);
    expect(counts.projects).toBe(heProjectIds.size + 26);
    // Horizon Europe, Horizon 2020 and the sample's one FP7 project, beside the reference list's current Interreg programmes.
    expect(counts.programmes).toBe(3 + referenceProgrammes().length);
  });

  it("has one organisation per PIC and one participation per project and organisation", async () => {
    const counts = await tableCounts();
    const pics = new Set([...heOrganisations, ...h2020Organisations].map((r) => r.organisationID));
    expect(counts.organisations).toBe(pics.size);
    expect(counts.identifiers).toBe(pics.size);
    expect(counts.participations).toBe(pairs(heOrganisations).size + pairs(h2020Organisations).size);
  });

  it("keeps an organisation that took part in several projects as one row", async () => {
    const projectsByPic = new Map<string, Set<string>>();
    for (const r of heOrganisations) projectsByPic.set(r.organisationID!, (projectsByPic.get(r.organisationID!) ?? new Set()).add(r.projectID!));
    const [pic, itsProjects] = [...projectsByPic].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))[0]!;
    expect(itsProjects.size).toBeGreaterThan(5);
    const rows = await handle.db
      .select({ organisationId: organisationIdentifiers.organisationId })
      .from(organisationIdentifiers)
      .where(and(eq(organisationIdentifiers.scheme, "pic"), eq(organisationIdentifiers.value, pic)));
    expect(rows).toHaveLength(1);
    const [taken] = await handle.db.select({ n: count() }).from(participations).where(eq(participations.organisationId, rows[0]!.organisationId));
    expect(taken!.n).toBe(itsProjects.size + new Set(h2020Organisations.filter((r) => r.organisationID === pic).map((r) => r.projectID)).size);
  });

  it("gives every Horizon Europe project exactly one coordinator", async () => {
    const result = await handle.db.execute(sql`
      select p.external_id, count(*) filter (where pa.role = 'coordinator') as coordinators
      from ${projects} p join ${participations} pa on pa.project_id = p.id
      where p.source_id = 'cordis-he' group by p.external_id`);
    const perProject = rowsOf<{ coordinators: number | string }>(result);
    expect(perProject).toHaveLength(heProjectIds.size);
    expect(perProject.every((r) => Number(r.coordinators) === 1)).toBe(true);
  });

  it("builds the EuroSciVoc tree with every ancestor and links projects to the leaves", async () => {
    const nodes = new Set<string>();
    for (const r of sample("cordis_he_euroscivoc.csv")) {
      const ids = r.euroSciVocCode!.slice(1).split("/");
      ids.forEach((_, i) => nodes.add(`/${ids.slice(0, i + 1).join("/")}`));
    }
    const all = await handle.db.select().from(themes).where(eq(themes.scheme, "euroscivoc"));
    expect(all).toHaveLength(nodes.size);
    const byId = new Map(all.map((t) => [t.id, t]));
    for (const theme of all) {
      if (theme.level === 1) {
        expect(theme.parentId).toBeNull();
        continue;
      }
      const parent = byId.get(theme.parentId!)!;
      expect(theme.code.startsWith(`${parent.code}/`)).toBe(true);
      expect(parent.level).toBe(theme.level - 1);
      expect(theme.path).toBe(`${parent.path}/${theme.label}`);
    }
    const counts = await tableCounts();
    expect(counts.projectThemes).toBe(sample("cordis_he_euroscivoc.csv").length);
  });

  it("stores CORDIS codes, regions, titles and money as the data says", async () => {
    const [project] = await handle.db.select().from(projects).where(and(eq(projects.sourceId, "cordis-he"), eq(projects.externalId, [...heProjectIds][0]!)));
    const source = sample("cordis_he_projects.csv").find((p) => p.projectID === project!.externalId)!;
    expect(Number(project!.euContribution)).toBeCloseTo(Number(source.ecContributionSum), 2);
    expect(project!.status).toBeNull();
    expect(project!.sourceUrl).toBe(`https://cordis.europa.eu/project/id/${project!.externalId}`);

    // A total cost summed to 0 (none of the participants publishes one) is not published, not €0.
    const costs = new Map(sample("cordis_he_projects.csv").map((p) => [p.projectID, Number(p.totalCostSum)]));
    const stored = await handle.db.select({ id: projects.externalId, budget: projects.totalBudget }).from(projects).where(eq(projects.sourceId, "cordis-he"));
    const unpublished = stored.filter((p) => costs.get(p.id) === 0);
    expect(unpublished.length).toBeGreaterThan(0);
    expect(unpublished.every((p) => p.budget === null)).toBe(true);
    expect(stored.filter((p) => (costs.get(p.id) ?? 0) > 0).every((p) => Math.abs(Number(p.budget) - costs.get(p.id)!) < 0.01)).toBe(true);

    const titled = await handle.db.select({ n: count() }).from(projects).where(and(eq(projects.sourceId, "cordis-he"), isNull(projects.title)));
    expect(titled[0]!.n).toBe(heProjectIds.size - sample("cordis_he_report_summaries.csv").length);

    const bareCountry = heOrganisations.find((r) => /^[A-Z]{2}$/.test(r.nutsCode ?? ""))!;
    const [organisation] = await handle.db
      .select({ countryCode: organisations.countryCode, nutsCode: organisations.nutsCode })
      .from(organisations)
      .innerJoin(organisationIdentifiers, eq(organisationIdentifiers.organisationId, organisations.id))
      .where(eq(organisationIdentifiers.value, bareCountry.organisationID!));
    expect(organisation).toEqual({ countryCode: bareCountry.country, nutsCode: null });

    const [h2020] = await handle.db.select().from(projects).where(and(eq(projects.sourceId, "cordis-h2020"), eq(projects.externalId, "210800")));
    expect(h2020).toMatchObject({ acronym: "Productive4.0", status: "SIGNED", startDate: "2017-05-01", euContribution: "26033148.48", totalBudget: "106445748.55" });
  });

  it("changes nothing on a second load and reports the same", async () => {
    const before = await tableCounts();
    const second = await loadCordisDirectory(handle.db, sampleDir);
    expect(second).toEqual(firstLoad);
    expect(await tableCounts()).toEqual(before);
  });

  it("rejects bad rows with their line and reason, and loads the rest", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordis-rejects-"));
    try {
      const header = Object.keys(heOrganisations[0]!);
      const line = (row: CsvRow) => header.map((h) => (/[",\n]/.test(row[h]!) ? `"${row[h]!.replaceAll('"', '""')}"` : row[h])).join(",");
      const good = heOrganisations[0]!;
      const rows = [good, { ...good, country: "ZZ" }, { ...good, organisationID: "12345" }];
      fs.writeFileSync(path.join(dir, "cordis_he_organizations.csv"), [header.join(","), ...rows.map(line), ""].join("\n"));
      const rejections: Rejection[] = [];
      const before = await tableCounts();
      const reports = await loadCordisDirectory(handle.db, dir, { onRejection: (_, r) => rejections.push(r) });
      expect(reports).toEqual([{ file: "cordis_he_organizations.csv", rows: 3, imported: 1, merged: 0, rejected: 2, excluded: 0 }]);
      expect(rejections).toEqual([
        { line: 3, field: "country", reason: "country ZZ is not in the reference list" },
        { line: 4, field: "organisationID", reason: 'not a 9-digit PIC: "12345"' },
      ]);
      expect(await tableCounts()).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
