// `import cordis` and `import keep` run as a user runs them, as separate processes: exit codes,
// the rejects CSV, the JSON summary, and "nothing written" when a file is missing or its header
// is wrong. On PGlite by default; on a fresh PostgreSQL database when TEST_DATABASE_URL is set.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { dataSources } from "@/db/schema";
import { knowledgeBaseStats, type KnowledgeBaseStats } from "@/db/stats";
import { freshPgliteDir } from "@/db/testing";
import { getThemeNames } from "@/db/queries/theme-names";
import { searchProjectsWithFacets } from "@/db/search/projects";
import { themeName } from "@/lib/search/theme-names";
import { parseProjectSearchState } from "@/lib/search/params";
import type { ImportSummary } from "./import";

const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const cli = path.join(root, "cli", "index.ts");
const fixtureDir = path.join(root, "db", "load", "fixtures", "cordis-small");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-import-"));
const serverUrl = process.env.TEST_DATABASE_URL;
const databases: string[] = [];
const created: string[] = [];
const rejectsFiles = () => fs.readdirSync(root).filter((f) => f.startsWith("import-rejects-"));

afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  for (const file of created) fs.rmSync(file, { force: true });
  if (serverUrl && databases.length > 0) {
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    for (const name of databases) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});

/** A fresh, empty database for one test: a PGlite directory, or a database on the test server. */
async function freshTarget(name: string, options: { migrated?: boolean } = {}): Promise<Record<string, string>> {
  if (!serverUrl) {
    // A copy of the run's migrated template, unless the test checks that nothing gets created.
    const dir = options.migrated === false ? path.join(tmp, name, "pglite") : freshPgliteDir(path.join(tmp, name));
    return { PGLITE_DIR: dir, DATABASE_URL: "" };
  }
  const db = `consortia_cli_${randomBytes(5).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${db}`);
  await admin.end();
  databases.push(db);
  const url = new URL(serverUrl);
  url.pathname = `/${db}`;
  return { DATABASE_URL: url.toString() };
}

/** Run from the repository (the CLI finds drizzle/ and data/ there), as `npm run cli` does. */
function run(args: string[], target: Record<string, string>) {
  const result = spawnSync(tsx, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, TEST_DATABASE_URL: "", ...target },
    timeout: 180_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.split("\n").filter((l) => l && !l.startsWith("npm warn")).join("\n") };
}

/**
 * The knowledge base's counts, as `stats` prints them (cli.test.ts runs that command), read in this
 * process: another process per look would cost a start of tsx and of the database each time.
 */
async function stats(target: Record<string, string>): Promise<KnowledgeBaseStats> {
  const handle = openDatabase(target.DATABASE_URL ? { kind: "postgres", url: target.DATABASE_URL } : { kind: "pglite", dataDir: target.PGLITE_DIR! });
  try {
    await migrateDatabase(handle);
    return await knowledgeBaseStats(handle.db);
  } finally {
    await handle.close();
  }
}

/** When each source's data was last imported (what tells the job worker that stored matches are stale). */
async function importedAt(target: Record<string, string>): Promise<Map<string, number>> {
  const handle = openDatabase(target.DATABASE_URL ? { kind: "postgres", url: target.DATABASE_URL } : { kind: "pglite", dataDir: target.PGLITE_DIR! });
  try {
    return new Map((await handle.db.select().from(dataSources)).map((s) => [s.id, s.importedAt.getTime()]));
  } finally {
    await handle.close();
  }
}

function copyFixture(name: string): string {
  const dir = path.join(tmp, name);
  fs.cpSync(fixtureDir, dir, { recursive: true });
  return dir;
}

