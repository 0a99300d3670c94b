import { describe, expect, it } from "vitest";
import { addDays, defaultDeadline, interestState, renewedDeadline } from "./options";

describe("interest lifetime", () => {
  it("gives a new interest 90 days, across months and leap days", () => {
    expect(defaultDeadline("2026-11-25")).toBe("2027-02-23");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("is open until the end of its deadline day, then expired; closed wins", () => {
    expect(interestState({ status: "open", deadline: "2026-11-25" }, "2026-11-25")).toBe("open");
    expect(interestState({ status: "open", deadline: "2026-11-24" }, "2026-11-25")).toBe("expired");
    expect(interestState({ status: "closed", deadline: "2027-01-01" }, "2026-11-25")).toBe("closed");
  });
});

describe("renewedDeadline", () => {
  it("adds 90 days to a deadline still ahead, counts from today for a passed one, and stops at two years", () => {
    expect(renewedDeadline("2026-12-31", "2026-11-25")).toBe("2027-03-31");
    expect(renewedDeadline("2020-01-31", "2026-11-25")).toBe("2027-02-23");
    expect(renewedDeadline("2028-11-01", "2026-11-25")).toBe("2028-11-24");
  });
});
