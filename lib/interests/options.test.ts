import { describe, expect, it } from "vitest";
import { addDays, defaultDeadline, interestState } from "./options";

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
