// A first bulk load into an empty knowledge base, with the tables' secondary indexes and foreign
// keys set aside and rebuilt once at the end: building an index (and checking a foreign key) over
// the loaded rows in one pass costs a fraction of maintaining it row by row. On the full CORDIS
// data the foreign-key checks and the trigram/GIN indexes were most of the database's work.
//
// The unique indexes and primary keys stay: the loaders' upserts (ON CONFLICT) and look-ups need
// them. Definitions are read from the catalogue at run time, so whatever the migrations declare is
// rebuilt exactly.
//
// Two ways to run it (firstLoad):
// - one connection (PGlite, and withIndexesDeferred): everything in one transaction, DDL included,
//   so an interrupted first load leaves the database as it was — empty, with every index — and the
//   next run is a first load again;
// - several connections (PostgreSQL): the rows are written in one transaction, which also puts
//   back the bulk tables' foreign keys (checked over every row: a bad reference still rolls the
//   whole load back) and commits. What is left — the search data, the secondary indexes, the
//   search tables' foreign keys, statistics — is independent work, run as tasks on several
//   connections at once (after what each depends on). What is still set aside at the commit is
//   listed in deferred_load_objects in the same transaction, and the list is cleared once
//   everything is back: a run killed in between leaves the rows and the list, and the next import
//   puts back whatever is missing first (restoreDeferredObjects), then, the knowledge base being
//   no longer empty, loads as a second run does — upserts that change nothing, and the full search
//   refresh — and ends where a clean run ends.
import os from "node:os";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { deferredLoadObjects } from "../schema";
import { forFullRefresh, FULL_REFRESH_STEPS, REFRESH_WRITES } from "../search/refresh";
import { tuneForBulkWrite } from "./batch";

/** The tables a CORDIS load writes most rows into. */
export const BULK_TABLES = ["projects", "organisations", "organisation_identifiers", "participations", "project_themes"] as const;

/** The tables refreshProjectSearch fills (db/search/refresh.ts). */
export const SEARCH_TABLES = ["project_facets", "organisation_facets"] as const;

/** The tables a first load writes or fills: the bulk tables, the search tables and those the refresh writes. */
export const LOADED_TABLES = [...new Set<string>([...BULK_TABLES, ...SEARCH_TABLES, ...Object.keys(REFRESH_WRITES)])];

/** Small tables the refresh reads: statistics before it is planned, with the bulk tables'. */
const REFRESH_READS = ["themes", "theme_links", "topics", "programme_parts"] as const;

export interface DeferredObjects {
  /** `expression`: on an expression (ANALYZE gathers statistics of index expressions too). */
  indexes: { table: string; name: string; definition: string; expression: boolean }[];
  foreignKeys: { table: string; name: string; definition: string }[];
}

/** True when the knowledge base holds no project, organisation or participation yet. */
export async function knowledgeBaseIsEmpty(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ empty: boolean }>(
    await db.execute(sql`select not exists (select 1 from projects) and not exists (select 1 from organisations)
      and not exists (select 1 from participations) as empty`),
  );
  return Boolean(row?.empty);
}

/** The non-unique indexes and the foreign keys of the tables, as the catalogue defines them now. */
export async function deferrableObjects(db: Db, tables: readonly string[]): Promise<DeferredObjects> {
  const list = sql`${`{${tables.join(",")}}`}::text[]`;
  const indexes = rowsOf<DeferredObjects["indexes"][number]>(
    await db.execute(sql`
      select t.relname as table, c.relname as name, pg_get_indexdef(i.indexrelid) as definition,
        i.indexprs is not null as expression
      from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
      where t.relname = any(${list}) and t.relnamespace = current_schema()::regnamespace
        and not i.indisunique and not i.indisprimary
      order by t.relname, c.relname`),
  );
  const foreignKeys = rowsOf<{ table: string; name: string; definition: string }>(
    await db.execute(sql`
      select t.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
      from pg_constraint k join pg_class t on t.oid = k.conrelid
      where k.contype = 'f' and t.relname = any(${list}) and t.relnamespace = current_schema()::regnamespace
      order by t.relname, k.conname`),
  );
  return { indexes, foreignKeys };
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

const addForeignKey = (k: { table: string; name: string; definition: string }) =>
  sql.raw(`alter table ${quote(k.table)} add constraint ${quote(k.name)} ${k.definition}`);

/** Reads the tables' deferrable objects and drops them (in the caller's transaction). */
async function setAside(tx: Db, tables: readonly string[]): Promise<DeferredObjects> {
  const deferred = await deferrableObjects(tx, tables);
  for (const k of deferred.foreignKeys) await tx.execute(sql.raw(`alter table ${quote(k.table)} drop constraint ${quote(k.name)}`));
  for (const i of deferred.indexes) await tx.execute(sql.raw(`drop index ${quote(i.name)}`));
  return deferred;
}

/**
 * Runs `load` in one transaction with the tables' secondary indexes and foreign keys dropped, then
 * rebuilds them (a foreign key is checked over every row as it is added: a bad reference still
 * fails the load). Meant for an empty database; `load` gets the transaction.
 */
export async function withIndexesDeferred<T>(db: Db, tables: readonly string[], load: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tuneForBulkWrite(tx);
    const deferred = await setAside(tx, tables);
    const result = await load(tx);
    for (const i of deferred.indexes) await tx.execute(sql.raw(i.definition));
    for (const k of deferred.foreignKeys) await tx.execute(addForeignKey(k));
    return result;
  });
}

