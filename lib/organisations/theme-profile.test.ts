import { describe, expect, it } from "vitest";
import { tellingThemes, type ThemeCount } from "./theme-profile";

const theme = (id: number, parentId: number | null, level: number, label: string, projects: number): ThemeCount => ({ id, parentId, level, label, projects });

// agricultural sciences (12) > agriculture, forestry, and fisheries (12) > forestry (9), agriculture (3) > silviculture (9)
const counts = [
  theme(1, null, 1, "agricultural sciences", 12),
  theme(2, 1, 2, "agriculture, forestry, and fisheries", 12),
  theme(3, 2, 3, "forestry", 9),
  theme(4, 3, 4, "silviculture", 9),
  theme(5, 2, 3, "agriculture", 3),
  theme(6, null, 1, "natural sciences", 4),
  theme(7, 6, 2, "biological sciences", 4),
  theme(8, 7, 3, "ecology", 2),
];

describe("tellingThemes", () => {
  it("leaves out top-level fields and a theme a narrower one says as well, most projects first", () => {
    expect(tellingThemes(counts, 10).map((t) => t.label)).toEqual(["agriculture, forestry, and fisheries", "silviculture", "biological sciences", "agriculture", "ecology"]);
  });

  it("keeps a parent with more projects than any of its children", () => {
    const labels = tellingThemes(counts, 10).map((t) => t.label);
    expect(labels).toContain("agriculture, forestry, and fisheries"); // 12 against forestry's 9
    expect(labels).not.toContain("forestry"); // 9, as many as silviculture
  });

  it("gives at most `limit`, and nothing for no projects", () => {
    expect(tellingThemes(counts, 2).map((t) => t.id)).toEqual([2, 4]);
    expect(tellingThemes([], 5)).toEqual([]);
    expect(tellingThemes(counts, 0)).toEqual([]);
  });

  it("puts the narrower theme first at equal counts", () => {
    const tie = [theme(10, 11, 3, "b-theme", 5), theme(12, 13, 2, "a-theme", 5)];
    expect(tellingThemes(tie, 5).map((t) => t.id)).toEqual([10, 12]);
  });
});
