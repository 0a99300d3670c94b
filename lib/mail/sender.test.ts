// With SMTP_URL set, an action that sends mail answers before the mail goes out: it only writes
// to the outbox and schedules a delivery run after the response (next/server `after`). A failed
// send leaves the message in the outbox to be retried. Real database, faked SMTP server.
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { mailOutbox } from "@/db/schema/accounts";
import { testEngine } from "@/db/testing";
import { idle } from "@/lib/actions/result";
import { actAs, formData, makeProfile, makeUser, setUpActionDatabase } from "@/lib/testing/actions";

const smtp = vi.hoisted(() => ({
  afterQueue: [] as (() => unknown)[],
  sendMail: vi.fn<(...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/env")>();
  const configured = { ...real.parseEnv({ NODE_ENV: "test" }), SMTP_URL: "smtp://mail.invalid:2525" };
  return { ...real, env: () => configured };
});
vi.mock("nodemailer", () => ({ createTransport: () => ({ sendMail: (...args: unknown[]) => smtp.sendMail(...args) }) }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => unknown) => void smtp.afterQueue.push(task),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", () => ({ signIn: vi.fn(), signOut: vi.fn() }));

const handle = setUpActionDatabase();

describe(`mail delivery with SMTP_URL on ${testEngine}`, () => {
  it("answers the request before sending, and keeps a failed message for a retry", async () => {
    const { inviteMember } = await import("@/lib/actions/organisations");
    // The SMTP server hangs: were the action waiting for it, it would never answer.
    let release!: (error: Error) => void;
    smtp.sendMail.mockImplementation(() => new Promise((_, reject) => (release = reject)));
    const owner = await makeUser(handle.db);
    const profile = await makeProfile(handle.db, [{ userId: owner.id, role: "owner" }]);
    actAs(owner);

    const result = await inviteMember(idle, formData({ profileId: profile.id, email: "colleague@example-org.eu" }));
    expect(result.status).toBe("ok");
    expect(smtp.sendMail).not.toHaveBeenCalled();
    const [queued] = await handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, "colleague@example-org.eu"));
    expect(queued).toMatchObject({ status: "pending", attempts: 0 });

    // After the response: the delivery run starts, the server fails, the message waits for a retry.
    expect(smtp.afterQueue).toHaveLength(1);
    const run = smtp.afterQueue.shift()!();
    await vi.waitFor(() => expect(smtp.sendMail).toHaveBeenCalledTimes(1));
    release(new Error("421 service not available"));
    await run;
    const [kept] = await handle.db.select().from(mailOutbox).where(eq(mailOutbox.id, queued!.id));
    expect(kept).toMatchObject({ status: "pending", attempts: 1, lastError: "421 service not available" });
    expect(kept!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });
});
