import { describe, expect, it } from "vitest";
import { closeProjectsToName, evidenceScore, pickEvidenceProjects, projectAskedThemes, sameCallOf, type EvidenceCandidate } from "./evidence";

const c = (id: number, weight: number, more: Partial<EvidenceCandidate> = {}): EvidenceCandidate => ({ id, weight, led: false, descriptionWords: 0, ...more });
const none = { coordinated: false, closeToDescription: false };

describe("evidenceScore", () => {
  it("adds to a project that shares the description's words", () => {
    expect(evidenceScore(c(1, 1))).toBe(1);
    expect(evidenceScore(c(1, 1, { descriptionWords: 2 }))).toBe(1.5);
    expect(evidenceScore(c(1, 0, { descriptionWords: 1 }))).toBe(0.5);
  });
});

describe("pickEvidenceProjects", () => {
  it("takes the most telling, best first, keeping the given order on ties", () => {
    expect(pickEvidenceProjects([c(1, 1), c(2, 3), c(3, 1), c(4, 0.5), c(5, 2)], none)).toEqual([2, 5, 1]);
  });

  it("puts a project on the asked theme that shares the description's words before one on the theme only", () => {
    expect(pickEvidenceProjects([c(1, 1), c(2, 1), c(3, 1, { descriptionWords: 1 })], none)).toEqual([3, 1, 2]);
  });

  it("shows a relevant coordinated project when a reason says it coordinated some", () => {
    const cands = [c(1, 2.2), c(2, 1.8), c(3, 1.5), c(4, 1, { led: true }), c(5, 0.5, { led: true })];
    expect(pickEvidenceProjects(cands, none)).toEqual([1, 2, 3]);
    expect(pickEvidenceProjects(cands, { coordinated: true, closeToDescription: false })).toEqual([1, 2, 4]);
  });

  it("does not count a coordinated project that is not relevant", () => {
    const cands = [c(1, 2), c(2, 1.8), c(3, 1.5), c(5, 0.5, { led: true })];
    expect(pickEvidenceProjects(cands, { coordinated: true, closeToDescription: false })).toEqual([1, 2, 3]);
  });

  it("shows a project close to the description when a reason names such projects", () => {
    const cands = [c(1, 1), c(2, 1), c(3, 1), c(4, 0, { descriptionWords: 1 }), c(5, 0, { descriptionWords: 3 })];
    expect(pickEvidenceProjects(cands, { coordinated: false, closeToDescription: true })).toEqual([1, 2, 4]);
  });

  it("keeps what already backs a claim, and backs both claims without dropping the best", () => {
    const cands = [c(1, 2, { led: true }), c(2, 1.8), c(3, 1.5), c(4, 0, { descriptionWords: 1 })];
    expect(pickEvidenceProjects(cands, { coordinated: true, closeToDescription: true })).toEqual([1, 2, 4]);
    const both = [c(1, 2.5), c(2, 2), c(3, 1.8), c(4, 1, { led: true }), c(5, 0, { descriptionWords: 2 })];
    expect(pickEvidenceProjects(both, { coordinated: true, closeToDescription: true })).toEqual([1, 4, 5]);
  });

  it("does not drop the only project behind one claim to back another", () => {
    // 3 is the only coordinated one shown; the description's project replaces 2, not 3.
    const cands = [c(1, 2), c(2, 1.8), c(3, 1.5, { led: true }), c(4, 0, { descriptionWords: 1 })];
    expect(pickEvidenceProjects(cands, { coordinated: true, closeToDescription: true })).toEqual([1, 3, 4]);
  });

  it("never shows more than the limit, even when it cannot back every claim", () => {
    const cands = [c(1, 2, { led: true }), c(2, 0, { descriptionWords: 1 })];
    expect(pickEvidenceProjects(cands, { coordinated: true, closeToDescription: true }, 1)).toEqual([1]);
  });

  it("shows what there is when there are fewer than the limit", () => {
    expect(pickEvidenceProjects([c(1, 0, { descriptionWords: 1 })], { coordinated: true, closeToDescription: true })).toEqual([1]);
    expect(pickEvidenceProjects([], none)).toEqual([]);
  });
});

describe("the asked themes a shown project is on", () => {
  const asked = { exact: [11, 12, 13], parents: [1, 2] };
  it("names the asked themes it is on, in the order asked, at most two", () => {
    expect(projectAskedThemes([1, 13, 11, 12], asked)).toEqual([11, 12]);
    expect(projectAskedThemes([13, 99], asked)).toEqual([13]);
  });
  it("falls back on the parents it is on, and names nothing for a project on none", () => {
    expect(projectAskedThemes([2, 1, 99], asked)).toEqual([1, 2]);
    expect(projectAskedThemes([99], asked)).toEqual([]);
    expect(projectAskedThemes([], asked)).toEqual([]);
  });
});

describe("sameCallOf", () => {
  it("says a project is of the asked call topic, of its call, or neither", () => {
    expect(sameCallOf("HORIZON-CL6-2021-CLIMATE-01-09", "HORIZON-CL6-2021-CLIMATE-01-09")).toEqual({ sameCall: "topic" });
    expect(sameCallOf("HORIZON-CL6-2021-CLIMATE-01-06", "HORIZON-CL6-2021-CLIMATE-01-09")).toEqual({ sameCall: "call" });
    expect(sameCallOf("HORIZON-CL6-2022-CLIMATE-01-06", "HORIZON-CL6-2021-CLIMATE-01-09")).toEqual({});
    expect(sameCallOf(null, "HORIZON-CL6-2021-CLIMATE-01-09")).toEqual({});
    expect(sameCallOf("HORIZON-CL6-2021-CLIMATE-01-09", null)).toEqual({});
  });
});

describe("closeProjectsToName", () => {
  it("names the shown projects that share words first, then the best by the text, each once, at most three", () => {
    expect(closeProjectsToName([7, 3], [1, 3, 5, 9])).toEqual([7, 3, 1]);
    expect(closeProjectsToName([], [1, 2, 3, 4])).toEqual([1, 2, 3]);
    expect(closeProjectsToName([4], [4])).toEqual([4]);
    expect(closeProjectsToName([8, 9, 10, 11], [1])).toEqual([8, 9, 10]);
  });
});
