import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../index";
import { loadReferenceData } from "../load/reference";
import { createTestDatabase, testEngine } from "../testing";
import { searchPlaces } from "@/lib/places/search";
import { listPlaces } from "./places";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await loadReferenceData(handle.db);
});
afterAll(async () => handle?.close());

describe(`listPlaces on ${testEngine}`, () => {
  it("lists every country, named in the reader's language and found by its other names", async () => {
    const de = await listPlaces(handle.db, "de");
    const austria = de.find((p) => p.code === "AT")!;
    expect(austria).toMatchObject({ name: "Österreich", level: 0, countryCode: "AT" });
    expect(austria.aliases).toContain("Austria");
    expect(searchPlaces(await listPlaces(handle.db, "en"), "Österreich").map((p) => p.code)).toEqual(["AT"]);
  });

  it("lists the NUTS regions of levels 1 to 3 of each country's newest version, once each", async () => {
    const places = await listPlaces(handle.db, "en");
    const regions = places.filter((p) => p.level > 0);
    expect(new Set(regions.map((p) => p.code)).size).toBe(regions.length);
    expect(regions.every((p) => p.level <= 3)).toBe(true);
    expect(places.find((p) => p.code === "AT22")).toMatchObject({ name: "Steiermark", level: 2, countryCode: "AT" });
    expect(searchPlaces(places, "vzhod slov").map((p) => p.code)).toEqual(["SI03"]);
    // Île-de-France, found without its accent and hyphens.
    expect(searchPlaces(places, "ile de france")[0]!.code).toBe("FR1");
  });
});
