// The outbox and its sender on a real database: delivery, retries with backoff, giving up.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { mailOutbox } from "@/db/schema/accounts";
import { createTestDatabase, testEngine } from "@/db/testing";
import { MAX_MAIL_ATTEMPTS } from "./backoff";
import { deliverDueMail, enqueueMail, listOutbox } from "./outbox";
import { verificationMail } from "./templates";
import { mailWords } from "./words";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

const status = async (id: number) => (await handle.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]!;

describe(`mail outbox on ${testEngine}`, () => {
  it("sends a due message once", async () => {
    const id = await enqueueMail(handle.db, verificationMail(await mailWords("en"), "a@zsi.at", "A", "http://localhost:3000/verify?token=t"));
    const sent: string[] = [];
    const report = await deliverDueMail(handle.db, async (m) => void sent.push(m.to));
    expect(report).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent).toEqual(["a@zsi.at"]);
    expect(await status(id)).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect((await deliverDueMail(handle.db, async () => {})).sent).toBe(0);
  });

  it("keeps a message that could not be sent and retries it later, then gives up", async () => {
    const id = await enqueueMail(handle.db, verificationMail(await mailWords("en"), "b@zsi.at", null, "http://localhost:3000/verify?token=u"));
    const failing = async () => {
      throw new Error("SMTP 451 try later");
    };
    let now = new Date(Date.now() + 1000);
    expect(await deliverDueMail(handle.db, failing, { now })).toEqual({ sent: 0, retried: 1, failed: 0 });
    const first = await status(id);
    expect(first).toMatchObject({ status: "pending", attempts: 1, lastError: "SMTP 451 try later" });
    expect(first.nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(30_000);
    // Not due yet: nothing happens.
    expect(await deliverDueMail(handle.db, failing, { now })).toEqual({ sent: 0, retried: 0, failed: 0 });
    for (let attempt = 2; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      now = new Date((await status(id)).nextAttemptAt.getTime() + 1);
      await deliverDueMail(handle.db, failing, { now });
    }
    expect(await status(id)).toMatchObject({ status: "failed", attempts: MAX_MAIL_ATTEMPTS });
  });

  it("lists the newest first, by address", async () => {
    const rows = await listOutbox(handle.db, { to: "b@zsi.at" });
    expect(rows.map((r) => r.to)).toEqual(["b@zsi.at"]);
  });
});
