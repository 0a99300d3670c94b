"use client";
// The forms of the sign-in pages: register, sign in, verify, forgot and reset password. Each
// posts to its server action and shows the errors the server found beside each field; the
// browser checks the obvious first (required, e-mail, length) for comfort.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage, fieldErrors, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { PASSPHRASE_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/accounts/password-limits";
import { register, requestPasswordReset, resetPassword, signInWithPassword, verifyEmail } from "@/lib/actions/accounts";
import { idle } from "@/lib/actions/result";

export function RegisterForm({ next }: { next?: string }) {
  const [state, action] = useActionState(register, idle);
  const t = useTranslations("auth");
  const v = useTranslations("validation");
  return (
    <form action={action} className="flex flex-col gap-4" noValidate={false}>
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField id="register-name" label={t("fields.name")} errors={fieldErrors(state, "name")}>
        <Input name="name" autoComplete="name" required maxLength={120} defaultValue={typed(state, "name")} />
      </FormField>
      <FormField id="register-email" label={t("fields.email")} errors={fieldErrors(state, "email")} hint={t("fields.emailHint")}>
        <Input name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={typed(state, "email")} />
      </FormField>
      <FormField
        id="register-password"
        label={t("fields.password")}
        errors={fieldErrors(state, "password")}
        hint={v("password.rule", { min: PASSWORD_MIN_LENGTH, passphrase: PASSPHRASE_LENGTH })}
      >
        <Input name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} maxLength={200} />
      </FormField>
      <SubmitButton pendingLabel={t("register.pending")}>{t("register.submit")}</SubmitButton>
      <p className="text-sm text-muted-foreground">
        {t("register.already")}{" "}
        <Link href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"} className="font-medium text-primary underline-offset-4 hover:underline">
          {t("register.signIn")}
        </Link>
      </p>
    </form>
  );
}

export function SignInForm({ next, email }: { next?: string; email?: string }) {
  const [state, action] = useActionState(signInWithPassword, idle);
  const t = useTranslations("auth");
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormField id="sign-in-email" label={t("fields.email")} errors={fieldErrors(state, "email")}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={typed(state, "email") ?? email} />
      </FormField>
      <FormField id="sign-in-password" label={t("fields.password")} errors={fieldErrors(state, "password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <SubmitButton pendingLabel={t("signIn.pending")}>{t("signIn.submit")}</SubmitButton>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/forgot-password" className="font-medium text-primary underline-offset-4 hover:underline">
          {t("signIn.forgot")}
        </Link>
        <Link href={next ? `/register?next=${encodeURIComponent(next)}` : "/register"} className="font-medium text-primary underline-offset-4 hover:underline">
          {t("signIn.register")}
        </Link>
      </div>
    </form>
  );
}

export function VerifyForm({ token, next }: { token: string; next?: string }) {
  const [state, action] = useActionState(verifyEmail, idle);
  const t = useTranslations("auth.verify");
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordReset, idle);
  const t = useTranslations("auth");
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <FormField id="forgot-email" label={t("fields.email")} errors={fieldErrors(state, "email")}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={typed(state, "email")} />
      </FormField>
      <SubmitButton pendingLabel={t("forgot.pending")}>{t("forgot.submit")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPassword, idle);
  const t = useTranslations("auth");
  const v = useTranslations("validation");
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <FormField
        id="reset-password"
        label={t("fields.newPassword")}
        errors={fieldErrors(state, "password")}
        hint={v("password.rule", { min: PASSWORD_MIN_LENGTH, passphrase: PASSPHRASE_LENGTH })}
      >
        <Input name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} maxLength={200} />
      </FormField>
      <SubmitButton pendingLabel={t("reset.pending")}>{t("reset.submit")}</SubmitButton>
    </form>
  );
}
