import { describe, expect, it } from "vitest";
import { asWritten, COMMON_SHARE, REPEATED_SHARE, GENERIC_WORDS, informativeTerms, MAX_TERMS, PLACE_WORDS, RARE_DOCS, REQUEST_WORDS, surfaceWords, type TextTerm } from "./text-terms";

const docs = 13_000;
const term = (word: string, ndoc: number): TextTerm => ({ word, ndoc, docs });

describe("informativeTerms", () => {
  it("keeps the rare words of a description, rarest first, and drops the common ones", () => {
    const terms = [term("innov", 1663), term("wood", 4), term("support", 337), term("cluster", 24), term("industri", 1076), term("sme", 8)];
    expect(informativeTerms(terms)).toEqual(["wood", "sme", "cluster"]);
  });

  it("draws the line at a share of the projects", () => {
    const limit = Math.floor(COMMON_SHARE * docs);
    expect(informativeTerms([term("edge", limit), term("over", limit + 1), term("rare", 3)])).toEqual(["rare", "edge"]);
  });

  it("takes the words the text repeats first, up to a larger share", () => {
    const used = (word: string, ndoc: number, uses: number): TextTerm => ({ word, ndoc, docs, uses });
    const common = Math.floor(COMMON_SHARE * docs);
    const repeated = Math.floor(REPEATED_SHARE * docs);
    // A hydrogen valley: "hydrogen" three times, over the common share; "valley" once, rare.
    const terms = [used("valley", 16, 1), used("hydrogen", common + 24, 3), used("electrolys", 11, 1), used("green", 248, 1), used("support", repeated + 1, 2)];
    expect(informativeTerms(terms)).toEqual(["hydrogen", "electrolys", "valley"]);
    // Repeated words look first, rarest first among them, and are kept when the rest fill the twelve.
    const many = Array.from({ length: MAX_TERMS }, (_, i) => used(`rare${i}`, 5 + i, 1));
    expect(informativeTerms([...many, used("wood", 30, 2), used("hydrogen", common + 24, 2)]).slice(0, 3)).toEqual(["wood", "hydrogen", "rare0"]);
    expect(informativeTerms([...many, used("hydrogen", common + 24, 1)])).not.toContain("hydrogen");
  });

  it("keeps every word of a small knowledge base's few projects", () => {
    const small = (word: string, ndoc: number): TextTerm => ({ word, ndoc, docs: 40 });
    expect(informativeTerms([small("cluster", RARE_DOCS), small("region", 3), small("project", RARE_DOCS + 1)])).toEqual(["region", "cluster"]);
  });

  it("leaves out words no project has: they find nothing", () => {
    expect(informativeTerms([term("slovenia", 0), term("wood", 4)])).toEqual(["wood"]);
    expect(informativeTerms([term("slovenia", 0)])).toEqual([]);
    expect(informativeTerms([])).toEqual([]);
  });

  it("looks with the few rarest when every word is common", () => {
    const terms = [term("innov", 1663), term("develop", 700), term("industri", 1076), term("research", 2000)];
    expect(informativeTerms(terms)).toEqual(["develop", "industri", "innov"]);
  });

  it("sets aside the words of places and of asking, however rare", () => {
    const terms = [term("look", 1), term("finland", 1), term("peatland", 9), term("restor", 40)];
    const aside: TextTerm[] = [{ ...terms[0]!, aside: "request" }, { ...terms[1]!, aside: "place" }, terms[2]!, terms[3]!];
    expect(informativeTerms(terms)).toEqual(["finland", "look", "peatland", "restor"]);
    expect(informativeTerms(aside)).toEqual(["peatland", "restor"]);
    // A text of such words only looks for nothing (its fallback takes subject words only).
    expect(informativeTerms(aside.slice(0, 2))).toEqual([]);
  });

  it("lists the words of asking, and not the subjects that read like them", () => {
    for (const word of ["look", "proposal", "partners", "consortium", "coordinator", "cross-border", "border"]) expect(REQUEST_WORDS.split(" ")).toContain(word);
    // Subjects that read like requests, or stem like subjects ("programming", "joining"), stay out.
    for (const word of ["region", "regional", "sme", "smes", "cooperation", "innovation", "program", "join"]) expect(REQUEST_WORDS.split(" ")).not.toContain(word);
  });

  it("lists the places the countries list does not name in one word, and not the words that stem like subjects", () => {
    for (const word of ["Czechia", "Holland", "Britain", "Finnish", "Swedish", "Czech"]) expect(PLACE_WORDS.split(" ")).toContain(word);
    // "Polish" stems like "polishing"; "English" is a language more often than a place.
    for (const word of ["Polish", "English"]) expect(PLACE_WORDS.split(" ")).not.toContain(word);
  });

  it("lists function words the stop list lacks, and not the subjects among them", () => {
    for (const word of ["across", "within", "together", "however", "throughout"]) expect(GENERIC_WORDS.split(" ")).toContain(word);
    // A border, a side (effects) and a whole (genome) can be what a project is about.
    for (const word of ["border", "side", "whole", "well"]) expect(GENERIC_WORDS.split(" ")).not.toContain(word);
  });

  it("keeps at most MAX_TERMS words, each once", () => {
    const many = Array.from({ length: 30 }, (_, i) => term(`w${String(i).padStart(2, "0")}`, 30 - i));
    const kept = informativeTerms([...many, ...many]);
    expect(kept).toHaveLength(MAX_TERMS);
    expect(kept[0]).toBe("w29");
    expect(new Set(kept).size).toBe(MAX_TERMS);
  });
});

describe("the words an explanation names", () => {
  it("keeps the capitals of acronyms and mixed-case words, lower-cases a capital that opens a sentence", () => {
    expect(["SMEs", "CO2", "eHealth", "Cooperation", "forest", "Ä"].map(asWritten)).toEqual(["SMEs", "CO2", "eHealth", "cooperation", "forest", "ä"]);
  });
  it("gives each stem the text's first word for it, else the stem", () => {
    const words = surfaceWords([
      { word: "sens", ndoc: 40, docs: 100, surface: "sensing" },
      { word: "sens", ndoc: 40, docs: 100, surface: "sensors" },
      { word: "forest", ndoc: 3, docs: 100 },
    ]);
    expect([...words]).toEqual([["sens", "sensing"], ["forest", "forest"]]);
  });
});
