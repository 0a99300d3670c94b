// E-mail addresses as accounts use them: one normal form (trimmed, lower case) for storage and
// comparison, and the domain part for claims.

/** The form stored in users.email and invitations.email, and compared with. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The part after the last "@", lower case; null when there is none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return null;
  return email.slice(at + 1).trim().toLowerCase().replace(/\.$/, "") || null;
}
