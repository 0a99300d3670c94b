"use client";
// The small forms of an interest's page: renew, close, recompute the matches, dismiss a match and
// show it again. Each is one server action with its message beside the button.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { closeInterest, dismissMatch, recomputeInterestMatches, renewInterest, undismissMatch } from "@/lib/actions/interests";
import { idle, type ActionResult } from "@/lib/actions/result";

function InlineError({ state }: { state: ActionResult<unknown> }) {
  return state.status === "error" ? (
    <p role="alert" className="text-xs text-destructive">
      {state.message}
    </p>
  ) : null;
}

export function RenewButton({ interestId, label }: { interestId: number; label?: string }) {
  const [state, action] = useActionState(renewInterest, idle);
  const t = useTranslations("interests");
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="interestId" value={interestId} />
      <SubmitButton size="sm" pendingLabel={t("actions.renewing")}>
        {label ?? t("page.renew90")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function CloseButton({ interestId }: { interestId: number }) {
  const [state, action] = useActionState(closeInterest, idle);
  const t = useTranslations("interests.actions");
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="interestId" value={interestId} />
      <SubmitButton size="sm" variant="outline" pendingLabel={t("closing")}>
        {t("close")}
      </SubmitButton>
      <InlineError state={state} />
    </form>
  );
}

export function RecomputeButton({ interestId }: { interestId: number }) {
  const [state, action] = useActionState(recomputeInterestMatches, idle);
  const t = useTranslations("interests.actions");
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="interestId" value={interestId} />
      <SubmitButton size="sm" variant="outline" pendingLabel={t("recomputing")}>
        {t("recompute")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function DismissButton({ interestId, organisationId, profileId, name, undo }: { interestId: number; organisationId: number | null; profileId: number | null; name: string; undo?: boolean }) {
  const [state, action] = useActionState(undo ? undismissMatch : dismissMatch, idle);
  const t = useTranslations("interests.actions");
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="interestId" value={interestId} />
      {organisationId !== null ? <input type="hidden" name="organisationId" value={organisationId} /> : <input type="hidden" name="profileId" value={profileId ?? ""} />}
      <SubmitButton size="sm" variant="ghost" aria-label={undo ? t("showAgainName", { name }) : t("dismissName", { name })}>
        {undo ? t("showAgain") : t("dismiss")}
      </SubmitButton>
      <InlineError state={state} />
    </form>
  );
}
