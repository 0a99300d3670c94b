// Batched, idempotent writes shared by every loader: a re-run updates rows instead of duplicating them.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../index";

/** Splits rows into chunks that stay well under Postgres' 65,535 bind parameters. */
export function chunk<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** `excluded.<column>` for each named column, for ON CONFLICT DO UPDATE. */
export function excludedSet<T extends PgTable>(table: T, columns: (keyof T["$inferInsert"] & string)[]) {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  return Object.fromEntries(
    columns.map((key) => {
      const column = all[key]!;
      // With `casing: "snake_case"` a column declared without a name is named by its key at query time.
      const name = column.keyAsName ? toSnakeCase(column.name) : column.name;
      return [key, sql.raw(`excluded."${name}"`)];
    }),
  ) as Record<string, SQL>;
}

/**
 * Inserts rows in batches; on a conflict on `target` updates `update` columns (or does nothing
 * when `update` is empty). Returns how many rows were sent.
 */
export async function upsertBatched<T extends PgTable>(
  db: Db,
  table: T,
  rows: T["$inferInsert"][],
  options: { target: PgColumn | PgColumn[]; update?: (keyof T["$inferInsert"] & string)[]; batchSize?: number },
): Promise<number> {
  const batchSize = options.batchSize ?? Math.max(1, Math.floor(20_000 / Math.max(1, Object.keys(rows[0] ?? {}).length)));
  for (const batch of chunk(rows, batchSize)) {
    const insert = db.insert(table).values(batch);
    if (options.update && options.update.length > 0) {
      await insert.onConflictDoUpdate({ target: options.target, set: excludedSet(table, options.update) });
    } else {
      await insert.onConflictDoNothing({ target: options.target });
    }
  }
  return rows.length;
}
