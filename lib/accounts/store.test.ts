// Account operations on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db";
import { authTokens, mailOutbox, signInAttempts, users } from "@/db/schema/accounts";
import { createTestDatabase, testEngine } from "@/db/testing";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "./rate-limit";
import { hashPassword } from "./password";
import { authenticate, consumeToken, issueToken, peekToken, sendVerificationMail } from "./store";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

async function makeUser(email: string, verified = true) {
  const [user] = await handle.db
    .insert(users)
    .values({ email, name: "Test", passwordHash: await hashPassword("Kl4ster-Wien"), emailVerified: verified ? new Date() : null })
    .returning();
  return user!;
}

describe(`link tokens on ${testEngine}`, () => {
  it("stores only the hash, works once, and says why it no longer works", async () => {
    const user = await makeUser("tokens@zsi.at");
    const token = await issueToken(handle.db, user.id, "verify_email");
    const rows = await handle.db.select().from(authTokens).where(eq(authTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toBe(token);
    expect(await peekToken(handle.db, token, "verify_email")).toBe("valid");
    expect(await peekToken(handle.db, token, "reset_password")).toBe("unknown"); // a token opens one door only
    expect(await consumeToken(handle.db, token, "verify_email")).toEqual({ state: "valid", userId: user.id });
    expect(await consumeToken(handle.db, token, "verify_email")).toEqual({ state: "used" });
    expect(await consumeToken(handle.db, "x".repeat(43), "verify_email")).toEqual({ state: "unknown" });
  });

  it("expires", async () => {
    const user = await makeUser("expiry@zsi.at");
    const issued = new Date("2026-01-01T00:00:00Z");
    const token = await issueToken(handle.db, user.id, "reset_password", issued);
    expect(await consumeToken(handle.db, token, "reset_password", new Date("2026-01-01T01:00:01Z"))).toEqual({ state: "expired" });
  });

  it("lets only the newest link of a kind work", async () => {
    const user = await makeUser("newest@zsi.at");
    const first = await issueToken(handle.db, user.id, "reset_password");
    const second = await issueToken(handle.db, user.id, "reset_password");
    expect((await consumeToken(handle.db, first, "reset_password")).state).toBe("used");
    expect((await consumeToken(handle.db, second, "reset_password")).state).toBe("valid");
  });

  it("puts the verification mail in the outbox with a localhost link", async () => {
    const user = await makeUser("mail@zsi.at", false);
    await sendVerificationMail(handle.db, user);
    const [mail] = await handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, "mail@zsi.at"));
    expect(mail).toMatchObject({ kind: "verify_email", status: "pending", attempts: 0 });
    expect(mail!.text).toMatch(/http:\/\/localhost:\d+\/verify\?token=[A-Za-z0-9_-]{43}/);
  });
});

describe(`authenticate on ${testEngine}`, () => {
  it("signs in with the right password, and answers the same for a wrong password and an unknown e-mail", async () => {
    await makeUser("anna@zsi.at");
    expect(await authenticate(handle.db, { email: " Anna@ZSI.at", password: "Kl4ster-Wien", ip: "10.0.0.1" })).toMatchObject({ ok: true, user: { email: "anna@zsi.at" } });
    expect(await authenticate(handle.db, { email: "anna@zsi.at", password: "wrong", ip: "10.0.0.1" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(handle.db, { email: "nobody@zsi.at", password: "wrong", ip: "10.0.0.1" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses an unverified account only after the right password", async () => {
    await makeUser("unverified@zsi.at", false);
    expect(await authenticate(handle.db, { email: "unverified@zsi.at", password: "wrong", ip: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(handle.db, { email: "unverified@zsi.at", password: "Kl4ster-Wien", ip: "10.0.0.2" })).toMatchObject({ ok: false, reason: "unverified" });
  });

  it("limits failures per account, even with the right password, until the window passes", async () => {
    await makeUser("limited@zsi.at");
    const t0 = new Date(Date.now() + 60_000);
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect((await authenticate(handle.db, { email: "limited@zsi.at", password: "wrong", ip: `10.1.0.${i}` }, t0)).ok).toBe(false);
    }
    const blocked = await authenticate(handle.db, { email: "limited@zsi.at", password: "Kl4ster-Wien", ip: "10.1.1.1" }, new Date(t0.getTime() + 1000));
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    const later = new Date(t0.getTime() + 16 * 60_000);
    expect(await authenticate(handle.db, { email: "limited@zsi.at", password: "Kl4ster-Wien", ip: "10.1.1.1" }, later)).toMatchObject({ ok: true });
  });

  it("limits failures per IP address across accounts", async () => {
    const t0 = new Date(Date.now() + 120_000);
    await handle.db.insert(signInAttempts).values(
      Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => ({ email: `guess${i}@zsi.at`, ip: "192.0.2.7", succeeded: false, createdAt: t0 })),
    );
    await makeUser("sameip@zsi.at");
    expect(await authenticate(handle.db, { email: "sameip@zsi.at", password: "Kl4ster-Wien", ip: "192.0.2.7" }, t0)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await authenticate(handle.db, { email: "sameip@zsi.at", password: "Kl4ster-Wien", ip: "192.0.2.8" }, t0)).toMatchObject({ ok: true });
  });

  it("holds across app instances: failures through one database client block sign-in through another", async () => {
    // Two app instances share only the database. On PostgreSQL the second instance is a second
    // connection pool; PGlite is one process's database, so there both are the one client.
    const second = handle.target.kind === "postgres" ? openDatabase(handle.target) : handle;
    try {
      await makeUser("twoinstances@zsi.at");
      const t0 = new Date(Date.now() + 180_000);
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
        const instance = i % 2 === 0 ? handle.db : second.db;
        expect((await authenticate(instance, { email: "twoinstances@zsi.at", password: "wrong", ip: `10.2.0.${i}` }, t0)).ok).toBe(false);
      }
      const later = new Date(t0.getTime() + 1000);
      expect(await authenticate(second.db, { email: "twoinstances@zsi.at", password: "Kl4ster-Wien", ip: "10.2.1.1" }, later)).toMatchObject({ ok: false, reason: "rate_limited" });
      expect(await authenticate(handle.db, { email: "twoinstances@zsi.at", password: "Kl4ster-Wien", ip: "10.2.1.1" }, later)).toMatchObject({ ok: false, reason: "rate_limited" });
      const rows = await second.db.select().from(signInAttempts).where(eq(signInAttempts.email, "twoinstances@zsi.at"));
      expect(rows.filter((r) => !r.succeeded).length).toBeGreaterThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    } finally {
      if (second !== handle) await second.close();
    }
  });
});
