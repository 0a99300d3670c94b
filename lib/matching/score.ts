// The match score: a weighted mean of the signals that the query makes meaningful (a signal the
// query gives no ground for, such as text without text, is left out and the weights of the
// others renormalised), so a score is in 0..1 whatever was asked. docs/matching.md explains.
import type { MatchSignals } from "./types";
import {
  activitySignal,
  networkSignal,
  programmeSignal,
  secondDegreeSignal,
  regionSignal,
  roleSignal,
  textSignal,
  themeSignal,
  topicSignal,
  type MatchFacts,
} from "./signals";

export type SignalName = keyof MatchSignals;

/** The weights, tuned with `npm run cli -- eval` on several seeds (docs/matching.md). */
export const signalWeights: Record<SignalName, number> = {
  network: 0.9,
  topic: 0.22,
  text: 0.2,
  themes: 0.15,
  region: 0.06,
  programme: 0.03,
  activity: 0.03,
  role: 0.02,
};

/**
 * The weights for new partners only: the network signal is then second-degree proximity alone
 * (secondDegreeSignal), weighing what it weighed inside the full network signal (0.9 × 0.1 ln(1+s) / 4
 * ≈ 0.07 × ln(1+s) / ln 21), so the order is the same and the score is not held down by a
 * signal no candidate can have (docs/matching.md, session 22).
 */
export const newPartnerWeights: Record<SignalName, number> = { ...signalWeights, network: 0.07 };

/** Which signals the query gives ground for. */
export interface QueryShape {
  text: boolean;
  themes: boolean;
  programme: boolean;
  topic: boolean;
  regions: boolean;
  requester: boolean;
}

export function applicableSignals(shape: QueryShape): SignalName[] {
  const out: SignalName[] = ["role", "activity"];
  if (shape.text) out.push("text");
  if (shape.themes) out.push("themes");
  if (shape.programme) out.push("programme");
  if (shape.topic) out.push("topic");
  if (shape.regions) out.push("region");
  if (shape.requester) out.push("network");
  return out;
}

/** `newPartnersOnly`: no candidate has worked with the requester, and the network signal is second-degree proximity alone. */
export function computeSignals(facts: MatchFacts, currentYear: number, { newPartnersOnly = false }: { newPartnersOnly?: boolean } = {}): MatchSignals {
  return {
    themes: themeSignal(facts),
    text: textSignal(facts),
    programme: programmeSignal(facts),
    topic: topicSignal(facts),
    region: regionSignal(facts),
    role: roleSignal(facts),
    activity: activitySignal(facts, currentYear),
    network: newPartnersOnly ? secondDegreeSignal(facts) : networkSignal(facts),
  };
}

/** Σ wᵢ·sᵢ / Σ wᵢ over the applicable signals; 0..1. */
export function combineSignals(signals: MatchSignals, applicable: readonly SignalName[], weights = signalWeights): number {
  let sum = 0;
  let total = 0;
  for (const name of applicable) {
    sum += weights[name] * signals[name];
    total += weights[name];
  }
  return total > 0 ? sum / total : 0;
}
