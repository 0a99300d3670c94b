// The programmatic migrator used by the app at start, by the tests and by the CLI.
// drizzle-kit's own `migrate` fails silently with the PGlite driver, so it is never used.
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DatabaseHandle } from "./index";

export const migrationsFolder = path.join(process.cwd(), "drizzle");

/**
 * Applies the migrations in drizzle/. On PostgreSQL an advisory lock serialises app instances
 * that start together, so only one of them migrates.
 */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.target.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const client = postgres(handle.target.url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await client`select pg_advisory_lock(hashtext('consortia:migrate'))`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}
