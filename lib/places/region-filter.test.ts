import { describe, expect, it } from "vitest";
import { filterRegionTree, type NutsRegion } from "./region-filter";

const poland: NutsRegion[] = [
  { code: "PL2", name: "Makroregion południowy", level: 1, parentCode: null },
  { code: "PL21", name: "Małopolskie", level: 2, parentCode: "PL2" },
  { code: "PL213", name: "Miasto Kraków", level: 3, parentCode: "PL21" },
  { code: "PL22", name: "Śląskie", level: 2, parentCode: "PL2" },
  { code: "PL7", name: "Makroregion centralny", level: 1, parentCode: null },
  { code: "PL71", name: "Łódzkie", level: 2, parentCode: "PL7" },
];
const codes = (rs: readonly NutsRegion[]) => rs.map((r) => r.code);

describe("filterRegionTree", () => {
  it("finds names typed without their letters' marks, ł and ó included", () => {
    expect(codes(filterRegionTree(poland, "malopol"))).toEqual(["PL2", "PL21"]);
    expect(codes(filterRegionTree(poland, "LODZ"))).toEqual(["PL7", "PL71"]);
    expect(codes(filterRegionTree(poland, "slaskie"))).toEqual(["PL2", "PL22"]);
    expect(codes(filterRegionTree(poland, "krakow"))).toEqual(["PL2", "PL21", "PL213"]);
  });

  it("finds codes by their start, with the regions' ancestors", () => {
    expect(codes(filterRegionTree(poland, "pl21"))).toEqual(["PL2", "PL21", "PL213"]);
    expect(codes(filterRegionTree(poland, "l21"))).toEqual([]);
  });

  it("keeps the selected region and lists everything for an empty query", () => {
    expect(codes(filterRegionTree(poland, "łódź", "PL213"))).toEqual(["PL213", "PL7", "PL71"]);
    expect(filterRegionTree(poland, "  ")).toBe(poland);
  });
});
