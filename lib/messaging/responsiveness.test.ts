import { describe, expect, it } from "vitest";
import { describeHours, describeResponsiveness, median, needsReminder, responsiveness } from "./responsiveness";

const now = new Date("2026-11-25T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const daysAgo = (d: number) => hoursAgo(d * 24);

describe("responsiveness", () => {
  it("counts requests of the last 90 days, the answered share and the median reply time", () => {
    const r = responsiveness(
      [
        { receivedAt: daysAgo(10), firstReplyAt: new Date(daysAgo(10).getTime() + 2 * 3_600_000) },
        { receivedAt: daysAgo(20), firstReplyAt: new Date(daysAgo(20).getTime() + 10 * 3_600_000) },
        { receivedAt: daysAgo(30), firstReplyAt: new Date(daysAgo(30).getTime() + 4 * 3_600_000) },
        { receivedAt: daysAgo(40), firstReplyAt: null },
        { receivedAt: daysAgo(120), firstReplyAt: null }, // outside the window
      ],
      now,
    );
    expect(r).toEqual({ requests: 4, answered: 3, replyRate: 0.75, medianReplyHours: 4 });
    expect(describeResponsiveness(r)).toBe("Replied to 75 % of 4 requests in the last 90 days, typically within 4 hours");
  });

  it("says so when there were no requests or no answers", () => {
    expect(describeResponsiveness(responsiveness([], now))).toBe("No requests in the last 90 days");
    const none = responsiveness([{ receivedAt: daysAgo(3), firstReplyAt: null }], now);
    expect(none).toEqual({ requests: 1, answered: 0, replyRate: 0, medianReplyHours: null });
    expect(describeResponsiveness(none)).toBe("Replied to 0 % of 1 request in the last 90 days");
  });

  it("takes the mean of the middle pair for an even count", () => {
    expect(median([5, 1, 3, 10])).toBe(4);
    expect(median([])).toBeNull();
  });

  it("describes durations in hours, then days", () => {
    expect(describeHours(0.2)).toBe("an hour");
    expect(describeHours(1)).toBe("1 hour");
    expect(describeHours(30)).toBe("30 hours");
    expect(describeHours(80)).toBe("3 days");
  });
});

describe("needsReminder", () => {
  it("reminds once, after 7 days without an answer", () => {
    expect(needsReminder({ receivedAt: daysAgo(7), firstReplyAt: null, remindedAt: null }, now)).toBe(true);
    expect(needsReminder({ receivedAt: daysAgo(6.9), firstReplyAt: null, remindedAt: null }, now)).toBe(false);
    expect(needsReminder({ receivedAt: daysAgo(9), firstReplyAt: null, remindedAt: daysAgo(2) }, now)).toBe(false);
    expect(needsReminder({ receivedAt: daysAgo(9), firstReplyAt: daysAgo(8), remindedAt: null }, now)).toBe(false);
  });
});
