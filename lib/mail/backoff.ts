// When a failed message is tried again: exponential backoff from 30 seconds, doubling, capped
// at 6 hours, with up to 10 % jitter so that instances do not retry in step; after 8 attempts
// the message is marked failed (kept in the outbox with its last error).

export const MAX_MAIL_ATTEMPTS = 8;
const BASE_MS = 30_000;
const CAP_MS = 6 * 60 * 60 * 1000;

/** Delay before attempt number `attempts + 1`, given `attempts` made so far (≥ 1); null: give up. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number | null {
  if (attempts >= MAX_MAIL_ATTEMPTS) return null;
  const base = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + 0.1 * random()));
}
