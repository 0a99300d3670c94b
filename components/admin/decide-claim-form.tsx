"use client";
// An administrator's decision on a claim: verify or reject, with an optional note.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { decideClaim } from "@/lib/actions/admin";
import { idle } from "@/lib/actions/result";

export function DecideClaimForm({ claimId, profile, organisation }: { claimId: number; profile: string; organisation: string }) {
  const t = useTranslations("admin.claims");
  const [state, action] = useActionState(decideClaim, idle);
  if (state.status === "ok") return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-col gap-2" aria-label={t("formLabel", { profile, organisation })}>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <Input name="note" maxLength={2000} placeholder={t("notePlaceholder")} aria-label={t("note")} />
      <div className="flex gap-2">
        <SubmitButton size="sm" name="decision" value="verify">
          {t("verify")}
        </SubmitButton>
        <SubmitButton size="sm" variant="outline" name="decision" value="reject">
          {t("reject")}
        </SubmitButton>
      </div>
    </form>
  );
}
