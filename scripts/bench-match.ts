// npm run bench:match — how long computing one query's matches takes on the full knowledge base, on
// PostgreSQL and on PGlite: p50/p95 over queries built from real Horizon Europe projects (what their
// coordinator would have asked: programme part, topic, themes, the coordinator as requester), untyped
// and typed (one partner's type and country), and with the project's title as the text where it has
// one (an interest has words; "all" is untyped and typed), untyped with a description (the title
// where CORDIS gives one, and its call topic's title: 14 words on average, 4-26 for most; an interest's
// description is often longer), and typed with that country as the
// target region too (an interest names where the project happens), untyped with it (an interest
// naming places and no partner type: the slowest kind), and typed with the programme
// instead of its part and topic (an interest that names Horizon Europe and no call topic), each run
// --runs times; and, in
// the same run, one indexed lookup of an organisation by id, with the ratio.
//
// Without --pg-url / --pglite-dir it imports ../shared/data into a fresh PostgreSQL database and a
// fresh PGlite directory (the import CLI), and removes them afterwards unless --keep. Options: USAGE
// below (--help).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, type DatabaseTarget } from "@/db";
import { evaluationCandidates } from "@/db/matching/evaluation";
import { findMatches } from "@/db/matching/find-matches";
import { resolveMatchQuery } from "@/db/matching/resolve-query";
import { migrateDatabase } from "@/db/migrate";
import { rowsOf } from "@/db/rows";
import { textArray } from "@/db/sql-arrays";
import { seededSample } from "@/lib/matching/evaluation";
import type { MatchQuery } from "@/lib/matching/types";
import { scriptArgs } from "@/cli/script-args";

const USAGE = `npm run bench:match -- [--runs 5] [--queries 20] [--engine both|postgres|pglite] [--data ../shared/data]
                       [--pg-server postgres://postgres@127.0.0.1:5432/postgres]
                       [--pg-url URL] [--pglite-dir DIR] [--keep]

  p50/p95 of computing one query's matches on the full knowledge base (queries from real Horizon
  Europe projects), on PostgreSQL and PGlite, with one lookup by id for scale. Without --pg-url /
  --pglite-dir it imports --data into a fresh database and directory (removed unless --keep).`;
