"use client";
// The messaging forms: the first message ("Message" → subject and text), "Send" in a
// conversation (a one-time key per form, so a double click stores the message once), mark as
// read when the conversation is shown, archive, block, report, invite by e-mail, mail setting.
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
import { idle } from "@/lib/actions/result";
import { maxMessageLength } from "@/lib/messaging/message-text";

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
  const [state, action] = useActionState(startConversation, idle);
  return (
    <form action={action} className="flex flex-col gap-4" aria-label="New conversation">
      <input type="hidden" name="clientKey" value={clientKey} />
      <input type="hidden" name="toProfileId" value={toProfileId} />
      {interestId ? <input type="hidden" name="interestId" value={interestId} /> : null}
      {profiles.length > 1 ? (
        <FormField id="from-profile" label="Write as" errors={fieldErrors(state, "fromProfileId")}>
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
      <FormField id="subject" label="Subject" errors={fieldErrors(state, "subject")}>
        <Input name="subject" maxLength={150} defaultValue={typed(state, "subject") ?? subject} required />
      </FormField>
      <FormField id="body" label="Message" errors={fieldErrors(state, "body")} hint="Plain text. Your e-mail address is not shown; they answer here.">
        <Textarea name="body" rows={6} maxLength={maxMessageLength} defaultValue={typed(state, "body")} required />
      </FormField>
      <FormMessage state={state} />
      <SubmitButton className="self-start" pendingLabel="Sending…">
        Send
      </SubmitButton>
    </form>
  );
}

export function SendMessageForm({ threadId, clientKey }: { threadId: number; clientKey: string }) {
  const [state, action] = useActionState(sendMessage, idle);
  return (
    // Not keyed by clientKey: marking the conversation read refreshes the page (with a new key) while the
    // user may already be typing, and a new form element would wipe what they wrote. The key is read
    // at submit; the page's next render brings a fresh one for the next message.
    <form action={action} className="flex flex-col gap-2" aria-label="Reply">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="clientKey" value={clientKey} />
      <label htmlFor="reply" className="text-sm font-medium">
        Your reply
      </label>
      <Textarea id="reply" name="body" rows={4} maxLength={maxMessageLength} defaultValue={typed(state, "body")} aria-invalid={fieldErrors(state, "body") ? true : undefined} required />
      {state.status === "error" ? <FormMessage state={state} /> : null}
      <SubmitButton className="self-start" pendingLabel="Sending…">
        Send
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
  const [state, action] = useActionState(archiveThread, idle);
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <SubmitButton size="sm" variant="outline">
        {archived ? "Back to inbox" : "Archive"}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function BlockButton({ profileId, blockedProfileId, name }: { profileId: number; blockedProfileId: number; name: string }) {
  const [state, action] = useActionState(blockOrganisation, idle);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Block ${name}? It will not be able to write to your organisation.`)) e.preventDefault();
      }}
      className="flex flex-col gap-1"
    >
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="blockedProfileId" value={blockedProfileId} />
      <SubmitButton size="sm" variant="ghost" className="text-destructive">
        Block {name}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ReportForm({ messageId }: { messageId: number }) {
  const [state, action] = useActionState(reportMessage, idle);
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-muted-foreground">Report</summary>
      <form action={action} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="messageId" value={messageId} />
        <label htmlFor={`report-${messageId}`} className="font-medium">
          What is wrong with this message?
        </label>
        <Input id={`report-${messageId}`} name="reason" maxLength={1000} required />
        <SubmitButton size="sm" variant="outline" className="self-start">
          Report to the administrators
        </SubmitButton>
        <FormMessage state={state} />
      </form>
    </details>
  );
}

export function InviteByMailForm({ profileId, organisationId, name }: { profileId: number; organisationId: number; name: string }) {
  const [state, action] = useActionState(inviteOrganisationByMail, idle);
  return (
    <form action={action} className="flex flex-col gap-3" aria-label={`Invite ${name}`}>
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <FormField id="invite-email" label="Their e-mail address" errors={fieldErrors(state, "email")} hint="We send one invitation to register; the address is not kept for anything else.">
        <Input name="email" type="email" defaultValue={typed(state, "email")} required />
      </FormField>
      <FormMessage state={state} />
      <SubmitButton size="sm" className="self-start" pendingLabel="Sending…">
        Send the invitation
      </SubmitButton>
    </form>
  );
}

export function MessageMailSetting({ on }: { on: boolean }) {
  const [state, action] = useActionState(setMessageMail, idle);
  const current = state.status === "ok" ? (state.data as { notifyByMail: boolean }).notifyByMail : on;
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="notifyByMail" value={current ? "off" : "on"} />
      <p className="text-sm">{current ? "You get an e-mail when a message arrives (at most one per conversation per hour)." : "You get no e-mail about messages."}</p>
      <SubmitButton size="sm" variant="outline" className="self-start">
        {current ? "Turn message mail off" : "Turn message mail on"}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
