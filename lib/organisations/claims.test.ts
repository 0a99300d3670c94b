import { describe, expect, it } from "vitest";
import { decideNewClaim, type ClaimFacts } from "./claims";

const base: ClaimFacts = { userEmail: "anna@zsi.at", userEmailVerified: true, recordWebsite: "http://www.zsi.at", heldByProfileId: null, profileId: 7 };

describe("decideNewClaim", () => {
  it("verifies a claim at once when the verified e-mail domain is the record's website domain", () => {
    expect(decideNewClaim(base)).toEqual({ status: "verified", method: "domain" });
  });

  it("leaves it to an administrator when the domains differ, the e-mail is unverified or the record has no website", () => {
    expect(decideNewClaim({ ...base, userEmail: "anna@gmail.com" })).toEqual({ status: "pending", method: "admin" });
    expect(decideNewClaim({ ...base, userEmailVerified: false })).toEqual({ status: "pending", method: "admin" });
    expect(decideNewClaim({ ...base, recordWebsite: null })).toEqual({ status: "pending", method: "admin" });
    expect(decideNewClaim({ ...base, userEmail: "anna@sub.zsi.at" })).toEqual({ status: "pending", method: "admin" });
  });

  it("disputes a record another organisation holds, even with a matching domain", () => {
    expect(decideNewClaim({ ...base, heldByProfileId: 3 })).toEqual({ status: "disputed", method: "admin" });
  });

  it("recognises a record the organisation already holds", () => {
    expect(decideNewClaim({ ...base, heldByProfileId: 7 })).toEqual({ status: "already_yours" });
  });
});
