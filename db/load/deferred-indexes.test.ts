// A first load with indexes and foreign keys set aside: the same data as a plain load, the same
// indexes and constraints afterwards, nothing left behind when it fails, and a bad reference
// still refused (when the foreign key is added back).
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "../index";
import { rowsOf } from "../rows";
import { refreshProjectSearch } from "../search/refresh";
import { knowledgeBaseStats } from "../stats";
import { createTestDatabase } from "../testing";
import { loadCordisDirectory } from "./cordis";
import {
  BULK_TABLES,
  deferrableObjects,
  finishingTasks,
  firstLoad,
  knowledgeBaseIsEmpty,
  LOADED_TABLES,
  restoreDeferredObjects,
  runTasks,
  SEARCH_TABLES,
  withIndexesDeferred,
} from "./deferred-indexes";
import { loadReferenceData } from "./reference";

const fixtureDir = path.join(process.cwd(), "db", "load", "fixtures", "cordis-small");
const tables = [...BULK_TABLES, ...SEARCH_TABLES];
const handles: DatabaseHandle[] = [];

async function freshDb(): Promise<Db> {
  const handle = await createTestDatabase();
  handles.push(handle);
  await loadReferenceData(handle.db);
  return handle.db;
}

afterAll(async () => {
  for (const h of handles) await h.close();
});

describe("withIndexesDeferred", { timeout: 120_000 }, () => {
  it("loads what a plain load loads and puts back every index and foreign key it set aside", async () => {
    const plain = await freshDb();
    const plainReports = await loadCordisDirectory(plain, fixtureDir);

    const db = await freshDb();
    expect(await knowledgeBaseIsEmpty(db)).toBe(true);
    const before = await deferrableObjects(db, tables);
    // Something to set aside on every table: the trigram and GIN indexes, the foreign keys of participations.
    expect(before.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(["organisations_name_trgm_idx", "projects_search_vector_idx"]));
    expect(before.foreignKeys.filter((k) => k.table === "participations")).toHaveLength(2);

    const reports = await withIndexesDeferred(db, tables, async (tx) => {
      const during = await deferrableObjects(tx, tables);
      expect(during).toEqual({ indexes: [], foreignKeys: [] });
      return loadCordisDirectory(tx, fixtureDir);
    });
    expect(reports).toEqual(plainReports);
    expect(await knowledgeBaseStats(db)).toEqual(await knowledgeBaseStats(plain));
    expect(await deferrableObjects(db, tables)).toEqual(before);
    expect(await knowledgeBaseIsEmpty(db)).toBe(false);
  });

  it("leaves the database as it was, indexes included, when the load fails half-way", async () => {
    const db = await freshDb();
    const before = await deferrableObjects(db, tables);
    let batches = 0;
    const failing = withIndexesDeferred(db, tables, (tx) =>
      loadCordisDirectory(tx, fixtureDir, {
        batchSize: 4,
        onProgress: (file) => {
          if (file === "cordis_he_organizations.csv" && ++batches === 4) throw new Error("interrupted");
        },
      }),
    );
    await expect(failing).rejects.toThrow("interrupted");
    expect(await knowledgeBaseIsEmpty(db)).toBe(true);
    expect(await deferrableObjects(db, tables)).toEqual(before);
    // …and a new first load then finishes the job.
    await withIndexesDeferred(db, tables, (tx) => loadCordisDirectory(tx, fixtureDir));
    expect((await knowledgeBaseStats(db)).participations).toBeGreaterThan(0);
  });

  it("still refuses a row that breaks a foreign key: the key is checked when it is added back", async () => {
    const db = await freshDb();
    const broken = withIndexesDeferred(db, tables, async (tx) => {
      await loadCordisDirectory(tx, fixtureDir);
      await tx.execute(sql`insert into participations (project_id, organisation_id, role) select max(id), 999999999, 'partner' from projects`);
    });
    await expect(broken).rejects.toThrow();
    expect(await knowledgeBaseIsEmpty(db)).toBe(true);
    expect((await deferrableObjects(db, tables)).foreignKeys.length).toBeGreaterThan(0);
  });
});

/** The rows of every table a load and a search refresh write (timestamps left out), as one digest per table. */
async function contents(db: Db): Promise<Record<string, string>> {
  const tables = [
    ...BULK_TABLES,
    ...SEARCH_TABLES,
    "organisation_networks",
    "organisation_match_counts",
    "project_facet_totals",
    "organisation_facet_totals",
    "topics",
    "themes",
    "programme_parts",
  ];
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = rowsOf<{ digest: string }>(
      await db.execute(
        sql.raw(`select count(*) || ' ' || coalesce(md5(string_agg(x, ',' order by x)), '') as digest
          from (select (to_jsonb(t) - 'created_at' - 'updated_at')::text as x from "${table}" t) s`),
      ),
    );
    out[table] = row!.digest;
  }
  return out;
}

