import { describe, expect, it } from "vitest";
import { applyMatchFilter, matchFilterChoices, parseMatchFilter, scoreLabel } from "./match-filter";

const m = (type: "higher_education" | "sme", countryCode: string, dismissed = false) => ({ type, countryCode, countryName: countryCode === "AT" ? "Austria" : "Slovenia", dismissed });
const matches = [m("higher_education", "AT"), m("sme", "AT"), m("higher_education", "SI"), m("sme", "SI", true)];

describe("match filters", () => {
  it("reads type and country from the URL and ignores bad values", () => {
    expect(parseMatchFilter({ type: "sme", country: "si" })).toEqual({ type: "sme", country: "SI" });
    expect(parseMatchFilter({ type: "robot", country: "Austria" })).toEqual({});
  });

  it("keeps the matches of the type and country, never the dismissed ones", () => {
    expect(applyMatchFilter(matches, {})).toHaveLength(3);
    expect(applyMatchFilter(matches, { type: "higher_education" })).toHaveLength(2);
    expect(applyMatchFilter(matches, { type: "sme", country: "SI" })).toEqual([]);
  });

  it("counts each choice under the other filter", () => {
    const choices = matchFilterChoices(matches, { country: "AT" });
    expect(choices.types).toEqual([
      { type: "higher_education", count: 1 },
      { type: "sme", count: 1 },
    ]);
    expect(choices.countries).toEqual([
      { code: "AT", name: "Austria", count: 2 },
      { code: "SI", name: "Slovenia", count: 1 },
    ]);
  });

  it("says how good a score is in words", () => {
    expect(scoreLabel(0.87)).toEqual({ word: "Strong fit", outOf100: 87 });
    expect(scoreLabel(0.4).word).toBe("Good fit");
    expect(scoreLabel(0.1).word).toBe("Possible fit");
  });
});
