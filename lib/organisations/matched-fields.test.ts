import { describe, expect, it } from "vitest";
import { changesMatchedFields, type MatchedFields } from "./matched-fields";

const profile: MatchedFields = { name: "Styrian Wood Cluster", type: "cluster_organisation", countryCode: "AT", nutsCode: "AT22", description: "Wood industry cluster.", themeIds: [3, 1] };

describe("changesMatchedFields", () => {
  it("is false for the same fields, themes in another order or repeated, and an empty text for none", () => {
    expect(changesMatchedFields(profile, { ...profile })).toBe(false);
    expect(changesMatchedFields(profile, { ...profile, themeIds: [1, 3, 3] })).toBe(false);
    expect(changesMatchedFields({ ...profile, description: null }, { ...profile, description: "" })).toBe(false);
  });

  it("is true when the name, type, country, region, description or themes change", () => {
    for (const change of [
      { name: "Wood Cluster Styria" },
      { type: "development_agency" },
      { countryCode: "SI" },
      { nutsCode: "AT21" },
      { nutsCode: null },
      { description: "Furniture and timber construction cluster." },
      { themeIds: [1] },
      { themeIds: [1, 3, 4] },
    ] satisfies Partial<MatchedFields>[]) {
      expect(changesMatchedFields(profile, { ...profile, ...change }), JSON.stringify(change)).toBe(true);
    }
  });
});
