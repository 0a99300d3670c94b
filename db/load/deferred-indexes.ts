// A first bulk load into an empty knowledge base, with the tables' secondary indexes and foreign
// keys set aside and rebuilt once at the end: building an index (and checking a foreign key) over
// the loaded rows in one pass costs a fraction of maintaining it row by row. On the full CORDIS
// data the foreign-key checks and the trigram/GIN indexes were most of the database's work.
//
// Everything happens in one transaction, DDL included (PostgreSQL and PGlite roll DDL back), so an
// interrupted first load leaves the database as it was — empty, with every index — and the next
// run is a first load again. The unique indexes and primary keys stay: the loaders' upserts
// (ON CONFLICT) and look-ups need them. Definitions are read from the catalogue at run time, so
// whatever the migrations declare is rebuilt exactly.
import { sql } from "drizzle-orm";
import type { Db } from "../index";
import { rowsOf } from "../rows";
import { tuneForBulkWrite } from "./batch";

/** The tables a CORDIS load writes most rows into. */
export const BULK_TABLES = ["projects", "organisations", "organisation_identifiers", "participations", "project_themes"] as const;

/** The tables refreshProjectSearch fills (db/search/refresh.ts). */
export const SEARCH_TABLES = ["project_facets", "organisation_facets"] as const;

export interface DeferredObjects {
  indexes: { name: string; definition: string }[];
  foreignKeys: { table: string; name: string; definition: string }[];
}

/** True when the knowledge base holds no project, organisation or participation yet. */
export async function knowledgeBaseIsEmpty(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ empty: boolean }>(
    await db.execute(sql`select not exists (select 1 from projects) and not exists (select 1 from organisations)
      and not exists (select 1 from participations) as empty`),
  );
  return Boolean(row?.empty);
}

/** The non-unique indexes and the foreign keys of the tables, as the catalogue defines them now. */
export async function deferrableObjects(db: Db, tables: readonly string[]): Promise<DeferredObjects> {
  const list = sql`${`{${tables.join(",")}}`}::text[]`;
  const indexes = rowsOf<{ name: string; definition: string }>(
    await db.execute(sql`
      select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
      from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
      where t.relname = any(${list}) and t.relnamespace = current_schema()::regnamespace
        and not i.indisunique and not i.indisprimary
      order by t.relname, c.relname`),
  );
  const foreignKeys = rowsOf<{ table: string; name: string; definition: string }>(
    await db.execute(sql`
      select t.relname as table, k.conname as name, pg_get_constraintdef(k.oid) as definition
      from pg_constraint k join pg_class t on t.oid = k.conrelid
      where k.contype = 'f' and t.relname = any(${list}) and t.relnamespace = current_schema()::regnamespace
      order by t.relname, k.conname`),
  );
  return { indexes, foreignKeys };
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Runs `load` in one transaction with the tables' secondary indexes and foreign keys dropped, then
 * rebuilds them (a foreign key is checked over every row as it is added: a bad reference still
 * fails the load). Meant for an empty database; `load` gets the transaction.
 */
export async function withIndexesDeferred<T>(db: Db, tables: readonly string[], load: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tuneForBulkWrite(tx);
    const deferred = await deferrableObjects(tx, tables);
    for (const k of deferred.foreignKeys) await tx.execute(sql.raw(`alter table ${quote(k.table)} drop constraint ${quote(k.name)}`));
    for (const i of deferred.indexes) await tx.execute(sql.raw(`drop index ${quote(i.name)}`));
    const result = await load(tx);
    for (const i of deferred.indexes) await tx.execute(sql.raw(i.definition));
    for (const k of deferred.foreignKeys) {
      await tx.execute(sql.raw(`alter table ${quote(k.table)} add constraint ${quote(k.name)} ${k.definition}`));
    }
    return result;
  });
}
