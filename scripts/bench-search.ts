// npm run bench:search — a fixed set of realistic searches (text, facets, both, deep pages) over
// the full knowledge base, run N times each on PostgreSQL and on PGlite, printing p50/p95 per
// search and over all of them. Each timing is one complete search as a page runs it: text query
// with cross-language expansion, result page, facet counts over the whole result, labels.
//
// It imports ../shared/data (CORDIS, reference lists) plus the KEEP vocabulary and seed projects
// into a fresh PostgreSQL database and a fresh PGlite directory, refreshes the search data and
// runs ANALYZE, then benchmarks; both are removed afterwards. Options: USAGE below (--help).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { loadCordisDirectory } from "@/db/load/cordis";
import { loadKeepProjects, loadKeepThemes } from "@/db/load/keep";
import { loadReferenceData } from "@/db/load/reference";
import { rowsOf } from "@/db/rows";
import { searchOrganisationsWithFacets } from "@/db/search/organisations";
import { searchProjectsWithFacets } from "@/db/search/projects";
import { refreshProjectSearch } from "@/db/search/refresh";
import { parseOrganisationSearchState, parseProjectSearchState } from "@/lib/search/params";
import { scriptArgs } from "@/cli/script-args";

const USAGE = `npm run bench:search -- [--runs 10] [--engine both|postgres|pglite] [--data ../shared/data]
                        [--pg-server postgres://postgres@127.0.0.1:5432/postgres]
                        [--pg-url URL | --pglite-dir DIR]   (an already loaded database: no import, kept)
                        [--keep]   (keep the databases it made)

  p50/p95 of a fixed set of realistic searches (text, facets, both, deep pages) on the full
  knowledge base, on PostgreSQL and PGlite.`;
