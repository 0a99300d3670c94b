// `npm run worker`: the job worker for scheduled work (reminders of unanswered conversations and
// of interests about to expire, saved-search alert digests, recomputing stale stored matches:
// db/jobs/refresh-matches.ts), every minute until stopped. Run it beside the app on PostgreSQL;
// on the embedded database the app process runs the same job itself (instrumentation.ts), since
// two processes cannot open one PGlite directory. Both may run on PostgreSQL at once: every
// reminder is claimed in the database, so none is sent twice.
import fs from "node:fs";
import path from "node:path";
import { getDatabase } from "@/db/index";
import { migrateDatabase } from "@/db/migrate";
import { sendDueReminders } from "@/db/jobs/reminders";
import { sendDueDigests } from "@/db/jobs/saved-search-alerts";
import { refreshStaleMatches } from "@/db/jobs/refresh-matches";
import { env } from "@/lib/env";

const intervalMs = Number(process.argv.find((a) => a.startsWith("--every="))?.slice(8) ?? 60) * 1000;
const once = process.argv.includes("--once");

async function main() {
  // `npm start` keeps the secret it made in .data/auth-secret when AUTH_SECRET is not set: the
  // unsubscribe links the worker signs must verify in the app.
  const secretFile = path.join(process.cwd(), ".data", "auth-secret");
  if (!process.env.AUTH_SECRET && fs.existsSync(secretFile)) process.env.AUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  const handle = getDatabase();
  await migrateDatabase(handle);
  const appUrl = env().APP_URL;
  const run = async () => {
    try {
      const report = await sendDueReminders(handle.db, { appUrl });
      if (report.mails > 0) console.log(`worker: ${report.threads} conversation reminder(s), ${report.interests} interest reminder(s), ${report.mails} mail(s) queued`);
    } catch (error) {
      console.error("worker: the reminders failed:", error);
    }
    try {
      const digests = await sendDueDigests(handle.db, { appUrl, secret: env().AUTH_SECRET });
      if (digests.users > 0) console.log(`worker: ${digests.mails} alert digest(s) queued, ${digests.empty} user(s) with nothing new`);
    } catch (error) {
      console.error("worker: the alert digests failed:", error);
    }
    try {
      // A third of each interval at most: after an import, many interests wait their turn.
      const fresh = await refreshStaleMatches(handle.db, { budgetMs: intervalMs / 3 });
      if (fresh.refreshed + fresh.failed > 0) console.log(`worker: the matches of ${fresh.refreshed} interest(s) recomputed${fresh.failed > 0 ? `, ${fresh.failed} failed` : ""}`);
    } catch (error) {
      console.error("worker: recomputing stale matches failed:", error);
    }
  };
  await run();
  if (once) {
    await handle.close();
    return;
  }
  console.log(`worker: running the reminders every ${intervalMs / 1000} s (Ctrl-C to stop)`);
  const timer = setInterval(() => void run(), intervalMs);
  const stop = async () => {
    clearInterval(timer);
    await handle.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

void main();
