// The CORDIS loader as `import cordis` uses it, on a small fixture cut from the real files
// (db/load/fixtures/cordis-small): every row accounted for, bad rows rejected, a second run and a
// run after an interruption give what a clean run gives, a changed source row updates the
// database, and --exclude-projects takes out exactly what only the excluded projects bring.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Rejection } from "@/lib/importers/cordis";
import type { Db, DatabaseHandle } from "../index";
import { rowsOf } from "../rows";
import { knowledgeBaseStats } from "../stats";
import { createTestDatabase, testEngine } from "../testing";
import { loadCordisDirectory, type CordisFileReport, type LoadCordisOptions } from "./cordis";
import { loadReferenceData } from "./reference";

const fixtureDir = path.join(process.cwd(), "db", "load", "fixtures", "cordis-small");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cordis-import-"));
const handles: DatabaseHandle[] = [];

async function freshDb(): Promise<Db> {
  const handle = await createTestDatabase();
  handles.push(handle);
  await loadReferenceData(handle.db);
  return handle.db;
}

afterAll(async () => {
  for (const h of handles) await h.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function load(db: Db, options: LoadCordisOptions = {}, dir = fixtureDir) {
  const rejections: (Rejection & { file: string })[] = [];
  const reports = await loadCordisDirectory(db, dir, { batchSize: 4, onRejection: (file, r) => rejections.push({ file, ...r }), ...options });
  return { reports, rejections };
}

/**
 * The knowledge base by natural keys (PIC, source + external id, codes), without generated ids,
 * so that two databases loaded differently can be compared row for row.
 */
async function snapshot(db: Db) {
  const q = async (query: string) => rowsOf<Record<string, unknown>>(await db.execute(query)).map((r) => JSON.stringify(Object.values(r))).sort();
  return {
    programmes: await q(`select code, name from programmes`),
    parts: await q(`select g.code as programme, p.code, p.title from programme_parts p join programmes g on g.id = p.programme_id`),
    topics: await q(`select g.code as programme, t.code, t.title from topics t join programmes g on g.id = t.programme_id`),
    projects: await q(`
      select p.source_id, p.external_id, p.acronym, p.title, p.description, p.status, p.start_date::text as start, p.end_date::text as end,
             p.total_budget::text as budget, p.eu_contribution::text as eu, p.partner_count, p.source_url, g.code as programme, pp.code as part, t.code as topic
      from projects p join programmes g on g.id = p.programme_id
      left join programme_parts pp on pp.id = p.programme_part_id left join topics t on t.id = p.topic_id`),
    organisations: await q(`
      select i.value, o.name, o.short_name, o.type, o.source_type, o.is_sme, o.country_code, o.nuts_code, o.city,
             o.post_code, o.street, o.website, o.latitude, o.longitude
      from organisations o join organisation_identifiers i on i.organisation_id = o.id and i.scheme = 'pic'`),
    organisationRows: await q(`select count(*)::int from organisations`),
    participations: await q(`
      select p.source_id, p.external_id, i.value, pa.role, pa.position, pa.eu_contribution::text as eu, pa.total_cost::text as cost, pa.ended_early
      from participations pa join projects p on p.id = pa.project_id
      join organisation_identifiers i on i.organisation_id = pa.organisation_id and i.scheme = 'pic'`),
    themes: await q(`select t.scheme, t.code, t.label, t.path, t.level, parent.code as parent from themes t left join themes parent on parent.id = t.parent_id`),
    projectThemes: await q(`select p.external_id, t.code as theme from project_themes pt join projects p on p.id = pt.project_id join themes t on t.id = pt.theme_id`),
  };
}

const EXPECTED_REJECTIONS = [
  { file: "cordis_h2020_participations_skeleton.csv", line: 30, field: "role", reason: 'unknown role: "boss"' },
  { file: "cordis_h2020_programme_parts.csv", line: 10, field: "rcn", reason: 'not a numeric id: "abc"' },
  { file: "cordis_he_organizations.csv", line: 35, field: "organisationID", reason: 'not a 9-digit PIC: "12345"' },
  { file: "cordis_he_organizations.csv", line: 36, field: "country", reason: "country ZZ is not in the reference list" },
  { file: "cordis_he_euroscivoc.csv", line: 29, field: "projectID", reason: "no project 101999999 in the knowledge base" },
];

let cleanDb: Db;
let clean: { reports: CordisFileReport[]; rejections: (Rejection & { file: string })[] };
let cleanSnapshot: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  cleanDb = await freshDb();
  clean = await load(cleanDb);
  cleanSnapshot = await snapshot(cleanDb);
});

