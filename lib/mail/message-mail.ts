// The mails of messaging: a new message in a conversation (never the message itself, nor anyone's
// address: a link to read it), an invitation to an organisation that is not registered, and the
// reminders. In the recipient's language (lib/mail/words.ts).
import { formatDate } from "@/lib/format";
import { renderMail, type MailContent } from "./templates";
import type { MailWords } from "./words";

export function newMessageMail(words: MailWords, to: string, fromOrganisation: string, subject: string, url: string, settingsUrl: string): MailContent {
  const { t } = words;
  const values = { from: fromOrganisation, subject };
  return renderMail(words, {
    kind: "new_message",
    to,
    subject: t("newMessage.subject", values),
    paragraphs: [t("newMessage.body", values)],
    action: { label: t("newMessage.action"), url },
    after: [t("newMessage.settings", { url: settingsUrl })],
  });
}

/** organisationName null: the organisation has no name on record ("your organisation"). */
export function organisationInvitationMail(words: MailWords, to: string, fromOrganisation: string, organisationName: string | null, url: string): MailContent {
  const { t } = words;
  const values = { from: fromOrganisation, organisation: organisationName ?? t("organisationInvitation.yourOrganisation") };
  return renderMail(words, {
    kind: "organisation_invitation",
    to,
    subject: t("organisationInvitation.subject", values),
    paragraphs: [t("organisationInvitation.body", values), t("organisationInvitation.register")],
    action: { label: t("organisationInvitation.action"), url },
  });
}

/** fromOrganisation null: the starting organisation is gone ("an organisation"). */
export function unansweredReminderMail(words: MailWords, to: string, fromOrganisation: string | null, subject: string, url: string): MailContent {
  const { t } = words;
  const values = { from: fromOrganisation ?? t("reminder.someone"), subject };
  return renderMail(words, {
    kind: "message_reminder",
    to,
    subject: t("reminder.subject", values),
    paragraphs: [t("reminder.body", values)],
    action: { label: t("reminder.action"), url },
  });
}

/** deadline: "YYYY-MM-DD", written the recipient's way ("12 déc. 2026"). */
export function interestExpiryMail(words: MailWords, to: string, title: string, deadline: string, url: string): MailContent {
  const { t } = words;
  const values = { title, deadline: formatDate(deadline, words.formatLocale) ?? deadline };
  return renderMail(words, {
    kind: "interest_expiry",
    to,
    subject: t("expiry.subject", values),
    paragraphs: [t("expiry.body", values), t("expiry.renew")],
    action: { label: t("expiry.action"), url },
  });
}
