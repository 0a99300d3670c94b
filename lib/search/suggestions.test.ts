import { describe, expect, it } from "vitest";
import { compileVocabulary } from "./expand";
import { matchedRanges, movedOption, parseSuggestionParams, suggestionQuery, themesStartingWith } from "./suggestions";

describe("suggestionQuery", () => {
  it("offers nothing before a word of three letters or digits", () => {
    expect(suggestionQuery("")).toBeNull();
    expect(suggestionQuery("  ab ")).toBeNull();
    expect(suggestionQuery("5G e")).toBeNull();
    expect(suggestionQuery("5G ene")).toEqual({ text: "5G ene", words: ["5g", "ene"] });
  });

  it("keeps the text as typed (spaces tidied) and folds the words, once each, at most six", () => {
    expect(suggestionQuery("  Dél-Alföldi   Energia ")).toEqual({ text: "Dél-Alföldi Energia", words: ["del", "alfoldi", "energia"] });
    expect(suggestionQuery("wood wood WOOD")!.words).toEqual(["wood"]);
    expect(suggestionQuery("one two three four five six seven")!.words).toHaveLength(6);
  });
});

describe("themesStartingWith", () => {
  const vocabulary = compileVocabulary([
    { themeId: 1, lang: "en", label: "Clusters and economic cooperation", synonyms: ["clusters", "business networks"] },
    { themeId: 1, lang: "pl", label: "Klastry i współpraca gospodarcza", synonyms: ["klastry"] },
    { themeId: 1, lang: "fr", label: "Clusters et coopération économique", synonyms: ["grappes d'entreprises"] },
    { themeId: 2, lang: "en", label: "Local energy planning", synonyms: ["energy agencies"] },
    { themeId: 2, lang: "pl", label: "Lokalne planowanie energetyczne", synonyms: ["klastry energii"] },
    { themeId: 3, lang: "en", label: "Climate change adaptation", synonyms: [] },
    { themeId: 4, lang: "en", label: "Adaptive optics", synonyms: [] },
  ]);

  it("finds a theme by the start of a word of any of its names, in any language", () => {
    expect(themesStartingWith(vocabulary, ["klast"], "en", 5)).toEqual([
      { themeId: 1, matched: "Klastry i współpraca gospodarcza", lang: "pl" },
      { themeId: 2, matched: "klastry energii", lang: "pl" },
    ]);
    expect(themesStartingWith(vocabulary, ["grappes"], "fr", 5)).toEqual([{ themeId: 1, matched: "grappes d'entreprises", lang: "fr" }]);
  });

  it("needs every word, each at the start of a word, but not the function words", () => {
    expect(themesStartingWith(vocabulary, ["clim", "adap"], "en", 5).map((t) => t.themeId)).toEqual([3]);
    expect(themesStartingWith(vocabulary, ["limate"], "en", 5)).toEqual([]);
    expect(themesStartingWith(vocabulary, ["clusters", "and"], "en", 5).map((t) => t.themeId)).toEqual([1]);
    expect(themesStartingWith(vocabulary, ["clusters", "de"], "fr", 5).map((t) => t.themeId)).toEqual([1]);
  });

  it("puts a name starting with the first word first, then a label before a synonym, the reader's language first", () => {
    // "Adaptive optics" starts with "adap"; "Climate change adaptation" only has a word starting with it.
    expect(themesStartingWith(vocabulary, ["adap"], "en", 5).map((t) => t.themeId)).toEqual([4, 3]);
    // Clusters by its French label for a French reader, by the English one for anyone else.
    expect(themesStartingWith(vocabulary, ["clusters"], "fr", 5)[0]).toEqual({ themeId: 1, matched: "Clusters et coopération économique", lang: "fr" });
    expect(themesStartingWith(vocabulary, ["clusters"], "de", 5)[0]).toEqual({ themeId: 1, matched: "Clusters and economic cooperation", lang: "en" });
    expect(themesStartingWith(vocabulary, ["klast"], "en", 1)).toHaveLength(1);
  });
});

describe("parseSuggestionParams", () => {
  const parse = (qs: string) => parseSuggestionParams(new URLSearchParams(qs));

  it("reads q and the reader's language (English by default)", () => {
    expect(parse("q=fraunh")).toEqual({ ok: true, params: { q: "fraunh", locale: "en" } });
    expect(parse("q=%20klast%20&locale=pl")).toEqual({ ok: true, params: { q: "klast", locale: "pl" } });
  });

  it("names each bad parameter and why", () => {
    const bad = parse("q=&locale=xx&page=2");
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.body.error).toBe("invalid_parameters");
    expect(bad.body.issues).toEqual([
      { field: "q", reason: "must not be empty" },
      { field: "locale", reason: "must be one of en, fr, de, pl" },
      { field: "page", reason: "is not a parameter (q, locale)" },
    ]);
    expect(bad.body.message).toContain("q: must not be empty");
    const missing = parse("locale=fr");
    expect(!missing.ok && missing.body.issues).toEqual([{ field: "q", reason: "is required" }]);
    const twice = parse("q=a&q=b");
    expect(!twice.ok && twice.body.issues).toEqual([{ field: "q", reason: "must be given once" }]);
    const long = parse(`q=${"x".repeat(101)}`);
    expect(!long.ok && long.body.issues).toEqual([{ field: "q", reason: "must be at most 100 characters" }]);
  });
});

describe("movedOption", () => {
  it("goes down from the box to the first offer and round from the last", () => {
    expect(movedOption(-1, 3, "ArrowDown")).toBe(0);
    expect(movedOption(0, 3, "ArrowDown")).toBe(1);
    expect(movedOption(2, 3, "ArrowDown")).toBe(0);
  });

  it("goes up from the box or the first offer round to the last", () => {
    expect(movedOption(-1, 3, "ArrowUp")).toBe(2);
    expect(movedOption(0, 3, "ArrowUp")).toBe(2);
    expect(movedOption(2, 3, "ArrowUp")).toBe(1);
  });

  it("stays in the box when there is nothing, and comes back into a list that shrank", () => {
    expect(movedOption(-1, 0, "ArrowDown")).toBe(-1);
    expect(movedOption(7, 3, "ArrowDown")).toBe(0);
    expect(movedOption(7, 3, "ArrowUp")).toBe(2);
  });
});

describe("matchedRanges", () => {
  const marked = (text: string, words: string[]) => matchedRanges(text, words).map(([a, b]) => text.slice(a, b));

  it("finds each word, accents and case ignored, as written in the text", () => {
    expect(marked("Technische Universität Wien (TU Wien)", ["universitat", "wien"])).toEqual(["Universität", "Wien", "Wien"]);
    expect(marked("SHENA Dél-Alföldi Regionális", ["del", "alfoldi"])).toEqual(["Dél", "Alföldi"]);
    expect(marked("KLASTER HRVATSKIH", ["klast"])).toEqual(["KLAST"]);
  });

  it("maps back over letters folding makes longer, and merges what overlaps", () => {
    expect(marked("Großstraße 5", ["strasse"])).toEqual(["straße"]);
    expect(marked("hydrogen", ["hydro", "drogen"])).toEqual(["hydrogen"]);
    expect(matchedRanges("wood", ["steel"])).toEqual([]);
    expect(matchedRanges("", ["x"])).toEqual([]);
  });
});
