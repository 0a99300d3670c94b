import { describe, expect, it } from "vitest";
import { explainMatch, listWords, plural, projectWithWords, projectWords, reasonText } from "./explain";
import type { MatchFacts } from "./signals";

const none: MatchFacts = {
  themeSum: 0, profileTheme: 0, textSum: 0, programmePartProjects: 0, programmeProjects: 0, topicProjects: 0,
  topicFamilyProjects: 0, regionProjects: 0, relevantCoordinated: 0, themeCoordinated: 0, partCoordinated: 0, coordinatorCount: 0, projectCount: 0,
  lastStartYear: null, lastYearFromCall: false, projectsWithRequester: 0, relevantWithRequester: 0, programmeWithRequester: 0, partWithRequester: 0, sharedPartners: 0,
};
const noContext = { sharedThemes: [], sharedPartners: [] };

describe("plural and listWords", () => {
  it("say one or many and list in plain English", () => {
    expect(plural(1, "project")).toBe("1 project");
    expect(plural(2, "project")).toBe("2 projects");
    expect(listWords(["A"])).toBe("A");
    expect(listWords(["A", "B"])).toBe("A and B");
    expect(listWords(["A", "B", "C"])).toBe("A, B and C");
    expect(listWords(["A", "B", "C", "D", "E"])).toBe("A, B, C and 2 more");
  });
});