const listed = async (db: Db) => Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from deferred_load_objects`))[0]!.n);

describe("firstLoad", { timeout: 180_000 }, () => {
  let plain: Record<string, string>;
  let before: Awaited<ReturnType<typeof deferrableObjects>>;

  it("gives, on one connection and on two, the rows, search data, indexes and keys of a plain load and a full refresh", async () => {
    const reference = await freshDb();
    const plainReports = await loadCordisDirectory(reference, fixtureDir);
    await refreshProjectSearch(reference);
    plain = await contents(reference);
    expect(plain.organisation_networks).not.toMatch(/^0 /);
    before = await deferrableObjects(reference, tables);

    for (const connections of [1, 2]) {
      const db = await freshDb();
      const started: string[] = [];
      const { result, timings } = await firstLoad(db, {
        load: (tx) => loadCordisDirectory(tx, fixtureDir),
        connections,
        onTask: (name) => started.push(name),
      });
      expect(result).toEqual(plainReports);
      expect(timings.connections).toBe(connections);
      expect(started).toEqual(expect.arrayContaining(["refresh projectSearch", "refresh network", "refresh counts", "index projects_search_vector_idx"]));
      expect(await contents(db)).toEqual(plain);
      expect(await deferrableObjects(db, tables)).toEqual(before);
      expect(await listed(db)).toBe(0);
      if (connections === 2) {
        // Vacuumed after the load: every page of the loaded tables is marked all-visible.
        const pages = rowsOf<{ name: string; pages: number; visible: number }>(
          await db.execute(sql`select relname as name, relpages as pages, relallvisible as visible from pg_class
            where relname = any(${`{${LOADED_TABLES.join(",")}}`}::text[]) and relnamespace = current_schema()::regnamespace`),
        );
        expect(pages.map((p) => p.name).sort()).toEqual([...LOADED_TABLES].sort());
        for (const p of pages) expect({ name: p.name, visible: p.visible }).toEqual({ name: p.name, visible: p.pages });
        expect(pages.find((p) => p.name === "participations")!.pages).toBeGreaterThan(0);
      }
    }
  });

  it("on two connections, killed after the rows were committed: the next run puts back what was set aside", async () => {
    const db = await freshDb();
    const failing = firstLoad(db, {
      load: (tx) => loadCordisDirectory(tx, fixtureDir),
      connections: 2,
      onTask: (name) => {
        if (name === "refresh counts") throw new Error("interrupted");
      },
    });
    await expect(failing).rejects.toThrow("interrupted");
    // The rows are in; some indexes are not, and the list says which.
    expect(await knowledgeBaseIsEmpty(db)).toBe(false);
    expect((await deferrableObjects(db, tables)).indexes.length).toBeLessThan(before.indexes.length);
    expect(await listed(db)).toBeGreaterThan(0);

    // What the next import does: put back what is missing, load as a second run, refresh everything.
    expect(await restoreDeferredObjects(db)).toBeGreaterThan(0);
    expect(await deferrableObjects(db, tables)).toEqual(before);
    expect(await listed(db)).toBe(0);
    expect(await restoreDeferredObjects(db)).toBe(0);
    await loadCordisDirectory(db, fixtureDir);
    await refreshProjectSearch(db);
    expect(await contents(db)).toEqual(plain);
  });

  it("refuses a row that breaks a bulk table's foreign key before anything is committed", async () => {
    for (const connections of [1, 2]) {
      const db = await freshDb();
      const broken = firstLoad(db, {
        connections,
        load: async (tx) => {
          await loadCordisDirectory(tx, fixtureDir);
          await tx.execute(sql`insert into participations (project_id, organisation_id, role) select max(id), 999999999, 'partner' from projects`);
        },
      });
      await expect(broken).rejects.toThrow();
      expect(await knowledgeBaseIsEmpty(db)).toBe(true);
      expect(await deferrableObjects(db, tables)).toEqual(before);
      expect(await listed(db)).toBe(0);
    }
  });
});

describe("runTasks", () => {
  const task = (name: string, after: string[] = []) => ({ name, kind: "search" as const, after, statements: [] });

  it("starts a task only once those it waits for are done, and keeps the connections busy", async () => {
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const tasks = [task("a"), task("b"), task("c", ["a"]), task("d", ["b", "c"]), task("e")];
    await runTasks(tasks, 2, async (t) => {
      running += 1;
      most = Math.max(most, running);
      log.push(`start ${t.name}`);
      await new Promise((resolve) => setTimeout(resolve, t.name === "a" ? 30 : 5));
      log.push(`end ${t.name}`);
      running -= 1;
    });
    expect(most).toBe(2);
    for (const [before, after] of [["a", "c"], ["b", "d"], ["c", "d"]]) {
      expect(log.indexOf(`end ${before}`)).toBeLessThan(log.indexOf(`start ${after}`));
    }
    expect(log.filter((l) => l.startsWith("end"))).toHaveLength(5);
  });

  it("stops taking tasks at the first failure and throws it", async () => {
    const ran: string[] = [];
    const failing = runTasks([task("a"), task("b", ["a"]), task("c", ["b"])], 2, async (t) => {
      ran.push(t.name);
      if (t.name === "b") throw new Error("b failed");
    });
    await expect(failing).rejects.toThrow("b failed");
    expect(ran).toEqual(["a", "b"]);
  });

  it("lists the first load's tasks in an order that also runs on one connection", () => {
    const deferred = {
      indexes: [
        { table: "projects", name: "p_idx", definition: "create index p_idx on projects (title)", expression: false },
        { table: "organisations", name: "o_idx", definition: "create index o_idx on organisations (name)", expression: false },
      ],
      foreignKeys: [{ table: "project_facets", name: "f_fk", definition: "foreign key (project_id) references projects(id)" }],
    };
    const tasks = finishingTasks(deferred, ["projects", "organisations", "organisation_networks", "themes"]);
    const seen = new Set<string>();
    for (const t of tasks) {
      for (const a of t.after) expect(seen.has(a), `${t.name} after ${a}`).toBe(true);
      seen.add(t.name);
    }
    const byName = new Map(tasks.map((t) => [t.name, t]));
    expect(byName.get("index p_idx")!.after).toEqual(["refresh projectSearch"]);
    expect(byName.get("index o_idx")!.after).toEqual([]);
    expect(byName.get("foreign keys")!.after).toEqual(expect.arrayContaining(["index p_idx", "index o_idx"]));
    expect(byName.get("analyze organisation_networks")!.after).toEqual(["refresh network"]);
    expect(byName.get("analyze others")!.statements).toHaveLength(1);
  });
});
