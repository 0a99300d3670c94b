import { describe, expect, it } from "vitest";
import {
  activitySignal,
  networkSignal,
  programmeSignal,
  regionSignal,
  roleSignal,
  saturate,
  textSignal,
  themeSignal,
  topicSignal,
} from "./signals";

describe("saturate", () => {
  it("is 0 at 0, about 0.63 at the scale, and below 1", () => {
    expect(saturate(0, 2)).toBe(0);
    expect(saturate(2, 2)).toBeCloseTo(0.632, 3);
    expect(saturate(100, 2)).toBeLessThanOrEqual(1);
    expect(saturate(-3, 2)).toBe(0);
    expect(saturate(Number.NaN, 2)).toBe(0);
  });
});

describe("themeSignal", () => {
  it("grows with the closeness of past projects: a same-theme project beats one on the parent theme", () => {
    const same = themeSignal({ themeSum: 1, profileTheme: 0 });
    const parent = themeSignal({ themeSum: 0.5, profileTheme: 0 });
    expect(same).toBeGreaterThan(parent);
    expect(parent).toBeGreaterThan(0);
    expect(themeSignal({ themeSum: 0, profileTheme: 0 })).toBe(0);
  });
  it("counts a registered organisation's profile themes, a little less than projects", () => {
    expect(themeSignal({ themeSum: 0, profileTheme: 1 })).toBeCloseTo(0.8);
    expect(themeSignal({ themeSum: 10, profileTheme: 1 })).toBeGreaterThan(0.99);
  });
});

describe("textSignal", () => {
  it("is 0 without matching text and rises with the ranks", () => {
    expect(textSignal({ textSum: 0 })).toBe(0);
    expect(textSignal({ textSum: 0.6 })).toBeGreaterThan(textSignal({ textSum: 0.1 }));
  });
});

describe("programmeSignal", () => {
  it("values projects in the programme part over the programme alone", () => {
    const inPart = programmeSignal({ programmePartProjects: 1, programmeProjects: 1 });
    const programmeOnly = programmeSignal({ programmePartProjects: 0, programmeProjects: 1 });
    expect(inPart).toBeGreaterThan(programmeOnly);
    expect(programmeOnly).toBeGreaterThan(0);
    expect(programmeSignal({ programmePartProjects: 0, programmeProjects: 0 })).toBe(0);
  });
});

describe("topicSignal", () => {
  it("counts the same topic double a topic of the same call", () => {
    expect(topicSignal({ topicProjects: 1, topicFamilyProjects: 1 })).toBeCloseTo(saturate(3, 1.5));
    expect(topicSignal({ topicProjects: 0, topicFamilyProjects: 1 })).toBeCloseTo(saturate(1, 1.5));
  });
});

describe("regionSignal", () => {
  it("rises with projects involving the target regions", () => {
    expect(regionSignal({ regionProjects: 0 })).toBe(0);
    expect(regionSignal({ regionProjects: 3 })).toBeGreaterThan(regionSignal({ regionProjects: 1 }));
  });
});

describe("roleSignal", () => {
  it("rewards having coordinated relevant projects more than coordinating anything", () => {
    const relevant = roleSignal({ relevantCoordinated: 1, coordinatorCount: 1 });
    const any = roleSignal({ relevantCoordinated: 0, coordinatorCount: 1 });
    expect(relevant).toBeGreaterThan(any);
    expect(any).toBeGreaterThan(0);
    expect(roleSignal({ relevantCoordinated: 0, coordinatorCount: 0 })).toBe(0);
  });
});

describe("activitySignal", () => {
  it("grows with volume and fades with years without a project", () => {
    const busy = activitySignal({ projectCount: 50, lastStartYear: 2026 }, 2026);
    const small = activitySignal({ projectCount: 2, lastStartYear: 2026 }, 2026);
    const idle = activitySignal({ projectCount: 50, lastStartYear: 2018 }, 2026);
    expect(busy).toBeGreaterThan(small);
    expect(busy).toBeGreaterThan(idle);
    expect(activitySignal({ projectCount: 1000, lastStartYear: 2026 }, 2026)).toBe(1);
    expect(activitySignal({ projectCount: 0, lastStartYear: null }, 2026)).toBe(0);
  });
});

describe("networkSignal", () => {
  it("values having worked with the requester over having worked with its partners", () => {
    const direct = networkSignal({ projectsWithRequester: 1, sharedPartners: 0 });
    const indirect = networkSignal({ projectsWithRequester: 0, sharedPartners: 1 });
    expect(direct).toBeGreaterThan(indirect);
    expect(indirect).toBeGreaterThan(0);
    expect(networkSignal({ projectsWithRequester: 0, sharedPartners: 0 })).toBe(0);
  });
});