/**
 * Puts back what an interrupted first load left set aside (deferred_load_objects): every listed
 * index and foreign key that does not exist is created, and the list is cleared, in one
 * transaction. Returns how many were put back. Every import calls it before it loads anything.
 */
export async function restoreDeferredObjects(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const listed = await tx.select().from(deferredLoadObjects);
    if (listed.length === 0) return 0;
    await tuneForBulkWrite(tx);
    let restored = 0;
    for (const o of listed.filter((l) => l.kind === "index")) {
      const [row] = rowsOf<{ exists: boolean }>(await tx.execute(sql`select to_regclass(${quote(o.name)}) is not null as exists`));
      if (row?.exists) continue;
      await tx.execute(sql.raw(o.definition));
      restored += 1;
    }
    for (const o of listed.filter((l) => l.kind === "foreign key")) {
      const [row] = rowsOf<{ exists: boolean }>(
        await tx.execute(sql`select exists (select 1 from pg_constraint where conname = ${o.name} and conrelid = to_regclass(${quote(o.tableName)})) as exists`),
      );
      if (row?.exists) continue;
      await tx.execute(addForeignKey({ table: o.tableName, name: o.name, definition: o.definition }));
      restored += 1;
    }
    await tx.delete(deferredLoadObjects);
    return restored;
  });
}

// ---------------------------------------------------------------------------------------------
// What follows the rows: tasks with their dependencies

export type TaskKind = "search" | "indexes" | "analyze";

export interface FinishingTask {
  name: string;
  kind: TaskKind;
  /** Names of the tasks that must be finished first (they write what this one reads, or would lock it out). */
  after: string[];
  statements: SQL[];
  /** A full search refresh: its transaction gets forFullRefresh's settings. */
  refresh?: boolean;
}

/**
 * The work that follows the rows of a first load, in an order that is also a valid sequence:
 * the search refresh steps (db/search/refresh.ts), the set-aside indexes (a table's after the step
 * that writes it), the set-aside foreign keys (after every index: adding one locks both tables
 * against index builds), and statistics of `tablesToAnalyze`, each after all that touches it.
 */
export function finishingTasks(deferred: DeferredObjects, tablesToAnalyze: readonly string[]): FinishingTask[] {
  const step = (name: keyof typeof FULL_REFRESH_STEPS) => `refresh ${name}`;
  const writer = (table: string) => (REFRESH_WRITES as Record<string, keyof typeof FULL_REFRESH_STEPS>)[table];
  const tasks: FinishingTask[] = [
    { name: step("projectSearch"), kind: "search", after: [], statements: FULL_REFRESH_STEPS.projectSearch, refresh: true },
    { name: step("network"), kind: "search", after: [], statements: FULL_REFRESH_STEPS.network, refresh: true },
    { name: step("counts"), kind: "search", after: [step("projectSearch")], statements: FULL_REFRESH_STEPS.counts, refresh: true },
  ];
  // Indexes of tables no step writes first: they can be built while the refresh runs.
  const indexTask = (i: DeferredObjects["indexes"][number]): FinishingTask => {
    const w = writer(i.table);
    return { name: `index ${i.name}`, kind: "indexes", after: w ? [step(w)] : [], statements: [sql.raw(i.definition)] };
  };
  tasks.push(...deferred.indexes.filter((i) => !writer(i.table)).map(indexTask));
  tasks.push({ name: step("facetTotals"), kind: "search", after: [step("projectSearch")], statements: FULL_REFRESH_STEPS.facetTotals });
  tasks.push(...deferred.indexes.filter((i) => writer(i.table)).map(indexTask));
  const indexNames = tasks.filter((t) => t.kind === "indexes").map((t) => t.name);
  const keys = deferred.foreignKeys.length > 0 ? "foreign keys" : null;
  if (keys) {
    tasks.push({
      name: keys,
      kind: "indexes",
      after: [step("projectSearch"), ...indexNames],
      statements: deferred.foreignKeys.map(addForeignKey),
    });
  }
  // A task per table the load or the refresh wrote much into, one for all the others (small tables,
  // the facet totals).
  const big = new Set<string>(LOADED_TABLES);
  const afterAll = [...(keys ? [keys] : indexNames), ...Object.values(REFRESH_WRITES).map(step), step("facetTotals")];
  for (const table of tablesToAnalyze.filter((t) => big.has(t))) {
    const w = writer(table);
    // organisation_networks and organisation_match_counts: only their step touches them.
    const after = w && w !== "projectSearch" ? [step(w)] : [...(keys ? [keys] : indexNames), ...(w ? [step(w)] : [])];
    tasks.push({ name: `analyze ${table}`, kind: "analyze", after: [...new Set(after)], statements: [sql.raw(`analyze ${quote(table)}`)] });
  }
  const others = tablesToAnalyze.filter((t) => !big.has(t));
  if (others.length > 0) {
    tasks.push({ name: "analyze others", kind: "analyze", after: [...new Set(afterAll)], statements: [sql.raw(`analyze ${others.map(quote).join(", ")}`)] });
  }
  return tasks;
}

