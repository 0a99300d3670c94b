import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngine } from "./testing";
import { executePrepared } from "./prepared";
import { rowsOf } from "./rows";
import { intArray } from "./sql-arrays";
import type { DatabaseHandle } from "./index";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

describe(`executePrepared on ${testEngine}`, () => {
  const query = (ids: number[]) =>
    sql`select x as id, x * 2 as twice, ${"a"}::text as label from unnest(${intArray(ids)}) as x order by x`;

  it("answers as db.execute does, again and again with other values, in and out of a transaction", async () => {
    const db = handle.db;
    for (const ids of [[1, 2], [3], [], [5, 4, 6]]) {
      const expected = rowsOf(await db.execute(query(ids)));
      expect(rowsOf(await executePrepared(db, query(ids)))).toEqual(expected);
      expect(rowsOf(await db.transaction((tx) => executePrepared(tx, query(ids))))).toEqual(expected);
    }
    expect(rowsOf(await executePrepared(db, query([2, 1])))).toEqual([{ id: 1, twice: 2, label: "a" }, { id: 2, twice: 4, label: "a" }]);
  });

  // PGlite has no statement cache to look at: this one is PostgreSQL's only.
  if (testEngine === "postgres") it("prepares the statement on the server (parsed once per connection)", async () => {
    const answer = (n: number) => sql`select ${n}::int + 2 as answer /* consortia prepared test */`;
    await handle.db.transaction(async (tx) => {
      expect(rowsOf(await executePrepared(tx, answer(40)))).toEqual([{ answer: 42 }]);
      expect(rowsOf(await executePrepared(tx, answer(1)))).toEqual([{ answer: 3 }]);
      const rows = rowsOf<{ n: number }>(
        await tx.execute(sql`select count(*)::int as n from pg_prepared_statements where statement like ${"%consortia prepared test%"}`),
      );
      expect(rows[0]!.n).toBe(1);
    });
  });
});
