// The choices of a partnership interest that are not in the database (role, budget band,
// visibility), its lifetime (90 days unless a deadline is given) and whether it is open, closed
// or expired. Pure: shared by the form, the validation, the actions and the pages.
import type { BudgetBand, InterestRole, InterestVisibility } from "@/db/schema/interests";

export const interestRoleLabels = {
  coordinator: "Coordinator (lead partner)",
  partner: "Partner",
} as const satisfies Record<InterestRole, string>;

export const budgetBandLabels = {
  under_500k: "Under €500,000",
  "500k_1m": "€500,000 – €1 million",
  "1m_3m": "€1 – 3 million",
  "3m_10m": "€3 – 10 million",
  over_10m: "Over €10 million",
} as const satisfies Record<BudgetBand, string>;

export const visibilityLabels = {
  public: "Public: anyone can see it",
  members: "Members only: signed-in Consortia members",
} as const satisfies Record<InterestVisibility, string>;

export const interestRoles = Object.keys(interestRoleLabels) as InterestRole[];
export const budgetBands = Object.keys(budgetBandLabels) as BudgetBand[];
export const visibilities = Object.keys(visibilityLabels) as InterestVisibility[];

export const DEFAULT_LIFETIME_DAYS = 90;
/** Beyond this a deadline is a typo; renewing is the way to keep an interest longer. */
export const MAX_LIFETIME_DAYS = 730;

/** A date as YYYY-MM-DD in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** The deadline of an interest published (or renewed) today without one. */
export function defaultDeadline(today: string): string {
  return addDays(today, DEFAULT_LIFETIME_DAYS);
}

/**
 * The deadline after renewing without a date: 90 days after the current deadline, or after today
 * when it has passed, but never more than two years ahead.
 */
export function renewedDeadline(current: string, today: string): string {
  const extended = addDays(current > today ? current : today, DEFAULT_LIFETIME_DAYS);
  const cap = addDays(today, MAX_LIFETIME_DAYS);
  return extended < cap ? extended : cap;
}

export type InterestState = "open" | "expired" | "closed";

/** An open interest expires at the end of its deadline day (UTC). */
export function interestState(interest: { status: "open" | "closed"; deadline: string }, today: string): InterestState {
  if (interest.status === "closed") return "closed";
  return interest.deadline < today ? "expired" : "open";
}

export const interestStateLabels = { open: "Open", expired: "Expired", closed: "Closed" } as const satisfies Record<InterestState, string>;
