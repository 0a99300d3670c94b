// The account actions against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL),
// with a faked session and Auth.js's signIn/signOut replaced by the same authenticate() check.
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { authTokens, mailOutbox, users } from "@/db/schema/accounts";
import { memberships, organisationProfiles } from "@/db/schema/members";
import { testEngine } from "@/db/testing";
import { hashPassword } from "@/lib/accounts/password";
import { getCurrentUser } from "@/lib/current-user";
import { actAs, formData, makeProfile, makeUser, redirectOf, reloadUser, setUpActionDatabase } from "@/lib/testing/actions";
import {
  changePassword,
  deleteAccount,
  register,
  requestPasswordReset,
  resetPassword,
  signInWithPassword,
  updateAccountName,
  verifyEmail,
} from "./accounts";
import { idle } from "./result";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/session", async () => (await import("@/lib/testing/actions")).sessionModule);
vi.mock("@/lib/auth", async () => {
  const { getDb } = await import("@/db");
  const { authenticate } = await import("@/lib/accounts/store");
  const { redirect } = await import("next/navigation");
  return {
    signIn: vi.fn(async (_provider: string, options: { email: string; password: string; redirectTo: string }) => {
      const result = await authenticate(getDb(), { email: options.email, password: options.password, ip: "203.0.113.9" });
      if (!result.ok) throw Object.assign(new Error("CredentialsSignin"), { type: "CredentialsSignin", code: result.reason, retryAfterSeconds: 600 });
      redirect(options.redirectTo);
    }),
    signOut: vi.fn(async (options: { redirectTo: string }) => {
      const { redirect } = await import("next/navigation");
      redirect(options.redirectTo);
    }),
  };
});

const handle = setUpActionDatabase();
beforeEach(() => actAs(null));

const PASSWORD = "Kl4ster-Wien";
const mailsTo = (to: string) => handle.db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(mailOutbox.id);
const tokenIn = (text: string) => /token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

describe(`register and verify on ${testEngine}`, () => {
  it("shows field errors and writes nothing on bad input", async () => {
    const result = await register(idle, formData({ name: "", email: "not-an-email", password: "short" }));
    expect(result).toMatchObject({ status: "error", code: "invalid", values: { email: "not-an-email" } });
    if (result.status !== "error") throw new Error();
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "name", "password"]);
    expect(result.fieldErrors.password![0]).toMatch(/Use at least 10 characters/);
    expect(result.values).not.toHaveProperty("password");
    expect(await handle.db.select().from(users).where(eq(users.email, "not-an-email"))).toHaveLength(0);
  });

  it("creates the account with a hashed password and puts the verification link in the outbox", async () => {
    const to = await redirectOf(register(idle, formData({ name: "Anna <b>Berger</b>", email: "Anna@ZSI.at", password: PASSWORD })));
    expect(to).toBe("/verify?sent=anna%40zsi.at");
    const [user] = await handle.db.select().from(users).where(eq(users.email, "anna@zsi.at"));
    expect(user).toMatchObject({ name: "Anna <b>Berger</b>", emailVerified: null, role: "user" });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const mails = await mailsTo("anna@zsi.at");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toMatch(/: http:\/\/localhost:\d+\/verify\?token=[A-Za-z0-9_-]{43}$/m);
  });

  it("never makes a second account on a second submit, and only the newest link works", async () => {
    const first = tokenIn((await mailsTo("anna@zsi.at"))[0]!.text);
    await redirectOf(register(idle, formData({ name: "Anna", email: "anna@zsi.at", password: PASSWORD })));
    expect(await handle.db.select().from(users).where(eq(users.email, "anna@zsi.at"))).toHaveLength(1);
    const mails = await mailsTo("anna@zsi.at");
    expect(mails).toHaveLength(2);
    const second = tokenIn(mails[1]!.text);
    expect(await verifyEmail(idle, formData({ token: first }))).toMatchObject({ status: "error", message: expect.stringMatching(/already been used/) });
    expect(await redirectOf(verifyEmail(idle, formData({ token: second })))).toBe("/sign-in?verified=1");
    const [user] = await handle.db.select().from(users).where(eq(users.email, "anna@zsi.at"));
    expect(user!.emailVerified).toBeInstanceOf(Date);
    expect(await verifyEmail(idle, formData({ token: second }))).toMatchObject({ status: "error", message: expect.stringMatching(/already been used/) });
    expect(await verifyEmail(idle, formData({ token: "nonsense" }))).toMatchObject({ status: "error", message: expect.stringMatching(/not valid/) });
  });

  it("answers a registration with a known address like any other, and mails its owner instead", async () => {
    const to = await redirectOf(register(idle, formData({ name: "Mallory", email: "anna@zsi.at", password: "An0ther-pass" })));
    expect(to).toBe("/verify?sent=anna%40zsi.at");
    const mails = await mailsTo("anna@zsi.at");
    expect(mails.at(-1)!.kind).toBe("account_exists");
    const [user] = await handle.db.select().from(users).where(eq(users.email, "anna@zsi.at"));
    expect(user!.name).toBe("Anna <b>Berger</b>"); // unchanged
  });

  it("refuses an expired verification link", async () => {
    const user = await makeUser(handle.db, { verified: false });
    const { newToken } = await import("@/lib/accounts/tokens");
    const t = newToken("verify_email", new Date(Date.now() - 49 * 3600_000));
    await handle.db.insert(authTokens).values({ userId: user.id, purpose: "verify_email", tokenHash: t.tokenHash, expiresAt: t.expiresAt });
    expect(await verifyEmail(idle, formData({ token: t.token }))).toMatchObject({ status: "error", message: expect.stringMatching(/expired/) });
  });
});

