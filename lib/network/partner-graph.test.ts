import { describe, expect, it } from "vitest";
import { buildPartnerGraph, edgeSize, nodeSize, OUTER_RINGS, PARTNER_RING, type NetworkLink, type NetworkOrganisation } from "./partner-graph";

const org = (id: number, projectCount = 1): NetworkOrganisation => ({ id, name: `Org ${id}`, shortName: null, type: "sme", projectCount });
const link = (from: number, to: number, sharedProjects: number): NetworkLink => ({ from, to, sharedProjects });

describe("buildPartnerGraph", () => {
  it("keeps the strongest partners up to the first-hop cap", () => {
    const g = buildPartnerGraph(org(1), [org(2), org(3), org(4)], [link(1, 2, 5), link(3, 1, 9), link(1, 4, 1)], { firstHop: 2 });
    expect(g.nodes.map((n) => [n.id, n.hop])).toEqual([
      [1, 0],
      [3, 1],
      [2, 1],
    ]);
    expect(g.edges.map((e) => [e.source, e.target, e.sharedProjects])).toEqual([
      [3, 1, 9],
      [1, 2, 5],
    ]);
  });

  it("adds at most the second-hop cap of new organisations per partner, each once", () => {
    const orgs = [2, 3, 10, 11, 12, 13].map((id) => org(id));
    const links = [link(1, 2, 4), link(1, 3, 3), link(2, 10, 8), link(2, 11, 7), link(2, 12, 1), link(3, 10, 9), link(3, 13, 2)];
    const g = buildPartnerGraph(org(1), orgs, links, { secondHop: 2 });
    const hop = Object.fromEntries(g.nodes.map((n) => [n.id, [n.hop, n.via]]));
    expect(hop).toEqual({ 1: [0, null], 2: [1, 1], 3: [1, 1], 10: [2, 2], 11: [2, 2], 13: [2, 3] });
    expect(hop[12]).toBeUndefined();
    // 10 hangs from 2 (placed first) yet keeps its stronger link to 3.
    expect(g.edges.some((e) => e.source === 3 && e.target === 10 && e.sharedProjects === 9)).toBe(true);
    expect(g.edges.some((e) => e.target === 12 || e.source === 12)).toBe(false);
  });

  it("merges the two directions of a link, ignores self-links and unknown organisations", () => {
    const g = buildPartnerGraph(org(1), [org(2)], [link(1, 2, 3), link(2, 1, 4), link(1, 1, 9), link(1, 99, 50)]);
    expect(g.nodes.map((n) => n.id)).toEqual([1, 2]);
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]!.sharedProjects).toBe(4);
  });

  it("sizes nodes by projects and edges by shared projects, the largest at the maximum", () => {
    const g = buildPartnerGraph(org(1, 100), [org(2, 25), org(3, 1)], [link(1, 2, 10), link(1, 3, 5)]);
    const size = Object.fromEntries(g.nodes.map((n) => [n.id, n.size]));
    expect(size[1]).toBeGreaterThan(size[2]!);
    expect(size[2]).toBeGreaterThan(size[3]!);
    expect(g.edges[0]!.size).toBeGreaterThan(g.edges[1]!.size);
    expect(nodeSize(100, 100)).toBe(18);
    expect(edgeSize(10, 10)).toBe(6);
  });

  it("places the centre at the origin, partners on the inner ring and theirs further out", () => {
    const g = buildPartnerGraph(org(1), [org(2), org(3), org(10)], [link(1, 2, 2), link(1, 3, 1), link(2, 10, 1)]);
    const r = (id: number) => {
      const n = g.nodes.find((x) => x.id === id)!;
      return Math.hypot(n.x, n.y);
    };
    expect(r(1)).toBe(0);
    expect(r(2)).toBeCloseTo(PARTNER_RING);
    expect(r(3)).toBeCloseTo(PARTNER_RING);
    expect(r(10)).toBeGreaterThanOrEqual(r(2) + 0.9);
    // The partners' ring is more than half the outer one: labels on it have room.
    expect(PARTNER_RING / Math.max(...OUTER_RINGS)).toBeGreaterThan(0.5);
  });

  it("draws the organisation alone when it has no partners", () => {
    const g = buildPartnerGraph(org(1), [], []);
    expect(g.nodes).toHaveLength(1);
    expect(g.edges).toEqual([]);
  });
});
