// The one bulk upsert every loader uses: a re-run updates rows instead of duplicating them, and
// leaves a row whose values are already stored alone.
import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../index";

/**
 * Settings for the bulk statements of a load, for the current transaction only (`set local`):
 * no JIT compilation, and sorts and hashes in memory. PostgreSQL JIT-compiles any statement its
 * planner prices above jit_above_cost; the loads' INSERT … SELECT and the search refresh are
 * priced far above it (bad row estimates on freshly written tables), and compiling took longer
 * than running them: 4 of the 8 s of one refresh statement on the full data. With the default
 * work_mem of 4 MB the refresh's sorts spilled to disk. PGlite has no JIT; the setting is harmless.
 */
export async function tuneForBulkWrite(db: Db): Promise<void> {
  await db.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`);
}

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
      return [key, sql.raw(`excluded."${columnName(column)}"`)];
    }),
  ) as Record<string, SQL>;
}

function columnName(column: PgColumn): string {
  // With `casing: "snake_case"` a column declared without a name is named by its key at query time.
  return column.keyAsName ? toSnakeCase(column.name) : column.name;
}

/**
 * INSERT … SELECT FROM json_to_recordset($1) ON CONFLICT …: the rows travel as one JSON
 * parameter. On a bulk load, building a statement value by value (drizzle checks every value)
 * costs more than the database's own work, and one parameter has no bind limit. Column types
 * come from the table definition, so the rows stay typed as the table's inserts.
 */
export async function bulkUpsert<T extends PgTable>(
  db: Db,
  table: T,
  rows: T["$inferInsert"][],
  options: { target: PgColumn[]; set?: Record<string, SQL>; overridingSystemValue?: boolean },
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  // Every key any row has (an absent value is null: give every column a value where null is not wanted).
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row as object)))];
  const fields = keys.map((key) => ({ key, name: columnName(columns[key]!), type: columns[key]!.getSQLType() }));
  const names = sql.join(fields.map((f) => sql.identifier(f.name)), sql`, `);
  const recordType = sql.raw(fields.map((f) => `"${f.name}" ${f.type}`).join(", "));
  const target = sql.join(options.target.map((c) => sql.identifier(columnName(c))), sql`, `);
  // A row whose values are already stored is left alone: a re-run then writes nothing, which keeps
  // it fast and leaves no dead rows behind. updated_at alone does not make a row differ.
  const compared = Object.entries(options.set ?? {}).filter(([key]) => key !== "updatedAt");
  const tableName = getTableName(table);
  const unchanged =
    compared.length === 0
      ? sql``
      : sql` where (${sql.join(
          compared.map(([key]) => sql.raw(`"${tableName}"."${columnName(columns[key]!)}"`)),
          sql`, `,
        )}) is distinct from (${sql.join(
          compared.map(([, value]) => value),
          sql`, `,
        )})`;
  const action = options.set
    ? sql`do update set ${sql.join(
        Object.entries(options.set).map(([key, value]) => sql`${sql.identifier(columnName(columns[key]!))} = ${value}`),
        sql`, `,
      )}${unchanged}`
    : sql`do nothing`;
  const overriding = options.overridingSystemValue ? sql`overriding system value ` : sql``;
  for (const part of chunk(rows, 5_000)) {
    const json = JSON.stringify(
      part.map((row) => Object.fromEntries(fields.map((f) => [f.name, (row as Record<string, unknown>)[f.key] ?? null]))),
    );
    await db.execute(
      sql`insert into ${table} (${names}) ${overriding}select ${names} from json_to_recordset(${json}::json) as r(${recordType})
          on conflict (${target}) ${action}`,
    );
  }
}
