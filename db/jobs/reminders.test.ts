// Scheduled reminders against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL):
// who is reminded, and that two runs at the same time (the worker and an app process) send each
// reminder once.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { loadReferenceData } from "@/db/load/reference";
import { interests, mailOutbox, messageThreads, users } from "@/db/schema";
import { createTestDatabase, testEngine } from "@/db/testing";
import { makeProfile, makeUser } from "@/lib/testing/actions";
import { sendDueReminders } from "./reminders";

let handle: DatabaseHandle;
const now = new Date("2026-11-25T10:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
let stale: number, answered: number, fresh: number, expiring: number;

beforeAll(async () => {
  handle = await createTestDatabase();
  await loadReferenceData(handle.db);
  const ana = await makeUser(handle.db, { email: "ana@a.eu" });
  const ben = await makeUser(handle.db, { email: "ben@b.eu" });
  await handle.db.update(users).set({ locale: "fr" }).where(eq(users.id, ana.id)); // Ana reads French; Ben has no language on record
  const a = (await makeProfile(handle.db, [{ userId: ana.id, role: "owner" }], { name: "A" })).id;
  const b = (await makeProfile(handle.db, [{ userId: ben.id, role: "owner" }], { name: "B" })).id;
  const rows = await handle.db
    .insert(messageThreads)
    .values([
      { starterProfileId: a, recipientProfileId: b, subject: "Stale", createdAt: daysAgo(8) },
      { starterProfileId: a, recipientProfileId: b, subject: "Answered", createdAt: daysAgo(8), firstReplyAt: daysAgo(7) },
      { starterProfileId: a, recipientProfileId: b, subject: "Fresh", createdAt: daysAgo(3) },
    ])
    .returning({ id: messageThreads.id });
  [stale, answered, fresh] = rows.map((r) => r.id) as [number, number, number];
  const made = await handle.db
    .insert(interests)
    .values([
      { profileId: a, title: "Expiring soon", description: "x", ownRole: "partner", deadline: "2026-11-28" },
      { profileId: a, title: "Far away", description: "x", ownRole: "partner", deadline: "2027-02-01" },
      { profileId: a, title: "Closed", description: "x", ownRole: "partner", deadline: "2026-11-27", status: "closed" },
    ])
    .returning({ id: interests.id });
  expiring = made[0]!.id;
});
afterAll(async () => handle?.close());

describe(`scheduled reminders on ${testEngine}`, () => {
  it("reminds an unanswered conversation after 7 days and an interest about to expire, once even when two runs overlap", async () => {
    const [first, second] = await Promise.all([
      sendDueReminders(handle.db, { now, appUrl: "https://consortia.test" }),
      sendDueReminders(handle.db, { now, appUrl: "https://consortia.test" }),
    ]);
    expect(first.threads + second.threads).toBe(1);
    expect(first.interests + second.interests).toBe(1);
    const mails = await handle.db.select().from(mailOutbox).orderBy(mailOutbox.id);
    expect(mails.map((m) => [m.kind, m.to])).toEqual(
      expect.arrayContaining([
        ["message_reminder", "ben@b.eu"],
        ["interest_expiry", "ana@a.eu"],
      ]),
    );
    expect(mails).toHaveLength(2);
    expect(mails.find((m) => m.kind === "message_reminder")!.text).toContain(`https://consortia.test/messages/${stale}`);
    expect(mails.find((m) => m.kind === "message_reminder")!.subject).toBe("Still waiting for your answer: Stale");
    const expiry = mails.find((m) => m.kind === "interest_expiry")!;
    expect(expiry.subject).toBe("Votre recherche de partenaires expire le 28 nov. 2026 : Expiring soon");
    expect(expiry.text).toContain(`Ouvrir la recherche de partenaires : https://consortia.test/interests/${expiring}`);
    const threads = await handle.db.select({ id: messageThreads.id, remindedAt: messageThreads.remindedAt }).from(messageThreads);
    expect(threads.filter((t) => t.remindedAt).map((t) => t.id)).toEqual([stale]);
    expect([answered, fresh]).not.toContain(stale);

    // A later run sends nothing more; a renewed interest (new deadline) is reminded again when due.
    expect(await sendDueReminders(handle.db, { now, appUrl: "https://consortia.test" })).toEqual({ threads: 0, interests: 0, mails: 0 });
    await handle.db.update(interests).set({ deadline: "2026-12-30" }).where(eq(interests.id, expiring));
    const later = new Date("2026-12-24T10:00:00Z");
    expect((await sendDueReminders(handle.db, { now: later, appUrl: "https://consortia.test" })).interests).toBe(1);
  });
});
