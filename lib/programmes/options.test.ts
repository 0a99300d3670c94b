import { describe, expect, it } from "vitest";
import { programmeGroups } from "./options";

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
