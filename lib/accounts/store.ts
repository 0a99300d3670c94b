// Account operations on the database, shared by the server actions and the Auth.js sign-in:
// tokens for links, checking a password with the rate limit, and what deleting an account does
// to the organisations the user belonged to.
import { and, count, desc, eq, gt, inArray, isNull, lt, max, min, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { authTokens, signInAttempts, users, type AuthTokenPurpose, type User } from "@/db/schema/accounts";
import { memberships, organisationProfiles } from "@/db/schema/members";
import { env } from "@/lib/env";
import { leavingOutcome } from "@/lib/organisations/leaving";
import { enqueueMail } from "@/lib/mail/outbox";
import { passwordResetMail, verificationMail } from "@/lib/mail/templates";
import { mailWordsFor } from "@/lib/mail/words";
import { normaliseEmail } from "./email";
import { dummyPasswordHash, verifyPassword } from "./password";
import { SIGN_IN_WINDOW_MS, signInDecision } from "./rate-limit";
import { hashToken, isWellFormedToken, newToken, tokenState, type TokenState } from "./tokens";

export function appUrl(path: string): string {
  return `${env().APP_URL}${path}`;
}

/** A new single-use link token for the user; earlier unused tokens of the same purpose stop working. */
export async function issueToken(tx: Db | Tx, userId: string, purpose: AuthTokenPurpose, now = new Date()): Promise<string> {
  await tx.update(authTokens).set({ usedAt: now }).where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
  const { token, tokenHash, expiresAt } = newToken(purpose, now);
  await tx.insert(authTokens).values({ userId, purpose, tokenHash, expiresAt });
  return token;
}

/**
 * Queues the verification link; `next` (a local path) is where the user goes once verified and
 * signed in. In the user's language (users.locale), else `fallbackLocale`'s, else English.
 */
export async function sendVerificationMail(tx: Db | Tx, user: Pick<User, "id" | "email" | "name" | "locale">, next?: string, fallbackLocale?: string): Promise<void> {
  const token = await issueToken(tx, user.id, "verify_email");
  const then = next ? `&next=${encodeURIComponent(next)}` : "";
  await enqueueMail(tx, verificationMail(await mailWordsFor(user.locale, fallbackLocale), user.email, user.name, appUrl(`/verify?token=${token}${then}`)));
}

export async function sendPasswordResetMail(tx: Db | Tx, user: Pick<User, "id" | "email" | "locale">, fallbackLocale?: string): Promise<void> {
  const token = await issueToken(tx, user.id, "reset_password");
  await enqueueMail(tx, passwordResetMail(await mailWordsFor(user.locale, fallbackLocale), user.email, appUrl(`/reset-password?token=${token}`)));
}

/** The state of a link's token without using it (for the page that shows the form). */
export async function peekToken(db: Db | Tx, token: unknown, purpose: AuthTokenPurpose, now = new Date()): Promise<TokenState> {
  if (!isWellFormedToken(token)) return "unknown";
  const [row] = await db
    .select({ usedAt: authTokens.usedAt, expiresAt: authTokens.expiresAt })
    .from(authTokens)
    .where(and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.purpose, purpose)));
  return tokenState(row, now);
}

/**
 * Uses a link's token: marks it used in the same statement that checks it is valid, so two
 * clicks at once cannot both succeed. Returns the user's id, or why the token does not work.
 */
export async function consumeToken(
  tx: Db | Tx,
  token: unknown,
  purpose: AuthTokenPurpose,
  now = new Date(),
): Promise<{ state: "valid"; userId: string } | { state: Exclude<TokenState, "valid"> }> {
  if (!isWellFormedToken(token)) return { state: "unknown" };
  const tokenHash = hashToken(token);
  const [used] = await tx
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.tokenHash, tokenHash), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
    .returning({ userId: authTokens.userId });
  if (used) return { state: "valid", userId: used.userId };
  const state = await peekToken(tx, token, purpose, now);
  return { state: state === "valid" ? "used" : state };
}

export type AuthenticateResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "unverified"; user: User }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password, within the rate limit per account and per IP address. The
 * answer for an unknown e-mail and for a wrong password is the same, and takes as long.
 */