const args = scriptArgs({
    runs: { type: "string", default: "5" },
    queries: { type: "string", default: "20" },
    engine: { type: "string", default: "both" },
    data: { type: "string", default: path.resolve(process.cwd(), "..", "shared", "data") },
    "pg-server": { type: "string", default: process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
    "pg-url": { type: "string" },
    "pglite-dir": { type: "string" },
    keep: { type: "boolean", default: false },
  }, USAGE);
const runs = Math.max(1, Number(args.runs));
const queryCount = Math.max(1, Number(args.queries));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function importInto(target: DatabaseTarget): void {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  if (target.kind === "postgres") env.DATABASE_URL = target.url;
  else env.PGLITE_DIR = target.dataDir;
  const rejects = path.join(os.tmpdir(), `consortia-bench-match-rejects-${process.pid}.csv`);
  const started = performance.now();
  const run = spawnSync(path.join(process.cwd(), "node_modules", ".bin", "tsx"), ["cli/index.ts", "import", "cordis", "--dir", args.data!, "--rejects", rejects], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  fs.rmSync(rejects, { force: true });
  if (run.status !== 0 && run.status !== 3) throw new Error(`import failed (exit ${run.status ?? run.signal})`);
  console.error(`imported in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

interface EngineResult {
  engine: string;
  untyped: number[];
  typed: number[];
  /** The untyped queries of the projects with a title, the title as their text (an interest has words). */
  text: number[];
  /** The untyped queries with a description: the project's title and its call topic's title. */
  description: number[];
  /** The typed queries with the partner's country as the target region. */
  regions: number[];
  /** The untyped queries with that country as the target region (an interest naming places, no partner type). */
  regionsUntyped: number[];
  /** The typed queries with the programme (HORIZON) instead of the part and topic. */
  programme: number[];
  lookup: number[];
  /** Mean CPU milliseconds per query (this process, and on PostgreSQL its server backends): what the machine's load does not inflate. */
  cpuUntyped: number;
  cpuTyped: number;
  cpuText: number;
  cpuDescription: number;
  cpuRegions: number;
  cpuRegionsUntyped: number;
  cpuProgramme: number;
}

/** CPU milliseconds used so far by this process and, on PostgreSQL, by the server processes of this database (Linux /proc). */
async function cpuMs(engine: "postgres" | "pglite", backends: number[]): Promise<number> {
  const own = process.cpuUsage();
  let total = (own.user + own.system) / 1000;
  if (engine === "postgres") {
    for (const pid of backends) {
      try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
      } catch {
        // a backend that has gone, or a server on another machine: its share is not counted
      }
    }
  }
  return total;
}

async function benchEngine(engine: "postgres" | "pglite"): Promise<EngineResult> {
  let target: DatabaseTarget;
  let cleanup = async () => {};
  if (engine === "postgres") {
    if (args["pg-url"]) target = { kind: "postgres", url: args["pg-url"] };
    else {
      const name = `consortia_bench_match_${process.pid}`;
      const admin = postgres(args["pg-server"]!, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name}`);
      await admin.end();
      const url = Object.assign(new URL(args["pg-server"]!), { pathname: `/${name}` }).toString();
      target = { kind: "postgres", url };
      importInto(target);
      cleanup = async () => {
        if (args.keep) return console.error(`kept ${url}`);
        const a = postgres(args["pg-server"]!, { max: 1, onnotice: () => {} });
        await a.unsafe(`drop database if exists ${name} with (force)`);
        await a.end();
      };
    }
  } else {
    if (args["pglite-dir"]) target = { kind: "pglite", dataDir: args["pglite-dir"] };
    else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "consortia-bench-match-"));
      target = { kind: "pglite", dataDir: path.join(dir, "pglite") };
      importInto(target);
      cleanup = async () => (args.keep ? console.error(`kept ${dir}`) : fs.rmSync(dir, { recursive: true, force: true }));
    }
  }
  const handle = openDatabase(target);
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    const projects = seededSample(await evaluationCandidates(db), (p) => p.externalId, 42, queryCount);
    const untypedQueries: MatchQuery[] = [];
    const typedQueries: MatchQuery[] = [];
    const textQueries: MatchQuery[] = [];
    const regionQueries: MatchQuery[] = [];
    const untypedRegionQueries: MatchQuery[] = [];
    const programmeQueries: MatchQuery[] = [];
    const descriptionQueries: MatchQuery[] = [];
    const topicTitles = new Map(
      rowsOf<{ code: string; title: string | null }>(await db.execute(sql`select code, title from topics where code = any(${textArray(projects.map((p) => p.topic ?? ""))})`))
        .map((r) => [r.code, r.title]),
    );
    for (const p of projects) {
      const { query } = await resolveMatchQuery(db, {
        id: p.externalId, programmePart: p.programmePart ?? undefined, topic: p.topic ?? undefined, themes: p.themes, requester: p.coordinatorPic, k: 20,
      });
      untypedQueries.push(query);
      if (p.title) textQueries.push({ ...query, text: p.title });
      const topicTitle = p.topic ? topicTitles.get(p.topic) : null;
      if (topicTitle) descriptionQueries.push({ ...query, text: [p.title, topicTitle].filter(Boolean).join(". ") });
      const partner = p.partners.find((x) => x.countryCode);
      if (partner) {
        const typed = { ...query, partnerTypes: [partner.type], countries: [partner.countryCode!] };
        typedQueries.push(typed);
        regionQueries.push({ ...typed, regions: typed.countries });
        untypedRegionQueries.push({ ...query, regions: typed.countries });
        programmeQueries.push({ ...typed, programmePartCode: undefined, topicCode: undefined, programmeCode: "HORIZON" });
      }
    }
    const time = async (q: MatchQuery) => {
      const t = performance.now();
      await findMatches(db, q);
      return performance.now() - t;
    };
    for (const q of [...untypedQueries.slice(0, 3), ...typedQueries.slice(0, 3)]) await time(q); // warm-up
    const untyped: number[] = [];
    const typed: number[] = [];
    const text: number[] = [];
    const description: number[] = [];
    const regions: number[] = [];
    const regionsUntyped: number[] = [];
    const programme: number[] = [];
    const backends = engine === "postgres"
      ? rowsOf<{ pid: number }>(await db.execute(sql`select pid from pg_stat_activity where datname = current_database()`)).map((r) => Number(r.pid))
      : [];
    /** Times each query into `into`; returns the CPU milliseconds they took together. */
    const timeAll = async (queries: MatchQuery[], into: number[]) => {
      const c = await cpuMs(engine, backends);
      for (const q of queries) into.push(await time(q));
      return (await cpuMs(engine, backends)) - c;
    };
    let cpuUntyped = 0;
    let cpuTyped = 0;
    let cpuText = 0;
    let cpuDescription = 0;
    let cpuRegions = 0;
    let cpuRegionsUntyped = 0;
    let cpuProgramme = 0;
    for (let r = 0; r < runs; r++) {
      cpuUntyped += await timeAll(untypedQueries, untyped);
      cpuTyped += await timeAll(typedQueries, typed);
      cpuText += await timeAll(textQueries, text);
      cpuDescription += await timeAll(descriptionQueries, description);
      cpuRegions += await timeAll(regionQueries, regions);
      cpuRegionsUntyped += await timeAll(untypedRegionQueries, regionsUntyped);
      cpuProgramme += await timeAll(programmeQueries, programme);
    }
    const ids = rowsOf<{ id: number }>(await db.execute(sql`select organisation_id as id from organisation_facets order by organisation_id limit 200`)).map((r) => Number(r.id));
    const lookup: number[] = [];
    for (let r = 0; r < Math.max(5, runs); r++) {
      for (const id of ids) {
        const t = performance.now();
        await db.execute(sql`select * from organisations where id = ${id}`);
        lookup.push(performance.now() - t);
      }
    }
    return {
      engine, untyped, typed, text, description, regions, regionsUntyped, programme, lookup,
      cpuUntyped: cpuUntyped / Math.max(1, untyped.length), cpuTyped: cpuTyped / Math.max(1, typed.length), cpuText: cpuText / Math.max(1, text.length),
      cpuDescription: cpuDescription / Math.max(1, description.length),
      cpuRegions: cpuRegions / Math.max(1, regions.length), cpuRegionsUntyped: cpuRegionsUntyped / Math.max(1, regionsUntyped.length), cpuProgramme: cpuProgramme / Math.max(1, programme.length),
    };
  } finally {
    await handle.close();
    await cleanup();
  }
}