describe("import cordis (as a process)", { timeout: 120_000 }, () => {
  it("loads the fixture, writes the rejects CSV, prints a summary that adds up and exits 3", async () => {
    const target = await freshTarget("cordis");
    const rejects = path.join(tmp, "cordis-rejects.csv");
    const { code, stdout, stderr } = run(["import", "cordis", "--dir", fixtureDir, "--rejects", rejects, "--json"], target);
    expect(code, stderr).toBe(3);
    const summary = JSON.parse(stdout) as ImportSummary;
    expect(summary.files.map((f) => f.file)).toEqual([
      "countries.csv",
      "nuts_regions.csv",
      "keep-themes.json",
      "cordis_h2020_participations_skeleton.csv",
      "cordis_h2020_programme_parts.csv",
      "cordis_h2020_sample_projects.csv",
      "cordis_h2020_sample_organizations.csv",
      "cordis_he_projects.csv",
      "cordis_he_organizations.csv",
      "cordis_he_legal_basis.csv",
      "cordis_he_topics.csv",
      "cordis_he_euroscivoc.csv",
      "cordis_he_report_summaries.csv",
      "euroscivoc-labels.json",
    ]);
    // The translations of the fixture's EuroSciVoc themes (all of them), each a row.
    expect(summary.files.at(-1)).toEqual({ file: "euroscivoc-labels.json", rows: 51, imported: 51, merged: 0, rejected: 0, excluded: 0 });
    for (const f of summary.files) expect(f.imported + f.merged + f.rejected + f.excluded, f.file).toBe(f.rows);
    expect(summary.totals.rejected).toBe(5);
    expect(summary.unaccounted).toEqual([]);
    expect(summary.rejects).toEqual({ rows: 5, file: rejects });
    expect(fs.readFileSync(rejects, "utf8")).toBe(
      [
        "file,line,field,reason",
        'cordis_h2020_participations_skeleton.csv,30,role,"unknown role: ""boss"""',
        'cordis_h2020_programme_parts.csv,10,rcn,"not a numeric id: ""abc"""',
        'cordis_he_organizations.csv,35,organisationID,"not a 9-digit PIC: ""12345"""',
        "cordis_he_organizations.csv,36,country,country ZZ is not in the reference list",
        "cordis_he_euroscivoc.csv,29,projectID,no project 101999999 in the knowledge base",
        "",
      ].join("\n"),
    );
    expect(summary.stats).toMatchObject({ projects: 18, countries: 251, regions: 5634 });
    expect(summary.stats.namedOrganisations).toBeLessThan(summary.stats.organisations);
    // Plain lines, one per file, when stderr is not a terminal.
    expect(stderr.split("\n").filter((l) => /^cordis_.*: [\d,]+ rows in/.test(l))).toHaveLength(10);

    // A second run: same summary, same counts.
    const again = run(["import", "cordis", "--dir", fixtureDir, "--rejects", rejects], target);
    expect(again.code).toBe(3);
    expect(again.stdout).toMatch(/^total\s+[\d,]+\s+[\d,]+\s+\d+\s+5\s+0$/m);
    expect(again.stdout).toContain(`Rejected rows: 5, listed in ${rejects}`);
    expect(await stats(target)).toEqual(summary.stats);

    // Imported alone (no demo data), the knowledge base still carries a query across languages.
    const handle = openDatabase(target.DATABASE_URL ? { kind: "postgres", url: target.DATABASE_URL } : { kind: "pglite", dataDir: target.PGLITE_DIR! });
    try {
      const result = await searchProjectsWithFacets(handle.db, parseProjectSearchState({ q: "grappes d'entreprises" }));
      expect(result.matchedThemes.map((t) => t.label)).toContain("Clusters and economic cooperation");
      // And to the fields of science, which it names in the reader's language.
      const fields = await searchProjectsWithFacets(handle.db, parseProjectSearchState({ q: "nauki przyrodnicze" }));
      expect(fields.matchedThemes.map((t) => t.label)).toEqual(["natural sciences"]);
      expect(fields.total).toBeGreaterThan(0);
      expect(themeName(await getThemeNames(handle.db, "fr"), { id: fields.matchedThemes[0]!.themeId, label: "natural sciences" })).toBe("sciences naturelles");
    } finally {
      await handle.close();
    }
  }, 180_000);

  it("stops before writing anything when a file is missing", async () => {
    const dir = copyFixture("missing");
    fs.rmSync(path.join(dir, "cordis_he_topics.csv"));
    const target = await freshTarget("missing", { migrated: false });
    const before = rejectsFiles();
    const { code, stdout, stderr } = run(["import", "cordis", "--dir", dir], target);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`Cannot import ${dir}: cordis_he_topics.csv (or cordis_he_topics.csv.gz) is missing. Nothing was written.`);
    // Not even the embedded database's directory; on PostgreSQL, not a row.
    if (target.PGLITE_DIR) expect(fs.existsSync(target.PGLITE_DIR)).toBe(false);
    else expect(await stats(target)).toMatchObject({ projects: 0, organisations: 0, countries: 0 });
    expect(rejectsFiles().filter((f) => !before.includes(f))).toEqual([]);
  });

  it("stops before writing anything when a header is wrong", async () => {
    const dir = copyFixture("header");
    const file = path.join(dir, "cordis_he_projects.csv");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^projectID,acronym,/, "projectID,acronyme,"));
    const target = await freshTarget("header");
    const { code, stderr } = run(["import", "cordis", "--dir", dir], target);
    expect(code).toBe(1);
    expect(stderr).toBe(`Cannot import ${dir}: cordis_he_projects.csv has a wrong header: missing column(s) acronym. Nothing was written.`);
    expect(await stats(target)).toMatchObject({ projects: 0, countries: 0 });
  });

  it("refuses an exclusion list with a line that is not a project id", async () => {
    const list = path.join(tmp, "exclude.txt");
    fs.writeFileSync(list, "# projects to hold out\n101058111\n\nHORIZON\n");
    const target = await freshTarget("exclude");
    const { code, stderr } = run(["import", "cordis", "--dir", fixtureDir, "--exclude-projects", list], target);
    expect(code).toBe(1);
    expect(stderr).toBe(`${list} line 4: not a project id (projectID or rcn): "HORIZON"`);
  });

  it("leaves out the projects an exclusion list names and says so", async () => {
    const list = path.join(tmp, "exclude-ok.txt");
    fs.writeFileSync(list, "101058111\n224139\n");
    const target = await freshTarget("exclude-ok");
    const { code, stdout } = run(["import", "cordis", "--dir", fixtureDir, "--exclude-projects", list, "--rejects", path.join(tmp, "x.csv"), "--json"], target);
    expect(code).toBe(3);
    const summary = JSON.parse(stdout) as ImportSummary;
    expect(summary.excludedProjects).toBe(2);
    expect(summary.files.find((f) => f.file === "cordis_he_organizations.csv")!.excluded).toBe(6);
    expect(summary.files.find((f) => f.file === "cordis_h2020_participations_skeleton.csv")!.excluded).toBe(3);
    for (const f of summary.files) expect(f.imported + f.merged + f.rejected + f.excluded, f.file).toBe(f.rows);
    expect(summary.stats.projects).toBe(16);
  });
});

