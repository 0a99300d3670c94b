// The database client: embedded PGlite by default, PostgreSQL (postgres.js) when DATABASE_URL is set.
// Nothing here touches the database at module load; getDb() opens it on first use.
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { lockDataDir } from "./lock";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction is a Db too: query functions take either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  // loadDataDir: start from a dump of another PGlite (tests start from a migrated template).
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Db;
  target: DatabaseTarget;
  close(): Promise<void>;
}

/** Opens a database. A PGlite directory is locked for this process; no dataDir means in memory. */
export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.kind === "postgres") {
    const client = postgres(target.url, { max: 10, onnotice: () => {}, connect_timeout: 10, ...noDelaySocket(target.url) });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
    return { db, target, close: () => client.end({ timeout: 5 }) };
  }
  const release = target.dataDir ? lockDataDir(target.dataDir) : () => {};
  // Options only: PGlite ignores the extensions when the data directory is passed positionally as undefined.
  const client = new PGlite({ dataDir: target.dataDir, loadDataDir: target.loadDataDir, extensions: { pg_trgm, unaccent } });
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    target,
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * Sockets without Nagle's algorithm. postgres.js sends a COPY's data and its end (CopyDone) in
 * separate writes; with Nagle the end waited for the server's delayed acknowledgement of the
 * data, 40 ms per COPY (a quarter of the import's COPYs took 40 ms whatever their size). Given
 * for one host only (postgres.js then connects the socket itself, trying each host in turn).
 */
export function noDelaySocket(url: string): { socket?: (options: { host: string[]; port: number[]; path?: string | false }) => net.Socket } {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return {};
  }
  if (host.includes(",")) return {};
  return {
    socket: (options) => {
      const socket = options.path ? net.connect(options.path) : net.connect(options.port[0]!, options.host[0]!);
      socket.setNoDelay(true);
      return socket;
    },
  };
}

/** The target the environment names: DATABASE_URL, else PGlite in PGLITE_DIR. */
export function targetFromEnv(): DatabaseTarget {
  const { DATABASE_URL, PGLITE_DIR } = env();
  return DATABASE_URL ? { kind: "postgres", url: DATABASE_URL } : { kind: "pglite", dataDir: PGLITE_DIR };
}

const globalForDb = globalThis as unknown as { consortiaDb?: DatabaseHandle };

/** The process's one database handle (cached across hot reloads in development). */
export function getDatabase(): DatabaseHandle {
  globalForDb.consortiaDb ??= openDatabase(targetFromEnv());
  return globalForDb.consortiaDb;
}

export function getDb(): Db {
  return getDatabase().db;
}

export { schema };
