import { describe, expect, it } from "vitest";
import { TOKEN_LIFETIME_MS, hashToken, isWellFormedToken, newToken, tokenState } from "./tokens";

describe("tokens", () => {
  it("makes random URL-safe tokens and keeps only a hash that is not the token", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const a = newToken("verify_email", now);
    const b = newToken("verify_email", now);
    expect(a.token).not.toBe(b.token);
    expect(isWellFormedToken(a.token)).toBe(true);
    expect(a.tokenHash).toBe(hashToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
    expect(a.expiresAt.getTime() - now.getTime()).toBe(TOKEN_LIFETIME_MS.verify_email);
    expect(newToken("reset_password", now).expiresAt.getTime() - now.getTime()).toBe(60 * 60 * 1000);
  });

  it("rejects tokens of the wrong shape before any lookup", () => {
    expect(isWellFormedToken("short")).toBe(false);
    expect(isWellFormedToken(`${"a".repeat(42)}'`)).toBe(false);
    expect(isWellFormedToken(undefined)).toBe(false);
  });

  it("tells valid, used, expired and unknown tokens apart", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    const future = new Date("2026-01-01T13:00:00Z");
    expect(tokenState({ usedAt: null, expiresAt: future }, now)).toBe("valid");
    expect(tokenState({ usedAt: new Date("2026-01-01T11:00:00Z"), expiresAt: future }, now)).toBe("used");
    expect(tokenState({ usedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenState(undefined, now)).toBe("unknown");
  });
});
