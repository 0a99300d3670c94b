import { describe, expect, it } from "vitest";
import { formatEvalTable, formatTable, hitAt, mean, MISSING, reachableShare, recallAt, reciprocalRank, relevantIdIn, seededHash, seededSample } from "./evaluation";

describe("ranking measures", () => {
  const ranking = ["a", "b", "c", "d"];
  it("recall@k counts the relevant ids in the first k", () => {
    expect(recallAt(ranking, new Set(["b", "d", "z"]), 2)).toBeCloseTo(1 / 3);
    expect(recallAt(ranking, new Set(["b", "d", "z"]), 4)).toBeCloseTo(2 / 3);
    expect(recallAt(ranking, new Set(), 4)).toBe(0);
  });
  it("reciprocal rank is 1 / rank of the first relevant id", () => {
    expect(reciprocalRank(ranking, new Set(["c", "d"]))).toBeCloseTo(1 / 3);
    expect(reciprocalRank(ranking, new Set(["z"]))).toBe(0);
  });
  it("hit@k says whether any relevant id is in the first k", () => {
    expect(hitAt(ranking, new Set(["d"]), 3)).toBe(0);
    expect(hitAt(ranking, new Set(["d"]), 4)).toBe(1);
  });
  it("the reachable share counts the queries with a relevant id the knowledge base knows", () => {
    expect(reachableShare([new Set(["12", "missing:999"]), new Set(["missing:998"]), new Set<string>(), new Set(["7"])])).toBe(0.5);
    expect(reachableShare([])).toBe(0);
  });
  it("mean of nothing is 0", () => {
    expect(mean([])).toBe(0);
    expect(mean([1, 0, 0.5])).toBeCloseTo(0.5);
  });
});

describe("seeded sampling", () => {
  const items = Array.from({ length: 50 }, (_, i) => `p${i}`);
  it("draws the same sample for the same seed, whatever the input order", () => {
    const a = seededSample(items, (x) => x, 7, 5);
    const b = seededSample([...items].reverse(), (x) => x, 7, 5);
    expect(a).toEqual(b);
    expect(a).toHaveLength(5);
  });
  it("draws another sample for another seed", () => {
    expect(seededSample(items, (x) => x, 1, 5)).not.toEqual(seededSample(items, (x) => x, 2, 5));
    expect(seededHash(1, "x")).not.toBe(seededHash(2, "x"));
  });
});

describe("formatEvalTable", () => {
  it("prints one aligned row per method", () => {
    const text = formatEvalTable([
      { method: "consortia", scores: { recall10: 0.5, recall20: 0.6, mrr: 0.7, typedMrr: 0.4, typedHit10: 0.65, textRecall20: 0.625, newPartnerRecall20: 0.05 } },
      { method: "popularity", scores: { recall10: 0.1, recall20: 0.2, mrr: 0.3, typedMrr: 0.1, typedHit10: 0.2, textRecall20: 0.2, newPartnerRecall20: 0.01 } },
    ]);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^method\s+recall@10\s+recall@20\s+MRR\s+typed MRR\s+typed hit@10\s+text recall@20\s+new-partner recall@20$/);
    expect(lines[2]).toMatch(/^consortia\s+0\.500\s+0\.600\s+0\.700\s+0\.400\s+0\.650\s+0\.625\s+0\.050$/);
    expect(lines).toHaveLength(4);
  });
});

describe("formatTable", () => {
  it("aligns names left and numbers right, to three decimals", () => {
    const text = formatTable(["method", "recall@20", "MRR"], [["text only", 0.1, 0.62], ["text + requester", 0.147, 0.67]]);
    expect(text.split("\n")).toEqual([
      "method            recall@20    MRR",
      "----------------  ---------  -----",
      "text only             0.100  0.620",
      "text + requester      0.147  0.670",
    ]);
  });
});

describe("relevantIdIn", () => {
  it("counts a partner by its id in the scratch base, or as missing by its PIC", () => {
    const relevantId = relevantIdIn(new Map([["999", 12]]));
    expect(relevantId("999")).toBe("12");
    expect(relevantId("123")).toBe(`${MISSING}123`);
  });
});
