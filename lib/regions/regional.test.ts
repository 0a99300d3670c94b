import { describe, expect, it } from "vitest";
import {
  canDrillInto,
  chartRows,
  classShade,
  colourBreaks,
  colourClass,
  drillPatch,
  MAP_EMPTY,
  MAP_SHADES,
  parseRegionalState,
  placeTrail,
  regionalHref,
  rowLevel,
  selectedPlace,
  serialiseRegionalState,
  shadeOf,
  sortRegionalRows,
  type RegionalRow,
} from "./regional";

const row = (code: string | null, name: string, projects: number, organisations: number): RegionalRow => ({ code, name, projects, organisations, participations: organisations });

describe("parseRegionalState", () => {
  it("reads the selection and the place, dropping bad values", () => {
    expect(parseRegionalState(new URLSearchParams("theme=12&programme=HORIZON&part=40&country=de&region=de1&sort=name"))).toEqual({
      theme: 12,
      programme: "HORIZON",
      part: 40,
      country: "DE",
      region: "DE1",
      sort: "name",
    });
    expect(parseRegionalState({ theme: "0", programme: "no spaces!", country: "Germany", region: "DE1234", sort: "size" })).toEqual({ sort: "projects" });
  });

  it("needs a programme for a part, and keeps a region inside its country", () => {
    expect(parseRegionalState({ part: "40" })).toEqual({ sort: "projects" });
    // The country is inferred from the region; a region of another country is dropped.
    expect(parseRegionalState({ region: "AT13" })).toEqual({ country: "AT", region: "AT13", sort: "projects" });
    expect(parseRegionalState({ country: "DE", region: "AT13" })).toEqual({ country: "DE", sort: "projects" });
  });

  it("takes the first of repeated params", () => {
    expect(parseRegionalState({ theme: ["5", "6"] }).theme).toBe(5);
  });
});

describe("regional URLs", () => {
  const state = parseRegionalState({ theme: "12", programme: "HORIZON", part: "40", country: "DE", region: "DE1", sort: "organisations" });

  it("serialise in a fixed order and leave the default sort out", () => {
    expect(serialiseRegionalState(state)).toBe("theme=12&programme=HORIZON&part=40&country=DE&region=DE1&sort=organisations");
    expect(serialiseRegionalState({ sort: "projects" })).toBe("");
    expect(regionalHref({ sort: "projects" })).toBe("/regions");
  });

  it("drop the part with a new programme and the region with a new country", () => {
    expect(regionalHref(state, { programme: "H2020" })).toBe("/regions?theme=12&programme=H2020&country=DE&region=DE1&sort=organisations");
    expect(regionalHref(state, { country: "AT" })).toBe("/regions?theme=12&programme=HORIZON&part=40&country=AT&sort=organisations");
    expect(regionalHref(state, { programme: undefined })).toBe("/regions?theme=12&country=DE&region=DE1&sort=organisations");
    expect(regionalHref(state, { theme: undefined, sort: "projects" })).toBe("/regions?programme=HORIZON&part=40&country=DE&region=DE1");
  });

  it("drill into a row: a country code sets the country, a NUTS code the region", () => {
    expect(drillPatch("DE")).toEqual({ country: "DE", region: undefined });
    expect(drillPatch("DE21")).toEqual({ country: "DE", region: "DE21" });
    expect(regionalHref(state, drillPatch("DE2"))).toContain("country=DE&region=DE2");
    expect(regionalHref(state, drillPatch("FR"))).not.toContain("region=");
  });
});

describe("NUTS drill-down", () => {
  it("shows countries, then each NUTS level below the place, and nothing below NUTS 3", () => {
    expect(rowLevel(undefined)).toBe(0);
    expect(rowLevel("DE")).toBe(1);
    expect(rowLevel("DE1")).toBe(2);
    expect(rowLevel("DE11")).toBe(3);
    expect(rowLevel("DE111")).toBeNull();
    expect([0, 1, 2, 3].map((l) => canDrillInto(l as 0))).toEqual([true, true, true, false]);
  });

  it("gives the place and the way down to it", () => {
    expect(selectedPlace({ country: "DE", region: "DE11" })).toBe("DE11");
    expect(selectedPlace({ country: "DE" })).toBe("DE");
    expect(selectedPlace({})).toBeUndefined();
    expect(placeTrail("DE11")).toEqual(["DE", "DE1", "DE11"]);
    expect(placeTrail("EL")).toEqual(["EL"]);
    expect(placeTrail(undefined)).toEqual([]);
  });
});

describe("sortRegionalRows", () => {
  const rows = [row("FR", "France", 10, 4), row(null, "Not located", 50, 50), row("DE", "Germany", 10, 9), row("AT", "Österreich", 3, 12), row("BE", "Belgium", 25, 2)];

  it("ranks by projects, then organisations, with the unlocated row last", () => {
    expect(sortRegionalRows(rows, "projects").map((r) => r.code)).toEqual(["BE", "DE", "FR", "AT", null]);
  });

  it("ranks by organisations", () => {
    expect(sortRegionalRows(rows, "organisations").map((r) => r.code)).toEqual(["AT", "DE", "FR", "BE", null]);
  });

  it("orders names in the reader's language (Ö with O in German, after Z in Swedish)", () => {
    const named = [row("AT", "Österreich", 1, 1), row("PL", "Polen", 1, 1), row("NL", "Niederlande", 1, 1), row("CH", "Zürich", 1, 1)];
    expect(sortRegionalRows(named, "name", "de").map((r) => r.code)).toEqual(["NL", "AT", "PL", "CH"]);
    expect(sortRegionalRows(named, "name", "sv").map((r) => r.code)).toEqual(["NL", "PL", "CH", "AT"]);
  });

  it("leaves its input alone, and the chart takes the first located rows", () => {
    const copy = [...rows];
    const sorted = sortRegionalRows(rows, "projects");
    expect(rows).toEqual(copy);
    expect(chartRows(sorted, 2).map((r) => r.code)).toEqual(["BE", "DE"]);
    expect(chartRows([row(null, "x", 1, 1)])).toEqual([]);
  });
});

describe("map colours", () => {
  it("cuts the places into classes of about equal size, with distinct bounds", () => {
    expect(colourBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([2, 4, 6, 8, 10]);
    expect(colourBreaks([5, 5, 5, 0])).toEqual([5]);
    expect(colourBreaks([1, 1, 1, 1, 100])).toEqual([1, 100]);
    expect(colourBreaks([0, 0])).toEqual([]);
  });

  it("shades a value by its class, darkest for the most, and none for 0", () => {
    const breaks = [2, 4, 6, 8, 10];
    expect(colourClass(1, breaks)).toBe(0);
    expect(colourClass(7, breaks)).toBe(3);
    expect(colourClass(99, breaks)).toBe(4);
    expect(colourClass(0, breaks)).toBe(-1);
    expect(shadeOf(10, breaks)).toBe(MAP_SHADES[4]);
    expect(shadeOf(0, breaks)).toBe(MAP_EMPTY);
    // Two classes use the lightest and the darkest shade; one class the darkest.
    expect([classShade(0, 2), classShade(1, 2)]).toEqual([MAP_SHADES[0], MAP_SHADES[4]]);
    expect(shadeOf(5, [5])).toBe(MAP_SHADES[4]);
  });
});
