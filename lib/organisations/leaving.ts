// What happens to an organisation when one of its members leaves or deletes their account, as
// lib/accounts/store.ts leaveOrganisations() does it; the account page states it beforehand.

export type LeavingOutcome =
  /** Others remain and an owner is among them: nothing changes but the member count. */
  | { kind: "stays" }
  /** The last owner leaves: the longest-standing member becomes owner. */
  | { kind: "handed_over"; to: string }
  /** Nobody is left: the profile is hidden from everyone, kept with its claims. */
  | { kind: "hidden" };

/** `others`: the remaining members, longest-standing first. */
export function leavingOutcome(role: "owner" | "member", others: { name: string | null; role: "owner" | "member" }[]): LeavingOutcome {
  if (others.length === 0) return { kind: "hidden" };
  if (role === "owner" && !others.some((o) => o.role === "owner")) return { kind: "handed_over", to: others[0]!.name ?? "another member" };
  return { kind: "stays" };
}

export function leavingOutcomeText(outcome: LeavingOutcome): string {
  switch (outcome.kind) {
    case "hidden":
      return "you are its only member: it will be hidden from everyone (its profile and claimed records are kept, shown to nobody)";
    case "handed_over":
      return `you are its last owner: ${outcome.to} becomes owner`;
    case "stays":
      return "stays as it is with its other members";
  }
}
