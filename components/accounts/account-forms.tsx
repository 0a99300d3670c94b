"use client";
// The forms of the account page: name, password, switching organisation, signing out, and
// deleting the account.
import { useActionState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage, fieldErrors, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { PASSWORD_MIN_LENGTH, PASSWORD_RULE } from "@/lib/accounts/password-policy";
import { changePassword, deleteAccount, signOutNow, updateAccountName } from "@/lib/actions/accounts";
import { switchOrganisation } from "@/lib/actions/organisations";
import { idle } from "@/lib/actions/result";

export function NameForm({ name }: { name: string }) {
  const [state, action] = useActionState(updateAccountName, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField id="account-name" label="Name" errors={fieldErrors(state, "name")}>
        <Input name="name" autoComplete="name" required maxLength={120} defaultValue={typed(state, "name") ?? name} />
      </FormField>
      <SubmitButton variant="outline" className="self-start">
        Save name
      </SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePassword, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField id="current-password" label="Current password" errors={fieldErrors(state, "currentPassword")}>
        <Input name="currentPassword" type="password" autoComplete="current-password" required />
      </FormField>
      <FormField id="new-password" label="New password" errors={fieldErrors(state, "newPassword")} hint={PASSWORD_RULE}>
        <Input name="newPassword" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} maxLength={200} />
      </FormField>
      <SubmitButton variant="outline" className="self-start" pendingLabel="Saving…">
        Change password
      </SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccount, idle);
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <FormField id="delete-password" label="Your password" errors={fieldErrors(state, "password")}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <FormField id="delete-confirm" label='Type "delete" to confirm' errors={fieldErrors(state, "confirm")}>
        <Input name="confirm" autoComplete="off" required pattern="[Dd][Ee][Ll][Ee][Tt][Ee]" />
      </FormField>
      <SubmitButton variant="destructive" className="self-start" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}

export function SwitchOrganisationButton({ profileId, name }: { profileId: number; name: string }) {
  const [state, action] = useActionState(switchOrganisation, idle);
  return (
    <form action={action}>
      <input type="hidden" name="profileId" value={profileId} />
      <SubmitButton variant="outline" size="sm" aria-label={`Act for ${name}`}>
        Act for this one
      </SubmitButton>
      {state.status === "error" ? <p className="text-xs text-destructive">{state.message}</p> : null}
    </form>
  );
}

export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutNow} className={className}>
      <SubmitButton variant="ghost" size="sm">
        Sign out
      </SubmitButton>
    </form>
  );
}
