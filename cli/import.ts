// `import cordis` and `import keep`: load files into the knowledge base, account for every row
// (a table per file: rows = imported + merged + rejected + excluded), write rejected rows to a
// rejects CSV, and exit 0 (no reject), 3 (some rows rejected) or 1 (fatal: nothing or not all loaded).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { getDatabase, type DatabaseHandle, type Db } from "@/db/index";
import { firstLoad as runFirstLoad, firstLoadConnections, knowledgeBaseIsEmpty, restoreDeferredObjects } from "@/db/load/deferred-indexes";
import { sql } from "drizzle-orm";
import { refreshProjectSearch } from "@/db/search/refresh";
import { loadCordisDirectory, type CordisFileReport, type ExclusionRemoval } from "@/db/load/cordis";
import { importKeepFile, isKeepCsv, loadKeepThemesFile } from "@/db/load/keep";
import { loadEuroSciVocLabelsFile } from "@/db/load/euroscivoc-labels";
import { KeepCsvFileError, parseKeepCsv } from "@/lib/importers/keep-csv";
import { KeepFormatError, parseKeepFile } from "@/lib/importers/keep";
import { loadReferenceData, loadReferenceFiles, referenceDir } from "@/db/load/reference";
import { acquireImportLock, ImportRunningError } from "@/db/load/import-lock";
import { markSourcesImported } from "@/db/jobs/refresh-matches";
import { DATA_SOURCES } from "@/lib/importers/sources";
import { migrateDatabase } from "@/db/migrate";
import { checkConnection, describeTarget } from "@/db/setup";
import { knowledgeBaseStats, type KnowledgeBaseStats } from "@/db/stats";
import { checkCordisDirectory, checkCsvFile } from "@/lib/importers/cordis";
import { createProgress, formatNumber, type ImportProgress } from "./progress";
import { createRejectsWriter, defaultRejectsPath, type RejectsWriter } from "./rejects";

export const importUsage = `Usage:
  npm run cli -- import cordis [--dir DIR] [--exclude-projects FILE] [--rejects FILE] [--json]
  npm run cli -- import keep FILE [--rejects FILE] [--json]

  import cordis   every CORDIS file of DIR (default ../shared/data), with countries.csv and
                  nuts_regions.csv from DIR when it has them, else the shipped data/reference copies,
                  and the shipped theme vocabulary (data/themes/keep-themes.json, six languages)
  import keep     a KEEP-style file: JSON, or CSV (one row per partner) when its name ends
                  in .csv (docs/keep-format.md)

  --exclude-projects FILE  leave out these projects (one Horizon Europe projectID or Horizon 2020
                           rcn per line) and everything only they bring; removes them if loaded before
  --rejects FILE           where rejected rows go (default: import-rejects-<time>.csv here)
  --json                   print the summary as JSON

Exit codes: 0 every row accounted for, none rejected; 3 some rows rejected (see the rejects
file); 1 fatal error (nothing written when a file is missing or has a wrong header); 2 usage.`;

/** A problem that stops the import with one message (exit 1). */
export class FatalImportError extends Error {}

export class UsageError extends Error {}

export interface ImportTotals {
  rows: number;
  imported: number;
  merged: number;
  rejected: number;
  excluded: number;
}

export interface ImportSummary {
  command: "import cordis" | "import keep";
  source: string;
  target: string;
  files: CordisFileReport[];
  totals: ImportTotals;
  /** Files whose counts do not add up to their rows (a bug if ever non-empty). */
  unaccounted: string[];
  rejects: { rows: number; file: string | null };
  excludedProjects: number;
  removed: ExclusionRemoval | null;
  elapsedMs: number;
  /** Where the time went: reading and writing the files, the search data, rebuilding indexes (first load), statistics. */
  timings: ImportTimings;
  /** True when the knowledge base was empty: one transaction, indexes and foreign keys built at the end. */
  firstLoad: boolean;
  stats: KnowledgeBaseStats;
}

