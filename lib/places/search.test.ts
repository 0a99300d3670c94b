import { describe, expect, it } from "vitest";
import { searchPlaces, type Place } from "./search";

const places: Place[] = [
  { code: "AT", name: "Austria", level: 0, countryCode: "AT", aliases: ["Österreich", "Autriche", "Austria", "Austria", "Austria"] },
  { code: "SI", name: "Slovenia", level: 0, countryCode: "SI", aliases: ["Slowenien", "Slovénie", "Słowenia"] },
  { code: "FR", name: "France", level: 0, countryCode: "FR", aliases: ["Frankreich", "Francja"] },
  { code: "AT2", name: "Südösterreich", level: 1, countryCode: "AT" },
  { code: "AT22", name: "Steiermark", level: 2, countryCode: "AT" },
  { code: "AT221", name: "Graz", level: 3, countryCode: "AT" },
  { code: "AT13", name: "Wien", level: 2, countryCode: "AT" },
  { code: "AT130", name: "Wien", level: 3, countryCode: "AT" },
  { code: "SI03", name: "Vzhodna Slovenija", level: 2, countryCode: "SI" },
  { code: "FR10", name: "Ile-de-France", level: 2, countryCode: "FR" },
  { code: "FRB", name: "Centre — Val de Loire", level: 1, countryCode: "FR" },
  { code: "ITG1", name: "Sicilia", level: 2, countryCode: "IT" },
];
const codes = (q: string, limit?: number) => searchPlaces(places, q, limit ? { limit } : {}).map((p) => p.code);

describe("searchPlaces", () => {
  it("finds a place by its code, and by the start of a longer code", () => {
    expect(codes("AT22")).toEqual(["AT22", "AT221"]);
    expect(codes("at2")[0]).toBe("AT2");
    expect(codes("at2")).toEqual(["AT2", "AT22", "AT221"]);
  });

  it("puts a country typed by its code before names starting with those letters", () => {
    expect(codes("SI")).toEqual(["SI", "ITG1"]);
  });

  it("finds countries by their name in any language of the reference data", () => {
    expect(codes("österreich")).toEqual(["AT"]);
    expect(codes("oster")).toEqual(["AT"]);
    expect(codes("Słowenia")).toEqual(["SI"]);
    expect(codes("slowen")).toEqual(["SI"]);
  });

  it("finds regions by the start of each word, without accents, broader first", () => {
    expect(codes("vzhod slov")).toEqual(["SI03"]);
    expect(codes("île de france")).toEqual(["FR10"]);
    expect(codes("wien")).toEqual(["AT13", "AT130"]);
    expect(codes("val loire")).toEqual(["FRB"]);
  });

  it("ranks a name that is the query before one that starts with it, and one that starts with it before a word inside", () => {
    const more: Place[] = [...places, { code: "XX1", name: "Graz Umgebung", level: 2, countryCode: "AT" }, { code: "XX2", name: "Nord Graz", level: 1, countryCode: "AT" }];
    expect(searchPlaces(more, "graz").map((p) => p.code)).toEqual(["AT221", "XX1", "XX2"]);
  });

  it("finds nothing for an empty query or one no place has, and keeps to the limit", () => {
    expect(codes("")).toEqual([]);
    expect(codes("  , ")).toEqual([]);
    expect(codes("atlantis")).toEqual([]);
    expect(codes("s", 2)).toEqual(["SI", "AT2"]);
  });
});
