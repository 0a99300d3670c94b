"use client";
// The forms of the account page: name, password, switching organisation, signing out, and
// deleting the account.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage, fieldErrors, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { PASSPHRASE_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/accounts/password-limits";
import { changePassword, deleteAccount, signOutNow, updateAccountName } from "@/lib/actions/accounts";
import { switchOrganisation } from "@/lib/actions/organisations";
import { idle } from "@/lib/actions/result";

export function NameForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateAccountName, idle);
  const t = useTranslations("account.name");
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField id="account-name" label={t("label")} errors={fieldErrors(state, "name")}>
        <Input name="name" autoComplete="name" required maxLength={120} defaultValue={typed(state, "name") ?? name} />
      </FormField>
      <SubmitButton variant="outline" className="self-start">
        {t("save")}
      </SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePassword, idle);
  const t = useTranslations("account.password");
  const v = useTranslations("validation");
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField id="current-password" label={t("current")} errors={fieldErrors(state, "currentPassword")}>
        <Input name="currentPassword" type="password" autoComplete="current-password" required />
      </FormField>
      <FormField
        id="new-password"
        label={t("new")}
        errors={fieldErrors(state, "newPassword")}
        hint={v("password.rule", { min: PASSWORD_MIN_LENGTH, passphrase: PASSPHRASE_LENGTH })}
      >
        <Input name="newPassword" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} maxLength={200} />
      </FormField>
      <SubmitButton variant="outline" className="self-start" pendingLabel={t("saving")}>
        {t("change")}
      </SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccount, idle);
  const t = useTranslations("account.delete");
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField id="delete-password" label={t("password")} errors={fieldErrors(state, "password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <FormField id="delete-confirm" label={t("confirm")} errors={fieldErrors(state, "confirm")}>
        <Input name="confirm" autoComplete="off" required pattern="[Dd][Ee][Ll][Ee][Tt][Ee]" />
      </FormField>
      <SubmitButton variant="destructive" className="self-start" pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

export function SwitchOrganisationButton({ profileId, name }: { profileId: number; name: string }) {
  const [state, action] = useActionState(switchOrganisation, idle);
  const t = useTranslations("account.organisations");
  return (
    <form action={action}>
      <input type="hidden" name="profileId" value={profileId} />
      <SubmitButton variant="outline" size="sm" aria-label={t("actFor", { name })}>
        {t("actForThis")}
      </SubmitButton>
      {state.status === "error" ? <p className="text-xs text-destructive">{state.message}</p> : null}
    </form>
  );
}

export function SignOutButton({ className }: { className?: string }) {
  const t = useTranslations("account");
  return (
    <form action={signOutNow} className={className}>
      <SubmitButton variant="ghost" size="sm">
        {t("signOut")}
      </SubmitButton>
    </form>
  );
}