describe(`sign in on ${testEngine}`, () => {
  it("signs in and goes to the account page, or to the page asked for", async () => {
    expect(await redirectOf(signInWithPassword(idle, formData({ email: "anna@zsi.at", password: PASSWORD })))).toBe("/account");
    expect(await redirectOf(signInWithPassword(idle, formData({ email: "anna@zsi.at", password: PASSWORD, next: "/profile/new" })))).toBe("/profile/new");
    expect(await redirectOf(signInWithPassword(idle, formData({ email: "anna@zsi.at", password: PASSWORD, next: "//evil.example" })))).toBe("/account");
  });

  it("gives one generic answer for a wrong password and an unknown address", async () => {
    const wrong = await signInWithPassword(idle, formData({ email: "anna@zsi.at", password: "Wrong-pass1" }));
    const unknown = await signInWithPassword(idle, formData({ email: "nobody@zsi.at", password: "Wrong-pass1" }));
    expect(wrong).toMatchObject({ status: "error", message: "Wrong e-mail address or password." });
    expect({ ...unknown, values: undefined }).toEqual({ ...wrong, values: undefined });
  });

  it("asks an unverified user to verify, and sends a fresh link", async () => {
    await handle.db.insert(users).values({ email: "late@zsi.at", name: "Late", passwordHash: await hashPassword(PASSWORD) });
    const result = await signInWithPassword(idle, formData({ email: "late@zsi.at", password: PASSWORD }));
    expect(result).toMatchObject({ status: "error", code: "unverified" });
    expect(await mailsTo("late@zsi.at")).toHaveLength(1);
  });

  it("stops after five failures for the account", async () => {
    await makeUser(handle.db, { email: "target@zsi.at", passwordHash: await hashPassword(PASSWORD) });
    for (let i = 0; i < 5; i++) await signInWithPassword(idle, formData({ email: "target@zsi.at", password: `Wrong-pass${i}` }));
    const blocked = await signInWithPassword(idle, formData({ email: "target@zsi.at", password: PASSWORD }));
    expect(blocked).toMatchObject({ status: "error", code: "rate_limited", message: expect.stringMatching(/^Too many sign-in attempts/) });
  });
});

