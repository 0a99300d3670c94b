import { describe, expect, it } from "vitest";
import { closestWord, correctedQuery, editDistance } from "./spelling";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swapped neighbours as one edit each", () => {
    expect(editDistance("hydrogen", "hydrogen")).toBe(0);
    expect(editDistance("hydorgen", "hydrogen")).toBe(1); // swapped
    expect(editDistance("hydrgen", "hydrogen")).toBe(1); // a letter missing
    expect(editDistance("hydroggen", "hydrogen")).toBe(1); // one too many
    expect(editDistance("hydrogan", "hydrogen")).toBe(1);
    expect(editDistance("hydorgen", "hydregen")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("closestWord", () => {
  const near = [
    { word: "hydregen", n: 1 },
    { word: "hydrogen", n: 132 },
    { word: "hyd", n: 1 },
  ];

  it("offers the known word fewest edits away, the most used on a tie", () => {
    expect(closestWord("hydorgen", near)).toBe("hydrogen");
    expect(closestWord("hydrogem", [{ word: "hydrogen", n: 5 }, { word: "hydrogel", n: 50 }])).toBe("hydrogel");
    expect(closestWord("clustr", [{ word: "cluster", n: 24 }, { word: "clusters", n: 40 }])).toBe("cluster");
  });

  it("offers nothing for a known word, a short word or a word too far from any", () => {
    expect(closestWord("hydrogen", near)).toBeNull();
    expect(closestWord("hyd", near)).toBeNull();
    expect(closestWord("hdyrgoem", near)).toBeNull(); // three edits
    expect(closestWord("wodd", [{ word: "wood", n: 9 }, { word: "world", n: 90 }])).toBe("wood"); // "world" is two edits: too many for four letters
    expect(closestWord("zzzz", [])).toBeNull();
  });
});

describe("correctedQuery", () => {
  it("replaces the corrected words and keeps the rest as typed", () => {
    expect(correctedQuery("hydorgen Storage", new Map([["hydorgen", "hydrogen"]]))).toBe("hydrogen Storage");
    expect(correctedQuery("Klastry, przemysłu  drzewnegoo", new Map([["drzewnegoo", "drzewnego"]]))).toBe("Klastry, przemysłu  drzewnego");
    expect(correctedQuery("Hydorgen HYDORGEN", new Map([["hydorgen", "hydrogen"]]))).toBe("Hydrogen HYDROGEN");
  });
});
