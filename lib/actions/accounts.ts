"use server";
// Account actions: register, verify the e-mail, sign in and out, forgotten and changed
// passwords, the account's name, and deleting the account.
import { and, eq, isNull, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { users } from "@/db/schema/accounts";
import { appUrl, consumeToken, leaveOrganisations, sendPasswordResetMail, sendVerificationMail } from "@/lib/accounts/store";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { rateLimitMessage } from "@/lib/accounts/rate-limit";
import { tokenStateMessages } from "@/lib/accounts/tokens";
import { localised, readerLocale } from "@/lib/i18n/reader";
import { mailWordsFor } from "@/lib/mail/words";
import { say } from "@/lib/i18n/say";
import { signIn, signOut } from "@/lib/auth";
import { requireUser } from "@/lib/current-user";
import { enqueueMail } from "@/lib/mail/outbox";
import { scheduleMailDelivery } from "@/lib/mail/sender";
import { accountExistsMail } from "@/lib/mail/templates";
import {
  changePasswordInput,
  deleteAccountInput,
  emailOnlyInput,
  nextPath,
  registerInput,
  resetPasswordInput,
  signInInput,
  updateNameInput,
} from "@/lib/validation/accounts";
import { fail, failWith, formToObject, fromError, ok, type ActionResult } from "./result";
import { signedInAction } from "./signed-in-action";

const GENERIC_SIGN_IN_ERROR = say("auth.wrongCredentials");

/**
 * Creates an account and sends the verification link. An address that already has an account
 * gets a mail saying so instead; the page says the same in both cases (no account enumeration),
 * and a second submit of the form creates nothing new.
 */
async function registerAction(_: ActionResult, form: FormData): Promise<ActionResult<never>> {
  const values = formToObject(form);
  const parsed = registerInput.safeParse(values);
  if (!parsed.success) return fail(parsed.error, values);
  const { name, email, password, next } = parsed.data;
  try {
    const passwordHash = await hashPassword(password);
    // The language the form was read in becomes the account's (and its mail's) language.
    const locale = await readerLocale();
    await getDb().transaction(async (tx) => {
      const [created] = await tx.insert(users).values({ name, email, passwordHash, locale }).onConflictDoNothing({ target: users.email }).returning();
      if (created) return sendVerificationMail(tx, created, next);
      const [existing] = await tx.select().from(users).where(eq(users.email, email));
      if (!existing) return;
      // Not verified yet (e.g. the form sent twice, or the link lost): a fresh link; verified: a reminder.
      if (!existing.emailVerified) return sendVerificationMail(tx, existing, next, locale);
      await enqueueMail(tx, accountExistsMail(await mailWordsFor(existing.locale, locale), email, appUrl("/sign-in"), appUrl("/forgot-password")));
    });
  } catch (error) {
    return fromError(error);
  }
  scheduleMailDelivery();
  redirect(`/verify?sent=${encodeURIComponent(email)}`);
}

/** Confirms the e-mail address with the link's token (once). */
async function verifyEmailAction(_: ActionResult, form: FormData): Promise<ActionResult<never>> {
  const token = form.get("token");
  let outcome: Awaited<ReturnType<typeof consumeToken>>;
  try {
    outcome = await getDb().transaction(async (tx) => {
      const result = await consumeToken(tx, token, "verify_email");
      if (result.state === "valid") {
        await tx.update(users).set({ emailVerified: new Date(), updatedAt: new Date() }).where(and(eq(users.id, result.userId), isNull(users.emailVerified)));
      }
      return result;
    });
  } catch (error) {
    return fromError(error);
  }
  if (outcome.state !== "valid") return failWith("invalid", tokenStateMessages[outcome.state]);
  const next = nextPath.parse(typeof form.get("next") === "string" ? (form.get("next") as string) : undefined);
  redirect(`/sign-in?verified=1${next ? `&next=${encodeURIComponent(next)}` : ""}`);
}

/** Signs in (Auth.js credentials); the error never says whether the address has an account. */
async function signInWithPasswordAction(_: ActionResult, form: FormData): Promise<ActionResult<never>> {
  const values = formToObject(form);
  const parsed = signInInput.safeParse(values);
  if (!parsed.success) return fail(parsed.error, values);
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: parsed.data.next ?? "/account" });
  } catch (error) {
    const failure = error as { type?: string; code?: string; retryAfterSeconds?: number };
    if (failure?.type === "CredentialsSignin") {
      if (failure.code === "rate_limited") return failWith("rate_limited", rateLimitMessage(failure.retryAfterSeconds ?? 900), {}, { email: parsed.data.email });
      if (failure.code === "unverified") {
        return failWith("unverified", say("auth.unverified"), {}, { email: parsed.data.email });
      }
      return failWith("invalid", GENERIC_SIGN_IN_ERROR, {}, { email: parsed.data.email });
    }
    throw error; // the redirect after a successful sign-in, or a real failure
  }
  return failWith("invalid", GENERIC_SIGN_IN_ERROR);
}

