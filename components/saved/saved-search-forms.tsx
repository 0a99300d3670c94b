"use client";
// The forms of one saved search on /saved: its alert frequency, a new name, delete. Each posts
// to its action (lib/actions/saved-searches.ts) and shows the result beside it.
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { fieldErrors, FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import type { AlertFrequency } from "@/db/schema/saved";
import { idle } from "@/lib/actions/result";
import { deleteSavedSearch, renameSavedSearch, setSavedSearchAlert, unsubscribeAlert } from "@/lib/actions/saved-searches";

export function AlertForm({ id, name, alert }: { id: number; name: string; alert: AlertFrequency }) {
  const t = useTranslations("saved");
  const [state, action] = useActionState(setSavedSearchAlert, idle);
  const fieldId = useId();
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-col gap-1">
        <label htmlFor={fieldId} className="text-xs font-medium">
          {t("button.alert")}
          <span className="sr-only"> — {t("page.alertLabel", { name })}</span>
        </label>
        <NativeSelect id={fieldId} name="alert" defaultValue={alert} key={alert} className="h-8 w-40">
          <option value="none">{t("frequency.none")}</option>
          <option value="daily">{t("frequency.daily")}</option>
          <option value="weekly">{t("frequency.weekly")}</option>
        </NativeSelect>
      </div>
      <SubmitButton size="sm" variant="outline">
        {t("page.setAlert")}
      </SubmitButton>
      <FormMessage state={state.status === "error" ? state : idle} className="basis-full" />
    </form>
  );
}

export function RenameForm({ id, name }: { id: number; name: string }) {
  const t = useTranslations("saved");
  const [state, action] = useActionState(renameSavedSearch, idle);
  const fieldId = useId();
  const errors = fieldErrors(state, "name");
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={id} />
      <div className="flex flex-col gap-1">
        <label htmlFor={fieldId} className="text-xs font-medium">
          {t("page.renameLabel", { name })}
        </label>
        <Input id={fieldId} name="name" defaultValue={name} key={name} required maxLength={120} className="h-8 w-56" aria-invalid={errors ? true : undefined} />
      </div>
      <SubmitButton size="sm" variant="outline">
        {t("page.rename")}
      </SubmitButton>
      {errors ? <p className="basis-full text-sm text-destructive">{errors.join(" ")}</p> : <FormMessage state={state.status === "error" ? state : idle} className="basis-full" />}
    </form>
  );
}

export function DeleteForm({ id, name }: { id: number; name: string }) {
  const t = useTranslations("saved");
  const [state, action] = useActionState(deleteSavedSearch, idle);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={id} />
      <SubmitButton size="sm" variant="ghost" className="text-destructive" aria-label={t("page.deleteLabel", { name })}>
        {t("page.delete")}
      </SubmitButton>
      <FormMessage state={state.status === "error" ? state : idle} />
    </form>
  );
}

/** `off`: the alerts are already off (also once this form switched them off and the page was refreshed). */
export function UnsubscribeForm({ token, name, off }: { token: string; name: string; off: boolean }) {
  const t = useTranslations("saved.unsubscribe");
  const [state, action] = useActionState(unsubscribeAlert, idle);
  if (state.status === "ok") {
    return (
      <p role="status" className="rounded-md border border-success/30 bg-success-background px-3 py-2 text-sm text-success">
        {state.data.already ? t("already", { name: state.data.name }) : t("done", { name: state.data.name })}
      </p>
    );
  }
  if (off) return <p role="status">{t("already", { name })}</p>;
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <p>{t("confirm", { name })}</p>
      <FormMessage state={state} />
      <SubmitButton className="self-start">{t("button")}</SubmitButton>
    </form>
  );
}
