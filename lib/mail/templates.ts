// The e-mails Consortia sends, as plain text and HTML, in the recipient's language (the words
// come from the "mail" catalogue namespace: lib/mail/words.ts). Everything a user typed (names,
// organisation names) is escaped in the HTML part.
import type { MailWords } from "./words";

export interface MailContent {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export interface MailBody {
  kind: string;
  to: string;
  subject: string;
  paragraphs: string[];
  action: { label: string; url: string };
  after?: string[];
}

/** A mail with one call to action: its paragraphs, a button (and its address, for clients that hide buttons), what follows. */
export function renderMail(words: MailWords, { kind, to, subject, paragraphs, action, after = [] }: MailBody): MailContent {
  const signature = words.t("layout.signature");
  // "Label: address" as the language writes it (French puts a space before the colon).
  const text = [...paragraphs, words.t("layout.action", { label: action.label, url: action.url }), ...after, signature].join("\n\n");
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = [
    `<!doctype html><html lang="${words.locale}"><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#1a1f2e;max-width:560px;margin:24px auto;padding:0 16px">`,
    ...paragraphs.map(p),
    `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d3f94;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>`,
    p(words.t("layout.orOpen", { url: action.url })),
    ...after.map(p),
    `<p style="margin:0;color:#5b6478">${escapeHtml(signature)}</p></body></html>`,
  ].join("\n");
  return { kind, to, subject, text, html };
}

function greeting(words: MailWords, name: string | null): string {
  return name ? words.t("greeting", { name }) : words.t("greetingNoName");
}

export function verificationMail(words: MailWords, to: string, name: string | null, url: string): MailContent {
  const { t } = words;
  return renderMail(words, {
    kind: "verify_email",
    to,
    subject: t("verify.subject"),
    paragraphs: [greeting(words, name), t("verify.body")],
    action: { label: t("verify.action"), url },
    after: [t("verify.ignore")],
  });
}

export function passwordResetMail(words: MailWords, to: string, url: string): MailContent {
  const { t } = words;
  return renderMail(words, {
    kind: "reset_password",
    to,
    subject: t("reset.subject"),
    paragraphs: [t("reset.body")],
    action: { label: t("reset.action"), url },
    after: [t("reset.ignore")],
  });
}

export function invitationMail(words: MailWords, to: string, inviterName: string, organisationName: string, url: string): MailContent {
  const { t } = words;
  const values = { inviter: inviterName, organisation: organisationName };
  return renderMail(words, {
    kind: "invitation",
    to,
    subject: t("invitation.subject", values),
    paragraphs: [t("invitation.body", values), t("invitation.valid")],
    action: { label: t("invitation.action"), url },
  });
}

/** Sent instead of a second account: registering never tells anyone whether an address has an account. */
export function accountExistsMail(words: MailWords, to: string, signInUrl: string, resetUrl: string): MailContent {
  const { t } = words;
  return renderMail(words, {
    kind: "account_exists",
    to,
    subject: t("accountExists.subject"),
    paragraphs: [t("accountExists.body"), t("accountExists.forgot", { url: resetUrl })],
    action: { label: t("accountExists.action"), url: signInUrl },
    after: [t("accountExists.ignore")],
  });
}