const engines = args.engine === "both" ? (["postgres", "pglite"] as const) : ([args.engine] as ("postgres" | "pglite")[]);
const results: EngineResult[] = [];
for (const engine of engines) results.push(await benchEngine(engine));

const f = (ms: number) => ms.toFixed(1);
const header = ["engine", "queries", "p50 ms", "p95 ms", "CPU ms/query", "lookup p50 ms", "p95 / lookup", "goal p95"];
const rows: string[][] = [];
for (const r of results) {
  const lookup = percentile(r.lookup, 0.5);
  const goal = r.engine === "postgres" ? "≤ 50" : "≤ 150";
  const cpuAll = (r.cpuUntyped * r.untyped.length + r.cpuTyped * r.typed.length) / Math.max(1, r.untyped.length + r.typed.length);
  // "all" is untyped and typed, as before text was timed apart.
  const kinds = [["untyped", r.untyped, r.cpuUntyped], ["typed", r.typed, r.cpuTyped], ["all", [...r.untyped, ...r.typed], cpuAll], ["text", r.text, r.cpuText], ["description", r.description, r.cpuDescription], ["regions", r.regions, r.cpuRegions], ["regions untyped", r.regionsUntyped, r.cpuRegionsUntyped], ["programme", r.programme, r.cpuProgramme]] as const;
  for (const [kind, values, cpu] of kinds) {
    rows.push([`${r.engine} ${kind}`, String(values.length), f(percentile(values, 0.5)), f(percentile(values, 0.95)), f(cpu), f(lookup), `${(percentile(values, 0.95) / lookup).toFixed(0)}×`, goal]);
  }
}
const all = [header, ...rows];
const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
console.log(all.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ")).join("\n"));
console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} on ${os.cpus().length} cores: wall times grow with the load, CPU times much less`);
