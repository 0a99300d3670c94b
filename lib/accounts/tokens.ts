// Tokens of the links sent by e-mail (verification, password reset, invitation). The link
// carries a random token; the database keeps only its SHA-256 hash, so a leaked table opens
// nothing. A token is single-use and expires.
import { createHash, randomBytes } from "node:crypto";
import { say } from "@/lib/i18n/say";

export const TOKEN_LIFETIME_MS = {
  verify_email: 48 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  invitation: 14 * 24 * 60 * 60 * 1000,
} as const;

export type TokenKind = keyof typeof TOKEN_LIFETIME_MS;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new token (43 URL-safe characters, 256 bits), its hash and when it expires. */
export function newToken(kind: TokenKind, now = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]) };
}

/** What the shape of a link's token says before any lookup: a wrong shape is never looked up. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export type TokenState = "valid" | "unknown" | "used" | "expired";

/** The state of a stored token row (undefined: no row has the token's hash). */
export function tokenState(row: { usedAt: Date | null; expiresAt: Date } | undefined, now = new Date()): TokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** What a link page says for each state that is not valid. */
export const tokenStateMessages: Record<Exclude<TokenState, "valid">, string> = {
  unknown: say("auth.link.unknown"),
  used: say("auth.link.used"),
  expired: say("auth.link.expired"),
};