export async function authenticate(db: Db, input: { email: string; password: string; ip: string }, now = new Date()): Promise<AuthenticateResult> {
  const email = normaliseEmail(input.email);
  const ip = input.ip.slice(0, 100) || "unknown";
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);

  const [lastSuccess] = await db
    .select({ at: max(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, true), gt(signInAttempts.createdAt, windowStart)));
  const accountSince = lastSuccess?.at && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const [account] = await db
    .select({ n: count(), oldest: min(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, accountSince)));
  const [byIp] = await db
    .select({ n: count(), oldest: min(signInAttempts.createdAt) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, windowStart)));
  const decision = signInDecision(
    { accountFailures: account?.n ?? 0, accountOldestFailure: account?.oldest ?? null, ipFailures: byIp?.n ?? 0, ipOldestFailure: byIp?.oldest ?? null },
    now,
  );
  if (!decision.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds };

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const succeeded = Boolean(user?.passwordHash) && passwordOk;
  await db.insert(signInAttempts).values({ email, ip, succeeded, createdAt: now });
  // Attempts older than a day say nothing any more; prune now and then.
  if (Math.random() < 0.02) await db.delete(signInAttempts).where(lt(signInAttempts.createdAt, new Date(now.getTime() - 86_400_000)));

  if (!succeeded || !user) return { ok: false, reason: "invalid" };
  if (!user.emailVerified) {
    await resendVerificationIfQuiet(db, user, now);
    return { ok: false, reason: "unverified", user };
  }
  return { ok: true, user };
}

/** Re-sends the verification link (to an unverified user who signs in) unless one was sent in the last five minutes. */
export async function resendVerificationIfQuiet(db: Db, user: Pick<User, "id" | "email" | "name" | "locale">, now = new Date()): Promise<boolean> {
  const [last] = await db
    .select({ at: authTokens.createdAt })
    .from(authTokens)
    .where(and(eq(authTokens.userId, user.id), eq(authTokens.purpose, "verify_email")))
    .orderBy(desc(authTokens.createdAt))
    .limit(1);
  if (last && now.getTime() - last.at.getTime() < 5 * 60 * 1000) return false;
  await db.transaction((tx) => sendVerificationMail(tx, user));
  return true;
}

export interface DeletionReport {
  /** Organisations handed to another member (made owner) because the user was their last owner. */
  handedOver: number[];
  /** Organisations left without members: kept (their claims and history stay) but unpublished. */
  unpublished: number[];
}

/**
 * What happens to a user's organisations when they leave them (account deletion, leaving):
 * an organisation whose last owner leaves is handed to its longest-standing member; one with no
 * member left is unpublished. The user's memberships go; the organisations' data stays.
 */
export async function leaveOrganisations(tx: Tx, userId: string, profileIds?: number[]): Promise<DeletionReport> {
  const mine = await tx
    .select({ profileId: memberships.profileId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  const report: DeletionReport = { handedOver: [], unpublished: [] };
  for (const m of mine) {
    if (profileIds && !profileIds.includes(m.profileId)) continue;
    await tx.delete(memberships).where(and(eq(memberships.profileId, m.profileId), eq(memberships.userId, userId)));
    const others = await tx
      .select({ userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.profileId, m.profileId), ne(memberships.userId, userId)))
      .orderBy(sql`${memberships.role} = 'owner' desc`, memberships.createdAt, memberships.userId);
    // The same rule the account page states before an account is deleted.
    const outcome = leavingOutcome(m.role, others.map((o) => ({ name: null, role: o.role })));
    if (outcome.kind === "hidden") {
      await tx.update(organisationProfiles).set({ published: false, updatedAt: new Date() }).where(eq(organisationProfiles.id, m.profileId));
      report.unpublished.push(m.profileId);
    } else if (outcome.kind === "handed_over") {
      await tx.update(memberships).set({ role: "owner" }).where(and(eq(memberships.profileId, m.profileId), eq(memberships.userId, others[0]!.userId)));
      report.handedOver.push(m.profileId);
    }
  }
  const left = profileIds ?? mine.map((m) => m.profileId);
  if (left.length > 0) await tx.update(users).set({ activeProfileId: null }).where(and(eq(users.id, userId), inArray(users.activeProfileId, left)));
  return report;
}
