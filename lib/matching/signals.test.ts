import { describe, expect, it } from "vitest";
import {
  activitySignal,
  networkSignal,
  SECOND_DEGREE_PARTNERS,
  secondDegreeSignal,
  programmeSignal,
  regionSignal,
  BASED_IN_REGION,
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
  it("counts a programme asked without a part as a part: its projects there, saturating", () => {
    const one = programmeSignal({ programmePartProjects: 0, programmeProjects: 1, programmeOnly: true });
    const five = programmeSignal({ programmePartProjects: 0, programmeProjects: 5, programmeOnly: true });
    expect(one).toBeCloseTo(programmeSignal({ programmePartProjects: 1, programmeProjects: 1 }), 10);
    expect(five).toBeGreaterThan(one);
    expect(five).toBeLessThan(1);
    expect(programmeSignal({ programmePartProjects: 0, programmeProjects: 0, programmeOnly: true })).toBe(0);
  });
});

describe("topicSignal", () => {
  it("counts the same topic double a topic of the same call", () => {
    expect(topicSignal({ topicProjects: 1, topicFamilyProjects: 1 })).toBe(1); // log(1 + 3) / log 4
    expect(topicSignal({ topicProjects: 0, topicFamilyProjects: 1 })).toBeCloseTo(Math.log(2) / Math.log(4));
    expect(topicSignal({ topicProjects: 0, topicFamilyProjects: 0 })).toBe(0);
    expect(topicSignal({ topicProjects: 5, topicFamilyProjects: 9 })).toBe(1);
  });
});

describe("regionSignal", () => {
  it("rises with projects involving the target regions", () => {
    expect(regionSignal({ regionProjects: 0 })).toBe(0);
    expect(regionSignal({ regionProjects: 3 })).toBeGreaterThan(regionSignal({ regionProjects: 1 }));
  });

  it("counts being located in a target region like a project or two there, and no more", () => {
    expect(regionSignal({ regionProjects: 0, basedInRegion: "AT22" })).toBe(BASED_IN_REGION);
    expect(regionSignal({ regionProjects: 0, basedInRegion: null })).toBe(0);
    expect(regionSignal({ regionProjects: 1, basedInRegion: "AT22" })).toBe(BASED_IN_REGION);
    expect(regionSignal({ regionProjects: 5, basedInRegion: "AT22" })).toBe(regionSignal({ regionProjects: 5 }));
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
  const none = { projectsWithRequester: 0, programmeWithRequester: 0, relevantWithRequester: 0, partWithRequester: 0, sharedPartners: 0 };
  it("values having worked with the requester over having worked with its partners", () => {
    const direct = networkSignal({ ...none, projectsWithRequester: 1 });
    const indirect = networkSignal({ ...none, sharedPartners: 1 });
    expect(direct).toBeGreaterThan(indirect);
    expect(indirect).toBeGreaterThan(0);
    expect(networkSignal(none)).toBe(0);
  });
  it("values shared projects in the asked programme and on the query's subject more", () => {
    const old = networkSignal({ ...none, projectsWithRequester: 2 });
    const recent = networkSignal({ ...none, projectsWithRequester: 2, programmeWithRequester: 2 });
    const relevant = networkSignal({ ...none, projectsWithRequester: 2, programmeWithRequester: 2, relevantWithRequester: 1 });
    expect(recent).toBeGreaterThan(old);
    expect(relevant).toBeGreaterThan(recent);
  });
  it("values shared projects in the asked programme part above those elsewhere in the programme", () => {
    const programme = networkSignal({ ...none, projectsWithRequester: 2, programmeWithRequester: 2, relevantWithRequester: 2 });
    const part = networkSignal({ ...none, projectsWithRequester: 2, programmeWithRequester: 2, relevantWithRequester: 2, partWithRequester: 2 });
    expect(part).toBeGreaterThan(programme);
    // Frequent partners that worked with the requester in the asked part stay apart from those that did not.
    const frequent = { ...none, projectsWithRequester: 12, programmeWithRequester: 6, relevantWithRequester: 4 };
    expect(networkSignal({ ...frequent, partWithRequester: 3 })).toBeGreaterThan(networkSignal(frequent));
  });
  it("keeps telling frequent partners apart (logarithmic), up to 1", () => {
    expect(networkSignal({ ...none, projectsWithRequester: 20 })).toBeGreaterThan(networkSignal({ ...none, projectsWithRequester: 5 }));
    expect(networkSignal({ projectsWithRequester: 500, programmeWithRequester: 200, relevantWithRequester: 100, partWithRequester: 50, sharedPartners: 60 })).toBe(1);
  });
});

describe("secondDegreeSignal", () => {
  it("grows with the requester's frequent partners a candidate has worked with, full at all of them", () => {
    expect(secondDegreeSignal({ sharedPartners: 0 })).toBe(0);
    expect(secondDegreeSignal({ sharedPartners: 3 })).toBeGreaterThan(secondDegreeSignal({ sharedPartners: 1 }));
    expect(secondDegreeSignal({ sharedPartners: SECOND_DEGREE_PARTNERS })).toBeCloseTo(1);
    expect(secondDegreeSignal({ sharedPartners: 50 })).toBe(1);
  });
});
