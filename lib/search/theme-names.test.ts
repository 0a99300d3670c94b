import { describe, expect, it } from "vitest";
import { englishThemeNames, namedThemeFacet, namedThemes, themeName, themeNameList, themeNameOfEnglish, themeNamesFrom, withThemeNames } from "./theme-names";

const fr = themeNamesFrom("fr", [
  { themeId: 13, english: "Clusters and economic cooperation", label: "Clusters et coopération économique" },
  { themeId: 41, english: "Wood and furniture industry", label: "Industrie du bois et de l’ameublement" },
  { themeId: 50, english: "Tourism", label: "Tourisme" },
  { themeId: 51, english: "Tourism", label: "Tourisme durable" }, // two themes, one English label
  { themeId: 52, english: "Empty", label: "  " },
]);

describe("theme names in the reader's language", () => {
  it("names a theme with its label in that language, else its English label", () => {
    expect(themeName(fr, { id: 13, label: "Clusters and economic cooperation" })).toBe("Clusters et coopération économique");
    expect(themeName(fr, { id: 999, label: "natural sciences" })).toBe("natural sciences"); // no French label (a concept the translations do not cover yet)
    expect(themeName(fr, { id: 52, label: "Empty" })).toBe("Empty");
    expect(themeName(englishThemeNames(), { id: 13, label: "Clusters and economic cooperation" })).toBe("Clusters and economic cooperation");
  });

  it("names a theme known by its English label, and keeps an ambiguous label as it is", () => {
    expect(themeNameOfEnglish(fr, "Wood and furniture industry")).toBe("Industrie du bois et de l’ameublement");
    expect(themeNameOfEnglish(fr, "Tourism")).toBe("Tourism");
    expect(themeNameOfEnglish(fr, "Unknown")).toBe("Unknown");
  });

  it("marks each label with its language", () => {
    expect(namedThemes(fr, [{ id: 41, label: "Wood and furniture industry", path: "/x" }, { id: 7, label: "ecology", path: "/y" }])).toEqual([
      { id: 41, label: "Industrie du bois et de l’ameublement", path: "/x", lang: "fr" },
      { id: 7, label: "ecology", path: "/y", lang: "en" },
    ]);
  });

  it("renames a theme facet's values and trail, and the themes a query was expanded to", () => {
    const facet = { values: [{ value: "41", label: "Wood and furniture industry", count: 3 }], trail: [{ value: "13", label: "Clusters and economic cooperation" }] };
    expect(namedThemeFacet(fr, facet)).toEqual({
      values: [{ value: "41", label: "Industrie du bois et de l’ameublement", count: 3 }],
      trail: [{ value: "13", label: "Clusters et coopération économique" }],
    });
    const result = withThemeNames(fr, { total: 1, facets: { theme: facet, country: [] }, matchedThemes: [{ themeId: 50, label: "Tourism", lang: "fr" }] });
    expect(result.facets.theme.values[0]!.label).toBe("Industrie du bois et de l’ameublement");
    expect(result.facets.country).toEqual([]);
    expect(result.matchedThemes[0]!.label).toBe("Tourisme");
    const english = { total: 1, facets: { theme: facet } };
    expect(withThemeNames(englishThemeNames(), english)).toBe(english);
  });
});

describe("themeNameList", () => {
  it("names the first few themes in the reader's language, with commas only in English", () => {
    const themes = [
      { id: 13, label: "Clusters and economic cooperation" },
      { id: 41, label: "Wood and furniture industry" },
      { id: 50, label: "Tourism" },
      { id: 99, label: "SMEs and entrepreneurship" },
    ];
    expect(themeNameList(fr, themes, "fr")).toBe("Clusters et coopération économique, Industrie du bois et de l’ameublement et Tourisme");
    expect(themeNameList(englishThemeNames(), themes.slice(2), "en-GB")).toBe("Tourism, SMEs and entrepreneurship");
    expect(themeNameList(englishThemeNames(), themes, "en-GB", 1)).toBe("Clusters and economic cooperation");
  });
});
