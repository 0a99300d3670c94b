import { describe, expect, it } from "vitest";
import type { Db } from "./index";
import { keptCopy } from "./kept-copy";

describe("keptCopy", () => {
  it("reads once per database while the copy is fresh, again once forgotten or old", async () => {
    let reads = 0;
    const copy = keptCopy(async () => ++reads, 50);
    const a = {} as Db;
    const b = {} as Db;
    expect(await copy.get(a)).toBe(1);
    expect(await copy.get(a)).toBe(1);
    expect(await copy.get(b)).toBe(2);
    copy.forget(a);
    expect(await copy.get(a)).toBe(3);
    await new Promise((r) => setTimeout(r, 60));
    expect(await copy.get(a)).toBe(4);
  });

  it("keeps no failed read", async () => {
    let reads = 0;
    const copy = keptCopy(async () => {
      reads++;
      if (reads === 1) throw new Error("database gone");
      return "names";
    });
    const db = {} as Db;
    await expect(copy.get(db)).rejects.toThrow("database gone");
    expect(await copy.get(db)).toBe("names");
  });
});
