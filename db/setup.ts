// Brings a database to a usable state: reachable, migrated, and (when empty) loaded with the
// demo sample. Run once per process at server start (instrumentation.ts) and by the CLI.
import { count, sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { getDatabase, type DatabaseHandle } from "./index";
import { loadDemoData, type DemoLoadReport } from "./demo";
import { euroSciVocLabelsMissing, loadEuroSciVocLabels } from "./load/euroscivoc-labels";
import { loadKeepThemes } from "./load/keep";
import { loadReferenceProgrammes } from "./load/programmes";
import { loadDataSources } from "./load/reference";
import { migrateDatabase } from "./migrate";
import { refreshProjectSearch } from "./search/refresh";
import { syncThemeLinks } from "./search/theme-links";
import { projects } from "./schema";

export class DatabaseUnavailableError extends Error {}

/** A connection string without its password, for messages. */
export function describeTarget(handle: DatabaseHandle): string {
  if (handle.target.kind === "pglite") return `embedded PGlite (${handle.target.dataDir ?? "in memory"})`;
  try {
    const url = new URL(handle.target.url);
    if (url.password) url.password = "***";
    return `PostgreSQL at ${url.toString()}`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

export async function checkConnection(handle: DatabaseHandle): Promise<void> {
  try {
    await handle.db.execute(sql`select 1`);
  } catch (error) {
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new DatabaseUnavailableError(`Cannot use the database: ${describeTarget(handle)}: ${cause}`);
  }
}

export interface PrepareReport {
  target: string;
  demo: DemoLoadReport | null;
  ms: number;
}

export async function prepareDatabase(
  handle: DatabaseHandle,
  options: { loadDemo: boolean },
): Promise<PrepareReport> {
  const started = performance.now();
  await checkConnection(handle);
  await migrateDatabase(handle);
  let demo: DemoLoadReport | null = null;
  if (options.loadDemo) {
    const [row] = await handle.db.select({ n: count() }).from(projects);
    if ((row?.n ?? 0) === 0) demo = await loadDemoData(handle.db);
  }
  // A knowledge base loaded some other way (an import into a database of its own, or before they
  // shipped) still needs the theme vocabulary for cross-language search and the names of the
  // EuroSciVoc fields in five languages; the demo load has just loaded both.
  if (!demo) {
    // The shipped vocabulary as the repository holds it now (a row is written only when it
    // differs): a knowledge base loaded before a synonym was added finds it from this start on.
    const vocabulary = await loadKeepThemes(handle.db);
    if (await euroSciVocLabelsMissing(handle.db)) await loadEuroSciVocLabels(handle.db);
    // The current Interreg programmes an interest can name (a row is written only when it differs).
    await handle.db.transaction(async (tx) => {
      await loadDataSources(tx);
      await loadReferenceProgrammes(tx);
    });
    // The search data is recomputed when the theme links it reads change, as the code's crosswalk
    // says (a new crosswalk, or a knowledge base loaded before the links were a table), or when a
    // theme's English label did (it is in its projects' search text).
    if ((await syncThemeLinks(handle.db)) > 0 || vocabulary.themesWritten > 0) await refreshProjectSearch(handle.db);
  }
  return { target: describeTarget(handle), demo, ms: Math.round(performance.now() - started) };
}

const globalForSetup = globalThis as unknown as { consortiaReady?: Promise<PrepareReport> };

/** Prepares the process's own database once; later calls share the same promise. */
export function ensureDatabaseReady(): Promise<PrepareReport> {
  globalForSetup.consortiaReady ??= prepareDatabase(getDatabase(), { loadDemo: env().LOAD_DEMO_DATA });
  return globalForSetup.consortiaReady;
}