describe(`passwords on ${testEngine}`, () => {
  it("says the same whether or not the address has an account, and mails only a real one", async () => {
    const known = await requestPasswordReset(idle, formData({ email: "anna@zsi.at" }));
    const unknown = await requestPasswordReset(idle, formData({ email: "ghost@zsi.at" }));
    expect(known.status).toBe("ok");
    expect(unknown.status).toBe("ok");
    expect((known as { message: string }).message.replace("anna@zsi.at", "X")).toBe((unknown as { message: string }).message.replace("ghost@zsi.at", "X"));
    expect(await mailsTo("ghost@zsi.at")).toHaveLength(0);
    expect((await mailsTo("anna@zsi.at")).at(-1)!.kind).toBe("reset_password");
  });

  it("resets the password once with the link and ends the sessions issued before", async () => {
    const [anna] = await handle.db.select().from(users).where(eq(users.email, "anna@zsi.at"));
    actAs(anna!);
    expect((await getCurrentUser())?.id).toBe(anna!.id);
    const token = tokenIn((await mailsTo("anna@zsi.at")).at(-1)!.text);
    expect(await resetPassword(idle, formData({ token, password: "abc" }))).toMatchObject({ status: "error", fieldErrors: { password: [expect.stringMatching(/^Too short/)] } });
    expect(await redirectOf(resetPassword(idle, formData({ token, password: "Neues-Passw0rt" })))).toBe("/sign-in?reset=1");
    expect(await resetPassword(idle, formData({ token, password: "Neues-Passw0rt" }))).toMatchObject({ status: "error", message: expect.stringMatching(/already been used/) });
    expect(await getCurrentUser()).toBeNull(); // the old session's authVersion no longer matches
    expect(await redirectOf(signInWithPassword(idle, formData({ email: "anna@zsi.at", password: "Neues-Passw0rt" })))).toBe("/account");
  });

  it("changes the password only with the current one", async () => {
    const user = await makeUser(handle.db, { email: "change@zsi.at", passwordHash: await hashPassword(PASSWORD) });
    actAs(user);
    const wrong = await changePassword(idle, formData({ currentPassword: "nope", newPassword: "Brand-new-pass1" }));
    expect(wrong).toMatchObject({ status: "error", fieldErrors: { currentPassword: ["This is not your current password."] } });
    expect(await redirectOf(changePassword(idle, formData({ currentPassword: PASSWORD, newPassword: "Brand-new-pass1" })))).toBe("/account?password=changed");
    expect((await reloadUser(handle.db, user.id))!.authVersion).toBe(1);
  });

  it("saves the name as text, HTML and all", async () => {
    const user = await makeUser(handle.db);
    actAs(user);
    expect(await updateAccountName(idle, formData({ name: "<img src=x onerror=alert(1)>" }))).toMatchObject({ status: "ok" });
    expect((await reloadUser(handle.db, user.id))!.name).toBe("<img src=x onerror=alert(1)>");
    expect(await updateAccountName(idle, formData({ name: "x".repeat(121) }))).toMatchObject({ status: "error", fieldErrors: { name: [expect.any(String)] } });
  });
});

describe(`deleting an account on ${testEngine}`, () => {
  it("needs the password and the word delete", async () => {
    const user = await makeUser(handle.db, { passwordHash: await hashPassword(PASSWORD) });
    actAs(user);
    expect(await deleteAccount(idle, formData({ password: "wrong", confirm: "delete" }))).toMatchObject({ status: "error", fieldErrors: { password: [expect.any(String)] } });
    expect(await deleteAccount(idle, formData({ password: PASSWORD, confirm: "no" }))).toMatchObject({ status: "error", fieldErrors: { confirm: [expect.any(String)] } });
    expect(await reloadUser(handle.db, user.id)).toBeDefined();
  });

  it("hands an organisation whose last owner leaves to its longest-standing member, and unpublishes one left empty", async () => {
    const owner = await makeUser(handle.db, { passwordHash: await hashPassword(PASSWORD) });
    const colleague = await makeUser(handle.db);
    const shared = await makeProfile(handle.db, [{ userId: owner.id, role: "owner" }]);
    await handle.db.insert(memberships).values({ profileId: shared.id, userId: colleague.id, role: "member" });
    const alone = await makeProfile(handle.db, [{ userId: owner.id, role: "owner" }]);
    actAs(owner);
    expect(await redirectOf(deleteAccount(idle, formData({ password: PASSWORD, confirm: "delete" })))).toBe("/?account=deleted");
    expect(await reloadUser(handle.db, owner.id)).toBeUndefined();
    const [heir] = await handle.db.select().from(memberships).where(and(eq(memberships.profileId, shared.id), eq(memberships.userId, colleague.id)));
    expect(heir!.role).toBe("owner");
    const [kept] = await handle.db.select().from(organisationProfiles).where(eq(organisationProfiles.id, shared.id));
    expect(kept!.published).toBe(true);
    const [emptied] = await handle.db.select().from(organisationProfiles).where(eq(organisationProfiles.id, alone.id));
    expect(emptied).toMatchObject({ published: false, createdByUserId: null });
    expect(await getCurrentUser()).toBeNull();
  });
});
