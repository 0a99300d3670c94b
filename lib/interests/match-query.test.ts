import { describe, expect, it } from "vitest";
import { interestCountries, matchQueryForInterest, MATCHES_KEPT } from "./match-query";

const interest = {
  profileId: 7,
  title: "Wood-industry cluster",
  description: "Timber construction in the Alps-Adriatic area.",
  themeIds: [41, 13],
  topicCode: null,
  programmeCode: null,
  programmePartCode: null,
  partnerTypes: ["higher_education", "development_agency"] as const,
  wantedCountries: ["AT", "SI", "HU"],
  targetRegions: ["AT2", "SI"],
};

describe("matchQueryForInterest", () => {
  it("asks with the interest's text, themes, wishes, regions and organisation", () => {
    expect(matchQueryForInterest({ ...interest, partnerTypes: [...interest.partnerTypes] })).toEqual({
      text: "Wood-industry cluster\nTimber construction in the Alps-Adriatic area.",
      requesterProfileId: 7,
      k: MATCHES_KEPT,
      themeIds: [41, 13],
      partnerTypes: ["higher_education", "development_agency"],
      countries: ["AT", "SI", "HU"],
      regions: ["AT2", "SI"],
    });
  });

  it("without wanted countries, asks for partners from the programme's area when its rule records one", () => {
    const central = { ...interest, partnerTypes: [], wantedCountries: [], programmeCode: "INTERREG-VIB-CENTRAL-EUROPE", programmeFamily: "Interreg" };
    expect(matchQueryForInterest(central).countries).toEqual(["AT", "HR", "CZ", "DE", "HU", "IT", "PL", "SK", "SI"]);
    // Countries it names win; a programme without a recorded area (or none) asks for any country.
    expect(matchQueryForInterest({ ...central, wantedCountries: ["SI"] }).countries).toEqual(["SI"]);
    expect(interestCountries({ ...central, programmeCode: "INTERREG-VIB-NORTH-SEA" })).toEqual(["BE", "DK", "FR", "DE", "NL", "NO", "SE"]);
    expect(interestCountries({ ...central, programmeCode: "INTERREG-VIA-SLOVENIA-AUSTRIA" })).toEqual(["SI", "AT"]);
    expect(interestCountries({ ...central, programmeCode: "INTERREG-NOT-LISTED" })).toEqual([]);
    expect(interestCountries({ ...central, programmeCode: "HORIZON", programmeFamily: "Horizon Europe" })).toEqual([]);
    expect(interestCountries({ ...central, programmeCode: null })).toEqual([]);
  });

  it("leaves out past partners only when the interest asks for new ones", () => {
    expect(matchQueryForInterest({ ...interest, partnerTypes: [], newPartnersOnly: true }).newPartnersOnly).toBe(true);
    expect(matchQueryForInterest({ ...interest, partnerTypes: [], newPartnersOnly: false })).not.toHaveProperty("newPartnersOnly");
  });

  it("asks with the interest's programme when it is one of the knowledge base's", () => {
    expect(matchQueryForInterest({ ...interest, partnerTypes: [], programmeCode: "INTERREG-IVB-CENTRAL-EUROPE" })).toMatchObject({
      programmeCode: "INTERREG-IVB-CENTRAL-EUROPE",
    });
    expect(matchQueryForInterest({ ...interest, partnerTypes: [] })).not.toHaveProperty("programmeCode");
  });

  it("leaves out what the interest does not say, adds a known topic and part, and asks for more when some are dismissed", () => {
    const query = matchQueryForInterest(
      { ...interest, themeIds: [], partnerTypes: [], wantedCountries: [], targetRegions: [], topicCode: "HORIZON-CL6-2022-01", programmePartCode: "HORIZON.2.6" },
      5,
    );
    expect(query).toEqual({
      text: "Wood-industry cluster\nTimber construction in the Alps-Adriatic area.",
      requesterProfileId: 7,
      k: MATCHES_KEPT + 5,
      topicCode: "HORIZON-CL6-2022-01",
      programmePartCode: "HORIZON.2.6",
    });
  });
});
