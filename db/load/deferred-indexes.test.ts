// A first load with indexes and foreign keys set aside: the same data as a plain load, the same
// indexes and constraints afterwards, nothing left behind when it fails, and a bad reference
// still refused (when the foreign key is added back).
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "../index";
import { knowledgeBaseStats } from "../stats";
import { createTestDatabase } from "../testing";
import { loadCordisDirectory } from "./cordis";
import { BULK_TABLES, deferrableObjects, knowledgeBaseIsEmpty, SEARCH_TABLES, withIndexesDeferred } from "./deferred-indexes";
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
