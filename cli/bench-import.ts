// `npm run bench:import`: how long importing the full open data takes, against the floor of
// loading the same rows with raw COPY into bare text tables, and the import's peak memory.
// Where and with which options: USAGE below (--help). Each import runs in a child process of its
// own so that its peak RSS is its own.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import postgres from "postgres";
import { referenceDir } from "@/db/load/reference";
import { checkCordisDirectory, CORDIS_FILES, readCsvHeader } from "@/lib/importers/cordis";
import { runImport, type ImportSummary, type ImportTimings } from "./import";
import { scriptArgs } from "./script-args";

const USAGE = `npm run bench:import -- [--dir ../shared/data] [--pglite]

  Imports the full open data (--dir: another data folder) into a fresh PostgreSQL database (on
  BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres;
  dropped afterwards), loads the same rows with raw COPY into bare tables, and prints both times,
  their ratio and the import's peak memory. --pglite adds the embedded engine (a fresh temporary
  directory).`;

interface ImportRun {
  /** The import as `import cordis` times it (after migrations): files, search data, indexes, statistics. */
  importMs: number;
  timings: ImportTimings;
  firstLoad: boolean;
  rows: number;
  rejected: number;
  maxRssMb: number;
  /** CPU time of the import process (user + system): on a shared machine, steadier than the wall clock. */
  cpuMs: number;
  projects: number;
  organisations: number;
  participations: number;
}

/**
 * The child: `import cordis --dir DIR` exactly as the CLI runs it (migrations first, then the
 * files, the search data, the indexes and statistics), on the database the environment names;
 * prints the summary, then one line with the figures.
 */
async function importChild(dir: string, rejects: string): Promise<void> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => lines.push(args.map(String).join(" "));
  try {
    const code = await runImport(["cordis", "--dir", dir, "--rejects", rejects, "--json"]);
    if (code !== 0 && code !== 3) throw new Error(`import cordis exited with ${code}`);
  } finally {
    console.log = log;
  }
  const summary = JSON.parse(lines.join("\n")) as ImportSummary;
  const run: ImportRun = {
    importMs: summary.elapsedMs,
    timings: summary.timings,
    firstLoad: summary.firstLoad,
    rows: summary.totals.rows,
    rejected: summary.totals.rejected,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    projects: summary.stats.projects,
    organisations: summary.stats.organisations,
    participations: summary.stats.participations,
  };
  console.log(JSON.stringify(run));
}

