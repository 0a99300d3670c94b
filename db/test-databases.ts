// Test databases a whole test file shares, set up and closed by the file's hooks: the demo data,
// or the fixture as the process's database (what getDb() returns, for route handlers called as
// Next calls them). For tests only.
import { afterAll, beforeAll } from "vitest";
import { loadDemoData } from "./demo";
import type { DatabaseHandle, Db } from "./index";
import { seedFixture, type Fixture } from "./queries/test-fixtures";
import { createTestDatabase } from "./testing";

function opened<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("The test database is set up in beforeAll: use it in a test or a later hook.");
  return value;
}

/** A fresh database with the demo data (the five KEEP seeds and the CORDIS sample, as a fresh install loads it). */
export function demoDatabase(): { readonly db: Db } {
  let handle: DatabaseHandle | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await loadDemoData(handle.db);
  }, 120_000);
  afterAll(async () => handle?.close());
  return {
    get db() {
      return opened(handle).db;
    },
  };
}

/** A fresh database with the fixture (db/queries/test-fixtures.ts), injected as the process's database. */
export function fixtureAsProcessDatabase(): { readonly db: Db; readonly fixture: Fixture } {
  let handle: DatabaseHandle | undefined;
  let fixture: Fixture | undefined;
  const global = globalThis as unknown as { consortiaDb?: DatabaseHandle };
  beforeAll(async () => {
    handle = await createTestDatabase();
    fixture = await seedFixture(handle.db);
    global.consortiaDb = handle;
  });
  afterAll(async () => {
    delete global.consortiaDb;
    await handle?.close();
  });
  return {
    get db() {
      return opened(handle).db;
    },
    get fixture() {
      return opened(fixture);
    },
  };
}
