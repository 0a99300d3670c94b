// The mail outbox: enqueue a message inside the transaction that caused it (so it is sent only
// if that work is committed), and deliver due messages afterwards. Delivery claims a batch with
// FOR UPDATE SKIP LOCKED and a lease, so several app instances never send a message twice at
// once, and one that died mid-send leaves its messages to be retried when the lease runs out.
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { mailOutbox, type MailMessage } from "@/db/schema/accounts";
import { retryDelayMs } from "./backoff";
import type { MailContent } from "./templates";

const LEASE_MS = 2 * 60 * 1000;

export async function enqueueMail(tx: Db | Tx, mail: MailContent): Promise<number> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({ kind: mail.kind, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html })
    .returning({ id: mailOutbox.id });
  return row!.id;
}

export type SendMail = (message: Pick<MailMessage, "to" | "subject" | "text" | "html">) => Promise<void>;

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/** Sends the messages that are due, up to `limit`; each failure is retried later with backoff. */
export async function deliverDueMail(db: Db, send: SendMail, options: { limit?: number; now?: Date } = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 20;
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(inArray(mailOutbox.status, ["pending", "sending"]), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(mailOutbox)
    .set({ status: "sending", attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(inArray(mailOutbox.id, due))
    .returning();

  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (const message of claimed) {
    try {
      await send(message);
      await db.update(mailOutbox).set({ status: "sent", sentAt: new Date(), lastError: null }).where(eq(mailOutbox.id, message.id));
      report.sent++;
    } catch (error) {
      const delay = retryDelayMs(message.attempts);
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      await db
        .update(mailOutbox)
        .set(delay === null ? { status: "failed", lastError } : { status: "pending", lastError, nextAttemptAt: new Date(now.getTime() + delay) })
        .where(eq(mailOutbox.id, message.id));
      if (delay === null) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

/** The newest messages, for the development mailbox. */
export function listOutbox(db: Db, options: { to?: string; limit?: number } = {}) {
  return db
    .select()
    .from(mailOutbox)
    .where(options.to ? eq(mailOutbox.to, options.to) : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(options.limit ?? 100);
}
