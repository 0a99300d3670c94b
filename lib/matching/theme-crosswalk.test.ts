import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { crosswalkPairs, KEEP_TO_EUROSCIVOC, linkedBelowIds, linkedThemeIds } from "./theme-crosswalk";

const vocabulary = (file: string) =>
  (JSON.parse(fs.readFileSync(path.join(process.cwd(), "data", "themes", file), "utf8")) as { themes: { code: string }[] }).themes.map((t) => t.code);

describe("the KEEP → EuroSciVoc crosswalk", () => {
  const keep = new Set(vocabulary("keep-themes.json"));
  const euroSciVoc = new Set(vocabulary("euroscivoc-labels.json"));

  it("links KEEP themes of the shipped vocabulary to EuroSciVoc concepts CORDIS tags projects with", () => {
    for (const [from, to] of Object.entries(KEEP_TO_EUROSCIVOC)) {
      expect(keep.has(from), from).toBe(true);
      expect(to.length, from).toBeGreaterThan(0);
      for (const code of to) expect(euroSciVoc.has(code), `${from} → ${code}`).toBe(true);
    }
  });

  it("never lists a concept with its ancestor, nor one twice, for the same theme (its projects would count twice)", () => {
    for (const [from, to] of Object.entries(KEEP_TO_EUROSCIVOC)) {
      expect(new Set(to).size, from).toBe(to.length);
      for (const a of to) for (const b of to) if (a !== b) expect(b.startsWith(`${a}/`), `${from}: ${a} is an ancestor of ${b}`).toBe(false);
    }
  });

  it("gives the links as two parallel lists, one pair per link", () => {
    const pairs = crosswalkPairs();
    const links = Object.values(KEEP_TO_EUROSCIVOC).reduce((n, to) => n + to.length, 0);
    expect(pairs.keep).toHaveLength(links);
    expect(pairs.euroSciVoc).toHaveLength(links);
    const i = pairs.keep.indexOf("keep/agrifood/forestry");
    expect(pairs.euroSciVoc[i]).toBe("/27/81/495");
  });

  it("links theme ids both ways, for the themes a database has", () => {
    const themes = [
      { id: 1, scheme: "keep", code: "keep/industry/wood" },
      { id: 2, scheme: "keep", code: "keep/agrifood/forestry" },
      { id: 10, scheme: "euroscivoc", code: "/27/81/495" }, // forestry
      { id: 11, scheme: "euroscivoc", code: "/23/47" }, // computer and information sciences: its KEEP themes are not in this database
    ];
    const linked = linkedThemeIds(themes);
    expect(linked.get(1)).toEqual([10]); // woodworking (/25/63/395) is not in this database
    expect(linked.get(2)).toEqual([10]);
    expect([...linked.get(10)!].sort()).toEqual([1, 2]);
    expect(linked.has(11)).toBe(false);
  });

  it("gives each theme the links of the themes below it, and its own", () => {
    // 1 ← 2 ← 3 (a root, a child, a grandchild); 4 a root with no link below; 10, 11, 12 linked themes.
    const themes = [
      { id: 1, parentId: null },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
      { id: 4, parentId: null },
      { id: 10, parentId: null },
      { id: 11, parentId: null },
      { id: 12, parentId: null },
    ];
    const linked = new Map([
      [1, [12]],
      [3, [10, 11]],
      [10, [3]],
      [11, [3]],
      [12, [1]],
    ]);
    const below = linkedBelowIds(themes, linked);
    expect(below.get(3)).toEqual([10, 11]);
    expect(below.get(2)).toEqual([10, 11]);
    expect(below.get(1)).toEqual([10, 11, 12]);
    expect(below.has(4)).toBe(false);
    expect(below.get(10)).toEqual([3]);
  });
});
