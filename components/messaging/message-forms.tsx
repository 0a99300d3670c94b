"use client";
// The messaging forms: the first message ("Message" → subject and text), "Send" in a
// conversation (a one-time key per form, so a double click stores the message once), mark as
// read when the conversation is shown, archive, block, report, invite by e-mail, mail setting.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useTransition } from "react";
import { FormField } from "@/components/forms/form-field";
import { fieldErrors, FormMessage, typed } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import {
  archiveThread,
  blockOrganisation,
  inviteOrganisationByMail,
  markThreadRead,
  reportMessage,
  sendMessage,
  setMessageMail,
  startConversation,
} from "@/lib/actions/messaging";
import { idle, type ActionResult } from "@/lib/actions/result";
import { maxMessageLength } from "@/lib/messaging/message-text";
import { afterSend, type ReplyState } from "@/lib/messaging/reply-key";

export function StartConversationForm({
  profiles,
  toProfileId,
  interestId,
  subject,
  clientKey,
}: {
  profiles: { id: number; name: string }[];
  toProfileId: number;
  interestId: number | null;
  subject: string;
  clientKey: string;
}) {
  const t = useTranslations("messages.form");
  const [state, action] = useActionState(startConversation, idle);
  return (
    <form action={action} className="flex flex-col gap-4" aria-label={t("newLabel")}>
      <input type="hidden" name="clientKey" value={clientKey} />
      <input type="hidden" name="toProfileId" value={toProfileId} />
      {interestId ? <input type="hidden" name="interestId" value={interestId} /> : null}
      {profiles.length > 1 ? (
        <FormField id="from-profile" label={t("writeAs")} errors={fieldErrors(state, "fromProfileId")}>
          <NativeSelect name="fromProfileId">
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      ) : (
        <input type="hidden" name="fromProfileId" value={profiles[0]?.id ?? ""} />
      )}
      <FormField id="subject" label={t("subject")} errors={fieldErrors(state, "subject")}>
        <Input name="subject" maxLength={150} defaultValue={typed(state, "subject") ?? subject} required />
      </FormField>
      <FormField id="body" label={t("message")} errors={fieldErrors(state, "body")} hint={t("messageHint")}>
        <Textarea name="body" rows={6} maxLength={maxMessageLength} defaultValue={typed(state, "body")} required />
      </FormField>
      <FormMessage state={state} />
      <SubmitButton className="self-start" pendingLabel={t("sending")}>
        {t("send")}
      </SubmitButton>
    </form>
  );
}

export function SendMessageForm({ threadId, clientKey }: { threadId: number; clientKey: string }) {
  const t = useTranslations("messages.form");
  // The one-time key lives in the form's state: the page's first key, renewed only after a stored
  // message (lib/messaging/reply-key.ts). A refresh of the page (marking the conversation read
  // revalidates it, with a new clientKey prop) leaves it alone, so two clicks of "Send" that
  // straddle a refresh store the reply once; and the form is not re-created, so a reply being
  // typed is never wiped.
  const [reply, action] = useActionState(
    async (previous: ReplyState<{ messageId: number }>, form: FormData) => afterSend(previous, await sendMessage(previous.result as ActionResult, form)),
    { result: idle, clientKey },
  );
  const state = reply.result;
  return (
    <form action={action} className="flex flex-col gap-2" aria-label={t("replyLabel")}>
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="clientKey" value={reply.clientKey} />
      <label htmlFor="reply" className="text-sm font-medium">
        {t("yourReply")}
      </label>
      <Textarea id="reply" name="body" rows={4} maxLength={maxMessageLength} defaultValue={typed(state, "body")} aria-invalid={fieldErrors(state, "body") ? true : undefined} required />
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <SubmitButton className="self-start" pendingLabel={t("sending")}>
        {t("send")}
      </SubmitButton>
    </form>
  );
}

/** Marks the conversation read for this member when it is shown (a write, so not in the page render). */
export function MarkRead({ threadId, latest }: { threadId: number; latest: number }) {
  const [, start] = useTransition();
  useEffect(() => {
    const form = new FormData();
    form.set("threadId", String(threadId));
    start(async () => {
      await markThreadRead(idle, form);
      // The header's unread count refetches at once instead of at its next poll.
      window.dispatchEvent(new Event("consortia:messages-read"));
    });
  }, [threadId, latest]);
  return null;
}

export function ArchiveButton({ threadId, archived }: { threadId: number; archived: boolean }) {
  const t = useTranslations("messages.form");
  const [state, action] = useActionState(archiveThread, idle);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <SubmitButton size="sm" variant="outline">
        {archived ? t("unarchive") : t("archive")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function BlockButton({ profileId, blockedProfileId, name }: { profileId: number; blockedProfileId: number; name: string }) {
  const t = useTranslations("messages.form");
  const [state, action] = useActionState(blockOrganisation, idle);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("blockConfirm", { name }))) e.preventDefault();
      }}
      className="flex flex-col gap-1"
    >
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="blockedProfileId" value={blockedProfileId} />
      <SubmitButton size="sm" variant="ghost" className="text-destructive">
        {t("block", { name })}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ReportForm({ messageId }: { messageId: number }) {
  const t = useTranslations("messages.form");
  const [state, action] = useActionState(reportMessage, idle);
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-muted-foreground">{t("report")}</summary>
      <form action={action} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="messageId" value={messageId} />
        <label htmlFor={`report-${messageId}`} className="font-medium">
          {t("reportQuestion")}
        </label>
        <Input id={`report-${messageId}`} name="reason" maxLength={1000} required />
        <SubmitButton size="sm" variant="outline" className="self-start">
          {t("reportSend")}
        </SubmitButton>
        <FormMessage state={state} />
      </form>
    </details>
  );
}

export function InviteByMailForm({ profileId, organisationId, name }: { profileId: number; organisationId: number; name: string }) {
  const t = useTranslations("messages.form");
  const [state, action] = useActionState(inviteOrganisationByMail, idle);
  return (
    <form action={action} className="flex flex-col gap-3" aria-label={t("inviteLabel", { name })}>
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <FormField id="invite-email" label={t("inviteEmail")} errors={fieldErrors(state, "email")} hint={t("inviteHint")}>
        <Input name="email" type="email" defaultValue={typed(state, "email")} required />
      </FormField>
      <FormMessage state={state} />
      <SubmitButton size="sm" className="self-start" pendingLabel={t("sending")}>
        {t("inviteSend")}
      </SubmitButton>
    </form>
  );
}

export function MessageMailSetting({ on }: { on: boolean }) {
  const t = useTranslations("messages.form");
  const [state, action] = useActionState(setMessageMail, idle);
  const current = state.status === "ok" ? (state.data as { notifyByMail: boolean }).notifyByMail : on;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="notifyByMail" value={current ? "off" : "on"} />
      <p className="text-sm">{current ? t("mailOn") : t("mailOff")}</p>
      <SubmitButton size="sm" variant="outline" className="self-start">
        {current ? t("turnOff") : t("turnOn")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
