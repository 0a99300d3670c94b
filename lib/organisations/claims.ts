// How a claim on a knowledge-base record is decided when it is made. Pure: the action gathers
// the facts (the claimant's verified e-mail, the record's website, who holds the record).
//
//   the record is already verified for another organisation  → disputed (an administrator decides)
//   the user's verified e-mail domain = the record's website domain → verified at once
//   otherwise                                                   → pending (an administrator decides)
import { emailDomain } from "@/lib/accounts/email";
import { domainsMatch, websiteDomain } from "./domain";

export interface ClaimFacts {
  userEmail: string;
  userEmailVerified: boolean;
  recordWebsite: string | null;
  /** The registered organisation that already holds the record (verified claim), if any. */
  heldByProfileId: number | null;
  profileId: number;
}

export type ClaimDecision =
  | { status: "verified"; method: "domain" }
  | { status: "pending"; method: "admin" }
  | { status: "disputed"; method: "admin" }
  | { status: "already_yours" };

export function decideNewClaim(facts: ClaimFacts): ClaimDecision {
  if (facts.heldByProfileId === facts.profileId) return { status: "already_yours" };
  if (facts.heldByProfileId !== null) return { status: "disputed", method: "admin" };
  if (facts.userEmailVerified && domainsMatch(emailDomain(facts.userEmail), websiteDomain(facts.recordWebsite))) {
    return { status: "verified", method: "domain" };
  }
  return { status: "pending", method: "admin" };
}

export const claimStatusLabels = {
  pending: "Waiting for an administrator",
  verified: "Verified",
  rejected: "Rejected",
  disputed: "Disputed: an administrator decides",
} as const;
