// Keeps the stored matches of open interests fresh. They rest on the knowledge base and on other
// members' records, profiles and interests, all of which change after the matches were computed:
// an import brings new projects, another organisation claims its record or edits its themes. The
// worker (`npm run worker`; on the embedded database the app process itself) recomputes, within
// a time budget per run, the open interests whose matches were never computed, list or may newly
// list an organisation that has changed since (marked stale: db/interests/stale.ts), were computed
// before the knowledge base last changed (an import: data_sources.imported_at), or are older than
// MATCHES_MAX_AGE_DAYS (what the marks do not foresee: a member found by its description's words
// alone is matched the next day) — in that order, the oldest first. Each is claimed with FOR UPDATE
// SKIP LOCKED in its own transaction, so two processes running this at once never compute one
// interest twice, and an owner's edit waits for the recomputation it supersedes. Only the ranked
// matches: mutual pairs rest on the two interests and their organisations, and are rewritten when
// either interest or either organisation's profile changes (each rewrite weighs the interest
// against every other open one: daily for all, that would grow as the square of their number).
import { and, asc, desc, eq, gte, inArray, isNull, lt, notInArray, or, sql } from "drizzle-orm";
import type { Db } from "../index";
import { dataSources, interests } from "../schema";
import { refreshRankedMatches } from "../interests/refresh";
import { isoDate } from "@/lib/interests/options";

/**
 * Stored matches older than this are recomputed even when nothing known changed (what the stale
 * marks do not foresee). Cheap: 50–100 ms an interest, so 10,000 open interests cost a quarter of
 * an hour of database time a day.
 */
export const MATCHES_MAX_AGE_DAYS = 1;

const DAY_MS = 86_400_000;

export interface RefreshReport {
  /** Interests whose matches were recomputed. */
  refreshed: number;
  /** Interests whose recomputation failed (noted on the interest; tried again next run). */
  failed: number;
}

/** When the knowledge base last changed: the latest import of any source, null when none is recorded. */
export async function knowledgeBaseChangedAt(db: Db): Promise<Date | null> {
  const [row] = await db.select({ at: sql<Date | null>`max(${dataSources.importedAt})`.mapWith((v) => (v == null ? null : new Date(v))) }).from(dataSources);
  return row?.at ?? null;
}

/** Records that these sources' data was imported now (or at `at`): the stored matches computed before are stale. */
export async function markSourcesImported(db: Db, sourceIds: readonly string[], at: Date = new Date()): Promise<void> {
  if (sourceIds.length === 0) return;
  await db.update(dataSources).set({ importedAt: at }).where(inArray(dataSources.id, [...sourceIds]));
}

/**
 * Recomputes stale stored matches until none is left, `limit` were done or `budgetMs` has passed
 * (an interest takes tens of milliseconds on the full knowledge base).
 */
export async function refreshStaleMatches(db: Db, options: { now?: Date; budgetMs?: number; limit?: number } = {}): Promise<RefreshReport> {
  const now = options.now ?? new Date();
  const started = performance.now();
  const budgetMs = options.budgetMs ?? 10_000;
  const limit = options.limit ?? 500;
  const today = isoDate(now);
  const changed = await knowledgeBaseChangedAt(db);
  const aged = new Date(now.getTime() - MATCHES_MAX_AGE_DAYS * DAY_MS);
  const staleBefore = changed && changed > aged ? changed : aged;
  const report: RefreshReport = { refreshed: 0, failed: 0 };
  // Tried in this run (a failing one is not tried again until the next).
  const tried: number[] = [];
  while (report.refreshed + report.failed < limit && performance.now() - started < budgetMs) {
    const outcome = await db.transaction(async (tx) => {
      const [due] = await tx
        .select({ id: interests.id })
        .from(interests)
        .where(and(
          eq(interests.status, "open"),
          gte(interests.deadline, today),
          or(isNull(interests.matchesComputedAt), eq(interests.matchesStale, true), lt(interests.matchesComputedAt, staleBefore)),
          tried.length > 0 ? notInArray(interests.id, tried) : undefined,
        ))
        .orderBy(sql`${interests.matchesComputedAt} is null desc`, desc(interests.matchesStale), asc(interests.matchesComputedAt), asc(interests.id))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!due) return null;
      tried.push(due.id);
      return (await refreshRankedMatches(tx, due.id)) ? "refreshed" : "failed";
    });
    if (outcome == null) break;
    report[outcome]++;
  }
  return report;
}
