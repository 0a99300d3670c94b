// How many failed sign-ins are allowed before the next attempt has to wait. Counted in the
// database (sign_in_attempts) so the limit holds however many app instances run.
//   per account (the e-mail typed): 5 failures in 15 minutes; a success resets the count;
//   per IP address: 30 failures in 15 minutes (an office or a university shares one address).
import { say } from "@/lib/i18n/say";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export interface AttemptCounts {
  /** Failures for the e-mail since its last success, within the window, and the oldest of them. */
  accountFailures: number;
  accountOldestFailure: Date | null;
  ipFailures: number;
  ipOldestFailure: Date | null;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function signInDecision(counts: AttemptCounts, now = new Date()): RateDecision {
  const waits: number[] = [];
  if (counts.accountFailures >= MAX_FAILURES_PER_ACCOUNT && counts.accountOldestFailure) {
    waits.push(counts.accountOldestFailure.getTime() + SIGN_IN_WINDOW_MS - now.getTime());
  }
  if (counts.ipFailures >= MAX_FAILURES_PER_IP && counts.ipOldestFailure) {
    waits.push(counts.ipOldestFailure.getTime() + SIGN_IN_WINDOW_MS - now.getTime());
  }
  const wait = Math.max(0, ...waits);
  return wait > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { allowed: true };
}

export function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return say("auth.rateLimited", { minutes });
}
