"use client";
// The "Save search" disclosure: a name (the query by default) and how often to alert, saved with
// the page's path and its current query string (read here, so that the one line using it needs
// no props about the search's state).
import { Bookmark } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { fieldErrors, FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { idle } from "@/lib/actions/result";
import { saveSearch } from "@/lib/actions/saved-searches";
import { quietButtonClass } from "./quiet-button";

export function SaveSearchForm({ path, defaultName }: { path: string; defaultName: string }) {
  const t = useTranslations("saved");
  const [state, action] = useActionState(saveSearch, idle);
  const params = useSearchParams();
  const id = useId();
  const query = params.toString();
  const q = params.get("q")?.trim();
  const saved = state.status === "ok" ? state.data : null;
  return (
    <details className="group relative w-fit text-sm print:hidden" data-testid="save-search">
      <summary className={quietButtonClass}>
        <Bookmark aria-hidden className="size-4 group-open:fill-current" /> {t("button.save")}
      </summary>
      <div className="absolute left-0 z-20 mt-1 w-80 max-w-[calc(100vw-2rem)] rounded-lg border bg-card p-3 shadow-lg">
        {saved ? (
          <p role="status" className="flex flex-col gap-2">
            <span>{t("button.saved", { name: saved.name })}</span>
            <Link href="/saved" className="font-medium text-primary underline underline-offset-4">
              {t("button.open")}
            </Link>
          </p>
        ) : (
          <form action={action} className="flex flex-col gap-3">
            <p className="font-medium">{t("button.dialogTitle")}</p>
            <p className="-mt-2 text-xs text-muted-foreground">{t("button.dialogDescription")}</p>
            <input type="hidden" name="path" value={path} />
            <input type="hidden" name="query" value={query} />
            <div className="flex flex-col gap-1.5">
              <label htmlFor={`${id}-name`} className="text-sm font-medium">
                {t("button.name")}
              </label>
              <Input id={`${id}-name`} name="name" required maxLength={120} defaultValue={q ? q : defaultName} aria-invalid={fieldErrors(state, "name") ? true : undefined} />
              {fieldErrors(state, "name")?.map((e) => (
                <span key={e} className="text-sm text-destructive">
                  {e}
                </span>
              ))}
            </div>
            <div className="flex flex-col gap-1.5">
              <label htmlFor={`${id}-alert`} className="text-sm font-medium">
                {t("button.alert")}
              </label>
              <NativeSelect id={`${id}-alert`} name="alert" defaultValue="none" aria-describedby={`${id}-alert-hint`}>
                <option value="none">{t("frequency.none")}</option>
                <option value="daily">{t("frequency.daily")}</option>
                <option value="weekly">{t("frequency.weekly")}</option>
              </NativeSelect>
              <span id={`${id}-alert-hint`} className="text-xs text-muted-foreground">
                {t("button.alertHint")}
              </span>
            </div>
            <FormMessage state={state.status === "error" && !fieldErrors(state, "name") ? state : idle} />
            <SubmitButton size="sm" className="self-start">
              {t("button.submit")}
            </SubmitButton>
          </form>
        )}
      </div>
    </details>
  );
}