export async function signOutNow(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/** Sends a reset link when the address has an account; says the same either way. */
async function requestPasswordResetAction(_: ActionResult, form: FormData): Promise<ActionResult<{ email: string }>> {
  const values = formToObject(form);
  const parsed = emailOnlyInput.safeParse(values);
  if (!parsed.success) return fail(parsed.error, values);
  try {
    await getDb().transaction(async (tx) => {
      const [user] = await tx.select({ id: users.id, email: users.email, locale: users.locale }).from(users).where(eq(users.email, parsed.data.email));
      if (user) await sendPasswordResetMail(tx, user, await readerLocale());
    });
  } catch (error) {
    return fromError(error);
  }
  scheduleMailDelivery();
  return ok({ email: parsed.data.email }, say("auth.resetSent", { email: parsed.data.email }));
}

/** Sets a new password with the reset link's token; every existing session ends. */
async function resetPasswordAction(_: ActionResult, form: FormData): Promise<ActionResult<never>> {
  const values = formToObject(form);
  const parsed = resetPasswordInput.safeParse(values);
  if (!parsed.success) return fail(parsed.error);
  let state: string;
  try {
    const passwordHash = await hashPassword(parsed.data.password);
    state = await getDb().transaction(async (tx) => {
      const result = await consumeToken(tx, parsed.data.token, "reset_password");
      if (result.state !== "valid") return result.state;
      await tx
        .update(users)
        .set({
          passwordHash,
          authVersion: sql`${users.authVersion} + 1`,
          // The link reached the mailbox: the address is proven.
          emailVerified: sql`coalesce(${users.emailVerified}, now())`,
          updatedAt: new Date(),
        })
        .where(eq(users.id, result.userId));
      return "valid";
    });
  } catch (error) {
    return fromError(error);
  }
  if (state !== "valid") return failWith("invalid", tokenStateMessages[state as keyof typeof tokenStateMessages]);
  redirect("/sign-in?reset=1");
}

/** Whether this is the user's password (an account without one has none to confirm). */
async function isPasswordOf(userId: string, password: string): Promise<boolean> {
  const [row] = await getDb().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row?.passwordHash ? verifyPassword(row.passwordHash, password) : false;
}

/** Changes the password; other sessions end, this one is renewed. */
async function changePasswordAction(_: ActionResult, form: FormData): Promise<ActionResult<never>> {
  let email: string;
  let newPassword: string;
  try {
    const user = await requireUser();
    const parsed = changePasswordInput.safeParse(formToObject(form));
    if (!parsed.success) return fail(parsed.error);
    if (!(await isPasswordOf(user.id, parsed.data.currentPassword))) {
      return failWith("invalid", say("forms.correctFields"), { currentPassword: [say("account.password.notCurrent")] });
    }
    const passwordHash = await hashPassword(parsed.data.newPassword);
    await getDb().transaction((tx) =>
      tx.update(users).set({ passwordHash, authVersion: sql`${users.authVersion} + 1`, updatedAt: new Date() }).where(eq(users.id, user.id)),
    );
    email = user.email;
    newPassword = parsed.data.newPassword;
  } catch (error) {
    return fromError(error);
  }
  revalidatePath("/account");
  await signIn("credentials", { email, password: newPassword, redirectTo: "/account?password=changed" });
  return ok(undefined as never);
}

export const updateAccountName = signedInAction(
  updateNameInput,
  async ({ name }, user) => {
    await getDb().transaction((tx) => tx.update(users).set({ name, updatedAt: new Date() }).where(eq(users.id, user.id)));
    revalidatePath("/account");
    return ok({ name }, say("account.name.saved"));
  },
  { keepValues: true },
);

/**
 * Deletes the account after the password is confirmed. The user's organisations stay: one whose
 * last owner this was passes to its longest-standing member (made owner); one left without
 * members is unpublished (kept with its claims, shown to nobody). Invitations the user sent and
 * claims they made stay with the organisation.
 */
async function deleteAccountAction(_: ActionResult, form: FormData): Promise<ActionResult<never>> {
  try {
    const user = await requireUser();
    const parsed = deleteAccountInput.safeParse(formToObject(form));
    if (!parsed.success) return fail(parsed.error);
    if (!(await isPasswordOf(user.id, parsed.data.password))) {
      return failWith("invalid", say("forms.correctFields"), { password: [say("account.password.notYours")] });
    }
    await getDb().transaction(async (tx) => {
      await leaveOrganisations(tx, user.id);
      await tx.delete(users).where(eq(users.id, user.id));
    });
  } catch (error) {
    return fromError(error);
  }
  revalidatePath("/", "layout");
  await signOut({ redirectTo: "/?account=deleted" });
  return ok(undefined as never);
}

// What the forms call: each answer in the reader's language. Not on signedInAction: the actions
// open to anyone signed out, and changing the password and deleting the account, which end with
// Auth.js's sign-in or sign-out (its redirect, or its failure, must reach Next.js as it is).
export const register = localised(registerAction);
export const verifyEmail = localised(verifyEmailAction);
export const signInWithPassword = localised(signInWithPasswordAction);
export const requestPasswordReset = localised(requestPasswordResetAction);
export const resetPassword = localised(resetPasswordAction);
export const changePassword = localised(changePasswordAction);
export const deleteAccount = localised(deleteAccountAction);
