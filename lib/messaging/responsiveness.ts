// How responsive a registered organisation is: of the conversations other organisations opened
// with it in the last 90 days, how many it answered and how fast (median). Also when a request
// deserves its one reminder. Pure: no db, no React.

export const responsivenessWindowDays = 90;
export const reminderAfterDays = 7;
const dayMs = 24 * 60 * 60 * 1000;

/** A conversation opened by another organisation: when it arrived and when it was first answered. */
export type IncomingRequest = { receivedAt: Date; firstReplyAt: Date | null };

export type Responsiveness = {
  requests: number;
  answered: number;
  /** answered / requests, null without requests. */
  replyRate: number | null;
  /** Median hours to the first reply over the answered requests, null when none was answered. */
  medianReplyHours: number | null;
};

export function responsiveness(requests: readonly IncomingRequest[], now: Date, windowDays = responsivenessWindowDays): Responsiveness {
  const since = now.getTime() - windowDays * dayMs;
  const recent = requests.filter((r) => r.receivedAt.getTime() >= since && r.receivedAt.getTime() <= now.getTime());
  const delays = recent
    .filter((r) => r.firstReplyAt !== null && r.firstReplyAt.getTime() <= now.getTime())
    .map((r) => (r.firstReplyAt!.getTime() - r.receivedAt.getTime()) / 3_600_000);
  return {
    requests: recent.length,
    answered: delays.length,
    replyRate: recent.length === 0 ? null : delays.length / recent.length,
    medianReplyHours: median(delays),
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "Replies to 80 % of requests, usually within 6 hours" — or what is known. */
export function describeResponsiveness(r: Responsiveness): string {
  if (r.requests === 0 || r.replyRate === null) return "No requests in the last 90 days";
  const rate = `Replied to ${Math.round(r.replyRate * 100)} % of ${r.requests} request${r.requests === 1 ? "" : "s"} in the last 90 days`;
  if (r.medianReplyHours === null) return rate;
  return `${rate}, typically within ${describeHours(r.medianReplyHours)}`;
}

export function describeHours(hours: number): string {
  if (hours < 1) return "an hour";
  if (hours < 36) return `${Math.round(hours)} hour${Math.round(hours) === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  return `${days} days`;
}

/** A request gets one reminder once it has waited 7 days without an answer. */
export function needsReminder(request: IncomingRequest & { remindedAt: Date | null }, now: Date): boolean {
  return request.firstReplyAt === null && request.remindedAt === null && now.getTime() - request.receivedAt.getTime() >= reminderAfterDays * dayMs;
}
