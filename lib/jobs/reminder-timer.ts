// The scheduled jobs inside the app process, for the embedded database (where no separate worker
// can open the data directory): reminders, saved-search alert digests, recomputing stale stored
// matches. With DATABASE_URL, `npm run worker` runs them; running both is harmless because every
// reminder is claimed in the database (db/jobs/reminders.ts), and every recomputation too.
import "server-only";
import { getDb } from "@/db";
import { sendDueReminders } from "@/db/jobs/reminders";
import { sendDueDigests } from "@/db/jobs/saved-search-alerts";
import { refreshStaleMatches } from "@/db/jobs/refresh-matches";
import { env } from "@/lib/env";

const globalForJobs = globalThis as unknown as { consortiaReminderTimer?: NodeJS.Timeout };

export function startReminderTimer(): void {
  if (env().DATABASE_URL || globalForJobs.consortiaReminderTimer) return;
  const run = () => {
    void sendDueReminders(getDb(), { appUrl: env().APP_URL })
      .catch((error: unknown) => console.error("Consortia reminders failed:", error))
      // Saved-search alert digests, claimed in the database like the reminders.
      .then(() => sendDueDigests(getDb(), { appUrl: env().APP_URL, secret: env().AUTH_SECRET }))
      .catch((error: unknown) => console.error("Consortia alert digests failed:", error))
      // Stale stored matches (marked by a member organisation's change, computed before an import,
      // or a day old), a few seconds' worth per run: the embedded database answers one query at a
      // time, the pages' too.
      .then(() => refreshStaleMatches(getDb(), { budgetMs: 5_000 }))
      .catch((error: unknown) => console.error("Consortia stale matches failed:", error));
  };
  globalForJobs.consortiaReminderTimer = setInterval(run, 5 * 60_000);
  globalForJobs.consortiaReminderTimer.unref();
  run();
}
