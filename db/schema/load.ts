// Bookkeeping of the import CLI. A first load into an empty knowledge base on PostgreSQL commits
// its rows with the bulk tables' secondary indexes and foreign keys set aside, then rebuilds them
// (and computes the search data) on several connections at once (db/load/deferred-indexes.ts).
// What it set aside is written here in the same transaction that drops it, and removed once it is
// back: a run killed in between leaves the list, and the next import puts back whatever is missing.
import { pgTable, text } from "drizzle-orm/pg-core";

export const deferredLoadObjects = pgTable("deferred_load_objects", {
  /** Index or constraint name. */
  name: text().primaryKey(),
  /** "index" or "foreign key". */
  kind: text().notNull(),
  /** The table it belongs to. */
  tableName: text().notNull(),
  /** pg_get_indexdef / pg_get_constraintdef, as the catalogue had it before it was dropped. */
  definition: text().notNull(),
});
