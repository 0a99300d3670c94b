"use client";
// The small forms of an organisation's page: invite, withdraw an invitation, remove a member,
// transfer ownership, leave (those three ask first), publish, claim records and withdraw claims,
// accept an invitation.
import { useTranslations } from "next-intl";
import { useActionState, useState, type ComponentProps } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage, fieldErrors, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import {
  acceptInvitation,
  claimRecord,
  inviteMember,
  leaveOrganisation,
  removeMember,
  revokeInvitation,
  setOrganisationPublished,
  transferOwnership,
  withdrawClaim,
} from "@/lib/actions/organisations";
import { idle, type ActionResult } from "@/lib/actions/result";
import type { LeavingOutcome } from "@/lib/organisations/leaving";

function InlineError({ state }: { state: ActionResult<unknown> }) {
  return state.status === "error" ? (
    <p role="alert" className="text-xs text-destructive">
      {state.message}
    </p>
  ) : null;
}

export function InviteForm({ profileId }: { profileId: number }) {
  const [state, action] = useActionState(inviteMember, idle);
  const t = useTranslations("profile.members");
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="profileId" value={profileId} />
      <FormField id="invite-email" label={t("inviteEmail")} errors={fieldErrors(state, "email")} hint={t("inviteHint")}>
        <Input name="email" type="email" required maxLength={254} defaultValue={typed(state, "email")} key={state.status === "ok" ? JSON.stringify(state.data) : "invite"} />
      </FormField>
      <SubmitButton variant="outline" className="self-start" pendingLabel={t("sending")}>
        {t("invite")}
      </SubmitButton>
    </form>
  );
}

type ButtonVariant = ComponentProps<typeof SubmitButton>["variant"];

/**
 * One button that runs an organisation action on hidden fields (ids) at once, with its error beside
 * it: withdrawing an invitation or a claim (undone by inviting or claiming again).
 */
function ActionButton({
  run,
  fields,
  label,
  ariaLabel,
  variant = "ghost",
}: {
  run: (state: ActionResult<unknown>, form: FormData) => Promise<ActionResult<unknown>>;
  fields: Record<string, string | number>;
  label: string;
  ariaLabel?: string;
  variant?: ButtonVariant;
}) {
  const [state, action] = useActionState(run, idle);
  return (
    <form action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant={variant} size="sm" aria-label={ariaLabel}>
        {label}
      </SubmitButton>
      <InlineError state={state} />
    </form>
  );
}

export function RevokeInvitationButton({ profileId, invitationId, email }: { profileId: number; invitationId: number; email: string }) {
  const t = useTranslations("profile.members");
  return <ActionButton run={revokeInvitation} fields={{ profileId, invitationId }} label={t("withdraw")} ariaLabel={t("withdrawInvitation", { email })} />;
}

/**
 * A button that asks before it acts: it opens a dialog that says what will happen, with Cancel
 * (focused) and a destructive confirm button that runs the organisation action on hidden fields;
 * a refusal shows in the dialog. Removing a member, transferring ownership, leaving.
 */
function ConfirmActionButton({
  label,
  ariaLabel,
  variant = "ghost",
  ...dialog
}: ConfirmDialogProps & { label: string; ariaLabel?: string; variant?: ButtonVariant }) {
  const [open, setOpen] = useState(false);
  // A fresh dialog (no earlier refusal) each time it opens.
  const [opened, setOpened] = useState(0);
  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (next) setOpened((n) => n + 1);
        setOpen(next);
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant={variant} size="sm" aria-label={ariaLabel}>
          {label}
        </Button>
      </AlertDialogTrigger>
      <ConfirmDialog key={opened} {...dialog} onDone={() => setOpen(false)} />
    </AlertDialog>
  );
}

interface ConfirmDialogProps {
  run: (state: ActionResult<unknown>, form: FormData) => Promise<ActionResult<unknown>>;
  fields: Record<string, string | number>;
  title: string;
  description: string;
  confirm: string;
  pendingLabel: string;
}

function ConfirmDialog({ run, fields, title, description, confirm, pendingLabel, onDone }: ConfirmDialogProps & { onDone: () => void }) {
  const t = useTranslations("profile.members");
  const [state, action, pending] = useActionState(async (previous: ActionResult<unknown>, form: FormData) => {
    const result = await run(previous, form);
    if (result.status === "ok") onDone();
    return result;
  }, idle);
  return (
    // While the action runs the dialog stays: its answer (or refusal) belongs here.
    <AlertDialogContent onEscapeKeyDown={(event) => pending && event.preventDefault()}>
      <form action={action} className="grid gap-4">
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <InlineError state={state} />
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{t("cancel")}</AlertDialogCancel>
          <SubmitButton variant="destructive" pendingLabel={pendingLabel}>
            {confirm}
          </SubmitButton>
        </AlertDialogFooter>
      </form>
    </AlertDialogContent>
  );
}

