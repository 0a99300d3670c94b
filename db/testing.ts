// Test databases: a fresh in-memory PGlite per test file, or, when TEST_DATABASE_URL is set,
// a fresh database created on that PostgreSQL server (and dropped afterwards). Both start from a
// template migrated once per run by db/test-global-setup.ts, so a test file does not pay for the
// migrations again.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "./index";
import { migrateDatabase } from "./migrate";

export const testEngine: "postgres" | "pglite" = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

/** What the global setup made: a PGlite dump file or a template database on the server. */
export type TestDatabaseTemplate =
  | { kind: "pglite"; dumpFile: string; dataDir: string }
  | { kind: "postgres"; database: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseTemplate: TestDatabaseTemplate | null;
  }
}

function template(): TestDatabaseTemplate | null {
  try {
    return inject("testDatabaseTemplate") ?? null;
  } catch {
    return null; // outside vitest's global setup: migrate from scratch
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Names of the throwaway databases start with the database named in TEST_DATABASE_URL (e.g.
 * consortia_h4_x → consortia_h4_x_t_…), so that each developer's test databases carry their prefix.
 */
function scratchName(serverUrl: string, kind: "t" | "tpl"): string {
  const named = decodeURIComponent(new URL(serverUrl).pathname.slice(1)).replace(/[^a-z0-9_]/gi, "").toLowerCase();
  const base = named && named !== "postgres" ? named.slice(0, 40) : "consortia";
  return `${base}_${kind}_${randomBytes(6).toString("hex")}`;
}

export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const tpl = template();
  if (!serverUrl) {
    if (tpl?.kind === "pglite") {
      return openDatabase({ kind: "pglite", loadDataDir: new Blob([fs.readFileSync(tpl.dumpFile)]) });
    }
    const handle = openDatabase({ kind: "pglite" });
    await migrateDatabase(handle);
    return handle;
  }
  const name = scratchName(serverUrl, "t");
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(tpl?.kind === "postgres" ? `create database ${name} template ${tpl.database}` : `create database ${name}`);
  await admin.end();
  const handle = openDatabase({ kind: "postgres", url: databaseUrl(serverUrl, name) });
  if (tpl?.kind !== "postgres") await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * A new PGlite data directory under `parent`, already migrated when the run has a template (for
 * tests that spawn the CLI or a server as another process). The caller removes `parent`.
 */
export function freshPgliteDir(parent: string): string {
  const dir = path.join(parent, "pglite");
  const tpl = template();
  if (tpl?.kind === "pglite") fs.cpSync(tpl.dataDir, dir, { recursive: true });
  return dir;
}

/** Builds the migrated template (called once per run by the global setup); returns how to drop it. */
export async function createTestDatabaseTemplate(dir: string): Promise<{ template: TestDatabaseTemplate; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = openDatabase({ kind: "pglite" });
    await migrateDatabase(handle);
    const client = (handle.db as unknown as { $client: { dumpDataDir(c: "none"): Promise<Blob> } }).$client;
    const dump = await client.dumpDataDir("none");
    await handle.close();
    const base = fs.mkdtempSync(path.join(dir, "consortia-test-template-"));
    const dumpFile = path.join(base, "pglite.tar");
    fs.writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
    // The same migrated database as a data directory, for processes that open one by path.
    const dataDir = path.join(base, "pglite");
    const onDisk = openDatabase({ kind: "pglite", dataDir, loadDataDir: dump });
    await onDisk.db.execute(sql`select 1`);
    await onDisk.close();
    return { template: { kind: "pglite", dumpFile, dataDir }, drop: async () => fs.rmSync(base, { recursive: true, force: true }) };
  }
  const database = scratchName(serverUrl, "tpl");
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${database}`);
  await admin.end();
  const handle = openDatabase({ kind: "postgres", url: databaseUrl(serverUrl, database) });
  await migrateDatabase(handle);
  await handle.close(); // a template must have no open connection when it is copied
  return {
    template: { kind: "postgres", database },
    drop: async () => {
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${database} with (force)`);
      await dropper.end();
    },
  };
}
