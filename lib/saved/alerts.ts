// When an alert is due and what counts as new. Pure: the job (db/jobs/saved-search-alerts.ts)
// and /saved read the database and ask these.
import type { AlertFrequency } from "@/db/schema/saved";

const HOUR_MS = 3_600_000;
export const ALERT_PERIOD_MS: Record<Exclude<AlertFrequency, "none">, number> = { daily: 24 * HOUR_MS, weekly: 7 * 24 * HOUR_MS };
/**
 * A digest may go out this much before its full period has run, so that a job running every
 * few minutes does not push a daily digest a little later every day.
 */
export const ALERT_SLACK_MS = HOUR_MS;

/** Whether a saved search's alert is due at `now`: its period has run since the last digest. */
export function isAlertDue(alert: AlertFrequency, since: Date, now: Date): boolean {
  if (alert === "none") return false;
  return now.getTime() - since.getTime() >= ALERT_PERIOD_MS[alert] - ALERT_SLACK_MS;
}

/** The latest `alertSince` at which an alert of this frequency is due at `now`. */
export function dueBefore(alert: Exclude<AlertFrequency, "none">, now: Date): Date {
  return new Date(now.getTime() - ALERT_PERIOD_MS[alert] + ALERT_SLACK_MS);
}

/** The period a digest belongs to: one digest per user per UTC day at most. */
export function digestPeriod(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The keys of `current` that are not among `known`, in `current`'s order. */
export function newKeys(current: readonly string[], known: readonly string[]): string[] {
  const seen = new Set(known);
  return current.filter((key) => !seen.has(key));
}

/** A row is new when it was first loaded after the cutoff (strictly) and not after `until`. */
export function isNewSince(createdAt: Date, since: Date, until?: Date): boolean {
  return createdAt.getTime() > since.getTime() && (!until || createdAt.getTime() <= until.getTime());
}