describe("import keep (as a process)", { timeout: 120_000 }, () => {
  const seeds = JSON.parse(fs.readFileSync(path.join(root, "data", "demo", "keep-projects.json"), "utf8")) as { projects: Record<string, unknown>[] };

  it("loads a valid file and exits 0 without leaving a rejects file", async () => {
    const target = await freshTarget("keep-ok");
    const before = rejectsFiles();
    const { code, stdout, stderr } = run(["import", "keep", path.join(root, "data", "demo", "keep-projects.json")], target);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("Rejected rows: none");
    expect(rejectsFiles().filter((f) => !before.includes(f))).toEqual([]);
    expect((await stats(target)).projects).toBe(seeds.projects.length);
    const first = await importedAt(target);
    // Again: nothing changed, and only the file's projects have their search data refreshed.
    const again = run(["import", "keep", path.join(root, "data", "demo", "keep-projects.json")], target);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`Refreshing search data of ${seeds.projects.length} projects`);
    expect((await stats(target)).projects).toBe(seeds.projects.length);
    // Each import marks its source imported anew (stored matches computed before are recomputed); the others keep their time.
    const second = await importedAt(target);
    expect(second.get("keep")).toBeGreaterThan(first.get("keep")!);
    expect(second.get("cordis-he")).toBe(first.get("cordis-he"));
  });

  it("rejects the one bad project, loads the others and exits 3", async () => {
    // A name of its own: another test run in the same tree may write rejects files here too.
    const name = `keep-bad-${randomBytes(4).toString("hex")}.json`;
    const file = path.join(tmp, name);
    const projects = seeds.projects.map((p, i) => (i === 1 ? { ...p, cofinancingRate: 140 } : p));
    fs.writeFileSync(file, JSON.stringify({ source: "keep", projects }));
    const target = await freshTarget("keep-bad");
    const before = rejectsFiles();
    const { code, stdout } = run(["import", "keep", file], target);
    expect(code).toBe(3);
    // No --rejects: the file goes to the current directory, named by the time.
    const [rejects] = rejectsFiles().filter((f) => !before.includes(f) && fs.readFileSync(path.join(root, f), "utf8").includes(name));
    const cwd = root;
    created.push(path.join(cwd, rejects!));
    expect(rejects).toMatch(/^import-rejects-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.csv$/);
    expect(fs.readFileSync(path.join(cwd, rejects!), "utf8")).toBe(
      `file,line,field,reason\n${name},projects[1] (${String(seeds.projects[1]!.externalId)}),cofinancingRate,must be a percentage between 0 and 100\n`,
    );
    expect(stdout).toMatch(new RegExp(`^${name.replace(".", "\\.")}\\s+5\\s+4\\s+0\\s+1\\s+0$`, "m"));
    expect(stdout).toContain(`Rejected rows: 1, listed in ${path.join(cwd, rejects!)}`);
    expect((await stats(target)).projects).toBe(seeds.projects.length - 1);
  });

  it("takes the CSV layout too: rejects the rows of the bad project by line and column, loads the rest, exits 3", async () => {
    const csv = fs.readFileSync(path.join(root, "data", "demo", "keep-projects.csv"), "utf8").split("\n");
    // Line 2 is seed-includ's only row; its cofinancing rate (43.8, the only such cell) becomes 140 %.
    expect(csv[1]!.split(",43.8,")).toHaveLength(2);
    const file = path.join(tmp, "keep-bad.csv");
    fs.writeFileSync(file, [csv[0], csv[1]!.replace(",43.8,", ",140,"), ...csv.slice(2)].join("\n"));
    const target = await freshTarget("keep-csv");
    const rejects = path.join(tmp, "keep-csv-rejects.csv");
    const { code, stdout, stderr } = run(["import", "keep", file, "--rejects", rejects], target);
    expect(code, stderr).toBe(3);
    expect(fs.readFileSync(rejects, "utf8")).toBe("file,line,field,reason\nkeep-bad.csv,2,cofinancingRate,must be a percentage between 0 and 100\n");
    expect(stdout).toMatch(/^keep-bad\.csv\s+15\s+14\s+0\s+1\s+0$/m);
    expect((await stats(target)).projects).toBe(seeds.projects.length - 1);
    // A wrong header stops before anything is written.
    fs.writeFileSync(file, [csv[0]!.replace("cofinancingRate", "cofinancing"), ...csv.slice(1)].join("\n"));
    const broken = run(["import", "keep", file], target);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("unknown column(s) cofinancing");
  });

  it("stops with one message on a file that is not JSON", async () => {
    const file = path.join(tmp, "keep-broken.json");
    fs.writeFileSync(file, "{ not json");
    const target = await freshTarget("keep-broken");
    const { code, stderr } = run(["import", "keep", file], target);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^${file.replaceAll(".", "\\.")} cannot be read as JSON: `));
  });
});
