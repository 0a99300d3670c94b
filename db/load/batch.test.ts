import { like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { dataSources } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { bulkUpsert, copyTarget, excludedSet } from "./batch";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

// Text that COPY's format must escape: tabs, line breaks, backslashes, and a literal \N.
const awkward = (i: number) => ({
  id: `test-${i}`,
  name: `tab\there, line\nbreak, return\r, back\\slash, \\N, "quotes", ${"é".repeat(i % 3)}`,
  publisher: "P",
  licence: "L",
  attribution: `row ${i}`,
  url: i % 2 === 0 ? null : `https://example.org/${i}`,
});

describe(`bulkUpsert on ${testEngine}`, () => {
  it("COPYs inside a transaction, and round-trips awkward text and nulls", async () => {
    const rows = Array.from({ length: 12_003 }, (_, i) => awkward(i));
    await handle.db.transaction(async (tx) => {
      expect(copyTarget(tx, rows, [{ key: "id" }])).not.toBeNull();
      await bulkUpsert(tx, dataSources, rows, { target: [dataSources.id], set: excludedSet(dataSources, ["name", "url"]) });
    });
    const stored = await handle.db.select().from(dataSources).where(like(dataSources.id, "test-%"));
    expect(stored).toHaveLength(rows.length);
    const byId = new Map(stored.map((r) => [r.id, r]));
    for (const i of [0, 1, 2, 5000, 12_002]) expect(byId.get(`test-${i}`)).toMatchObject(awkward(i));
  });

  it("updates changed rows on a second run and adds nothing (outside a transaction: the JSON path)", async () => {
    const rows = [0, 1].map((i) => ({ ...awkward(i), name: `renamed ${i}` }));
    expect(copyTarget(handle.db, rows, [{ key: "id" }])).toBeNull();
    await bulkUpsert(handle.db, dataSources, rows, { target: [dataSources.id], set: excludedSet(dataSources, ["name", "url"]) });
    const stored = await handle.db.select().from(dataSources).where(like(dataSources.id, "test-%"));
    expect(stored).toHaveLength(12_003);
    expect(stored.find((r) => r.id === "test-1")?.name).toBe("renamed 1");
  });
});
