import { describe, expect, it } from "vitest";
import { rowsInIdOrder } from "./shared";

describe("rowsInIdOrder", () => {
  it("returns the fetched rows in the ids' order, leaving out ids without a row, and never fetches for no ids", async () => {
    const fetched: number[][] = [];
    const fetch = async (ids: number[]) => {
      fetched.push(ids);
      return ids.filter((id) => id !== 2).map((id) => ({ id, name: `n${id}` })).reverse();
    };
    expect(await rowsInIdOrder([3, 1, 2], fetch, (r) => r.name)).toEqual(["n3", "n1"]);
    expect(await rowsInIdOrder([], fetch)).toEqual([]);
    expect(fetched).toEqual([[3, 1, 2]]);
  });
});