describe("explainMatch", () => {
  it("says how many of the projects with the requester were in the asked programme part", () => {
    const worked = { ...none, projectsWithRequester: 5, partWithRequester: 2 };
    expect(explainMatch(worked, { ...noContext, programmePartCode: "HORIZON.2.5" })).toEqual(["worked with you on 5 projects, 2 of them in HORIZON.2.5"]);
    expect(explainMatch({ ...worked, projectsWithRequester: 2 }, { ...noContext, programmePartCode: "HORIZON.2.5" })).toEqual(["worked with you on 2 projects in HORIZON.2.5"]);
    expect(explainMatch({ ...worked, partWithRequester: 0 }, { ...noContext, programmePartCode: "HORIZON.2.5" })).toEqual(["worked with you on 5 projects"]);
    // No part asked: the part is not named.
    expect(explainMatch(worked, noContext)).toEqual(["worked with you on 5 projects"]);
  });
  it("says what it coordinated, and how many of those on the asked themes", () => {
    const ctx = { ...noContext, programmePartCode: "CADSES", sharedThemes: ["clusters"] };
    const reasons = explainMatch({ ...none, relevantCoordinated: 2, themeCoordinated: 2, programmePartProjects: 3, themeSum: 2 }, ctx);
    expect(reasons[0]).toBe("coordinated 2 relevant projects on clusters");
    // In the asked part only when all of them are.
    expect(explainMatch({ ...none, relevantCoordinated: 2, themeCoordinated: 2, partCoordinated: 2, themeSum: 2 }, ctx)[0]).toBe("coordinated 2 relevant projects on clusters in CADSES");
    expect(explainMatch({ ...none, relevantCoordinated: 3, themeCoordinated: 1, partCoordinated: 3, themeSum: 2 }, ctx)[0]).toBe("coordinated 3 relevant projects in CADSES, 1 on clusters");
    expect(explainMatch({ ...none, relevantCoordinated: 3, themeCoordinated: 3, partCoordinated: 1, themeSum: 2 }, ctx)[0]).toBe("coordinated 3 relevant projects on clusters");
    expect(reasons).toContain("3 projects in CADSES");
    // The themes once: not again as "past projects on clusters".
    expect(reasons.join(" | ")).not.toContain("past projects on");
    // Some of the relevant ones (of the same call, say) are on other themes: said so.
    expect(explainMatch({ ...none, relevantCoordinated: 3, themeCoordinated: 2, themeSum: 2 }, ctx)[0]).toBe("coordinated 3 relevant projects, 2 on clusters");
    // None on the asked themes: the count alone, and its past projects on them apart.
    const noneOn = explainMatch({ ...none, relevantCoordinated: 1, themeCoordinated: 0, themeSum: 2 }, ctx);
    expect(noneOn[0]).toBe("coordinated 1 relevant project");
    expect(noneOn).toContain("past projects on clusters");
  });
  it("keeps the sentence of a coordinated reason stored before it said how many were on the themes", () => {
    expect(reasonText({ kind: "coordinated", count: 2, themes: ["clusters"], programme: "CADSES" })).toBe("coordinated 2 relevant projects on clusters in CADSES");
  });
  it("counts the projects in a programme asked without a part, by the programme's name", () => {
    expect(explainMatch({ ...none, programmeProjects: 2 }, { ...noContext, programmeName: "CENTRAL EUROPE" })).toEqual(["2 projects in CENTRAL EUROPE"]);
    expect(explainMatch({ ...none, programmeProjects: 0 }, { ...noContext, programmeName: "CENTRAL EUROPE" })).toEqual([]);
    // A programme that continues earlier ones counts their projects too, and says so.
    expect(explainMatch({ ...none, programmeProjects: 3 }, { ...noContext, programmeName: "CENTRAL EUROPE", programmeLineage: true })).toEqual([
      "3 projects in CENTRAL EUROPE or its predecessors",
    ]);
    // With a part asked, the part is named (its programme's projects count little and are not said).
    expect(explainMatch({ ...none, programmePartProjects: 1, programmeProjects: 4 }, { ...noContext, programmePartCode: "HORIZON.2.5" })).toEqual([
      "1 project in HORIZON.2.5",
    ]);
  });
  it("names the requester's partners it worked with, and projects with the requester first", () => {
    const reasons = explainMatch(
      { ...none, projectsWithRequester: 1, sharedPartners: 2 },
      { ...noContext, sharedPartners: ["Graz University of Technology", "JOANNEUM RESEARCH"] },
    );
    expect(reasons[0]).toBe("worked with you on 1 project");
    expect(reasons[1]).toBe("worked with 2 of your partners: Graz University of Technology and JOANNEUM RESEARCH");
  });
  it("tells the same topic from the same call", () => {
    const reasons = explainMatch(
      { ...none, topicProjects: 1, topicFamilyProjects: 3 },
      { ...noContext, topicCode: "HORIZON-CL5-2022-D2-01-02", topicFamily: "HORIZON-CL5-2022-D2-01" },
    );
    expect(reasons).toEqual([
      "took part in 1 project of the same call topic (HORIZON-CL5-2022-D2-01-02)",
      "2 projects in the same call (HORIZON-CL5-2022-D2-01)",
    ]);
  });
  it("mentions themes, text, regions, profile and activity", () => {
    const reasons = explainMatch(
      { ...none, themeSum: 1.5, textSum: 0.4, regionProjects: 2, projectCount: 12, coordinatorCount: 3, lastStartYear: 2024 },
      { ...noContext, sharedThemes: ["forestry", "wood"], textProjects: [{ acronym: "WOODCLUSTER", words: ["wood", "clusters"] }], regions: ["AT", "SI"], profileThemes: ["wood"] },
    );
    expect(reasons).toEqual([
      "past projects on forestry and wood",
      "its profile lists wood",
      "past projects close to your description: WOODCLUSTER (wood, clusters)",
      "2 projects involving AT or SI",
      "12 projects in all, coordinated 3, latest started 2024",
    ]);
  });
  it("says the region it is based in, below the country only (the card names the country)", () => {
    const inStyria = explainMatch({ ...none, basedInRegion: "AT22", regionProjects: 1 }, { ...noContext, regions: ["AT22", "SI"] });
    expect(inStyria).toEqual(["based in AT22", "1 project involving AT22 or SI"]);
    expect(explainMatch({ ...none, basedInRegion: "SI" }, { ...noContext, regions: ["AT22", "SI"] })).toEqual([]);
  });

  it("names each project close to the description with the description's words it has, three at most", () => {
    const reasons = explainMatch(
      { ...none, textSum: 0.2 },
      {
        ...noContext,
        textProjects: [
          { acronym: "ForestNavigator", words: ["forest", "monitoring", "climate", "resilient"] },
          { acronym: "R-NMR", words: ["sensing"] },
          { acronym: "RISE-SME", words: ["SMEs", "SME"] },
          { acronym: "NOWORDS", words: [] },
        ],
      },
    );
    expect(reasons).toEqual(["past projects close to your description: ForestNavigator (forest, monitoring, climate, …), R-NMR (sensing), RISE-SME (SMEs) and 1 more"]);
  });
  it("names a project alone when it has no words (reasons stored before the words)", () => {
    expect(projectWithWords("NOWORDS", [])).toBe("NOWORDS");
    expect(projectWithWords("NOWORDS", undefined)).toBe("NOWORDS");
    expect(projectWords(["forest", "remote", "sensing", "beetle"])).toBe("forest, remote, sensing, …");
    expect(reasonText({ kind: "closeToDescription", projects: ["A", "B"] })).toBe("past projects close to your description: A and B");
  });
  it("says a call's year as such when the latest project's start is unknown", () => {
    expect(explainMatch({ ...none, projectCount: 3, lastStartYear: 2023, lastYearFromCall: true }, noContext)).toEqual(["3 projects in all, latest from a 2023 call"]);
    expect(explainMatch({ ...none, projectCount: 3, lastStartYear: 2019 }, noContext)).toEqual(["3 projects in all, latest started 2019"]);
  });
  it("says nothing it cannot back", () => {
    expect(explainMatch(none, noContext)).toEqual([]);
  });
});
