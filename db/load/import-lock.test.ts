// The import lock: a second import on the same PostgreSQL database is refused while the first one
// holds it, and may start once it is released.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../index";
import { createTestDatabase, testEngine } from "../testing";
import { acquireImportLock, ImportRunningError } from "./import-lock";

let first: DatabaseHandle;
let second: DatabaseHandle;
beforeAll(async () => {
  first = await createTestDatabase();
  // On PostgreSQL a second client of the same database, as a second import process would open.
  second = first.target.kind === "postgres" ? openDatabase(first.target) : first;
});
afterAll(async () => {
  if (second !== first) await second?.close();
  await first?.close();
});

describe(`import lock on ${testEngine}`, () => {
  it("lets one import at a time hold the database, and the next one after it", async () => {
    const release = await acquireImportLock(first);
    if (first.target.kind === "postgres") {
      await expect(acquireImportLock(second)).rejects.toThrow(ImportRunningError);
      await expect(acquireImportLock(second)).rejects.toThrow("Another import is running on this database");
    }
    await release();
    const again = await acquireImportLock(second);
    await again();
  });
});
