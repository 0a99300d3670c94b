// The unsubscribe link of an alert: it works without signing in, so it carries its own proof — an
// HMAC-SHA256 (keyed with AUTH_SECRET) over the saved search's id, its owner and an expiry date.
// A token names one saved search: it cannot switch off another (the id is signed), nor one that
// was deleted and made again by someone else (the owner is signed), nor be used after it expires.
// Pure: the secret and the time are passed in.
import { createHmac, timingSafeEqual } from "node:crypto";

export const UNSUBSCRIBE_TOKEN_DAYS = 60;
const DAY_MS = 86_400_000;
const TOKEN = /^([1-9][0-9]{0,9})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$/;

function signature(savedSearchId: number, userId: string, expiresAt: number, secret: string): string {
  return createHmac("sha256", secret).update(`saved-search-unsubscribe:${savedSearchId}:${userId}:${expiresAt}`).digest("base64url");
}

/** "ID.EXPIRES.SIGNATURE", EXPIRES in seconds since 1970. */
export function signUnsubscribeToken(input: { savedSearchId: number; userId: string }, secret: string, now: Date = new Date()): string {
  const expiresAt = Math.floor((now.getTime() + UNSUBSCRIBE_TOKEN_DAYS * DAY_MS) / 1000);
  return `${input.savedSearchId}.${expiresAt}.${signature(input.savedSearchId, input.userId, expiresAt, secret)}`;
}

/** The saved search a token names, before it is checked against its owner (null when it is not a token at all). */
export function unsubscribeTokenTarget(token: string): number | null {
  const match = TOKEN.exec(token.trim());
  return match ? Number(match[1]) : null;
}

export type TokenCheck = "valid" | "invalid" | "expired";

/** Checks a token against the saved search it names and that search's owner. */
export function verifyUnsubscribeToken(token: string, owner: { savedSearchId: number; userId: string }, secret: string, now: Date = new Date()): TokenCheck {
  const match = TOKEN.exec(token.trim());
  if (!match || Number(match[1]) !== owner.savedSearchId) return "invalid";
  const expiresAt = Number(match[2]);
  const expected = Buffer.from(signature(owner.savedSearchId, owner.userId, expiresAt, secret));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  return expiresAt * 1000 < now.getTime() ? "expired" : "valid";
}