export interface ImportTimings {
  loadMs: number;
  searchMs: number;
  indexesMs: number;
  analyzeMs: number;
  /**
   * First load: wall time of what follows the rows (search data, indexes, foreign keys, statistics)
   * on `connections` connections at once; searchMs, indexesMs and analyzeMs are then the time of
   * each kind of work summed over the connections, which overlap.
   */
  finishMs?: number;
  connections?: number;
}

/**
 * The ids of an exclusion file: one Horizon Europe projectID or Horizon 2020 rcn per line; blank
 * lines and lines starting with # are skipped. Anything else is an error naming the line.
 */
export function parseExclusionList(text: string, file = "exclusion file"): Set<string> {
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    if (!/^\d{1,12}$/.test(line)) throw new FatalImportError(`${file} line ${i + 1}: not a project id (projectID or rcn): ${JSON.stringify(raw)}`);
    ids.add(line);
  });
  return ids;
}

function readExclusionFile(file: string): Set<string> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new FatalImportError(`Cannot read the exclusion file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseExclusionList(text, file);
}

export function totalsOf(files: CordisFileReport[]): ImportTotals {
  const totals: ImportTotals = { rows: 0, imported: 0, merged: 0, rejected: 0, excluded: 0 };
  for (const f of files) for (const key of Object.keys(totals) as (keyof ImportTotals)[]) totals[key] += f[key];
  return totals;
}

const adds = (f: ImportTotals) => f.imported + f.merged + f.rejected + f.excluded === f.rows;

/** The summary as a table with totals, what was removed, where the rejects are, and the time. */
export function formatSummary(s: ImportSummary): string {
  const columns = ["rows", "imported", "merged", "rejected", "excluded"] as const;
  const rows: string[][] = [
    ["file", ...columns],
    ...s.files.map((f) => [f.file, ...columns.map((c) => formatNumber(f[c]))]),
    ["total", ...columns.map((c) => formatNumber(s.totals[c]))],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const out = [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1)!), ""];
  out.push(
    s.unaccounted.length === 0
      ? "Every row is accounted for: rows = imported + merged + rejected + excluded in each file."
      : `NOT ACCOUNTED FOR: ${s.unaccounted.join(", ")}`,
  );
  if (s.excludedProjects > 0) {
    const removed = s.removed
      ? ` Removed from the earlier load: ${s.removed.projects} projects, ${s.removed.participations} participations, ` +
        `${s.removed.organisations} organisations (rebuilt from their other rows), ${s.removed.topics} topics, ` +
        `${s.removed.programmeParts} programme parts, ${s.removed.themes} themes.`
      : "";
    out.push(`Excluded projects: ${s.excludedProjects} listed; their rows are counted as excluded.${removed}`);
  }
  out.push(
    s.rejects.rows > 0
      ? `Rejected rows: ${formatNumber(s.rejects.rows)}, listed in ${s.rejects.file}`
      : `Rejected rows: none${s.rejects.file ? ` (${s.rejects.file} has the header only)` : ""}`,
  );
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const t = s.timings;
  if (s.firstLoad && t.finishMs !== undefined && (t.connections ?? 1) > 1) {
    out.push(
      `Elapsed: ${sec(s.elapsedMs)}, into ${s.target} (files ${sec(t.loadMs)}, then ${sec(t.finishMs)} on ${t.connections} connections at once ` +
        `for search data ${sec(t.searchMs)}, indexes and foreign keys ${sec(t.indexesMs)}, statistics and vacuum ${sec(t.analyzeMs)})`,
    );
  } else {
    const indexes = s.firstLoad ? `, indexes and foreign keys ${sec(t.indexesMs)}` : "";
    // A KEEP import takes statistics within its search data refresh, when they are due.
    const statistics = t.analyzeMs > 0 ? `, statistics ${sec(t.analyzeMs)}` : "";
    out.push(`Elapsed: ${sec(s.elapsedMs)}, into ${s.target} (files ${sec(t.loadMs)}, search data ${sec(t.searchMs)}${indexes}${statistics})`);
  }
  const k = s.stats;
  out.push(
    `Knowledge base: ${formatNumber(k.projects)} projects, ${formatNumber(k.organisations)} organisations ` +
      `(${formatNumber(k.namedOrganisations)} named, ${formatNumber(k.organisations - k.namedOrganisations)} unnamed), ` +
      `${formatNumber(k.participations)} participations, ${k.programmes} programmes, ${formatNumber(k.themes)} themes, ` +
      `${k.countries} countries, ${formatNumber(k.regions)} regions`,
  );
  return out.join("\n");
}

interface Run {
  handle: DatabaseHandle;
  /** Releases the import lock (one import at a time per database). */
  unlock: () => Promise<void>;
  rejects: RejectsWriter;
  progress: ImportProgress;
  started: number;
  timings: ImportTimings;
  /** Indexes and foreign keys an interrupted first load had set aside, put back by this run (it then refreshes everything). */
  restored: number;
}

/** Runs a phase and adds its time to the run's timings. */
async function timed<T>(run: Run, phase: keyof ImportTimings, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    run.timings[phase] += Math.round(performance.now() - started);
  }
}

async function openRun(rejectsFile: string | undefined): Promise<Run> {
  const handle = getDatabase();
  let unlock: () => Promise<void>;
  try {
    await checkConnection(handle);
    unlock = await acquireImportLock(handle);
  } catch (error) {
    await handle.close();
    throw error instanceof ImportRunningError ? new FatalImportError(error.message) : error;
  }
  try {
    await migrateDatabase(handle);
  } catch (error) {
    await unlock();
    await handle.close();
    throw error;
  }
  const rejects = createRejectsWriter(rejectsFile ?? defaultRejectsPath(), { always: rejectsFile !== undefined });
  const timings = { loadMs: 0, searchMs: 0, indexesMs: 0, analyzeMs: 0 };
  const run: Run = { handle, unlock, rejects, progress: createProgress(), started: performance.now(), timings, restored: 0 };
  try {
    // A first load killed after its rows were committed left indexes and foreign keys aside: back
    // first; the rest of this run then finishes the job (a full search refresh included).
    const restored = await restoreDeferredObjects(handle.db);
    run.restored = restored;
    if (restored > 0) run.progress.note(`An earlier first load was interrupted: put back ${restored} indexes and foreign keys it had set aside`);
  } catch (error) {
    rejects.close();
    await unlock();
    await handle.close();
    throw error;
  }
  return run;
}

/** Search words and facets come from several tables: recompute them once the data is in, as the demo load does. */
async function refreshSearch(run: Run, db: Db): Promise<void> {
  run.progress.note("Refreshing search data…");
  await timed(run, "searchMs", () => refreshProjectSearch(db));
}

async function finishRun(
  run: Run,
  summary: Omit<ImportSummary, "totals" | "unaccounted" | "rejects" | "elapsedMs" | "stats" | "target" | "timings" | "firstLoad">,
  options: { firstLoad?: boolean; searchRefreshed?: "some" | "all"; sources: string[] },
): Promise<ImportSummary> {
  run.rejects.close();
  // The stored matches of open interests computed before now are stale: the job worker recomputes
  // them (db/jobs/refresh-matches.ts).
  await markSourcesImported(run.handle.db, options.sources);
  // A first load refreshed everything and took statistics itself. A loader that refreshed the search
  // data of a few projects took them when they were due (refreshProjectSearch); after a refresh of
  // everything they are taken here, as after any other import.
  if (!options.firstLoad && options.searchRefreshed !== "some") {
    if (!options.searchRefreshed) await refreshSearch(run, run.handle.db);
    // Fresh planner statistics for every table (PGlite never autovacuums); on PostgreSQL a VACUUM
    // too, as after a first load (vacuumLoadedTables): a server may run without autovacuum.
    const statistics = run.handle.target.kind === "postgres" ? sql`vacuum (analyze)` : sql`analyze`;
    await timed(run, "analyzeMs", () => run.handle.db.execute(statistics));
  }
  return {
    ...summary,
    target: describeTarget(run.handle),
    totals: totalsOf(summary.files),
    unaccounted: summary.files.filter((f) => !adds(f)).map((f) => f.file),
    rejects: { rows: run.rejects.count, file: run.rejects.written ? run.rejects.path : null },
    elapsedMs: Math.round(performance.now() - run.started),
    timings: run.timings,
    firstLoad: options.firstLoad ?? false,
    stats: await knowledgeBaseStats(run.handle.db),
  };
}

async function importCordis(argv: string[]): Promise<ImportSummary> {
  const { values } = parseArgs({
    args: argv,
    options: { dir: { type: "string" }, "exclude-projects": { type: "string" }, rejects: { type: "string" }, json: { type: "boolean" } },
  });
  const dir = values.dir ?? path.join("..", "shared", "data");
  const excluded = values["exclude-projects"] ? readExclusionFile(values["exclude-projects"]) : new Set<string>();
  // Everything is checked before the database is even opened: a bad directory writes nothing.
  const check = await checkCordisDirectory(dir, referenceDir);
  if (check.problems.length > 0) throw new FatalImportError(`Cannot import ${dir}: ${check.problems.join("; ")}. Nothing was written.`);

  const run = await openRun(values.rejects);
  try {
    const { progress, rejects } = run;
    const onRejection = (file: string, r: { line: number; field: string; reason: string }) => rejects.add({ file, ...r });
    let removed: ExclusionRemoval | null = null;
    const load = async (db: Db) => {
      const files = await loadReferenceFiles(db, check.reference, { onRejection, onFileDone: (f) => progress.fileDone(f) });
      // The shipped theme vocabulary: its labels and synonyms in six languages carry a query across
      // languages to these (English) projects.
      const vocabulary = await loadKeepThemesFile(db);
      progress.fileDone(vocabulary);
      files.push(vocabulary);
      files.push(
        ...(await loadCordisDirectory(db, dir, {
          excludeProjects: excluded,
          onRejection,
          onProgress: (file, p) => progress.update(file, p),
          onFileDone: (f) => progress.fileDone(f),
          onRemoved: (r) => {
            removed = r;
            progress.note(`Removed the excluded projects an earlier import had loaded: ${r.projects} projects, ${r.organisations} organisations to rebuild`);
          },
        })),
      );
      // After the CORDIS files, which bring the EuroSciVoc themes: their names in fr, de, pl, it, es.
      files.push(await loadEuroSciVocLabelsFile(db));
      progress.fileDone(files.at(-1)!);
      return files;
    };
    // Into an empty knowledge base: the rows in one transaction with the secondary indexes and
    // foreign keys set aside, then the search data, indexes and statistics — on PostgreSQL on
    // several connections at once (db/load/deferred-indexes.ts). Otherwise one transaction per file.
    const firstLoad = await knowledgeBaseIsEmpty(run.handle.db);
    let files: CordisFileReport[];
    if (firstLoad) {
      const connections = run.handle.target.kind === "postgres" ? firstLoadConnections() : 1;
      progress.note(
        connections > 1
          ? "Empty knowledge base: rows in one transaction, then search data, indexes and foreign keys on several connections"
          : "Empty knowledge base: loading in one transaction, indexes and foreign keys built at the end",
      );
      const done = await runFirstLoad(run.handle.db, { load, connections, onNote: (m) => progress.note(m) });
      files = done.result;
      const { loadMs, searchMs, indexesMs, analyzeMs, finishMs } = done.timings;
      Object.assign(run.timings, { loadMs, searchMs, indexesMs, analyzeMs, finishMs, connections });
    } else {
      files = await timed(run, "loadMs", () => load(run.handle.db));
    }
    return await finishRun(
      run,
      { command: "import cordis", source: path.resolve(dir), files, excludedProjects: excluded.size, removed },
      { firstLoad, sources: [DATA_SOURCES.cordisHe.id, DATA_SOURCES.cordisH2020.id, DATA_SOURCES.nuts.id] },
    );
  } finally {
    run.rejects.close();
    try {
      await run.unlock();
    } finally {
      await run.handle.close();
    }
  }
}

async function importKeep(argv: string[]): Promise<ImportSummary> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { rejects: { type: "string" }, json: { type: "boolean" } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("import keep takes one FILE");
  if (!fs.existsSync(file)) throw new FatalImportError(`Cannot import ${file}: no such file. Nothing was written.`);
  // The file itself (readable, JSON or CSV, a KEEP envelope or header) is checked before the database is opened.
  if (isKeepCsv(file)) {
    try {
      parseKeepCsv(fs.readFileSync(file, "utf8"));
    } catch (error) {
      if (error instanceof KeepCsvFileError) throw new FatalImportError(`${file} is not a KEEP CSV file: ${error.message}. Nothing was written.`);
      throw new FatalImportError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
    }
  } else {
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
      throw new FatalImportError(`${file} cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
    }
    const fileErrors = parseKeepFile(json).errors.filter((e) => e.project === null);
    if (fileErrors.length > 0) throw new FatalImportError(new KeepFormatError(file, fileErrors).message);
  }
  const run = await openRun(values.rejects);
  try {
    // Partners' countries point to the reference list: load the shipped one (idempotent).
    const reference = await checkCsvFile(path.join(referenceDir, "countries.csv"), ["cordisCode"]);
    if (reference) throw new FatalImportError(`Cannot load the reference data: ${reference}`);
    await loadReferenceData(run.handle.db);
    // The search data of what the file changed is refreshed in the load's transaction (a kill
    // leaves neither half done), timed apart from the load; after an interrupted first load,
    // finishRun refreshes everything.
    let refreshed: "some" | "all" | undefined = run.restored > 0 ? undefined : "some";
    const report = await timed(run, "loadMs", () =>
      importKeepFile(run.handle.db, file, {
        onRejection: (name, r) => run.rejects.add({ file: name, ...r }),
        afterLoad: async (tx, scope) => {
          if (run.restored > 0) return;
          if (scope.projectIds == null) refreshed = "all";
          run.progress.note(scope.projectIds ? `Refreshing search data of ${formatNumber(scope.projectIds.length)} projects…` : "Refreshing search data…");
          await timed(run, "searchMs", () => refreshProjectSearch(tx, scope.projectIds ?? undefined));
        },
      }),
    );
    // The load's time included its refresh.
    run.timings.loadMs -= run.timings.searchMs;
    run.progress.fileDone(report);
    return await finishRun(
      run,
      { command: "import keep", source: path.resolve(file), files: [report], excludedProjects: 0, removed: null },
      { searchRefreshed: refreshed, sources: [DATA_SOURCES.keep.id] },
    );
  } finally {
    run.rejects.close();
    try {
      await run.unlock();
    } finally {
      await run.handle.close();
    }
  }
}

/** `import cordis …` / `import keep …`: prints the summary and returns the exit code. */
export async function runImport(argv: string[]): Promise<number> {
  const [kind, ...rest] = argv;
  const json = rest.includes("--json");
  let summary: ImportSummary;
  try {
    if (kind === "cordis") summary = await importCordis(rest);
    else if (kind === "keep") summary = await importKeep(rest);
    else throw new UsageError(kind ? `Unknown import "${kind}"` : "import needs cordis or keep");
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`${(error as Error).message}\n\n${importUsage}`);
      return 2;
    }
    throw error;
  }
  console.log(json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
  if (summary.unaccounted.length > 0) return 1;
  return summary.totals.rejected > 0 ? 3 : 0;
}