describe(`import of the CORDIS fixture on ${testEngine}`, { timeout: 120_000 }, () => {
  it("accounts for every row of every file and rejects exactly the bad rows", () => {
    const lines = (file: string) => {
      // Rows, not lines: a quoted objective in the sample projects spans several lines.
      const text = fs.readFileSync(path.join(fixtureDir, file), "utf8");
      return file === "cordis_h2020_sample_projects.csv" ? 2 : text.trimEnd().split("\n").length - 1;
    };
    expect(clean.reports).toHaveLength(10);
    for (const r of clean.reports) {
      expect(r.rows, r.file).toBe(lines(r.file));
      expect(r.imported + r.merged + r.rejected + r.excluded, r.file).toBe(r.rows);
      expect(r.excluded).toBe(0);
    }
    expect(clean.rejections).toEqual(EXPECTED_REJECTIONS);
    const he = clean.reports.find((r) => r.file === "cordis_he_organizations.csv")!;
    expect(he).toEqual({ file: "cordis_he_organizations.csv", rows: 35, imported: 32, merged: 1, rejected: 2, excluded: 0 });
  });

  it("keeps the organisations of the H2020 skeleton, unnamed, and counts them apart", async () => {
    const stats = await knowledgeBaseStats(cleanDb);
    expect(stats.projects).toBe(8 + 8 + 2);
    const unnamed = cleanSnapshot.organisations.map((o) => JSON.parse(o) as unknown[]).filter((o) => o[1] === null);
    expect(unnamed.length).toBe(stats.organisations - stats.namedOrganisations);
    expect(unnamed.length).toBeGreaterThan(5);
    // 999902870 takes part only in skeleton project 224139: known by its PIC, type and country.
    expect(unnamed.find((o) => o[0] === "999902870")).toBeDefined();
  });

  it("changes nothing on a second run and reports the same", async () => {
    const again = await load(cleanDb);
    expect(again.reports).toEqual(clean.reports);
    expect(again.rejections).toEqual(clean.rejections);
    expect(await snapshot(cleanDb)).toEqual(cleanSnapshot);
  });

  it("finishes an interrupted run with the same counts as a clean run and no duplicates", async () => {
    const db = await freshDb();
    let batches = 0;
    const interrupted = load(db, {
      onProgress: (file) => {
        // Half-way: the skeleton and the first files are in, the Horizon Europe participations half read.
        if (file === "cordis_he_organizations.csv" && ++batches === 4) throw new Error("interrupted");
      },
    });
    await expect(interrupted).rejects.toThrow("interrupted");
    // The files before it are in; its own transaction left nothing behind.
    const partial = await knowledgeBaseStats(db);
    expect(partial.projects).toBe(18);
    expect(partial.participations).toBe((await knowledgeBaseStats(cleanDb)).participations - 32);

    const rerun = await load(db);
    expect(rerun.reports).toEqual(clean.reports);
    expect(await knowledgeBaseStats(db)).toEqual(await knowledgeBaseStats(cleanDb));
    expect(await snapshot(db)).toEqual(cleanSnapshot);
  });

  it("updates a row whose source changed", async () => {
    const dir = path.join(tmp, "changed");
    fs.cpSync(fixtureDir, dir, { recursive: true });
    const file = path.join(dir, "cordis_he_organizations.csv");
    // Universidad del Pais Vasco (999865234) has a single row in the fixture.
    expect(fs.readFileSync(file, "utf8").match(/,999865234,/g)).toHaveLength(1);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("UNIVERSIDAD DEL PAIS VASCO/ EUSKAL HERRIKO UNIBERTSITATEA", "UPV/EHU RENAMED"));
    const db = await freshDb();
    await load(db);
    const rerun = await load(db, {}, dir);
    expect(rerun.reports).toEqual(clean.reports);
    const after = await snapshot(db);
    const upv = after.organisations.map((o) => JSON.parse(o) as unknown[]).find((o) => o[0] === "999865234")!;
    expect(upv[1]).toBe("UPV/EHU RENAMED");
    expect(after.organisationRows).toEqual(cleanSnapshot.organisationRows);
  });
});

