import { describe, expect, it } from "vitest";
import { describeIssues, matchQueryLine, partnerTypesFrom, toCordisCountry, topicFamily } from "./query-input";

describe("partnerTypesFrom", () => {
  it("maps CORDIS activity codes to the schema's types and keeps normalised ones", () => {
    expect(partnerTypesFrom(["HES"]).types).toEqual(["higher_education"]);
    expect(partnerTypesFrom(["prc"]).types).toEqual(expect.arrayContaining(["sme", "large_enterprise", "enterprise"]));
    expect(partnerTypesFrom(["PUB", "sme"]).types).toEqual(expect.arrayContaining(["public_authority", "sme"]));
  });
  it("lists unknown types instead of dropping them", () => {
    expect(partnerTypesFrom(["REC", "XYZ"])).toEqual({ types: ["research_organisation"], unknown: ["XYZ"] });
  });
});

describe("toCordisCountry", () => {
  it("accepts ISO codes for Greece and the United Kingdom", () => {
    expect(toCordisCountry("GR")).toBe("EL");
    expect(toCordisCountry("gb")).toBe("UK");
    expect(toCordisCountry("EL")).toBe("EL");
    expect(toCordisCountry("de")).toBe("DE");
  });
});

describe("topicFamily", () => {
  it("drops the topic's last segment", () => {
    expect(topicFamily("HORIZON-CL5-2022-D2-01-02")).toBe("HORIZON-CL5-2022-D2-01");
    expect(topicFamily("ERC-2023-STG")).toBe("ERC-2023");
    expect(topicFamily("GV-2")).toBe("GV-2");
  });
});

describe("matchQueryLine", () => {
  it("accepts a full query and a bare id", () => {
    const full = matchQueryLine.parse({
      id: "q1", text: "wood", programmePart: "HORIZON.2.5", topic: "HORIZON-CL5-2022-D2-01-02", themes: ["/23/49"],
      requester: "999999999", partnerTypes: ["HES"], countries: ["DE", "GR"], k: 5,
    });
    expect(full.requester).toBe("999999999");
    expect(matchQueryLine.parse({ id: 7 }).id).toBe("7");
  });
  it("names each bad field", () => {
    const r = matchQueryLine.safeParse({ id: "q", k: 0, countries: ["Germany"], colour: "red" });
    expect(r.success).toBe(false);
    const text = describeIssues(r.error!);
    expect(text).toMatch(/k:/);
    expect(text).toMatch(/countries\.0: must be a two-letter country code/);
    expect(text).toMatch(/colour/);
  });
});
