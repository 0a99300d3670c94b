import { describe, expect, it } from "vitest";
import { leavingOutcome, leavingOutcomeText } from "./leaving";

describe("leavingOutcome", () => {
  it("hides an organisation nobody is left in", () => {
    expect(leavingOutcome("owner", [])).toEqual({ kind: "hidden" });
    expect(leavingOutcome("member", [])).toEqual({ kind: "hidden" });
  });

  it("hands an organisation whose last owner leaves to the longest-standing member", () => {
    expect(leavingOutcome("owner", [{ name: "Bernd", role: "member" }, { name: "Clara", role: "member" }])).toEqual({ kind: "handed_over", to: "Bernd" });
    expect(leavingOutcomeText({ kind: "handed_over", to: "Bernd" })).toContain("Bernd becomes owner");
  });

  it("changes nothing else when another owner remains or a member leaves", () => {
    expect(leavingOutcome("owner", [{ name: "Bernd", role: "member" }, { name: "Clara", role: "owner" }])).toEqual({ kind: "stays" });
    expect(leavingOutcome("member", [{ name: "Anna", role: "owner" }])).toEqual({ kind: "stays" });
  });
});
