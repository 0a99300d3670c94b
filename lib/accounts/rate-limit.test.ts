import { describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, rateLimitMessage, signInDecision } from "./rate-limit";

const now = new Date("2026-03-01T10:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("signInDecision", () => {
  it("allows attempts under both limits", () => {
    expect(signInDecision({ accountFailures: MAX_FAILURES_PER_ACCOUNT - 1, accountOldestFailure: minutesAgo(1), ipFailures: 0, ipOldestFailure: null }, now)).toEqual({ allowed: true });
  });

  it("blocks an account at its limit until its oldest failure leaves the window", () => {
    const d = signInDecision({ accountFailures: MAX_FAILURES_PER_ACCOUNT, accountOldestFailure: minutesAgo(5), ipFailures: 5, ipOldestFailure: minutesAgo(5) }, now);
    expect(d).toEqual({ allowed: false, retryAfterSeconds: 600 });
    expect(signInDecision({ accountFailures: 9, accountOldestFailure: minutesAgo(15), ipFailures: 0, ipOldestFailure: null }, now)).toEqual({ allowed: true });
  });

  it("blocks an IP address at its limit whatever the account", () => {
    const d = signInDecision({ accountFailures: 0, accountOldestFailure: null, ipFailures: MAX_FAILURES_PER_IP, ipOldestFailure: minutesAgo(14) }, now);
    expect(d).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it("says how long to wait in whole minutes", () => {
    expect(rateLimitMessage(600)).toBe("Too many sign-in attempts. Try again in 10 minutes, or reset your password.");
    expect(rateLimitMessage(5)).toMatch(/in 1 minute,/);
  });
});
