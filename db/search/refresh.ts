// Keeps the search data current: the database function refresh_project_search() (drizzle/0003)
// recomputes, set by set, what search takes from tables other than projects — the words of a
// project's topic, programme part and themes, its facets (participants' countries, types and NUTS
// regions, themes with their ancestors) and the facets of the organisations taking part.
//
// The trigger on projects keeps each project's own text indexed; everything else is only as fresh
// as the last call of this function, so every loader calls it after an import (loadDemoData does;
// the import CLI must too), passing the ids it touched or nothing for all.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../index";
import { tuneForBulkWrite } from "../load/batch";
import { rowsOf } from "../rows";
import { syncThemeLinks, syncThemeLinksStatement } from "./theme-links";

/** Recomputes the search data of the given projects (all when none are given), in one transaction. */
export async function refreshProjectSearch(db: Db, projectIds?: readonly number[]): Promise<void> {
  if (projectIds && projectIds.length === 0) return;
  await db.transaction(async (tx) => refresh(tx, projectIds));
}

/**
 * The steps of a full refresh, apart, for a first load that runs them on several connections
 * (db/load/deferred-indexes.ts): `projectSearch` first (the others read what it writes), except
 * `network`, which reads only participations and organisations. Each runs in a transaction set up
 * by forFullRefresh.
 */
export const FULL_REFRESH_STEPS = (() => {
  const steps = refreshSteps(sql`null`);
  // theme_links from the code's crosswalk first: refresh_project_search reads them. (A refresh of a
  // few projects writes them beforehand, to know whether it must refresh them all: see refresh.)
  return { ...steps, projectSearch: [syncThemeLinksStatement(), ...steps.projectSearch] };
})();

/** The steps for the projects `ids` (an integer[] expression; null: every project), theme links aside. */
function refreshSteps(ids: SQL) {
  return {
    /** projects.search_related, project_facets, organisation_facets. */
    projectSearch: [sql`select refresh_project_search(${ids})`],
    /** Matching's partner networks (organisation_networks): participations and organisations only. */
    network: [sql`select refresh_match_network(${ids})`],
    /** Matching's per-organisation counts (organisation_match_counts): reads project_facets and organisation_facets. */
    counts: [sql`select refresh_match_counts(${ids})`],
    /** The facet totals search shows before any drill-down (read project_facets and organisation_facets), and the words. */
    facetTotals: [
      sql`refresh materialized view project_facet_totals`,
      sql`refresh materialized view organisation_facet_totals`,
      // The projects' words and how many projects have each (matching's text terms): reads projects.search_vector.
      sql`refresh materialized view search_lexicon`,
      // The words as written, for "Did you mean …" (db/search/spelling.ts).
      sql`refresh materialized view search_words`,
    ],
  } satisfies Record<string, SQL[]>;
}

/** The tables a full refresh writes, and the step that writes each (analyze them after it). */
export const REFRESH_WRITES = {
  projects: "projectSearch",
  project_facets: "projectSearch",
  organisation_facets: "projectSearch",
  organisation_networks: "network",
  organisation_match_counts: "counts",
} as const satisfies Record<string, keyof typeof FULL_REFRESH_STEPS>;

/**
 * Settings of a full refresh for the current transaction: bulk-write settings, and hash joins over
 * whole tables. The planner picked nested loops with index probes for the partner network's
 * self-join of participations (3.6 million pairs on the full data), a third slower.
 */
export async function forFullRefresh(db: Db): Promise<void> {
  await tuneForBulkWrite(db);
  await db.execute(sql`select set_config('enable_nestloop', 'off', true)`);
}

async function refresh(db: Db, projectIds?: readonly number[]): Promise<void> {
  // Links that were not what the code's crosswalk says (a new crosswalk) change every project's
  // search themes: a refresh of a few projects then refreshes them all.
  if (projectIds && (await syncThemeLinks(db)) > 0) projectIds = undefined;
  // Everything: hash joins over whole tables (forFullRefresh). A refresh of a few projects keeps
  // its index look-ups.
  const everything = !projectIds;
  if (everything) await forFullRefresh(db);
  else await tuneForBulkWrite(db);
  const steps = projectIds ? refreshSteps(sql`${`{${projectIds.map((id) => Math.trunc(id)).join(",")}}`}::integer[]`) : FULL_REFRESH_STEPS;
  // The projects' search data, then matching's precomputed partner networks and per-organisation
  // counts (drizzle/0010_match_network.sql, drizzle/0016_match_counts.sql).
  for (const statement of [...steps.projectSearch, ...steps.network, ...steps.counts]) await db.execute(statement);
  // Back on for what follows when the caller's transaction goes on.
  if (everything) await db.execute(sql`select set_config('enable_nestloop', 'on', true)`);
  // A bulk write leaves its GIN entries in the indexes' pending lists, which every search then
  // scans (a search went from 0.3 to 24 ms on the full data); autovacuum would flush them in time,
  // PGlite never runs it. Fresh statistics for the planner likewise.
  await db.execute(sql`
    select gin_clean_pending_list(i.indexrelid)
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
    where am.amname = 'gin' and i.indrelid in ('projects'::regclass, 'project_facets'::regclass, 'organisation_facets'::regclass)`);
  for (const statement of steps.facetTotals) await db.execute(statement);
  // Fresh statistics after a full refresh, and after a few projects' once the tables have grown or
  // shrunk by a tenth since they were last taken (PGlite keeps no count of changed rows, nor runs
  // autovacuum): for a handful of projects they would take longer than the refresh itself.
  const stale = await statisticsStale(db);
  const tables = [...(everything || stale ? Object.keys(REFRESH_WRITES) : []), ...(stale ? PROJECT_LOAD_TABLES : [])];
  if (tables.length > 0) await db.execute(sql.raw(`analyze ${tables.join(", ")}`));
}

/** The tables a load of projects writes besides those the refresh writes (db/load/keep.ts). */
const PROJECT_LOAD_TABLES = ["organisations", "organisation_identifiers", "participations", "project_themes"];

/**
 * Whether the planner's idea of the number of projects (from the last ANALYZE) is a tenth or more
 * off the count, or it has none: its statistics no longer describe the knowledge base.
 */
async function statisticsStale(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ n: number; estimate: number }>(
    await db.execute(sql`select (select count(*) from projects)::float8 as n, (select reltuples from pg_class where oid = 'projects'::regclass)::float8 as estimate`),
  );
  const n = Number(row?.n ?? 0);
  const estimate = Number(row?.estimate ?? -1);
  return estimate < 0 || Math.abs(n - estimate) > 0.1 * Math.max(n, estimate);
}
