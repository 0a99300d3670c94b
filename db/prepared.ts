// A statement run again and again with the same text (matching's) as a prepared statement where the
// driver keeps one: postgres.js prepares it once per connection, keyed by its text and parameter
// types, so the server parses it once per connection instead of on every query (about 1.5 ms of a
// match's 30 on PostgreSQL). It is still planned for each execution's values when the transaction
// says plan_cache_mode = force_custom_plan (matching's prelude does: its statements' plans depend on
// the sizes of the arrays they are given). PGlite runs it as db.execute does. A pooler in
// transaction mode between the app and PostgreSQL must track prepared statements (README).
import type { SQL } from "drizzle-orm";
import type { PgDialect, PgSession } from "drizzle-orm/pg-core";
import type { Db } from "./index";

export async function executePrepared(db: Db, query: SQL): Promise<unknown> {
  // drizzle's db.execute prepares nothing; its session (internal to its types) can.
  const { session, dialect } = db as unknown as { session: PgSession; dialect: PgDialect };
  return session.prepareQuery(dialect.sqlToQuery(query), undefined, "consortia", false).execute();
}
