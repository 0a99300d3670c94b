import { describe, expect, it } from "vitest";
import { MAX_MAIL_ATTEMPTS, retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("doubles from 30 seconds", () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, noJitter))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("adds at most 10 % jitter", () => {
    expect(retryDelayMs(1, () => 0.999)).toBeLessThanOrEqual(33_000);
    expect(retryDelayMs(1, () => 0.5)).toBe(31_500);
  });

  it("gives up after the last attempt", () => {
    expect(retryDelayMs(MAX_MAIL_ATTEMPTS - 1, () => 0)).toBe(30_000 * 2 ** (MAX_MAIL_ATTEMPTS - 2));
    expect(retryDelayMs(MAX_MAIL_ATTEMPTS)).toBeNull();
  });
});
