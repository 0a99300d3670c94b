// The mails of messaging: a new message in a conversation (never the message itself, nor anyone's
// address: a link to read it), and an invitation to an organisation that is not registered.
import { escapeHtml, type MailContent } from "./templates";

function simple(kind: string, to: string, subject: string, paragraphs: string[], action: { label: string; url: string }, after: string[] = []): MailContent {
  const text = [...paragraphs, `${action.label}: ${action.url}`, ...after, "— Consortia"].join("\n\n");
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = [
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#1a1f2e;max-width:560px;margin:24px auto;padding:0 16px">`,
    ...paragraphs.map(p),
    `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d3f94;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>`,
    ...after.map(p),
    `<p style="margin:0;color:#5b6478">— Consortia</p></body></html>`,
  ].join("\n");
  return { kind, to, subject, text, html };
}

export function newMessageMail(to: string, fromOrganisation: string, subject: string, url: string, settingsUrl: string): MailContent {
  return simple(
    "new_message",
    to,
    `New message from ${fromOrganisation}: ${subject}`,
    [`${fromOrganisation} wrote to your organisation on Consortia about “${subject}”.`],
    { label: "Read the message", url },
    [`You get at most one such mail per conversation per hour. To stop them, change your settings: ${settingsUrl}`],
  );
}

export function organisationInvitationMail(to: string, fromOrganisation: string, organisationName: string, url: string): MailContent {
  return simple(
    "organisation_invitation",
    to,
    `${fromOrganisation} would like to contact ${organisationName} on Consortia`,
    [
      `${fromOrganisation} found ${organisationName} on Consortia, where organisations find partners for European cooperation projects, and would like to talk about a project.`,
      "Register your organisation to receive its message. This is the only mail you get about it this week.",
    ],
    { label: "Register on Consortia", url },
  );
}

export function unansweredReminderMail(to: string, fromOrganisation: string, subject: string, url: string): MailContent {
  return simple(
    "message_reminder",
    to,
    `Still waiting for your answer: ${subject}`,
    [`${fromOrganisation} wrote to your organisation a week ago about “${subject}” and has no answer yet. A short reply, even a “no, thank you”, helps them.`],
    { label: "Answer now", url },
  );
}

export function interestExpiryMail(to: string, title: string, deadline: string, url: string): MailContent {
  return simple(
    "interest_expiry",
    to,
    `Your interest expires on ${deadline}: ${title}`,
    [`Your partnership interest “${title}” expires on ${deadline}. After that nobody else sees it and its matches are no longer updated.`, "Renew it if you are still looking for partners."],
    { label: "Open the interest", url },
  );
}
