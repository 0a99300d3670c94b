"use client";
// An administrator's decision on a claim: verify or reject, with an optional note.
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { decideClaim } from "@/lib/actions/admin";
import { idle } from "@/lib/actions/result";

export function DecideClaimForm({ claimId, label }: { claimId: number; label: string }) {
  const [state, action] = useActionState(decideClaim, idle);
  if (state.status === "ok") return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-col gap-2" aria-label={`Decide the claim: ${label}`}>
      <FormMessage state={state} />
      <input type="hidden" name="claimId" value={claimId} />
      <Input name="note" maxLength={2000} placeholder="Note (optional)" aria-label="Note" />
      <div className="flex gap-2">
        <SubmitButton size="sm" name="decision" value="verify">
          Verify
        </SubmitButton>
        <SubmitButton size="sm" variant="outline" name="decision" value="reject">
          Reject
        </SubmitButton>
      </div>
    </form>
  );
}