describe(`--exclude-projects on ${testEngine}`, { timeout: 120_000 }, () => {
  // A Horizon Europe project with organisations of its own, shared ones, its own topic and themes;
  // an H2020 skeleton project; an H2020 sample project (whose organisation rows name its grant, 732642).
  const excluded = new Set(["101058111", "224139", "206195"]);
  let excludedDb: Db;
  let excludedSnapshot: Awaited<ReturnType<typeof snapshot>>;
  let reports: CordisFileReport[];

  beforeAll(async () => {
    excludedDb = await freshDb();
    reports = (await load(excludedDb, { excludeProjects: excluded })).reports;
    excludedSnapshot = await snapshot(excludedDb);
  });

  it("counts the excluded rows apart, so that every file still adds up", () => {
    const byFile = Object.fromEntries(reports.map((r) => [r.file, r]));
    for (const r of reports) expect(r.imported + r.merged + r.rejected + r.excluded, r.file).toBe(r.rows);
    expect(byFile["cordis_he_organizations.csv"]!.excluded).toBe(6);
    expect(byFile["cordis_he_projects.csv"]!.excluded).toBe(1);
    expect(byFile["cordis_h2020_participations_skeleton.csv"]!.excluded).toBe(3);
    expect(byFile["cordis_h2020_sample_projects.csv"]!.excluded).toBe(1);
    expect(byFile["cordis_h2020_sample_organizations.csv"]!.excluded).toBe(9);
  });

  it("leaves out the projects, their participations and what only they bring", () => {
    const has = (rows: string[], needle: string) => rows.some((r) => r.includes(needle));
    for (const id of excluded) expect(has(excludedSnapshot.projects, `"${id}"`), id).toBe(false);
    expect(excludedSnapshot.projects).toHaveLength(cleanSnapshot.projects.length - 3);
    // Organisations only in 101058111 or 224139 are gone; shared ones stay.
    expect(has(excludedSnapshot.organisations, '"999902870"')).toBe(false); // only in 224139
    expect(has(excludedSnapshot.organisations, '"996229965"')).toBe(true); // 224139 and 101078905 …
    expect(has(excludedSnapshot.organisations, '"951417323"')).toBe(true); // 101058111 and skeleton projects
    expect(has(excludedSnapshot.topics, '"HORIZON-EIC-2021-TRANSITIONCHALLENGES-01-01"')).toBe(false);
    expect(has(excludedSnapshot.themes, '"/25/73/453/58525161"')).toBe(false); // only 101058111's
    expect(has(excludedSnapshot.themes, '"/21/33/117"')).toBe(true); // used by others too
    expect(has(cleanSnapshot.participations, '"101058111"')).toBe(true);
    expect(has(excludedSnapshot.participations, '"101058111"')).toBe(false);
  });

  it("removes from an earlier full load exactly what a first load with the exclusion leaves out", async () => {
    const db = await freshDb();
    await load(db);
    let removed = null;
    const again = await load(db, { excludeProjects: excluded, onRemoved: (r) => (removed = r) });
    expect(again.reports).toEqual(reports);
    expect(removed).toMatchObject({ projects: 3 });
    expect(await snapshot(db)).toEqual(excludedSnapshot);
    // A later run with another exclusion brings the projects back and takes the new ones out.
    const other = new Set(["101046667"]);
    await load(db, { excludeProjects: other });
    const fresh = await freshDb();
    await load(fresh, { excludeProjects: other });
    expect(await snapshot(db)).toEqual(await snapshot(fresh));
    // And without exclusion, the clean knowledge base.
    await load(db);
    expect(await snapshot(db)).toEqual(cleanSnapshot);
  });
});
