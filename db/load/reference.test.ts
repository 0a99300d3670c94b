import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { countries, nutsRegions } from "../schema";
import { createTestDatabase, testEngine } from "../testing";
import { loadReferenceData } from "./reference";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle?.close());

describe(`reference data on ${testEngine}`, () => {
  it("loads every country and region of the shipped lists, twice without duplicates", async () => {
    const first = await loadReferenceData(handle.db);
    expect(first).toEqual({ countries: 251, regions: 5634 });
    await loadReferenceData(handle.db);
    const [c] = await handle.db.select({ n: count() }).from(countries);
    const [r] = await handle.db.select({ n: count() }).from(nutsRegions);
    expect(c!.n).toBe(251);
    expect(r!.n).toBe(5634);
  });

  it("maps CORDIS codes to ISO codes", async () => {
    const [greece] = await handle.db.select().from(countries).where(eq(countries.code, "EL"));
    expect(greece).toMatchObject({ isoAlpha2: "GR", nameEn: "Greece" });
  });
});