/**
 * Runs the tasks on `connections` workers, each taking the first task (in list order) whose
 * dependencies are done. Stops taking tasks at the first failure, waits for the running ones and
 * throws that failure. Returns the time each kind of task took, summed.
 */
export async function runTasks(
  tasks: readonly FinishingTask[],
  connections: number,
  execute: (task: FinishingTask) => Promise<void>,
): Promise<Record<TaskKind, number>> {
  const spent: Record<TaskKind, number> = { search: 0, indexes: 0, analyze: 0 };
  const names = new Set(tasks.map((t) => t.name));
  for (const t of tasks) for (const a of t.after) if (!names.has(a)) throw new Error(`task ${t.name} waits for an unknown task ${a}`);
  const pending = [...tasks];
  const done = new Set<string>();
  let failure: unknown = null;
  let wake: () => void = () => {};
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const signal = () => {
    wake();
    changed = new Promise<void>((resolve) => (wake = resolve));
  };
  let running = 0;
  const worker = async () => {
    while (failure === null && pending.length > 0) {
      const index = pending.findIndex((t) => t.after.every((a) => done.has(a)));
      if (index < 0) {
        if (running === 0) throw new Error(`tasks wait for each other: ${pending.map((t) => t.name).join(", ")}`);
        await changed;
        continue;
      }
      const [task] = pending.splice(index, 1);
      running += 1;
      const started = performance.now();
      try {
        await execute(task!);
        done.add(task!.name);
      } catch (error) {
        failure ??= error;
      } finally {
        spent[task!.kind] += performance.now() - started;
        running -= 1;
        signal();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, connections) }, worker));
  if (failure !== null) throw failure;
  return spent;
}

// ---------------------------------------------------------------------------------------------

export interface FirstLoadTimings {
  /** Reading and writing the rows (the load's transaction, with its commit on several connections). */
  loadMs: number;
  /** Time spent by the tasks of each kind, summed over the connections (concurrent tasks overlap). */
  searchMs: number;
  indexesMs: number;
  analyzeMs: number;
  /** Wall time from the rows written to the end: the tasks, on `connections` connections. */
  finishMs: number;
  connections: number;
}

/** How many connections a first load on PostgreSQL uses: one per core of this machine, 2 to 4. */
export function firstLoadConnections(): number {
  return Math.min(4, Math.max(2, os.availableParallelism()));
}

/**
 * A first load into an empty knowledge base: `load` writes the rows with the tables' secondary
 * indexes and foreign keys set aside, then the search data, indexes, foreign keys and statistics
 * are done as tasks — on one connection in the same transaction (`connections` 1, PGlite), or
 * after a commit on several connections at once (see the top of this file).
 */
