import { describe, expect, it } from "vitest";
import { applicableSignals, combineSignals, computeSignals, newPartnerWeights, signalWeights } from "./score";
import type { MatchFacts } from "./signals";
import type { MatchSignals } from "./types";

const none: MatchFacts = {
  themeSum: 0, profileTheme: 0, textSum: 0, programmePartProjects: 0, programmeProjects: 0, topicProjects: 0,
  topicFamilyProjects: 0, regionProjects: 0, relevantCoordinated: 0, themeCoordinated: 0, partCoordinated: 0, coordinatorCount: 0, projectCount: 0,
  lastStartYear: null, lastYearFromCall: false, projectsWithRequester: 0, relevantWithRequester: 0, programmeWithRequester: 0, partWithRequester: 0, sharedPartners: 0,
};
const all1: MatchSignals = { themes: 1, text: 1, programme: 1, topic: 1, region: 1, role: 1, activity: 1, network: 1 };

describe("applicableSignals", () => {
  it("leaves out what the query gives no ground for", () => {
    const shape = { text: false, themes: true, programme: false, topic: false, regions: false, requester: false };
    expect(applicableSignals(shape).sort()).toEqual(["activity", "role", "themes"]);
    expect(applicableSignals({ ...shape, text: true, requester: true })).toContain("network");
  });
});

describe("combineSignals", () => {
  it("is a weighted mean in 0..1 over the applicable signals", () => {
    expect(combineSignals(all1, ["themes", "network"])).toBeCloseTo(1);
    const half = combineSignals({ ...all1, network: 0 }, ["themes", "network"]);
    expect(half).toBeCloseTo(signalWeights.themes / (signalWeights.themes + signalWeights.network));
    expect(combineSignals(all1, [])).toBe(0);
  });
  it("ignores signals not applicable, whatever their value", () => {
    expect(combineSignals({ ...all1, text: 0 }, ["themes"])).toBeCloseTo(1);
  });
});

describe("computeSignals", () => {
  it("gives 0 everywhere for a candidate with nothing in common", () => {
    const s = computeSignals(none, 2026);
    expect(Object.values(s).every((v) => v === 0)).toBe(true);
  });
  it("ranks a past partner of the requester with topic experience above a stranger", () => {
    const shape = applicableSignals({ text: false, themes: true, programme: true, topic: true, regions: false, requester: true });
    const partner = combineSignals(computeSignals({ ...none, projectsWithRequester: 2, topicFamilyProjects: 1, projectCount: 5, lastStartYear: 2024 }, 2026), shape);
    const stranger = combineSignals(computeSignals({ ...none, themeSum: 1, projectCount: 5, lastStartYear: 2024 }, 2026), shape);
    expect(partner).toBeGreaterThan(stranger);
    expect(partner).toBeLessThanOrEqual(1);
  });
});

describe("new partners only", () => {
  const shape = applicableSignals({ text: false, themes: true, programme: true, topic: true, regions: false, requester: true });
  // Candidates that never worked with the requester: the only ones a query for new partners can have.
  const strangers: MatchFacts[] = [
    { ...none, sharedPartners: 20, themeSum: 1, programmePartProjects: 2, projectCount: 40, lastStartYear: 2025 },
    { ...none, sharedPartners: 3, themeSum: 6, topicFamilyProjects: 1, projectCount: 12, lastStartYear: 2024 },
    { ...none, sharedPartners: 0, themeSum: 3, topicProjects: 1, relevantCoordinated: 1, projectCount: 5, lastStartYear: 2026 },
    { ...none, sharedPartners: 8, projectCount: 200, lastStartYear: 2026 },
    { ...none, sharedPartners: 1, themeSum: 0.5, programmePartProjects: 9, projectCount: 30, lastStartYear: 2023 },
  ];
  const full = strangers.map((f) => combineSignals(computeSignals(f, 2026), shape));
  const fresh = strangers.map((f) => combineSignals(computeSignals(f, 2026, { newPartnersOnly: true }), shape, newPartnerWeights));
  const order = (scores: number[]) => scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => i);

  it("measures the network by second-degree proximity alone", () => {
    expect(computeSignals(strangers[0]!, 2026, { newPartnersOnly: true }).network).toBeCloseTo(1);
    expect(computeSignals(strangers[0]!, 2026).network).toBeLessThan(0.1);
  });
  it("ranks candidates as the full network signal does, with scores no longer held down by a signal none can have", () => {
    expect(order(fresh)).toEqual(order(full));
    for (const [i, s] of fresh.entries()) expect(s).toBeGreaterThan(1.5 * full[i]!);
    expect(Math.max(...fresh)).toBeLessThanOrEqual(1);
  });
});