const args = scriptArgs({
    runs: { type: "string", default: "10" },
    engine: { type: "string", default: "both" },
    data: { type: "string", default: path.resolve(process.cwd(), "..", "shared", "data") },
    "pg-server": { type: "string", default: process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    "pg-url": { type: "string" },
    "pglite-dir": { type: "string" },
    keep: { type: "boolean", default: false },
  }, USAGE);
const runs = Math.max(1, Number(args.runs));

interface Search {
  name: string;
  kind: "projects" | "organisations";
  /** URL params as a page gets them; {theme:…} and {part:…} placeholders are looked up by name. */
  params: Record<string, string>;
}

// Ids differ between databases: themes and parts are named here and looked up before the run.
const THEME_NATURAL = "@theme:natural sciences";
const THEME_CLUSTERS = "@theme:Clusters and economic cooperation";
const PART_ERC = "@part:HORIZON.1.1";

const SEARCHES: Search[] = [
  { name: "all projects, most recent", kind: "projects", params: {} },
  { name: "q=cluster", kind: "projects", params: { q: "cluster" } },
  { name: "q=klastry (pl)", kind: "projects", params: { q: "klastry" } },
  { name: "q=grappes d'entreprises (fr)", kind: "projects", params: { q: "grappes d'entreprises" } },
  { name: "q=Cluster Entwicklung (de)", kind: "projects", params: { q: "Cluster Entwicklung" } },
  { name: "q=innovazione PMI (it)", kind: "projects", params: { q: "innovazione PMI" } },
  { name: "q=desarrollo regional (es)", kind: "projects", params: { q: "desarrollo regional" } },
  { name: "q=INCLUD (exact acronym)", kind: "projects", params: { q: "INCLUD" } },
  { name: "q=hydrogen storage", kind: "projects", params: { q: "hydrogen storage" } },
  { name: "q=forest fires drones (none has all: any part)", kind: "projects", params: { q: "forest fires drones" } },
  { name: "q=climate adaptation Alps (few: rest counted)", kind: "projects", params: { q: "climate adaptation Alps" } },
  { name: "q=climate adaptation Alps, match=any", kind: "projects", params: { q: "climate adaptation Alps", match: "any" } },
  { name: "q=hydorgen storgae (nothing: spelling offered)", kind: "projects", params: { q: "hydorgen storgae" } },
  { name: "q=artificial intelligence, country=DE", kind: "projects", params: { q: "artificial intelligence", country: "DE" } },
  { name: "country=DE, type=sme", kind: "projects", params: { country: "DE", type: "sme" } },
  { name: "country=IT, region=ITC4 (NUTS-2)", kind: "projects", params: { country: "IT", region: "ITC4" } },
  { name: "theme=natural sciences", kind: "projects", params: { theme: THEME_NATURAL } },
  { name: "programme=HORIZON, part=ERC", kind: "projects", params: { programme: "HORIZON", part: PART_ERC } },
  { name: "q=innovation, sort=budget", kind: "projects", params: { q: "innovation", sort: "budget" } },
  { name: "q=energy, page 20", kind: "projects", params: { q: "energy", page: "20" } },
  { name: "all projects, page 500", kind: "projects", params: { page: "500" } },
  { name: "theme=clusters, country=PL", kind: "projects", params: { theme: THEME_CLUSTERS, country: "PL" } },
  { name: "organisations: all, most projects", kind: "organisations", params: {} },
  { name: "organisations: q=university", kind: "organisations", params: { q: "university" } },
  { name: "organisations: country=FR, coordinated", kind: "organisations", params: { country: "FR", coordinated: "1" } },
  { name: "organisations: theme=natural sciences, country=IT", kind: "organisations", params: { theme: THEME_NATURAL, country: "IT" } },
  { name: "organisations: q=agency, page 5", kind: "organisations", params: { q: "agency", page: "5" } },
  // By what their projects are about (the project search's text query, counted per organisation).
  { name: "organisations: q=przemysł drzewny (pl, subject)", kind: "organisations", params: { q: "przemysł drzewny" } },
  { name: "organisations: q=energy, sort=matching", kind: "organisations", params: { q: "energy", sort: "matching" } },
  { name: "organisations: q=forest fires drones (any part)", kind: "organisations", params: { q: "forest fires drones" } },
  { name: "organisations: q=climate adaptation Alps (few)", kind: "organisations", params: { q: "climate adaptation Alps" } },
  { name: "organisations: q=Fraunhover (nothing: spelling)", kind: "organisations", params: { q: "Fraunhover" } },
  { name: "organisations: q=hydrogen storage, country=DE", kind: "organisations", params: { q: "hydrogen storage", country: "DE" } },
];

const ms = (t0: number) => performance.now() - t0;
const fmt = (n: number) => n.toFixed(1).padStart(8);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

async function loadFullData(handle: DatabaseHandle, label: string): Promise<void> {
  const t0 = performance.now();
  await migrateDatabase(handle);
  await loadReferenceData(handle.db);
  await loadKeepThemes(handle.db);
  await loadKeepProjects(handle.db);
  await loadCordisDirectory(handle.db, args.data!);
  const loaded = ms(t0);
  const t1 = performance.now();
  await refreshProjectSearch(handle.db);
  const refreshed = ms(t1);
  await handle.db.execute(sql`analyze`);
  console.log(`${label}: imported in ${(loaded / 1000).toFixed(1)} s, refreshProjectSearch in ${(refreshed / 1000).toFixed(1)} s, analyzed`);
}

async function resolveParams(handle: DatabaseHandle, params: Record<string, string>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value.startsWith("@theme:")) {
      const [row] = rowsOf<{ id: number }>(await handle.db.execute(sql`select id from themes where label = ${value.slice(7)} order by level, id limit 1`));
      if (row) out[key] = String(row.id);
    } else if (value.startsWith("@part:")) {
      const [row] = rowsOf<{ id: number }>(await handle.db.execute(sql`select id from programme_parts where code = ${value.slice(6)} order by id limit 1`));
      if (row) out[key] = String(row.id);
    } else {
      out[key] = value;
    }
  }
  return out;
}

async function runSearch(handle: DatabaseHandle, search: Search, params: Record<string, string>): Promise<number> {
  if (search.kind === "projects") {
    const result = await searchProjectsWithFacets(handle.db, parseProjectSearchState(params));
    return result.total;
  }
  const result = await searchOrganisationsWithFacets(handle.db, parseOrganisationSearchState(params));
  return result.total;
}

