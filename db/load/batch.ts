// The one bulk upsert every loader uses: a re-run updates rows instead of duplicating them, and
// leaves a row whose values are already stored alone.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getTableColumns, getTableName, is, sql, type SQL } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { PgTransaction, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../index";
import { rowsOf } from "../rows";

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
  options: { target: PgColumn[]; set?: Record<string, SQL>; overridingSystemValue?: boolean; countWritten?: boolean },
): Promise<number> {
  if (rows.length === 0) return 0;
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
  // How many rows were inserted or changed, when asked (one row back per row written).
  const returning = options.countWritten ? sql` returning 1` : sql``;
  const written = (result: unknown) => (options.countWritten ? rowsOf(result).length : 0);
  const overriding = options.overridingSystemValue ? sql`overriding system value ` : sql``;
  const copy = copyTarget(db, rows, fields);
  if (copy) {
    // COPY into a temporary staging table, then one INSERT … SELECT … ON CONFLICT: the server
    // parses COPY's text format several times faster than JSON (225,065 participations: 0.24 against
    // 1.1 s of CPU), and Node writes it faster than JSON.stringify.
    const stage = sql.identifier(`_load_${tableName}`);
    await db.execute(sql`create temporary table ${stage} (${recordType}) on commit drop`);
    await copy(`copy "_load_${tableName}" (${fields.map((f) => `"${f.name}"`).join(", ")}) from stdin`);
    const n = written(await db.execute(sql`insert into ${table} (${names}) ${overriding}select ${names} from ${stage} on conflict (${target}) ${action}${returning}`));
    await db.execute(sql`drop table ${stage}`);
    return n;
  }
  let n = 0;
  for (const part of chunk(rows, 5_000)) {
    const json = JSON.stringify(
      part.map((row) => Object.fromEntries(fields.map((f) => [f.name, (row as Record<string, unknown>)[f.key] ?? null]))),
    );
    n += written(
      await db.execute(
        sql`insert into ${table} (${names}) ${overriding}select ${names} from json_to_recordset(${json}::json) as r(${recordType})
          on conflict (${target}) ${action}${returning}`,
      ),
    );
  }
  return n;
}

/** One value in COPY's text format. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** The rows in COPY's text format, a few thousand lines per string. */
function* copyText(rows: readonly object[], fields: { key: string }[]): Generator<string> {
  for (const part of chunk(rows, 5_000)) {
    let text = "";
    for (const row of part) {
      const r = row as Record<string, unknown>;
      text += fields.map((f) => copyValue(r[f.key])).join("\t") + "\n";
    }
    yield text;
  }
}

/**
 * How to COPY the rows into this transaction, or null to use json_to_recordset: COPY needs the
 * transaction's own connection (postgres.js: the transaction's client; PGlite: always one
 * connection, with COPY … FROM '/dev/blob') and plain values (strings, numbers, booleans).
 */
export function copyTarget(db: Db, rows: readonly object[], fields: { key: string }[]): ((statement: string) => Promise<void>) | null {
  if (!is(db, PgTransaction)) return null;
  for (const row of rows) for (const f of fields) {
    const v = (row as Record<string, unknown>)[f.key];
    if (v !== null && typeof v === "object") return null;
  }
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client as
    | { unsafe?: (q: string) => { writable: () => Promise<NodeJS.WritableStream> }; query?: (q: string, p: unknown[], o: { blob: Blob }) => Promise<unknown> }
    | undefined;
  if (typeof client?.unsafe === "function") {
    const unsafe = client.unsafe.bind(client);
    return async (statement) => {
      const writable = await unsafe(statement).writable();
      await pipeline(Readable.from(copyText(rows, fields)), writable);
    };
  }
  if (typeof client?.query === "function") {
    const query = client.query.bind(client);
    return async (statement) => {
      await query(statement.replace(/from stdin$/, "from '/dev/blob'"), [], { blob: new Blob([...copyText(rows, fields)]) });
    };
  }
  return null;
}
