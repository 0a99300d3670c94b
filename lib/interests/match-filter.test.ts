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

  it("shows a score out of 100 and a bar relative to the best match", () => {
    expect(scoreLabel(0.2, 0.2)).toEqual({ outOf100: 20, relative: 100 });
    expect(scoreLabel(0.1, 0.2)).toEqual({ outOf100: 10, relative: 50 });
    expect(scoreLabel(0.001, 0.2).relative).toBe(4); // still a visible sliver
    expect(scoreLabel(0, 0)).toEqual({ outOf100: 0, relative: 0 });
  });
});