export async function firstLoad<T>(
  db: Db,
  options: {
    load: (tx: Db) => Promise<T>;
    connections: number;
    onNote?: (message: string) => void;
    /** Before each task starts (throwing fails the task, as an interruption would). */
    onTask?: (name: string) => void;
  },
): Promise<{ result: T; timings: FirstLoadTimings }> {
  const connections = Math.max(1, Math.trunc(options.connections));
  const tables = [...BULK_TABLES, ...SEARCH_TABLES];
  const timings: FirstLoadTimings = { loadMs: 0, searchMs: 0, indexesMs: 0, analyzeMs: 0, finishMs: 0, connections };
  const started = performance.now();
  let loaded = started;
  const finish = async (tasks: FinishingTask[], execute: (task: FinishingTask) => Promise<void>) => {
    loaded = performance.now();
    timings.loadMs = Math.round(loaded - started);
    options.onNote?.(
      connections > 1
        ? `Search data, indexes, foreign keys and statistics: ${tasks.length} tasks on ${connections} connections…`
        : "Search data, indexes, foreign keys and statistics…",
    );
    const spent = await runTasks(tasks, connections, async (task) => {
      options.onTask?.(task.name);
      await execute(task);
    });
    timings.searchMs = Math.round(spent.search);
    timings.indexesMs = Math.round(spent.indexes);
    timings.analyzeMs = Math.round(spent.analyze);
  };

  const writeRows = async (tx: Db) => {
    await tuneForBulkWrite(tx);
    const deferred = await setAside(tx, tables);
    const result = await options.load(tx);
    // The bulk tables' foreign keys now, in the rows' transaction: a bad reference fails the load
    // before anything is committed. The search tables' keys wait for the refresh that fills them.
    const bulk = new Set<string>(BULK_TABLES);
    for (const k of deferred.foreignKeys.filter((f) => bulk.has(f.table))) await tx.execute(addForeignKey(k));
    const rest: DeferredObjects = { indexes: deferred.indexes, foreignKeys: deferred.foreignKeys.filter((f) => !bulk.has(f.table)) };
    // Statistics on what was just written (the tables were empty when the transaction began):
    // without them the planner guesses, and the search refresh's plans were many times slower.
    await tx.execute(sql.raw(`analyze ${[...BULK_TABLES, ...REFRESH_READS].join(", ")}`));
    return { result, rest, toAnalyze: await tablesToAnalyze(tx, rest) };
  };

  if (connections === 1) {
    const result = await db.transaction(async (tx) => {
      const { result, rest, toAnalyze } = await writeRows(tx);
      await finish(finishingTasks(rest, toAnalyze), async (task) => {
        if (task.refresh) await forFullRefresh(tx);
        for (const statement of task.statements) await tx.execute(statement);
        if (task.refresh) await tx.execute(sql`select set_config('enable_nestloop', 'on', true)`);
      });
      return result;
    });
    timings.finishMs = Math.round(performance.now() - loaded);
    return { result, timings };
  }

  const { result, rest, toAnalyze } = await db.transaction(async (tx) => {
    const written = await writeRows(tx);
    // What stays set aside past the commit, for restoreDeferredObjects should this run be killed.
    const listed = [
      ...written.rest.indexes.map((i) => ({ name: i.name, kind: "index", tableName: i.table, definition: i.definition })),
      ...written.rest.foreignKeys.map((k) => ({ name: k.name, kind: "foreign key", tableName: k.table, definition: k.definition })),
    ];
    if (listed.length > 0) await tx.insert(deferredLoadObjects).values(listed);
    return written;
  });
  await finish(finishingTasks(rest, toAnalyze), (task) =>
    db.transaction(async (tx) => {
      if (task.refresh) await forFullRefresh(tx);
      else await tuneForBulkWrite(tx);
      for (const statement of task.statements) await tx.execute(statement);
    }),
  );
  const vacuumStarted = performance.now();
  await vacuumLoadedTables(db);
  timings.analyzeMs += Math.round(performance.now() - vacuumStarted);
  await db.delete(deferredLoadObjects);
  timings.finishMs = Math.round(performance.now() - loaded);
  return { result, timings };
}

/**
 * VACUUM of the loaded tables (outside a transaction, on PostgreSQL): their pages are marked
 * all-visible (index-only scans then skip the heap) and their rows' hint bits set now, once,
 * rather than by the first queries that read them, which otherwise write those pages: the first
 * matching queries on an unvacuumed full import took 59 CPU ms each, later ones 48–54 as on a
 * vacuumed one. A server may run without autovacuum (this machine's does). About 0.3 s on the
 * full data.
 */
export async function vacuumLoadedTables(db: Db): Promise<void> {
  await db.execute(sql.raw(`vacuum ${LOADED_TABLES.map(quote).join(", ")}`));
}

/**
 * Every table and materialized view of the schema, except the bulk tables whose statistics (taken
 * in the rows' transaction) stay good: nothing writes them afterwards and none of their set-aside
 * indexes is on an expression (ANALYZE gathers statistics of index expressions too).
 */
async function tablesToAnalyze(tx: Db, deferred: DeferredObjects): Promise<string[]> {
  const all = rowsOf<{ name: string }>(
    await tx.execute(sql`select relname as name from pg_class
      where relnamespace = current_schema()::regnamespace and relkind in ('r', 'm', 'p') order by relname`),
  ).map((r) => r.name);
  const expressionTables = new Set(deferred.indexes.filter((i) => i.expression).map((i) => i.table));
  const kept = new Set<string>(BULK_TABLES.filter((t) => !(t in REFRESH_WRITES) && !expressionTables.has(t)));
  return all.filter((t) => !kept.has(t));
}
