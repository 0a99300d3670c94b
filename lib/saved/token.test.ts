import { describe, expect, it } from "vitest";
import { signUnsubscribeToken, unsubscribeTokenTarget, UNSUBSCRIBE_TOKEN_DAYS, verifyUnsubscribeToken } from "./token";

const secret = "a-test-secret-of-at-least-thirty-two-characters";
const now = new Date("2026-12-02T12:00:00Z");
const owner = { savedSearchId: 12, userId: "user-a" };

describe("unsubscribe tokens", () => {
  it("verifies a token for the saved search and owner it was made for", () => {
    const token = signUnsubscribeToken(owner, secret, now);
    expect(unsubscribeTokenTarget(token)).toBe(12);
    expect(verifyUnsubscribeToken(token, owner, secret, now)).toBe("valid");
  });

  it("cannot switch off another saved search, even with its id written in", () => {
    const token = signUnsubscribeToken(owner, secret, now);
    expect(verifyUnsubscribeToken(token, { savedSearchId: 13, userId: "user-a" }, secret, now)).toBe("invalid");
    const forged = token.replace(/^12\./, "13.");
    expect(unsubscribeTokenTarget(forged)).toBe(13);
    expect(verifyUnsubscribeToken(forged, { savedSearchId: 13, userId: "user-a" }, secret, now)).toBe("invalid");
  });

  it("is refused for another owner, another secret or a changed signature", () => {
    const token = signUnsubscribeToken(owner, secret, now);
    expect(verifyUnsubscribeToken(token, { savedSearchId: 12, userId: "user-b" }, secret, now)).toBe("invalid");
    expect(verifyUnsubscribeToken(token, owner, `${secret}x`, now)).toBe("invalid");
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(verifyUnsubscribeToken(token.slice(0, -1) + last, owner, secret, now)).toBe("invalid");
  });

  it("refuses a later expiry written into the token (the expiry is signed)", () => {
    const [id, expires, sig] = signUnsubscribeToken(owner, secret, now).split(".");
    expect(verifyUnsubscribeToken(`${id}.${Number(expires) + 86_400}.${sig}`, owner, secret, now)).toBe("invalid");
  });

  it("expires after its days", () => {
    const token = signUnsubscribeToken(owner, secret, now);
    const justBefore = new Date(now.getTime() + UNSUBSCRIBE_TOKEN_DAYS * 86_400_000 - 1000);
    const after = new Date(now.getTime() + (UNSUBSCRIBE_TOKEN_DAYS + 1) * 86_400_000);
    expect(verifyUnsubscribeToken(token, owner, secret, justBefore)).toBe("valid");
    expect(verifyUnsubscribeToken(token, owner, secret, after)).toBe("expired");
  });

  it("reads nothing from what is not a token", () => {
    for (const junk of ["", "12", "12.34", "0.1.abc", "12.34.short", "x.1.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]) {
      expect(unsubscribeTokenTarget(junk)).toBeNull();
      expect(verifyUnsubscribeToken(junk, owner, secret, now)).toBe("invalid");
    }
  });
});
