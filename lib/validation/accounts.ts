// What the account forms accept: register, sign in, password reset and change, account deletion.
// Shared by the forms (hints), the server actions (the check that counts) and the tests.
import { z } from "zod";
import { normaliseEmail } from "@/lib/accounts/email";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "@/lib/accounts/password-policy";
import { say } from "@/lib/i18n/say";

export const emailField = z
  .string()
  .trim()
  .min(1, say("validation.email.required"))
  .max(254, say("validation.email.tooLong"))
  .pipe(z.email(say("validation.email.invalid")))
  .transform(normaliseEmail);

const nameField = z.string().trim().min(1, say("validation.name.required")).max(120, say("validation.atMost", { max: 120 }));

const anyPassword = z.string().min(1, say("validation.password.required")).max(PASSWORD_MAX_LENGTH, say("validation.atMost", { max: PASSWORD_MAX_LENGTH }));

/** A new password: the strength rule, checked against the user's own e-mail and name. */
function strongPassword<T extends z.ZodRawShape>(shape: T, field: string, context: (value: z.infer<z.ZodObject<T>>) => { email?: string; name?: string }) {
  return z.object(shape).superRefine((value, ctx) => {
    const password = (value as Record<string, unknown>)[field];
    if (typeof password !== "string") return;
    const problem = passwordProblem(password, context(value as z.infer<z.ZodObject<T>>));
    if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
  });
}

/** Where to go after signing in: a path of this site only (never another host). */
export const nextPath = z
  .string()
  .optional()
  .transform((value) => (value && /^\/(?![/\\])[^\s]*$/.test(value) ? value : undefined));

export const registerInput = strongPassword(
  { name: nameField, email: emailField, password: z.string().max(PASSWORD_MAX_LENGTH + 1), next: nextPath },
  "password",
  (v) => ({ email: v.email, name: v.name }),
);

export const signInInput = z.object({ email: emailField, password: anyPassword, next: nextPath });

export const emailOnlyInput = z.object({ email: emailField });

export const resetPasswordInput = strongPassword(
  { token: z.string().min(1).max(100), password: z.string().max(PASSWORD_MAX_LENGTH + 1) },
  "password",
  () => ({}),
);

export const changePasswordInput = strongPassword(
  { currentPassword: anyPassword, newPassword: z.string().max(PASSWORD_MAX_LENGTH + 1) },
  "newPassword",
  () => ({}),
);

export const updateNameInput = z.object({ name: nameField });

export const deleteAccountInput = z.object({
  password: anyPassword,
  confirm: z.string().trim().refine((v) => v.toLowerCase() === "delete", say("validation.confirmDelete")),
});