interface MemberButtonProps {
  profileId: number;
  organisation: string;
  userId: string;
  name: string;
}

/** Removing a member or making them the owner: the dialog names them and the organisation. */
function MemberActionButton({ action, profileId, organisation, userId, name }: MemberButtonProps & { action: "remove" | "transfer" }) {
  const t = useTranslations("profile.members");
  const values = { name, organisation };
  return (
    <ConfirmActionButton
      run={action === "remove" ? removeMember : transferOwnership}
      fields={{ profileId, userId }}
      label={t(action)}
      ariaLabel={t(`${action}Name`, values)}
      title={t(`${action}Title`, values)}
      description={t(`${action}Description`, values)}
      confirm={t(`${action}Confirm`)}
      pendingLabel={t(`${action}Pending`)}
    />
  );
}

export function RemoveMemberButton(props: MemberButtonProps) {
  return <MemberActionButton action="remove" {...props} />;
}

export function TransferOwnershipButton(props: MemberButtonProps) {
  return <MemberActionButton action="transfer" {...props} />;
}

/** `outcome`: what leaving does to the organisation (lib/organisations/leaving.ts), said in the dialog. */
export function LeaveOrganisationButton({ profileId, organisation, outcome }: { profileId: number; organisation: string; outcome: LeavingOutcome }) {
  const t = useTranslations("profile.members");
  const description = [
    t("leaveDescription", { organisation }),
    outcome.kind === "hidden" ? t("leaveHidden") : outcome.kind === "handed_over" ? t("leaveHandedOver", { name: outcome.to }) : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <ConfirmActionButton
      run={leaveOrganisation}
      fields={{ profileId }}
      label={t("leave")}
      variant="outline"
      title={t("leaveTitle", { organisation })}
      description={description}
      confirm={t("leave")}
      pendingLabel={t("leaving")}
    />
  );
}

export function PublishToggle({ profileId, published }: { profileId: number; published: boolean }) {
  const [state, action] = useActionState(setOrganisationPublished, idle);
  const t = useTranslations("profile.members");
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="published" value={published ? "false" : "true"} />
      <SubmitButton variant="outline" size="sm" className="self-start">
        {published ? t("hide") : t("publish")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ClaimButton({ profileId, organisationId, name }: { profileId: number; organisationId: number; name: string }) {
  const [state, action] = useActionState(claimRecord, idle);
  const t = useTranslations("profile.members");
  if (state.status === "ok") {
    return (
      <p role="status" className="text-sm font-medium text-success">
        {state.message}
      </p>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <SubmitButton size="sm" aria-label={t("claimName", { name })} pendingLabel={t("claiming")}>
        {t("claim")}
      </SubmitButton>
      <InlineError state={state} />
    </form>
  );
}

export function DisputeForm({ profileId, organisationId, name }: { profileId: number; organisationId: number; name: string }) {
  const [state, action] = useActionState(claimRecord, idle);
  const t = useTranslations("profile.members");
  if (state.status === "ok") {
    return (
      <p role="status" className="text-sm font-medium text-success">
        {state.message}
      </p>
    );
  }
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-primary">{t("dispute")}</summary>
      <form action={action} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="profileId" value={profileId} />
        <input type="hidden" name="organisationId" value={organisationId} />
        <FormField id={`dispute-${organisationId}`} label={t("disputeWhy", { name })} errors={fieldErrors(state, "note")}>
          <Textarea name="note" rows={3} required minLength={10} maxLength={2000} defaultValue={typed(state, "note")} />
        </FormField>
        <SubmitButton size="sm" variant="outline" className="self-start">
          {t("disputeSend")}
        </SubmitButton>
        <InlineError state={state} />
      </form>
    </details>
  );
}

export function WithdrawClaimButton({ profileId, claimId, name }: { profileId: number; claimId: number; name: string }) {
  const t = useTranslations("profile.members");
  return <ActionButton run={withdrawClaim} fields={{ profileId, claimId }} label={t("withdraw")} ariaLabel={t("withdrawClaim", { name })} />;
}

export function AcceptInvitationForm({ token, organisationName }: { token: string; organisationName: string }) {
  const [state, action] = useActionState(acceptInvitation, idle);
  const t = useTranslations("profile.members");
  return (
    <form action={action} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("joining")} className="h-auto min-h-9 py-2 text-left whitespace-normal">
        {t("join", { name: organisationName })}
      </SubmitButton>
    </form>
  );
}