function runImportChild(env: Record<string, string>, dir: string, rejects: string): ImportRun {
  const result = spawnSync(
    path.join(process.cwd(), "node_modules", ".bin", "tsx"),
    [path.join(process.cwd(), "cli", "bench-import.ts"), "--child", rejects, "--dir", dir],
    { encoding: "utf8", env: { ...process.env, TEST_DATABASE_URL: "", ...env }, maxBuffer: 1 << 24 },
  );
  if (result.status !== 0) throw new Error(`the import failed (${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1)!) as ImportRun;
}

/** The same source files, COPY'd as they are into one bare table of text columns per file. */
async function rawCopy(url: string, dir: string): Promise<{ ms: number; rows: number }> {
  const check = await checkCordisDirectory(dir, referenceDir);
  const files = [check.reference.countries, check.reference.nutsRegions, ...Object.keys(CORDIS_FILES).map((k) => check.cordis[k as keyof typeof CORDIS_FILES])];
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`create schema raw_copy`;
    const tables: { file: string; table: string; columns: string[] }[] = [];
    for (const file of files) {
      const table = path.basename(file).replace(/\.csv(\.gz)?$/, "");
      const columns = await readCsvHeader(file);
      await sql.unsafe(`create table raw_copy."${table}" (${columns.map((c) => `"${c}" text`).join(", ")})`);
      tables.push({ file, table, columns });
    }
    const started = performance.now();
    for (const { file, table } of tables) {
      const writable = await sql.unsafe(`copy raw_copy."${table}" from stdin with (format csv, header true)`).writable();
      const source = fs.createReadStream(file);
      if (file.endsWith(".gz")) await pipeline(source, zlib.createGunzip(), writable);
      else await pipeline(source, writable);
    }
    const ms = performance.now() - started;
    let rows = 0;
    for (const { table } of tables) rows += Number((await sql.unsafe(`select count(*)::int as n from raw_copy."${table}"`))[0]!.n);
    return { ms, rows };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (x: number) => new Intl.NumberFormat("en-GB").format(Math.round(x));

function printImport(label: string, run: ImportRun): void {
  const t = run.timings;
  console.log(`  ${label.padEnd(22)} ${s(run.importMs).padStart(8)}  (${n(run.rows / (run.importMs / 1000))} rows/s, ${n(run.rejected)} rejected)`);
  console.log(`  ${"  files".padEnd(22)} ${s(t.loadMs).padStart(8)}  (read, validated, written${run.firstLoad ? "; first load: one transaction" : ""})`);
  const concurrent = run.firstLoad && (t.connections ?? 1) > 1 && t.finishMs !== undefined;
  if (concurrent) {
    console.log(`  ${"  then".padEnd(22)} ${s(t.finishMs!).padStart(8)}  (search data, indexes, foreign keys, statistics on ${t.connections} connections at once, then a vacuum; each summed over them:)`);
  }
  const indent = concurrent ? "    " : "  ";
  console.log(`  ${`${indent}search data`.padEnd(22)} ${s(t.searchMs).padStart(8)}  (refresh_project_search, partner network and counts, facet totals)`);
  if (run.firstLoad) console.log(`  ${`${indent}indexes, foreign keys`.padEnd(22)} ${s(t.indexesMs).padStart(8)}  (built once at the end)`);
  // A first load on several connections (PostgreSQL) ends with a VACUUM of the loaded tables, timed with the statistics.
  console.log(`  ${`${indent}statistics`.padEnd(22)} ${s(t.analyzeMs).padStart(8)}  (${concurrent ? "analyze, then vacuum" : "analyze"})`);
  console.log(`  ${"CPU of the process".padEnd(22)} ${s(run.cpuMs).padStart(8)}  (Node: reading, validating, merging, sending; the database's own CPU is not in it)`);
  console.log(`  ${"peak memory (RSS)".padEnd(22)} ${`${n(run.maxRssMb)} MB`.padStart(8)}  (goal ≤ 1 GB: ${run.maxRssMb <= 1024 ? "met" : "NOT met"})`);
  console.log(`  ${"loaded".padEnd(22)} ${n(run.projects)} projects, ${n(run.organisations)} organisations, ${n(run.participations)} participations`);
}

async function main(): Promise<void> {
  const values = scriptArgs({ dir: { type: "string" }, pglite: { type: "boolean" }, child: { type: "string" } }, USAGE);
  const dir = path.resolve(values.dir ?? path.join("..", "shared", "data"));
  if (values.child) return importChild(dir, values.child);

  const server = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  // BENCH_DATABASE_PREFIX: where several people share one server, each names their own databases.
  const prefix = process.env.BENCH_DATABASE_PREFIX || "consortia_bench_";
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix)) throw new Error(`BENCH_DATABASE_PREFIX must be lower-case letters, digits and _: ${prefix}`);
  const name = `${prefix}${randomBytes(4).toString("hex")}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  console.log(`Import benchmark: ${dir}`);
  console.log(`${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (other work on the machine slows both figures)`);
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  try {
    console.log(`\nPostgreSQL (fresh database ${name} on ${url.host})`);
    const rejects = path.join(os.tmpdir(), `${name}-rejects.csv`);
    const pg = runImportChild({ DATABASE_URL: url.toString() }, dir, rejects);
    fs.rmSync(rejects, { force: true });
    printImport("import cordis", pg);
    const copy = await rawCopy(url.toString(), dir);
    console.log(`  ${"raw COPY".padEnd(22)} ${s(copy.ms).padStart(8)}  (${n(copy.rows)} rows into bare text tables, no keys, no indexes)`);
    const ratio = pg.importMs / copy.ms;
    console.log(`  ${"import / raw COPY".padEnd(22)} ${`${ratio.toFixed(1)}×`.padStart(8)}  (goal ≤ 2×: ${ratio <= 2 ? "met" : "NOT met"})`);
    if (copy.rows !== pg.rows) console.log(`  note: COPY loaded ${n(copy.rows)} rows, the import read ${n(pg.rows)}`);
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
  if (values.pglite) {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-bench-"));
    try {
      console.log(`\nPGlite (fresh directory ${tmp})`);
      printImport("import cordis", runImportChild({ DATABASE_URL: "", PGLITE_DIR: path.join(tmp, "pglite") }, dir, path.join(tmp, "rejects.csv")));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
