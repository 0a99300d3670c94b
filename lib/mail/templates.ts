// The e-mails Consortia sends, as plain text and HTML. Everything a user typed (names,
// organisation names) is escaped in the HTML part.

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

function render(kind: string, to: string, subject: string, paragraphs: string[], action: { label: string; url: string }, after: string[] = []): MailContent {
  const text = [...paragraphs, `${action.label}: ${action.url}`, ...after, "— Consortia"].join("\n\n");
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = [
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#1a1f2e;max-width:560px;margin:24px auto;padding:0 16px">`,
    ...paragraphs.map(p),
    `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d3f94;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>`,
    p(`Or open this address: ${action.url}`),
    ...after.map(p),
    `<p style="margin:0;color:#5b6478">— Consortia</p></body></html>`,
  ].join("\n");
  return { kind, to, subject, text, html };
}

export function verificationMail(to: string, name: string | null, url: string): MailContent {
  return render(
    "verify_email",
    to,
    "Confirm your e-mail address for Consortia",
    [`Hello${name ? ` ${name}` : ""},`, "please confirm that this is your e-mail address to finish creating your Consortia account. The link works once, for 48 hours."],
    { label: "Confirm e-mail address", url },
    ["If you did not create an account, ignore this message."],
  );
}

export function passwordResetMail(to: string, url: string): MailContent {
  return render(
    "reset_password",
    to,
    "Reset your Consortia password",
    ["Someone (we hope you) asked to reset the password of the Consortia account for this address. The link works once, for one hour."],
    { label: "Choose a new password", url },
    ["If you did not ask for it, ignore this message: your password stays as it is."],
  );
}

export function invitationMail(to: string, inviterName: string, organisationName: string, url: string): MailContent {
  return render(
    "invitation",
    to,
    `${inviterName} invites you to ${organisationName} on Consortia`,
    [`${inviterName} invites you to join ${organisationName} on Consortia, where organisations find partners for European cooperation projects.`, "The invitation is valid for 14 days."],
    { label: "Accept the invitation", url },
  );
}

/** Sent instead of a second account: registering never tells anyone whether an address has an account. */
export function accountExistsMail(to: string, signInUrl: string, resetUrl: string): MailContent {
  const mail = render(
    "account_exists",
    to,
    "You already have a Consortia account",
    ["Someone (we hope you) tried to create a Consortia account with this address, which already has one.", `If you forgot your password, choose a new one: ${resetUrl}`],
    { label: "Sign in", url: signInUrl },
    ["If it was not you, ignore this message."],
  );
  return mail;
}
