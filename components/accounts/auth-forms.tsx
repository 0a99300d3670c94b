"use client";
// The forms of the sign-in pages: register, sign in, verify, forgot and reset password. Each
// posts to its server action and shows the errors the server found beside each field; the
// browser checks the obvious first (required, e-mail, length) for comfort.
import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage, fieldErrors, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { PASSWORD_MIN_LENGTH, PASSWORD_RULE } from "@/lib/accounts/password-policy";
import { register, requestPasswordReset, resetPassword, signInWithPassword, verifyEmail } from "@/lib/actions/accounts";
import { idle } from "@/lib/actions/result";

export function RegisterForm({ next }: { next?: string }) {
  const [state, action] = useActionState(register, idle);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate={false}>
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField id="register-name" label="Name" errors={fieldErrors(state, "name")}>
        <Input name="name" autoComplete="name" required maxLength={120} defaultValue={typed(state, "name")} />
      </FormField>
      <FormField id="register-email" label="Email" errors={fieldErrors(state, "email")} hint="Use your work address: it lets us confirm your organisation.">
        <Input name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={typed(state, "email")} />
      </FormField>
      <FormField id="register-password" label="Password" errors={fieldErrors(state, "password")} hint={PASSWORD_RULE}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} maxLength={200} />
      </FormField>
      <SubmitButton pendingLabel="Creating account…">Create account</SubmitButton>
      <p className="text-sm text-muted-foreground">
        Already registered?{" "}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"} className="font-medium text-primary underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}

export function SignInForm({ next, email }: { next?: string; email?: string }) {
  const [state, action] = useActionState(signInWithPassword, idle);
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField id="sign-in-email" label="Email" errors={fieldErrors(state, "email")}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={typed(state, "email") ?? email} />
      </FormField>
      <FormField id="sign-in-password" label="Password" errors={fieldErrors(state, "password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
          Forgot your password?
        </Link>
        <Link href={next ? `/register?next=${encodeURIComponent(next)}` : "/register"} className="font-medium text-primary underline-offset-4 hover:underline">
          Create an account
        </Link>
      </div>
    </form>
  );
}

export function VerifyForm({ token, next }: { token: string; next?: string }) {
  const [state, action] = useActionState(verifyEmail, idle);
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <SubmitButton pendingLabel="Confirming…">Confirm my e-mail address</SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordReset, idle);
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <FormField id="forgot-email" label="Email" errors={fieldErrors(state, "email")}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={typed(state, "email")} />
      </FormField>
      <SubmitButton pendingLabel="Sending…">Send me a link</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPassword, idle);
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <FormField id="reset-password" label="New password" errors={fieldErrors(state, "password")} hint={PASSWORD_RULE}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} maxLength={200} />
      </FormField>
      <SubmitButton pendingLabel="Saving…">Save new password</SubmitButton>
    </form>
  );
}
