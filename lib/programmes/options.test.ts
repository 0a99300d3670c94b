import { describe, expect, it } from "vitest";
import { AREA_NAMED_MAX, noCountriesChoice, programmeGroups } from "./options";

const p = (id: number, family: string, closed: boolean) => ({ id, name: `P${id}`, family, period: null, closed });

describe("programmeGroups", () => {
  it("lists each family's open programmes first, then the closed ones apart, keeping the given order", () => {
    const groups = programmeGroups([p(1, "Horizon 2020", true), p(2, "Horizon Europe", false), p(3, "Interreg", false), p(4, "Interreg", true), p(5, "Interreg", false)]);
    expect(groups.map((g) => [g.family, g.closed, g.programmes.map((x) => x.id)])).toEqual([
      ["Horizon Europe", false, [2]],
      ["Interreg", false, [3, 5]],
      ["Horizon 2020", true, [1]],
      ["Interreg", true, [4]],
    ]);
  });

  it("groups Interreg's open programmes by strand, A, B then C, and its closed ones together", () => {
    const s = (id: number, strand: "cross-border" | "transnational" | "interregional" | null, closed = false) => ({ ...p(id, "Interreg", closed), strand });
    const groups = programmeGroups([p(1, "Horizon Europe", false), s(2, "transnational"), s(3, "interregional"), s(4, "cross-border"), s(5, "transnational"), s(6, "cross-border", true), s(7, null)]);
    expect(groups.map((g) => [g.family, g.strand, g.closed, g.programmes.map((x) => x.id)])).toEqual([
      ["Horizon Europe", null, false, [1]],
      ["Interreg", "cross-border", false, [4]],
      ["Interreg", "transnational", false, [2, 5]],
      ["Interreg", "interregional", false, [3]],
      ["Interreg", null, false, [7]],
      ["Interreg", null, true, [6]],
    ]);
  });

  it("treats a programme without the flag as open", () => {
    expect(programmeGroups([{ id: 1, name: "X", family: "F", period: null }])).toEqual([{ family: "F", closed: false, strand: null, programmes: [{ id: 1, name: "X", family: "F", period: null }] }]);
  });
});

describe("noCountriesChoice", () => {
  const countries = [
    { code: "AT", name: "Autriche" },
    { code: "PL", name: "Pologne" },
    { code: "SI", name: "Slovénie" },
  ];
  const name = (code: string) => ({ UA: "Ukraine" })[code] ?? code;

  it("names a small area's countries in the list's order, then those the list lacks", () => {
    expect(noCountriesChoice({ area: ["SI", "AT"], strand: "cross-border" }, countries, name)).toEqual({ kind: "named", names: ["Autriche", "Slovénie"], border: true });
    expect(noCountriesChoice({ area: ["PL", "UA"], strand: "cross-border" }, countries, name)).toEqual({ kind: "named", names: ["Pologne", "Ukraine"], border: true });
    expect(noCountriesChoice({ area: ["AT", "SI"], strand: "transnational" }, countries, name)).toMatchObject({ border: false });
  });

  it("counts a large area, and says any country without one", () => {
    const many = Array.from({ length: AREA_NAMED_MAX + 1 }, (_, i) => `C${i}`);
    expect(noCountriesChoice({ area: many, strand: "interregional" }, countries, name)).toEqual({ kind: "many", count: AREA_NAMED_MAX + 1 });
    expect(noCountriesChoice({ area: null, strand: null }, countries, name)).toEqual({ kind: "any" });
    expect(noCountriesChoice(undefined, countries, name)).toEqual({ kind: "any" });
  });
});
