// One import at a time per database. Two imports at once on one PostgreSQL database (a scheduled
// run overlapping a manual one) could deadlock each other; the second one now stops at once with
// a clear message, before writing anything. A session-level advisory lock on a connection of its
// own, held for the whole import and released when it ends (or when its process dies and the
// connection closes). PGlite needs none: its directory is opened by one process at a time.
import type { Sql } from "postgres";
import type { DatabaseHandle } from "../index";

/** The advisory lock key of imports ("Cons"). */
export const IMPORT_LOCK_KEY = 0x436f6e73;

export class ImportRunningError extends Error {}

/** Takes the import lock, or throws ImportRunningError; returns its release. */
export async function acquireImportLock(handle: DatabaseHandle): Promise<() => Promise<void>> {
  if (handle.target.kind !== "postgres") return async () => {};
  const client = (handle.db as unknown as { $client: Sql }).$client;
  const connection = await client.reserve();
  let held = false;
  try {
    const [row] = await connection<{ ok: boolean }[]>`select pg_try_advisory_lock(${IMPORT_LOCK_KEY}) as ok`;
    held = row?.ok === true;
  } finally {
    if (!held) connection.release();
  }
  if (!held) throw new ImportRunningError("Another import is running on this database: try again when it has finished. Nothing was written.");
  return async () => {
    try {
      await connection`select pg_advisory_unlock(${IMPORT_LOCK_KEY})`;
    } finally {
      connection.release();
    }
  };
}