async function bench(label: string, handle: DatabaseHandle): Promise<number[]> {
  const resolved = await Promise.all(SEARCHES.map((s) => resolveParams(handle, s.params)));
  // One warm-up round: caches (the vocabulary), the planner's statistics, pages in memory.
  const totals = [];
  for (let i = 0; i < SEARCHES.length; i++) totals.push(await runSearch(handle, SEARCHES[i]!, resolved[i]!));
  const times: number[][] = SEARCHES.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < SEARCHES.length; i++) {
      const t0 = performance.now();
      await runSearch(handle, SEARCHES[i]!, resolved[i]!);
      times[i]!.push(ms(t0));
    }
  }
  console.log(`\n${label} — ${runs} runs of each search (facet counts included)`);
  console.log(`${"search".padEnd(48)} ${"results".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`);
  for (let i = 0; i < SEARCHES.length; i++) {
    const sorted = [...times[i]!].sort((a, b) => a - b);
    console.log(`${SEARCHES[i]!.name.padEnd(48)} ${String(totals[i]).padStart(8)} ${fmt(percentile(sorted, 50))} ${fmt(percentile(sorted, 95))} ${fmt(sorted.at(-1)!)}`);
  }
  const all = times.flat().sort((a, b) => a - b);
  console.log(`${"ALL SEARCHES".padEnd(48)} ${"".padStart(8)} ${fmt(percentile(all, 50))} ${fmt(percentile(all, 95))} ${fmt(all.at(-1)!)}`);
  return all;
}

async function counts(handle: DatabaseHandle): Promise<string> {
  const [row] = rowsOf<Record<string, number>>(
    await handle.db.execute(sql`select
      (select count(*) from projects)::int as projects, (select count(*) from project_facets)::int as listed,
      (select count(*) from organisations)::int as organisations, (select count(*) from organisation_facets)::int as named,
      (select count(*) from participations)::int as participations, (select count(*) from themes)::int as themes`),
  );
  return `${row!.projects} projects (${row!.listed} listed), ${row!.organisations} organisations (${row!.named} named), ${row!.participations} participations, ${row!.themes} themes`;
}

async function benchPostgres(): Promise<number[]> {
  if (args["pg-url"]) {
    const handle = openDatabase({ kind: "postgres", url: args["pg-url"] });
    try {
      console.log(`PostgreSQL (existing ${new URL(args["pg-url"]).pathname.slice(1)}): ${await counts(handle)}`);
      return await bench("PostgreSQL", handle);
    } finally {
      await handle.close();
    }
  }
  const server = args["pg-server"]!;
  const name = `consortia_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: "postgres", url: url.toString() });
  try {
    await loadFullData(handle, `PostgreSQL (${name})`);
    console.log(`PostgreSQL: ${await counts(handle)}`);
    return await bench("PostgreSQL", handle);
  } finally {
    await handle.close();
    if (!args.keep) await admin.unsafe(`drop database if exists ${name} with (force)`);
    else console.log(`kept: ${url.toString()}`);
    await admin.end();
  }
}

async function benchPglite(): Promise<number[]> {
  const existing = args["pglite-dir"];
  const dir = existing ?? fs.mkdtempSync(path.join(os.tmpdir(), "consortia-bench-"));
  const handle = openDatabase({ kind: "pglite", dataDir: dir });
  try {
    if (!existing) await loadFullData(handle, `PGlite (${dir})`);
    console.log(`PGlite: ${await counts(handle)}`);
    return await bench("PGlite", handle);
  } finally {
    await handle.close();
    if (!existing && !args.keep) fs.rmSync(dir, { recursive: true, force: true });
    else console.log(`kept: ${dir}`);
  }
}

const summary: string[] = [];
if (args.engine === "both" || args.engine === "postgres") {
  const all = await benchPostgres();
  summary.push(`PostgreSQL: p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms (goal p95 ≤ 100 ms)`);
}
if (args.engine === "both" || args.engine === "pglite") {
  const all = await benchPglite();
  summary.push(`PGlite:     p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms (goal p95 ≤ 250 ms)`);
}
console.log(`\n${summary.join("\n")}`);
