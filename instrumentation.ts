// Runs once when a Next.js server starts: migrate and, on an empty database, load the demo sample;
// then start the mail sender and, on the embedded database, the scheduled reminders.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` must never touch the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startDatabase } = await import("./db/startup");
  await startDatabase();
  // Sends the mail outbox (with SMTP_URL) and retries what failed.
  const { startMailTimer } = await import("./lib/mail/sender");
  startMailTimer();
  // Reminders (unanswered conversations, interests about to expire) on the embedded database;
  // with DATABASE_URL the job worker runs them (`npm run worker`).
  const { startReminderTimer } = await import("./lib/jobs/reminder-timer");
  startReminderTimer();
}
