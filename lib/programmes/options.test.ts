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

  it("treats a programme without the flag as open", () => {
    expect(programmeGroups([{ id: 1, name: "X", family: "F", period: null }])).toEqual([{ family: "F", closed: false, programmes: [{ id: 1, name: "X", family: "F", period: null }] }]);
  });
});
